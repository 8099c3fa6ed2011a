"""The pure polygon checks used by the area form (and, later, the importers)."""

from decimal import Decimal as D

import pytest

from kotacerdas.lib.geo import GeometryError
from kotacerdas.slums.polygons import polygon_check, read_geometry


def square(x0, y0, size):
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 - size], [x0, y0 - size], [x0, y0]]
    return {"type": "Polygon", "coordinates": [ring]}


KELURAHAN = square(123.65, -10.14, 0.02)  # about 480 ha


def test_a_polygon_matching_the_decree_inside_its_kelurahan_has_no_warnings():
    small = square(123.655, -10.145, 0.0015)
    area = polygon_check(small, declared_ha=None, kelurahan_boundary=None).area_ha
    check = polygon_check(small, declared_ha=area, kelurahan_boundary=KELURAHAN)
    assert check.warnings == [] and check.geometry["type"] == "Polygon"


def test_it_warns_past_10_percent_difference_and_not_before():
    small = square(123.655, -10.145, 0.0015)
    area = polygon_check(small, declared_ha=None, kelurahan_boundary=None).area_ha
    within = polygon_check(
        small, declared_ha=(area / D("1.09")).quantize(D("0.01")), kelurahan_boundary=None
    )
    beyond = polygon_check(
        small, declared_ha=(area / D("1.12")).quantize(D("0.01")), kelurahan_boundary=None
    )
    assert within.warnings == []
    assert [w.code for w in beyond.warnings] == ["area_differs"]


def test_it_warns_when_the_polygon_leaves_its_kelurahan():
    straddling = square(123.665, -10.145, 0.01)
    check = polygon_check(straddling, declared_ha=None, kelurahan_boundary=KELURAHAN)
    (warning,) = check.warnings
    assert warning.code == "outside_kelurahan" and 40 < warning.values["p"] < 60


def test_it_reads_features_and_collections_and_refuses_junk():
    feature = {"type": "Feature", "geometry": KELURAHAN, "properties": {}}
    assert read_geometry(feature) == KELURAHAN
    assert read_geometry({"type": "FeatureCollection", "features": [feature]}) == KELURAHAN
    for junk in ("[1, 2]", "{not json", '{"type": "FeatureCollection", "features": []}'):
        with pytest.raises(ValueError):
            read_geometry(junk)
    with pytest.raises(GeometryError):
        polygon_check(
            {"type": "Point", "coordinates": [1, 2]}, declared_ha=None, kelurahan_boundary=None
        )
