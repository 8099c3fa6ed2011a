"""Property-based tests: ``score()`` against the independent Fraction reference, and invariants."""

import json
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from kotacerdas.slums.scoring import (
    LEVELS,
    ScoringError,
    band_score,
    level_for_total,
    percent_display,
    score,
)
from kotacerdas.slums.tests.reference_scoring import (
    BASE,
    DENOMINATOR_OF,
    reference_invalid_fields,
    reference_other,
    reference_priority,
    reference_score,
)

PROPERTY = settings(max_examples=300, deadline=None)
EDGES = (0, 25, 51, 76, 100)
BAD_VALUES = (-1, "-0.01", "abc", "12,5", "1e3", None, "", True, float("nan"), D("Infinity"), [])


# Strategies are built once: building them inside the composites below costs more than scoring.
SCALES = st.integers(0, 3)
UNITS = st.integers(0, 10**6)
KINDS = st.sampled_from(["edge", "below", "above", "anywhere"])
EDGE_PERCENTS = st.sampled_from(EDGES)
FRACTIONS = st.integers(0, 10**6)
FORMS = st.sampled_from(["decimal", "int", "text", "float"])


def draw_quantity(draw) -> D:
    """A non-negative Decimal with 0-3 decimals, up to a million."""
    return D(draw(UNITS)).scaleb(-draw(SCALES))


def draw_volume(draw, denominator: D) -> D:
    """A valid volume for ``denominator``: often exactly on a band edge or a hair beside it."""
    if denominator == 0:
        return D(0)
    kind = draw(KINDS)
    step = D(1).scaleb(denominator.as_tuple().exponent - draw(SCALES))
    if kind == "anywhere":
        return step * (draw(FRACTIONS) % (int(denominator / step) + 1))
    edge = denominator * draw(EDGE_PERCENTS) / 100
    if kind == "below":
        edge -= step * D("0.01")
    elif kind == "above":
        edge += step * D("0.01")
    return min(max(edge, D(0)), denominator)


def draw_presented(draw, value: D):
    """``value`` as a Decimal, an int, plain text or a float, as callers may send it."""
    form = draw(FORMS)
    if form == "int" and value == value.to_integral_value():
        return int(value)
    if form == "text":
        return format(value, "f")
    if form == "float" and len(value.normalize().as_tuple().digits) <= 15:
        return float(value)
    return value


def draw_exact_case(draw) -> tuple[dict, dict]:
    """Valid (base, volumes) as Decimals."""
    base = {name: draw_quantity(draw) for name in BASE}
    volumes = {code: draw_volume(draw, base[name]) for code, name in DENOMINATOR_OF.items()}
    return base, volumes


def draw_presented_case(draw, base: dict, volumes: dict) -> tuple[dict, dict]:
    return (
        {name: draw_presented(draw, value) for name, value in base.items()},
        {code: draw_presented(draw, value) for code, value in volumes.items()},
    )


@st.composite
def valid_cases(draw):
    """Valid (base, volumes) in the mixed forms callers send."""
    return draw_presented_case(draw, *draw_exact_case(draw))


@PROPERTY
@given(valid_cases())
def test_score_agrees_with_the_independent_reference(case):
    base, volumes = case

    result = score(base, volumes)
    expected = reference_score(base, volumes)

    assert result.scores == expected["criteria"]
    assert result.total == expected["total"]
    assert result.level == expected["level"]
    assert {c.code: str(c.percent_display) for c in result.criteria} == expected["percent_display"]


@PROPERTY
@given(valid_cases())
def test_the_total_is_the_sum_of_the_scores_and_stays_within_0_to_80(case):
    result = score(*case)

    assert result.total == sum(c.score for c in result.criteria)
    assert 0 <= result.total <= 80
    assert result.level == level_for_total(result.total)
    assert sum(a.score_total for a in result.aspects.values()) == result.total
    for c in result.criteria:
        assert 0 <= c.percent_display <= c.percent <= 100
        assert band_score(c.percent_display) == c.score
    assert json.loads(json.dumps(result.as_dict()))["total"] == result.total


@PROPERTY
@given(st.integers(0, 80), st.integers(0, 80))
def test_the_level_never_gets_lighter_as_the_total_grows(a, b):
    low, high = sorted((a, b))

    assert LEVELS.index(level_for_total(high)) <= LEVELS.index(level_for_total(low))


@PROPERTY
@given(
    st.one_of(
        st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False),
        st.integers(0, 99).map(lambda n: D(n) + 1 - D("1e-30")),  # just under an integer
        st.sampled_from([D(e) for e in EDGES]),
    )
)
def test_the_displayed_percentage_never_crosses_a_band_boundary(percent):
    shown = percent_display(percent)

    assert band_score(shown) == band_score(percent)
    assert shown <= percent < shown + D("0.01")
    assert shown.as_tuple().exponent == -2


BAD = st.sampled_from(BAD_VALUES)
SOME_BASE = st.sets(st.sampled_from(BASE), max_size=3)
SOME_CODES = st.sets(st.sampled_from(sorted(DENOMINATOR_OF)), max_size=3)
UNKNOWN_CODES = st.sampled_from(["8a", "1d", "1A"])
OTHERS = st.none() | st.fixed_dictionaries(
    {
        "strategic": st.sampled_from([1, 3, 5, 2, "5", None]),
        "socio_economic": st.sampled_from([1, 3, 5, 0, True]),
    }
)
LEGALITIES = st.none() | st.fixed_dictionaries(
    {
        "tenure_clear": st.sampled_from([True, False, "+", "-", "ya", 1]),
        "fits_spatial_plan": st.sampled_from([True, False, "+", None]),
    }
)


@st.composite
def invalid_cases(draw):
    exact_base, exact_volumes = draw_exact_case(draw)
    for code in draw(SOME_CODES):
        # more than its denominator (with a zero denominator: a volume it cannot have)
        exact_volumes[code] = exact_base[DENOMINATOR_OF[code]] + D("0.5")
    base, volumes = draw_presented_case(draw, exact_base, exact_volumes)
    for name in draw(SOME_BASE):
        if draw(st.booleans()):
            base[name] = draw(BAD)
        else:
            del base[name]
    for code in draw(SOME_CODES):
        if draw(st.booleans()):
            volumes[code] = draw(BAD)
        else:
            del volumes[code]
    if draw(st.booleans()):
        volumes[draw(UNKNOWN_CODES)] = 1
    return base, volumes, draw(OTHERS), draw(LEGALITIES)


@PROPERTY
@given(invalid_cases())
def test_every_invalid_field_is_named_exactly_as_the_reference_expects(case):
    base, volumes, other, legality = case
    expected = reference_invalid_fields(base, volumes, other, legality)

    try:
        score(base, volumes, other=other, legality=legality)
    except ScoringError as error:
        assert set(error.fields) == expected
        assert len(error.fields) == len(expected)  # one error per field
        assert all(e.message_id and e.message_en for e in error.errors)
    else:
        assert expected == set()


@PROPERTY
@given(
    valid_cases(),
    st.integers(0, 10**5),
    st.integers(1, 10**6).map(lambda units: D(units) / 100),
    st.sampled_from([1, 3, 5]),
    st.sampled_from([1, 3, 5]),
    st.booleans(),
    st.booleans(),
)
def test_other_considerations_and_priority_agree_with_the_reference(
    case, population, area, strategic, socio, tenure, fits
):
    base, volumes = case
    base["population"] = population
    if D(str(base["area_ha"])) == 0:
        base["area_ha"] = area
        volumes["1b"] = volumes["4a"] = 0
    other = {"strategic": strategic, "socio_economic": socio}
    legality = {"tenure_clear": tenure, "fits_spatial_plan": fits}

    result = score(base, volumes, other=other, legality=legality)
    expected = reference_other(base, strategic, socio)

    assert result.other.density_score == expected["density_score"]
    assert result.other.total == expected["total"]
    assert result.other.klass == expected["class"]
    assert result.legality.legal is (tenure and fits)
    wanted = reference_priority(result.level, result.other.klass, tenure and fits)
    if wanted is None:
        assert result.priority is None
    else:
        assert result.priority.klass == wanted["class"]
        assert result.priority.rank == wanted["rank"]
        assert result.priority.pattern == wanted["pattern"]
