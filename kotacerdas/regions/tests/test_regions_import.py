"""``regions_import``: the kode wilayah list from a ``kode,nama`` CSV, all or nothing."""

import gzip

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kotacerdas.regions.models import Region
from kotacerdas.regions.services import ImportRefused, Problem, regions_import

KUPANG_CSV = """kode,nama
53,Nusa Tenggara Timur
53.71,Kota Kupang
53.71.03,Kelapa Lima
53.71.03.1010,Oesapa
53.71.03.1014,Oesapa Barat
53.71.03.2001,Desa Contoh
"""


def write(tmp_path, text, *, name="wilayah.csv", bom=False, crlf=False):
    path = tmp_path / name
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def refused(path) -> list[Problem]:
    with pytest.raises(ImportRefused) as caught:
        regions_import(path=path)
    return caught.value.report.errors


def snapshot():
    return list(Region.objects.values_list("code", "name", "updated_at"))


# --- what a good file does ---------------------------------------------------------------------


@pytest.mark.django_db
def test_it_creates_every_region_with_its_level_parent_and_kelurahan_flag(tmp_path):
    report = regions_import(path=write(tmp_path, KUPANG_CSV))

    assert (report.created, report.updated, report.unchanged, report.total) == (6, 0, 0, 6)
    assert report.by_level == {"province": 1, "regency": 1, "district": 1, "village": 3}
    oesapa_barat = Region.objects.get(code="53.71.03.1014")
    assert oesapa_barat.name == "Oesapa Barat"
    assert oesapa_barat.level == "village"
    assert oesapa_barat.parent_id == "53.71.03"
    assert oesapa_barat.is_kelurahan
    assert not Region.objects.get(code="53.71.03.2001").is_kelurahan  # a desa
    assert Region.objects.get(code="53").parent_id is None
    assert Region.objects.get(code="53.71").boundary_source == ""
    assert list(Region.objects.within("53.71").values_list("code", flat=True)) == [
        "53.71", "53.71.03", "53.71.03.1010", "53.71.03.1014", "53.71.03.2001",
    ]  # fmt: skip


@pytest.mark.django_db
def test_it_reads_a_utf8_file_with_a_byte_order_mark_and_windows_line_ends(tmp_path):
    report = regions_import(path=write(tmp_path, KUPANG_CSV, bom=True, crlf=True))

    assert report.created == 6
    assert Region.objects.filter(code="53").exists()  # not "\ufeff53" nor a refused header
    assert Region.objects.get(code="53.71.03.1014").name == "Oesapa Barat"  # no trailing "\r"


@pytest.mark.django_db
def test_names_are_trimmed_and_may_hold_quoted_commas_and_non_ascii_letters(tmp_path):
    text = "kode,nama\n12,Sumatera Utara\n12.07,Kabupaten Deli Serdang \n12.07.28,Lubuk Pakam\n"
    text += '12.07.28.1007,"Lubuk Pakam I,II"\n12.07.28.1008, Pasar Merah Ü \n'
    regions_import(path=write(tmp_path, text))

    assert Region.objects.get(code="12.07").name == "Kabupaten Deli Serdang"
    assert Region.objects.get(code="12.07.28.1007").name == "Lubuk Pakam I,II"
    assert Region.objects.get(code="12.07.28.1008").name == "Pasar Merah Ü"


@pytest.mark.django_db
def test_header_case_and_spaces_and_blank_lines_are_tolerated(tmp_path):
    report = regions_import(path=write(tmp_path, " Kode , NAMA \n\n53,Nusa Tenggara Timur\n\n"))
    assert report.created == 1


@pytest.mark.django_db
def test_a_gzipped_csv_is_read_too(tmp_path):
    path = tmp_path / "wilayah.csv.gz"
    path.write_bytes(gzip.compress(KUPANG_CSV.encode()))
    assert regions_import(path=path).created == 6


@pytest.mark.django_db
def test_a_parent_already_in_the_database_is_enough(tmp_path, regions):
    report = regions_import(path=write(tmp_path, "kode,nama\n53.71.03.1011,Lasiana\n"))

    assert report.created == 1
    assert Region.objects.get(code="53.71.03.1011").parent_id == "53.71.03"


@pytest.mark.django_db
def test_rows_may_come_in_any_order(tmp_path):
    text = (
        "kode,nama\n53.71.03.1014,Oesapa Barat\n53.71.03,Kelapa Lima\n53.71,Kota Kupang\n53,NTT\n"
    )
    assert regions_import(path=write(tmp_path, text)).created == 4
    assert Region.objects.get(code="53.71.03.1014").parent.parent.parent.code == "53"


# --- idempotence, updates, dry runs ------------------------------------------------------------


@pytest.mark.django_db
def test_a_second_run_of_the_same_file_changes_nothing(tmp_path):
    path = write(tmp_path, KUPANG_CSV)
    regions_import(path=path)
    before = snapshot()

    report = regions_import(path=path)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 6)
    assert snapshot() == before  # not even updated_at moved


@pytest.mark.django_db
def test_a_changed_name_is_an_update_and_only_that_row_changes(tmp_path):
    regions_import(path=write(tmp_path, KUPANG_CSV))
    before = {code: (name, at) for code, name, at in snapshot()}

    renamed = KUPANG_CSV.replace("53.71.03.1010,Oesapa\n", "53.71.03.1010,Oesapa Timur\n")
    report = regions_import(path=write(tmp_path, renamed, name="renamed.csv"))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 5)
    after = {code: (name, at) for code, name, at in snapshot()}
    assert after["53.71.03.1010"][0] == "Oesapa Timur"
    assert after["53.71.03.1010"][1] > before["53.71.03.1010"][1]
    assert {c: v for c, v in after.items() if c != "53.71.03.1010"} == {
        c: v for c, v in before.items() if c != "53.71.03.1010"
    }


@pytest.mark.django_db
def test_a_region_created_by_hand_with_wrong_derived_fields_is_corrected(tmp_path):
    Region.objects.create(code="53", name="Nusa Tenggara Timur", level="village", is_kelurahan=True)
    report = regions_import(path=write(tmp_path, "kode,nama\n53,Nusa Tenggara Timur\n"))

    assert report.updated == 1
    region = Region.objects.get(code="53")
    assert (region.level, region.is_kelurahan) == ("province", False)


@pytest.mark.django_db
def test_regions_missing_from_the_file_are_never_deleted(tmp_path, regions):
    report = regions_import(path=write(tmp_path, "kode,nama\n53,Nusa Tenggara Timur\n"))

    assert report.unchanged == 1
    assert Region.objects.count() == len(regions)


@pytest.mark.django_db
def test_a_dry_run_writes_nothing_and_reports_the_same_counts(tmp_path, regions):
    path = write(tmp_path, KUPANG_CSV.replace("Oesapa\n", "Oesapa Lama\n"))
    before = snapshot()

    dry = regions_import(path=path, dry_run=True)

    assert snapshot() == before
    assert dry.dry_run
    # 53, 53.71, 53.71.03 and Oesapa Barat exist; Oesapa is renamed; the desa is new.
    assert (dry.created, dry.updated, dry.unchanged) == (1, 1, 4)
    real = regions_import(path=path)
    assert (real.created, real.updated, real.unchanged) == (1, 1, 4)
    assert real.by_level == dry.by_level


@pytest.mark.django_db
def test_a_dry_run_refuses_a_bad_file_just_like_a_real_run(tmp_path):
    path = write(tmp_path, "kode,nama\n53.7x,Kota Kupang\n")
    with pytest.raises(ImportRefused):
        regions_import(path=path, dry_run=True)


# --- refusals: every problem, with its line, and nothing written -------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["53.7x", "5", "53.7", "53.71.3", "53.71.03.101", "53-71", "abc",
                                 "53.71.03.1014.1", "53.71.", ""])  # fmt: skip
def test_it_refuses_a_malformed_kode_with_its_line_number_and_writes_nothing(tmp_path, bad):
    path = write(tmp_path, f"kode,nama\n53,Nusa Tenggara Timur\n{bad},Kota Kupang\n")

    errors = refused(path)

    assert len(errors) == 1
    assert errors[0].location == 3
    assert errors[0].kode == bad
    assert f"kode {bad!r} tidak valid" in errors[0].message_id
    assert f"malformed kode {bad!r}" in errors[0].message_en
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_the_message_names_the_line_in_both_languages(tmp_path):
    lines = ["kode,nama", "53,Nusa Tenggara Timur"] + [f"53.{n},Kota {n}" for n in range(71, 80)]
    lines.append("53.7x,Kota Rusak")  # line 12
    with pytest.raises(ImportRefused) as caught:
        regions_import(path=write(tmp_path, "\n".join(lines) + "\n"))

    (text,) = caught.value.report.problem_lines()
    assert text.startswith("Baris 12: kode '53.7x' tidak valid")
    assert " / Line 12: malformed kode '53.7x'" in text
    assert str(caught.value) == text


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["", "   "])
def test_it_refuses_an_empty_name(tmp_path, name):
    errors = refused(write(tmp_path, f"kode,nama\n53,{name}\n"))

    assert errors == [Problem(2, "53", "nama untuk kode '53' kosong", "empty name for '53'")]
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_name_longer_than_the_database_holds(tmp_path):
    errors = refused(write(tmp_path, f"kode,nama\n53,{'N' * 121}\n"))
    assert "longer than 120 characters" in errors[0].message_en


@pytest.mark.django_db
def test_it_refuses_a_kode_repeated_in_the_file_naming_both_lines(tmp_path):
    text = "kode,nama\n53,Nusa Tenggara Timur\n53.71,Kota Kupang\n53.71,Kota Kupang Lagi\n"

    errors = refused(write(tmp_path, text))

    assert errors == [
        Problem(
            4,
            "53.71",
            "kode '53.71' ganda, sudah ada di baris 3",
            "duplicate kode '53.71', already on line 3",
        )
    ]
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_kelurahan_whose_parent_is_unknown_and_writes_nothing(tmp_path, regions):
    before = snapshot()
    text = "kode,nama\n53.71.03.1011,Lasiana\n53.71.09.1001,Entah\n"

    errors = refused(write(tmp_path, text))

    assert errors == [
        Problem(
            3,
            "53.71.09.1001",
            "induk 53.71.09 dari kode '53.71.09.1001' tidak ada di berkas maupun di basis data",
            "parent 53.71.09 of kode '53.71.09.1001' is neither in the file nor in the database",
        )
    ]
    assert snapshot() == before  # Lasiana, which was fine, was not written either


@pytest.mark.django_db
def test_a_parent_whose_own_row_is_refused_is_reported_once_not_twice(tmp_path):
    errors = refused(write(tmp_path, "kode,nama\n53,\n53.71,Kota Kupang\n"))
    assert [(e.location, e.kode) for e in errors] == [(2, "53")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header", ["code,name", "kode", "kode,nama,luas", "nama,kode", "kode;nama", "id,kode,nama"]
)
def test_it_refuses_a_wrong_header(tmp_path, header):
    errors = refused(write(tmp_path, f"{header}\n53,Nusa Tenggara Timur\n"))

    assert errors[0].location == 1
    assert "must be 'kode,nama'" in errors[0].message_en
    assert "harus 'kode,nama'" in errors[0].message_id
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_a_missing_header_is_refused_and_the_first_line_is_still_checked_as_data(tmp_path):
    errors = refused(write(tmp_path, "53,Nusa Tenggara Timur\n53.71,\n"))

    assert [(e.location, e.kode) for e in errors] == [(1, ""), (2, "53.71")]
    assert "found '53,Nusa Tenggara Timur'" in errors[0].message_en


@pytest.mark.django_db
@pytest.mark.parametrize("row,found", [("53", 1), ("53,Nusa,Tenggara", 3), ("53,NTT,", 3)])
def test_it_refuses_a_row_with_the_wrong_number_of_columns(tmp_path, row, found):
    errors = refused(write(tmp_path, f"kode,nama\n{row}\n"))
    assert errors == [
        Problem(
            2,
            "53",
            f"harus ada 2 kolom (kode,nama), ditemukan {found}",
            f"expected 2 columns (kode,nama), found {found}",
        )
    ]


@pytest.mark.django_db
def test_it_lists_every_problem_of_the_file_at_once_in_line_order(tmp_path, regions):
    text = "\n".join(
        [
            "kode,nama",
            "53.71.03.1011,Lasiana",  # 2: fine
            "53.7x,Rusak",  # 3: malformed
            "53.71.03.1012,",  # 4: empty name
            "53.71.03.1011,Lasiana Lagi",  # 5: duplicate of line 2
            "53.71.08.1001,Tanpa Induk",  # 6: unknown parent
            "53.71.03.1013",  # 7: one column
            "",
        ]
    )
    errors = refused(write(tmp_path, text))

    assert [(e.location, e.kode) for e in errors] == [
        (3, "53.7x"), (4, "53.71.03.1012"), (5, "53.71.03.1011"), (6, "53.71.08.1001"),
        (7, "53.71.03.1013"),
    ]  # fmt: skip
    assert not Region.objects.filter(code="53.71.03.1011").exists()


@pytest.mark.django_db
def test_a_refused_file_leaves_existing_names_as_they_were(tmp_path, regions):
    text = "kode,nama\n53.71,Kota Kupang Baru\n53.7x,Rusak\n"
    refused(write(tmp_path, text))
    assert Region.objects.get(code="53.71").name == "Kota Kupang"


@pytest.mark.django_db
def test_it_refuses_an_empty_file(tmp_path):
    errors = refused(write(tmp_path, ""))
    assert errors == [Problem(None, "", "berkas kosong", "the file is empty")]


@pytest.mark.django_db
def test_it_refuses_a_file_with_only_the_header(tmp_path):
    errors = refused(write(tmp_path, "kode,nama\n"))
    assert errors[0].message_en == "the file holds no data rows"


@pytest.mark.django_db
def test_it_refuses_a_file_that_is_not_utf8_naming_the_line(tmp_path):
    path = tmp_path / "wilayah.csv"
    path.write_bytes("kode,nama\n53,NTT\n61,Kalimantan Barat Ü\n".encode("latin-1"))

    errors = refused(path)

    assert errors[0].location == 3
    assert "not UTF-8" in errors[0].message_en
    assert not Region.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_name_holding_a_nul_byte(tmp_path):
    path = tmp_path / "wilayah.csv"
    path.write_bytes(b"kode,nama\n53,NTT\x00\n")
    errors = refused(path)
    assert "control character" in errors[0].message_en


@pytest.mark.django_db
def test_an_unclosed_quote_is_refused_instead_of_swallowing_the_next_lines(tmp_path):
    text = 'kode,nama\n53,"Nusa Tenggara Timur\n53.71,Kota Kupang\n'
    errors = refused(write(tmp_path, text))
    assert [(e.location, e.kode) for e in errors] == [(2, "53")]
    assert "unclosed quote" in errors[0].message_en


@pytest.mark.django_db
def test_it_refuses_a_csv_it_cannot_parse_naming_the_line(tmp_path):
    errors = refused(write(tmp_path, f"kode,nama\n53,NTT\n61,{'x' * 200_000}\n"))
    assert errors[0].location == 3
    assert errors[0].message_en == "unreadable CSV: field larger than field limit (131072)"


@pytest.mark.django_db
def test_it_refuses_a_missing_file(tmp_path):
    errors = refused(tmp_path / "tidak-ada.csv")
    assert errors[0].location is None
    assert errors[0].message_en.startswith("cannot read the file")


# --- the report and the cost -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_report_prints_counts_per_level_in_both_languages(tmp_path):
    report = regions_import(path=write(tmp_path, KUPANG_CSV), dry_run=True)
    text = str(report)

    assert text.splitlines() == [
        "Wilayah / Regions: wilayah.csv"
        " (uji coba, tidak ada yang disimpan / dry run, nothing saved)",
        "  baru / created                         6",
        "  diperbarui / updated                   0",
        "  tetap / unchanged                      0",
        "  jumlah / total                         6",
        "    provinsi / province                  1",
        "    kabupaten-kota / regency-city        1",
        "    kecamatan / district                 1",
        "    kelurahan-desa / village             3",
    ]  # fmt: skip
    assert report.lines() == text.splitlines()


def test_a_refusal_report_lists_the_problems_under_a_summary(tmp_path):
    from kotacerdas.regions.services import ImportReport

    report = ImportReport(kind="regions", path=tmp_path / "w.csv")
    report.errors = [Problem(None, "", "berkas kosong", "the file is empty")]

    assert report.lines() == [
        "Wilayah / Regions: w.csv",
        "Ditolak: 1 masalah, tidak ada yang disimpan / Refused: 1 problems, nothing saved",
        "Berkas: berkas kosong / File: the file is empty",
    ]


@pytest.mark.django_db
def test_it_reads_existing_rows_in_one_query_and_never_queries_per_row(tmp_path, regions):
    lines = ["kode,nama", "53.71.03,Kelapa Lima Baru"]
    lines += [f"53.71.03.{1100 + n},Kelurahan {n}" for n in range(3000)]
    path = write(tmp_path, "\n".join(lines) + "\n")

    with CaptureQueriesContext(connection) as queries:
        report = regions_import(path=path)

    assert (report.created, report.updated) == (3000, 1)
    selects = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    assert len(selects) == 1
    assert len(queries.captured_queries) < 20  # batches, savepoints; not one per row
