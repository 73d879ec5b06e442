"""The office's review of imported assessments: received → has issues → approved or rejected, each
step with its comment, the history kept (``sxsh review set``, the review screen).

An assessment without a review row is *received* if a consultant's package brought it; the first
state set makes its row. "Has issues" and "rejected" need a comment saying what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from sxsh_desktop.domain.model import Assessment, utc_now
from sxsh_desktop.domain.office import Review, ReviewComment, ReviewState
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import Changes, Outcome
from sxsh_desktop.store import office, schema
from sxsh_desktop.store.office_tables import review, review_comment

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

MAX_COMMENT = 5000
_NEEDS_COMMENT = (ReviewState.HAS_ISSUES, ReviewState.REJECTED)
OPEN_STATES = (ReviewState.RECEIVED.value, ReviewState.HAS_ISSUES.value)


@dataclass(frozen=True)
class AwaitingReview:
    assessment_id: str
    enterprise_id: str
    enterprise_name: str
    title: str
    state: str
    since: datetime | None  # when it entered its state (None: received, never reviewed)
    end_date: date | None


def set_review_state(
    store: Store, assessment_id: str, state: str, comment: str = "", *, author: str = ""
) -> Outcome[Review]:
    """Set an assessment's review state with a comment; the step is added to its history."""
    if state not in {s.value for s in ReviewState}:
        states = ", ".join(s.value for s in ReviewState)
        raise ValidationError(f"Review state {state!r} is not one of {states}.", field="state")
    comment = comment.strip()
    if state in _NEEDS_COMMENT and not comment:
        raise ValidationError(
            f"Say what is wrong: the state {state.replace('_', ' ')} needs a comment.", field="comment"
        )
    if len(comment) > MAX_COMMENT:
        raise ValidationError(f"A comment has at most {MAX_COMMENT} characters.", field="comment")
    store.get(Assessment, assessment_id)  # NotFoundError for an unknown id
    now = utc_now()
    device_id = store.device_id
    with store.transaction() as connection:
        current = office.find(connection, Review, review.c.assessment_id == assessment_id)
        if current:
            saved = office.change(
                connection, Review, current[0].id, device_id, state=state, changed_on=now, changed_by=author
            )
        else:
            (saved,) = office.add(
                connection,
                [Review(assessment_id=assessment_id, state=state, changed_on=now, changed_by=author)],
                device_id,
            )
        office.add(
            connection,
            [
                ReviewComment(
                    assessment_id=assessment_id, made_at=now, state=state, comment=comment, author=author
                )
            ],
            device_id,
        )
    return Outcome(saved, Changes.of(["review", "review_comment"], [saved.id], [assessment_id]))


def review_state(store: Store, assessment_id: str) -> str:
    """The current state (received when it was never reviewed)."""
    with store.reading() as connection:
        found = office.find(connection, Review, review.c.assessment_id == assessment_id)
    return found[0].state if found else ReviewState.RECEIVED.value


def review_history(store: Store, assessment_id: str) -> list[ReviewComment]:
    """Every state set on the assessment with its comment, oldest first."""
    with store.reading() as connection:
        return office.find(
            connection,
            ReviewComment,
            review_comment.c.assessment_id == assessment_id,
            order_by=[review_comment.c.made_at],
        )


def awaiting_review(store: Store) -> list[AwaitingReview]:
    """Assessments received from consultants, or reviewed, that are not yet approved or rejected."""
    a, e, owners = schema.assessment, schema.enterprise, schema.sync_assessment_owner
    imported = select(owners.c.assessment_id)
    query = (
        select(
            a.c.id, a.c.enterprise_id, e.c.name, a.c.title, a.c.end_date, review.c.state, review.c.changed_on
        )
        .select_from(
            a.join(e, e.c.id == a.c.enterprise_id).outerjoin(review, review.c.assessment_id == a.c.id)
        )
        .where(((review.c.state.is_(None)) & a.c.id.in_(imported)) | review.c.state.in_(OPEN_STATES))
        .order_by(review.c.changed_on, e.c.name, a.c.id)
    )
    with store.reading() as connection:
        return [
            AwaitingReview(
                row.id,
                row.enterprise_id,
                row.name,
                row.title,
                row.state or ReviewState.RECEIVED.value,
                row.changed_on,
                row.end_date,
            )
            for row in connection.execute(query)
        ]
