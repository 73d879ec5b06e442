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


@dataclass
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
    """The status of each facility at ``as_of`` (``with_evidence`` lists the records behind it)."""
    facts: dict[str, _Facts] = {eid: _Facts() for eid in enterprise_ids}
    for a in attendances:
        if a.enterprise_id in facts and a.held_on is not None and a.held_on <= as_of:
            facts[a.enterprise_id].attendances.append(a)
    for s in assessments:
        if s.enterprise_id in facts:
            facts[s.enterprise_id].assessments.append(s)
    for f in follow_ups:
        if f.enterprise_id in facts and f.held_on is not None and f.held_on <= as_of:
            facts[f.enterprise_id].follow_ups.append(f)
    for o in overrides:
        if o.enterprise_id in facts:
            facts[o.enterprise_id].overrides.append(o)
    return {eid: _derive(eid, f, as_of, with_evidence) for eid, f in facts.items()}


def _earliest(candidates: list[Evidence]) -> Evidence | None:
    dated = [c for c in candidates if c.on is not None]
    return min(dated, key=lambda c: (c.on, c.kind, c.record_id)) if dated else None


def _derive(enterprise_id: str, facts: _Facts, as_of: date, with_evidence: bool) -> CpStatus:
    informed: list[Evidence] = [
        Evidence(INFORMED, "activity", a.activity_id, a.held_on) for a in facts.attendances
    ]
    aware: list[Evidence] = [
        Evidence(AWARE, "activity", a.activity_id, a.held_on)
        for a in facts.attendances
        if a.kind in _AWARENESS_KINDS and a.positive_feedback
    ]
    assessed = False
    for s in facts.assessments:
        if s.start_date is not None and s.start_date <= as_of:
            assessed = True
            informed.append(Evidence(INFORMED, "assessment", s.assessment_id, s.start_date))
        finished = s.end_date or s.start_date
        if s.status in _COMPLETED and finished is not None and finished <= as_of:
            aware.append(Evidence(AWARE, "assessment", s.assessment_id, finished))
    applying = [
        Evidence(APPLYING, "follow_up", f.follow_up_id, f.held_on) for f in facts.follow_ups if f.any_done
    ]
    chosen: dict[str, Evidence | None] = {
        INFORMED: _earliest(informed),
        AWARE: _earliest(aware),
        APPLYING: _earliest(applying),
    }
    overridden: dict[str, OverrideFact] = {}
    for o in sorted(facts.overrides, key=lambda o: o.made_at_key):
        overridden[o.step] = o
    for step, o in overridden.items():
        reached = o.on is not None and o.on <= as_of
        chosen[step] = Evidence(step, "override", o.override_id, o.on if reached else None, o.reason)
    dates = {step: (e.on if e is not None else None) for step, e in chosen.items()}
    # The ladder: a later step's date is carried down.
    for earlier, later in ((AWARE, APPLYING), (INFORMED, AWARE)):
        later_on, earlier_on = dates[later], dates[earlier]
        if later_on is not None and (earlier_on is None or later_on < earlier_on):
            dates[earlier] = later_on
            if step_evidence := chosen[later]:
                chosen[earlier] = Evidence(
                    earlier, step_evidence.kind, step_evidence.record_id, later_on, "ladder"
                )
    known = bool(informed or aware or applying or overridden)
    any_reported = any(f.any_reported for f in facts.follow_ups)
    applying_known = (
        dates[APPLYING] is not None or APPLYING in overridden or (known and (not assessed or any_reported))
    )
    evidence: tuple[Evidence, ...] = ()
    if with_evidence:
        evidence = tuple(e for e in (chosen[s] for s in STEPS) if e is not None and e.on is not None)
    return CpStatus(
        enterprise_id,
        dates[INFORMED],
        dates[AWARE],
        dates[APPLYING],
        known,
        applying_known,
        evidence,
    )
