"""Template filters for Indonesian/English numbers, money and dates in the active language.

``{% load idformat %}{{ area.hectares|ha }}``, ``{{ budget|rupiah_short }}``,
``{{ share|percent:1 }}``, ``{{ decree.date|tanggal }}``. A value that cannot be formatted is
shown unchanged (templates never raise); ``None`` shows as an en dash.
"""

from decimal import InvalidOperation

from django import template
from django.conf import settings
from django.utils.translation import get_language

from kotacerdas.lib import formats

register = template.Library()


def _lang() -> str:
    try:
        return formats.normalise_lang(get_language() or settings.LANGUAGE_CODE)
    except ValueError:
        return "id"


def _safe(function, value, *args):
    try:
        return function(value, *args)
    except (TypeError, ValueError, InvalidOperation):
        return value


@register.filter
def number(value, places=0):
    """``{{ 1536315000|number }}`` → ``1.536.315.000``; ``{{ 12.6|number:1 }}`` → ``12,6``."""
    return _safe(lambda v, p: formats.format_number(v, int(p), _lang()), value, places)


@register.filter
def ha(value, places=2):
    """``{{ 12.6|ha }}`` → ``12,60 ha``."""
    return _safe(lambda v, p: formats.format_ha(v, int(p), _lang()), value, places)


@register.filter
def percent(value, places=0):
    """``{{ 12.5|percent:1 }}`` → ``12,5 %`` (the value is already in percent)."""
    return _safe(lambda v, p: formats.format_percent(v, int(p), _lang()), value, places)


@register.filter
def rupiah(value):
    """``{{ 1536315000|rupiah }}`` → ``Rp 1.536.315.000``."""
    return _safe(lambda v: formats.format_rupiah(v, _lang()), value)


@register.filter
def rupiah_short(value, places=2):
    """``{{ 20190000000|rupiah_short }}`` → ``Rp 20,19 miliar`` (English ``Rp 20.19 billion``)."""
    return _safe(lambda v, p: formats.format_rupiah_short(v, int(p), _lang()), value, places)


@register.filter
def tanggal(value):
    """``{{ date|tanggal }}`` → ``23 September 2022`` with month names in the active language."""
    return _safe(lambda v: formats.format_date(v, _lang()), value)


@register.filter
def roman_month(value):
    """``{{ 9|roman_month }}`` → ``IX``."""
    return _safe(formats.roman_month, value)
