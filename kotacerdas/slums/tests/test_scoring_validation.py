"""Invalid inputs are refused all at once, each error naming its field in Indonesian and English."""

from decimal import Decimal as D

import pytest

from kotacerdas.slums import scoring
from kotacerdas.slums.scoring import FieldError, ScoringError, score
from kotacerdas.slums.tests.reference_scoring import EXAMPLE_BASE, reference_invalid_fields

CODES = scoring.CRITERION_CODES


def valid_inputs() -> tuple[dict, dict]:
    return dict(EXAMPLE_BASE), {code: 0 for code in CODES}


def errors_of(base, volumes, **kwargs) -> list[FieldError]:
    with pytest.raises(ScoringError) as caught:
        score(base, volumes, **kwargs)
    return caught.value.errors


def only_error(base, volumes, **kwargs) -> FieldError:
    errors = errors_of(base, volumes, **kwargs)
    assert len(errors) == 1, errors
    return errors[0]


@pytest.mark.parametrize(
    ("code", "volume", "reason"),
    [
        ("1a", 101, "above_denominator"),  # 101 of 100 buildings
        ("1b", D("10.01"), "above_denominator"),  # 10.01 of 10 ha
        ("2a", -1, "negative"),
        ("3a", "-0.5", "negative"),
        ("4a", "abc", "not_a_number"),
        ("4b", "12,6", "not_a_number"),  # decimal commas are the forms' business
        ("4c", "1e2", "not_a_number"),
        ("5a", "1_000", "not_a_number"),
        ("5b", True, "not_a_number"),
        ("6a", float("nan"), "not_a_number"),
        ("6b", float("inf"), "not_a_number"),
        ("7a", D("NaN"), "not_a_number"),
        ("7b", D("-Infinity"), "not_a_number"),
        ("1c", None, "missing"),
        ("2b", "  ", "missing"),
        ("3b", [5], "not_a_number"),
    ],
)
def test_a_bad_volume_is_an_error_naming_its_criterion(code, volume, reason):
    base, volumes = valid_inputs()
    volumes[code] = volume

    error = only_error(base, volumes)

    assert error.field == f"volumes.{code}"
    assert error.reason == reason
    assert code in error.message_id and code in error.message_en


def test_a_missing_criterion_is_an_error_naming_it():
    base, volumes = valid_inputs()
    del volumes["4c"]

    error = only_error(base, volumes)

    assert (error.field, error.reason) == ("volumes.4c", "missing")
    assert error.message_id.startswith("Volume kriteria 4c")
    assert "wajib diisi" in error.message_id
    assert "is required" in error.message_en


def test_a_volume_with_a_zero_denominator_is_an_error_naming_both():
    base, volumes = valid_inputs()
    base["drain_ideal_m"] = 0
    volumes["4b"] = 12

    error = only_error(base, volumes)

    assert (error.field, error.reason) == ("volumes.4b", "zero_denominator")
    assert "panjang drainase lingkungan ideal" in error.message_id
    assert "bernilai 0" in error.message_id
    assert "ideal drain length" in error.message_en and "is 0" in error.message_en


def test_a_volume_above_its_denominator_says_both_values():
    base, volumes = valid_inputs()
    volumes["3a"] = 120  # of 100 households

    error = only_error(base, volumes)

    assert "120 KK" in error.message_id and "(100)" in error.message_id
    assert "melebihi" in error.message_id
    assert "120 KK" in error.message_en and "more than the number of households" in (
        error.message_en
    )


@pytest.mark.parametrize(
    ("value", "reason"),
    [(-1, "negative"), ("x", "not_a_number"), (None, "missing"), (False, "not_a_number")],
)
def test_a_bad_base_quantity_is_an_error_naming_the_base_field(value, reason):
    base, volumes = valid_inputs()
    base["population"] = value

    error = only_error(base, volumes)

    assert (error.field, error.reason) == ("population", reason)
    assert "penduduk" in error.message_id.lower()
    assert "population" in error.message_en.lower()


def test_an_invalid_denominator_is_reported_once_not_for_every_criterion_using_it():
    base, volumes = valid_inputs()
    base["households"] = -5
    volumes["3a"] = 3  # would be "above the denominator" if the denominator were trusted

    assert [e.field for e in errors_of(base, volumes)] == ["households"]


def test_it_reports_every_error_at_once_in_a_fixed_order():
    base, volumes = valid_inputs()
    base["area_ha"] = "-2"
    del base["buildings"]
    base["road_ideal_m"] = 0
    volumes["1a"] = "lots"
    volumes["2a"] = 5  # zero road_ideal_m
    volumes["3b"] = 101
    volumes["9z"] = 1
    del volumes["7b"]

    errors = errors_of(
        base,
        volumes,
        other={"strategic": 2, "socio_economic": None},
        legality={"tenure_clear": "ya", "fits_spatial_plan": True},
    )

    assert [(e.field, e.reason) for e in errors] == [
        ("area_ha", "negative"),
        ("buildings", "missing"),
        ("volumes.9z", "unknown_field"),
        ("volumes.1a", "not_a_number"),
        ("volumes.2a", "zero_denominator"),
        ("volumes.3b", "above_denominator"),
        ("volumes.7b", "missing"),
        ("other.strategic", "invalid_choice"),
        ("other.socio_economic", "missing"),
        ("legality.tenure_clear", "invalid_choice"),
    ]


def test_every_message_is_bilingual_and_different_per_language():
    base, volumes = valid_inputs()
    base["buildings"] = "many"
    volumes.update({"1b": 11, "2a": -1, "3a": None, "4a": "x"})

    errors = errors_of(base, volumes, other={"strategic": 4, "socio_economic": 1})

    assert len(errors) == 6
    for error in errors:
        assert error.message_id and error.message_en
        assert error.message_id != error.message_en
        assert error.reason


def test_the_error_is_a_value_error_that_lists_its_fields():
    base, volumes = valid_inputs()
    volumes["1a"] = -1
    volumes["1c"] = 1000

    with pytest.raises(ValueError) as caught:
        score(base, volumes)

    assert isinstance(caught.value, ScoringError)
    assert caught.value.fields == ["volumes.1a", "volumes.1c"]
    assert "volumes.1a" in str(caught.value) and "volumes.1c" in str(caught.value)


def test_unknown_base_fields_are_named():
    base, volumes = valid_inputs()
    base["area"] = 5

    error = only_error(base, volumes)

    assert (error.field, error.reason) == ("area", "unknown_field")


@pytest.mark.parametrize("group", ["base", "volumes"])
def test_a_group_that_is_not_a_mapping_is_named(group):
    base, volumes = valid_inputs()
    args = {"base": base, "volumes": volumes, group: [1, 2, 3]}

    errors = errors_of(args["base"], args["volumes"])

    assert (errors[0].field, errors[0].reason) == (group, "not_an_object")


def test_other_and_legality_that_are_not_mappings_are_named():
    errors = errors_of(*valid_inputs(), other="tinggi", legality=True)

    assert [(e.field, e.reason) for e in errors] == [
        ("other", "not_an_object"),
        ("legality", "not_an_object"),
    ]


@pytest.mark.parametrize("value", [2, 0, 6, True, "tinggi", 3.5, None])
def test_other_considerations_must_be_1_3_or_5(value):
    errors = errors_of(*valid_inputs(), other={"strategic": 1, "socio_economic": value})

    assert [e.field for e in errors] == ["other.socio_economic"]
    assert "1, 3 atau 5" in errors[0].message_id or errors[0].reason == "missing"


@pytest.mark.parametrize("value", ["ya", 1, 0, "", None, "+-"])
def test_legality_must_be_plus_minus_or_a_bool(value):
    errors = errors_of(*valid_inputs(), legality={"tenure_clear": True, "fits_spatial_plan": value})

    assert [e.field for e in errors] == ["legality.fits_spatial_plan"]


def test_a_zero_area_is_an_error_only_when_density_is_needed():
    base, volumes = valid_inputs()
    base["area_ha"] = 0
    volumes["1b"] = volumes["4a"] = 0

    assert score(base, volumes).total == 0  # fine without other considerations
    error = only_error(base, volumes, other={"strategic": 1, "socio_economic": 1})
    assert (error.field, error.reason) == ("area_ha", "not_positive")
    assert "kepadatan penduduk" in error.message_id
    assert "density" in error.message_en


def test_the_reference_names_the_same_fields():
    base, volumes = valid_inputs()
    base["drain_ideal_m"] = "0"
    volumes.update({"4b": "0.5", "1a": 1000, "2b": "abc", "6a": None})

    with pytest.raises(ScoringError) as caught:
        score(base, volumes)

    assert set(caught.value.fields) == reference_invalid_fields(base, volumes)
