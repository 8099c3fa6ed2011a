"""A base for file-import commands: one FILE argument, ``--dry-run``, and a refusal that lists
every problem on stderr and writes nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kotacerdas.regions.services import ImportRefused


class ImportCommand(BaseCommand):
    file_help = ""

    def run_import(self, *, path: Path, dry_run: bool):
        """Call the import service; subclasses name it."""
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help=self.file_help)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="periksa dan hitung tanpa menyimpan / check and count without saving",
        )

    def handle(self, *args, **options):
        try:
            report = self.run_import(path=options["file"], dry_run=options["dry_run"])
        except ImportRefused as refused:
            for line in refused.report.problem_lines():
                self.stderr.write(line)
            count = len(refused.report.errors)
            raise CommandError(
                f"Impor ditolak: {count} masalah, tidak ada yang disimpan / "
                f"Import refused: {count} problems, nothing was saved"
            ) from None
        self.stdout.write(str(report))
