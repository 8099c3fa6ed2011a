from decimal import Decimal as D

import pytest

from kotacerdas.lib.numbers import NumberError, parse_decimal, parse_number


@pytest.mark.parametrize("text,value", [
    ("12.6", D("12.6")), ("12,6", D("12.6")), (" 7 ", D("7")), ("-3,25", D("-3.25")),
    ("0,5", D("0.5")), (",5", D("0.5")), ("1.234,5", D("1234.5")), ("1.536.315.000", D("1536315000")),
    ("1.234", D("1.234")), (12, D("12")), (D("4.34"), D("4.34")), (2.5, D("2.5")), ("12,", D("12")),
])  # fmt: skip
def test_it_reads_dots_commas_and_indonesian_thousands(text, value):
    assert parse_decimal(text) == value


def test_it_says_when_a_decimal_comma_was_read():
    assert parse_number("12,6").was_comma
    assert not parse_number("12.6").was_comma


@pytest.mark.parametrize("bad", ["", "abc", "12,6,7", "1.2.3", "1,234.5", "NaN", "inf", "1e5",
                                 "--1", True, "12 ha"])  # fmt: skip
def test_it_refuses_what_is_not_a_number_and_quotes_it(bad):
    with pytest.raises(NumberError) as err:
        parse_decimal(bad)
    assert "bukan angka" in str(err.value) and "not a number" in str(err.value)
