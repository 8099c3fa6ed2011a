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
English (``kotacerdas.slums.scoring_inputs``). The data (criteria, aspects, labels) lives in
``kotacerdas.slums.regulation``, the results in ``kotacerdas.slums.scoring_results``; this module
re-exports what callers need. No Django import. See ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
    CRITERION_CODES,
    DENSITY_BANDS,
    DENSITY_TOP_SCORE,
    LEVEL_LABELS,
    LEVEL_MIN_TOTAL,
    LEVELS,
    MAX_TOTAL,
    OTHER_CLASS_LABELS,
    OTHER_CLASSES,
    OTHER_MIN_TOTAL,
    SCORE_BANDS,
    Aspect,
    Criterion,
)
from kotacerdas.slums.scoring_inputs import FieldError, Number, ScoringError, coerce, read_inputs
from kotacerdas.slums.scoring_results import (
    AspectResult,
    CriterionResult,
    LegalityResult,
    OtherResult,
    PriorityResult,
    Result,
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
    "Number",
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

PRECISION = 50  # significant digits of every division, at least
_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


# --- numbers --------------------------------------------------------------------------------------
def _context(prec: int, rounding: str, *, exact: bool = False) -> Context:
    traps = [InvalidOperation, DivisionByZero, Overflow] + ([Inexact] if exact else [])
    return Context(prec=prec, rounding=rounding, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=traps)


def _digits(*values: Decimal) -> int:
    return sum(len(v.as_tuple().digits) for v in values)


def _number(value: object, name: str = "value") -> Decimal:
    """A non-negative Decimal, or ValueError (for the single-value helpers below)."""
    number = coerce(value)
    if number is None:
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if number < 0:
        raise ValueError(f"{name} must not be negative, got {value!r}")
    return number.copy_abs()  # drops the sign of -0


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
    inputs = read_inputs(base, volumes, other, legality)
    base_values, volume_values = inputs.base, inputs.volumes

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
    if inputs.other is not None:
        other_result = _other_result(
            inputs.other["strategic"],
            inputs.other["socio_economic"],
            base_values["population"],
            base_values["area_ha"],
        )
    legality_result = None
    if inputs.legality is not None:
        tenure, fits = inputs.legality["tenure_clear"], inputs.legality["fits_spatial_plan"]
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
