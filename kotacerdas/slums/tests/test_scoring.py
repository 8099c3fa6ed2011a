"""The 16 criteria of Permen PUPR 14/PRT/M/2018: percentages, bands, totals, levels, results."""

import ast
import dataclasses
import json
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from kotacerdas.slums import scoring
from kotacerdas.slums.scoring import (
    band_score,
    level_for_total,
    percent_display,
    percent_of,
    score,
)
from kotacerdas.slums.tests.reference_scoring import (
    DENOMINATOR_OF,
    EXAMPLE_BASE,
    inputs_for_scores,
    reference_score,
)

CODES = scoring.CRITERION_CODES
PURE_MODULES = ("scoring", "scoring_inputs", "scoring_results", "regulation", "priority")


def zero_volumes() -> dict:
    return {code: 0 for code in CODES}


def score_one(code: str, volume, denominator):
    """Score ``code`` alone with ``volume`` over ``denominator`` (other criteria 0)."""
    base = dict(EXAMPLE_BASE, **{DENOMINATOR_OF[code]: denominator})
    volumes = dict(zero_volumes(), **{code: volume})
    return score(base, volumes).criterion(code)


def scores_summing_to(total: int) -> dict[str, int]:
    """Criterion scores (5s first, then a 3 and/or 1s) that add up to ``total``."""
    fives, rest = divmod(total, 5)
    values = [5] * fives + {0: [], 1: [1], 2: [1, 1], 3: [3], 4: [3, 1]}[rest]
    assert len(values) <= len(CODES)
    return dict(zip(CODES, values, strict=False))


# --- percentages ----------------------------------------------------------------------------------
def test_it_scores_exactly_76_percent_as_5():
    result = score_one("1b", D("7.6"), D("10"))  # 7.6 of 10 ha

    assert result.percent == 76
    assert result.percent_display == D("76.00")
    assert result.score == 5


def test_it_scores_76_percent_made_of_binary_unfriendly_floats_as_5():
    # 2.28 / 3.0 * 100 is 75.99999999999999 in float arithmetic
    assert 2.28 / 3.0 * 100 < 76
    result = score_one("7a", 2.28, 3.0)

    assert result.percent == 76
    assert result.score == 5


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(
    ("volume", "shown", "points"),
    [
        (D("0"), "0.00", 0),
        (D("24.99"), "24.99", 0),
        (D("25"), "25.00", 1),
        (D("50.99"), "50.99", 1),
        (D("51"), "51.00", 3),
        (D("75.99"), "75.99", 3),
        (D("76"), "76.00", 5),
        (D("100"), "100.00", 5),
    ],
)
def test_it_scores_every_band_edge_of_every_criterion(code, volume, shown, points):
    result = score_one(code, volume, D("100"))

    assert result.percent_display == D(shown)
    assert result.score == points


@pytest.mark.parametrize(
    ("volume", "denominator", "points"),
    [
        (D("5.32"), 7, 5),  # 76 % of 7 exactly
        (D("5.31"), 7, 3),
        (D("3.57"), 7, 3),  # 51 %
        (D("3.56"), 7, 1),
        (D("1.75"), 7, 1),  # 25 %
        (D("1.74"), 7, 0),
        (19, 25, 5),  # 76 % of 25 buildings
        (18, 25, 3),  # 72 %
    ],
)
def test_it_scores_band_edges_with_denominators_other_than_100(volume, denominator, points):
    assert score_one("1a", volume, denominator).score == points


def test_it_never_rounds_a_percentage_up_onto_a_threshold():
    # 76 % of 3 m is 2.28 m; a hair less is 75.999... % even at 40 digits
    volume = D("2.27" + "9" * 40)
    result = score_one("2a", volume, 3)

    assert result.percent < 76
    assert result.score == 3
    assert result.percent_display == D("75.99")


def test_it_keeps_the_exact_percentage_and_truncates_only_the_display():
    result = score_one("3a", 2, 3)  # 66.666... %

    assert result.percent > D("66.6666666666666666666666666666")
    assert result.percent_display == D("66.66")  # truncated, not rounded to 66.67


def test_percent_of_divides_exactly():
    assert percent_of(D("7.6"), 10) == 76
    assert percent_of("1", "8") == D("12.5")
    assert percent_of(0, 0) == 0


def test_percent_of_refuses_a_volume_with_a_zero_denominator_and_negative_input():
    with pytest.raises(ValueError):
        percent_of(1, 0)
    with pytest.raises(ValueError):
        percent_of(-1, 10)
    with pytest.raises(ValueError):
        percent_of("abc", 10)


@pytest.mark.parametrize(
    ("percent", "shown"),
    [
        (D("75.999"), "75.99"),
        (D("33.335"), "33.33"),
        (D("50.999999999"), "50.99"),
        (D("0.009"), "0.00"),
        (76, "76.00"),
        (D("100"), "100.00"),
    ],
)
def test_percent_display_truncates_to_two_decimals(percent, shown):
    displayed = percent_display(percent)

    assert displayed == D(shown)
    assert str(displayed) == shown


def test_percent_display_refuses_floats_and_non_finite_values():
    with pytest.raises(TypeError):
        percent_display(75.5)
    with pytest.raises(TypeError):
        percent_display(True)
    with pytest.raises(ValueError):
        percent_display(D("NaN"))


# --- bands and levels -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("percent", "points"),
    [
        (D("0"), 0),
        (D("24.99"), 0),
        (D("24.999999999999999999999999999999999"), 0),
        (D("25"), 1),
        (D("50.99"), 1),
        (D("51"), 3),
        (D("75.99"), 3),
        (D("76"), 5),
        (D("100"), 5),
        (76, 5),
    ],
)
def test_band_score_follows_the_regulation(percent, points):
    assert band_score(percent) == points


def test_band_score_refuses_floats_and_bools():
    with pytest.raises(TypeError):
        band_score(76.0)
    with pytest.raises(TypeError):
        band_score(True)


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (0, "tidak_kumuh"),
        (15, "tidak_kumuh"),
        (16, "ringan"),
        (37, "ringan"),
        (38, "sedang"),
        (59, "sedang"),
        (60, "berat"),
        (80, "berat"),
    ],
)
def test_level_for_total_uses_the_official_edges(total, level):
    assert level_for_total(total) == level


@pytest.mark.parametrize("total", [-1, 81, True, 15.0, "15"])
def test_level_for_total_refuses_impossible_totals(total):
    with pytest.raises(ValueError):
        level_for_total(total)


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (0, "tidak_kumuh"),
        (15, "tidak_kumuh"),
        (16, "ringan"),
        (37, "ringan"),
        (38, "sedang"),
        (59, "sedang"),
        (60, "berat"),
        (80, "berat"),
    ],
)
def test_it_reaches_every_level_edge_through_the_criteria(total, level):
    base, volumes = inputs_for_scores(scores_summing_to(total))

    result = score(base, volumes)

    assert result.total == total
    assert result.level == level
    assert reference_score(base, volumes)["level"] == level


def test_the_total_is_the_sum_of_the_sixteen_scores():
    wanted = {"1a": 5, "2b": 3, "3a": 1, "4c": 5, "7b": 3}
    base, volumes = inputs_for_scores(wanted)

    result = score(base, volumes)

    assert result.scores == {code: wanted.get(code, 0) for code in CODES}
    assert result.total == 17
    assert result.level == "ringan"


# --- zero denominators ----------------------------------------------------------------------------
def test_a_zero_denominator_with_zero_volume_scores_0():
    base = dict(EXAMPLE_BASE, drain_ideal_m=0)  # a location with no drains planned at all
    result = score(base, zero_volumes())

    for code in ("4b", "4c"):
        criterion = result.criterion(code)
        assert criterion.percent == 0
        assert criterion.percent_display == D("0.00")
        assert criterion.score == 0


def test_a_location_with_every_base_quantity_zero_scores_0():
    base = {name: 0 for name in scoring.BASE_FIELDS}

    result = score(base, zero_volumes())

    assert result.total == 0
    assert result.level == "tidak_kumuh"
    assert result.authority == "kota"


# --- numbers in other forms -----------------------------------------------------------------------
def test_it_accepts_numeric_strings():
    base = {name: str(value) for name, value in EXAMPLE_BASE.items()}
    base["area_ha"] = "12.6"
    volumes = {code: "0" for code in CODES}
    volumes["4a"] = " 9.576 "  # 76 % of 12.6 ha, spaces trimmed

    result = score(base, volumes)

    assert result.criterion("4a").percent == 76
    assert result.criterion("4a").score == 5
    assert result.authority == "provinsi"


def test_it_accepts_floats_through_their_decimal_text():
    base = {name: float(value) for name, value in EXAMPLE_BASE.items()}
    volumes = dict(zero_volumes(), **{"1b": 7.6, "1a": 0.1 + 0.2})

    result = score(base, volumes)

    assert result.criterion("1b").volume == D("7.6")  # not 7.59999999999999964...
    assert result.criterion("1b").percent == 76
    assert result.criterion("1b").score == 5
    assert result.criterion("1a").volume == D("0.30000000000000004")


def test_negative_zero_is_zero():
    result = score_one("1a", D("-0"), 100)

    assert result.volume == 0
    assert str(result.percent_display) == "0.00"


# --- aspects --------------------------------------------------------------------------------------
def test_aspect_averages_are_exact_before_truncation():
    base = dict(EXAMPLE_BASE, road_ideal_m=3)
    volumes = dict(zero_volumes(), **{"2a": 1, "2b": 2})  # 33.33...% and 66.66...%

    aspect = score(base, volumes).aspects[2]

    assert aspect.code == "jalan"
    assert aspect.criteria == ("2a", "2b")
    assert aspect.percent_average == D("50.00")  # not 49.99 from adding truncated parts
    assert aspect.score_total == 4
    assert aspect.score_average == D("2.00")


def test_aspect_score_average_is_truncated_to_two_decimals():
    base, volumes = inputs_for_scores({"1a": 5, "1b": 3, "1c": 5})

    aspect = score(base, volumes).aspects[1]

    assert aspect.score_total == 13
    assert aspect.score_average == D("4.33")
    assert aspect.percent_average == D("67.66")  # (76 + 51 + 76) / 3 = 67.666...


def test_every_aspect_is_reported_in_order():
    result = score(*inputs_for_scores())

    assert list(result.aspects) == [1, 2, 3, 4, 5, 6, 7]
    assert [a.code for a in result.aspects.values()] == [
        "bangunan",
        "jalan",
        "air_minum",
        "drainase",
        "air_limbah",
        "persampahan",
        "proteksi_kebakaran",
    ]


# --- the result object ----------------------------------------------------------------------------
def test_the_result_lists_criteria_in_the_official_order_and_is_frozen():
    result = score(*inputs_for_scores({"1a": 5}))

    assert [c.code for c in result.criteria] == list(CODES)
    assert result.criterion("1a").denominator == "buildings"
    with pytest.raises(KeyError):
        result.criterion("8a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.total = 80
    with pytest.raises(TypeError):
        result.aspects[1] = None


def test_as_dict_is_json_ready_with_decimals_as_text():
    base, volumes = inputs_for_scores({"1b": 5, "2a": 3})
    result = score(
        base,
        volumes,
        other={"strategic": 5, "socio_economic": 5},
        legality={"tenure_clear": True, "fits_spatial_plan": False},
    )

    data = json.loads(json.dumps(result.as_dict()))

    first = data["criteria"][1]
    assert first == {
        "code": "1b",
        "aspect": 1,
        "volume": "7.6",
        "denominator": "area_ha",
        "denominator_value": "10",
        "percent": "76.00",
        "score": 5,
    }
    assert data["total"] == 8
    assert data["level"] == "tidak_kumuh"
    assert data["authority"] == "provinsi"
    assert data["other"]["class"] == "tinggi"
    assert data["other"]["density"] == "100.00"
    assert data["legality"] == {"tenure_clear": True, "fits_spatial_plan": False, "legal": False}
    assert data["priority"] is None  # not a slum: no priority class
    assert [a["number"] for a in data["aspects"]] == [1, 2, 3, 4, 5, 6, 7]


# --- the regulation's data ------------------------------------------------------------------------
def test_the_criteria_table_matches_the_design():
    expected = {
        "1a": (1, "unit", "buildings"),
        "1b": (1, "ha", "area_ha"),
        "1c": (1, "unit", "buildings"),
        "2a": (2, "m", "road_ideal_m"),
        "2b": (2, "m", "road_ideal_m"),
        "3a": (3, "KK", "households"),
        "3b": (3, "KK", "households"),
        "4a": (4, "ha", "area_ha"),
        "4b": (4, "m", "drain_ideal_m"),
        "4c": (4, "m", "drain_ideal_m"),
        "5a": (5, "KK", "households"),
        "5b": (5, "KK", "households"),
        "6a": (6, "KK", "households"),
        "6b": (6, "KK", "households"),
        "7a": (7, "unit", "buildings"),
        "7b": (7, "unit", "buildings"),
    }

    actual = {c.code: (c.aspect, c.unit, c.denominator) for c in scoring.CRITERIA}

    assert actual == expected
    for aspect in scoring.ASPECTS:
        assert aspect.criteria == tuple(c for c, v in expected.items() if v[0] == aspect.number)


def test_every_criterion_and_aspect_is_named_and_explained_in_both_languages():
    for c in scoring.CRITERIA:
        assert c.name_id and c.name_en and c.name_id != c.name_en
        assert c.explanation_id.endswith(".") and c.explanation_en.endswith(".")
    for a in scoring.ASPECTS:
        assert a.name_id and a.name_en
    assert set(scoring.LEVEL_LABELS) == set(scoring.LEVELS)
    assert scoring.LEVEL_LABELS["berat"] == ("Kumuh berat", "Heavy slum")
    assert scoring.BASE_FIELDS == (
        "area_ha",
        "buildings",
        "households",
        "population",
        "road_ideal_m",
        "drain_ideal_m",
    )


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
    return names


@pytest.mark.parametrize("module", PURE_MODULES)
def test_the_scoring_modules_import_nothing_from_django(module):
    path = Path(scoring.__file__).with_name(f"{module}.py")

    imported = _imported_modules(path)

    assert not any(name == "django" or name.startswith("django.") for name in imported)


def test_importing_scoring_loads_no_django_module():
    code = (
        "import sys; import kotacerdas.slums.scoring; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    repo = Path(scoring.__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=repo,
    )

    assert out.stdout.strip() == "[]"
