"""Official slum scoring (penilaian kekumuhan) of Permen PUPR 14/PRT/M/2018, in pure Python.

The regulation judges a location on 7 aspects (buildings, roads, drinking water, drainage,
wastewater, solid waste, fire protection) through 16 criteria. For each criterion the surveyors
measure a *volume* (buildings, hectares, metres or households with the problem) and divide it by
the location's matching base quantity: ``percent = volume / denominator × 100``. The percentage
scores 5 from 76 %, 3 from 51 %, 1 from 25 %, else 0; the 16 scores add up to a total of 0–80
that gives the level: ``berat`` 60–80, ``sedang`` 38–59, ``ringan`` 16–37, ``tidak_kumuh``
below 16. Non-physical "other considerations" (pertimbangan lain: strategic value, population
density, socio-economic potential) and land legality then give a priority class (A1 … C6) and a
default handling pattern (``kotacerdas.slums.priority``); the area decides who handles it.

Arithmetic is decimal and never float. Every division runs in an explicit local context of at
least 50 significant digits, so a percentage is exact whenever the quotient terminates (7.6 of
10 ha is exactly 76 %); otherwise it is rounded toward zero at the last digit, which can never
lift it over an integer threshold (density is rounded up instead, for its "at most" bands).
Percentages are not rounded before banding; ``percent_display`` truncates to 2 decimals, and as
the thresholds are integers the displayed value always falls in the same band as the exact one.

Inputs are validated all at once: ``ScoringError.errors`` lists every ``FieldError`` with the
field (``area_ha``, ``volumes.1a``, ``other.strategic``, ...) and a message in Indonesian and
English. The data (criteria, aspects, labels) lives in ``kotacerdas.slums.regulation`` and is
re-exported here. No Django import. See ``docs/scoring.md``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
)
from types import MappingProxyType
from typing import Any

from kotacerdas.slums.priority import (
    DEFAULT_PRIORITY_TABLE,
    PATTERN_LABELS,
    PATTERNS,
    PriorityRule,
    PriorityTableError,
    priority_lookup,
)
from kotacerdas.slums.regulation import (
    ASPECTS,
    AUTHORITIES,
    AUTHORITY_CENTRAL_FROM_HA,
    AUTHORITY_LABELS,
    AUTHORITY_PROVINCE_FROM_HA,
    BASE_FIELD_LABELS,
    BASE_FIELDS,
    CRITERIA,
    CRITERIA_BY_CODE,
    CRITERION_CODES,
    DENSITY_BANDS,
    DENSITY_TOP_SCORE,
    LEGALITY_FIELD_LABELS,
    LEGALITY_FIELDS,
    LEVEL_LABELS,
    LEVEL_MIN_TOTAL,
    LEVELS,
    MAX_TOTAL,
    OTHER_CHOICES,
    OTHER_CLASS_LABELS,
    OTHER_CLASSES,
    OTHER_FIELD_LABELS,
    OTHER_FIELDS,
    OTHER_MIN_TOTAL,
    SCORE_BANDS,
    Aspect,
    Criterion,
)

__all__ = [
    "ASPECTS",
    "AUTHORITIES",
    "AUTHORITY_LABELS",
    "BASE_FIELDS",
    "BASE_FIELD_LABELS",
    "CRITERIA",
    "CRITERION_CODES",
    "DEFAULT_PRIORITY_TABLE",
    "LEVELS",
    "LEVEL_LABELS",
    "OTHER_CLASSES",
    "OTHER_CLASS_LABELS",
    "PATTERNS",
    "PATTERN_LABELS",
    "Aspect",
    "AspectResult",
    "Criterion",
    "CriterionResult",
    "FieldError",
    "LegalityResult",
    "OtherResult",
    "PriorityResult",
    "PriorityRule",
    "PriorityTableError",
    "Result",
    "ScoringError",
    "authority_for_area",
    "band_score",
    "density_score",
    "level_for_total",
    "other_class_for_total",
    "percent_display",
    "percent_of",
    "score",
]

Number = int | Decimal | float | str
PRECISION = 50  # significant digits of every division, at least
_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


# --- errors ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldError:
    """One invalid input: the field it names, why (in Indonesian and English) and a reason code.

    ``field`` is ``area_ha`` (a base field), ``volumes.1a``, ``other.strategic``,
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


# --- numbers --------------------------------------------------------------------------------------
def _context(prec: int, rounding: str, *, exact: bool = False) -> Context:
    traps = [InvalidOperation, DivisionByZero, Overflow] + ([Inexact] if exact else [])
    return Context(prec=prec, rounding=rounding, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=traps)


def _digits(*values: Decimal) -> int:
    return sum(len(v.as_tuple().digits) for v in values)


def _coerce(value: object) -> Decimal | None:
    """A finite Decimal for an int, Decimal, float or plain numeric text; None for anything else.

    Floats go through ``str`` (0.1 → Decimal("0.1")); bools, NaN, infinities, exponents in text
    and thousands separators are refused.
    """
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


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: object, name: str = "value") -> Decimal:
    """A non-negative Decimal, or ValueError (for the single-value helpers below)."""
    number = _coerce(value)
    if number is None:
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if number < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return number.copy_abs()  # drops the sign of -0


def _plain(value: Decimal) -> str:
    """Decimal as plain text, never in exponent notation."""
    return format(value, "f")


def _floor_div(numerator: Decimal, denominator: Decimal) -> Decimal:
    """numerator / denominator, rounded toward -inf at >= PRECISION digits (exact if it ends)."""
    ctx = _context(max(PRECISION, _digits(numerator, denominator) + 10), ROUND_FLOOR)
    return ctx.divide(numerator, denominator)


def _times(value: Decimal, factor: Decimal) -> Decimal:
    """value × factor, exactly (Inexact is trapped)."""
    ctx = _context(_digits(value, factor) + PRECISION, ROUND_FLOOR, exact=True)
    return ctx.multiply(value, factor)


def _truncate(value: Decimal) -> Decimal:
    ctx = _context(max(PRECISION, value.adjusted() + 5), ROUND_DOWN)
    return ctx.quantize(value, _CENT)


def percent_of(volume: Number, denominator: Number) -> Decimal:
    """``volume / denominator × 100`` as a Decimal, not rounded for banding (see module doc).

    A zero denominator gives 0 when the volume is 0 and ValueError otherwise; negative or
    non-numeric input is a ValueError. ``score`` validates more (volume above denominator).
    """
    v, d = _number(volume, "volume"), _number(denominator, "denominator")
    if d == 0:
        if v == 0:
            return Decimal(0)
        raise ValueError("a volume above 0 needs a denominator above 0")
    return _floor_div(_times(v, _HUNDRED), d)


def percent_display(percent: Decimal | int) -> Decimal:
    """The percentage truncated (ROUND_DOWN) to 2 decimals, for storage and display.

    Truncation never raises a value: 75.999 shows as 75.99, still below the integer threshold 76,
    so the displayed value always lies in the band the exact value scored.
    """
    return _truncate(_exact_decimal(percent, "percent"))


def _exact_decimal(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"{name} must be a Decimal or an int (never a float), got {value!r}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"{name} must be finite, got {value!r}")
    return number


# --- bands ----------------------------------------------------------------------------------------
def band_score(percent: Decimal | int) -> int:
    """The criterion score of a percentage: 5 if >= 76, 3 if >= 51, 1 if >= 25, else 0."""
    p = _exact_decimal(percent, "percent")
    for threshold, points in SCORE_BANDS:
        if p >= threshold:
            return points
    return 0


def level_for_total(total: int) -> str:
    """``berat`` 60–80, ``sedang`` 38–59, ``ringan`` 16–37, ``tidak_kumuh`` 0–15."""
    if isinstance(total, bool) or not isinstance(total, int) or not 0 <= total <= MAX_TOTAL:
        raise ValueError(f"a total is a whole number from 0 to {MAX_TOTAL}, got {total!r}")
    return next(level for level in LEVELS if total >= LEVEL_MIN_TOTAL[level])


def other_class_for_total(total: int) -> str:
    """Other considerations: ``rendah`` 3–5, ``sedang`` 6–10, ``tinggi`` 11–15."""
    if isinstance(total, bool) or not isinstance(total, int) or not 3 <= total <= 15:
        raise ValueError(f"an other-considerations total is a whole number 3-15, got {total!r}")
    return next(klass for klass in OTHER_CLASSES if total >= OTHER_MIN_TOTAL[klass])


def density_score(density: Decimal | int) -> int:
    """People per hectare: at most 150 → 1; above 150 up to 200 → 3; above 200 → 5.

    The bands are read as "<= 150" and "<= 200", so a non-integer density such as 150.5 scores 3.
    """
    d = _exact_decimal(density, "density")
    for limit, points in DENSITY_BANDS:
        if d <= limit:
            return points
    return DENSITY_TOP_SCORE


def authority_for_area(area_ha: Number) -> str:
    """Who handles a location: below 10 ha ``kota`` (city/regency), 10 to below 15 ha
    ``provinsi``, 15 ha and more ``pusat`` (central government)."""
    area = _number(area_ha, "area_ha")
    if area >= AUTHORITY_CENTRAL_FROM_HA:
        return "pusat"
    if area >= AUTHORITY_PROVINCE_FROM_HA:
        return "provinsi"
    return "kota"


# --- results --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionResult:
    code: str
    aspect: int
    volume: Decimal
    denominator: str  # the base field divided by, e.g. "buildings"
    denominator_value: Decimal
    percent: Decimal  # exact (or rounded toward zero past the 50th digit); never for display
    percent_display: Decimal  # truncated to 2 decimals
    score: int  # 0, 1, 3 or 5


@dataclass(frozen=True)
class AspectResult:
    """Informational per-aspect figures (the regulation bands criteria, not aspects)."""

    number: int
    code: str
    criteria: tuple[str, ...]
    score_total: int
    score_average: Decimal  # average criterion score, truncated to 2 decimals
    percent_average: Decimal  # average of the exact criterion percentages, truncated to 2 dp


@dataclass(frozen=True)
class OtherResult:
    strategic: int  # 1, 3 or 5
    density: Decimal  # people per hectare; exact, or rounded up past the 50th digit
    density_display: Decimal  # truncated to 2 decimals
    density_score: int  # 1, 3 or 5
    socio_economic: int  # 1, 3 or 5
    total: int  # 3..15
    klass: str  # rendah, sedang, tinggi


@dataclass(frozen=True)
class LegalityResult:
    tenure_clear: bool
    fits_spatial_plan: bool
    legal: bool  # only when both are True


@dataclass(frozen=True)
class PriorityResult:
    klass: str  # e.g. "A1"
    rank: int  # 1 = handle first
    pattern: str  # pemugaran, peremajaan, pemukiman_kembali


@dataclass(frozen=True)
class Result:
    criteria: tuple[CriterionResult, ...]  # in the order of CRITERIA
    total: int  # 0..80
    level: str  # one of LEVELS
    aspects: Mapping[int, AspectResult]  # aspect number -> figures
    authority: str  # kota, provinsi, pusat
    other: OtherResult | None = None  # when other considerations were given
    legality: LegalityResult | None = None  # when legality was given
    priority: PriorityResult | None = None  # when both were given and the table has the case

    @property
    def scores(self) -> dict[str, int]:
        """Criterion code -> score."""
        return {c.code: c.score for c in self.criteria}

    def criterion(self, code: str) -> CriterionResult:
        for result in self.criteria:
            if result.code == code:
                return result
        raise KeyError(code)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: Decimals as plain strings (percentages with exactly 2 decimals)."""
        other = legality = priority = None
        if self.other is not None:
            o = self.other
            other = {
                "strategic": o.strategic,
                "density": _plain(o.density_display),
                "density_score": o.density_score,
                "socio_economic": o.socio_economic,
                "total": o.total,
                "class": o.klass,
            }
        if self.legality is not None:
            lg = self.legality
            legality = {
                "tenure_clear": lg.tenure_clear,
                "fits_spatial_plan": lg.fits_spatial_plan,
                "legal": lg.legal,
            }
        if self.priority is not None:
            p = self.priority
            priority = {"class": p.klass, "rank": p.rank, "pattern": p.pattern}
        return {
            "criteria": [
                {
                    "code": c.code,
                    "aspect": c.aspect,
                    "volume": _plain(c.volume),
                    "denominator": c.denominator,
                    "denominator_value": _plain(c.denominator_value),
                    "percent": _plain(c.percent_display),
                    "score": c.score,
                }
                for c in self.criteria
            ],
            "total": self.total,
            "level": self.level,
            "aspects": [
                {
                    "number": a.number,
                    "code": a.code,
                    "score_total": a.score_total,
                    "score_average": _plain(a.score_average),
                    "percent_average": _plain(a.percent_average),
                }
                for a in self.aspects.values()
            ],
            "authority": self.authority,
            "other": other,
            "legality": legality,
            "priority": priority,
        }


# --- validation -----------------------------------------------------------------------------------
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
    number = _coerce(value)
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
            f"{_cap(lid)} tidak boleh negatif (diterima: {_plain(number)}).",
            f"The {len_} must not be negative (got {_plain(number)}).",
        )
        return None
    return number.copy_abs()


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
    v, d, unit = _plain(volume), _plain(denominator), criterion.unit
    if denominator == 0 and volume > 0:
        errors.add(
            field,
            "zero_denominator",
            f"Volume kriteria {criterion.code} adalah {v} {unit}, padahal {did} 0: persentase "
            f"tidak dapat dihitung. Isi {did} atau jadikan volume 0.",
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


def _read_choice(
    values: Mapping[str, Any], group: str, name: str, errors: _Errors
) -> int | bool | None:
    field = f"{group}.{name}"
    raw = values.get(name)
    if _is_blank(raw):
        errors.missing(field)
        return None
    lid, len_ = _labels(field)
    if group == "other":
        number = _coerce(raw)
        if number is not None and number in OTHER_CHOICES:
            return int(number)
        choices = "1, 3 atau 5", "1, 3 or 5"
    else:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip() in ("+", "-"):
            return raw.strip() == "+"
        choices = "+ atau - (benar/salah)", "+ or - (true/false)"
    errors.add(
        field,
        "invalid_choice",
        f"{_cap(lid)} harus {choices[0]} (diterima: {_shown(raw)}).",
        f"The {len_} must be {choices[1]} (got {_shown(raw)}).",
    )
    return None


# --- scoring --------------------------------------------------------------------------------------
def _ratio_sum(pairs: Iterable[tuple[Decimal, Decimal]]) -> tuple[Decimal, Decimal]:
    """Σ a/b (pairs with b == 0 count as 0) as one exact fraction (numerator, denominator)."""
    pairs = [(a, b) for a, b in pairs if b != 0]
    ctx = _context(
        _digits(*(x for pair in pairs for x in pair)) + PRECISION, ROUND_FLOOR, exact=True
    )
    numerator, denominator = Decimal(0), Decimal(1)
    for a, b in pairs:
        numerator = ctx.add(ctx.multiply(numerator, b), ctx.multiply(a, denominator))
        denominator = ctx.multiply(denominator, b)
    return numerator, denominator


def _aspect_result(aspect: Aspect, by_code: Mapping[str, CriterionResult]) -> AspectResult:
    results = [by_code[code] for code in aspect.criteria]
    n = Decimal(len(results))
    total = sum(r.score for r in results)
    numerator, denominator = _ratio_sum((r.volume, r.denominator_value) for r in results)
    percent = _floor_div(_times(numerator, _HUNDRED), _times(denominator, n))
    return AspectResult(
        number=aspect.number,
        code=aspect.code,
        criteria=aspect.criteria,
        score_total=total,
        score_average=_truncate(_floor_div(Decimal(total), n)),
        percent_average=_truncate(percent),
    )


def _other_result(strategic: int, socio: int, population: Decimal, area: Decimal) -> OtherResult:
    ceiling = _context(max(PRECISION, _digits(population, area) + 10), ROUND_CEILING)
    density = ceiling.divide(population, area)  # rounded up: keeps "<= 150" decisions exact
    points = density_score(density)
    total = strategic + points + socio
    return OtherResult(
        strategic=strategic,
        density=density,
        density_display=_truncate(_floor_div(population, area)),
        density_score=points,
        socio_economic=socio,
        total=total,
        klass=other_class_for_total(total),
    )


def score(
    base: Mapping[str, Number],
    volumes: Mapping[str, Number],
    *,
    other: Mapping[str, Any] | None = None,
    legality: Mapping[str, Any] | None = None,
    priority_table: Iterable[Any] = DEFAULT_PRIORITY_TABLE,
) -> Result:
    """Score one location.

    ``base``: the six ``BASE_FIELDS``; ``volumes``: the 16 criterion codes; numbers may be ints,
    Decimals, floats or numeric text ("12.6"). ``other``: ``{"strategic": 1|3|5,
    "socio_economic": 1|3|5}`` (density comes from ``population / area_ha``). ``legality``:
    ``{"tenure_clear": bool or "+"/"-", "fits_spatial_plan": ...}``. The priority needs both
    ``other`` and ``legality`` and is looked up in ``priority_table`` (rows as in
    ``kotacerdas.slums.priority``; a malformed table raises ``PriorityTableError``).

    Raises ``ScoringError`` listing every invalid input at once.
    """
    lookup = priority_lookup(priority_table)
    errors = _Errors()

    base_values: dict[str, Decimal] = {}
    base_map = _read_group(base, "base", BASE_FIELDS, errors, prefix=False)
    for name in BASE_FIELDS:
        if base_map is not None:
            number = _read_number(base_map.get(name), name, errors)
            if number is not None:
                base_values[name] = number

    volume_values: dict[str, Decimal] = {}
    volume_map = _read_group(volumes, "volumes", CRITERION_CODES, errors)
    for criterion in CRITERIA:
        if volume_map is None:
            break
        volume = _read_number(volume_map.get(criterion.code), f"volumes.{criterion.code}", errors)
        denominator = base_values.get(criterion.denominator)
        if volume is not None and denominator is not None:
            _check_volume(criterion, volume, denominator, errors)
        if volume is not None:
            volume_values[criterion.code] = volume

    other_values: dict[str, int] | None = None
    if other is not None:
        other_map = _read_group(other, "other", OTHER_FIELDS, errors)
        if other_map is not None:
            picked = {name: _read_choice(other_map, "other", name, errors) for name in OTHER_FIELDS}
            if all(value is not None for value in picked.values()):
                other_values = picked  # type: ignore[assignment]
        if base_values.get("area_ha") == 0:
            errors.add(
                "area_ha",
                "not_positive",
                "Luas lokasi harus lebih dari 0 ha untuk menghitung kepadatan penduduk "
                "(pertimbangan lain).",
                "The area must be above 0 ha to compute population density (other considerations).",
            )

    legality_values: dict[str, bool] | None = None
    if legality is not None:
        legality_map = _read_group(legality, "legality", LEGALITY_FIELDS, errors)
        if legality_map is not None:
            picked = {n: _read_choice(legality_map, "legality", n, errors) for n in LEGALITY_FIELDS}
            if all(value is not None for value in picked.values()):
                legality_values = picked  # type: ignore[assignment]

    if errors:
        raise ScoringError(errors)

    criteria = []
    for criterion in CRITERIA:
        volume = volume_values[criterion.code]
        denominator = base_values[criterion.denominator]
        exact = percent_of(volume, denominator)
        criteria.append(
            CriterionResult(
                code=criterion.code,
                aspect=criterion.aspect,
                volume=volume,
                denominator=criterion.denominator,
                denominator_value=denominator,
                percent=exact,
                percent_display=percent_display(exact),
                score=band_score(exact),
            )
        )
    by_code = {c.code: c for c in criteria}
    total = sum(c.score for c in criteria)
    level = level_for_total(total)

    other_result = None
    if other_values is not None:
        other_result = _other_result(
            other_values["strategic"],
            other_values["socio_economic"],
            base_values["population"],
            base_values["area_ha"],
        )
    legality_result = None
    if legality_values is not None:
        tenure, fits = legality_values["tenure_clear"], legality_values["fits_spatial_plan"]
        legality_result = LegalityResult(tenure, fits, tenure and fits)
    priority_result = None
    if other_result is not None and legality_result is not None:
        rule = lookup.get((level, other_result.klass, legality_result.legal))
        if rule is not None:
            priority_result = PriorityResult(rule.klass, rule.rank, rule.pattern)

    return Result(
        criteria=tuple(criteria),
        total=total,
        level=level,
        aspects=MappingProxyType({a.number: _aspect_result(a, by_code) for a in ASPECTS}),
        authority=authority_for_area(base_values["area_ha"]),
        other=other_result,
        legality=legality_result,
        priority=priority_result,
    )
