"""Schematic boundaries for the demo, drawn from kelurahan centroids. No Django import.

These are NOT real borders. Each kelurahan gets the Voronoi cell of its (approximate) centroid,
clipped to the city's outline, drawn as the convex hull of all its centroids grown by
``MARGIN_DEG``. A kecamatan is the union of its kelurahan cells and the city the union of all.
So the shapes tile the city without gaps or overlaps and nest exactly, which is what a map and
the scope filters need, while saying nothing about where the real borders run.
"""

from __future__ import annotations

import shapely
from shapely.geometry import MultiPoint, MultiPolygon, Point, Polygon

from kotacerdas.lib import kode as kodes

MARGIN_DEG = 0.01  # how far the outline reaches beyond the outermost centroids (about 1.1 km)
GRID_DEG = 1e-6  # coordinates are snapped to this grid (6 decimals, about 0.1 m)

Shape = Polygon | MultiPolygon


def kelurahan_cells(centroids: dict[str, tuple[float, float]]) -> dict[str, Polygon]:
    """The Voronoi cell of each centroid ``{kode: (lng, lat)}``, clipped to the outline."""
    codes = list(centroids)
    if len(set(centroids.values())) != len(codes):
        raise ValueError("two kelurahan share a centroid; their cells would be empty")
    points = MultiPoint([centroids[code] for code in codes])
    outline = points.convex_hull.buffer(MARGIN_DEG)
    cells = shapely.voronoi_polygons(points, extend_to=outline, ordered=True)
    shaped = {}
    for code, cell in zip(codes, cells.geoms, strict=True):
        clipped = shapely.set_precision(cell.intersection(outline), GRID_DEG)
        if not clipped.contains(Point(centroids[code])):
            raise ValueError(f"the cell of {code} does not hold its centroid")
        shaped[code] = clipped
    return shaped


def city_shapes(centroids: dict[str, tuple[float, float]]) -> dict[str, Shape]:
    """Schematic shapes for every kelurahan in ``centroids``, their kecamatan and their city.

    ``centroids`` holds the kelurahan of one city, ``{kode: (lng, lat)}``; the result also has an
    entry for each kecamatan (``PP.KK.CC``) and for the city (``PP.KK``).
    """
    cells = kelurahan_cells(centroids)
    groups: dict[str, list[Polygon]] = {}
    for code, cell in cells.items():
        for ancestor in kodes.ancestors(code)[1:]:  # the kota and the kecamatan
            groups.setdefault(ancestor, []).append(cell)
    shapes: dict[str, Shape] = dict(cells)
    for code, parts in groups.items():
        shapes[code] = shapely.union_all(parts, grid_size=GRID_DEG)
    return shapes
