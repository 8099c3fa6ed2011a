"""Demo KOTAKU slum data for Kota Singkawang and Kota Kupang.

Reproduced exactly from the source articles (../shared/seeds 000 and 003):
- Singkawang: the 2016 SK's six locations (Kuala, Sedau, Perumnas Roban, Jalan Tama,
  Jalan KS Tubun, Jalan Natuna) total 74,03 ha, reduced to 34,08 ha by the 2019 assessments;
  the 2020 SK totals 58,57 ha; 2,34 ha were reduced in Roban and Kuala after 2020, leaving 56,23 ha.
- Kupang: SK Wali Kota 93D/KEP/HK/2016 names 14 locations, 44,84 ha: priority 1 Oesapa, Fatubesi,
  Naikoten 1 and Kampung Solor (21,83 ha), priority 2 nine locations (18,67 ha), priority 3
  Fontein (4,34 ha). The Oesapa kawasan (Oesapa, Oesapa Barat, Oesapa Selatan) is where 12,6 ha
  were handled.

SYNTHETIC (labelled on every record): how hectares split inside a group or a total, the SK
numbers and dates the articles do not give, the Singkawang locations added by the 2020 SK and the
kelurahan of the Singkawang street-named locations, and every criterion volume and base quantity.
Records are entered by the demo operators and verified and published by the demo Pokja PKP, so the
review history is real.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from kotacerdas.accounts.models import User
from kotacerdas.review.services import review_transition, reviewable_create
from kotacerdas.slums.models import Kawasan, SlumArea, SlumDecree
from kotacerdas.slums.services import assessment_create

D = Decimal
SYNTHETIC_VOLUMES = (
    "Data sintetis (demo): volume kriteria dan besaran dasar dibangkitkan, bukan hasil survei. / "
    "Synthetic demo data: criterion volumes and base quantities are generated, not surveyed."
)

# Score patterns per criterion (1a..7b) that put an assessment in a level.
PATTERNS = {
    "berat": [5, 5, 3, 5, 3, 5, 3, 5, 5, 3, 5, 3, 3, 5, 3, 3],  # 64
    "sedang": [3] * 16,  # 48
    "ringan": [1, 3, 1, 1, 3, 1, 1, 3, 1, 1, 1, 3, 1, 1, 1, 1],  # 24
    "tidak_kumuh": [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],  # 6
}
# A share of the denominator that falls safely inside each score band.
SHARE = {5: D("0.80"), 3: D("0.60"), 1: D("0.35"), 0: D("0.10")}
CRITERIA = [
    ("1a", "buildings"), ("1b", "area_ha"), ("1c", "buildings"), ("2a", "road_ideal_m"),
    ("2b", "road_ideal_m"), ("3a", "households"), ("3b", "households"), ("4a", "area_ha"),
    ("4b", "drain_ideal_m"), ("4c", "drain_ideal_m"), ("5a", "households"), ("5b", "households"),
    ("6a", "households"), ("6b", "households"), ("7a", "buildings"), ("7b", "buildings"),
]  # fmt: skip
WHOLE = {"buildings", "households"}


def synthetic_base(area_ha: Decimal) -> dict:
    """Plausible base quantities for a dense urban kampung of ``area_ha`` hectares."""
    buildings = max(int((area_ha * 42).to_integral_value(ROUND_HALF_UP)), 10)
    households = int(buildings * 11 // 10)
    return {
        "area_ha": area_ha,
        "buildings": buildings,
        "households": households,
        "population": households * 4,
        "road_ideal_m": (area_ha * 180).quantize(D("0.01")),
        "drain_ideal_m": (area_ha * 320).quantize(D("0.01")),
    }


def synthetic_volumes(base: dict, level: str, shift: int = 0) -> dict:
    """Volumes that score ``level``; ``shift`` rotates the pattern so locations differ."""
    pattern = PATTERNS[level]
    pattern = pattern[shift % 16 :] + pattern[: shift % 16]
    volumes = {}
    for (code, denominator), score in zip(CRITERIA, pattern, strict=True):
        raw = D(base[denominator]) * SHARE[score]
        quantum = D("1") if denominator in WHOLE else D("0.01")
        volumes[f"v{code}"] = raw.quantize(quantum, ROUND_HALF_UP)
    return volumes


# --- Kota Singkawang ----------------------------------------------------------------------------
SKW_2016 = ("SK-KUMUH/SKW/2016 (nomor sintetis)", datetime.date(2016, 6, 15))
SKW_2020 = ("SK-KUMUH/SKW/2020 (nomor sintetis)", datetime.date(2020, 7, 1))
# name, kelurahan, 2016 ha, 2019 level, 2019 slum ha (0 = no longer a slum)
SKW_2016_AREAS = [
    ("Kuala", "61.72.02.1004", D("22.15"), "ringan", D("15.20")),
    ("Sedau", "61.72.05.1001", D("14.62"), "ringan", D("10.48")),
    ("Perumnas Roban", "61.72.01.1001", D("12.40"), "ringan", D("8.40")),
    ("Jalan Tama", "61.72.02.1002", D("9.35"), "tidak_kumuh", D("0")),
    ("Jalan KS Tubun", "61.72.02.1001", D("8.21"), "tidak_kumuh", D("0")),
    ("Jalan Natuna", "61.72.01.1002", D("7.30"), "tidak_kumuh", D("0")),
]
# name, kelurahan, 2020 ha, predecessor name, 2021 slum ha (None = not reassessed)
SKW_2020_AREAS = [
    ("Kuala", "61.72.02.1004", D("15.20"), "Kuala", D("14.16")),
    ("Sedau", "61.72.05.1001", D("10.48"), "Sedau", None),
    ("Perumnas Roban", "61.72.01.1001", D("8.40"), "Perumnas Roban", D("7.10")),
    ("Pasiran Pesisir", "61.72.02.1001", D("9.12"), None, None),
    ("Sungai Garam Hilir", "61.72.04.1001", D("8.05"), None, None),
    ("Setapuk Kecil", "61.72.04.1005", D("7.32"), None, None),
]
SKW_NOTE = (
    "Sumber: Rakor Pokja PKP Kota Singkawang 2021 (total SK 2016 74,03 ha → 34,08 ha pada 2019; "
    "SK 2020 58,57 ha → 56,23 ha). Pembagian hektare per lokasi, nomor dan tanggal SK, serta "
    "kelurahan lokasi bernama jalan adalah SINTETIS. / Source totals are real; the split per "
    "location, SK numbers and dates, and the kelurahan of street-named locations are SYNTHETIC."
)

# --- Kota Kupang --------------------------------------------------------------------------------
KPG_SK = ("93D/KEP/HK/2016", datetime.date(2016, 4, 18))
# name, kelurahan, ha, priority group, 2016 level
KPG_AREAS = [
    ("Oesapa", "53.71.03.1010", D("7.40"), 1, "berat"),
    ("Fatubesi", "53.71.06.1008", D("4.85"), 1, "berat"),
    ("Naikoten 1", "53.71.05.1004", D("5.08"), 1, "berat"),
    ("Kampung Solor", "53.71.06.1004", D("4.50"), 1, "berat"),
    ("Airmata", "53.71.06.1001", D("2.05"), 2, "sedang"),
    ("Oeba 1", "53.71.06.1007", D("1.90"), 2, "sedang"),
    ("Oeba 2", "53.71.06.1007", D("1.72"), 2, "sedang"),
    ("Alak 1", "53.71.01.1008", D("2.20"), 2, "sedang"),
    ("Alak 2", "53.71.01.1008", D("1.85"), 2, "sedang"),
    ("Mantasi", "53.71.01.1007", D("1.90"), 2, "sedang"),
    ("Nunleu", "53.71.05.1007", D("1.85"), 2, "sedang"),
    ("Oesapa Barat", "53.71.03.1014", D("2.90"), 2, "sedang"),
    ("Oesapa Selatan", "53.71.03.1015", D("2.30"), 2, "sedang"),
    ("Fontein", "53.71.05.1008", D("4.34"), 3, "ringan"),
]
KPG_OESAPA_KAWASAN = ("53.71-KWS-OESAPA", "Kawasan Oesapa (Oesapa, Oesapa Barat, Oesapa Selatan)")
KPG_NOTE = (
    "Sumber: SK Wali Kota Kupang 93D/KEP/HK/2016 (14 lokasi, 44,84 ha; prioritas 1: 21,83 ha, "
    "prioritas 2: 18,67 ha, prioritas 3 Fontein 4,34 ha). Pembagian hektare di dalam kelompok "
    "prioritas dan tanggal SK adalah SINTETIS. / Group totals are from the decree; the split "
    "inside each priority group and the SK date are SYNTHETIC."
)


def _publish(obj, *, operator: User, verifier: User) -> None:
    review_transition(obj=obj, actor=operator, action="submit")
    review_transition(obj=obj, actor=verifier, action="verify")
    review_transition(obj=obj, actor=verifier, action="publish")


def _assess(area, *, on, level, slum_ha, shift, operator, verifier):
    area_ha = slum_ha if slum_ha else area.declared_ha
    base = synthetic_base(area_ha)
    values = {
        "area": area,
        "date": on,
        **base,
        **synthetic_volumes(base, level, shift),
        "pl_strategic": 3,
        "pl_socio_economic": 3,
        "land_tenure_clear": True,
        "land_fits_spatial_plan": True,
        "synthetic_note": SYNTHETIC_VOLUMES,
    }
    assessment = assessment_create(actor=operator, values=values)
    _publish(assessment, operator=operator, verifier=verifier)
    return assessment


def _decree(city, number_date, note, operator, verifier):
    number, date = number_date
    decree = SlumDecree.objects.filter(city_id=city, number=number).first()
    if decree:
        return decree, False
    decree = reviewable_create(
        model=SlumDecree,
        actor=operator,
        values={"city_id": city, "number": number, "date": date, "synthetic_note": note},
    )
    _publish(decree, operator=operator, verifier=verifier)
    return decree, True


def _area(decree, *, kode, name, kelurahan, ha, typology, note, operator, verifier, **extra):
    area = reviewable_create(
        model=SlumArea,
        actor=operator,
        values={
            "kode_lokasi": kode,
            "name": name,
            "kelurahan_id": kelurahan,
            "decree": decree,
            "declared_ha": ha,
            "typology": typology,
            "synthetic_note": note,
            **extra,
        },
    )
    _publish(area, operator=operator, verifier=verifier)
    return area


@transaction.atomic
def demo_slums_load() -> dict[str, int]:
    """Load the decrees, locations and assessments above; skips a decree already present."""
    users = {u.username: u for u in User.objects.filter(username__contains=".")}
    counts = {"decrees": 0, "areas": 0, "assessments": 0}

    op, pokja = users["operator.perkim.singkawang"], users["pokja.singkawang"]
    decree_2016, created = _decree("61.72", SKW_2016, SKW_NOTE, op, pokja)
    by_name = {}
    if created:
        counts["decrees"] += 1
        for index, (name, kel, ha, level_2019, left_2019) in enumerate(SKW_2016_AREAS, start=1):
            area = _area(
                decree_2016,
                kode=f"{kel}-2016-{index:02d}",
                name=name,
                kelurahan=kel,
                ha=ha,
                typology="tepi_air" if name in ("Kuala", "Sedau") else "dataran_rendah",
                note=SKW_NOTE,
                operator=op,
                verifier=pokja,
            )
            by_name[name] = area
            _assess(area, on=SKW_2016[1], level="sedang", slum_ha=ha, shift=index,
                    operator=op, verifier=pokja)  # fmt: skip
            _assess(area, on=datetime.date(2019, 11, 20), level=level_2019,
                    slum_ha=left_2019 or ha, shift=index, operator=op, verifier=pokja)  # fmt: skip
            counts["areas"] += 1
            counts["assessments"] += 2
    decree_2020, created = _decree("61.72", SKW_2020, SKW_NOTE, op, pokja)
    if created:
        counts["decrees"] += 1
        for index, (name, kel, ha, predecessor, left_2021) in enumerate(SKW_2020_AREAS, start=1):
            area = _area(
                decree_2020,
                kode=f"{kel}-2020-{index:02d}",
                name=name,
                kelurahan=kel,
                ha=ha,
                typology="tepi_air"
                if name in ("Kuala", "Sedau", "Pasiran Pesisir")
                else "dataran_rendah",
                note=SKW_NOTE,
                operator=op,
                verifier=pokja,
                predecessor=by_name.get(predecessor),
            )
            _assess(area, on=SKW_2020[1], level="ringan", slum_ha=ha, shift=index,
                    operator=op, verifier=pokja)  # fmt: skip
            counts["areas"] += 1
            counts["assessments"] += 1
            if left_2021 is not None:
                _assess(area, on=datetime.date(2021, 10, 5), level="ringan", slum_ha=left_2021,
                        shift=index + 3, operator=op, verifier=pokja)  # fmt: skip
                counts["assessments"] += 1

    op, pokja = users["operator.perkim.kupang"], users["pokja.kupang"]
    decree, created = _decree("53.71", KPG_SK, KPG_NOTE, op, pokja)
    if created:
        counts["decrees"] += 1
        kawasan, _ = Kawasan.objects.get_or_create(
            code=KPG_OESAPA_KAWASAN[0], defaults={"name": KPG_OESAPA_KAWASAN[1], "city_id": "53.71"}
        )
        for index, (name, kel, ha, group, level) in enumerate(KPG_AREAS, start=1):
            area = _area(
                decree,
                kode=f"{kel}-2016-{index:02d}",
                name=name,
                kelurahan=kel,
                ha=ha,
                typology="tepi_air"
                if name.startswith(("Oesapa", "Oeba", "Alak"))
                else "dataran_rendah",
                note=KPG_NOTE,
                operator=op,
                verifier=pokja,
                priority_group=group,
                kawasan=kawasan if name.startswith("Oesapa") else None,
            )
            _assess(area, on=KPG_SK[1], level=level, slum_ha=ha, shift=index,
                    operator=op, verifier=pokja)  # fmt: skip
            counts["areas"] += 1
            counts["assessments"] += 1
    return counts


def demo_slums_load_report() -> str:
    counts = demo_slums_load()
    return (
        "Data kumuh demo / demo slum data: "
        f"{counts['decrees']} SK, {counts['areas']} lokasi, {counts['assessments']} penilaian "
        "(0 = sudah dimuat / already loaded)"
    )
