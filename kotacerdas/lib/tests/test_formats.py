"""Indonesian and English number, money and date formats (kotacerdas.lib.formats)."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kotacerdas.lib.formats import (
    EMPTY,
    format_date,
    format_ha,
    format_number,
    format_percent,
    format_rupiah,
    format_rupiah_short,
    normalise_lang,
    roman_month,
)

# --- format_number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (0, 0, "0"),
        (7, 0, "7"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (12474, 0, "12.474"),
        (100000, 0, "100.000"),
        (1536315000, 0, "1.536.315.000"),
        (20190000000, 0, "20.190.000.000"),
        (12.6, 1, "12,6"),
        (12.6, 2, "12,60"),
        (74.03, 2, "74,03"),
        (1234.5, 1, "1.234,5"),
        (Decimal("58.57"), 2, "58,57"),
        (Decimal("0.5"), 0, "1"),  # half up, not banker's rounding
        (Decimal("1.5"), 0, "2"),
        (Decimal("2.5"), 0, "3"),
        (Decimal("-2.5"), 0, "-3"),  # half away from zero
        (12.605, 2, "12,61"),  # the float's shortest repr, not its binary value (12.6049…)
        (0.1 + 0.2, 2, "0,30"),
        (12.6, 0, "13"),
        (-1234567, 0, "-1.234.567"),
        (-0.001, 2, "0,00"),  # no "-0,00"
        (Decimal("-0"), 0, "0"),
        (10**30, 0, "1" + ".000" * 10),
    ],
)
def test_format_number_indonesian(value, places, expected):
    assert format_number(value, places) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (12.6, 1, "12.6"),
        (1536315000, 0, "1,536,315,000"),
        (1234.5, 2, "1,234.50"),
        (-1234567, 0, "-1,234,567"),
        (999, 0, "999"),
    ],
)
def test_format_number_english(value, places, expected):
    assert format_number(value, places, lang="en") == expected


def test_format_number_defaults_to_indonesian_without_decimals():
    assert format_number(1536315000.4) == "1.536.315.000"


@pytest.mark.parametrize("lang", ["en-us", "en_GB", "EN", "id-ID"])
def test_language_subtags_are_accepted(lang):
    expected = "1,234.5" if lang.lower().startswith("en") else "1.234,5"
    assert format_number(1234.5, 1, lang=lang) == expected


@pytest.mark.parametrize("lang", ["fr", "", None, "ind"])
def test_unknown_language_is_refused(lang):
    with pytest.raises(ValueError, match="unsupported language"):
        format_number(1, lang=lang)


def test_normalise_lang():
    assert normalise_lang("en-us") == "en"
    assert normalise_lang("id") == "id"


@pytest.mark.parametrize("value", ["12", "1.5", True, False, [1], object()])
def test_non_numbers_are_refused(value):
    with pytest.raises(TypeError):
        format_number(value)


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")]
)
def test_non_finite_numbers_are_refused(value):
    with pytest.raises(ValueError):
        format_number(value)


def test_negative_places_are_refused():
    with pytest.raises(ValueError):
        format_number(1, places=-1)


@pytest.mark.parametrize(
    "formatter",
    [format_number, format_ha, format_percent, format_rupiah, format_rupiah_short, format_date],
)
def test_missing_values_show_a_dash_not_zero(formatter):
    assert formatter(None) == EMPTY == "–"


@given(st.integers(min_value=-(10**20), max_value=10**20))
def test_integers_round_trip_through_both_languages(number):
    indonesian = format_number(number)
    english = format_number(number, lang="en")
    assert int(indonesian.replace(".", "")) == number
    assert int(english.replace(",", "")) == number
    assert indonesian.replace(".", ",") == english


@given(
    st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), allow_nan=False, places=4),
    st.integers(min_value=0, max_value=4),
)
def test_decimals_keep_their_value_and_places(number, places):
    text = format_number(number, places)
    whole, _, fraction = text.partition(",")
    assert len(fraction) == places
    parsed = Decimal(whole.replace(".", "") + ("." + fraction if fraction else ""))
    assert abs(parsed - number) <= Decimal(1).scaleb(-places) / 2


# --- hectares and percent -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((12.6,), "12,60 ha"),
        ((74.03,), "74,03 ha"),
        ((Decimal("56.23"),), "56,23 ha"),
        ((16003.4,), "16.003,40 ha"),
        ((12.6, 1), "12,6 ha"),
        ((0,), "0,00 ha"),
        ((219.6, 2, "en"), "219.60 ha"),
        ((16003.4, 0, "en"), "16,003 ha"),
    ],
)
def test_format_ha(args, expected):
    assert format_ha(*args) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((100,), "100 %"),
        ((0,), "0 %"),
        ((12.5, 1), "12,5 %"),
        ((76.0,), "76 %"),
        ((50.5,), "51 %"),
        ((12.5, 1, "en"), "12.5 %"),
        ((Decimal("33.333"), 2), "33,33 %"),
    ],
)
def test_format_percent(args, expected):
    assert format_percent(*args) == expected


# --- rupiah ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((1536315000,), "Rp 1.536.315.000"),
        ((0,), "Rp 0"),
        ((500,), "Rp 500"),
        ((2000000000,), "Rp 2.000.000.000"),
        ((Decimal("1500.50"),), "Rp 1.501"),  # whole rupiah, half up
        ((-5000,), "-Rp 5.000"),
        ((1536315000, "en"), "Rp 1,536,315,000"),
    ],
)
def test_format_rupiah(args, expected):
    assert format_rupiah(*args) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (20190000000, "Rp 20,19 miliar"),
        (2000000000, "Rp 2 miliar"),
        (1536315000, "Rp 1,54 miliar"),
        (1500000000, "Rp 1,5 miliar"),
        (1000000, "Rp 1 juta"),
        (2500000, "Rp 2,5 juta"),
        (750000000, "Rp 750 juta"),
        (995000000, "Rp 995 juta"),
        (999999999, "Rp 1 miliar"),  # rounds up into the next scale
        (999995000000, "Rp 1 triliun"),
        (1200000000000, "Rp 1,2 triliun"),
        (1500000000000000, "Rp 1.500 triliun"),  # no scale above triliun
        (999999, "Rp 999.999"),  # under a million: in full, never "ribu"
        (Decimal("999999.5"), "Rp 1 juta"),
        (250000, "Rp 250.000"),
        (0, "Rp 0"),
        (-20190000000, "-Rp 20,19 miliar"),
        (-250000, "-Rp 250.000"),
    ],
)
def test_format_rupiah_short_indonesian(value, expected):
    assert format_rupiah_short(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (20190000000, "Rp 20.19 billion"),
        (2000000000, "Rp 2 billion"),
        (2500000, "Rp 2.5 million"),
        (1200000000000, "Rp 1.2 trillion"),
        (250000, "Rp 250,000"),
    ],
)
def test_format_rupiah_short_english(value, expected):
    assert format_rupiah_short(value, lang="en") == expected


def test_format_rupiah_short_places():
    assert format_rupiah_short(1536315000, places=1) == "Rp 1,5 miliar"
    assert format_rupiah_short(1536315000, places=3) == "Rp 1,536 miliar"
    assert format_rupiah_short(1536315000, places=0) == "Rp 2 miliar"


# --- dates and roman months ---------------------------------------------------------------------

INDONESIAN_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def test_format_date_examples():
    assert format_date(datetime.date(2022, 9, 23)) == "23 September 2022"
    assert format_date(datetime.date(2022, 9, 23), "en") == "23 September 2022"
    assert format_date(datetime.date(2020, 5, 1)) == "1 Mei 2020"
    assert format_date(datetime.date(2020, 5, 1), "en") == "1 May 2020"
    assert format_date(datetime.date(2016, 8, 17)) == "17 Agustus 2016"


@pytest.mark.parametrize("month", range(1, 13))
def test_format_date_every_month(month):
    day = datetime.date(2024, month, 9)
    assert format_date(day) == f"9 {INDONESIAN_MONTHS[month - 1]} 2024"
    assert format_date(day, lang="en") == f"9 {ENGLISH_MONTHS[month - 1]} 2024"


def test_format_date_takes_the_date_of_a_datetime():
    assert format_date(datetime.datetime(2019, 12, 31, 23, 59)) == "31 Desember 2019"


def test_format_date_refuses_other_types():
    with pytest.raises(TypeError):
        format_date("2022-09-23")


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (6, "VI"),
        (7, "VII"),
        (8, "VIII"),
        (9, "IX"),
        (10, "X"),
        (11, "XI"),
        (12, "XII"),
    ],
)
def test_roman_month(month, expected):
    assert roman_month(month) == expected


@pytest.mark.parametrize("month", [0, 13, -1, 9.0, "9", True, None])
def test_roman_month_refuses_anything_but_1_to_12(month):
    with pytest.raises(ValueError):
        roman_month(month)
