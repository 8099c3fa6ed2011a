"""Importing the national kode wilayah list (91,599 rows) with the real ``regions_import``.

Into a fresh temporary SQLite database: each timed run starts from an empty region table and
imports the whole list; then the same file is imported again, which must find every row
unchanged. Reads ``../shared/data/wilayah/wilayah.csv`` (or ``$KOTACERDAS_SHARED_DATA``) when
present; otherwise it generates a synthetic list of the same shape (38 provinces, 514
regencies/cities, 7,285 districts, 83,762 villages) and says so in the result.

Run through ``bench/run.py``, which gives it a process of its own.
"""

from __future__ import annotations

import csv
import math
import os
import statistics
import tempfile
import time
from pathlib import Path

SHAPE = {"province": 38, "regency": 514, "district": 7285, "village": 83762}


def run(quick: bool) -> dict:
    runs = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="kc-bench-regions-") as tmp:
        tmp = Path(tmp)
        setup_django(tmp / "bench.sqlite3")
        from django.core.management import call_command
        from django.db import connection

        from kotacerdas.regions.models import Region
        from kotacerdas.regions.services import regions_import

        call_command("migrate", "regions", verbosity=0)
        source, data = national_list(tmp)

        imports, reimports = [], []
        for _ in range(runs):
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {Region._meta.db_table}")  # noqa: S608
                cursor.execute("VACUUM")
            started = time.perf_counter()
            report = regions_import(path=source)
            imports.append(time.perf_counter() - started)
            check(report.created == sum(SHAPE.values()), f"created {report.created}")
            check(report.by_level == SHAPE, f"levels {report.by_level}")

            started = time.perf_counter()
            again = regions_import(path=source)
            reimports.append(time.perf_counter() - started)
            check(again.unchanged == sum(SHAPE.values()), f"unchanged {again.unchanged}")

        rows = sum(SHAPE.values())
        median = statistics.median(imports)
        return {
            "title": "Import the national region list (regions_import, SQLite)",
            "data": data,
            "metrics": [
                {"name": "rows", "value": rows, "unit": "rows"},
                {"name": "runs", "value": runs, "unit": ""},
                {"name": "import median", "value": round(median, 3), "unit": "s"},
                {"name": "import p95", "value": round(p95(imports), 3), "unit": "s"},
                {"name": "import rows per second", "value": round(rows / median), "unit": "rows/s"},
                {
                    "name": "re-import (all unchanged) median",
                    "value": round(statistics.median(reimports), 3),
                    "unit": "s",
                },
                {
                    "name": "database file",
                    "value": round((tmp / "bench.sqlite3").stat().st_size / 1024**2, 1),
                    "unit": "MiB",
                },
            ],
            "runs_s": {"import": imports, "reimport": reimports},
            "notes": [
                "p95 is nearest-rank: with 3 runs it is the slowest run. Each run imports into "
                "an emptied table of a fresh temporary SQLite file (WAL, synchronous=NORMAL, "
                "as configured in settings). The target is well under 60 s."
            ],
        }


def setup_django(database: Path) -> None:
    from django.conf import settings

    if settings.configured:
        raise RuntimeError("run this benchmark through bench/run.py, in a process of its own")
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kotacerdas.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    import django

    django.setup()


def national_list(tmp: Path) -> tuple[Path, str]:
    """The real list when it is there, else a synthetic one of the same shape."""
    configured = os.environ.get("KOTACERDAS_SHARED_DATA")
    shared = (
        Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    real = shared / "wilayah" / "wilayah.csv"
    if real.is_file():
        return real, f"real national list ({real})"
    path = tmp / "wilayah-synthetic.csv"
    write_synthetic_list(path)
    return path, (
        f"SYNTHETIC list of the national shape (38 / 514 / 7,285 / 83,762): {real} not found"
    )


def write_synthetic_list(path: Path) -> None:
    """38 provinces, 514 regencies, 7,285 districts and 83,762 villages, spread evenly."""
    provinces = [f"{11 + p:02d}" for p in range(SHAPE["province"])]
    regencies = [f"{parent}.{n:02d}" for parent, n in spread(provinces, SHAPE["regency"])]
    districts = [f"{parent}.{n:02d}" for parent, n in spread(regencies, SHAPE["district"])]
    villages = [
        f"{parent}.{(1000 if n % 10 == 1 else 2000) + n:04d}"
        for parent, n in spread(districts, SHAPE["village"])
    ]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "nama"])
        for code in sorted(provinces + regencies + districts + villages):
            writer.writerow([code, f"Wilayah Sintetis {code}"])


def spread(parents: list[str], total: int) -> list[tuple[str, int]]:
    """``total`` children numbered 1.. under ``parents``, as evenly as possible."""
    each, extra = divmod(total, len(parents))
    return [
        (parent, n) for i, parent in enumerate(parents) for n in range(1, each + (i < extra) + 1)
    ]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def check(ok: bool, what: str) -> None:
    if not ok:
        raise AssertionError(f"the import did not do what it should: {what}")
