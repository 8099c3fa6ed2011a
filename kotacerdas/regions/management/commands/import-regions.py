"""``kotacerdas import-regions FILE [--dry-run]``: the official kode wilayah list (CSV)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kotacerdas.regions.services import ImportRefused, regions_import


class Command(BaseCommand):
    help = (
        "Impor daftar kode wilayah Kemendagri dari CSV kode,nama / "
        "Import the Kemendagri region list from a kode,nama CSV."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV kode,nama (UTF-8)")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="periksa dan hitung tanpa menyimpan / check and count without saving",
        )

    def handle(self, *args, **options):
        try:
            report = regions_import(path=options["file"], dry_run=options["dry_run"])
        except ImportRefused as refused:
            for line in refused.report.problem_lines():
                self.stderr.write(line)
            count = len(refused.report.errors)
            raise CommandError(
                f"Impor ditolak: {count} masalah, tidak ada yang disimpan / "
                f"Import refused: {count} problems, nothing was saved"
            ) from None
        self.stdout.write(str(report))
