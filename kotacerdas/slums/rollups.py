"""Slum-area reduction, derived (DESIGN §5) and rolled up by kode prefix.

For a decree, ``baseline_ha`` is the sum of its areas' declared hectares; an area's current
hectares are the slum hectares of its latest assessment (0 when assessed ``tidak_kumuh``; the
decree's hectares while never re-assessed); ``reduced_ha = baseline - current``.

The public sees published records only, read from the per-area state that the review service keeps
in step (``SlumArea.published_*``): a handful of aggregate queries whatever the region's size.
Staff see everything in their read scope as well, computed from the assessments themselves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Max, Sum
from django.db.models.functions import Coalesce

from kotacerdas.lib import kode as kodes
from kotacerdas.regions.models import Region, within_q
from kotacerdas.slums.models import Assessment, SlumArea, SlumDecree, SlumLevel

NATION = "0"  # the code used for Indonesia as a whole (as in the official population table)
UNASSESSED = "belum_dinilai"
ZERO = Decimal("0.00")


@dataclass
class SlumSummary:
    code: str
    name: str
    decree: dict | None  # the single decree in force (city level and below), else None
    decrees: list[dict] = field(default_factory=list)  # every decree counted
    baseline_ha: Decimal = ZERO
    current_ha: Decimal = ZERO
    reduced_ha: Decimal = ZERO
    areas: int = 0
    areas_by_level: dict[str, int] = field(default_factory=dict)
    ha_by_level: dict[str, Decimal] = field(default_factory=dict)  # current slum hectares
    as_of: object = None  # datetime of the newest published record counted, or None

    @property
    def reduced_percent(self) -> Decimal:
        if not self.baseline_ha:
            return ZERO
        return (self.reduced_ha * 100 / self.baseline_ha).quantize(Decimal("0.01"))


def _decree_ref(decree: SlumDecree) -> dict:
    return {
        "id": decree.pk,
        "number": decree.number,
        "date": decree.date,
        "city": decree.city_id,
        "review_due": decree.review_due,
    }


def _empty_levels() -> dict[str, int]:
    return {level: 0 for level in SlumLevel.values} | {UNASSESSED: 0}


def _city_prefix(region_code: str) -> str | None:
    """The city (kota/kabupaten) a code belongs to, or None for a province or the nation."""
    if region_code == NATION or kodes.level_of(region_code) == kodes.PROVINCE:
        return None
    return ".".join(region_code.split(".")[:2])


def decrees_in_force(region_code: str, *, decree: str | None = None, user=None) -> list[SlumDecree]:
    """The decree in force for each city covering ``region_code`` (the latest by date).

    With ``decree`` (an id or an SK number) only that decree, if it covers the region. ``user``
    None means the public view (published decrees only).
    """
    queryset = (
        SlumDecree.objects.published() if user is None else SlumDecree.objects.visible_to(user)
    )
    city = _city_prefix(region_code)
    if city is not None:
        queryset = queryset.filter(city_id=city)
    elif region_code != NATION:
        queryset = queryset.filter(city__code__startswith=region_code + ".")
    if decree:
        chosen = (
            queryset.filter(pk=int(decree)) if decree.isdigit() else queryset.filter(number=decree)
        )
        return list(chosen.order_by("city_id", "-date")[:1])
    latest: dict[str, SlumDecree] = {}
    for row in queryset.order_by("city_id", "-date", "-pk"):
        latest.setdefault(row.city_id, row)
    return list(latest.values())


def _areas_in(region_code: str, decrees: list[SlumDecree], queryset):
    queryset = queryset.filter(decree__in=[d.pk for d in decrees])
    if region_code != NATION and kodes.level_of(region_code) in (kodes.DISTRICT, kodes.VILLAGE):
        queryset = queryset.filter(within_q(region_code, "kelurahan__code"))
    return queryset


def region_name(region_code: str) -> str:
    if region_code == NATION:
        return "Indonesia"
    return Region.objects.filter(pk=region_code).values_list("name", flat=True).first() or ""


def slum_summary(region_code: str, *, decree: str | None = None, user=None) -> SlumSummary:
    """The slum figures of a region for the decree(s) in force (or the one named).

    ``user=None`` gives the public figures (published data only); with a user, everything in that
    user's read scope counts too.
    """
    decrees = decrees_in_force(region_code, decree=decree, user=user)
    summary = SlumSummary(
        code=region_code,
        name=region_name(region_code),
        decree=_decree_ref(decrees[0]) if len(decrees) == 1 else None,
        decrees=[_decree_ref(d) for d in decrees],
        areas_by_level=_empty_levels(),
        ha_by_level={level: ZERO for level in _empty_levels()},
    )
    if not decrees:
        return summary
    if user is None:
        _fill_public(summary, _areas_in(region_code, decrees, SlumArea.objects.published()))
    else:
        _fill_staff(
            summary, _areas_in(region_code, decrees, SlumArea.objects.visible_to(user)), user
        )
    summary.reduced_ha = summary.baseline_ha - summary.current_ha
    return summary


def _fill_public(summary: SlumSummary, areas) -> None:
    totals = areas.aggregate(
        baseline=Sum("declared_ha"),
        current=Sum(Coalesce("published_slum_ha", "declared_ha")),
        count=Count("pk"),
        as_of=Max("published_at"),
    )
    summary.baseline_ha = totals["baseline"] or ZERO
    summary.current_ha = totals["current"] or ZERO
    summary.areas = totals["count"]
    by_level = (
        areas.values_list("published_level")
        .annotate(n=Count("pk"), ha=Sum(Coalesce("published_slum_ha", "declared_ha")))
        .order_by()
    )
    for level, count, hectares in by_level:
        summary.areas_by_level[level or UNASSESSED] += count
        summary.ha_by_level[level or UNASSESSED] += hectares or ZERO
    assessed_as_of = (
        Assessment.objects.published()
        .filter(area__in=areas.values("pk"))
        .aggregate(at=Max("published_at"))["at"]
    )
    summary.as_of = max((t for t in (totals["as_of"], assessed_as_of) if t), default=None)


def latest_assessments(area_ids, *, user=None) -> dict[int, tuple[Decimal, str]]:
    """``{area_id: (slum_ha, level)}`` of each area's latest assessment visible to ``user``."""
    queryset = (
        Assessment.objects.published() if user is None else Assessment.objects.visible_to(user)
    )
    latest: dict[int, tuple[Decimal, str]] = {}
    rows = (
        queryset.filter(area_id__in=list(area_ids))
        .order_by("area_id", "-date", "-pk")
        .values_list("area_id", "slum_ha", "level")
    )
    for area_id, slum_ha, level in rows:
        latest.setdefault(area_id, (slum_ha, level))
    return latest


def _fill_staff(summary: SlumSummary, areas, user) -> None:
    rows = list(areas.values_list("pk", "declared_ha"))
    latest = latest_assessments([pk for pk, _ in rows], user=user)
    levels: Counter = Counter()
    for pk, declared in rows:
        summary.baseline_ha += declared
        if pk in latest:
            slum_ha, level = latest[pk]
        else:
            slum_ha, level = declared, UNASSESSED
        summary.current_ha += slum_ha
        summary.ha_by_level[level] += slum_ha
        levels[level] += 1
    summary.areas = len(rows)
    for level, count in levels.items():
        summary.areas_by_level[level] += count
