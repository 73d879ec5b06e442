"""The facilities behind a number of the indicator table (the overview's click-through), with what
the window shows of each: name, commune, sector, legal form and the date it reached the CP step.

Which facilities count is ``services.indicators.indicator_records``'s answer; indicators that count
activities, persons, zones or solutions rather than facilities have no facility list here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.domain.indicator_definitions import load_indicator_definitions
from sxsh_desktop.domain.model import Enterprise
from sxsh_desktop.domain.office import Period, default_legal_form
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.cp_status import cp_statuses
from sxsh_desktop.services.indicators import indicator_records
from sxsh_desktop.store import office_queries
from sxsh_desktop.store.chunks import chunked

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

PARTS = ("numerator", "denominator")
_STEP_RULES = ("informed", "aware", "applying")


@dataclass(frozen=True)
class IndicatorMember:
    """A facility counted in a number, with what it adds to the numerator and the denominator."""

    enterprise_id: str
    name: str
    commune: str
    sector_code: str
    legal_form: str
    numerator: float
    denominator: float | None
    reached_on: date | None  # for the CP steps (I1–I3): the date the facility reached the step


def indicator_members(
    store: Store,
    period: Period,
    code: str,
    part: str,
    *,
    by: str | None = None,
    communes: str = "recorded",
    group: str | None = None,
) -> list[IndicatorMember]:
    """The facilities counted in ``part`` (numerator or denominator) of indicator ``code`` for
    ``period``; with ``by`` and ``group``, only those of that group of the breakdown. Sorted by name."""
    if part not in PARTS:
        raise ValidationError(f"Part {part!r} is not one of {', '.join(PARTS)}.", field="part")
    records = indicator_records(
        store, period, code, by=by if group is not None else None, group=group or "", communes=communes
    )
    if records.kind != "enterprise":
        return []
    numerator, denominator = set(records.numerator), set(records.denominator)
    wanted = sorted(numerator if part == "numerator" else denominator)
    rule = load_indicator_definitions().get(code).numerator.partition(":")[0]
    statuses = cp_statuses(store, period.end, wanted) if rule in _STEP_RULES and wanted else {}
    members = []
    with store.reading() as connection:
        for ids in chunked(wanted):
            for row in office_queries.facilities(connection, ids):
                status = statuses.get(row.id)
                legal_form = (
                    row.legal_form
                    or default_legal_form(
                        Enterprise(id=row.id, tax_code=row.tax_code, ownership=row.ownership)
                    ).value
                )
                members.append(
                    IndicatorMember(
                        enterprise_id=row.id,
                        name=row.name,
                        commune=row.commune,
                        sector_code=row.sector_code,
                        legal_form=legal_form,
                        numerator=1.0 if row.id in numerator else 0.0,
                        denominator=(1.0 if row.id in denominator else 0.0) if records.denominator else None,
                        reached_on=status.on(rule) if status is not None else None,
                    )
                )
    return sorted(members, key=lambda m: (m.name.casefold(), m.enterprise_id))
