"""Template filters: Indonesian/English formats in the active language."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation


def _render(source: str, **context) -> str:
    return Template("{% load idformat %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("source", "value", "indonesian", "english"),
    [
        ("{{ v|number }}", 1536315000, "1.536.315.000", "1,536,315,000"),
        ("{{ v|number:1 }}", 12.6, "12,6", "12.6"),
        ("{{ v|ha }}", Decimal("12.6"), "12,60 ha", "12.60 ha"),
        ("{{ v|ha:1 }}", Decimal("74.03"), "74,0 ha", "74.0 ha"),
        ("{{ v|percent }}", 100, "100 %", "100 %"),
        ("{{ v|percent:1 }}", 12.5, "12,5 %", "12.5 %"),
        ("{{ v|rupiah }}", 1536315000, "Rp 1.536.315.000", "Rp 1,536,315,000"),
        ("{{ v|rupiah_short }}", 20190000000, "Rp 20,19 miliar", "Rp 20.19 billion"),
        ("{{ v|tanggal }}", datetime.date(2022, 9, 23), "23 September 2022", "23 September 2022"),
        ("{{ v|tanggal }}", datetime.date(2020, 8, 17), "17 Agustus 2020", "17 August 2020"),
        ("{{ v|roman_month }}", 9, "IX", "IX"),
    ],
)
def test_filters_follow_the_active_language(source, value, indonesian, english):
    with translation.override("id"):
        assert _render(source, v=value) == indonesian
    with translation.override("en"):
        assert _render(source, v=value) == english


def test_missing_values_show_a_dash():
    with translation.override("id"):
        assert _render("{{ v|number }}|{{ v|rupiah }}|{{ v|tanggal }}", v=None) == "–|–|–"


def test_unformattable_values_are_shown_unchanged():
    with translation.override("id"):
        assert _render("{{ v|number }}", v="abc") == "abc"
        assert _render("{{ v|number:'x' }}", v=5) == "5"
        assert _render("{{ v|roman_month }}", v=13) == "13"


def test_without_an_active_language_the_default_is_used():
    with translation.override(None):
        assert _render("{{ v|number }}", v=1000) == "1.000"
