"""The back-office navigation, built from the user's memberships.

Each app registers its entries once, in its ``AppConfig.ready()``::

    from kotacerdas.accounts import navigation
    from kotacerdas.accounts.models import Role

    navigation.register(_("Penilaian"), "slums:assessments", roles={Role.OPERATOR, Role.VERIFIER})

An entry shows when the user holds one of ``roles`` anywhere (no roles = every member). An entry
with ``per_scope=True`` links a URL that takes a kode wilayah: it shows once per region where the
user holds one of the roles (``/wilayah/53.71/`` for a city verifier).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kotacerdas.accounts import access
from kotacerdas.accounts.models import Role
from kotacerdas.regions.models import Region


@dataclass(frozen=True)
class Entry:
    label: str | Promise
    url_name: str
    roles: frozenset[str] = frozenset()  # empty: any member
    order: int = 100
    per_scope: bool = False  # the URL takes the region kode; one link per region in scope


@dataclass(frozen=True)
class Item:
    label: str | Promise
    url: str
    current: bool
    region: Region | None = None  # the scope of a per-scope entry


@dataclass(frozen=True)
class Scope:
    role: str
    role_label: str | Promise
    region: Region

    @property
    def role_help(self) -> str | Promise:
        return ROLE_HELP.get(self.role, "")


# What each role does (DESIGN §3), shown on the dashboard.
ROLE_HELP = {
    Role.OPERATOR: _("Mengisi dan mengajukan data untuk wilayahnya."),
    Role.VERIFIER: _("Memverifikasi, mengembalikan dengan alasan, dan menerbitkan data."),
    Role.ADMIN: _("Mengelola pengguna, halaman konten, pengaturan, dan templat surat."),
    Role.VIEWER: _("Membaca data yang belum terbit di wilayahnya, tanpa mengubah apa pun."),
    Role.CLERK: _("Melayani permohonan surat keterangan di kelurahan."),
    Role.SIGNER: _("Menandatangani surat keterangan kelurahan."),
}


_REGISTRY: dict[str, Entry] = {}
_SCOPE_ATTR = "_kotacerdas_scope_regions"


def register(
    label: str | Promise,
    url_name: str,
    *,
    roles: Iterable[str] = (),
    order: int = 100,
    per_scope: bool = False,
) -> Entry:
    """Add (or replace, keyed by ``url_name``) one navigation entry."""
    entry = Entry(label, url_name, frozenset(roles), order, per_scope)
    _REGISTRY[url_name] = entry
    return entry


def unregister(url_name: str) -> None:
    _REGISTRY.pop(url_name, None)


def entries() -> list[Entry]:
    return sorted(_REGISTRY.values(), key=lambda e: (e.order, e.url_name))


def scope_regions(user) -> dict[str, Region]:
    """The regions of the user's memberships by kode, in one query, cached on the user."""
    cached = getattr(user, _SCOPE_ATTR, None)
    if cached is None:
        codes = {code for _role, code in access.memberships(user)}
        cached = {}
        if codes:
            regions = Region.objects.only("code", "name", "level", "is_kelurahan")
            cached = {r.code: r for r in regions.filter(code__in=codes)}
        setattr(user, _SCOPE_ATTR, cached)
    return cached


def scopes(user) -> list[Scope]:
    """What the user may do where: one row per membership, broadest region first."""
    regions = scope_regions(user)
    labels = dict(Role.choices)
    rows = [
        Scope(role, labels.get(role, role), regions[code])
        for role, code in access.memberships(user)
        if code in regions
    ]
    return sorted(rows, key=lambda s: (s.region.code.count("."), s.region.code, s.role))


def items(user, current_path: str | None = None) -> list[Item]:
    """The navigation for ``user``: the entries its memberships allow, in order; the item whose
    URL is ``current_path`` is marked current."""
    held = access.memberships(user)
    if not held:
        return []
    regions = scope_regions(user)
    result = []
    for entry in entries():
        codes = sorted({code for role, code in held if not entry.roles or role in entry.roles})
        if not codes:
            continue
        if not entry.per_scope:
            url = reverse(entry.url_name)
            result.append(Item(entry.label, url, url == current_path))
            continue
        for code in codes:
            url = reverse(entry.url_name, args=[code])
            result.append(Item(entry.label, url, url == current_path, regions.get(code)))
    return result


# Built-in entries; apps add theirs in AppConfig.ready().
register(_("Dasbor"), "accounts:dashboard", order=0)
register(_("Halaman publik"), "portal:region", order=900, per_scope=True)
