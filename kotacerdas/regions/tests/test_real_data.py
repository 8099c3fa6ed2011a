"""The imports against the real reference data in ../shared/data (skipped when it is absent).

The national import runs once, in one test; the boundary tests import only the part of the list
they need (filtered to a temporary CSV), which keeps them quick.
"""

import csv

import pytest

from kotacerdas.regions.models import Region
from kotacerdas.regions.services import ImportRefused, boundaries_import, regions_import

pytestmark = [pytest.mark.realdata, pytest.mark.django_db]


def part_of_the_list(shared_data_dir, tmp_path, *prefixes) -> object:
    """A ``kode,nama`` CSV with the provinces of ``prefixes`` and every row under ``prefixes``."""
    path = tmp_path / "wilayah-part.csv"
    wanted = set(prefixes) | {prefix.split(".")[0] for prefix in prefixes}
    source = shared_data_dir / "wilayah" / "wilayah.csv"
    with open(source, encoding="utf-8-sig", newline="") as src, open(path, "w", newline="") as dst:
        writer = csv.writer(dst)
        for row in csv.reader(src):
            code = row[0]
            if code == "kode" or code in wanted or any(code.startswith(p + ".") for p in prefixes):
                writer.writerow(row)
    return path


def test_the_national_list_imports_with_its_counts_per_level_and_a_second_run_changes_nothing(
    shared_data_dir,
):
    path = shared_data_dir / "wilayah" / "wilayah.csv"

    first = regions_import(path=path)

    assert first.by_level == {"province": 38, "regency": 514, "district": 7285, "village": 83762}
    assert (first.created, first.updated, first.unchanged) == (91599, 0, 0)
    assert Region.objects.count() == 91599
    assert Region.objects.within("53.71").kelurahan().count() == 51
    assert Region.objects.get(code="53.71.03.1014").name == "Oesapa Barat"
    assert Region.objects.get(code="31.72").name == "Kota Administrasi Jakarta Utara"  # trimmed

    second = regions_import(path=path)

    assert (second.created, second.updated, second.unchanged) == (0, 0, 91599)


def test_kupang_and_singkawang_boundaries_import_with_their_geodesic_areas(
    shared_data_dir, tmp_path
):
    regions_import(path=part_of_the_list(shared_data_dir, tmp_path, "53.71", "61.72"))
    boundaries = shared_data_dir / "boundaries"

    kupang = boundaries_import(path=boundaries / "53.71.geojson")
    singkawang = boundaries_import(path=boundaries / "61.72.geojson")

    assert kupang.by_level == {"regency": 1, "district": 6, "village": 51}
    assert singkawang.by_level == {"regency": 1, "district": 5, "village": 26}
    assert kupang.created + singkawang.created == 90
    official = Region.objects.filter(boundary_source="official")
    assert official.kelurahan().count() == 77
    assert official.within("53.71").kelurahan().count() == 51
    assert official.within("61.72").kelurahan().count() == 26
    assert float(Region.objects.get(code="53.71").area_ha) == pytest.approx(16003, rel=0.01)
    assert float(Region.objects.get(code="53.71.03.1014").area_ha) == pytest.approx(219.6, abs=0.5)
    oesapa_barat = Region.objects.get(code="53.71.03.1014")
    assert oesapa_barat.bbox[0] < oesapa_barat.centroid_lng < oesapa_barat.bbox[2]
    assert oesapa_barat.bbox[1] < oesapa_barat.centroid_lat < oesapa_barat.bbox[3]

    again = boundaries_import(path=boundaries / "53.71.geojson")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 58)


def test_every_desa_and_kelurahan_of_kalimantan_barat_imports_from_the_gzipped_file(
    shared_data_dir, tmp_path
):
    regions_import(path=part_of_the_list(shared_data_dir, tmp_path, "61"))
    boundaries = shared_data_dir / "boundaries"
    boundaries_import(path=boundaries / "61.72.geojson")  # Singkawang's kecamatan: checked against

    report = boundaries_import(path=boundaries / "kelurahan-61.geojson.gz")

    assert report.by_level == {"village": 2130}
    assert (report.created, report.updated, report.unchanged) == (2104, 0, 26)


def test_the_ntt_file_is_refused_for_its_six_self_intersecting_desa_and_nothing_is_written(
    shared_data_dir, tmp_path
):
    regions_import(path=part_of_the_list(shared_data_dir, tmp_path, "53"))

    with pytest.raises(ImportRefused) as caught:
        boundaries_import(path=shared_data_dir / "boundaries" / "kelurahan-53.geojson.gz")

    errors = caught.value.report.errors
    assert [e.kode for e in errors] == [
        "53.02.11.2003", "53.03.07.2001", "53.09.07.2008",
        "53.09.07.2013", "53.10.14.2002", "53.17.03.2002",
    ]  # fmt: skip
    assert all("Self-intersection" in e.message_en for e in errors)
    assert not Region.objects.exclude(boundary=None).exists()
