"""An independent reference of the Permen PUPR 14/PRT/M/2018 slum score, for tests only.

Written apart from ``kotacerdas.slums.scoring`` on purpose: it imports nothing from the project,
keeps its own copy of the rules (straight from DESIGN §5), works in exact rationals
(``fractions.Fraction``) and decides every band by cross-multiplied comparison
(``volume * 100 >= 76 * denominator``) instead of dividing. When ``score()`` and this module agree
on random inputs, both are very likely right.

Reusable by other tests (e.g. of ``POST /api/v1/score``):

- ``reference_score(base, volumes)`` → ``{"criteria": {code: score}, "total": int, "level": str,
  "percent_display": {code: "76.00"}}``; raises ``ValueError`` naming the invalid fields.
- ``reference_invalid_fields(base, volumes, other=None, legality=None)`` → the set of fields that
  must be reported (``"area_ha"``, ``"volumes.1a"``, ``"other.strategic"``, ...).
- ``reference_other(base, strategic, socio_economic)``, ``reference_priority(level, other_class,
  legal)``, ``reference_authority(area_ha)``.
- ``inputs_for_scores({code: score})`` → ``(base, volumes)`` hitting those scores exactly on band
  edges (a test-data builder, not part of the oracle).
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

# code, denominator — one criterion per line, as in the DESIGN §5 table
_RULES = """
1a buildings
1b area_ha
1c buildings
2a road_ideal_m
2b road_ideal_m
3a households
3b households
4a area_ha
4b drain_ideal_m
4c drain_ideal_m
5a households
5b households
6a households
6b households
7a buildings
7b buildings
"""
DENOMINATOR_OF: dict[str, str] = dict(line.split() for line in _RULES.strip().splitlines())
BASE = ["area_ha", "buildings", "households", "population", "road_ideal_m", "drain_ideal_m"]

# (lowest total, highest total, level)
_LEVEL_RANGES = [(60, 80, "berat"), (38, 59, "sedang"), (16, 37, "ringan"), (0, 15, "tidak_kumuh")]
_DIGITS = set("0123456789")


class _Bad(Exception):
    pass


def _fraction(value: object) -> Fraction:
    """Exact value of an accepted number; ``_Bad`` for anything else (incl. negatives)."""
    if value is True or value is False:
        raise _Bad
    if type(value) is float:
        if math.isnan(value) or math.isinf(value):
            raise _Bad
        result = Fraction(str(value))
    elif isinstance(value, int):
        result = Fraction(value)
    elif isinstance(value, Decimal):
        if value.is_nan() or value.is_infinite():
            raise _Bad
        result = Fraction(value)
    elif isinstance(value, str):
        text, sign = value.strip(), 1
        if text[:1] in ("+", "-"):
            sign, text = (-1 if text[0] == "-" else 1), text[1:]
        whole, _, part = text.partition(".")
        if not (whole or part) or not set(whole + part) <= _DIGITS:
            raise _Bad
        result = sign * (Fraction(int(whole or "0")) + Fraction(int(part or "0"), 10 ** len(part)))
    else:
        raise _Bad
    if result < 0:
        raise _Bad
    return result


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def reference_invalid_fields(
    base: dict, volumes: dict, other: dict | None = None, legality: dict | None = None
) -> set[str]:
    """Every field ``score()`` must name for these inputs (empty when they are valid)."""
    bad: set[str] = set()
    exact: dict[str, Fraction] = {}
    for name in base:
        if name not in BASE:
            bad.add(str(name))
    for name in BASE:
        try:
            if _blank(base.get(name)):
                raise _Bad
            exact[name] = _fraction(base[name])
        except _Bad:
            bad.add(name)
    for code in volumes:
        if code not in DENOMINATOR_OF:
            bad.add(f"volumes.{code}")
    for code, denominator_name in DENOMINATOR_OF.items():
        field = f"volumes.{code}"
        try:
            if _blank(volumes.get(code)):
                raise _Bad
            volume = _fraction(volumes[code])
        except _Bad:
            bad.add(field)
            continue
        if denominator_name in exact:
            denominator = exact[denominator_name]
            if volume > denominator or (denominator == 0 and volume != 0):
                bad.add(field)
    if other is not None:
        for name in other:
            if name not in ("strategic", "socio_economic"):
                bad.add(f"other.{name}")
        for name in ("strategic", "socio_economic"):
            raw = other.get(name)
            try:
                if _blank(raw) or _fraction(raw) not in (1, 3, 5):
                    raise _Bad
            except _Bad:
                bad.add(f"other.{name}")
        if exact.get("area_ha") == 0:
            bad.add("area_ha")
    if legality is not None:
        for name in legality:
            if name not in ("tenure_clear", "fits_spatial_plan"):
                bad.add(f"legality.{name}")
        for name in ("tenure_clear", "fits_spatial_plan"):
            raw = legality.get(name)
            ok = raw is True or raw is False or (isinstance(raw, str) and raw.strip() in ("+", "-"))
            if not ok or _blank(raw):
                bad.add(f"legality.{name}")
    return bad


def reference_band(volume: Fraction, denominator: Fraction) -> int:
    if denominator == 0:
        return 0
    if volume * 100 >= 76 * denominator:
        return 5
    if volume * 100 >= 51 * denominator:
        return 3
    if volume * 100 >= 25 * denominator:
        return 1
    return 0


def reference_level(total: int) -> str:
    for low, high, level in _LEVEL_RANGES:
        if low <= total <= high:
            return level
    raise ValueError(total)


def reference_percent_display(volume: Fraction, denominator: Fraction) -> str:
    """The percentage truncated to 2 decimals, as text ("76.00")."""
    if denominator == 0:
        return "0.00"
    hundredths = math.floor(volume * 10000 / denominator)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def reference_score(base: dict, volumes: dict) -> dict:
    bad = reference_invalid_fields(base, volumes)
    if bad:
        raise ValueError(f"invalid fields: {sorted(bad)}")
    scores, shown = {}, {}
    for code, denominator_name in DENOMINATOR_OF.items():
        v, d = _fraction(volumes[code]), _fraction(base[denominator_name])
        scores[code] = reference_band(v, d)
        shown[code] = reference_percent_display(v, d)
    total = sum(scores.values())
    return {
        "criteria": scores,
        "total": total,
        "level": reference_level(total),
        "percent_display": shown,
    }


def reference_other(base: dict, strategic: int, socio_economic: int) -> dict:
    population, area = _fraction(base["population"]), _fraction(base["area_ha"])
    if population <= 150 * area:
        density_points = 1
    elif population <= 200 * area:
        density_points = 3
    else:
        density_points = 5
    total = strategic + density_points + socio_economic
    klass = "tinggi" if total >= 11 else "sedang" if total >= 6 else "rendah"
    return {"density_score": density_points, "total": total, "class": klass}


def reference_priority(level: str, other_class: str, legal: bool) -> dict | None:
    """A1…C6 by formula: letter from the level, number from the other class and legality."""
    if level == "tidak_kumuh":
        return None
    row = ["berat", "sedang", "ringan"].index(level)
    column = ["tinggi", "sedang", "rendah"].index(other_class)
    if not legal:
        pattern = "pemukiman_kembali"
    else:
        pattern = "pemugaran" if level == "ringan" else "peremajaan"
    return {
        "class": "ABC"[row] + str(2 * column + (1 if legal else 2)),
        "rank": 3 * column + row + 1,
        "pattern": pattern,
    }


def reference_authority(area_ha: object) -> str:
    area = _fraction(area_ha)
    return "kota" if area < 10 else "provinsi" if area < 15 else "pusat"


# --- test data --------------------------------------------------------------------------------------
EXAMPLE_BASE = {
    "area_ha": Decimal("10"),
    "buildings": 100,
    "households": 100,
    "population": 1000,
    "road_ideal_m": Decimal("100"),
    "drain_ideal_m": Decimal("100"),
}
# the lowest percentage of each score: exact band edges
_EDGE_PERCENT = {0: 0, 1: 25, 3: 51, 5: 76}


def inputs_for_scores(scores: dict[str, int] | None = None) -> tuple[dict, dict]:
    """``(base, volumes)`` on ``EXAMPLE_BASE`` where each criterion sits exactly on the lowest
    edge of the score asked for (unlisted criteria: volume 0, score 0)."""
    base = dict(EXAMPLE_BASE)
    volumes = {}
    for code, denominator_name in DENOMINATOR_OF.items():
        percent = _EDGE_PERCENT[(scores or {}).get(code, 0)]
        volumes[code] = Decimal(base[denominator_name]) * percent / 100
    return base, volumes
