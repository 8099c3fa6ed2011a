"""``kotacerdas load-demo``: reference regions, demo users and the KOTAKU demo data.

Idempotent: running it again refreshes the demo without duplicating anything. Figures the source
articles state are reproduced exactly; everything else is synthetic and labelled so.
"""

from django.core.management.base import BaseCommand

from kotacerdas.demo.personas import DEMO_PASSWORD, demo_personas_load
from kotacerdas.demo.regions import demo_regions_load


class Command(BaseCommand):
    help = "Muat data acuan dan data demo / Load reference and demo data."

    def handle(self, *args, **options):
        counts = demo_regions_load()
        self.stdout.write(f"Wilayah / regions: {counts}")
        personas = demo_personas_load()
        for loader in self.extra_loaders():
            self.stdout.write(loader())
        self.stdout.write("")
        self.stdout.write(
            f"Akun demo (kata sandi untuk semua / password for all: {DEMO_PASSWORD}):"
        )
        for username, description in personas:
            self.stdout.write(f"  {username:<28} {description}")
        self.stdout.write("Masuk / log in: http://127.0.0.1:8000/kelola/masuk/")

    def extra_loaders(self):
        """Loaders of the domain apps' demo data, in dependency order."""
        from kotacerdas.demo import slums

        return [slums.demo_slums_load_report]
