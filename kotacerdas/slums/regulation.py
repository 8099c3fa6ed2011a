"""The data of Permen PUPR 14/PRT/M/2018 as plain Python: 7 aspects, 16 criteria, base
quantities, slum levels, classes of other considerations, handling authorities.

No Django import and no computation: ``kotacerdas.slums.scoring`` computes with these, the
calculator and the back office display them, and ``docs/scoring.md`` explains them. Codes are
the ones DESIGN §5 and §6 fix (``1a`` … ``7b``, ``area_ha``, ``berat``, ``bangunan``, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

# --- base quantities of one location (the denominators) ------------------------------------------
BASE_FIELDS: tuple[str, ...] = (
    "area_ha",
    "buildings",
    "households",
    "population",
    "road_ideal_m",
    "drain_ideal_m",
)

# field -> (Indonesian label, English label); used in error messages and forms
BASE_FIELD_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "area_ha": ("luas lokasi (ha)", "area of the location (ha)"),
        "buildings": ("jumlah bangunan", "number of buildings"),
        "households": ("jumlah kepala keluarga (KK)", "number of households"),
        "population": ("jumlah penduduk", "population"),
        "road_ideal_m": (
            "panjang jalan lingkungan ideal (m)",
            "ideal neighbourhood road length (m)",
        ),
        "drain_ideal_m": ("panjang drainase lingkungan ideal (m)", "ideal drain length (m)"),
    }
)

UNITS: tuple[str, ...] = ("unit", "ha", "m", "KK")

# A criterion's percentage of at least `threshold` scores `score`; below the last one it scores 0.
SCORE_BANDS: tuple[tuple[int, int], ...] = ((76, 5), (51, 3), (25, 1))


@dataclass(frozen=True)
class Criterion:
    """One of the 16 criteria: its volume is measured in ``unit`` and divided by ``denominator``."""

    code: str  # "1a"
    aspect: int  # 1..7
    name_id: str
    name_en: str
    unit: str  # "unit" (buildings), "ha", "m", "KK" (households)
    denominator: str  # one of BASE_FIELDS
    explanation_id: str  # a plain sentence for a citizen: what to count
    explanation_en: str


@dataclass(frozen=True)
class Aspect:
    """One of the 7 aspects, grouping two or three criteria."""

    number: int  # 1..7
    code: str  # the `aspek` code of DESIGN §6 (bangunan, jalan, ...)
    name_id: str
    name_en: str
    criteria: tuple[str, ...]


ASPECTS: tuple[Aspect, ...] = (
    Aspect(1, "bangunan", "Kondisi bangunan gedung", "Buildings", ("1a", "1b", "1c")),
    Aspect(2, "jalan", "Kondisi jalan lingkungan", "Neighbourhood roads", ("2a", "2b")),
    Aspect(3, "air_minum", "Kondisi penyediaan air minum", "Drinking water", ("3a", "3b")),
    Aspect(4, "drainase", "Kondisi drainase lingkungan", "Drainage", ("4a", "4b", "4c")),
    Aspect(5, "air_limbah", "Kondisi pengelolaan air limbah", "Wastewater", ("5a", "5b")),
    Aspect(6, "persampahan", "Kondisi pengelolaan persampahan", "Solid waste", ("6a", "6b")),
    Aspect(7, "proteksi_kebakaran", "Kondisi proteksi kebakaran", "Fire protection", ("7a", "7b")),
)

CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "1a",
        1,
        "Ketidakteraturan bangunan",
        "Irregular buildings",
        "unit",
        "buildings",
        "Hitung bangunan yang letak, bentuk, ukuran atau tampilannya tidak teratur dan tidak "
        "mengikuti aturan tata bangunan setempat.",
        "Count the buildings whose position, shape, size or appearance is irregular and does not "
        "follow the local building-layout rules.",
    ),
    Criterion(
        "1b",
        1,
        "Kepadatan bangunan tidak sesuai ketentuan rencana tata ruang",
        "Building density above what the spatial plan allows",
        "ha",
        "area_ha",
        "Ukur luas bagian lokasi (dalam hektare) yang bangunannya lebih padat daripada yang "
        "diizinkan rencana tata ruang (KDB/KLB).",
        "Measure the part of the location (in hectares) where buildings are denser than the "
        "spatial plan allows (building coverage and floor-area ratios).",
    ),
    Criterion(
        "1c",
        1,
        "Bangunan tidak memenuhi persyaratan teknis",
        "Buildings that do not meet technical requirements",
        "unit",
        "buildings",
        "Hitung bangunan yang tidak memenuhi syarat teknis: struktur, atap, lantai, dinding, "
        "pencahayaan dan penghawaan.",
        "Count the buildings that do not meet technical requirements: structure, roof, floor, "
        "walls, light and ventilation.",
    ),
    Criterion(
        "2a",
        2,
        "Jaringan jalan lingkungan tidak melayani seluruh lingkungan",
        "Neighbourhood roads do not serve the whole area",
        "m",
        "road_ideal_m",
        "Ukur panjang jalan (meter) yang semestinya ada agar setiap rumah terlayani, tetapi belum "
        "ada.",
        "Measure the length of road (metres) that should exist so that every house is served, "
        "but does not.",
    ),
    Criterion(
        "2b",
        2,
        "Kualitas permukaan jalan lingkungan buruk",
        "Poor road surface",
        "m",
        "road_ideal_m",
        "Ukur panjang jalan (meter) yang permukaannya rusak: berlubang, retak, atau masih tanah.",
        "Measure the length of road (metres) whose surface is damaged: potholed, cracked or "
        "still bare earth.",
    ),
    Criterion(
        "3a",
        3,
        "Ketidaktersediaan akses aman air minum",
        "No safe access to drinking water",
        "KK",
        "households",
        "Hitung keluarga (KK) yang tidak punya akses air minum yang aman (tidak berwarna, tidak "
        "berbau, tidak berasa).",
        "Count the households without access to safe drinking water (colourless, odourless, "
        "tasteless).",
    ),
    Criterion(
        "3b",
        3,
        "Tidak terpenuhinya kebutuhan air minum minimal",
        "Minimum drinking-water needs not met",
        "KK",
        "households",
        "Hitung keluarga (KK) yang tidak mendapat air minimal 60 liter per orang per hari.",
        "Count the households that do not get at least 60 litres per person per day.",
    ),
    Criterion(
        "4a",
        4,
        "Ketidakmampuan mengalirkan limpasan air (genangan)",
        "Runoff is not drained (standing water)",
        "ha",
        "area_ha",
        "Ukur luas (hektare) yang tergenang lebih dari 30 cm, lebih dari 2 jam, lebih dari 2 kali "
        "setahun.",
        "Measure the area (hectares) flooded deeper than 30 cm, for more than 2 hours, more than "
        "twice a year.",
    ),
    Criterion(
        "4b",
        4,
        "Ketidaktersediaan drainase",
        "No drains",
        "m",
        "drain_ideal_m",
        "Ukur panjang saluran drainase (meter) yang semestinya ada tetapi belum dibangun.",
        "Measure the length of drain (metres) that should exist but has not been built.",
    ),
    Criterion(
        "4c",
        4,
        "Kualitas konstruksi drainase buruk",
        "Poorly built drains",
        "m",
        "drain_ideal_m",
        "Ukur panjang saluran (meter) yang rusak, tersumbat, atau masih berupa galian tanah.",
        "Measure the length of drain (metres) that is broken, blocked or only a dug earth ditch.",
    ),
    Criterion(
        "5a",
        5,
        "Sistem pengelolaan air limbah tidak sesuai standar teknis",
        "Wastewater system below technical standards",
        "KK",
        "households",
        "Hitung keluarga (KK) yang tidak punya jamban leher angsa yang tersambung ke tangki septik "
        "atau IPAL.",
        "Count the households without a water-seal toilet connected to a septic tank or a "
        "treatment plant.",
    ),
    Criterion(
        "5b",
        5,
        "Prasarana dan sarana pengelolaan air limbah tidak sesuai persyaratan teknis",
        "Wastewater facilities do not meet technical requirements",
        "KK",
        "households",
        "Hitung keluarga (KK) yang kloset, tangki septik atau saluran air limbahnya tidak memenuhi "
        "syarat teknis.",
        "Count the households whose toilet, septic tank or wastewater pipe does not meet technical "
        "requirements.",
    ),
    Criterion(
        "6a",
        6,
        "Prasarana dan sarana persampahan tidak sesuai persyaratan teknis",
        "Solid-waste facilities do not meet technical requirements",
        "KK",
        "households",
        "Hitung keluarga (KK) yang tidak punya tempat sampah, tempat pengolahan sampah (TPS/TPS3R) "
        "atau angkutan sampah yang layak.",
        "Count the households without proper bins, waste collection points (TPS/TPS3R) or waste "
        "transport.",
    ),
    Criterion(
        "6b",
        6,
        "Sistem pengelolaan persampahan tidak sesuai standar teknis",
        "Solid-waste management below technical standards",
        "KK",
        "households",
        "Hitung keluarga (KK) yang sampahnya tidak dipilah, dikumpulkan, diangkut dan diolah "
        "dengan benar.",
        "Count the households whose waste is not sorted, collected, transported and processed "
        "properly.",
    ),
    Criterion(
        "7a",
        7,
        "Ketidaktersediaan prasarana proteksi kebakaran",
        "No fire-protection infrastructure",
        "unit",
        "buildings",
        "Hitung bangunan yang tidak terjangkau pasokan air pemadam, jalan untuk mobil pemadam, "
        "atau sarana komunikasi darurat.",
        "Count the buildings not reached by fire-fighting water, a road for fire engines or "
        "emergency communication.",
    ),
    Criterion(
        "7b",
        7,
        "Ketidaktersediaan sarana proteksi kebakaran",
        "No fire-protection equipment",
        "unit",
        "buildings",
        "Hitung bangunan yang tidak terlindungi alat pemadam api ringan (APAR), mobil pompa, atau "
        "peralatan pemadam lain.",
        "Count the buildings not protected by fire extinguishers, a pump vehicle or other "
        "fire-fighting equipment.",
    ),
)

CRITERIA_BY_CODE: MappingProxyType[str, Criterion] = MappingProxyType({c.code: c for c in CRITERIA})
CRITERION_CODES: tuple[str, ...] = tuple(c.code for c in CRITERIA)
ASPECTS_BY_NUMBER: MappingProxyType[int, Aspect] = MappingProxyType({a.number: a for a in ASPECTS})

# --- levels (tingkat kekumuhan), heaviest first ----------------------------------------------
LEVELS: tuple[str, ...] = ("berat", "sedang", "ringan", "tidak_kumuh")
LEVEL_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "berat": ("Kumuh berat", "Heavy slum"),
        "sedang": ("Kumuh sedang", "Medium slum"),
        "ringan": ("Kumuh ringan", "Light slum"),
        "tidak_kumuh": ("Tidak kumuh", "Not a slum"),
    }
)
# the lowest total of each level (the total is 0..80)
LEVEL_MIN_TOTAL: MappingProxyType[str, int] = MappingProxyType(
    {"berat": 60, "sedang": 38, "ringan": 16, "tidak_kumuh": 0}
)
MAX_TOTAL = 5 * len(CRITERIA)  # 80

# --- other considerations (pertimbangan lain), highest first -------------------------------------
OTHER_CLASSES: tuple[str, ...] = ("tinggi", "sedang", "rendah")
OTHER_CLASS_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "tinggi": ("Pertimbangan lain tinggi", "High other considerations"),
        "sedang": ("Pertimbangan lain sedang", "Medium other considerations"),
        "rendah": ("Pertimbangan lain rendah", "Low other considerations"),
    }
)
OTHER_MIN_TOTAL: MappingProxyType[str, int] = MappingProxyType(
    {"tinggi": 11, "sedang": 6, "rendah": 3}
)
OTHER_CHOICES: tuple[int, ...] = (1, 3, 5)
# Population density (people per hectare) of at most `limit` scores `score`; above the last: 5.
DENSITY_BANDS: tuple[tuple[int, int], ...] = ((150, 1), (200, 3))
DENSITY_TOP_SCORE = 5  # strategic value and socio-economic potential
OTHER_FIELDS: tuple[str, ...] = ("strategic", "socio_economic")
OTHER_FIELD_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "strategic": ("nilai strategis lokasi", "strategic value of the location"),
        "socio_economic": ("potensi sosial ekonomi", "socio-economic potential"),
    }
)

# --- land legality (legalitas lahan) ------------------------------------------------------------
LEGALITY_FIELDS: tuple[str, ...] = ("tenure_clear", "fits_spatial_plan")
LEGALITY_FIELD_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "tenure_clear": ("kejelasan status penguasaan lahan", "land-tenure status"),
        "fits_spatial_plan": ("kesesuaian dengan rencana tata ruang", "fit with the spatial plan"),
    }
)

# --- who handles a location, by its area ----------------------------------------------------------
AUTHORITIES: tuple[str, ...] = ("kota", "provinsi", "pusat")
AUTHORITY_LABELS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "kota": ("Pemerintah kota/kabupaten", "City or regency government"),
        "provinsi": ("Pemerintah provinsi", "Provincial government"),
        "pusat": ("Pemerintah pusat", "Central government"),
    }
)
AUTHORITY_PROVINCE_FROM_HA = 10  # 10 ha up to (not including) 15 ha: provinsi
AUTHORITY_CENTRAL_FROM_HA = 15  # 15 ha and more: pusat
