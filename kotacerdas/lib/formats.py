"""Numbers, money, dates and roman months the way Indonesian readers write them. No Django import.

Indonesian groups thousands with a dot and uses a comma for decimals (``1.536.315.000``,
``12,6``); English does the opposite (``1,536,315,000``, ``12.6``). Every function takes
``lang`` (``"id"`` or ``"en"``; a region subtag such as ``"en-us"`` is accepted) and rounds half
up, as Indonesian reports and decrees do. Floats are read through their shortest ``repr``, so
``12.605`` rounds to ``12,61`` and not to the binary neighbour below it.

``None`` formats as an en dash (``EMPTY``) so a missing figure never reads as zero.
Files exchanged with other systems never use these formats: they use a dot (DESIGN §6).
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Context, Decimal

Number = int | float | Decimal

EMPTY = "–"  # shown for a missing value

_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # lang -> (thousands, decimal)

_MONTHS = {
    "id": (
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
    ),
    "en": (
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
    ),
}

# (factor, Indonesian word, English word), largest first. "ribu" is deliberately absent: amounts
# under a million are written in full.
_SCALES = (
    (10**12, "triliun", "trillion"),
    (10**9, "miliar", "billion"),
    (10**6, "juta", "million"),
)

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def normalise_lang(lang: str | None) -> str:
    """``"id"`` or ``"en"`` from a language code such as ``"en-us"``; ``ValueError`` otherwise."""
    base = (lang or "").split("-")[0].split("_")[0].lower()
    if base not in _SEPARATORS:
        raise ValueError(f"unsupported language {lang!r}: use 'id' or 'en'")
    return base


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if isinstance(value, float):
        value = Decimal(repr(value))
    elif isinstance(value, int):
        value = Decimal(value)
    if not value.is_finite():
        raise ValueError(f"cannot format {value}")
    return value


def _round(value: Decimal, places: int) -> Decimal:
    if places < 0:
        raise ValueError("places must be 0 or more")
    digits = max(value.adjusted(), 0) + places + 2
    return value.quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=Context(prec=max(28, digits))
    )


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


def _render(value: Decimal, places: int, lang: str, strip_zeros: bool = False) -> str:
    """A rounded decimal with the separators of ``lang``; ``-0`` shows as ``0``."""
    thousands, decimal = _SEPARATORS[lang]
    rounded = _round(value, places)
    sign = "-" if rounded < 0 else ""  # Decimal("-0.00") < 0 is False: no "-0"
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    if strip_zeros:
        fraction = fraction.rstrip("0")
    text = _group(whole, thousands)
    return f"{sign}{text}{decimal}{fraction}" if fraction else f"{sign}{text}"


def format_number(value: Number | None, places: int = 0, lang: str = "id") -> str:
    """``12.6, 1`` → ``12,6``; ``1536315000`` → ``1.536.315.000`` (English ``1,536,315,000``)."""
    if value is None:
        return EMPTY
    return _render(_to_decimal(value), places, normalise_lang(lang))


def format_ha(value: Number | None, places: int = 2, lang: str = "id") -> str:
    """Hectares: ``12.6`` → ``12,60 ha``."""
    if value is None:
        return EMPTY
    return f"{format_number(value, places, lang)} ha"


def format_percent(value: Number | None, places: int = 0, lang: str = "id") -> str:
    """A value already in percent (0–100): ``12.5, 1`` → ``12,5 %``; ``100`` → ``100 %``."""
    if value is None:
        return EMPTY
    return f"{format_number(value, places, lang)} %"


def format_rupiah(value: Number | None, lang: str = "id") -> str:
    """Whole rupiah: ``1536315000`` → ``Rp 1.536.315.000``; ``-5000`` → ``-Rp 5.000``."""
    if value is None:
        return EMPTY
    text = format_number(value, 0, lang)
    return f"-Rp {text[1:]}" if text.startswith("-") else f"Rp {text}"


def format_rupiah_short(value: Number | None, places: int = 2, lang: str = "id") -> str:
    """Large amounts in words: ``20190000000`` → ``Rp 20,19 miliar`` (English ``Rp 20.19 billion``).

    Uses juta / miliar / triliun (million / billion / trillion) with at most ``places`` decimals
    and no trailing zeros (``Rp 2 miliar``). Amounts under a million are written in full. An
    amount that rounds up to the next scale moves to it (``999999999`` → ``Rp 1 miliar``).
    """
    if value is None:
        return EMPTY
    lang = normalise_lang(lang)
    amount = _to_decimal(value)
    magnitude = abs(amount)
    for index, (factor, word_id, word_en) in enumerate(_SCALES):
        if magnitude < factor:
            continue
        scaled = _round(magnitude / factor, places)
        if scaled >= 1000 and index > 0:
            factor, word_id, word_en = _SCALES[index - 1]
            scaled = _round(magnitude / factor, places)
        word = word_id if lang == "id" else word_en
        sign = "-" if amount < 0 else ""
        return f"{sign}Rp {_render(scaled, places, lang, strip_zeros=True)} {word}"
    if _round(magnitude, 0) >= _SCALES[-1][0]:  # 999999.5 rounds to a million
        return format_rupiah_short(Decimal(_SCALES[-1][0]).copy_sign(amount), places, lang)
    return format_rupiah(amount, lang)


def format_date(value: datetime.date | None, lang: str = "id") -> str:
    """``2022-09-23`` → ``23 September 2022``; ``2022-05-01`` → ``1 Mei 2022`` (``1 May 2022``).

    A ``datetime`` is formatted by its own date: convert it to the local zone first.
    """
    if value is None:
        return EMPTY
    if not isinstance(value, datetime.date):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    month = _MONTHS[normalise_lang(lang)][value.month - 1]
    return f"{value.day} {month} {value.year}"


def roman_month(month: int) -> str:
    """``9`` → ``IX``: the month in Indonesian letter numbers (``470/12/IX/2022``)."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be an integer from 1 to 12, got {month!r}")
    return _ROMAN[month - 1]
