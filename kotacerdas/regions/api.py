"""``/api/v1/regions``: the kode wilayah tree (public reference data)."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from kotacerdas.regions.models import Region

router = Router(tags=["regions"])


class RegionRef(Schema):
    code: str
    name: str
    level: str


class RegionOut(Schema):
    code: str
    name: str
    level: str
    level_label: str
    is_kelurahan: bool
    parent: RegionRef | None
    children: list[RegionRef]
    area_ha: float | None
    centroid: list[float] | None  # [lng, lat]
    boundary_source: str


def _ref(region: Region) -> dict:
    return {"code": region.code, "name": region.name, "level": region.level}


class BoundaryOut(Schema):
    type: str
    properties: dict
    geometry: dict | None


@router.get(
    "/{code}/boundary",
    response=BoundaryOut,
    summary="The boundary of one region as a GeoJSON Feature (official or schematic)",
)
def region_boundary(request, code: str):
    row = (
        Region.objects.filter(pk=code)
        .values("code", "name", "boundary", "boundary_source", "area_ha")
        .first()
    )
    if row is None:
        raise Http404
    return {
        "type": "Feature",
        "properties": {
            "kode": row["code"],
            "nama": row["name"],
            "boundary_source": row["boundary_source"],
            "area_ha": float(row["area_ha"]) if row["area_ha"] is not None else None,
        },
        "geometry": row["boundary"],
    }


@router.get("/{code}", response=RegionOut, summary="One region with its parent and children")
def region_detail(request, code: str):
    region = get_object_or_404(Region.objects.without_boundary().select_related("parent"), pk=code)
    children = Region.objects.without_boundary().filter(parent_id=region.code).order_by("code")
    return {
        "code": region.code,
        "name": region.name,
        "level": region.level,
        "level_label": str(region.level_label),
        "is_kelurahan": region.is_kelurahan,
        "parent": _ref(region.parent) if region.parent else None,
        "children": [_ref(c) for c in children],
        "area_ha": float(region.area_ha) if region.area_ha is not None else None,
        "centroid": (
            [region.centroid_lng, region.centroid_lat] if region.centroid_lat is not None else None
        ),
        "boundary_source": region.boundary_source,
    }
