"""``kotacerdas import-regions FILE [--dry-run]``: the official kode wilayah list (CSV)."""

from kotacerdas.regions.management.base import ImportCommand
from kotacerdas.regions.services import regions_import


class Command(ImportCommand):
    help = (
        "Impor daftar kode wilayah Kemendagri dari CSV kode,nama / "
        "Import the Kemendagri region list from a kode,nama CSV."
    )
    file_help = "CSV kode,nama (UTF-8)"

    def run_import(self, *, path, dry_run):
        return regions_import(path=path, dry_run=dry_run)
