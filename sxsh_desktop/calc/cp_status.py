"""A facility's CP status (informed → aware → applying) derived from evidence, by a written rule.

Rule ``cp-status-1`` (the office's written rule; reference §1.2 leaves "aware" to the office):

1. *Informed* on the earliest of: an activity of any type the facility attended; the start of one of
   its assessments.
2. *Aware* on the earliest of: a training, study tour or demonstration it attended with a positive
   feedback form; the end (else the start) of one of its completed assessments.
3. *Applying* on the earliest follow-up at which at least one of its solutions was reported done.
4. A person's override of a step replaces that step's evidence (its date, or "not reached").
5. The ladder holds: a step reached means the steps before it were reached by then (informed ≤
   aware ≤ applying), so a later step's date is carried down to an earlier step that is later or
   missing.

Only evidence dated on or before the as-of day counts. The status is *known* when some evidence or
an override exists; *applying* is also unknown for a facility that was assessed but whose follow-ups
(if any) reported no solution's outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

RULE_VERSION = "cp-status-1"

INFORMED = "informed"
AWARE = "aware"
APPLYING = "applying"
STEPS = (INFORMED, AWARE, APPLYING)
_AWARENESS_KINDS = frozenset({"training", "study_tour", "demonstration"})
_COMPLETED = frozenset({"completed", "exported"})


@dataclass(frozen=True)
class Attendance:
    enterprise_id: str
    activity_id: str
    held_on: date | None
    kind: str
    positive_feedback: bool | None


@dataclass(frozen=True)
class AssessmentFact:
    assessment_id: str
    enterprise_id: str
    start_date: date | None
    end_date: date | None
    status: str


@dataclass(frozen=True)
class FollowUpFact:
    follow_up_id: str
    enterprise_id: str
    held_on: date | None
    any_done: bool
    any_reported: bool  # some solution's outcome other than "not reported"


@dataclass(frozen=True)
class OverrideFact:
    override_id: str
    enterprise_id: str
    step: str
    on: date | None
    reason: str
    made_at_key: str  # sorts in the order the overrides were made (ISO time)


@dataclass(frozen=True)
class Evidence:
    """One record behind a step: its kind (activity, assessment, follow_up, override), id and date."""

    step: str
    kind: str
    record_id: str
    on: date | None
    note: str = ""


@dataclass(frozen=True)
class CpStatus:
    enterprise_id: str
    informed_on: date | None
    aware_on: date | None
    applying_on: date | None
    known: bool
    applying_known: bool
    evidence: tuple[Evidence, ...] = field(default=())  # what decided each step's date
    rule_version: str = RULE_VERSION

    def on(self, step: str) -> date | None:
        return {INFORMED: self.informed_on, AWARE: self.aware_on, APPLYING: self.applying_on}[step]


@dataclass(slots=True)
class _Facts:
    attendances: list[Attendance] = field(default_factory=list)
    assessments: list[AssessmentFact] = field(default_factory=list)
    follow_ups: list[FollowUpFact] = field(default_factory=list)
    overrides: list[OverrideFact] = field(default_factory=list)


def derive_statuses(
    enterprise_ids: Iterable[str],
    attendances: Iterable[Attendance],
    assessments: Iterable[AssessmentFact],
    follow_ups: Iterable[FollowUpFact],
    overrides: Iterable[OverrideFact],
    as_of: date,
    *,
    with_evidence: bool = False,
) -> dict[str, CpStatus]:
    """The status at ``as_of`` of each facility of ``enterprise_ids`` that has some evidence or an
    override; a facility left out has none (unknown status, no step reached). ``with_evidence``
    lists the records behind each step."""
    wanted = set(enterprise_ids)
    facts: dict[str, _Facts] = {}

    def of(enterprise_id: str) -> _Facts | None:
        if enterprise_id not in wanted:
            return None
        found = facts.get(enterprise_id)
        if found is None:
            found = facts[enterprise_id] = _Facts()
        return found

    for a in attendances:
        if a.held_on is not None and a.held_on <= as_of and (f := of(a.enterprise_id)) is not None:
            f.attendances.append(a)
    for s in assessments:
        if (f := of(s.enterprise_id)) is not None:
            f.assessments.append(s)
    for fu in follow_ups:
        if fu.held_on is not None and fu.held_on <= as_of and (f := of(fu.enterprise_id)) is not None:
            f.follow_ups.append(fu)
    for o in overrides:
        if (f := of(o.enterprise_id)) is not None:
            f.overrides.append(o)
    return {eid: _derive(eid, f, as_of, with_evidence) for eid, f in facts.items()}


def unknown_status(enterprise_id: str) -> CpStatus:
    """The status of a facility without evidence or override."""
    return CpStatus(enterprise_id, None, None, None, known=False, applying_known=False)


# A candidate date for a step: (date, kind, record id, note); the earliest wins.
_Candidate = tuple[date, str, str, str]


def _derive(enterprise_id: str, facts: _Facts, as_of: date, with_evidence: bool) -> CpStatus:
    informed: list[_Candidate] = [
        (a.held_on, "activity", a.activity_id, "") for a in facts.attendances if a.held_on
    ]
    aware: list[_Candidate] = [
        (a.held_on, "activity", a.activity_id, "")
        for a in facts.attendances
        if a.held_on and a.kind in _AWARENESS_KINDS and a.positive_feedback
    ]
    assessed = False
    for s in facts.assessments:
        if s.start_date is not None and s.start_date <= as_of:
            assessed = True
            informed.append((s.start_date, "assessment", s.assessment_id, ""))
        finished = s.end_date or s.start_date
        if s.status in _COMPLETED and finished is not None and finished <= as_of:
            aware.append((finished, "assessment", s.assessment_id, ""))
    applying: list[_Candidate] = [
        (f.held_on, "follow_up", f.follow_up_id, "") for f in facts.follow_ups if f.any_done and f.held_on
    ]
    chosen: dict[str, _Candidate | None] = {
        INFORMED: min(informed) if informed else None,
        AWARE: min(aware) if aware else None,
        APPLYING: min(applying) if applying else None,
    }
    overridden: dict[str, OverrideFact] = {}
    for o in sorted(facts.overrides, key=lambda o: o.made_at_key):
        overridden[o.step] = o
    for step, o in overridden.items():
        reached = o.on is not None and o.on <= as_of
        chosen[step] = (o.on, "override", o.override_id, o.reason) if reached and o.on else None
    # The ladder: a later step's date is carried down.
    for earlier, later in ((AWARE, APPLYING), (INFORMED, AWARE)):
        later_c, earlier_c = chosen[later], chosen[earlier]
        if later_c is not None and (earlier_c is None or later_c[0] < earlier_c[0]):
            chosen[earlier] = (later_c[0], later_c[1], later_c[2], "ladder")
    known = bool(informed or aware or applying or overridden)
    any_reported = any(f.any_reported for f in facts.follow_ups)
    applying_known = (
        chosen[APPLYING] is not None or APPLYING in overridden or (known and (not assessed or any_reported))
    )
    evidence: tuple[Evidence, ...] = ()
    if with_evidence:
        evidence = tuple(
            Evidence(step, c[1], c[2], c[0], c[3]) for step in STEPS if (c := chosen[step]) is not None
        )

    def on(step: str) -> date | None:
        c = chosen[step]
        return c[0] if c is not None else None

    return CpStatus(enterprise_id, on(INFORMED), on(AWARE), on(APPLYING), known, applying_known, evidence)
