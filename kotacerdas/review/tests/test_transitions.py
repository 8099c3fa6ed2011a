"""Review transitions through the service, on a real reviewable record (a slum area).

Personas: operator of Oesapa Barat (in scope), operator of Fatubesi (outsider), Kupang verifier,
city admin, province viewer, and the public.
"""

import datetime
from decimal import Decimal

import pytest

from kotacerdas.accounts.models import Membership
from kotacerdas.review.errors import InvalidTransition, NotAllowed, RecordLocked, StaleEdit
from kotacerdas.review.models import ChangeLogEntry, PublishedDataVersion, ReviewHistory
from kotacerdas.review.services import (
    history_of,
    review_transition,
    reviewable_create,
    reviewable_delete,
    reviewable_update,
)
from kotacerdas.slums.models import SlumArea, SlumDecree

OESAPA_BARAT = "53.71.03.1014"


@pytest.fixture
def decree(regions):
    return SlumDecree.objects.create(
        city_id="53.71", number="93D/KEP/HK/2016", date=datetime.date(2016, 5, 2)
    )


@pytest.fixture
def area(decree, operator_a):
    return reviewable_create(
        model=SlumArea,
        actor=operator_a,
        values={
            "kode_lokasi": "53.71.03.1014-2016-01",
            "name": "Oesapa Barat",
            "kelurahan_id": OESAPA_BARAT,
            "decree": decree,
            "declared_ha": Decimal("2.10"),
            "typology": "tepi_air",
        },
    )


def test_operator_submits_and_a_history_row_records_who_when_from_to(area, operator_a):
    review_transition(obj=area, actor=operator_a, action="submit")
    area.refresh_from_db()
    assert area.review_state == "submitted"
    (row,) = history_of(area)
    assert (row.actor, row.action, row.from_state, row.to_state) == (
        operator_a,
        "submit",
        "draft",
        "submitted",
    )
    assert row.at is not None and row.actor_name == operator_a.username


def test_verifier_returns_with_reason_operator_fixes_and_resubmits_then_publish(
    area, operator_a, verifier
):
    review_transition(obj=area, actor=operator_a, action="submit")
    with pytest.raises(InvalidTransition):
        review_transition(obj=area, actor=verifier, action="return", reason="  ")
    review_transition(obj=area, actor=verifier, action="return", reason="Luas tidak sesuai SK")
    area.refresh_from_db()
    assert area.review_state == "returned"
    area = reviewable_update(
        obj=area,
        actor=operator_a,
        expected_version=area.version,
        values={"declared_ha": Decimal("2.30")},
    )
    review_transition(obj=area, actor=operator_a, action="submit")
    review_transition(obj=area, actor=verifier, action="verify")
    before = PublishedDataVersion.current()
    review_transition(obj=area, actor=verifier, action="publish")
    area.refresh_from_db()
    assert area.review_state == "published" and area.published_at is not None
    assert PublishedDataVersion.current() == before + 1
    assert [h.action for h in history_of(area)] == [
        "submit",
        "return",
        "submit",
        "verify",
        "publish",
    ]
    assert history_of(area)[1].reason == "Luas tidak sesuai SK"
    assert list(SlumArea.objects.published()) == [area]


def test_the_outsider_operator_cannot_submit_another_kelurahans_record(area, operator_b):
    with pytest.raises(NotAllowed) as err:
        review_transition(obj=area, actor=operator_b, action="submit")
    assert OESAPA_BARAT in err.value.message_id
    area.refresh_from_db()
    assert area.review_state == "draft"
    assert not ReviewHistory.objects.exists()


@pytest.mark.parametrize("persona", ["operator_a", "operator_b", "city_admin", "province_viewer"])
def test_only_a_verifier_in_scope_may_verify(request, area, operator_a, persona):
    review_transition(obj=area, actor=operator_a, action="submit")
    with pytest.raises(NotAllowed):
        review_transition(obj=area, actor=request.getfixturevalue(persona), action="verify")


def test_a_verifier_of_another_city_cannot_verify(area, operator_a, django_user_model):
    outsider = django_user_model.objects.create_user("pokja_singkawang", password="x-123456789")
    Membership.objects.create(user=outsider, region_id="61.72", role="verifier")
    review_transition(obj=area, actor=operator_a, action="submit")
    with pytest.raises(NotAllowed):
        review_transition(obj=area, actor=outsider, action="verify")


def test_a_user_cannot_verify_what_they_submitted_themselves(area, operator_a):
    Membership.objects.create(user=operator_a, region_id="53.71", role="verifier")
    review_transition(obj=area, actor=operator_a, action="submit")
    with pytest.raises(NotAllowed):
        review_transition(obj=area, actor=operator_a, action="verify")


def test_verified_and_published_records_are_locked_until_unlocked_with_a_reason(
    area, operator_a, verifier
):
    review_transition(obj=area, actor=operator_a, action="submit")
    review_transition(obj=area, actor=verifier, action="verify")
    area.refresh_from_db()
    with pytest.raises(RecordLocked):
        reviewable_update(
            obj=area, actor=operator_a, expected_version=area.version, values={"name": "X"}
        )
    review_transition(obj=area, actor=verifier, action="publish")
    area.refresh_from_db()
    with pytest.raises(RecordLocked):
        reviewable_update(
            obj=area, actor=operator_a, expected_version=area.version, values={"name": "X"}
        )
    with pytest.raises(InvalidTransition):
        review_transition(obj=area, actor=verifier, action="unlock")
    review_transition(obj=area, actor=verifier, action="unlock", reason="Revisi batas lokasi")
    area.refresh_from_db()
    assert area.review_state == "draft" and area.published_at is None
    assert not SlumArea.objects.published().exists()
    updated = reviewable_update(
        obj=area, actor=operator_a, expected_version=area.version, values={"name": "Oesapa Barat 1"}
    )
    assert updated.name == "Oesapa Barat 1"
    assert history_of(area).last().reason == "Revisi batas lokasi"


def test_two_verifiers_cannot_both_publish_the_same_record(area, operator_a, verifier):
    review_transition(obj=area, actor=operator_a, action="submit")
    stale_copy = SlumArea.objects.get(pk=area.pk)
    review_transition(obj=area, actor=verifier, action="verify")
    review_transition(obj=area, actor=verifier, action="publish")
    with pytest.raises(InvalidTransition):
        review_transition(obj=stale_copy, actor=verifier, action="verify")
    assert history_of(area).filter(action="publish").count() == 1


def test_the_public_sees_only_published_records_and_staff_see_their_scope(
    area, operator_a, operator_b, province_viewer
):
    from django.contrib.auth.models import AnonymousUser

    assert not SlumArea.objects.visible_to(AnonymousUser()).exists()
    assert list(SlumArea.objects.visible_to(operator_a)) == [area]
    assert list(SlumArea.objects.visible_to(province_viewer)) == [area]
    assert not SlumArea.objects.visible_to(operator_b).exists()


def test_every_create_and_update_is_in_the_change_log(area, operator_a):
    reviewable_update(
        obj=area,
        actor=operator_a,
        expected_version=area.version,
        values={"declared_ha": Decimal("3.00")},
    )
    create, update = ChangeLogEntry.objects.filter(object_id=str(area.pk))
    assert create.action == "create" and create.changes["name"] == [None, "Oesapa Barat"]
    assert update.action == "update" and update.actor == operator_a
    assert update.changes == {"declared_ha": ["2.10", "3.00"]}
    assert update.region_code == OESAPA_BARAT


def test_a_second_save_over_a_stale_version_is_refused_and_shows_what_changed(area, operator_a):
    first_editor = SlumArea.objects.get(pk=area.pk)
    second_editor = SlumArea.objects.get(pk=area.pk)
    reviewable_update(
        obj=first_editor,
        actor=operator_a,
        expected_version=first_editor.version,
        values={"name": "A"},
    )
    with pytest.raises(StaleEdit) as err:
        reviewable_update(
            obj=second_editor,
            actor=operator_a,
            expected_version=second_editor.version,
            values={"name": "B"},
        )
    assert err.value.details["changed"] == {"name": ["Oesapa Barat", "A"]}
    assert SlumArea.objects.get(pk=area.pk).name == "A"


def test_an_operator_cannot_move_a_record_out_of_their_scope(area, operator_a):
    with pytest.raises(NotAllowed):
        reviewable_update(
            obj=area,
            actor=operator_a,
            expected_version=area.version,
            values={"kelurahan_id": "53.71.06.1008"},
        )
    assert SlumArea.objects.get(pk=area.pk).kelurahan_id == OESAPA_BARAT


def test_a_record_that_was_ever_published_cannot_be_deleted(area, operator_a, verifier):
    review_transition(obj=area, actor=operator_a, action="submit")
    review_transition(obj=area, actor=verifier, action="verify")
    review_transition(obj=area, actor=verifier, action="publish")
    review_transition(obj=area, actor=verifier, action="unlock", reason="koreksi")
    area.refresh_from_db()
    with pytest.raises(RecordLocked):
        reviewable_delete(obj=area, actor=operator_a, expected_version=area.version)
    assert SlumArea.objects.filter(pk=area.pk).exists()


def test_a_draft_can_be_deleted_by_its_operator_and_the_deletion_is_logged(area, operator_a):
    pk = area.pk
    reviewable_delete(obj=area, actor=operator_a, expected_version=area.version)
    assert not SlumArea.objects.filter(pk=pk).exists()
    assert ChangeLogEntry.objects.filter(object_id=str(pk), action="delete").exists()
