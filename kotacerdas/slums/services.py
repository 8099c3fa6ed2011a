"""Writes to the slum registry. Views, the API, imports and commands all call these.

Assessments are scored by the pure ``kotacerdas.slums.scoring`` module; the results are stored on
the row (``assessment_score``) whenever its inputs change, inside the same transaction.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction

from kotacerdas.review.services import reviewable_create, reviewable_update
from kotacerdas.slums import scoring
from kotacerdas.slums.models import Assessment, SlumArea, SlumLevel


def assessment_inputs(assessment: Assessment) -> dict[str, Any]:
    """The scoring inputs of an assessment, as the pure module takes them."""
    other = None
    if assessment.pl_strategic is not None and assessment.pl_socio_economic is not None:
        other = {
            "strategic": assessment.pl_strategic,
            "socio_economic": assessment.pl_socio_economic,
        }
    legality = None
    if assessment.land_tenure_clear is not None and assessment.land_fits_spatial_plan is not None:
        legality = {
            "tenure_clear": assessment.land_tenure_clear,
            "fits_spatial_plan": assessment.land_fits_spatial_plan,
        }
    return {
        "base": assessment.base_quantities(),
        "volumes": assessment.volumes(),
        "other": other,
        "legality": legality,
    }


def assessment_compute(assessment: Assessment) -> dict[str, Any]:
    """The stored-result fields for ``assessment``; raises ``scoring.ScoringError`` on bad input."""
    inputs = assessment_inputs(assessment)
    result = scoring.score(
        inputs["base"], inputs["volumes"], other=inputs["other"], legality=inputs["legality"]
    )
    criteria = [
        {"code": c.code, "percent": str(c.percent_display), "score": c.score}
        for c in result.criteria
    ]
    slum_ha = Decimal("0.00") if result.level == SlumLevel.NONE else assessment.area_ha
    fields: dict[str, Any] = {
        "criteria_results": criteria,
        "aspect_results": {
            str(number): {
                "score": aspect.score_total,
                "average": str(aspect.score_average),
            }
            for number, aspect in result.aspects.items()
        },
        "total_score": result.total,
        "level": result.level,
        "slum_ha": slum_ha,
        "authority": result.authority,
        "other_total": result.other.total if result.other else None,
        "other_class": result.other.klass if result.other else "",
        "legal": result.legality.legal if result.legality else None,
        "priority_class": result.priority.klass if result.priority else "",
        "handling_pattern": result.priority.pattern if result.priority else "",
    }
    return fields


def assessment_score(*, assessment: Assessment) -> Assessment:
    """Recompute and store the results of one assessment (no version bump: inputs unchanged)."""
    fields = assessment_compute(assessment)
    Assessment.objects.filter(pk=assessment.pk).update(**fields)
    for name, value in fields.items():
        setattr(assessment, name, value)
    return assessment


@transaction.atomic
def assessment_create(*, actor, values: dict[str, Any]) -> Assessment:
    """Create a draft assessment from validated ``values`` and store its scores."""
    assessment = reviewable_create(model=Assessment, actor=actor, values=values)
    return assessment_score(assessment=assessment)


@transaction.atomic
def assessment_update(
    *, assessment: Assessment, actor, expected_version: int, values: dict[str, Any]
) -> Assessment:
    """Change an editable assessment (refusing stale versions) and store its new scores."""
    assessment = reviewable_update(
        obj=assessment, actor=actor, expected_version=expected_version, values=values
    )
    return assessment_score(assessment=assessment)


@transaction.atomic
def area_refresh_published_state(*, area: SlumArea) -> SlumArea:
    """Copy the latest published assessment's slum hectares and level onto the area.

    Called (through ``Assessment.after_transition``) whenever an assessment is published or
    unlocked, so that public figures read one row per area.
    """
    latest = (
        Assessment.objects.published()
        .filter(area_id=area.pk)
        .order_by("-date", "-pk")
        .values("slum_ha", "level", "date")
        .first()
    )
    fields = {
        "published_slum_ha": latest["slum_ha"] if latest else None,
        "published_level": latest["level"] if latest else "",
        "published_assessed_on": latest["date"] if latest else None,
    }
    SlumArea.objects.filter(pk=area.pk).update(**fields)
    for name, value in fields.items():
        setattr(area, name, value)
    return area


@transaction.atomic
def area_create(*, actor, values: dict[str, Any]) -> SlumArea:
    return reviewable_create(model=SlumArea, actor=actor, values=values)
