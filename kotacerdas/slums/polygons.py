"""Checks of a slum location's polygon, shared by the back-office form and importers.

Pure (no Django): the caller passes the kelurahan boundary it already has. An invalid polygon is
an error; an area far from the decree's hectares, or a polygon leaving its kelurahan, is a
warning the operator sees but may accept (surveyed outlines differ from decree figures).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from kotacerdas.lib import geo

AREA_TOLERANCE = Decimal("0.10")  # warn when the polygon's area differs by more than 10 %
MIN_SHARE_INSIDE = 0.99  # warn when less than 99 % of the polygon lies in its kelurahan


@dataclass(frozen=True)
class PolygonWarning:
    code: str  # "area_differs" or "outside_kelurahan"
    values: dict  # figures for the message


@dataclass(frozen=True)
class PolygonCheck:
    geometry: dict  # normalised GeoJSON geometry
    area_ha: Decimal
    warnings: list[PolygonWarning] = field(default_factory=list)


def read_geometry(text_or_data: str | dict) -> dict:
    """The geometry of a GeoJSON text or object: a bare geometry, a Feature, or the first feature
    of a FeatureCollection. Raises ``geo.GeometryError`` or ``ValueError`` when unreadable."""
    data = json.loads(text_or_data) if isinstance(text_or_data, str) else text_or_data
    if not isinstance(data, dict):
        raise ValueError("GeoJSON must be an object")
    if data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        if not features:
            raise ValueError("FeatureCollection has no features")
        data = features[0].get("geometry")
    elif data.get("type") == "Feature":
        data = data.get("geometry")
    return data


def polygon_check(
    geometry: dict, *, declared_ha: Decimal | None, kelurahan_boundary: dict | None
) -> PolygonCheck:
    """Validate ``geometry`` and compare it with the decree's hectares and the kelurahan."""
    shape = geo.geometry_from_geojson(geometry)
    measured = geo.area_ha(shape)
    warnings = []
    if declared_ha and abs(measured - declared_ha) > declared_ha * AREA_TOLERANCE:
        warnings.append(PolygonWarning("area_differs", {"m": measured, "d": declared_ha}))
    if kelurahan_boundary:
        inside = geo.fraction_inside(shape, geo.geometry_from_geojson(kelurahan_boundary))
        if inside < MIN_SHARE_INSIDE:
            warnings.append(PolygonWarning("outside_kelurahan", {"p": round(inside * 100, 1)}))
    return PolygonCheck(geo.to_geojson(shape), measured, warnings)
