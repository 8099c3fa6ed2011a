"""Which Indonesian time zone a region lives in, from the province part of its kode wilayah.

Indonesia has three zones: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9). The IANA names used are
the ones for the zone's reference city. No Django import.
"""

WIB = "Asia/Jakarta"
WITA = "Asia/Makassar"
WIT = "Asia/Jayapura"

# Province prefix (first two digits of the kode) -> zone. Kalimantan Barat uses Asia/Pontianak,
# the IANA zone of its capital (same offset as WIB).
_PROVINCE_ZONE = {
    **dict.fromkeys(["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"], WIB),
    **dict.fromkeys(["31", "32", "33", "34", "35", "36"], WIB),
    "61": "Asia/Pontianak",
    "62": "Asia/Pontianak",
    **dict.fromkeys(["51", "52", "53"], WITA),
    **dict.fromkeys(["63", "64", "65"], WITA),
    **dict.fromkeys(["71", "72", "73", "74", "75", "76"], WITA),
    **dict.fromkeys(["81", "82"], WIT),
    **dict.fromkeys(["91", "92", "93", "94", "95", "96", "97"], WIT),
}


def zone_for_region_code(code: str, default: str = WIB) -> str:
    """The IANA time zone for a kode wilayah (any level); ``default`` for unknown provinces."""
    return _PROVINCE_ZONE.get(code[:2], default)
