from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kotacerdas.works.labour import LabourError, labour_check


def test_singkawang_2020_padat_karya_figures_are_consistent():
    labour = labour_check(
        workers_male=200, workers_female=39, person_days=12_474, wages=1_536_315_000
    )
    assert labour.workers == 239
    assert labour.wage_per_person_day == Decimal("123161")  # 1.536.315.000 / 12.474 = 123.161,38


def test_no_labour_at_all_is_fine_and_has_no_wage_per_hok():
    assert (
        labour_check(workers_male=0, workers_female=0, person_days=0, wages=0).wage_per_person_day
        is None
    )


@pytest.mark.parametrize(
    "figures,field",
    [
        ({"workers_male": 0, "workers_female": 0, "person_days": 10, "wages": 0}, "hok"),
        ({"workers_male": 5, "workers_female": 0, "person_days": 0, "wages": 100}, "upah"),
        ({"workers_male": 10, "workers_female": 2, "person_days": 11, "wages": 0}, "hok"),
        ({"workers_male": -1, "workers_female": 0, "person_days": 0, "wages": 0}, "pekerja_l"),
        ({"workers_male": 1, "workers_female": 0, "person_days": 1, "wages": -5}, "upah"),
        ({"workers_male": 1, "workers_female": 1.5, "person_days": 2, "wages": 0}, "pekerja_p"),
        ({"workers_male": True, "workers_female": 0, "person_days": 2, "wages": 0}, "pekerja_l"),
    ],
)
def test_it_rejects_impossible_combinations_naming_the_field(figures, field):
    with pytest.raises(LabourError) as err:
        labour_check(**figures)
    assert field in [p.field for p in err.value.problems]
    assert all(p.message_id and p.message_en for p in err.value.problems)


@given(
    male=st.integers(0, 500),
    female=st.integers(0, 500),
    extra_days=st.integers(0, 20_000),
    wage=st.integers(1, 300_000),
)
def test_any_consistent_figures_pass_and_wage_per_hok_is_close_to_the_wage(
    male, female, extra_days, wage
):
    workers = male + female
    days = workers + extra_days if workers else 0
    labour = labour_check(
        workers_male=male, workers_female=female, person_days=days, wages=days * wage
    )
    if days:
        assert labour.wage_per_person_day == wage
    else:
        assert labour.wage_per_person_day is None
