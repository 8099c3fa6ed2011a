"""Review state, its history, the change log of domain records, and the published-data version."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kotacerdas.review import machine


class ReviewState(models.TextChoices):
    # being entered or corrected by an operator; not visible to the public
    DRAFT = machine.DRAFT, _("Draf")
    # sent by the operator to the verifiers (Pokja PKP); no longer editable
    SUBMITTED = machine.SUBMITTED, _("Diajukan")
    # sent back by a verifier with a reason; editable again, then resubmitted
    RETURNED = machine.RETURNED, _("Dikembalikan")
    # checked by a verifier; locked, waiting to be published
    VERIFIED = machine.VERIFIED, _("Terverifikasi")
    # shown on the portal and in the API; locked
    PUBLISHED = machine.PUBLISHED, _("Terbit")


class ReviewableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(review_state=ReviewState.PUBLISHED)

    def in_state(self, *states: str):
        return self.filter(review_state__in=states)

    def visible_to(self, user):
        """Published rows, plus every row in the user's read scope."""
        from kotacerdas.accounts import access

        return self.filter(
            Q(review_state=ReviewState.PUBLISHED)
            | access.scope_q(user, access.READ_ROLES, self.model.region_field)
        )

    def in_scope(self, user, roles):
        from kotacerdas.accounts import access

        return self.filter(access.scope_q(user, roles, self.model.region_field))


class Reviewable(models.Model):
    """Mixin for records that go through draft → submitted → verified → published.

    Subclasses set ``region_field`` (the lookup path of the kode of the region the record belongs
    to, for example ``"kelurahan_id"``) and implement ``review_region_code()``.
    State changes go through ``kotacerdas.review.services.review_transition`` only.
    """

    region_field = "region__code"

    review_state = models.CharField(
        _("status verifikasi"),
        max_length=10,
        choices=ReviewState.choices,
        default=ReviewState.DRAFT,
        db_index=True,
        editable=False,
    )
    # Optimistic locking: bumped on every write; a save over a stale version is refused.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ReviewableQuerySet.as_manager()

    class Meta:
        abstract = True

    def review_region_code(self) -> str:
        raise NotImplementedError

    @property
    def is_locked(self) -> bool:
        return self.review_state in machine.LOCKED_STATES

    @property
    def is_editable(self) -> bool:
        return machine.is_editable(self.review_state)

    def possible_actions(self) -> list[str]:
        return machine.actions_from(self.review_state)

    def after_transition(self, action: str) -> None:
        """Called by the review service inside its transaction after a state change.

        Override to keep derived data (stored rollups) in step; the default does nothing.
        """


class ReviewHistory(models.Model):
    """One state change of one reviewable record. Written only by the review service."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64)
    action = models.CharField(_("aksi"), max_length=10)
    from_state = models.CharField(_("dari"), max_length=10, choices=ReviewState.choices)
    to_state = models.CharField(_("menjadi"), max_length=10, choices=ReviewState.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)  # kept if the account is later removed
    reason = models.TextField(_("alasan"), blank=True)
    at = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]
        verbose_name = _("riwayat verifikasi")
        verbose_name_plural = _("riwayat verifikasi")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name}: {self.from_state} → {self.to_state}"


class ChangeAction(models.TextChoices):
    CREATE = "create", _("Dibuat")  # record created
    UPDATE = "update", _("Diubah")  # fields changed
    DELETE = "delete", _("Dihapus")  # record deleted


class ChangeLogEntry(models.Model):
    """Who created, changed or deleted a domain record, when, and which fields (old → new)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(max_length=200)
    region_code = models.CharField(max_length=13, db_index=True, blank=True)
    action = models.CharField(max_length=10, choices=ChangeAction.choices)
    changes = models.JSONField(default=dict)  # {field: [old, new]}
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "at"])]
        verbose_name = _("catatan perubahan")
        verbose_name_plural = _("catatan perubahan")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.object_repr}"


class PublishedDataVersion(models.Model):
    """A counter bumped whenever published data changes; public caches key on it."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    value = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"v{self.value} ({self.changed_at:%Y-%m-%d %H:%M})"

    @classmethod
    def current(cls) -> int:
        row = cls.objects.filter(pk=1).values_list("value", flat=True).first()
        return row or 0

    @classmethod
    def bump(cls) -> None:
        updated = cls.objects.filter(pk=1).update(value=F("value") + 1, changed_at=timezone.now())
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"value": 1})


def content_type_for(obj) -> ContentType:
    return ContentType.objects.get_for_model(type(obj))
