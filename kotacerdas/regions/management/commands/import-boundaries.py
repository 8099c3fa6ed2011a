"""``kotacerdas import-boundaries FILE [--dry-run]``: official boundaries from GeoJSON."""

from kotacerdas.regions.management.base import ImportCommand
from kotacerdas.regions.services import boundaries_import


class Command(ImportCommand):
    help = (
        "Impor batas wilayah resmi dari GeoJSON FeatureCollection (properti kode) / "
        "Import official boundaries from a GeoJSON FeatureCollection keyed by kode."
    )
    file_help = ".geojson atau .geojson.gz"

    def run_import(self, *, path, dry_run):
        return boundaries_import(path=path, dry_run=dry_run)
