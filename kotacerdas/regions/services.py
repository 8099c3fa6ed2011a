"""Writes to the region tree: the official kode wilayah list and official boundaries.

Both imports are all-or-nothing: every row or feature is checked first, and if any is bad the
import raises ``ImportRefused`` listing every problem (line or feature number, kode, reason in
Indonesian and English) and writes nothing. Both are idempotent: running the same file again
reports everything unchanged. Neither ever deletes a region.

They are built for the national list (91,599 rows): existing rows are loaded in one query,
nothing is queried per row, and rows are written in batches, each batch one prepared statement
run over many rows (``executemany``; see ``_insert`` and ``_update`` for why not
``bulk_create`` / ``bulk_update``).
"""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from kotacerdas.lib import geo
from kotacerdas.lib import kode as kodes
from kotacerdas.regions.models import BoundarySource, Region, within_q

HEADER = ["kode", "nama"]
NAME_MAX_LENGTH = Region._meta.get_field("name").max_length
WRITE_BATCH = 2000  # rows handed to the database driver at a time
READ_BATCH = 500  # codes per ``IN (...)`` when reading boundaries

# Containment of a boundary in its parent's boundary (see docs in ``_containment_problem``).
# The shared reference boundaries are simplified; measured on Kota Kupang and Kota Singkawang
# (88 parent/child pairs) the plain share of a child inside its parent goes down to 0.50
# (Kelurahan 53.71.05.1008), because simplification moves each border by up to a few hundred
# metres in its own way. Every one of those children lies wholly inside its parent grown by
# 0.005 degrees (about 550 m), and 0.94 of the worst one already lies inside a 0.003 margin.
# So a child must have at least CONTAINMENT_MIN_SHARE of its area inside its parent grown by
# CONTAINMENT_MARGIN_DEG: real simplified data passes with room to spare, while a polygon placed
# in the wrong place (more than about half a kilometre outside its parent) is refused.
CONTAINMENT_MARGIN_DEG = 0.005
CONTAINMENT_MIN_SHARE = 0.8


class Problem(NamedTuple):
    """One reason to refuse an import. ``location`` is the CSV line or the feature number
    (both counted from 1), or ``None`` for the file as a whole."""

    location: int | None
    kode: str
    message_id: str
    message_en: str


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    kind: str  # "regions" or "boundaries"
    path: Path
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    by_level: dict[str, int] = field(default_factory=dict)  # rows or features per level
    errors: list[Problem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    @property
    def _units(self) -> tuple[str, str]:
        return ("Baris", "Line") if self.kind == "regions" else ("Fitur", "Feature")

    def problem_lines(self) -> list[str]:
        """Each problem as ``<Indonesian> / <English>``, e.g.
        ``Baris 12: kode '53.7x' tidak valid / Line 12: malformed kode '53.7x'``."""
        unit_id, unit_en = self._units
        lines = []
        for problem in self.errors:
            if problem.location is None:
                where_id, where_en = "Berkas", "File"
            else:
                where_id, where_en = (
                    f"{unit_id} {problem.location}",
                    f"{unit_en} {problem.location}",
                )
            lines.append(f"{where_id}: {problem.message_id} / {where_en}: {problem.message_en}")
        return lines

    def lines(self) -> list[str]:
        what_id, what_en = (
            ("Wilayah", "Regions") if self.kind == "regions" else ("Batas wilayah", "Boundaries")
        )
        heading = f"{what_id} / {what_en}: {self.path.name}"
        if self.dry_run:
            heading += " (uji coba, tidak ada yang disimpan / dry run, nothing saved)"
        if self.errors:
            return [
                heading,
                f"Ditolak: {len(self.errors)} masalah, tidak ada yang disimpan / "
                f"Refused: {len(self.errors)} problems, nothing saved",
                *self.problem_lines(),
            ]
        counts = [
            ("baru / created", self.created),
            ("diperbarui / updated", self.updated),
            ("tetap / unchanged", self.unchanged),
            ("jumlah / total", self.total),
        ]
        labels = {
            kodes.PROVINCE: "provinsi / province",
            kodes.REGENCY: "kabupaten-kota / regency-city",
            kodes.DISTRICT: "kecamatan / district",
            kodes.VILLAGE: "kelurahan-desa / village",
        }
        counts += [
            (f"  {labels[level]}", self.by_level[level])
            for level in kodes.LEVELS
            if self.by_level.get(level)
        ]
        lines = [heading] + [f"  {label:<32}{count:>8}" for label, count in counts]
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())


class ImportRefused(Exception):
    """The file was refused and nothing was written; ``report.errors`` lists every problem."""

    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__("\n".join(report.problem_lines()))


# --- regions -----------------------------------------------------------------------------------


@transaction.atomic
def regions_import(*, path: Path, dry_run: bool = False) -> ImportReport:
    """Create or update regions from a ``kode,nama`` CSV (UTF-8, with or without BOM).

    The file is refused for a wrong or missing header; a row for a malformed kode, a wrong number
    of columns, an empty or too long name, a kode repeated in the file, or a parent that is
    neither in the file nor in the database. Names that changed count as updates. Regions missing
    from the file are left alone.
    """
    report = ImportReport(kind="regions", path=Path(path), dry_run=dry_run)
    rows, seen = _region_rows(report)
    existing = {
        code: (name, level, parent_id, is_kelurahan)
        for code, name, level, parent_id, is_kelurahan in Region.objects.values_list(
            "code", "name", "level", "parent_id", "is_kelurahan"
        )
    }
    for code, line in seen.items():
        parent = kodes.parent_of(code)
        if parent and parent not in seen and parent not in existing:
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"induk {parent} dari kode {code!r} tidak ada di berkas maupun di basis data",
                    f"parent {parent} of kode {code!r} is neither in the file nor in the database",
                )
            )
    _refuse_if_any(report)

    now = timezone.now()
    to_create, to_update = [], []
    for code in sorted(rows):  # a parent's code sorts before its children's
        level = kodes.level_of(code)
        report.by_level[level] = report.by_level.get(level, 0) + 1
        wanted = (rows[code], level, kodes.parent_of(code), kodes.is_kelurahan(code))
        if code not in existing:
            to_create.append((code, rows[code]))
        elif existing[code] != wanted:
            to_update.append(_region(code, wanted, now))
        else:
            report.unchanged += 1
    report.created, report.updated = len(to_create), len(to_update)
    if not dry_run:
        _insert(to_create, now)
        _update(to_update, ["name", "level", "parent", "is_kelurahan", "updated_at"])
    return report


def _region(code: str, wanted: tuple, now: datetime.datetime) -> Region:
    name, level, parent_id, is_kelurahan = wanted
    return Region(
        code=code,
        name=name,
        level=level,
        parent_id=parent_id,
        is_kelurahan=is_kelurahan,
        updated_at=now,
    )


def _region_rows(report: ImportReport) -> tuple[dict[str, str], dict[str, int]]:
    """``({kode: name} of the good rows, {kode: first line} of every well-formed kode)``."""
    text = _read_text(report)
    try:
        lines = _csv_rows(text)
    except csv.Error as exc:
        line, message = exc.args
        report.errors.append(
            Problem(line, "", f"CSV tidak dapat dibaca: {message}", f"unreadable CSV: {message}")
        )
        raise ImportRefused(report) from None
    if not lines:
        report.errors.append(Problem(None, "", "berkas kosong", "the file is empty"))
        raise ImportRefused(report)
    (_first_line, header), *lines = lines
    if [cell.strip().lower() for cell in header] != HEADER:
        found = ",".join(header)
        report.errors.append(
            Problem(
                1,
                "",
                f"baris judul harus 'kode,nama', ditemukan {found!r}",
                f"the header row must be 'kode,nama', found {found!r}",
            )
        )
        if header and kodes.is_valid(header[0].strip()):
            lines.insert(0, (1, header))  # no header at all: the first line is data too
    if not lines:
        report.errors.append(
            Problem(None, "", "berkas tidak berisi baris data", "the file holds no data rows")
        )

    rows: dict[str, str] = {}
    seen: dict[str, int] = {}
    for line, row in lines:
        code = row[0].strip()
        if len(row) != 2:
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"harus ada 2 kolom (kode,nama), ditemukan {len(row)}",
                    f"expected 2 columns (kode,nama), found {len(row)}",
                )
            )
            continue
        name = row[1].strip()
        good = True
        if not kodes.is_valid(code):
            good = False
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"kode {code!r} tidak valid (bentuknya PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD)",
                    f"malformed kode {code!r} (expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)",
                )
            )
        elif code in seen:
            good = False
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"kode {code!r} ganda, sudah ada di baris {seen[code]}",
                    f"duplicate kode {code!r}, already on line {seen[code]}",
                )
            )
        else:
            seen[code] = line
        if any(ord(char) < 32 or ord(char) == 127 for char in name):
            good = False
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"nama untuk kode {code!r} berisi karakter kontrol"
                    " (baris baru? tanda kutip yang tidak ditutup?)",
                    f"the name for {code!r} holds a control character"
                    " (a line break? an unclosed quote?)",
                )
            )
        elif not name:
            good = False
            report.errors.append(
                Problem(line, code, f"nama untuk kode {code!r} kosong", f"empty name for {code!r}")
            )
        elif len(name) > NAME_MAX_LENGTH:
            good = False
            report.errors.append(
                Problem(
                    line,
                    code,
                    f"nama untuk kode {code!r} lebih dari {NAME_MAX_LENGTH} karakter",
                    f"the name for {code!r} is longer than {NAME_MAX_LENGTH} characters",
                )
            )
        if good:
            rows[code] = name
    return rows, seen


def _csv_rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank rows with the line each starts on; ``csv.Error(line, message)`` if unreadable."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise csv.Error(reader.line_num, str(exc)) from None
        if any(cell.strip() for cell in row):
            rows.append((start, row))
        start = reader.line_num + 1


# --- boundaries --------------------------------------------------------------------------------


@transaction.atomic
def boundaries_import(*, path: Path, dry_run: bool = False) -> ImportReport:
    """Store official boundaries from a GeoJSON FeatureCollection keyed by ``properties.kode``.

    Accepts ``.geojson`` and gzip-compressed ``.geojson.gz`` files. A feature is refused for a
    missing, malformed, repeated or unknown kode, a geometry that is not a valid (Multi)Polygon,
    or a polygon lying outside its parent's boundary (official, from this file or the database;
    see ``CONTAINMENT_MIN_SHARE``). Each region gets ``boundary`` (the feature's geometry),
    ``boundary_source="official"``, the geodesic ``area_ha``, the centroid and the bbox.
    Created = the region had no boundary; updated = it had another (or a schematic) one.
    """
    report = ImportReport(kind="boundaries", path=Path(path), dry_run=dry_run)
    features = _read_features(report)

    seen: dict[str, int] = {}  # kode -> feature number, for every well-formed kode
    parsed: dict[str, tuple[dict, geo.Shape]] = {}
    for number, feature in enumerate(features, start=1):
        code, geometry = _check_feature(report, number, feature, seen)
        if code and geometry is not None:
            parsed[code] = (feature["geometry"], geometry)

    known = _known_codes(seen)
    for code, number in seen.items():
        if code not in known:
            report.errors.append(
                Problem(
                    number,
                    code,
                    f"kode {code!r} tidak dikenal; impor daftar wilayah terlebih dahulu",
                    f"unknown kode {code!r}; import the region list first",
                )
            )
            parsed.pop(code, None)

    stored = _stored_boundaries(set(seen) | {kodes.parent_of(code) for code in seen} - {None})
    parents = _ParentShapes(seen, parsed, stored)
    order = sorted(parsed, key=lambda code: (code.count("."), code))  # parents first
    for code in order:
        problem = _containment_problem(seen[code], code, parsed[code][1], parents)
        if problem:
            report.errors.append(problem)
    _refuse_if_any(report)

    now = timezone.now()
    to_write = []
    for code in order:
        raw, geometry = parsed[code]
        boundary = {"type": raw["type"], "coordinates": raw["coordinates"]}
        level = kodes.level_of(code)
        report.by_level[level] = report.by_level.get(level, 0) + 1
        old_boundary, old_source = stored.get(code, (None, ""))
        if old_boundary == boundary and old_source == BoundarySource.OFFICIAL:
            report.unchanged += 1
            continue
        if old_boundary is None:
            report.created += 1
        else:
            report.updated += 1
        measures = geo.measure(geometry)
        to_write.append(
            Region(
                code=code,
                boundary=boundary,
                boundary_source=BoundarySource.OFFICIAL,
                area_ha=measures.area_ha,
                centroid_lat=measures.centroid_lat,
                centroid_lng=measures.centroid_lng,
                bbox=measures.bbox,
                updated_at=now,
            )
        )
    if not dry_run:
        _update(
            to_write,
            [
                "boundary",
                "boundary_source",
                "area_ha",
                "centroid_lat",
                "centroid_lng",
                "bbox",
                "updated_at",
            ],
        )
    return report


def _check_feature(
    report: ImportReport, number: int, feature: object, seen: dict[str, int]
) -> tuple[str | None, geo.Shape | None]:
    """The feature's kode (if well-formed and new) and geometry (if valid); notes problems."""
    if not isinstance(feature, dict):
        report.errors.append(
            Problem(number, "", "fitur bukan objek GeoJSON", "the feature is not a GeoJSON object")
        )
        return None, None
    properties = feature.get("properties")
    code = properties.get("kode") if isinstance(properties, dict) else None
    if code is None or (isinstance(code, str) and not code.strip()):
        report.errors.append(
            Problem(
                number,
                "",
                "properti 'kode' tidak ada atau kosong",
                "the 'kode' property is missing or empty",
            )
        )
        code = None
    elif not isinstance(code, str) or not kodes.is_valid(code.strip()):
        report.errors.append(
            Problem(
                number,
                str(code),
                f"kode {code!r} tidak valid (harus teks PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD)",
                f"malformed kode {code!r} (expected text PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)",
            )
        )
        code = None
    else:
        code = code.strip()
        if code in seen:
            report.errors.append(
                Problem(
                    number,
                    code,
                    f"kode {code!r} ganda, sudah ada di fitur {seen[code]}",
                    f"duplicate kode {code!r}, already in feature {seen[code]}",
                )
            )
            code = None
        else:
            seen[code] = number
    try:
        geometry = geo.geometry_from_geojson(feature.get("geometry"))
    except geo.GeometryError as error:
        label = code or (str(properties.get("kode", "")) if isinstance(properties, dict) else "")
        report.errors.append(
            Problem(
                number,
                label,
                f"{label or 'tanpa kode'}: {error.message_id}",
                f"{label or 'no kode'}: {error.message_en}",
            )
        )
        geometry = None
    return code, geometry


class _ParentShapes:
    """The official boundary of each parent, from the file or else from the database, grown by
    ``CONTAINMENT_MARGIN_DEG`` and computed once per parent."""

    def __init__(self, seen: dict, parsed: dict, stored: dict):
        self.seen, self.parsed, self.stored = seen, parsed, stored
        self.cache: dict[str, geo.Shape | None] = {}

    def get(self, code: str) -> geo.Shape | None:
        if code not in self.cache:
            self.cache[code] = self._find(code)
        return self.cache[code]

    def _find(self, code: str) -> geo.Shape | None:
        if code in self.seen:  # in the file: checked against it, or not at all if it was refused
            shape = self.parsed[code][1] if code in self.parsed else None
        else:
            boundary, source = self.stored.get(code, (None, ""))
            # A schematic (demo) boundary is not a real border: nothing to check against.
            if boundary is None or source != BoundarySource.OFFICIAL:
                return None
            try:
                shape = geo.geometry_from_geojson(boundary)
            except geo.GeometryError:
                return None
        return shape.buffer(CONTAINMENT_MARGIN_DEG) if shape is not None else None


def _containment_problem(
    number: int, code: str, geometry: geo.Shape, parents: _ParentShapes
) -> Problem | None:
    """A ``Problem`` when less than CONTAINMENT_MIN_SHARE of the polygon lies inside its parent
    grown by CONTAINMENT_MARGIN_DEG (about 550 m); ``None`` when it fits or there is no parent
    boundary to compare with."""
    parent = kodes.parent_of(code)
    grown = parents.get(parent) if parent else None
    if grown is None:
        return None
    share = geo.fraction_inside(geometry, grown)
    if share >= CONTAINMENT_MIN_SHARE:
        return None
    inside, needed = round(share * 100), round(CONTAINMENT_MIN_SHARE * 100)
    return Problem(
        number,
        code,
        f"{code}: hanya {inside}% luas poligon berada di dalam batas induknya {parent} "
        f"(minimal {needed}%, dengan kelonggaran ±550 m)",
        f"{code}: only {inside}% of the polygon lies inside its parent {parent} "
        f"(at least {needed}% needed, with a margin of about 550 m)",
    )


def _known_codes(codes: dict[str, int]) -> set[str]:
    """Which of ``codes`` exist: one query over the subtrees of the provinces they belong to."""
    provinces = sorted({code.split(".")[0] for code in codes})
    if not provinces:
        return set()
    condition = Q()
    for province in provinces:
        condition |= within_q(province)
    return set(Region.objects.filter(condition).values_list("code", flat=True))


def _stored_boundaries(codes: set[str]) -> dict[str, tuple[dict, str]]:
    """``{kode: (boundary, boundary_source)}`` for those of ``codes`` that have a boundary."""
    found = {}
    ordered = sorted(codes)
    for start in range(0, len(ordered), READ_BATCH):
        chunk = ordered[start : start + READ_BATCH]
        rows = Region.objects.filter(code__in=chunk, boundary__isnull=False).values_list(
            "code", "boundary", "boundary_source"
        )
        found.update({code: (boundary, source) for code, boundary, source in rows})
    return found


def _read_features(report: ImportReport) -> list:
    data = _read_bytes(report)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.errors.append(
            Problem(
                None,
                "",
                f"berkas bukan teks UTF-8 (baris {line})",
                f"the file is not UTF-8 text (line {line})",
            )
        )
        raise ImportRefused(report) from None
    except json.JSONDecodeError as exc:
        report.errors.append(
            Problem(
                None,
                "",
                f"bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}: {exc.msg})",
                f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            )
        )
        raise ImportRefused(report) from None
    features = document.get("features") if isinstance(document, dict) else None
    if (
        not isinstance(document, dict)
        or document.get("type") != "FeatureCollection"
        or not isinstance(features, list)
    ):
        report.errors.append(
            Problem(
                None,
                "",
                "berkas harus berupa GeoJSON FeatureCollection dengan daftar 'features'",
                "the file must be a GeoJSON FeatureCollection with a 'features' list",
            )
        )
        raise ImportRefused(report)
    if not features:
        report.errors.append(
            Problem(None, "", "FeatureCollection tidak berisi fitur", "the collection is empty")
        )
        raise ImportRefused(report)
    return features


# --- writing -------------------------------------------------------------------------------------


def _insert(rows: list[tuple[str, str]], now: datetime.datetime) -> None:
    """INSERT new regions from ``(kode, name)`` pairs: one prepared statement per batch.

    With this the national list imports in about 2 s on SQLite; with ``bulk_create`` it took
    about 8 s, most of it passing each of the 12 fields of 91,599 model instances through the ORM
    and compiling an SQL string per batch. Here the level, parent and kelurahan flag come from the
    kode, ``boundary_source`` and ``updated_at`` get the model's own values, and the columns not
    listed (the boundary and its measures) are nullable and start empty.
    """
    names = ["code", "name", "level", "parent", "is_kelurahan", "boundary_source", "updated_at"]
    columns = [Region._meta.get_field(name).column for name in names]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 (names from the model)
        connection.ops.quote_name(Region._meta.db_table),
        ", ".join(connection.ops.quote_name(column) for column in columns),
        ", ".join(["%s"] * len(columns)),
    )
    no_source = BoundarySource.NONE.value
    updated_at = Region._meta.get_field("updated_at").get_db_prep_save(now, connection)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), WRITE_BATCH):
            cursor.executemany(
                sql,
                [
                    (
                        code,
                        name,
                        kodes.level_of(code),
                        kodes.parent_of(code),
                        kodes.is_kelurahan(code),
                        no_source,
                        updated_at,
                    )
                    for code, name in rows[start : start + WRITE_BATCH]
                ],
            )


def _update(regions: list[Region], names: list[str]) -> None:
    """UPDATE the fields ``names`` of existing regions, by primary key, a batch at a time.

    ``bulk_update`` builds a ``CASE WHEN`` expression per row and field; for 2,000 boundaries
    that alone takes seconds, while one prepared ``UPDATE ... WHERE code = %s`` run over the
    batch takes a fraction of a second.
    """
    fields = [Region._meta.get_field(name) for name in names]
    pk = Region._meta.pk
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608 (names from the model)
        connection.ops.quote_name(Region._meta.db_table),
        ", ".join(f"{connection.ops.quote_name(f.column)} = %s" for f in fields),
        connection.ops.quote_name(pk.column),
    )
    with connection.cursor() as cursor:
        for start in range(0, len(regions), WRITE_BATCH):
            batch = regions[start : start + WRITE_BATCH]
            cursor.executemany(
                sql,
                [
                    [f.get_db_prep_save(f.pre_save(r, False), connection) for f in fields]
                    + [pk.get_db_prep_save(r.pk, connection)]
                    for r in batch
                ],
            )


# --- files -------------------------------------------------------------------------------------


def _read_bytes(report: ImportReport) -> bytes:
    """The file's content, decompressed when it is gzip (``.gz``)."""
    try:
        data = report.path.read_bytes()
    except OSError as exc:
        report.errors.append(
            Problem(
                None,
                "",
                f"berkas tidak dapat dibaca: {exc.strerror or exc}",
                f"cannot read the file: {exc.strerror or exc}",
            )
        )
        raise ImportRefused(report) from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            report.errors.append(
                Problem(None, "", f"berkas gzip rusak: {exc}", f"corrupt gzip file: {exc}")
            )
            raise ImportRefused(report) from None
    return data


def _read_text(report: ImportReport) -> str:
    data = _read_bytes(report)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.errors.append(
            Problem(
                line,
                "",
                "teks bukan UTF-8 (simpan berkas sebagai CSV UTF-8)",
                "the text is not UTF-8 (save the file as CSV UTF-8)",
            )
        )
        raise ImportRefused(report) from None


def _refuse_if_any(report: ImportReport) -> None:
    if report.errors:
        report.errors.sort(key=lambda problem: problem.location or 0)
        raise ImportRefused(report)
