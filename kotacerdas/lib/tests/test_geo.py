"""Boundary geometry: parsing, validation, geodesic area, centroid, bbox, containment."""

import gzip
import json
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import MultiPolygon, Polygon, box

from kotacerdas.lib import geo

# WGS84 ellipsoid, for an area formula independent of pyproj.
A = 6378137.0
F = 1 / 298.257223563
B = A * (1 - F)
E = math.sqrt(F * (2 - F))


def ellipsoid_band_area_m2(lat: float) -> float:
    """Area (m², per radian of longitude) between the equator and ``lat`` on the ellipsoid."""
    s = math.sin(math.radians(lat))
    return B**2 / 2 * (s / (1 - E**2 * s**2) + math.log((1 + E * s) / (1 - E * s)) / (2 * E))


def rectangle_ha(min_lng, min_lat, max_lng, max_lat) -> float:
    d_lng = math.radians(max_lng - min_lng)
    return d_lng * abs(ellipsoid_band_area_m2(max_lat) - ellipsoid_band_area_m2(min_lat)) / 1e4


def square(lng: float, lat: float, size: float, *, clockwise: bool = False) -> dict:
    ring = [[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]
    return {"type": "Polygon", "coordinates": [ring[::-1] if clockwise else ring]}


def graticule_rectangle(lng, lat, width, height, *, steps=100, clockwise=False) -> dict:
    """A rectangle whose sides follow meridians and parallels.

    A geodesic polygon's edges are geodesics, which bow away from a parallel; dense vertices make
    the edges follow the parallels closely enough to compare with the closed form.
    """
    xs = [lng + width * i / steps for i in range(steps + 1)]
    ys = [lat + height * i / steps for i in range(steps + 1)]
    top = lat + height
    right = lng + width
    ring = (
        [[x, lat] for x in xs] + [[right, y] for y in ys[1:]]
        + [[x, top] for x in reversed(xs[:-1])] + [[lng, y] for y in reversed(ys[:-1])]
    )  # fmt: skip
    if clockwise:
        ring.reverse()
    return {"type": "Polygon", "coordinates": [ring]}


# --- parsing and validation --------------------------------------------------------------------


def test_a_polygon_is_parsed_into_shapely():
    geometry = geo.geometry_from_geojson(square(123.6, -10.2, 0.01))
    assert isinstance(geometry, Polygon)
    assert geometry.bounds == pytest.approx((123.6, -10.2, 123.61, -10.19))


def test_a_multipolygon_is_parsed_into_shapely():
    data = {
        "type": "MultiPolygon",
        "coordinates": [
            square(123.6, -10.2, 0.01)["coordinates"],
            square(123.7, -10.2, 0.01)["coordinates"],
        ],
    }
    geometry = geo.geometry_from_geojson(data)
    assert isinstance(geometry, MultiPolygon)
    assert len(geometry.geoms) == 2


def test_a_polygon_with_a_hole_is_accepted():
    outer = square(0, 0, 1)["coordinates"][0]
    hole = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]]
    geometry = geo.geometry_from_geojson({"type": "Polygon", "coordinates": [outer, hole]})
    assert len(geometry.interiors) == 1
    assert geometry.area == pytest.approx(0.75)


def test_an_altitude_is_ignored():
    data = {"type": "Polygon", "coordinates": [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]]]}
    geometry = geo.geometry_from_geojson(data)
    assert not geometry.has_z
    assert geometry.area == pytest.approx(0.5)


def test_extra_members_of_the_geometry_are_ignored():
    data = {**square(0, 0, 1), "bbox": [0, 0, 1, 1], "crs": {"type": "name"}}
    assert geo.geometry_from_geojson(data).area == pytest.approx(1)


@pytest.mark.parametrize(
    "data,english",
    [
        (None, "geometry is missing"),
        ("POLYGON ((0 0, 1 0, 1 1, 0 0))", "geometry is missing"),
        ([[0, 0], [1, 0]], "geometry is missing"),
        ({"type": "Point", "coordinates": [0, 0]}, "'Point' is not supported"),
        ({"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, "'LineString' is not supported"),
        ({"type": "GeometryCollection", "geometries": []}, "is not supported"),
        ({"type": "Feature", "geometry": square(0, 0, 1)}, "'Feature' is not supported"),
        ({"coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}, "None is not supported"),
        ({"type": "Polygon"}, "coordinates are missing"),
        ({"type": "Polygon", "coordinates": "0 0, 1 0"}, "coordinates are missing"),
        ({"type": "Polygon", "coordinates": []}, "geometry is empty"),
        ({"type": "MultiPolygon", "coordinates": []}, "geometry is empty"),
        ({"type": "MultiPolygon", "coordinates": [[]]}, "non-empty list of rings"),
        ({"type": "Polygon", "coordinates": [[]]}, "at least 4 positions"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]}, "at least 4 positions"),
        ({"type": "Polygon", "coordinates": [[0, 0], [1, 0], [1, 1], [0, 0]]}, "at least 4"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}, "not closed"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1], [1, 1], [0, 0]]]}, "must be [lng, lat]"),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 0, 1, 1], [1, 1], [0, 0]]]},
            "[lng, lat]",
        ),
        ({"type": "Polygon", "coordinates": [[[0, 0], ["1", "0"], [1, 1], [0, 0]]]}, "[lng, lat]"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [True, 0], [1, 1], [0, 0]]]}, "[lng, lat]"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [None, 0], [1, 1], [0, 0]]]}, "[lng, lat]"),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [math.nan, 0], [1, 1], [0, 0]]]},
            "not a number",
        ),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [math.inf, 0], [1, 1], [0, 0]]]},
            "not a number",
        ),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [181, 0], [1, 1], [0, 0]]]},
            "outside longitude",
        ),
        ({"type": "Polygon", "coordinates": [[[0, 0], [-180.5, 0], [1, 1], [0, 0]]]}, "outside"),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 91], [1, 1], [0, 0]]]},
            "latitude -90..90",
        ),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, -90.1], [1, 1], [0, 0]]]}, "outside"),
    ],
)
def test_unusable_geometries_are_refused_with_a_reason_in_both_languages(data, english):
    with pytest.raises(geo.GeometryError) as caught:
        geo.geometry_from_geojson(data)
    assert english in caught.value.message_en
    assert caught.value.message_id and caught.value.message_id != caught.value.message_en
    assert str(caught.value) == f"{caught.value.message_id} / {caught.value.message_en}"


def test_swapped_lat_lng_order_is_refused_with_a_hint():
    ring = [[-10.2, 123.6], [-10.2, 123.61], [-10.19, 123.61], [-10.2, 123.6]]  # [lat, lng]
    with pytest.raises(geo.GeometryError) as caught:
        geo.geometry_from_geojson({"type": "Polygon", "coordinates": [ring]})
    assert "[lng, lat]" in caught.value.message_en
    assert "[bujur, lintang]" in caught.value.message_id


def test_a_self_intersecting_polygon_is_refused_saying_where():
    bowtie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]
    with pytest.raises(geo.GeometryError) as caught:
        geo.geometry_from_geojson({"type": "Polygon", "coordinates": [bowtie]})
    assert caught.value.message_en == "invalid polygon: Self-intersection[0.5 0.5]"
    assert "berpotongan dengan dirinya sendiri" in caught.value.message_id
    assert "Self-intersection[0.5 0.5]" in caught.value.message_id


@pytest.mark.parametrize(
    "coordinates,reason",
    [
        ([[[0, 0], [1, 0], [2, 0], [0, 0]]], "Self-intersection"),  # no area: collinear
        ([[[0, 0], [0, 0], [0, 0], [0, 0]]], "Too few points"),
        (
            [square(0, 0, 1)["coordinates"][0], square(5, 5, 1)["coordinates"][0]],
            "Hole lies outside",
        ),
    ],
)
def test_degenerate_polygons_are_refused(coordinates, reason):
    with pytest.raises(geo.GeometryError) as caught:
        geo.geometry_from_geojson({"type": "Polygon", "coordinates": coordinates})
    assert reason in caught.value.message_en
    assert "poligon tidak sah" in caught.value.message_id


def test_overlapping_parts_of_a_multipolygon_are_refused():
    data = {
        "type": "MultiPolygon",
        "coordinates": [square(0, 0, 1)["coordinates"], square(0.5, 0.5, 1)["coordinates"]],
    }
    with pytest.raises(geo.GeometryError) as caught:
        geo.geometry_from_geojson(data)
    assert caught.value.message_en.startswith("invalid polygon: ")


def test_an_unknown_validity_reason_still_gets_an_indonesian_message():
    assert geo._reason_id("Something new[0 0]") == "geometri tidak sah"


# --- geodesic area -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lng,lat,size",
    [(0, 0, 1), (123.6, -10.2, 0.01), (108.98, 0.9, 0.05), (95.3, 5.5, 0.001), (140.7, -2.5, 0.2)],
)
def test_area_matches_the_closed_form_area_of_a_graticule_rectangle(lng, lat, size):
    expected = rectangle_ha(lng, lat, lng + size, lat + size)
    area = geo.area_ha(geo.geometry_from_geojson(graticule_rectangle(lng, lat, size, size)))
    assert float(area) == pytest.approx(expected, abs=0.01, rel=1e-7)


def test_one_degree_square_at_the_equator_is_about_1_23_million_hectares():
    area = geo.area_ha(geo.geometry_from_geojson(graticule_rectangle(0, 0, 1, 1)))
    assert Decimal("1230000") < area < Decimal("1232000")  # 12,308 km² on WGS84


def test_area_is_a_decimal_rounded_to_hundredths():
    area = geo.area_ha(geo.geometry_from_geojson(square(123.6, -10.2, 0.001)))
    assert isinstance(area, Decimal)
    assert area.as_tuple().exponent == -2
    assert area == Decimal("1.21")


def test_area_does_not_depend_on_ring_orientation():
    counter = geo.area_ha(geo.geometry_from_geojson(square(123.6, -10.2, 0.01)))
    clockwise = geo.area_ha(geo.geometry_from_geojson(square(123.6, -10.2, 0.01, clockwise=True)))
    assert counter == clockwise > 0


def test_a_hole_is_subtracted_whatever_its_orientation():
    outer = square(123.6, -10.2, 0.02)["coordinates"][0]
    for hole in (square(123.605, -10.195, 0.01), square(123.605, -10.195, 0.01, clockwise=True)):
        data = {"type": "Polygon", "coordinates": [outer, hole["coordinates"][0]]}
        area = geo.area_ha(geo.geometry_from_geojson(data))
        expected = rectangle_ha(123.6, -10.2, 123.62, -10.18) - rectangle_ha(
            123.605, -10.195, 123.615, -10.185
        )
        assert float(area) == pytest.approx(expected, abs=0.01)


def test_multipolygon_parts_add_up_even_when_they_turn_opposite_ways():
    data = {
        "type": "MultiPolygon",
        "coordinates": [
            square(123.6, -10.2, 0.01)["coordinates"],
            square(123.7, -10.2, 0.01, clockwise=True)["coordinates"],
        ],
    }
    area = geo.area_ha(geo.geometry_from_geojson(data))
    expected = rectangle_ha(123.6, -10.2, 123.61, -10.19) + rectangle_ha(
        123.7, -10.2, 123.71, -10.19
    )
    assert float(area) == pytest.approx(expected, abs=0.02)


@given(
    lng=st.floats(95, 141),
    lat=st.floats(-11, 6),
    width=st.floats(0.0005, 0.5),
    height=st.floats(0.0005, 0.5),
    clockwise=st.booleans(),
)
def test_area_of_any_rectangle_in_indonesia_matches_the_closed_form(
    lng, lat, width, height, clockwise
):
    data = graticule_rectangle(lng, lat, width, height, steps=50, clockwise=clockwise)
    area = geo.area_ha(geo.geometry_from_geojson(data))
    expected = rectangle_ha(lng, lat, lng + width, lat + height)
    assert float(area) == pytest.approx(expected, abs=0.006, rel=1e-6)


# --- centroid, bbox, measures, containment, output ---------------------------------------------


def test_centroid_is_lng_lat():
    assert geo.centroid(geo.geometry_from_geojson(square(123.6, -10.2, 0.02))) == pytest.approx(
        (123.61, -10.19)
    )


def test_centroid_of_a_multipolygon_weighs_its_parts_by_area():
    geometry = MultiPolygon([box(0, 0, 1, 1), box(2, 0, 4, 1)])  # areas 1 and 2
    assert geo.centroid(geometry) == pytest.approx(((0.5 * 1 + 3 * 2) / 3, 0.5))


def test_bbox_is_min_lng_min_lat_max_lng_max_lat_as_a_list():
    geometry = MultiPolygon([box(123.5, -10.3, 123.6, -10.2), box(123.65, -10.15, 123.7, -10.1)])
    assert geo.bbox(geometry) == [123.5, -10.3, 123.7, -10.1]
    assert all(isinstance(value, float) for value in geo.bbox(geometry))


def test_measure_gathers_what_the_database_stores():
    measures = geo.measure(geo.geometry_from_geojson(square(123.6, -10.2, 0.01)))
    assert measures.area_ha == geo.area_ha(box(123.6, -10.2, 123.61, -10.19))
    assert (measures.centroid_lng, measures.centroid_lat) == pytest.approx((123.605, -10.195))
    assert measures.bbox == pytest.approx([123.6, -10.2, 123.61, -10.19])


@pytest.mark.parametrize(
    "child,share",
    [
        (box(0.2, 0.2, 0.8, 0.8), 1.0),  # wholly inside
        (box(0, 0, 1, 1), 1.0),  # the parent itself
        (box(0.5, 0, 1.5, 1), 0.5),  # half out
        (box(0.9, 0, 1.9, 1), 0.1),
        (box(1, 0, 2, 1), 0.0),  # touching only
        (box(5, 5, 6, 6), 0.0),  # far away
        (MultiPolygon([box(0, 0, 0.5, 1), box(3, 0, 3.5, 1)]), 0.5),
    ],
)
def test_fraction_inside_is_the_share_of_the_child_within_the_parent(child, share):
    assert geo.fraction_inside(child, box(0, 0, 1, 1)) == pytest.approx(share)


def test_fraction_inside_of_an_arealess_child_is_zero():
    assert geo.fraction_inside(Polygon(), box(0, 0, 1, 1)) == 0.0


def test_to_geojson_gives_lists_rounded_to_six_decimals():
    geometry = Polygon([(0.1234567, 0), (1, 0), (1, 1.0000004), (0.1234567, 0)])
    data = geo.to_geojson(geometry)
    assert data == {
        "type": "Polygon",
        "coordinates": [[[0.123457, 0.0], [1.0, 0.0], [1.0, 1.0], [0.123457, 0.0]]],
    }
    assert json.loads(json.dumps(data)) == data


def test_to_geojson_round_trips_a_multipolygon_with_a_hole():
    shell = box(0, 0, 4, 4)
    geometry = MultiPolygon([Polygon(shell.exterior.coords, [box(1, 1, 2, 2).exterior.coords]),
                             box(5, 5, 6, 6)])  # fmt: skip
    again = geo.geometry_from_geojson(geo.to_geojson(geometry))
    assert again.equals(geometry)


# --- the real, simplified boundaries (../shared/data) ------------------------------------------


def _features(path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)["features"]


@pytest.mark.realdata
def test_kota_kupang_and_oesapa_barat_measure_their_published_geodesic_areas(shared_data_dir):
    features = {
        f["properties"]["kode"]: f
        for f in _features(shared_data_dir / "boundaries" / "53.71.geojson")
    }
    kupang = geo.area_ha(geo.geometry_from_geojson(features["53.71"]["geometry"]))
    oesapa_barat = geo.area_ha(geo.geometry_from_geojson(features["53.71.03.1014"]["geometry"]))
    assert float(kupang) == pytest.approx(16003, rel=0.01)
    assert float(oesapa_barat) == pytest.approx(219.6, abs=0.5)


@pytest.mark.realdata
def test_every_real_city_boundary_is_accepted(shared_data_dir):
    for name in ("53.71.geojson", "61.72.geojson"):
        for feature in _features(shared_data_dir / "boundaries" / name):
            geometry = geo.geometry_from_geojson(feature["geometry"])
            assert geo.area_ha(geometry) > 0


@pytest.mark.realdata
def test_the_six_self_intersecting_desa_of_ntt_are_refused(shared_data_dir):
    refused = []
    for feature in _features(shared_data_dir / "boundaries" / "kelurahan-53.geojson.gz"):
        try:
            geo.geometry_from_geojson(feature["geometry"])
        except geo.GeometryError as error:
            refused.append((feature["properties"]["kode"], error.message_en))
    assert [code for code, _ in refused] == [
        "53.02.11.2003", "53.03.07.2001", "53.09.07.2008",
        "53.09.07.2013", "53.10.14.2002", "53.17.03.2002",
    ]  # fmt: skip
    assert all("Self-intersection" in message for _, message in refused)
