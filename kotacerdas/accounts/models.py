"""Users, and the roles they hold over a region and everything under it."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A staff member. Citizens using the portal, the kiosk or the damage-report form have no
    account."""

    organisation = models.CharField(
        _("instansi"), max_length=150, blank=True, help_text=_("OPD, BKM, KPP atau kantor.")
    )

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Role(models.TextChoices):
    # enters and submits data for its region (kelurahan staff, BKM, an OPD at city level)
    OPERATOR = "operator", _("Operator")
    # Pokja PKP: verifies, returns with a reason, publishes, unlocks with a reason
    VERIFIER = "verifier", _("Verifikator")
    # city administrator: users, content pages, settings, letter templates
    ADMIN = "admin", _("Admin kota")
    # province or national staff: reads unpublished data in scope, writes nothing
    VIEWER = "viewer", _("Peninjau")
    # kelurahan letter staff
    CLERK = "clerk", _("Petugas layanan")
    # the lurah, or the official signing for the lurah
    SIGNER = "signer", _("Penandatangan")


class MembershipQuerySet(models.QuerySet):
    def active(self) -> "MembershipQuerySet":
        return self.filter(user__is_active=True)


class Membership(models.Model):
    """``user`` holds ``role`` over ``region`` and every region whose kode starts with it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    region = models.ForeignKey(
        "regions.Region", on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(_("peran"), max_length=10, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "region", "role"], name="membership_unique")
        ]
        verbose_name = _("keanggotaan")
        verbose_name_plural = _("keanggotaan")

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.region_id}"


class LoginFailure(models.Model):
    """One failed login, kept to throttle guessing across every server process."""

    username = models.CharField(max_length=150, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.username} @ {self.ip_address} {self.at:%Y-%m-%d %H:%M}"
