"""Priority class and default handling pattern of a slum location: a configurable table.

Permen PUPR 14/PRT/M/2018 ranks locations by three things: the slum level (kekumuhan: berat,
sedang, ringan), the class of the other considerations (pertimbangan lain: tinggi, sedang,
rendah) and land legality (legal or not). The 3 × 3 × 2 = 18 combinations are named A1 … C6
(A = berat, B = sedang, C = ringan; 1–2 = tinggi, 3–4 = sedang, 5–6 = rendah; odd = legal land,
even = not legal) and get a priority rank from 1 (handle first) to 9. The handling pattern
(pola penanganan) follows from the level and legality: legal land is upgraded in place —
peremajaan (renewal) for berat and sedang, pemugaran (restoration) for ringan — and land that is
not legal leads to pemukiman kembali (resettlement).

``DEFAULT_PRIORITY_TABLE`` is that reading, as plain rows. A city whose regulation or Pokja PKP
decides otherwise passes its own rows (``PriorityRule``, 6-tuples or mappings with the same
keys) to ``scoring.score(..., priority_table=rows)``. ``docs/scoring.md`` gives the sources and
why this default was chosen. No Django import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from kotacerdas.slums.regulation import LEVELS, OTHER_CLASSES

PATTERNS: tuple[str, ...] = ("pemugaran", "peremajaan", "pemukiman_kembali")
PATTERN_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "pemugaran": ("Pemugaran", "Restoration (repair in place)"),
        "peremajaan": ("Peremajaan", "Renewal (rebuild in place)"),
        "pemukiman_kembali": ("Pemukiman kembali", "Resettlement"),
    }
)
KLASS_MAX_LENGTH = 10  # the stored field's length


class PriorityRule(NamedTuple):
    """One row: the combination (level, other_class, legal) gets klass, rank and pattern."""

    level: str  # one of regulation.LEVELS
    other_class: str  # one of regulation.OTHER_CLASSES
    legal: bool
    klass: str  # e.g. "A1"
    rank: int  # 1 = handle first
    pattern: str  # one of PATTERNS


_R = PriorityRule
DEFAULT_PRIORITY_TABLE: tuple[PriorityRule, ...] = (
    # kumuh berat
    _R("berat", "tinggi", True, "A1", 1, "peremajaan"),
    _R("berat", "tinggi", False, "A2", 1, "pemukiman_kembali"),
    _R("berat", "sedang", True, "A3", 4, "peremajaan"),
    _R("berat", "sedang", False, "A4", 4, "pemukiman_kembali"),
    _R("berat", "rendah", True, "A5", 7, "peremajaan"),
    _R("berat", "rendah", False, "A6", 7, "pemukiman_kembali"),
    # kumuh sedang
    _R("sedang", "tinggi", True, "B1", 2, "peremajaan"),
    _R("sedang", "tinggi", False, "B2", 2, "pemukiman_kembali"),
    _R("sedang", "sedang", True, "B3", 5, "peremajaan"),
    _R("sedang", "sedang", False, "B4", 5, "pemukiman_kembali"),
    _R("sedang", "rendah", True, "B5", 8, "peremajaan"),
    _R("sedang", "rendah", False, "B6", 8, "pemukiman_kembali"),
    # kumuh ringan
    _R("ringan", "tinggi", True, "C1", 3, "pemugaran"),
    _R("ringan", "tinggi", False, "C2", 3, "pemukiman_kembali"),
    _R("ringan", "sedang", True, "C3", 6, "pemugaran"),
    _R("ringan", "sedang", False, "C4", 6, "pemukiman_kembali"),
    _R("ringan", "rendah", True, "C5", 9, "pemugaran"),
    _R("ringan", "rendah", False, "C6", 9, "pemukiman_kembali"),
)
del _R

PriorityKey = tuple[str, str, bool]


class PriorityTableError(ValueError):
    """A priority table is malformed (a configuration error, not a user input error)."""


def _row(raw: Any, index: int) -> PriorityRule:
    if isinstance(raw, Mapping):
        try:
            raw = tuple(raw[name] for name in PriorityRule._fields)
        except KeyError as exc:
            raise PriorityTableError(f"row {index}: missing key {exc.args[0]!r}") from None
    if not isinstance(raw, tuple | list) or len(raw) != len(PriorityRule._fields):
        raise PriorityTableError(
            f"row {index}: expected {len(PriorityRule._fields)} values "
            f"{PriorityRule._fields}, got {raw!r}"
        )
    row = PriorityRule(*raw)
    if row.level not in LEVELS:
        raise PriorityTableError(f"row {index}: level {row.level!r} is not one of {LEVELS}")
    if row.other_class not in OTHER_CLASSES:
        raise PriorityTableError(
            f"row {index}: other_class {row.other_class!r} is not one of {OTHER_CLASSES}"
        )
    if not isinstance(row.legal, bool):
        raise PriorityTableError(f"row {index}: legal must be True or False, got {row.legal!r}")
    if not isinstance(row.klass, str) or not 0 < len(row.klass) <= KLASS_MAX_LENGTH:
        raise PriorityTableError(
            f"row {index}: klass must be a text of 1-{KLASS_MAX_LENGTH} characters"
        )
    if isinstance(row.rank, bool) or not isinstance(row.rank, int) or row.rank < 1:
        raise PriorityTableError(f"row {index}: rank must be a whole number from 1")
    if row.pattern not in PATTERNS:
        raise PriorityTableError(f"row {index}: pattern {row.pattern!r} is not one of {PATTERNS}")
    return row


def build_priority_lookup(table: Iterable[Any]) -> dict[PriorityKey, PriorityRule]:
    """Check ``table`` and index it by (level, other_class, legal).

    Every row must be valid and no combination may appear twice; combinations left out simply
    have no priority (``lookup_priority`` gives None). Raises ``PriorityTableError``.
    """
    if isinstance(table, str | bytes | Mapping):
        raise PriorityTableError("a priority table is a sequence of rows")
    lookup: dict[PriorityKey, PriorityRule] = {}
    for index, raw in enumerate(table):
        row = _row(raw, index)
        key = (row.level, row.other_class, row.legal)
        if key in lookup:
            raise PriorityTableError(f"row {index}: the combination {key} appears twice")
        lookup[key] = row
    return lookup


_DEFAULT_LOOKUP = MappingProxyType(build_priority_lookup(DEFAULT_PRIORITY_TABLE))


def priority_lookup(table: Iterable[Any]) -> Mapping[PriorityKey, PriorityRule]:
    """``build_priority_lookup``, computed once for the default table."""
    if table is DEFAULT_PRIORITY_TABLE:
        return _DEFAULT_LOOKUP
    return MappingProxyType(build_priority_lookup(table))


def lookup_priority(
    level: str,
    other_class: str,
    legal: bool,
    table: Iterable[Any] = DEFAULT_PRIORITY_TABLE,
) -> PriorityRule | None:
    """The row for this combination, or None when the table has none (e.g. ``tidak_kumuh``)."""
    return priority_lookup(table).get((level, other_class, legal))
