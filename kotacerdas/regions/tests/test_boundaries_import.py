"""``boundaries_import``: official boundaries from a GeoJSON FeatureCollection, all or nothing.

Uses the small Kupang tree of the ``regions`` fixture and made-up rectangles around Kupang:
Kota Kupang 53.71 contains Kelapa Lima 53.71.03 and Kota Lama 53.71.06, which contain Oesapa,
Oesapa Barat and Fatubesi.
"""

import gzip
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from shapely.geometry import box

from kotacerdas.lib import geo
from kotacerdas.regions.models import Region
from kotacerdas.regions.services import (
    CONTAINMENT_MARGIN_DEG,
    ImportRefused,
    Problem,
    boundaries_import,
    regions_import,
)


def rectangle(min_lng, min_lat, max_lng, max_lat) -> dict:
    return geo.to_geojson(box(min_lng, min_lat, max_lng, max_lat))


KUPANG = rectangle(123.50, -10.30, 123.70, -10.10)
KELAPA_LIMA = rectangle(123.60, -10.20, 123.70, -10.10)
OESAPA_BARAT = rectangle(123.62, -10.16, 123.64, -10.14)
OESAPA = rectangle(123.65, -10.16, 123.67, -10.14)
KOTA_LAMA = rectangle(123.55, -10.20, 123.60, -10.15)
FATUBESI = rectangle(123.56, -10.19, 123.58, -10.17)
IN_JAVA = rectangle(110.40, -7.00, 110.42, -6.98)
BOWTIE = {"type": "Polygon", "coordinates": [[[123.62, -10.16], [123.64, -10.14],
                                              [123.64, -10.16], [123.62, -10.14],
                                              [123.62, -10.16]]]}  # fmt: skip


def feature(code, geometry, **properties) -> dict:
    return {"type": "Feature", "properties": {"kode": code, **properties}, "geometry": geometry}


def write(tmp_path, features, *, name="batas.geojson", gz=False) -> object:
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    path = tmp_path / (name + (".gz" if gz else ""))
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def refused(path) -> list[Problem]:
    with pytest.raises(ImportRefused) as caught:
        boundaries_import(path=path)
    return caught.value.report.errors


def boundaries():
    return list(
        Region.objects.exclude(boundary=None)
        .order_by("code")
        .values_list("code", "boundary", "boundary_source", "area_ha", "updated_at")
    )


def set_boundary(code, geometry, source):
    Region.objects.filter(code=code).update(boundary=geometry, boundary_source=source)


# --- what a good file does ---------------------------------------------------------------------


def test_it_stores_the_official_boundary_with_its_geodesic_area_centroid_and_bbox(
    tmp_path, regions
):
    report = boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)]))

    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    assert report.by_level == {"village": 1}
    region = Region.objects.get(code="53.71.03.1014")
    assert region.boundary == OESAPA_BARAT
    assert region.boundary_source == "official"
    assert region.area_ha == geo.area_ha(box(123.62, -10.16, 123.64, -10.14))
    assert Decimal("480") < region.area_ha < Decimal("490")  # 0.02° x 0.02° near 10° S
    assert (region.centroid_lng, region.centroid_lat) == pytest.approx((123.63, -10.15))
    assert region.bbox == pytest.approx([123.62, -10.16, 123.64, -10.14])
    assert Region.objects.get(code="53.71.03.1010").boundary is None  # others untouched


def test_it_reads_a_gzipped_geojson_file(tmp_path, regions):
    path = write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)], gz=True)
    assert path.name == "batas.geojson.gz"

    assert boundaries_import(path=path).created == 1
    assert Region.objects.get(code="53.71.03.1014").boundary_source == "official"


def test_it_takes_a_multipolygon_and_extra_properties(tmp_path, regions):
    two_parts = geo.to_geojson(
        box(123.62, -10.16, 123.63, -10.15).union(box(123.66, -10.16, 123.67, -10.15))
    )
    path = write(tmp_path, [feature("53.71.03.1014", two_parts, nama="Oesapa Barat", luas=1)])

    boundaries_import(path=path)

    assert Region.objects.get(code="53.71.03.1014").boundary["type"] == "MultiPolygon"


def test_it_stores_only_the_geometry_type_and_coordinates(tmp_path, regions):
    geometry = {**OESAPA_BARAT, "bbox": [0, 0, 1, 1]}
    boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", geometry)]))
    assert Region.objects.get(code="53.71.03.1014").boundary == OESAPA_BARAT


def test_a_city_kecamatan_and_kelurahan_file_imports_in_one_go(tmp_path, regions):
    features = [
        feature("53.71.03.1014", OESAPA_BARAT),  # children first in the file on purpose
        feature("53.71.03.1010", OESAPA),
        feature("53.71.06.1008", FATUBESI),
        feature("53.71.03", KELAPA_LIMA),
        feature("53.71.06", KOTA_LAMA),
        feature("53.71", KUPANG),
    ]
    report = boundaries_import(path=write(tmp_path, features))

    assert report.created == 6
    assert report.by_level == {"regency": 1, "district": 2, "village": 3}
    assert Region.objects.within("53.71").filter(boundary_source="official").count() == 6


# --- idempotence, updates, dry runs ------------------------------------------------------------


def test_a_second_run_of_the_same_file_changes_nothing(tmp_path, regions):
    path = write(
        tmp_path, [feature("53.71.03", KELAPA_LIMA), feature("53.71.03.1014", OESAPA_BARAT)]
    )
    boundaries_import(path=path)
    before = boundaries()

    report = boundaries_import(path=path)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert boundaries() == before  # not even updated_at moved


def test_a_changed_polygon_is_an_update(tmp_path, regions):
    boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)]))
    bigger = rectangle(123.62, -10.16, 123.645, -10.14)

    report = boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", bigger)], name="b2"))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    region = Region.objects.get(code="53.71.03.1014")
    assert region.boundary == bigger
    assert region.area_ha == geo.area_ha(box(123.62, -10.16, 123.645, -10.14))


def test_an_official_boundary_replaces_a_schematic_one_as_an_update(tmp_path, regions):
    set_boundary("53.71.03.1014", OESAPA_BARAT, "schematic")

    report = boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)]))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    region = Region.objects.get(code="53.71.03.1014")
    assert region.boundary_source == "official"
    assert region.area_ha is not None


def test_a_dry_run_writes_nothing_and_reports_the_same_counts(tmp_path, regions):
    boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)], name="a"))
    path = write(
        tmp_path, [feature("53.71.03.1014", OESAPA_BARAT), feature("53.71.03.1010", OESAPA)]
    )
    before = boundaries()

    dry = boundaries_import(path=path, dry_run=True)

    assert boundaries() == before
    assert (dry.created, dry.updated, dry.unchanged) == (1, 0, 1)
    real = boundaries_import(path=path)
    assert (real.created, real.updated, real.unchanged) == (1, 0, 1)


# --- refusals: every problem, with its feature number, and nothing written ---------------------


def test_it_refuses_an_unknown_kode_and_writes_nothing(tmp_path, regions):
    path = write(
        tmp_path, [feature("53.71.03.1014", OESAPA_BARAT), feature("53.71.03.1099", OESAPA)]
    )

    errors = refused(path)

    assert errors == [
        Problem(
            2,
            "53.71.03.1099",
            "kode '53.71.03.1099' tidak dikenal; impor daftar wilayah terlebih dahulu",
            "unknown kode '53.71.03.1099'; import the region list first",
        )
    ]
    assert boundaries() == []


def test_a_kode_in_a_province_without_any_region_is_unknown_too(tmp_path, regions):
    errors = refused(write(tmp_path, [feature("33.74", IN_JAVA)]))
    assert errors[0].message_en == "unknown kode '33.74'; import the region list first"


@pytest.mark.parametrize(
    "properties", [{}, {"kode": None}, {"kode": ""}, {"kode": "  "}, {"nama": "Oesapa Barat"}]
)
def test_it_refuses_a_feature_without_a_kode(tmp_path, regions, properties):
    path = write(tmp_path, [{"type": "Feature", "properties": properties, "geometry": OESAPA}])

    errors = refused(path)

    assert [(e.location, e.kode, e.message_en) for e in errors] == [
        (1, "", "the 'kode' property is missing or empty")
    ]


def test_it_refuses_a_feature_without_properties(tmp_path, regions):
    errors = refused(write(tmp_path, [{"type": "Feature", "geometry": OESAPA}]))
    assert errors[0].message_id == "properti 'kode' tidak ada atau kosong"


@pytest.mark.parametrize("code", [53.71, 5371, "53.7x", "53.71.3"])
def test_it_refuses_a_malformed_or_numeric_kode(tmp_path, regions, code):
    errors = refused(write(tmp_path, [feature(code, OESAPA)]))
    assert errors[0].location == 1
    assert errors[0].kode == str(code)
    assert errors[0].message_en.startswith(f"malformed kode {code!r}")


def test_it_refuses_a_kode_given_twice(tmp_path, regions):
    path = write(
        tmp_path, [feature("53.71.03.1014", OESAPA_BARAT), feature("53.71.03.1014", OESAPA)]
    )
    errors = refused(path)
    assert [(e.location, e.message_en) for e in errors] == [
        (2, "duplicate kode '53.71.03.1014', already in feature 1")
    ]


@pytest.mark.parametrize(
    "geometry,english",
    [
        ({"type": "Point", "coordinates": [123.63, -10.15]}, "'Point' is not supported"),
        ({"type": "LineString", "coordinates": [[123.6, -10.1], [123.7, -10.2]]}, "not supported"),
        (None, "geometry is missing"),
        ({"type": "Polygon", "coordinates": []}, "geometry is empty"),
    ],
)
def test_it_refuses_a_geometry_that_is_not_a_polygon(tmp_path, regions, geometry, english):
    errors = refused(write(tmp_path, [feature("53.71.03.1014", geometry)]))

    assert len(errors) == 1
    assert errors[0].location == 1
    assert errors[0].kode == "53.71.03.1014"
    assert english in errors[0].message_en
    assert errors[0].message_en.startswith("53.71.03.1014: ")


def test_it_refuses_a_self_intersecting_polygon_and_says_where(tmp_path, regions):
    errors = refused(write(tmp_path, [feature("53.71.03.1014", BOWTIE)]))

    assert errors == [
        Problem(
            1,
            "53.71.03.1014",
            "53.71.03.1014: poligon tidak sah: batas berpotongan dengan dirinya sendiri"
            " (Self-intersection[123.63 -10.15])",
            "53.71.03.1014: invalid polygon: Self-intersection[123.63 -10.15]",
        )
    ]


def test_it_refuses_a_kelurahan_outside_its_kecamatan_from_the_same_file(tmp_path, regions):
    # Oesapa Barat drawn in Kota Lama's place: wholly outside Kelapa Lima.
    path = write(tmp_path, [feature("53.71.03.1014", FATUBESI), feature("53.71.03", KELAPA_LIMA)])

    errors = refused(path)

    assert errors == [
        Problem(
            1,
            "53.71.03.1014",
            "53.71.03.1014: hanya 0% luas poligon berada di dalam batas induknya 53.71.03"
            " (minimal 80%, dengan kelonggaran ±550 m)",
            "53.71.03.1014: only 0% of the polygon lies inside its parent 53.71.03"
            " (at least 80% needed, with a margin of about 550 m)",
        )
    ]
    assert boundaries() == []  # Kelapa Lima, which was fine, was not written either


def test_it_refuses_a_kelurahan_outside_an_official_parent_already_in_the_database(
    tmp_path, regions
):
    set_boundary("53.71.03", KELAPA_LIMA, "official")
    errors = refused(write(tmp_path, [feature("53.71.03.1014", IN_JAVA)]))
    assert "only 0% of the polygon lies inside its parent 53.71.03" in errors[0].message_en


def test_a_kecamatan_is_checked_against_its_city_too(tmp_path, regions):
    set_boundary("53.71", KUPANG, "official")
    errors = refused(write(tmp_path, [feature("53.71.03", IN_JAVA)]))
    assert errors[0].kode == "53.71.03"


def test_a_schematic_parent_is_not_a_border_to_check_against(tmp_path, regions):
    set_boundary("53.71.03", KOTA_LAMA, "schematic")  # a made-up demo shape elsewhere
    report = boundaries_import(path=write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT)]))
    assert report.created == 1


def test_a_polygon_spilling_a_few_hundred_metres_over_its_parent_is_accepted(tmp_path, regions):
    # 0.003° (~330 m) of this 0.008° wide kelurahan lies east of Kelapa Lima: only 62 % inside,
    # as simplified real boundaries often are, but wholly within the 0.005° margin.
    spilling = rectangle(123.695, -10.16, 123.703, -10.14)
    assert geo.fraction_inside(
        box(123.695, -10.16, 123.703, -10.14), box(123.60, -10.20, 123.70, -10.10)
    ) == pytest.approx(0.625)
    path = write(tmp_path, [feature("53.71.03", KELAPA_LIMA), feature("53.71.03.1014", spilling)])

    assert boundaries_import(path=path).created == 2


def test_a_polygon_reaching_kilometres_out_of_its_parent_is_refused(tmp_path, regions):
    # Half of it lies east of Kelapa Lima, reaching 2.2 km out: 62 % inside even with the margin.
    reaching = rectangle(123.68, -10.16, 123.72, -10.14)
    path = write(tmp_path, [feature("53.71.03", KELAPA_LIMA), feature("53.71.03.1014", reaching)])

    errors = refused(path)

    assert "only 62% of the polygon lies inside its parent 53.71.03" in errors[0].message_en
    assert CONTAINMENT_MARGIN_DEG == 0.005


def test_a_child_of_a_refused_parent_is_not_checked_against_it(tmp_path, regions):
    path = write(tmp_path, [feature("53.71.03", BOWTIE), feature("53.71.03.1014", IN_JAVA)])
    errors = refused(path)
    assert [e.kode for e in errors] == ["53.71.03"]  # only the invalid parent


def test_it_lists_every_problem_of_the_file_at_once_in_feature_order(tmp_path, regions):
    set_boundary("53.71.06.1008", FATUBESI, "official")
    before = boundaries()
    features = [
        feature("53.71.03", KELAPA_LIMA),  # 1: fine
        feature("53.71.03.1014", BOWTIE),  # 2: self-intersecting
        feature("53.71.03.1099", OESAPA),  # 3: unknown
        {"type": "Feature", "properties": {}, "geometry": OESAPA},  # 4: no kode
        feature("53.71.03.1010", {"type": "Point", "coordinates": [123.6, -10.1]}),  # 5: a point
        feature("53.71.06.1008", KELAPA_LIMA),  # 6: fine (Kota Lama has no boundary)
        feature("53.71.03.1010", IN_JAVA),  # 7: repeated kode
    ]
    with pytest.raises(ImportRefused) as caught:
        boundaries_import(path=write(tmp_path, features))

    report = caught.value.report
    assert [(e.location, e.kode) for e in report.errors] == [
        (2, "53.71.03.1014"), (3, "53.71.03.1099"), (4, ""), (5, "53.71.03.1010"),
        (7, "53.71.03.1010"),
    ]  # fmt: skip
    assert report.problem_lines()[1] == (
        "Fitur 3: kode '53.71.03.1099' tidak dikenal; impor daftar wilayah terlebih dahulu / "
        "Feature 3: unknown kode '53.71.03.1099'; import the region list first"
    )
    assert boundaries() == before  # Fatubesi still has its old boundary


@pytest.mark.parametrize(
    "content,english",
    [
        (b"", "not valid JSON"),
        (b"{kode: 53}", "not valid JSON (line 1, column 2"),
        (b'{"type": "Feature", "geometry": null}', "must be a GeoJSON FeatureCollection"),
        (b"[]", "must be a GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection"}', "must be a GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": {}}', "must be a GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": []}', "the collection is empty"),
        (b'{"nama": "\xff"}', "not UTF-8 text (line 1)"),
        (b"\x1f\x8b\x08\x00broken", "corrupt gzip file"),
    ],
)
def test_it_refuses_a_file_that_is_not_a_feature_collection(tmp_path, regions, content, english):
    path = tmp_path / "batas.geojson"
    path.write_bytes(content)

    errors = refused(path)

    assert len(errors) == 1
    assert errors[0].location is None
    assert english in errors[0].message_en


def test_it_refuses_a_feature_that_is_not_an_object(tmp_path, regions):
    errors = refused(write(tmp_path, [feature("53.71.03.1014", OESAPA_BARAT), "53.71.03.1010"]))
    assert [(e.location, e.message_en) for e in errors] == [
        (2, "the feature is not a GeoJSON object")
    ]


def test_it_refuses_a_missing_file(tmp_path, regions):
    errors = refused(tmp_path / "tidak-ada.geojson")
    assert errors[0].message_en.startswith("cannot read the file")


# --- the report and the cost -------------------------------------------------------------------


def test_the_report_counts_features_per_level(tmp_path, regions):
    report = boundaries_import(path=write(tmp_path, [feature("53.71.03", KELAPA_LIMA)]))
    lines = report.lines()
    assert lines[0] == "Batas wilayah / Boundaries: batas.geojson"
    assert "    kecamatan / district                 1" in lines


def test_it_never_queries_per_feature(tmp_path, regions):
    rows = "\n".join(f"53.71.03.{1100 + n},Kelurahan {n}" for n in range(600))
    csv_path = tmp_path / "wilayah.csv"
    csv_path.write_text(f"kode,nama\n{rows}\n")
    regions_import(path=csv_path)
    set_boundary("53.71.03", KELAPA_LIMA, "official")
    features = [
        feature(
            f"53.71.03.{1100 + n}",
            rectangle(123.6 + n * 1e-4, -10.2, 123.6 + (n + 1) * 1e-4, -10.19),
        )
        for n in range(600)
    ]
    path = write(tmp_path, features)

    with CaptureQueriesContext(connection) as queries:
        report = boundaries_import(path=path)

    assert report.created == 600
    selects = [q for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    assert len(selects) <= 3  # known codes; stored boundaries of 601 codes, 500 at a time
    assert len(queries.captured_queries) < 15
