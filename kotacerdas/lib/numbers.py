"""Reading numbers typed by people: dots in files, Indonesian decimal commas in forms.

No Django import. ``parse_decimal("12,6")`` and ``parse_decimal("12.6")`` both give 12.6; a value
with both separators is read the Indonesian way (``1.234,5`` = 1234.5). A lone comma or dot is a
decimal separator; ``1.234`` is therefore 1.234, never a thousand — files use dots for decimals
(DESIGN §6), and the caller is told when a comma was read (``was_comma``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_PLAIN = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
# thousands dots only when unambiguous: two or more groups, or one group followed by a comma
_INDONESIAN = re.compile(r"^[+-]?\d{1,3}((\.\d{3}){2,}(,\d+)?|\.\d{3},\d+)$")


class NumberError(ValueError):
    def __init__(self, text: str):
        super().__init__(f"'{text}' bukan angka / '{text}' is not a number")
        self.text = text


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    was_comma: bool  # the input used a decimal comma (worth telling the user)


def parse_number(text: object) -> ParsedNumber:
    """Parse ``text`` (str, int or Decimal) into a Decimal; ``NumberError`` when it is not one."""
    if isinstance(text, bool):
        raise NumberError(str(text))
    if isinstance(text, int | Decimal):
        return ParsedNumber(Decimal(text), False)
    if isinstance(text, float):
        return ParsedNumber(Decimal(str(text)), False)
    raw = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if _INDONESIAN.match(raw):
        return ParsedNumber(Decimal(raw.replace(".", "").replace(",", ".")), "," in raw)
    if not _PLAIN.match(raw):
        raise NumberError(str(text))
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern already excludes these
        raise NumberError(str(text)) from None
    return ParsedNumber(value, "," in raw)


def parse_decimal(text: object) -> Decimal:
    return parse_number(text).value
