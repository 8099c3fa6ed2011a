"""Read-only queries behind the public region pages, each a fixed number of SQL queries.

The configured city (``settings.CITY_CODE``) is shown in every page header; it is loaded at most
once per request and reused when a page has already loaded it (see ``configured_city``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q

from kotacerdas.lib import kode
from kotacerdas.regions.models import Level, Region

# Columns a public region page needs: never the (large) boundary geometry.
PAGE_FIELDS = ("code", "name", "level", "parent_id", "is_kelurahan", "area_ha", "boundary_source")

_CITY_ATTR = "_kotacerdas_city"


# Kemendagri names of kabupaten/kota already carry their level ("Kota Kupang"); others do not.
# Per level, since a kecamatan may be called "Kota Lama".
_LEVEL_WORDS = {
    Level.PROVINCE: ("provinsi ",),
    Level.REGENCY: ("kabupaten ", "kab. ", "kota "),
    Level.DISTRICT: ("kecamatan ",),
    Level.VILLAGE: ("kelurahan ", "desa "),
}


def display_name(region: Region) -> str:
    """``Provinsi Nusa Tenggara Timur``, ``Kecamatan Kelapa Lima``, ``Kelurahan Oesapa Barat``;
    a name that already starts with its level (``Kota Kupang``) stays as it is."""
    if region.name.lower().startswith(_LEVEL_WORDS.get(region.level, ())):
        return region.name
    return f"{region.level_label} {region.name}"


def configured_city(request) -> Region | None:
    """The region of ``settings.CITY_CODE``, loaded once per request (``None`` if not imported)."""
    if request is None:
        return None
    if not hasattr(request, _CITY_ATTR):
        city = Region.objects.only(*PAGE_FIELDS).filter(pk=settings.CITY_CODE).first()
        setattr(request, _CITY_ATTR, city)
    return getattr(request, _CITY_ATTR)


def remember_city(request, regions) -> None:
    """Reuse an already loaded city region for the page header (saves a query)."""
    for region in regions:
        if region.code == settings.CITY_CODE:
            setattr(request, _CITY_ATTR, region)


def region_with_ancestors(code: str) -> tuple[Region | None, list[Region]]:
    """The region and its ancestors (province first) in one query; ``(None, [])`` if unknown."""
    if not kode.is_valid(code):
        return None, []
    codes = [*kode.ancestors(code), code]
    found = {r.code: r for r in Region.objects.only(*PAGE_FIELDS).filter(code__in=codes)}
    region = found.get(code)
    if region is None:
        return None, []
    return region, [found[c] for c in codes[:-1] if c in found]


@dataclass
class ChildRow:
    region: Region
    kelurahan: int = 0  # villages under it that are kelurahan
    desa: int = 0  # villages under it that are desa
    districts: int = 0  # kecamatan under it (for a province's kabupaten/kota)


@dataclass
class Children:
    """The table of a region's children, with the totals the page states as facts."""

    rows: list[ChildRow] = field(default_factory=list)
    counts_villages: bool = False  # rows carry kelurahan/desa counts (children are kecamatan)
    counts_districts: bool = False  # rows carry kecamatan counts (children are kabupaten/kota)

    @property
    def total_kelurahan(self) -> int:
        return sum(row.kelurahan for row in self.rows)

    @property
    def total_desa(self) -> int:
        return sum(row.desa for row in self.rows)

    @property
    def total_districts(self) -> int:
        return sum(row.districts for row in self.rows)

    @property
    def any_desa(self) -> bool:
        return any(row.desa for row in self.rows)

    @property
    def any_area(self) -> bool:
        return any(row.region.area_ha is not None for row in self.rows)


def region_children(region: Region) -> Children:
    """The children of ``region`` in one query, counted one level further down with annotate.

    Kecamatan rows count their kelurahan and desa; kabupaten/kota rows count their kecamatan.
    """
    queryset = Region.objects.only(*PAGE_FIELDS).filter(parent_id=region.code).order_by("code")
    if region.level == Level.REGENCY:
        queryset = queryset.annotate(
            n_kelurahan=Count("children", filter=Q(children__is_kelurahan=True)),
            n_desa=Count("children", filter=Q(children__is_kelurahan=False)),
        )
        rows = [ChildRow(r, kelurahan=r.n_kelurahan, desa=r.n_desa) for r in queryset]
        return Children(rows=rows, counts_villages=True)
    if region.level == Level.PROVINCE:
        queryset = queryset.annotate(n_districts=Count("children"))
        rows = [ChildRow(r, districts=r.n_districts) for r in queryset]
        return Children(rows=rows, counts_districts=True)
    if region.level == Level.DISTRICT:
        # each village counts itself, so the totals read "n kelurahan, m desa" here too
        rows = [
            ChildRow(r, kelurahan=int(r.is_kelurahan), desa=int(not r.is_kelurahan))
            for r in queryset
        ]
        return Children(rows=rows)
    return Children()  # a village has no children
