"""The demo reproduces the source articles' figures exactly, through the public API."""

import io

import pytest
from django.core.management import call_command

from kotacerdas.review.models import ReviewHistory
from kotacerdas.slums.models import Assessment, SlumArea
from kotacerdas.slums.services import assessment_compute


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load-demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        from django.core.management import call_command as cc

        cc("flush", interactive=False, verbosity=0)


pytestmark = pytest.mark.django_db


def test_singkawang_sk_2020_in_force_58_57_to_56_23(demo, client):
    reply = client.get("/api/v1/regions/61.72/summary").json()
    assert (reply["baseline_ha"], reply["current_ha"], reply["reduced_ha"]) == (58.57, 56.23, 2.34)
    assert reply["decree"]["date"].startswith("2020")
    assert reply["areas"] == 6


def test_singkawang_sk_2016_74_03_to_34_08(demo, client):
    decree = client.get("/api/v1/regions/61.72/summary").json()["decrees"][0]
    older = SlumArea.objects.filter(decree__city_id="61.72").exclude(decree_id=decree["id"])
    number = older.first().decree.number
    reply = client.get("/api/v1/regions/61.72/summary", {"decree": number}).json()
    assert (reply["baseline_ha"], reply["current_ha"], reply["reduced_ha"]) == (74.03, 34.08, 39.95)


def test_singkawang_reduction_after_2020_is_in_roban_and_kuala(demo, client):
    roban = client.get("/api/v1/regions/61.72.01.1001/summary").json()
    kuala = client.get("/api/v1/regions/61.72.02.1004/summary").json()
    assert round(roban["reduced_ha"] + kuala["reduced_ha"], 2) == 2.34
    assert roban["reduced_ha"] > 0 and kuala["reduced_ha"] > 0


def test_kupang_decree_93d_has_14_locations_and_44_84_ha_in_three_priority_groups(demo, client):
    reply = client.get("/api/v1/regions/53.71/summary").json()
    assert reply["decree"]["number"] == "93D/KEP/HK/2016"
    assert reply["areas"] == 14 and reply["baseline_ha"] == 44.84
    groups = {}
    for area in SlumArea.objects.filter(decree__number="93D/KEP/HK/2016"):
        groups[area.priority_group] = groups.get(area.priority_group, 0) + area.declared_ha
    assert {k: str(v) for k, v in groups.items()} == {1: "21.83", 2: "18.67", 3: "4.34"}


def test_every_demo_record_is_published_through_the_review_workflow(demo):
    assert not SlumArea.objects.exclude(review_state="published").exists()
    assert ReviewHistory.objects.filter(action="publish").count() >= SlumArea.objects.count()


def test_every_demo_assessment_stores_what_recomputing_gives(demo):
    assessments = list(Assessment.objects.select_related("area"))
    assert len(assessments) >= 14 + 12
    for assessment in assessments:
        fresh = assessment_compute(assessment)
        for field, value in fresh.items():
            assert getattr(assessment, field) == value, (assessment, field)


def test_synthetic_values_are_labelled(demo):
    assert not SlumArea.objects.filter(synthetic_note="").exists()
    assert not Assessment.objects.filter(synthetic_note="").exists()


def test_load_demo_twice_changes_nothing(demo):
    before = (SlumArea.objects.count(), Assessment.objects.count(), ReviewHistory.objects.count())
    call_command("load-demo", stdout=io.StringIO())
    after = (SlumArea.objects.count(), Assessment.objects.count(), ReviewHistory.objects.count())
    assert before == after
