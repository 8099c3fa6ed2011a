"""``kotacerdas compile-translations``: compile every ``.po`` under LOCALE_PATHS to ``.mo``.

Uses polib, so a fresh machine without GNU gettext can run ``make demo``. Like ``msgfmt``, fuzzy
and obsolete entries are left out of the ``.mo`` (their text falls back to the Indonesian msgid).
``.mo`` files are build output (git-ignored); ``make install`` and CI run this command.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kotacerdas.portal.translations import compile_po, po_files


class Command(BaseCommand):
    help = "Kompilasi katalog terjemahan .po menjadi .mo / Compile .po catalogues to .mo."
    requires_system_checks = []  # needs nothing but settings: runs before the app is usable

    def add_arguments(self, parser):
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Gagal jika ada entri belum diterjemahkan atau fuzzy / "
            "fail on untranslated or fuzzy entries.",
        )

    def handle(self, *args, strict=False, **options):
        paths = po_files(settings.LOCALE_PATHS)
        if not paths:
            raise CommandError(
                "Tidak ada berkas .po di LOCALE_PATHS / no .po files under LOCALE_PATHS: "
                + ", ".join(str(p) for p in settings.LOCALE_PATHS)
            )
        incomplete = []
        for po_path in paths:
            try:
                mo_path, catalogue = compile_po(po_path)
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            translated = len(catalogue.translated_entries())
            untranslated = len(catalogue.untranslated_entries())
            fuzzy = len(catalogue.fuzzy_entries())
            self.stdout.write(f"{mo_path}: {translated} entri / entries")
            if untranslated or fuzzy:
                incomplete.append(
                    f"{po_path}: {untranslated} belum diterjemahkan / untranslated, {fuzzy} fuzzy"
                )
        for line in incomplete:
            self.stderr.write(line)
        if strict and incomplete:
            raise CommandError("Terjemahan belum lengkap / translations incomplete.")
