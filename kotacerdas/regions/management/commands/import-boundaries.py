"""``kotacerdas import-boundaries FILE [--dry-run]``: official boundaries from GeoJSON."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kotacerdas.regions.services import ImportRefused, boundaries_import


class Command(BaseCommand):
    help = (
        "Impor batas wilayah resmi dari GeoJSON FeatureCollection (properti kode) / "
        "Import official boundaries from a GeoJSON FeatureCollection keyed by kode."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help=".geojson atau .geojson.gz")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="periksa dan hitung tanpa menyimpan / check and count without saving",
        )

    def handle(self, *args, **options):
        try:
            report = boundaries_import(path=options["file"], dry_run=options["dry_run"])
        except ImportRefused as refused:
            for line in refused.report.problem_lines():
                self.stderr.write(line)
            count = len(refused.report.errors)
            raise CommandError(
                f"Impor ditolak: {count} masalah, tidak ada yang disimpan / "
                f"Import refused: {count} problems, nothing was saved"
            ) from None
        self.stdout.write(str(report))
