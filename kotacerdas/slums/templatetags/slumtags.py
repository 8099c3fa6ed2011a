from django import template

from kotacerdas.slums.models import SlumLevel

register = template.Library()


@register.filter
def get(mapping, key):
    """``{{ errors|get:name }}``: a dict or QueryDict item, or None."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def level_label(level: str) -> str:
    return SlumLevel(level).label if level in SlumLevel.values else level


@register.filter
def volume(assessment, code: str):
    """``{{ assessment|volume:"1a" }}``: the volume of one criterion."""
    return getattr(assessment, f"v{code}", None)


@register.filter
def as_decimal(value):
    """Stored percentages are text ("76.00"); turn them into numbers for formatting."""
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value
