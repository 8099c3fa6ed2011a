"""The English catalogue: complete, in step with the source, and compilable without gettext.

Message ids are Indonesian (docs/adr/0004-indonesian-msgids.md); en/django.po holds English.
"""

import gettext
import os
import re
import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

PACKAGE_DIR = Path(settings.PACKAGE_DIR)
EN_PO = PACKAGE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{\w*\}")


@pytest.fixture(scope="module")
def catalogue():
    return polib.pofile(str(EN_PO))


def test_every_entry_is_translated_and_not_fuzzy(catalogue):
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {EN_PO}: {untranslated}"
    assert not fuzzy, f"fuzzy in {EN_PO}: {fuzzy}"
    assert len(catalogue.translated_entries()) > 50


def test_translations_keep_their_placeholders(catalogue):
    for entry in catalogue.translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        assert sorted(PLACEHOLDER.findall(entry.msgstr)) == expected, entry.msgid


def test_catalogue_declares_english_utf8(catalogue):
    assert catalogue.metadata["Language"] == "en"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]


def _copy_sources(destination: Path) -> Path:
    """The package's Python files and templates (no catalogues, no static files)."""

    def ignore(directory, names):
        keep_suffixes = (".py", ".html", ".txt")
        return [
            n
            for n in names
            if n in {"locale", "static", "__pycache__", "migrations"}
            or (os.path.isfile(os.path.join(directory, n)) and not n.endswith(keep_suffixes))
        ]

    target = destination / "kotacerdas"
    shutil.copytree(PACKAGE_DIR, target, ignore=ignore)
    return target


@pytest.mark.skipif(
    shutil.which("xgettext") is None and not os.environ.get("CI"),
    reason="GNU gettext (xgettext) is not installed: skipping the msgid extraction check",
)
def test_every_msgid_in_the_source_is_in_the_english_catalogue(
    catalogue, tmp_path, monkeypatch, settings
):
    """Run makemessages on a copy of the source and compare with the committed catalogue."""
    assert shutil.which("xgettext"), "CI must install gettext for this test"
    source = _copy_sources(tmp_path)
    (source / "locale").mkdir()
    monkeypatch.chdir(source)
    settings.LOCALE_PATHS = [source / "locale"]
    call_command("makemessages", locale=["en"], verbosity=0, ignore_patterns=[".venv"])
    extracted = polib.pofile(str(source / "locale" / "en" / "LC_MESSAGES" / "django.po"))

    def keys(po):
        return {(e.msgctxt, e.msgid, e.msgid_plural or None) for e in po if not e.obsolete}

    missing = sorted(keys(extracted) - keys(catalogue), key=lambda k: k[1])
    assert not missing, (
        "messages used in the code but missing from "
        f"{EN_PO.relative_to(PACKAGE_DIR.parent)} (run `make messages` and translate them): "
        + "; ".join(repr(m[1]) for m in missing)
    )


# --- compile-translations -----------------------------------------------------------------------


def _write_po(path: Path, entries: list[polib.POEntry]) -> None:
    path.parent.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for entry in entries:
        po.append(entry)
    po.save(str(path))


def test_compile_translations_writes_mo_files_gettext_can_read(tmp_path, settings):
    po_path = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    _write_po(
        po_path,
        [
            polib.POEntry(msgid="Beranda", msgstr="Home"),
            polib.POEntry(msgid="Keluar", msgstr="Log out"),
            polib.POEntry(msgid="Draf", msgstr="Draft (unsure)", flags=["fuzzy"]),
        ],
    )
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile-translations", stdout=StringIO())
    with open(po_path.with_suffix(".mo"), "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert compiled.gettext("Beranda") == "Home"
    assert compiled.gettext("Keluar") == "Log out"
    assert compiled.gettext("Draf") == "Draf"  # fuzzy entries are left out, as msgfmt does


def test_compile_translations_strict_fails_on_an_incomplete_catalogue(tmp_path, settings):
    _write_po(
        tmp_path / "en" / "LC_MESSAGES" / "django.po",
        [polib.POEntry(msgid="Beranda", msgstr=""), polib.POEntry(msgid="Keluar", msgstr="x")],
    )
    settings.LOCALE_PATHS = [tmp_path]
    output = StringIO()
    call_command("compile-translations", stdout=output, stderr=output)  # compiles anyway
    assert "1 belum diterjemahkan / untranslated" in output.getvalue()
    with pytest.raises(CommandError, match="incomplete"):
        call_command("compile-translations", "--strict", stdout=output, stderr=output)


def test_compile_translations_without_catalogues_fails(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="no .po files"):
        call_command("compile-translations")


def test_compile_translations_compiles_the_project_catalogue():
    call_command("compile-translations", "--strict", stdout=StringIO())
    assert EN_PO.with_suffix(".mo").stat().st_size > 1000
