"""``/api/v1``: the slum calculator and regional summaries (published data only)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.http import Http404
from ninja import Router, Schema
from ninja.errors import HttpError

from kotacerdas.lib import kode as kodes
from kotacerdas.regions.models import Region
from kotacerdas.slums import rollups, scoring

router = Router(tags=["slums"])


# --- calculator ---------------------------------------------------------------------------------
class OtherIn(Schema):
    strategic: int
    socio_economic: int


class LegalityIn(Schema):
    tenure_clear: bool
    fits_spatial_plan: bool


class ScoreIn(Schema):
    area_ha: Any
    buildings: Any
    households: Any
    population: Any
    road_ideal_m: Any
    drain_ideal_m: Any
    volumes: dict[str, Any]
    other: OtherIn | None = None
    legality: LegalityIn | None = None


class CriterionOut(Schema):
    code: str
    percent: float
    score: int


class ScoreOut(Schema):
    criteria: list[CriterionOut]
    total: int
    level: str
    authority: str
    other: dict | None = None
    legality: dict | None = None
    priority: dict | None = None


class ScoringFailed(Exception):
    def __init__(self, error: scoring.ScoringError):
        self.error = error


@router.post(
    "/score",
    response={200: ScoreOut},
    summary="Kalkulator kekumuhan: score one location (stateless)",
    description=(
        "Skor 16 kriteria Permen PUPR 14/PRT/M/2018. Volume di atas pembaginya, angka negatif, "
        "atau volume dengan pembagi nol ditolak dengan 422 yang menyebut field-nya. / Scores the "
        "16 criteria; impossible volumes are refused with a 422 naming the field."
    ),
)
def score(request, payload: ScoreIn):
    base = {name: getattr(payload, name) for name in scoring.BASE_FIELDS}
    try:
        result = scoring.score(
            base,
            payload.volumes,
            other=payload.other.dict() if payload.other else None,
            legality=payload.legality.dict() if payload.legality else None,
        )
    except scoring.ScoringError as error:
        raise ScoringFailed(error) from None
    reply = {
        "criteria": [
            {"code": c.code, "percent": float(c.percent_display), "score": c.score}
            for c in result.criteria
        ],
        "total": result.total,
        "level": result.level,
        "authority": result.authority,
    }
    if result.other is not None:
        reply["other"] = {
            "strategic": result.other.strategic,
            "density": float(result.other.density),
            "density_score": result.other.density_score,
            "socio_economic": result.other.socio_economic,
            "total": result.other.total,
            "class": result.other.klass,
        }
    if result.legality is not None:
        reply["legality"] = {"legal": result.legality.legal}
    if result.priority is not None:
        reply["priority"] = {"class": result.priority.klass, "pattern": result.priority.pattern}
    return reply


def scoring_error_response(api, request, exc: ScoringFailed):
    detail = [
        {
            "loc": ["body", *e.field.split(".")],
            "field": e.field,
            "msg": f"{e.message_id} / {e.message_en}",
            "msg_id": e.message_id,
            "msg_en": e.message_en,
            "type": "value_error",
        }
        for e in exc.error.errors
    ]
    return api.create_response(request, {"detail": detail}, status=422)


# --- summary ------------------------------------------------------------------------------------
class DecreeRef(Schema):
    id: int
    number: str
    date: date
    city: str
    review_due: date


class SummaryOut(Schema):
    code: str
    name: str
    decree: DecreeRef | None
    decrees: list[DecreeRef]
    baseline_ha: float
    current_ha: float
    reduced_ha: float
    reduced_percent: float
    areas: int
    areas_by_level: dict[str, int]
    ha_by_level: dict[str, float]
    activities: int
    budget_total: int
    workers: int
    person_days: int
    wages: int
    year: int | None
    as_of: datetime | None


def _ha(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


@router.get(
    "/regions/{code}/summary",
    response=SummaryOut,
    summary="Slum and works figures of a region",
    description=(
        "Angka kumuh untuk SK yang berlaku (SK terbaru yang mencakup wilayah) kecuali `decree` "
        "menyebut SK lain (id atau nomor); angka kegiatan untuk `year` (semua tahun bila kosong). "
        "Kode `0` = Indonesia. / Slum figures for the decree in force unless `decree` names another; "
        "works figures for `year`."
    ),
)
def region_summary(request, code: str, decree: str | None = None, year: int | None = None):
    if code != rollups.NATION and (
        not kodes.is_valid(code) or not Region.objects.filter(pk=code).exists()
    ):
        raise Http404
    if year is not None and not 1900 <= year <= 2100:
        raise HttpError(422, "year harus antara 1900 dan 2100 / year must be 1900-2100")
    summary = rollups.slum_summary(code, decree=decree)
    if decree and not summary.decrees:
        raise Http404
    return {
        "code": summary.code,
        "name": summary.name,
        "decree": summary.decree,
        "decrees": summary.decrees,
        "baseline_ha": _ha(summary.baseline_ha),
        "current_ha": _ha(summary.current_ha),
        "reduced_ha": _ha(summary.reduced_ha),
        "reduced_percent": float(summary.reduced_percent),
        "areas": summary.areas,
        "areas_by_level": summary.areas_by_level,
        "ha_by_level": {level: _ha(ha) for level, ha in summary.ha_by_level.items()},
        # works figures arrive with the works module (issue 4)
        "activities": 0,
        "budget_total": 0,
        "workers": 0,
        "person_days": 0,
        "wages": 0,
        "year": year,
        "as_of": summary.as_of,
    }
