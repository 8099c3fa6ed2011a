"""Reading and validating the inputs of ``kotacerdas.slums.scoring`` (pure Python, no Django).

Numbers may be ints, Decimals, floats (read through ``str``: 0.1 is Decimal("0.1")) or plain
numeric text with a decimal point ("12.6"). Bools, NaN, infinities, exponents and thousands
separators are refused; the Indonesian decimal comma is the forms' business
(``kotacerdas.lib.numbers``), not this module's.

Every problem is collected before anything is raised, so one ``ScoringError`` names every field
that needs fixing, each with a message in Indonesian and English.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kotacerdas.slums.regulation import (
    BASE_FIELD_LABELS,
    BASE_FIELDS,
    CRITERIA,
    CRITERIA_BY_CODE,
    CRITERION_CODES,
    LEGALITY_FIELD_LABELS,
    LEGALITY_FIELDS,
    OTHER_CHOICES,
    OTHER_FIELD_LABELS,
    OTHER_FIELDS,
    Criterion,
)

Number = int | Decimal | float | str
_PLAIN_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")


@dataclass(frozen=True)
class FieldError:
    """One invalid input: the field it names, why (in Indonesian and English) and a reason code.

    ``field`` is a base field (``area_ha``), ``volumes.1a``, ``other.strategic``,
    ``legality.tenure_clear``, or ``base`` / ``volumes`` / ``other`` / ``legality`` for a whole
    group. ``reason`` is one of ``missing``, ``not_a_number``, ``negative``, ``above_denominator``,
    ``zero_denominator``, ``not_positive``, ``invalid_choice``, ``unknown_field``,
    ``not_an_object``.
    """

    field: str
    message_id: str
    message_en: str
    reason: str = ""


class ScoringError(ValueError):
    """The inputs cannot be scored; ``errors`` lists every problem found, not just the first."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: list[FieldError] = list(errors)
        super().__init__(
            "; ".join(f"{e.field}: {e.message_id} / {e.message_en}" for e in self.errors)
        )

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


@dataclass(frozen=True)
class Inputs:
    """Valid inputs: non-negative Decimals, choices as ints and bools."""

    base: dict[str, Decimal]
    volumes: dict[str, Decimal]
    other: dict[str, int] | None  # strategic, socio_economic
    legality: dict[str, bool] | None  # tenure_clear, fits_spatial_plan


def coerce(value: object) -> Decimal | None:
    """A finite Decimal for an int, Decimal, float or plain numeric text; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, float):
        return Decimal(str(value)) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        return Decimal(text) if _PLAIN_NUMBER.match(text) else None
    return None


def plain(value: Decimal) -> str:
    """A Decimal as plain text, never in exponent notation."""
    return format(value, "f")


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _labels(field: str) -> tuple[str, str]:
    """(Indonesian, English) name of a field, for messages."""
    group, _, key = field.partition(".")
    if field in BASE_FIELD_LABELS:
        return BASE_FIELD_LABELS[field]
    if group == "volumes" and key in CRITERIA_BY_CODE:
        c = CRITERIA_BY_CODE[key]
        return f"volume kriteria {key} ({c.name_id})", f"volume of criterion {key} ({c.name_en})"
    if group == "other" and key in OTHER_FIELD_LABELS:
        return OTHER_FIELD_LABELS[key]
    if group == "legality" and key in LEGALITY_FIELD_LABELS:
        return LEGALITY_FIELD_LABELS[key]
    return f"isian '{field}'", f"field '{field}'"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Errors(list):
    def add(self, field: str, reason: str, message_id: str, message_en: str) -> None:
        self.append(FieldError(field, message_id, message_en, reason))

    def missing(self, field: str) -> None:
        lid, len_ = _labels(field)
        self.add(field, "missing", f"{_cap(lid)} wajib diisi.", f"The {len_} is required.")

    def unknown(self, field: str, known: Iterable[str]) -> None:
        names = ", ".join(known)
        self.add(
            field,
            "unknown_field",
            f"Isian '{field}' tidak dikenal; yang dikenal: {names}.",
            f"Unknown field '{field}'; known fields: {names}.",
        )

    def not_an_object(self, field: str) -> None:
        self.add(
            field,
            "not_an_object",
            f"'{field}' harus berupa pasangan nama dan nilai.",
            f"'{field}' must be an object of names and values.",
        )


def _read_number(value: object, field: str, errors: _Errors) -> Decimal | None:
    """A valid non-negative Decimal, or None after recording why not."""
    if _is_blank(value):
        errors.missing(field)
        return None
    lid, len_ = _labels(field)
    number = coerce(value)
    if number is None:
        errors.add(
            field,
            "not_a_number",
            f"{_cap(lid)} harus berupa angka dengan titik desimal, mis. 12.6 "
            f"(diterima: {_shown(value)}).",
            f"The {len_} must be a number with a decimal point, e.g. 12.6 (got {_shown(value)}).",
        )
        return None
    if number < 0:
        errors.add(
            field,
            "negative",
            f"{_cap(lid)} tidak boleh negatif (diterima: {plain(number)}).",
            f"The {len_} must not be negative (got {plain(number)}).",
        )
        return None
    return number.copy_abs()  # drops the sign of -0


def _read_group(
    values: object, group: str, known: tuple[str, ...], errors: _Errors, *, prefix: bool = True
) -> Mapping[str, Any] | None:
    """The mapping, after reporting unknown keys; None (reported) when it is not a mapping."""
    if not isinstance(values, Mapping):
        errors.not_an_object(group)
        return None
    for key in values:
        if key not in known:
            errors.unknown(f"{group}.{key}" if prefix else str(key), known)
    return values


def _check_volume(
    criterion: Criterion, volume: Decimal, denominator: Decimal, errors: _Errors
) -> None:
    field = f"volumes.{criterion.code}"
    did, den = BASE_FIELD_LABELS[criterion.denominator]
    v, d, unit = plain(volume), plain(denominator), criterion.unit
    if denominator == 0 and volume > 0:
        errors.add(
            field,
            "zero_denominator",
            f"Volume kriteria {criterion.code} adalah {v} {unit}, padahal {did} bernilai 0: "
            f"persentase tidak dapat dihitung. Isi {did} atau jadikan volume 0.",
            f"The volume of criterion {criterion.code} is {v} {unit} but the {den} is 0, so no "
            f"percentage can be computed. Fill in the {den} or set the volume to 0.",
        )
    elif volume > denominator:
        errors.add(
            field,
            "above_denominator",
            f"Volume kriteria {criterion.code} ({v} {unit}) melebihi {did} ({d}); volume tidak "
            f"boleh lebih besar dari pembaginya.",
            f"The volume of criterion {criterion.code} ({v} {unit}) is more than the {den} "
            f"({d}); a volume cannot exceed its denominator.",
        )


def _read_choice(values: Mapping[str, Any], group: str, name: str, errors: _Errors) -> Any:
    """An int in OTHER_CHOICES (group "other") or a bool (group "legality"); None if invalid."""
    field = f"{group}.{name}"
    raw = values.get(name)
    if _is_blank(raw):
        errors.missing(field)
        return None
    lid, len_ = _labels(field)
    if group == "other":
        number = coerce(raw)
        if number is not None and number in OTHER_CHOICES:
            return int(number)
        choices = "1, 3 atau 5", "1, 3 or 5"
    else:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip() in ("+", "-"):
            return raw.strip() == "+"
        choices = "+ (ya) atau - (tidak), atau benar/salah", "+ (yes) or - (no), or true/false"
    errors.add(
        field,
        "invalid_choice",
        f"{_cap(lid)} harus {choices[0]} (diterima: {_shown(raw)}).",
        f"The {len_} must be {choices[1]} (got {_shown(raw)}).",
    )
    return None


def _read_choices(
    values: object, group: str, names: tuple[str, ...], errors: _Errors
) -> dict[str, Any] | None:
    mapping = _read_group(values, group, names, errors)
    if mapping is None:
        return None
    picked = {name: _read_choice(mapping, group, name, errors) for name in names}
    return picked if all(value is not None for value in picked.values()) else None


def read_inputs(
    base: object, volumes: object, other: object = None, legality: object = None
) -> Inputs:
    """Validate everything; raise one ``ScoringError`` listing every problem.

    Errors come in a fixed order: base, volumes, other considerations (then the area check),
    legality; within each group its unknown keys first, then its fields in official order. A
    criterion whose denominator is itself invalid is only checked on its own (no ratio error).
    """
    errors = _Errors()

    base_values: dict[str, Decimal] = {}
    base_map = _read_group(base, "base", BASE_FIELDS, errors, prefix=False)
    for name in BASE_FIELDS if base_map is not None else ():
        number = _read_number(base_map.get(name), name, errors)
        if number is not None:
            base_values[name] = number

    volume_values: dict[str, Decimal] = {}
    volume_map = _read_group(volumes, "volumes", CRITERION_CODES, errors)
    for criterion in CRITERIA if volume_map is not None else ():
        volume = _read_number(volume_map.get(criterion.code), f"volumes.{criterion.code}", errors)
        if volume is None:
            continue
        denominator = base_values.get(criterion.denominator)
        if denominator is not None:
            _check_volume(criterion, volume, denominator, errors)
        volume_values[criterion.code] = volume

    other_values = None
    if other is not None:
        other_values = _read_choices(other, "other", OTHER_FIELDS, errors)
        if base_values.get("area_ha") == 0:
            errors.add(
                "area_ha",
                "not_positive",
                "Luas lokasi harus lebih dari 0 ha untuk menghitung kepadatan penduduk "
                "(pertimbangan lain).",
                "The area must be above 0 ha to compute population density (other considerations).",
            )

    legality_values = None
    if legality is not None:
        legality_values = _read_choices(legality, "legality", LEGALITY_FIELDS, errors)

    if errors:
        raise ScoringError(errors)
    return Inputs(base_values, volume_values, other_values, legality_values)
