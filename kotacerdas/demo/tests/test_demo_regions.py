"""The demo's regions: real codes and names, schematic boundaries that tile and nest."""

import itertools

import pytest
from shapely.geometry import Point

from kotacerdas.demo import regions_data, schematic
from kotacerdas.demo.regions import demo_regions_load
from kotacerdas.lib import geo
from kotacerdas.lib import kode as kodes
from kotacerdas.regions.models import Region


def city_centroids(city):
    return {c: (lng, lat) for c, _n, lng, lat in regions_data.KELURAHAN if kodes.within(c, city)}


# --- the data table and the pure drawing (no database) -----------------------------------------


def test_the_table_holds_the_official_kecamatan_and_kelurahan_counts():
    assert regions_data.PROVINCES == [("53", "Nusa Tenggara Timur"), ("61", "Kalimantan Barat")]
    assert regions_data.CITIES == [("53.71", "Kota Kupang"), ("61.72", "Kota Singkawang")]
    districts = [code for code, _ in regions_data.DISTRICTS]
    assert sum(kodes.within(c, "53.71") for c in districts) == 6
    assert sum(kodes.within(c, "61.72") for c in districts) == 5
    assert len(city_centroids("53.71")) == 51
    assert len(city_centroids("61.72")) == 26


def test_every_code_in_the_table_is_valid_unique_and_under_a_listed_parent():
    codes = [c for c, _ in regions_data.PROVINCES + regions_data.CITIES + regions_data.DISTRICTS]
    codes += [c for c, *_ in regions_data.KELURAHAN]
    assert len(codes) == len(set(codes)) == 2 + 2 + 11 + 77
    for code in codes:
        assert kodes.is_valid(code)
        assert kodes.parent_of(code) is None or kodes.parent_of(code) in codes
    assert all(kodes.is_kelurahan(c) for c, *_ in regions_data.KELURAHAN)


def test_the_centroids_are_rounded_and_lie_in_their_city():
    boxes = {"53.71": (123.5, -10.35, 123.75, -10.1), "61.72": (108.85, 0.75, 109.2, 1.05)}
    for code, name, lng, lat in regions_data.KELURAHAN:
        assert name and name == name.strip()
        assert round(lng, 3) == lng and round(lat, 3) == lat
        min_lng, min_lat, max_lng, max_lat = boxes[code[:5]]
        assert min_lng < lng < max_lng and min_lat < lat < max_lat, code


@pytest.mark.parametrize("city,kecamatan,kelurahan", [("53.71", 6, 51), ("61.72", 5, 26)])
def test_schematic_shapes_cover_every_kelurahan_kecamatan_and_the_city(city, kecamatan, kelurahan):
    shapes = schematic.city_shapes(city_centroids(city))

    assert sum(code.count(".") == 3 for code in shapes) == kelurahan
    assert sum(code.count(".") == 2 for code in shapes) == kecamatan
    assert city in shapes
    assert all(shape.is_valid and not shape.is_empty for shape in shapes.values())


@pytest.mark.parametrize("city", ["53.71", "61.72"])
def test_schematic_kelurahan_nest_in_their_kecamatan_and_city_without_overlapping(city):
    centroids = city_centroids(city)
    shapes = schematic.city_shapes(centroids)
    kelurahan = sorted(centroids)

    for code in shapes:
        parent = kodes.parent_of(code)
        if parent in shapes:
            assert geo.fraction_inside(shapes[code], shapes[parent]) >= 0.99, code
    for code in kelurahan:
        assert shapes[code].contains(Point(centroids[code]))
    for a, b in itertools.combinations(kelurahan, 2):
        assert shapes[a].intersection(shapes[b]).area < 1e-12, (a, b)
    covered = sum(shapes[code].area for code in kelurahan)
    assert covered == pytest.approx(shapes[city].area, rel=1e-9)  # no gaps either


def test_schematic_cells_survive_the_geojson_round_trip():
    shapes = schematic.city_shapes(city_centroids("61.72"))
    for shape in shapes.values():
        again = geo.geometry_from_geojson(geo.to_geojson(shape))
        assert again.symmetric_difference(shape).area < 1e-12


def test_two_kelurahan_on_one_centroid_are_refused():
    with pytest.raises(ValueError, match="share a centroid"):
        schematic.kelurahan_cells(
            {"53.71.01.1001": (123.5, -10.1), "53.71.01.1002": (123.5, -10.1)}
        )


# --- loading into the database -----------------------------------------------------------------


@pytest.mark.django_db
def test_loading_creates_both_cities_with_their_kecamatan_and_kelurahan():
    counts = demo_regions_load()

    assert counts == {
        "created": 92, "updated": 0, "unchanged": 0, "schematic": 90, "official_kept": 0,
    }  # fmt: skip
    for city, kecamatan, kelurahan in (("53.71", 6, 51), ("61.72", 5, 26)):
        assert Region.objects.below(city).at_level("district").count() == kecamatan
        assert Region.objects.within(city).kelurahan().count() == kelurahan
    oesapa_barat = Region.objects.get(code="53.71.03.1014")
    assert oesapa_barat.name == "Oesapa Barat"
    assert oesapa_barat.parent_id == "53.71.03"
    assert Region.objects.get(code="53").boundary is None  # no province shapes


@pytest.mark.django_db
def test_loaded_boundaries_are_schematic_valid_nested_and_without_area():
    demo_regions_load()
    regions = {r.code: r for r in Region.objects.within("53.71")}
    shapes = {code: geo.geometry_from_geojson(r.boundary) for code, r in regions.items()}

    for code, region in regions.items():
        assert region.boundary_source == "schematic"
        assert region.area_ha is None  # a schematic shape's area means nothing
        assert region.bbox == pytest.approx(geo.bbox(shapes[code]))
        if kodes.parent_of(code) in shapes:
            assert geo.fraction_inside(shapes[code], shapes[kodes.parent_of(code)]) >= 0.99
    # A kelurahan's marker stays on its approximate real centroid.
    assert (regions["53.71.03.1014"].centroid_lng, regions["53.71.03.1014"].centroid_lat) == (
        123.632,
        -10.148,
    )


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    demo_regions_load()
    before = list(Region.objects.values_list("code", "name", "boundary", "updated_at"))

    counts = demo_regions_load()

    assert counts["unchanged"] == 92
    assert counts["created"] == counts["updated"] == 0
    assert list(Region.objects.values_list("code", "name", "boundary", "updated_at")) == before


@pytest.mark.django_db
def test_loading_fills_in_regions_imported_from_the_official_list(regions):
    Region.objects.filter(code="53.71.06.1008").update(name="Fatubesi Lama")

    counts = demo_regions_load()

    assert counts["created"] == 92 - len(regions)
    assert counts["updated"] == len(regions) - 2  # all but the provinces gain a boundary
    assert Region.objects.get(code="53.71.06.1008").name == "Fatubesi"
    assert Region.objects.get(code="53.71.06.1008").boundary_source == "schematic"


@pytest.mark.django_db
def test_official_boundaries_are_never_overwritten(regions):
    official = geo.to_geojson(geo.geometry_from_geojson(
        {"type": "Polygon", "coordinates": [[[123.62, -10.16], [123.64, -10.16],
                                             [123.64, -10.14], [123.62, -10.16]]]}
    ))  # fmt: skip
    Region.objects.filter(code__in=["53.71.03", "53.71.03.1014"]).update(
        boundary=official, boundary_source="official", area_ha="219.60", centroid_lat=-10.15
    )

    counts = demo_regions_load()
    again = demo_regions_load()

    assert counts["official_kept"] == again["official_kept"] == 2
    assert counts["schematic"] == 88
    for code in ("53.71.03", "53.71.03.1014"):
        region = Region.objects.get(code=code)
        assert region.boundary == official
        assert region.boundary_source == "official"
        assert str(region.area_ha) == "219.60"
        assert region.centroid_lat == -10.15
    assert Region.objects.get(code="53.71.03.1010").boundary_source == "schematic"
    assert again["unchanged"] == 92
