"""Region boundaries: GeoJSON parsing, validation and measures. No Django import.

Geometries are GeoJSON ``Polygon`` or ``MultiPolygon`` in WGS84, coordinates ``[lng, lat]``.
Areas are geodesic (on the WGS84 ellipsoid, via pyproj), so a hectare is a real hectare anywhere
in Indonesia. Centroids, bounding boxes and containment shares are planar in degrees: good enough
for placing a map marker or checking that a kelurahan lies inside its kecamatan.

Errors carry their message in Indonesian and in English (``GeometryError.message_id`` and
``.message_en``) so the import commands can show both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.polygon import orient
from shapely.validation import explain_validity

POLYGON_TYPES = ("Polygon", "MultiPolygon")
SQUARE_METRES_PER_HECTARE = 10_000
HECTARE_QUANTUM = Decimal("0.01")

_WGS84 = Geod(ellps="WGS84")

Shape = Polygon | MultiPolygon  # what a boundary is once parsed


class GeometryError(ValueError):
    """A geometry that cannot be used as a region boundary; the reason in both languages."""

    def __init__(self, message_id: str, message_en: str):
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en


@dataclass(frozen=True)
class Measures:
    """What the database stores beside a boundary."""

    area_ha: Decimal
    centroid_lng: float
    centroid_lat: float
    bbox: list[float]  # [min_lng, min_lat, max_lng, max_lat]


def geometry_from_geojson(data: object) -> Shape:
    """Parse and validate a GeoJSON geometry dict; ``GeometryError`` says what is wrong.

    Accepted: a non-empty, valid ``Polygon`` or ``MultiPolygon`` whose rings are closed (first
    position = last, at least 4 positions) and whose positions are finite ``[lng, lat]`` numbers
    in -180..180 / -90..90. A third number (altitude) is ignored; rings may turn either way.
    """
    if not isinstance(data, dict):
        raise GeometryError(
            "geometri tidak ada atau bukan objek GeoJSON",
            "geometry is missing or not a GeoJSON object",
        )
    kind = data.get("type")
    if kind not in POLYGON_TYPES:
        raise GeometryError(
            f"jenis geometri {kind!r} tidak didukung; harus Polygon atau MultiPolygon",
            f"geometry type {kind!r} is not supported; expected Polygon or MultiPolygon",
        )
    if not isinstance(data.get("coordinates"), list):
        raise GeometryError(
            "koordinat geometri tidak ada atau bukan daftar",
            "geometry coordinates are missing or not a list",
        )
    coordinates = data["coordinates"]
    if kind == "Polygon":
        geometry = _polygon(coordinates) if coordinates else Polygon()
    else:
        geometry = MultiPolygon([_polygon(part) for part in coordinates])
    if geometry.is_empty:
        raise GeometryError("geometri kosong", "geometry is empty")
    if not geometry.is_valid:
        reason = explain_validity(geometry)
        raise GeometryError(
            f"poligon tidak sah: {_reason_id(reason)} ({reason})",
            f"invalid polygon: {reason}",
        )
    return geometry


def _polygon(rings: object) -> Polygon:
    if not isinstance(rings, list) or not rings:
        raise GeometryError(
            "poligon harus berupa daftar cincin yang tidak kosong",
            "a polygon must be a non-empty list of rings",
        )
    shell, *holes = (_ring(ring) for ring in rings)
    return Polygon(shell, holes)


def _ring(ring: object) -> list[tuple[float, float]]:
    if not isinstance(ring, list) or len(ring) < 4:
        raise GeometryError(
            "setiap cincin poligon harus memiliki minimal 4 posisi",
            "every polygon ring needs at least 4 positions",
        )
    positions = [_position(position) for position in ring]
    if positions[0] != positions[-1]:
        raise GeometryError(
            "cincin poligon tidak tertutup (posisi pertama harus sama dengan yang terakhir)",
            "polygon ring is not closed (the first position must equal the last)",
        )
    return positions


def _position(position: object) -> tuple[float, float]:
    if not (
        isinstance(position, list)
        and len(position) in (2, 3)
        and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in position)
    ):
        raise GeometryError(
            f"posisi {position!r} harus berupa [bujur, lintang] berisi angka",
            f"position {position!r} must be [lng, lat] numbers",
        )
    lng, lat = float(position[0]), float(position[1])
    if not (math.isfinite(lng) and math.isfinite(lat)):
        raise GeometryError(
            f"posisi {position!r} berisi nilai yang bukan angka",
            f"position {position!r} holds a value that is not a number",
        )
    if not (-180 <= lng <= 180 and -90 <= lat <= 90):
        raise GeometryError(
            f"posisi [{lng}, {lat}] di luar rentang bujur -180..180 dan lintang -90..90"
            " (urutannya harus [bujur, lintang])",
            f"position [{lng}, {lat}] is outside longitude -180..180 and latitude -90..90"
            " (the order must be [lng, lat])",
        )
    return lng, lat


def _reason_id(reason: str) -> str:
    """A short Indonesian gloss for the usual GEOS validity reasons."""
    glosses = {
        "Ring Self-intersection": "cincin berpotongan dengan dirinya sendiri",
        "Self-intersection": "batas berpotongan dengan dirinya sendiri",
        "Too few points": "titik terlalu sedikit",
        "Hole lies outside shell": "lubang berada di luar batas luar",
        "Holes are nested": "lubang bersarang",
        "Interior is disconnected": "bagian dalam terputus",
        "Nested shells": "poligon bersarang di dalam poligon lain",
        "Duplicate Rings": "cincin ganda",
        "Invalid Coordinate": "koordinat tidak sah",
        "Ring is not closed": "cincin tidak tertutup",
    }
    for english, indonesian in glosses.items():
        if reason.startswith(english):
            return indonesian
    return "geometri tidak sah"


def area_ha(geometry: Shape) -> Decimal:
    """Geodesic area on the WGS84 ellipsoid in hectares, rounded to 0.01 ha.

    Every polygon is oriented counter-clockwise (holes clockwise) first, so the area neither
    depends on the ring order in the file nor lets a hole or a second part cancel the first.
    """
    parts = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    square_metres = 0.0
    for part in parts:
        area, _perimeter = _WGS84.geometry_area_perimeter(orient(part, sign=1.0))
        square_metres += abs(area)
    hectares = Decimal(repr(square_metres / SQUARE_METRES_PER_HECTARE))
    return hectares.quantize(HECTARE_QUANTUM, rounding=ROUND_HALF_UP)


def centroid(geometry: Shape) -> tuple[float, float]:
    """The planar centroid as ``(lng, lat)``; for a map marker, not a survey point."""
    point = geometry.centroid
    return point.x, point.y


def bbox(geometry: Shape) -> list[float]:
    """``[min_lng, min_lat, max_lng, max_lat]``."""
    return [float(value) for value in geometry.bounds]


def measure(geometry: Shape) -> Measures:
    lng, lat = centroid(geometry)
    return Measures(
        area_ha=area_ha(geometry), centroid_lng=lng, centroid_lat=lat, bbox=bbox(geometry)
    )


def fraction_inside(child: Shape, parent: Shape) -> float:
    """Share (0..1) of ``child``'s planar area lying inside ``parent``."""
    if child.area == 0:
        return 0.0
    return min(child.intersection(parent).area / child.area, 1.0)


def to_geojson(geometry: Shape, *, decimals: int = 6) -> dict:
    """A GeoJSON geometry dict with lists (not tuples), coordinates rounded to ``decimals``."""

    def as_lists(value):
        if isinstance(value, (list, tuple)) and value and isinstance(value[0], (int, float)):
            return [round(float(number), decimals) for number in value]
        return [as_lists(item) for item in value]

    geojson = mapping(geometry)
    return {"type": geojson["type"], "coordinates": as_lists(geojson["coordinates"])}
