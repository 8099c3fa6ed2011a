"""Who may do what where: every answer comes from the user's memberships and kode prefixes.

A membership over ``53.71`` covers ``53.71`` and every code under it. Superusers are treated like
any other user here: they get rights only through memberships, so a forgotten superuser flag
cannot leak unpublished data through the portal or the API.

These helpers are generic over region codes. Each app adds one access helper per object type
(for example ``slums.access.area_for_write``) built on them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

from kotacerdas.accounts.models import Membership, Role
from kotacerdas.lib.kode import within
from kotacerdas.regions.models import within_q

# Roles that may read unpublished (draft, submitted, verified) records in their scope.
READ_ROLES = frozenset({Role.OPERATOR, Role.VERIFIER, Role.ADMIN, Role.VIEWER})
# Roles that may create and edit records, and submit them for review.
WRITE_ROLES = frozenset({Role.OPERATOR})
# Roles that may verify, return, publish and unlock.
REVIEW_ROLES = frozenset({Role.VERIFIER})
ADMIN_ROLES = frozenset({Role.ADMIN})

_CACHE_ATTR = "_kotacerdas_memberships"


def memberships(user) -> list[tuple[str, str]]:
    """``(role, region_code)`` pairs of an active user, loaded once per request and cached on it."""
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = list(Membership.objects.filter(user=user).values_list("role", "region_id"))
        setattr(user, _CACHE_ATTR, cached)
    return cached


def forget_memberships(user) -> None:
    """Drop the per-request cache (after memberships change)."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def scopes(user, roles: Iterable[str]) -> list[str]:
    """Region prefixes over which ``user`` holds any of ``roles``."""
    wanted = set(roles)
    return sorted({code for role, code in memberships(user) if role in wanted})


def has_role(user, region_code: str, roles: Iterable[str]) -> bool:
    """True when one of ``roles`` is held over ``region_code`` or one of its ancestors."""
    wanted = set(roles)
    return any(role in wanted and within(region_code, code) for role, code in memberships(user))


def scope_q(user, roles: Iterable[str], field: str) -> Q:
    """A filter for rows whose region code (in ``field``) lies in the user's scope for ``roles``.

    Matches nothing when the user holds none of the roles.
    """
    query = Q(pk__in=[])
    for prefix in scopes(user, roles):
        query |= within_q(prefix, field)
    return query


def can_read_unpublished(user, region_code: str) -> bool:
    return has_role(user, region_code, READ_ROLES)


def can_write(user, region_code: str) -> bool:
    return has_role(user, region_code, WRITE_ROLES)


def can_review(user, region_code: str) -> bool:
    return has_role(user, region_code, REVIEW_ROLES)


def can_administer(user, region_code: str) -> bool:
    return has_role(user, region_code, ADMIN_ROLES)


def is_staff_somewhere(user) -> bool:
    """True when the user holds any membership (may open the back office)."""
    return bool(memberships(user))
