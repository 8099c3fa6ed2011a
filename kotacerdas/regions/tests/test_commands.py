"""``kotacerdas import-regions`` and ``kotacerdas import-boundaries``."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kotacerdas.regions.models import Region


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_import_regions_prints_the_report(tmp_path):
    path = tmp_path / "wilayah.csv"
    path.write_text("kode,nama\n53,Nusa Tenggara Timur\n53.71,Kota Kupang\n")

    out, err = run("import-regions", str(path))

    assert "baru / created                         2" in out
    assert "kabupaten-kota / regency-city        1" in out
    assert err == ""
    assert Region.objects.count() == 2


@pytest.mark.django_db
def test_import_regions_dry_run_saves_nothing(tmp_path):
    path = tmp_path / "wilayah.csv"
    path.write_text("kode,nama\n53,Nusa Tenggara Timur\n")

    out, _ = run("import-regions", str(path), "--dry-run")

    assert "dry run, nothing saved" in out
    assert "baru / created                         1" in out
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_import_regions_prints_every_problem_to_stderr_and_fails(tmp_path):
    path = tmp_path / "wilayah.csv"
    path.write_text("kode,nama\n53,Nusa Tenggara Timur\n53.7x,Rusak\n53.71,\n")
    err = io.StringIO()

    with pytest.raises(CommandError) as caught:
        call_command("import-regions", str(path), stdout=io.StringIO(), stderr=err)

    assert str(caught.value) == (
        "Impor ditolak: 2 masalah, tidak ada yang disimpan / "
        "Import refused: 2 problems, nothing was saved"
    )
    lines = err.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Baris 3: kode '53.7x' tidak valid")
    assert lines[1].startswith("Baris 4: nama untuk kode '53.71' kosong")
    assert not Region.objects.exists()


def test_import_boundaries_prints_the_report(tmp_path, regions):
    path = tmp_path / "batas.geojson"
    ring = [
        [123.62, -10.16],
        [123.64, -10.16],
        [123.64, -10.14],
        [123.62, -10.14],
        [123.62, -10.16],
    ]
    feature = {
        "type": "Feature",
        "properties": {"kode": "53.71.03.1014"},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))

    out, _ = run("import-boundaries", str(path))
    again, _ = run("import-boundaries", str(path))

    assert "Batas wilayah / Boundaries: batas.geojson" in out
    assert "baru / created                         1" in out
    assert "tetap / unchanged                      1" in again
    assert Region.objects.get(code="53.71.03.1014").boundary_source == "official"


def test_import_boundaries_refuses_with_the_reason_in_both_languages(tmp_path, regions):
    path = tmp_path / "batas.geojson"
    feature = {"type": "Feature", "properties": {"kode": "53.71.03.1014"}, "geometry": None}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    err = io.StringIO()

    with pytest.raises(CommandError, match="Import refused: 1 problems"):
        call_command("import-boundaries", str(path), stdout=io.StringIO(), stderr=err)

    assert err.getvalue() == (
        "Fitur 1: 53.71.03.1014: geometri tidak ada atau bukan objek GeoJSON / "
        "Feature 1: 53.71.03.1014: geometry is missing or not a GeoJSON object\n"
    )
