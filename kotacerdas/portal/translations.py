"""Compile the committed ``.po`` catalogues to ``.mo`` with polib (no GNU gettext needed).

Used by ``kotacerdas compile-translations`` (``make install``, CI) and by the test suite, which
compiles stale catalogues before it checks English pages.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import polib


def po_files(locale_paths) -> list[Path]:
    """Every ``<lang>/LC_MESSAGES/*.po`` under the given locale directories."""
    return sorted(p for base in locale_paths for p in Path(base).glob("*/LC_MESSAGES/*.po"))


def compile_po(po_path: Path) -> tuple[Path, polib.POFile]:
    """Write ``po_path``'s ``.mo`` beside it, atomically (parallel test workers may race).

    Like ``msgfmt``, fuzzy and obsolete entries are left out. ``ValueError``/``OSError`` for a
    broken file.
    """
    catalogue = polib.pofile(str(po_path))
    mo_path = po_path.with_suffix(".mo")
    handle, temporary = tempfile.mkstemp(dir=po_path.parent, suffix=".mo.tmp")
    os.close(handle)
    try:
        catalogue.save_as_mofile(temporary)
        os.replace(temporary, mo_path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return mo_path, catalogue


def is_stale(po_path: Path) -> bool:
    mo_path = po_path.with_suffix(".mo")
    return not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime


def compile_stale(locale_paths) -> list[Path]:
    """Compile the catalogues whose ``.mo`` is missing or older than the ``.po``."""
    return [compile_po(p)[0] for p in po_files(locale_paths) if is_stale(p)]


def reset_translation_cache() -> None:
    """Make Django reload catalogues (after compiling them in a running process)."""
    from asgiref.local import Local
    from django.utils.translation import trans_real

    trans_real._translations = {}
    trans_real._default = None
    trans_real._active = Local()
    if hasattr(trans_real.check_for_language, "cache_clear"):  # cached in some Django versions
        trans_real.check_for_language.cache_clear()
