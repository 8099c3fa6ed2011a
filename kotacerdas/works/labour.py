"""Padat karya (labour-intensive works): workers, person-days (HOK) and wages. No Django import.

Rules (issue #4): no negative numbers; person-days need workers; wages need person-days; and the
combination must be physically possible: each worker works at least one day when any HOK is
recorded, so HOK >= workers > 0. Wage per HOK is derived, never typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class LabourProblem:
    field: str
    message_id: str
    message_en: str


class LabourError(ValueError):
    def __init__(self, problems: list[LabourProblem]):
        super().__init__("; ".join(f"{p.message_id} / {p.message_en}" for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Labour:
    workers_male: int
    workers_female: int
    person_days: int  # HOK
    wages: int  # whole rupiah

    @property
    def workers(self) -> int:
        return self.workers_male + self.workers_female

    @property
    def wage_per_person_day(self) -> Decimal | None:
        """Rupiah per HOK, rounded to whole rupiah; None without person-days."""
        if not self.person_days:
            return None
        return (Decimal(self.wages) / Decimal(self.person_days)).quantize(
            Decimal("1"), ROUND_HALF_UP
        )


def labour_check(*, workers_male: int, workers_female: int, person_days: int, wages: int) -> Labour:
    """Validate one activity's labour figures; ``LabourError`` lists every problem at once."""
    values = {
        "pekerja_l": workers_male,
        "pekerja_p": workers_female,
        "hok": person_days,
        "upah": wages,
    }
    problems = []
    for field, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(
                LabourProblem(
                    field, f"{field}: harus bilangan bulat", f"{field}: must be a whole number"
                )
            )
        elif value < 0:
            problems.append(
                LabourProblem(
                    field, f"{field}: tidak boleh negatif", f"{field}: must not be negative"
                )
            )
    if problems:
        raise LabourError(problems)
    workers = workers_male + workers_female
    if person_days and not workers:
        problems.append(
            LabourProblem(
                "hok",
                "hok: ada HOK tetapi tidak ada pekerja",
                "hok: person-days recorded without any workers",
            )
        )
    elif person_days and person_days < workers:
        problems.append(
            LabourProblem(
                "hok",
                f"hok: {person_days} HOK lebih sedikit dari {workers} pekerja",
                f"hok: {person_days} person-days is fewer than {workers} workers",
            )
        )
    if wages and not person_days:
        problems.append(
            LabourProblem(
                "upah",
                "upah: ada upah tetapi tidak ada HOK",
                "upah: wages paid without any person-days",
            )
        )
    if problems:
        raise LabourError(problems)
    return Labour(workers_male, workers_female, person_days, wages)
