"""Account writes and checks: login throttling.

A username or an address is locked for ``settings.LOGIN_LOCKOUT_MINUTES`` once it has
``settings.LOGIN_MAX_FAILURES`` failed logins inside that window. Failures are stored in the
database (``LoginFailure``), so every server process sees the same count. Usernames are compared
case-insensitively, so ``Admin`` and ``admin`` share one counter.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from kotacerdas.accounts.models import LoginFailure

_USERNAME_MAX = LoginFailure._meta.get_field("username").max_length


def _key(username: str) -> str:
    return (username or "").strip().lower()[:_USERNAME_MAX]


def _window_start() -> datetime:
    return timezone.now() - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)


@transaction.atomic
def login_failure_record(*, username: str, ip: str | None) -> None:
    """Record one failed login for ``username`` from ``ip``; forget failures older than the
    window (they no longer count)."""
    LoginFailure.objects.filter(at__lt=_window_start()).delete()
    LoginFailure.objects.create(username=_key(username), ip_address=ip or None)


def login_is_locked(*, username: str, ip: str | None) -> bool:
    """True when ``username`` or ``ip`` reached the failure limit inside the window."""
    limit = settings.LOGIN_MAX_FAILURES
    key = _key(username)
    recent = LoginFailure.objects.filter(at__gte=_window_start())
    if ip:
        counts = recent.filter(Q(username=key) | Q(ip_address=ip)).aggregate(
            by_username=Count("pk", filter=Q(username=key)),
            by_ip=Count("pk", filter=Q(ip_address=ip)),
        )
        return counts["by_username"] >= limit or counts["by_ip"] >= limit
    return recent.filter(username=key).count() >= limit


@transaction.atomic
def login_failures_clear(*, username: str) -> None:
    """Forget the failures of ``username`` (after it logged in). Failures counted against an
    address stay: one valid account must not reset the count of guesses against others."""
    LoginFailure.objects.filter(username=_key(username)).delete()
