"""Funding of a handling activity, split by source in whole rupiah. No Django import.

The total is always derived from the split; nobody types it. Sources follow DESIGN §6
(``dana_apbn`` ... ``dana_lainnya``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# code used in files, Indonesian label, English label
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("apbn", "APBN", "State budget (APBN)"),
    ("apbd_provinsi", "APBD provinsi", "Provincial budget"),
    ("apbd_kota", "APBD kota/kabupaten", "City budget"),
    ("dak", "DAK", "Special allocation fund (DAK)"),
    ("swasta", "Swasta/CSR", "Private/CSR"),
    ("swadaya", "Swadaya masyarakat", "Community contribution"),
    ("lainnya", "Lainnya", "Other"),
)
SOURCE_CODES = tuple(code for code, _, _ in SOURCES)
MAX_RUPIAH = 10**15  # a thousand trillion: far above any single activity


@dataclass(frozen=True)
class FundingProblem:
    field: str  # e.g. "dana_apbn"
    message_id: str
    message_en: str


class FundingError(ValueError):
    def __init__(self, problems: list[FundingProblem]):
        super().__init__("; ".join(f"{p.message_id} / {p.message_en}" for p in problems))
        self.problems = problems


def _whole_rupiah(field: str, value: object) -> tuple[int | None, FundingProblem | None]:
    if value is None or value == "":
        return 0, None
    if isinstance(value, bool):
        value = "bool"
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip().replace(".", "") if isinstance(value, str) else None
        if text is None or not text.isdigit():
            return None, FundingProblem(
                field,
                f"{field}: '{value}' bukan jumlah rupiah bulat",
                f"{field}: '{value}' is not a whole rupiah amount",
            )
        number = int(text)
    if number < 0:
        return None, FundingProblem(
            field, f"{field}: tidak boleh negatif", f"{field}: must not be negative"
        )
    if number > MAX_RUPIAH:
        return None, FundingProblem(field, f"{field}: terlalu besar", f"{field}: implausibly large")
    return number, None


def funding_split(values: Mapping[str, object]) -> dict[str, int]:
    """Read ``{"dana_apbn": ..., ...}`` (ints, or digit strings with Indonesian thousand dots).

    Missing sources are 0. Raises ``FundingError`` naming every bad field at once.
    """
    split, problems = {}, []
    for code in SOURCE_CODES:
        field = f"dana_{code}"
        number, problem = _whole_rupiah(field, values.get(field))
        if problem:
            problems.append(problem)
        else:
            split[code] = number
    if problems:
        raise FundingError(problems)
    return split


def funding_total(split: Mapping[str, int]) -> int:
    """The activity's budget: always the sum of its sources."""
    return sum(split.get(code, 0) for code in SOURCE_CODES)
