"""The result of ``kotacerdas.slums.scoring.score``: frozen dataclasses, no Django import.

``Result.as_dict()`` is JSON-ready: Decimals become plain strings (``"76.00"``; percentages and
densities are the 2-decimal truncated display values), so no binary float ever rounds a figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kotacerdas.slums.scoring_inputs import plain


@dataclass(frozen=True)
class CriterionResult:
    code: str
    aspect: int
    volume: Decimal
    denominator: str  # the base field divided by, e.g. "buildings"
    denominator_value: Decimal
    percent: Decimal  # exact (or rounded toward zero past the 50th digit); never for display
    percent_display: Decimal  # truncated to 2 decimals
    score: int  # 0, 1, 3 or 5


@dataclass(frozen=True)
class AspectResult:
    """Informational per-aspect figures (the regulation bands criteria, not aspects)."""

    number: int
    code: str
    criteria: tuple[str, ...]
    score_total: int
    score_average: Decimal  # average criterion score, truncated to 2 decimals
    percent_average: Decimal  # average of the exact criterion percentages, truncated to 2 dp


@dataclass(frozen=True)
class OtherResult:
    strategic: int  # 1, 3 or 5
    density: Decimal  # people per hectare; exact, or rounded up past the 50th digit
    density_display: Decimal  # truncated to 2 decimals
    density_score: int  # 1, 3 or 5
    socio_economic: int  # 1, 3 or 5
    total: int  # 3..15
    klass: str  # rendah, sedang, tinggi


@dataclass(frozen=True)
class LegalityResult:
    tenure_clear: bool
    fits_spatial_plan: bool
    legal: bool  # only when both are True


@dataclass(frozen=True)
class PriorityResult:
    klass: str  # e.g. "A1"
    rank: int  # 1 = handle first
    pattern: str  # pemugaran, peremajaan, pemukiman_kembali


@dataclass(frozen=True)
class Result:
    criteria: tuple[CriterionResult, ...]  # in the order of CRITERIA
    total: int  # 0..80
    level: str  # one of LEVELS
    aspects: Mapping[int, AspectResult]  # aspect number -> figures
    authority: str  # kota, provinsi, pusat
    other: OtherResult | None = None  # when other considerations were given
    legality: LegalityResult | None = None  # when legality was given
    priority: PriorityResult | None = None  # when both were given and the table has the case

    @property
    def scores(self) -> dict[str, int]:
        """Criterion code -> score."""
        return {c.code: c.score for c in self.criteria}

    def criterion(self, code: str) -> CriterionResult:
        for result in self.criteria:
            if result.code == code:
                return result
        raise KeyError(code)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: Decimals as plain strings (percentages with exactly 2 decimals)."""
        other = legality = priority = None
        if self.other is not None:
            o = self.other
            other = {
                "strategic": o.strategic,
                "density": plain(o.density_display),
                "density_score": o.density_score,
                "socio_economic": o.socio_economic,
                "total": o.total,
                "class": o.klass,
            }
        if self.legality is not None:
            lg = self.legality
            legality = {
                "tenure_clear": lg.tenure_clear,
                "fits_spatial_plan": lg.fits_spatial_plan,
                "legal": lg.legal,
            }
        if self.priority is not None:
            p = self.priority
            priority = {"class": p.klass, "rank": p.rank, "pattern": p.pattern}
        return {
            "criteria": [
                {
                    "code": c.code,
                    "aspect": c.aspect,
                    "volume": plain(c.volume),
                    "denominator": c.denominator,
                    "denominator_value": plain(c.denominator_value),
                    "percent": plain(c.percent_display),
                    "score": c.score,
                }
                for c in self.criteria
            ],
            "total": self.total,
            "level": self.level,
            "aspects": [
                {
                    "number": a.number,
                    "code": a.code,
                    "score_total": a.score_total,
                    "score_average": plain(a.score_average),
                    "percent_average": plain(a.percent_average),
                }
                for a in self.aspects.values()
            ],
            "authority": self.authority,
            "other": other,
            "legality": legality,
            "priority": priority,
        }
