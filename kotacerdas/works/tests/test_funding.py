import pytest

from kotacerdas.works.funding import FundingError, funding_split, funding_total


def test_the_total_is_the_sum_of_the_split_and_missing_sources_are_zero():
    split = funding_split({"dana_apbn": 20_190_000_000, "dana_swadaya": "1.500.000"})
    assert split["apbn"] == 20_190_000_000 and split["swadaya"] == 1_500_000
    assert split["dak"] == 0
    assert funding_total(split) == 20_191_500_000


def test_singkawang_2020_budget_adds_up_to_rp_22_19_miliar():
    parts = [
        funding_split({"dana_apbn": 20_190_000_000}),
        funding_split({"dana_apbn": 2_000_000_000}),
    ]
    assert sum(funding_total(p) for p in parts) == 22_190_000_000


@pytest.mark.parametrize("bad", [-1, "12,5", "1e6", "abc", 1.5, True, 10**16])
def test_it_refuses_amounts_that_are_not_whole_non_negative_rupiah(bad):
    with pytest.raises(FundingError) as err:
        funding_split({"dana_dak": bad})
    (problem,) = err.value.problems
    assert problem.field == "dana_dak" and problem.message_id and problem.message_en


def test_every_bad_source_is_named_at_once():
    with pytest.raises(FundingError) as err:
        funding_split({"dana_apbn": -5, "dana_lainnya": "x"})
    assert [p.field for p in err.value.problems] == ["dana_apbn", "dana_lainnya"]
