"""Reduction is derived from published assessments and rolled up by kode prefix."""

import datetime
from decimal import Decimal as D

import pytest

from kotacerdas.review.services import review_transition
from kotacerdas.slums.models import CRITERION_CODES, Assessment, SlumArea, SlumDecree
from kotacerdas.slums.rollups import slum_summary

OESAPA_BARAT, OESAPA, FATUBESI = "53.71.03.1014", "53.71.03.1010", "53.71.06.1008"
ZEROS = {f"v{c}": 0 for c in CRITERION_CODES}


def publish(obj, operator, verifier):
    review_transition(obj=obj, actor=operator, action="submit")
    review_transition(obj=obj, actor=verifier, action="verify")
    review_transition(obj=obj, actor=verifier, action="publish")


@pytest.fixture
def city_operator(regions, django_user_model):
    from kotacerdas.accounts.models import Membership

    user = django_user_model.objects.create_user("perkim_kupang", password="x-123456789")
    Membership.objects.create(user=user, region_id="53.71", role="operator")
    return user


def make_decree(number, year, operator, verifier, publish_it=True):
    decree = SlumDecree.objects.create(
        city_id="53.71", number=number, date=datetime.date(year, 1, 1)
    )
    if publish_it:
        publish(decree, operator, verifier)
    return decree


def make_area(decree, kode, kelurahan, ha, operator, verifier, publish_it=True):
    area = SlumArea.objects.create(
        kode_lokasi=kode, name=kode, kelurahan_id=kelurahan, decree=decree,
        declared_ha=D(ha), typology="tepi_air",
    )  # fmt: skip
    if publish_it:
        publish(area, operator, verifier)
    return area


def assess(area, on, slum_ha, level, operator, verifier, publish_it=True):
    row = Assessment.objects.create(
        area=area, date=on, area_ha=D(slum_ha) or area.declared_ha, buildings=10, households=10,
        population=40, road_ideal_m=100, drain_ideal_m=100, slum_ha=D(slum_ha), level=level,
        **ZEROS,
    )  # fmt: skip
    if publish_it:
        publish(row, operator, verifier)
    return row


@pytest.fixture
def kupang(city_operator, verifier):
    op, ver = city_operator, verifier
    decree = make_decree("SK-1/2016", 2016, op, ver)
    a = make_area(decree, "A", OESAPA_BARAT, "10.00", op, ver)
    b = make_area(decree, "B", OESAPA, "5.50", op, ver)
    c = make_area(decree, "C", FATUBESI, "4.00", op, ver)
    return decree, a, b, c


def test_baseline_is_the_sum_of_declared_hectares_and_current_defaults_to_it(kupang):
    summary = slum_summary("53.71")
    assert (summary.baseline_ha, summary.current_ha, summary.reduced_ha) == (
        D("19.50"), D("19.50"), D("0.00"))  # fmt: skip
    assert summary.areas == 3 and summary.areas_by_level["belum_dinilai"] == 3


def test_a_published_assessment_sets_current_and_tidak_kumuh_counts_as_zero(
    kupang, city_operator, verifier
):
    _, a, b, _ = kupang
    assess(a, datetime.date(2019, 1, 1), "6.40", "ringan", city_operator, verifier)
    assess(b, datetime.date(2019, 1, 1), "0", "tidak_kumuh", city_operator, verifier)
    summary = slum_summary("53.71")
    assert summary.current_ha == D("6.40") + D("0") + D("4.00")
    assert summary.reduced_ha == D("9.10")
    assert summary.areas_by_level["ringan"] == 1 and summary.areas_by_level["tidak_kumuh"] == 1
    assert summary.ha_by_level["ringan"] == D("6.40") and summary.ha_by_level["tidak_kumuh"] == 0
    assert summary.ha_by_level["belum_dinilai"] == D("4.00")
    assert sum(summary.ha_by_level.values()) == summary.current_ha
    staff = slum_summary("53.71", user=verifier)
    assert staff.ha_by_level == summary.ha_by_level


def test_the_latest_published_assessment_wins(kupang, city_operator, verifier):
    _, a, _, _ = kupang
    assess(a, datetime.date(2018, 1, 1), "8.00", "sedang", city_operator, verifier)
    assess(a, datetime.date(2020, 1, 1), "3.00", "ringan", city_operator, verifier)
    assess(a, datetime.date(2019, 1, 1), "7.00", "sedang", city_operator, verifier)
    assert slum_summary(OESAPA_BARAT).current_ha == D("3.00")


def test_unpublished_assessments_change_staff_figures_but_not_public_ones(
    kupang, city_operator, verifier
):
    _, a, _, _ = kupang
    row = assess(a, datetime.date(2021, 1, 1), "2.00", "ringan", city_operator, verifier, False)
    review_transition(obj=row, actor=city_operator, action="submit")
    assert slum_summary("53.71").current_ha == D("19.50")
    assert slum_summary("53.71", user=verifier).current_ha == D("11.50")
    review_transition(obj=row, actor=verifier, action="return", reason="cek luas")
    assert slum_summary("53.71").current_ha == D("19.50")
    review_transition(obj=row, actor=city_operator, action="submit")
    review_transition(obj=row, actor=verifier, action="verify")
    assert slum_summary("53.71").current_ha == D("19.50")
    review_transition(obj=row, actor=verifier, action="publish")
    assert slum_summary("53.71").current_ha == D("11.50")
    review_transition(obj=row, actor=verifier, action="unlock", reason="revisi")
    assert slum_summary("53.71").current_ha == D("19.50")


def test_rollups_follow_the_kode_prefix(kupang, city_operator, verifier):
    _, a, _, _ = kupang
    assess(a, datetime.date(2019, 1, 1), "4.00", "ringan", city_operator, verifier)
    assert slum_summary("53.71.03").baseline_ha == D("15.50")
    assert slum_summary("53.71.03").current_ha == D("9.50")
    assert slum_summary(FATUBESI).baseline_ha == D("4.00")
    assert slum_summary("53").baseline_ha == D("19.50")
    assert slum_summary("0").baseline_ha == D("19.50")
    assert slum_summary("61.72").baseline_ha == D("0")


def test_the_latest_decree_is_in_force_unless_another_is_named(kupang, city_operator, verifier):
    old, *_ = kupang
    new = make_decree("SK-2/2020", 2020, city_operator, verifier)
    make_area(new, "N", OESAPA_BARAT, "7.25", city_operator, verifier)
    assert slum_summary("53.71").baseline_ha == D("7.25")
    assert slum_summary("53.71").decree["number"] == "SK-2/2020"
    assert slum_summary("53.71", decree="SK-1/2016").baseline_ha == D("19.50")
    assert slum_summary("53.71", decree=str(old.pk)).baseline_ha == D("19.50")


def test_unpublished_areas_and_decrees_are_not_public(kupang, city_operator, verifier):
    decree, *_ = kupang
    make_area(decree, "D", OESAPA_BARAT, "9.00", city_operator, verifier, publish_it=False)
    make_decree("SK-3/2024", 2024, city_operator, verifier, publish_it=False)
    summary = slum_summary("53.71")
    assert summary.baseline_ha == D("19.50") and summary.decree["number"] == "SK-1/2016"
    assert slum_summary("53.71", user=verifier).decree["number"] == "SK-3/2024"


def test_an_outsider_operator_sees_only_public_figures_outside_their_kelurahan(
    kupang, operator_b, city_operator, verifier
):
    decree, *_ = kupang
    make_area(decree, "E", OESAPA_BARAT, "9.00", city_operator, verifier, publish_it=False)
    assert slum_summary("53.71", user=operator_b).baseline_ha == D("19.50")


def test_public_summary_query_count_does_not_grow_with_areas(
    kupang, city_operator, verifier, django_assert_max_num_queries
):
    decree, *_ = kupang
    for i in range(15):
        make_area(decree, f"X{i}", OESAPA, "1.00", city_operator, verifier)
    with django_assert_max_num_queries(5):
        slum_summary("53.71")
