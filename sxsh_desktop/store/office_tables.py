"""The office's tables (``domain/office.py``), made from their dataclasses as ``schema.py`` makes the
synced ones. They are not in ``schema.RECORD_TABLES``: packages between consultants and the office
never carry them.

Links to synced records follow them out: a deleted enterprise takes its registry entry, zone links,
attendances and overrides with it; a deleted assessment its follow-ups and review. A follow-up's
result keeps its solution id after the solution is gone, as the record of what was reported.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, LargeBinary, String, Table, UniqueConstraint

from sxsh_desktop.domain import office
from sxsh_desktop.domain.model import SyncFields
from sxsh_desktop.store.schema import _record_table, metadata

registry_entry = _record_table("registry_entry", office.RegistryEntry, enterprise_id="enterprise.id CASCADE")
UniqueConstraint(registry_entry.c.enterprise_id, name="uq_registry_entry_enterprise_id")
zone = _record_table("zone", office.Zone)
enterprise_zone = _record_table(
    "enterprise_zone",
    office.EnterpriseZone,
    enterprise_id="enterprise.id CASCADE",
    zone_id="zone.id CASCADE",
)
activity = _record_table("activity", office.Activity, zone_id="zone.id SET NULL")
Index("ix_activity_held_on", activity.c.held_on)
activity_participant = _record_table(
    "activity_participant",
    office.ActivityParticipant,
    activity_id="activity.id CASCADE",
    enterprise_id="enterprise.id CASCADE",
)
activity_file = _record_table("activity_file", office.ActivityFile, activity_id="activity.id CASCADE")
activity_file_blob = Table(
    "activity_file_blob",
    metadata,
    Column("file_id", String(36), ForeignKey("activity_file.id", ondelete="CASCADE"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
follow_up = _record_table("follow_up", office.FollowUp, assessment_id="assessment.id CASCADE")
follow_up_result = _record_table(
    "follow_up_result", office.FollowUpResult, follow_up_id="follow_up.id CASCADE"
)
Index("ix_follow_up_result_solution_id", follow_up_result.c.solution_id)
review = _record_table("review", office.Review, assessment_id="assessment.id CASCADE")
UniqueConstraint(review.c.assessment_id, name="uq_review_assessment_id")
review_comment = _record_table("review_comment", office.ReviewComment, assessment_id="assessment.id CASCADE")
status_override = _record_table(
    "status_override", office.StatusOverride, enterprise_id="enterprise.id CASCADE"
)
official_denominator = _record_table("official_denominator", office.OfficialDenominator)

OFFICE_TABLES: dict[type[SyncFields], Table] = {
    office.RegistryEntry: registry_entry,
    office.Zone: zone,
    office.EnterpriseZone: enterprise_zone,
    office.Activity: activity,
    office.ActivityParticipant: activity_participant,
    office.ActivityFile: activity_file,
    office.FollowUp: follow_up,
    office.FollowUpResult: follow_up_result,
    office.Review: review,
    office.ReviewComment: review_comment,
    office.StatusOverride: status_override,
    office.OfficialDenominator: official_denominator,
}
