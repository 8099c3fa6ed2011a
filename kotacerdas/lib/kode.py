"""Kemendagri kode wilayah: parsing and classification. No Django import.

A code has one to four dot-separated segments: ``PP`` province, ``PP.KK`` regency or city,
``PP.KK.CC`` district (kecamatan), ``PP.KK.CC.DDDD`` village (kelurahan or desa).
In the 4th segment a leading ``1`` marks a kelurahan, a leading ``2`` a desa; in the 2nd segment
``71``-``99`` mark a kota, ``01``-``69`` a kabupaten.
"""

import re

KODE_RE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")

PROVINCE, REGENCY, DISTRICT, VILLAGE = "province", "regency", "district", "village"
LEVELS = (PROVINCE, REGENCY, DISTRICT, VILLAGE)


def is_valid(code: str) -> bool:
    return bool(KODE_RE.match(code))


def level_of(code: str) -> str:
    """The level name of a valid code; ``ValueError`` for a malformed one."""
    if not is_valid(code):
        raise ValueError(f"malformed kode wilayah {code!r}")
    return LEVELS[code.count(".")]


def parent_of(code: str) -> str | None:
    """The parent's code, or ``None`` for a province."""
    head, sep, _ = code.rpartition(".")
    return head if sep else None


def is_kelurahan(code: str) -> bool:
    """True for a village code whose 4th segment starts with 1 (kelurahan, not desa)."""
    return code.count(".") == 3 and code.rsplit(".", 1)[1].startswith("1")


def is_kota(code: str) -> bool:
    """True for a regency-level code numbered 71-99 (a kota rather than a kabupaten)."""
    parts = code.split(".")
    return len(parts) == 2 and int(parts[1]) >= 71


def ancestors(code: str) -> list[str]:
    """Codes of every ancestor, from the province down, excluding ``code`` itself."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def within(code: str, prefix: str) -> bool:
    """True when ``code`` is ``prefix`` itself or lies under it (``53.71`` is not under ``53.7``)."""
    return code == prefix or code.startswith(prefix + ".")
