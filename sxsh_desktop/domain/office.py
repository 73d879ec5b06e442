"""The office's records: the registry facts the plan's indicators need, activities, follow-ups,
reviews of imported assessments and CP-status overrides (DESIGN.md section 8).

These are office-side records: they never travel in a consultant's package, so they are kept in
tables of their own beside the synced records (``store/office_tables.py``). Each still carries the
sync fields (id, times, revision, device), so that a later office → ministry package can send them.
Values of the enumerations are stored as their strings, as in ``domain/model.py``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sxsh_desktop.domain.model import Enterprise, Ownership, SyncFields, utc_now

# ---------------------------------------------------------------------------------------------
# The reporting period
# ---------------------------------------------------------------------------------------------

# The government convention: the year N runs from 15/12 of N-1 to 14/12 of N (reference §0.2).
PLAN_YEAR_START = (12, 15)


@dataclass(frozen=True)
class Period:
    """A reporting period, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period ends on or after its start ({self.start} – {self.end})")

    @classmethod
    def plan_year(cls, year: int, *, start_month: int = 12, start_day: int = 15) -> Period:
        """The plan year ``year``: from ``start_day/start_month`` of the year before to the day
        before it in ``year`` (15/12/N-1 – 14/12/N by default). ``start_month=1, start_day=1`` gives
        the calendar year."""
        if (start_month, start_day) == (1, 1):
            return cls(date(year, 1, 1), date(year, 12, 31))
        start = date(year - 1, start_month, start_day)
        end = date.fromordinal(date(year, start_month, start_day).toordinal() - 1)
        return cls(start, end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def label(self) -> str:
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"


# ---------------------------------------------------------------------------------------------
# Enumerations
# ---------------------------------------------------------------------------------------------


class LegalForm(StrEnum):
    ENTERPRISE = "enterprise"
    COOPERATIVE = "cooperative"
    HOUSEHOLD = "household"  # household production unit (hộ sản xuất)
    BRANCH = "branch"  # a branch or dependent unit of an enterprise


class SizeClass(StrEnum):
    """Decree 80/2021/NĐ-CP, Article 5 (see ``size_class_of``)."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class ZoneKind(StrEnum):
    INDUSTRIAL_PARK = "industrial_park"  # khu công nghiệp (KCN)
    INDUSTRIAL_CLUSTER = "industrial_cluster"  # cụm công nghiệp (CCN)
    CRAFT_VILLAGE = "craft_village"  # làng nghề


class ActivityType(StrEnum):
    AWARENESS_EVENT = "awareness_event"  # workshop, communication event, leaflet mailing
    TRAINING = "training"
    STUDY_TOUR = "study_tour"
    DEMONSTRATION = "demonstration"


class FollowUpOutcome(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    ABANDONED = "abandoned"
    NOT_REPORTED = "not_reported"


class ReviewState(StrEnum):
    RECEIVED = "received"
    HAS_ISSUES = "has_issues"
    APPROVED = "approved"
    REJECTED = "rejected"


class CpStep(StrEnum):
    """The CP ladder: informed, then aware, then applying."""

    INFORMED = "informed"
    AWARE = "aware"
    APPLYING = "applying"


# The plan's task codes (Decision 3210/QĐ-UBND annex, reference §1.4).
TASK_CODES: tuple[str, ...] = (
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "3.1",
    "3.2",
    "4",
    "5",
)

# ---------------------------------------------------------------------------------------------
# Registry facts
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class RegistryEntry(SyncFields):
    """The facts about one facility of the registry that only the office keeps (one per enterprise;
    an enterprise without one has the defaults of ``default_registry_entry``)."""

    enterprise_id: str = ""
    legal_form: str = LegalForm.ENTERPRISE.value
    active_from: date | None = None  # registration date; None: active since before any period
    active_to: date | None = None  # dissolved or closed on; None: still active
    size_class: str = ""  # a SizeClass value as entered; "" = derived from the figures below
    revenue_bn_vnd: float | None = None  # yearly revenue, billion VND
    capital_bn_vnd: float | None = None  # total capital, billion VND
    has_cp_unit: bool | None = None  # an in-house CP team; None: not known
    assigned_to: str = ""  # the staff member in charge of the facility
    notes: str = ""


def default_legal_form(enterprise: Enterprise) -> LegalForm:
    """The legal form read from what the enterprise record already says, until the office enters one."""
    return legal_form_from(enterprise.ownership, enterprise.tax_code)


def legal_form_from(ownership: str, tax_code: str) -> LegalForm:
    if ownership == Ownership.HOUSEHOLD:
        return LegalForm.HOUSEHOLD
    if ownership == Ownership.COOPERATIVE:
        return LegalForm.COOPERATIVE
    if "-" in tax_code:  # 10 + 3 digits: a branch's tax code
        return LegalForm.BRANCH
    return LegalForm.ENTERPRISE


def default_registry_entry(enterprise: Enterprise) -> RegistryEntry:
    return RegistryEntry(enterprise_id=enterprise.id, legal_form=default_legal_form(enterprise).value)


# Decree 80/2021/NĐ-CP Art. 5, industry and construction (and agriculture): (class, most employees
# with social insurance, most revenue, most capital — billion VND). A class is met when the
# employees are within it and the revenue *or* the capital is. Trade and services have their own.
SIZE_THRESHOLDS_INDUSTRY: tuple[tuple[SizeClass, int, float, float], ...] = (
    (SizeClass.MICRO, 10, 3.0, 3.0),
    (SizeClass.SMALL, 100, 50.0, 20.0),
    (SizeClass.MEDIUM, 200, 200.0, 100.0),
)
SIZE_THRESHOLDS_TRADE: tuple[tuple[SizeClass, int, float, float], ...] = (
    (SizeClass.MICRO, 10, 10.0, 3.0),
    (SizeClass.SMALL, 50, 100.0, 50.0),
    (SizeClass.MEDIUM, 100, 300.0, 100.0),
)


def size_class_of(
    employees: int | None,
    revenue_bn_vnd: float | None,
    capital_bn_vnd: float | None,
    *,
    industry: bool = True,
) -> SizeClass | None:
    """The size class by Decree 80/2021, or None when the figures cannot tell.

    Employees are needed, and the revenue or the capital; a class is the smallest whose employee
    limit holds together with its revenue *or* capital limit."""
    if employees is None or (revenue_bn_vnd is None and capital_bn_vnd is None):
        return None
    table = SIZE_THRESHOLDS_INDUSTRY if industry else SIZE_THRESHOLDS_TRADE
    for size, most_employees, most_revenue, most_capital in table:
        if employees > most_employees:
            continue
        if (revenue_bn_vnd is not None and revenue_bn_vnd <= most_revenue) or (
            capital_bn_vnd is not None and capital_bn_vnd <= most_capital
        ):
            return size
        if revenue_bn_vnd is None or capital_bn_vnd is None:
            return None  # the unknown figure might be within this class
    return SizeClass.LARGE


def effective_size_class(entry: RegistryEntry, employees: int | None) -> SizeClass | None:
    """The size class entered for the facility, else the one its figures give."""
    return size_class_for(
        entry.legal_form, entry.size_class, employees, entry.revenue_bn_vnd, entry.capital_bn_vnd
    )


def size_class_for(
    legal_form: str,
    entered: str,
    employees: int | None,
    revenue_bn_vnd: float | None,
    capital_bn_vnd: float | None,
) -> SizeClass | None:
    """``effective_size_class`` from the values alone. A household with at most ten workers is micro."""
    if entered:
        return SizeClass(entered)
    if legal_form == LegalForm.HOUSEHOLD:
        return SizeClass.MICRO if employees is not None and employees <= 10 else None
    return size_class_of(employees, revenue_bn_vnd, capital_bn_vnd)


# VSIC 2018 sections by two-digit division.
_VSIC_SECTIONS: tuple[tuple[int, int, str], ...] = (
    (1, 3, "A"),
    (5, 9, "B"),
    (10, 33, "C"),
    (35, 35, "D"),
    (36, 39, "E"),
    (41, 43, "F"),
    (45, 47, "G"),
    (49, 53, "H"),
    (55, 56, "I"),
    (58, 63, "J"),
    (64, 66, "K"),
    (68, 68, "L"),
    (69, 75, "M"),
    (77, 82, "N"),
    (84, 84, "O"),
    (85, 85, "P"),
    (86, 88, "Q"),
    (90, 93, "R"),
    (94, 96, "S"),
    (97, 98, "T"),
    (99, 99, "U"),
)
DEFAULT_INDUSTRIAL_SECTIONS: frozenset[str] = frozenset({"B", "C"})


@functools.lru_cache(maxsize=4096)
def vsic_section(sector_code: str) -> str | None:
    """The VSIC 2018 section letter of a code (``"1020"`` → ``"C"``), None for no or a bad code."""
    digits = sector_code.strip()[:2]
    if len(digits) < 2 or not digits.isdigit():
        return None
    division = int(digits)
    return next((letter for low, high, letter in _VSIC_SECTIONS if low <= division <= high), None)


def is_industrial(sector_code: str, sections: frozenset[str] = DEFAULT_INDUSTRIAL_SECTIONS) -> bool:
    return vsic_section(sector_code) in sections


@dataclass(kw_only=True)
class Zone(SyncFields):
    """An industrial park, industrial cluster or craft village."""

    code: str = ""
    name: str = ""
    kind: str = ZoneKind.INDUSTRIAL_CLUSTER.value
    commune: str = ""
    notes: str = ""


@dataclass(kw_only=True)
class EnterpriseZone(SyncFields):
    """An enterprise located in a zone."""

    enterprise_id: str = ""
    zone_id: str = ""


# ---------------------------------------------------------------------------------------------
# Activities
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Activity(SyncFields):
    """An awareness event, training, study tour or demonstration the office held or supported."""

    task_code: str = "1.1"  # the plan's task (TASK_CODES)
    held_on: date | None = None
    kind: str = ActivityType.AWARENESS_EVENT.value
    title: str = ""
    commune: str = ""
    zone_id: str | None = None  # the zone it was held for, if any (indicator I7)
    organiser: str = ""
    cost_vnd: float | None = None
    funding_source: str = ""  # central budget, local budget, khuyến công, ODA, enterprises…
    notes: str = ""


@dataclass(kw_only=True)
class ActivityParticipant(SyncFields):
    """One attendee: a facility of the registry (``enterprise_id``) or a person only."""

    activity_id: str = ""
    enterprise_id: str | None = None
    person_name: str = ""
    job_title: str = ""
    phone: str = ""
    positive_feedback: bool | None = None  # the feedback form said the benefits were understood


@dataclass(kw_only=True)
class ActivityFile(SyncFields):
    """A file attached to an activity (attendance list, photo); the bytes are stored beside it."""

    activity_id: str = ""
    name: str = ""
    mime_type: str = "application/octet-stream"
    size_bytes: int = 0
    sha256: str = ""


# ---------------------------------------------------------------------------------------------
# Follow-ups
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class FollowUp(SyncFields):
    """A visit or call some months after an assessment: what became of its solutions, and the
    facility's consumption since (for the ex-post savings per unit of product)."""

    assessment_id: str = ""
    held_on: date | None = None
    by: str = ""
    energy_toe_after: float | None = None  # yearly, after the solutions
    water_m3_after: float | None = None
    output_after: float | None = None  # yearly output of the main product, in its unit
    notes: str = ""


@dataclass(kw_only=True)
class FollowUpResult(SyncFields):
    """What one solution became, at one follow-up; actual savings are yearly, as measured."""

    follow_up_id: str = ""
    solution_id: str = ""
    outcome: str = FollowUpOutcome.NOT_REPORTED.value
    actual_savings_vnd: float | None = None
    actual_toe: float | None = None
    actual_kwh: float | None = None
    actual_water_m3: float | None = None
    actual_material_t: float | None = None
    actual_co2_t: float | None = None  # fossil CO₂ avoided
    notes: str = ""


# ---------------------------------------------------------------------------------------------
# Reviews and overrides
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Review(SyncFields):
    """The office's review state of an imported assessment (one per assessment)."""

    assessment_id: str = ""
    state: str = ReviewState.RECEIVED.value
    changed_on: datetime | None = None
    changed_by: str = ""


@dataclass(kw_only=True)
class ReviewComment(SyncFields):
    """One step of a review's history: the state set and the comment given with it."""

    assessment_id: str = ""
    made_at: datetime = field(default_factory=utc_now)
    state: str = ReviewState.RECEIVED.value
    comment: str = ""
    author: str = ""


@dataclass(kw_only=True)
class StatusOverride(SyncFields):
    """A person's decision on one CP step of a facility, in place of what the evidence says.

    ``on`` None means "not reached". The newest override of a step counts."""

    enterprise_id: str = ""
    step: str = CpStep.INFORMED.value
    on: date | None = None
    reason: str = ""
    made_by: str = ""
    made_at: datetime = field(default_factory=utc_now)


@dataclass(kw_only=True)
class OfficialDenominator(SyncFields):
    """An official count to divide by (statistics yearbook, the Department's count), with its source."""

    indicator_code: str = ""  # I1 … I7
    year: int = 0
    value: float = 0.0
    source: str = ""  # document number and date
    notes: str = ""
