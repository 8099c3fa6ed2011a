"""Every write to a reviewable record goes through these functions.

- ``review_transition``: the only way to change ``review_state``; checks role, scope and state,
  writes a ``ReviewHistory`` row and bumps the published-data version when public data changes.
- ``reviewable_create`` / ``reviewable_update`` / ``reviewable_delete``: edits by operators, with
  the lock and optimistic-version checks, and a ``ChangeLogEntry`` for each.
- ``changelog_record``: for services of records that are not reviewable.
"""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from kotacerdas.accounts import access
from kotacerdas.review import machine
from kotacerdas.review.errors import InvalidTransition, NotAllowed, RecordLocked, StaleEdit
from kotacerdas.review.models import (
    ChangeAction,
    ChangeLogEntry,
    PublishedDataVersion,
    Reviewable,
    ReviewHistory,
    ReviewState,
    content_type_for,
)


def _actor_name(actor) -> str:
    return (actor.get_username() if actor is not None else "") or "system"


def _jsonable(value: Any) -> Any:
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


_SKIPPED_FIELDS = {"version", "updated_at", "created_at"}


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The concrete field values of ``obj`` as JSON-ready data, for the change log."""
    return {
        field.attname: _jsonable(getattr(obj, field.attname))
        for field in obj._meta.concrete_fields
        if field.attname not in _SKIPPED_FIELDS
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def changelog_record(
    *, actor, obj: models.Model, action: str, before: dict[str, Any] | None = None
) -> ChangeLogEntry:
    """Write one change-log row: ``before`` is ``snapshot(obj)`` taken before an update."""
    after = {} if action == ChangeAction.DELETE else snapshot(obj)
    if action == ChangeAction.CREATE:
        changes = diff({}, after)
    elif action == ChangeAction.DELETE:
        changes = diff(before or snapshot(obj), {})
    else:
        changes = diff(before or {}, after)
    region_code = obj.review_region_code() if hasattr(obj, "review_region_code") else ""
    return ChangeLogEntry.objects.create(
        content_type=content_type_for(obj),
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        region_code=region_code or "",
        action=action,
        changes=changes,
        actor=actor,
        actor_name=_actor_name(actor),
    )


def _check_side(actor, obj: Reviewable, side: str, verb_id: str, verb_en: str) -> None:
    code = obj.review_region_code()
    allowed = (
        access.can_write(actor, code)
        if side == machine.OPERATOR_SIDE
        else access.can_review(actor, code)
    )
    if not allowed:
        raise NotAllowed(
            f"Anda tidak berwenang untuk {verb_id} data wilayah {code}.",
            f"You are not allowed to {verb_en} records of region {code}.",
        )


@transaction.atomic
def review_transition(*, obj: Reviewable, actor, action: str, reason: str = "") -> Reviewable:
    """Apply a review ``action`` (submit, withdraw, return, verify, publish, unlock) to ``obj``.

    The row is locked for the transaction; the state, role, scope and reason are checked against
    the locked row, so two verifiers clicking at once cannot both succeed.
    """
    model = type(obj)
    locked = model.objects.select_for_update().get(pk=obj.pk)
    try:
        step = machine.plan(action, locked.review_state, reason)
    except machine.TransitionError as exc:
        raise InvalidTransition(exc.message_id, exc.message_en) from None
    _check_side(actor, locked, step.side, f"melakukan '{action}' pada", f"{action}")

    if step.side == machine.REVIEWER_SIDE and action in ("verify", "publish"):
        last_submit = (
            ReviewHistory.objects.filter(
                content_type=content_type_for(locked), object_id=str(locked.pk), action="submit"
            )
            .order_by("-at", "-pk")
            .values_list("actor_id", flat=True)
            .first()
        )
        if last_submit is not None and last_submit == actor.pk:
            raise NotAllowed(
                "Data yang Anda ajukan sendiri harus diverifikasi orang lain.",
                "A record you submitted yourself must be verified by someone else.",
            )

    from_state = locked.review_state
    now = timezone.now()
    changes: dict[str, Any] = {"review_state": step.target, "version": locked.version + 1}
    if step.target == ReviewState.PUBLISHED:
        changes["published_at"] = now
    elif from_state == ReviewState.PUBLISHED:
        changes["published_at"] = None
    model.objects.filter(pk=locked.pk).update(**changes)
    for field, value in changes.items():
        setattr(locked, field, value)
        setattr(obj, field, value)

    ReviewHistory.objects.create(
        content_type=content_type_for(locked),
        object_id=str(locked.pk),
        action=action,
        from_state=from_state,
        to_state=step.target,
        actor=actor,
        actor_name=_actor_name(actor),
        reason=reason.strip(),
        at=now,
    )
    if ReviewState.PUBLISHED in (from_state, step.target):
        PublishedDataVersion.bump()
    locked.after_transition(action)
    return obj


def history_of(obj: models.Model):
    """The review history of ``obj``, oldest first."""
    return ReviewHistory.objects.filter(
        content_type=content_type_for(obj), object_id=str(obj.pk)
    ).select_related("actor")


def changes_of(obj: models.Model):
    """The change log of ``obj``, oldest first."""
    return ChangeLogEntry.objects.filter(content_type=content_type_for(obj), object_id=str(obj.pk))


def _check_editable(obj: Reviewable) -> None:
    if not obj.is_editable:
        raise RecordLocked(
            f"Data berstatus '{obj.get_review_state_display()}' terkunci; buka kunci dengan alasan "
            "sebelum mengubahnya.",
            f"The record is '{obj.review_state}' and locked; unlock it with a reason before editing.",
        )


@transaction.atomic
def reviewable_create(*, model: type[Reviewable], actor, values: dict[str, Any]) -> Reviewable:
    """Create a draft of ``model`` from ``values`` (already validated) in the actor's scope."""
    obj = model(**values)
    _check_side(actor, obj, machine.OPERATOR_SIDE, "membuat", "create")
    obj.full_clean()
    obj.save()
    changelog_record(actor=actor, obj=obj, action=ChangeAction.CREATE)
    return obj


@transaction.atomic
def reviewable_update(
    *, obj: Reviewable, actor, expected_version: int, values: dict[str, Any]
) -> Reviewable:
    """Change fields of an editable record, refusing a save over a newer version.

    ``expected_version`` is the version the editor loaded. If someone saved in between, a
    ``StaleEdit`` lists each field the other save changed as ``[loaded, now]`` and nothing is
    written.
    """
    model = type(obj)
    locked = model.objects.select_for_update().get(pk=obj.pk)
    _check_side(actor, locked, machine.OPERATOR_SIDE, "mengubah", "change")
    if locked.version != expected_version:
        current = snapshot(locked)
        loaded = snapshot(obj)
        raise StaleEdit(
            "Data ini telah diubah orang lain setelah Anda membukanya. Muat ulang, periksa "
            "perubahannya, lalu simpan lagi.",
            "Someone else saved this record after you opened it. Reload, review their changes "
            "and save again.",
            changed=diff(loaded, current),
            current_version=locked.version,
        )
    _check_editable(locked)
    before = snapshot(locked)
    for field, value in values.items():
        setattr(locked, field, value)
    # the region may change with the values: the actor must be allowed there too
    _check_side(actor, locked, machine.OPERATOR_SIDE, "memindahkan data ke", "move records to")
    locked.full_clean()
    locked.version += 1
    locked.save()
    changelog_record(actor=actor, obj=locked, action=ChangeAction.UPDATE, before=before)
    return locked


@transaction.atomic
def reviewable_delete(*, obj: Reviewable, actor, expected_version: int) -> None:
    """Delete an editable record (draft or returned); published history is never deleted."""
    model = type(obj)
    locked = model.objects.select_for_update().get(pk=obj.pk)
    _check_side(actor, locked, machine.OPERATOR_SIDE, "menghapus", "delete")
    if locked.version != expected_version:
        raise StaleEdit(
            "Data ini telah diubah orang lain setelah Anda membukanya.",
            "Someone else saved this record after you opened it.",
            changed=diff(snapshot(obj), snapshot(locked)),
            current_version=locked.version,
        )
    _check_editable(locked)
    if ReviewHistory.objects.filter(
        content_type=content_type_for(locked), object_id=str(locked.pk), to_state="published"
    ).exists():
        raise RecordLocked(
            "Data yang pernah terbit tidak dapat dihapus.",
            "A record that was ever published cannot be deleted.",
        )
    before = snapshot(locked)
    changelog_record(actor=actor, obj=locked, action=ChangeAction.DELETE, before=before)
    locked.delete()
