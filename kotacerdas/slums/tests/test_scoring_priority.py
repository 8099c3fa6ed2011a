"""Other considerations, land legality, authority, and the priority / handling-pattern table."""

from decimal import Decimal as D

import pytest

from kotacerdas.slums import priority, scoring
from kotacerdas.slums.scoring import (
    DEFAULT_PRIORITY_TABLE,
    PriorityResult,
    PriorityRule,
    PriorityTableError,
    authority_for_area,
    density_score,
    other_class_for_total,
    score,
)
from kotacerdas.slums.tests.reference_scoring import (
    EXAMPLE_BASE,
    inputs_for_scores,
    reference_authority,
    reference_other,
    reference_priority,
)

LEGAL = {"tenure_clear": True, "fits_spatial_plan": True}
NOT_LEGAL = {"tenure_clear": True, "fits_spatial_plan": False}
# a total on each level's lower edge, reached through the criteria
LEVEL_SCORES = {
    "berat": dict.fromkeys(scoring.CRITERION_CODES[:12], 5),  # 60
    "sedang": {**dict.fromkeys(scoring.CRITERION_CODES[:7], 5), "7a": 3},  # 38
    "ringan": {**dict.fromkeys(scoring.CRITERION_CODES[:3], 5), "7b": 1},  # 16
    "tidak_kumuh": dict.fromkeys(scoring.CRITERION_CODES[:3], 5),  # 15
}
# (strategic, people on 10 ha, socio-economic) giving each class of other considerations
OTHER_INPUTS = {
    "rendah": (1, 1000, 1),  # 1 + 1 + 1 = 3
    "sedang": (3, 1600, 1),  # 3 + 3 + 1 = 7
    "tinggi": (5, 2500, 5),  # 5 + 5 + 5 = 15
}


def scored(level="ringan", other_class=None, legality=None, **kwargs):
    base, volumes = inputs_for_scores(LEVEL_SCORES[level])
    other = None
    if other_class is not None:
        strategic, population, socio = OTHER_INPUTS[other_class]
        base["population"] = population
        other = {"strategic": strategic, "socio_economic": socio}
    return score(base, volumes, other=other, legality=legality, **kwargs)


def with_density(population, area_ha, strategic=1, socio_economic=1):
    base, volumes = inputs_for_scores()
    base.update(population=population, area_ha=area_ha)
    volumes["1b"] = volumes["4a"] = 0
    other = {"strategic": strategic, "socio_economic": socio_economic}
    return score(base, volumes, other=other).other


# --- density --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("population", "area_ha", "points"),
    [
        (0, 10, 1),
        (1500, 10, 1),  # 150 per ha
        (1501, 10, 3),  # 150.1
        (1505, 10, 3),  # 150.5: above 150 counts as the 151-200 band
        (2000, 10, 3),  # 200
        (2001, 10, 5),  # 200.1
        (151, 1, 3),
        (201, 1, 5),
        (450, 3, 1),  # exactly 150
        (601, 3, 5),  # 200.33...
    ],
)
def test_population_density_bands_follow_the_regulation(population, area_ha, points):
    other = with_density(population, area_ha)

    assert other.density_score == points
    base = {"population": population, "area_ha": area_ha}
    assert reference_other(base, 1, 1)["density_score"] == points


def test_a_density_a_hair_above_150_is_not_rounded_down_into_the_lowest_band():
    population = D("450." + "0" * 60 + "1")  # 150.000...0333 people per ha on 3 ha

    other = with_density(population, 3)

    assert other.density > 150
    assert other.density_score == 3
    assert other.density_display == D("150.00")


@pytest.mark.parametrize(
    ("density", "points"),
    [(0, 1), (150, 1), (D("150.0000001"), 3), (D("150.5"), 3), (200, 3), (D("200.01"), 5)],
)
def test_density_score_edges(density, points):
    assert density_score(density) == points


def test_density_is_reported_truncated_for_display():
    other = with_density(1000, 3)  # 333.33...

    assert other.density_display == D("333.33")
    assert other.density_score == 5


# --- other considerations -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("total", "klass"),
    [(3, "rendah"), (5, "rendah"), (6, "sedang"), (10, "sedang"), (11, "tinggi"), (15, "tinggi")],
)
def test_other_class_edges(total, klass):
    assert other_class_for_total(total) == klass


@pytest.mark.parametrize("total", [2, 16, True, 7.0])
def test_other_class_refuses_impossible_totals(total):
    with pytest.raises(ValueError):
        other_class_for_total(total)


@pytest.mark.parametrize(
    ("strategic", "population", "socio", "total", "klass"),
    [
        (1, 1000, 1, 3, "rendah"),
        (3, 1000, 1, 5, "rendah"),
        (1, 1600, 3, 7, "sedang"),
        (5, 1000, 3, 9, "sedang"),
        (5, 1000, 5, 11, "tinggi"),
        (3, 2500, 5, 13, "tinggi"),
        (5, 2500, 5, 15, "tinggi"),
    ],
)
def test_other_considerations_add_strategic_density_and_socio_economic(
    strategic, population, socio, total, klass
):
    other = with_density(population, 10, strategic, socio)

    assert (other.strategic, other.socio_economic) == (strategic, socio)
    assert other.total == total
    assert other.klass == klass


def test_other_choices_accept_numeric_text_and_decimals():
    other = with_density(1000, 10, "3", D("5"))

    assert (other.strategic, other.socio_economic, other.total) == (3, 5, 9)


def test_without_other_considerations_there_is_no_other_result():
    assert scored().other is None


# --- legality -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tenure", "fits", "legal"),
    [(True, True, True), (True, False, False), (False, True, False), (False, False, False)],
)
def test_land_is_legal_only_when_tenure_is_clear_and_it_fits_the_spatial_plan(tenure, fits, legal):
    result = scored(legality={"tenure_clear": tenure, "fits_spatial_plan": fits})

    assert result.legality.tenure_clear is tenure
    assert result.legality.fits_spatial_plan is fits
    assert result.legality.legal is legal


def test_legality_accepts_plus_and_minus_as_in_the_import_files():
    result = scored(legality={"tenure_clear": "+", "fits_spatial_plan": " - "})

    assert (result.legality.tenure_clear, result.legality.fits_spatial_plan) == (True, False)
    assert result.legality.legal is False


# --- authority ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("area_ha", "authority"),
    [
        (0, "kota"),
        (D("9.99"), "kota"),
        (10, "provinsi"),
        ("14.99", "provinsi"),
        (D("14.999999999999999999999999999999"), "provinsi"),
        (15, "pusat"),
        (D("74.03"), "pusat"),
    ],
)
def test_authority_by_area(area_ha, authority):
    assert authority_for_area(area_ha) == authority
    assert reference_authority(area_ha) == authority


def test_the_result_carries_the_authority_of_its_area():
    base, volumes = inputs_for_scores()
    base["area_ha"] = D("12.6")

    assert score(base, volumes).authority == "provinsi"


@pytest.mark.parametrize("area_ha", [-1, "abc", None, float("nan")])
def test_authority_refuses_impossible_areas(area_ha):
    with pytest.raises(ValueError):
        authority_for_area(area_ha)


# --- priority -------------------------------------------------------------------------------------
@pytest.mark.parametrize("row", DEFAULT_PRIORITY_TABLE, ids=lambda row: row.klass)
def test_every_cell_of_the_default_table_is_reachable(row):
    result = scored(row.level, row.other_class, LEGAL if row.legal else NOT_LEGAL)

    assert (result.level, result.other.klass, result.legality.legal) == (
        row.level,
        row.other_class,
        row.legal,
    )
    assert result.priority == PriorityResult(row.klass, row.rank, row.pattern)
    assert reference_priority(row.level, row.other_class, row.legal) == {
        "class": row.klass,
        "rank": row.rank,
        "pattern": row.pattern,
    }


def test_the_default_table_covers_all_18_combinations_once():
    keys = {(r.level, r.other_class, r.legal) for r in DEFAULT_PRIORITY_TABLE}

    assert len(DEFAULT_PRIORITY_TABLE) == len(keys) == 18
    assert sorted(r.klass for r in DEFAULT_PRIORITY_TABLE) == [
        f"{letter}{n}" for letter in "ABC" for n in range(1, 7)
    ]
    assert sorted(r.rank for r in DEFAULT_PRIORITY_TABLE) == sorted(list(range(1, 10)) * 2)


def test_land_that_is_not_legal_defaults_to_resettlement():
    for row in DEFAULT_PRIORITY_TABLE:
        assert (row.pattern == "pemukiman_kembali") is (not row.legal)


@pytest.mark.parametrize(
    ("level", "pattern"),
    [("berat", "peremajaan"), ("sedang", "peremajaan"), ("ringan", "pemugaran")],
)
def test_legal_land_is_renewed_or_restored_in_place_by_level(level, pattern):
    assert scored(level, "sedang", LEGAL).priority.pattern == pattern


@pytest.mark.parametrize("legality", [LEGAL, NOT_LEGAL])
def test_a_location_that_is_no_longer_a_slum_gets_no_priority(legality):
    result = scored("tidak_kumuh", "tinggi", legality)

    assert result.level == "tidak_kumuh"
    assert result.other is not None and result.legality is not None
    assert result.priority is None


def test_the_priority_needs_both_other_considerations_and_legality():
    assert scored("berat", "tinggi", None).priority is None
    assert scored("berat", None, LEGAL).priority is None
    assert scored("berat", "tinggi", LEGAL).priority.klass == "A1"


def test_a_custom_table_is_honoured():
    table = [
        PriorityRule("berat", "tinggi", True, "P1", 1, "pemugaran"),
        ("berat", "tinggi", False, "P2", 2, "peremajaan"),
        {
            "level": "ringan",
            "other_class": "rendah",
            "legal": True,
            "klass": "P9",
            "rank": 9,
            "pattern": "pemukiman_kembali",
        },
    ]

    assert scored("berat", "tinggi", LEGAL, priority_table=table).priority == PriorityResult(
        "P1", 1, "pemugaran"
    )
    assert scored("berat", "tinggi", NOT_LEGAL, priority_table=table).priority.klass == "P2"
    assert scored("ringan", "rendah", LEGAL, priority_table=table).priority.rank == 9
    # a combination the custom table leaves out has no priority
    assert scored("sedang", "tinggi", LEGAL, priority_table=table).priority is None


def test_a_custom_table_can_cover_locations_that_are_no_longer_slums():
    table = [*DEFAULT_PRIORITY_TABLE, ("tidak_kumuh", "tinggi", True, "D1", 10, "pemugaran")]

    assert scored("tidak_kumuh", "tinggi", LEGAL, priority_table=table).priority.klass == "D1"


@pytest.mark.parametrize(
    "table",
    [
        [("parah", "tinggi", True, "A1", 1, "peremajaan")],  # unknown level
        [("berat", "besar", True, "A1", 1, "peremajaan")],  # unknown other class
        [("berat", "tinggi", "ya", "A1", 1, "peremajaan")],  # legal not a bool
        [("berat", "tinggi", True, "", 1, "peremajaan")],  # empty class
        [("berat", "tinggi", True, "A1-VERY-LONG", 1, "peremajaan")],  # longer than stored
        [("berat", "tinggi", True, "A1", 0, "peremajaan")],  # rank from 1
        [("berat", "tinggi", True, "A1", True, "peremajaan")],
        [("berat", "tinggi", True, "A1", 1, "gusur")],  # unknown pattern
        [("berat", "tinggi", True, "A1", 1)],  # too short
        [{"level": "berat"}],  # missing keys
        [("berat", "tinggi", True, "A1", 1, "peremajaan")] * 2,  # duplicate combination
        {"berat": "A1"},  # not a sequence of rows
    ],
)
def test_a_malformed_table_is_refused(table):
    with pytest.raises(PriorityTableError):
        scored("berat", "tinggi", LEGAL, priority_table=table)


def test_lookup_priority_reads_the_default_table():
    assert priority.lookup_priority("sedang", "rendah", False) == PriorityRule(
        "sedang", "rendah", False, "B6", 8, "pemukiman_kembali"
    )
    assert priority.lookup_priority("tidak_kumuh", "rendah", True) is None
    assert set(priority.PATTERN_LABELS) == set(priority.PATTERNS)


def test_the_priority_appears_in_the_json_result():
    data = scored("sedang", "tinggi", LEGAL).as_dict()

    assert data["priority"] == {"class": "B1", "rank": 2, "pattern": "peremajaan"}
    assert data["other"]["class"] == "tinggi"
    assert data["legality"]["legal"] is True


def test_example_base_is_not_mutated_by_the_helpers():
    scored("berat", "tinggi", LEGAL)

    assert EXAMPLE_BASE["population"] == 1000
