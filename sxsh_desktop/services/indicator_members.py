"""The facilities behind a number of the indicator table (the overview's click-through).

The indicator is computed by its own definition over the same rows as ``compute_indicators``, once
per facility (a grouping whose key is the facility): a facility is in the numerator when its group
counts something there, in the denominator when it counts in the denominator. No rule is written
twice, so the list always adds up to the number clicked. Indicators that count activities, persons
or zones rather than facilities (the O counts, I5, I7) have no facility list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sxsh_desktop.calc.indicators import Grouping, compute_indicator_rows
from sxsh_desktop.domain.indicator_definitions import IndicatorSet, load_indicator_definitions
from sxsh_desktop.domain.office import Period
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.indicators import (
    COMMUNE_BASES,
    GROUPINGS,
    _groupings,
    _office_rows,
    _today_commune,
)
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
    if by is not None and by not in GROUPINGS:
        raise ValidationError(f"Cannot group by {by!r}: choose one of {', '.join(GROUPINGS)}.", field="by")
    if communes not in COMMUNE_BASES:
        raise ValidationError(f"Communes are 'recorded' or 'today' (got {communes!r}).", field="communes")
    definitions = load_indicator_definitions()
    try:
        definition = definitions.get(code)
    except KeyError:
        raise ValidationError(f"No indicator {code!r}.", field="code") from None
    single = IndicatorSet((definition,), definitions.registry, definitions.file_version)
    with store.reading() as connection:
        rows, facilities = _office_rows(store, connection, period)
    per_facility = Grouping("facility", lambda f: f.id)
    (result,) = compute_indicator_rows(single, rows, period, grouping=per_facility)
    counted = {
        g.key: g.figure
        for g in result.groups
        if (g.figure.numerator if part == "numerator" else (g.figure.denominator or 0.0))
    }
    if by is not None and group is not None:
        key_of = _groupings(by, communes, _today_commune(store) if communes == "today" else lambda c: c)
        in_group = {f.row.id for f in facilities if key_of(f) == group}
        counted = {k: v for k, v in counted.items() if k in in_group}
    legal_form = {f.row.id: f.row.legal_form for f in facilities}
    rule = definition.numerator.partition(":")[0]
    members = []
    with store.reading() as connection:
        for ids in chunked(sorted(counted)):
            for row in office_queries.facilities(connection, ids):
                figure = counted[row.id]
                status = rows.statuses.get(row.id)
                members.append(
                    IndicatorMember(
                        enterprise_id=row.id,
                        name=row.name,
                        commune=row.commune,
                        sector_code=row.sector_code,
                        legal_form=legal_form.get(row.id, ""),
                        numerator=figure.numerator,
                        denominator=figure.denominator,
                        reached_on=status.on(rule) if status is not None and rule in _STEP_RULES else None,
                    )
                )
    return sorted(members, key=lambda m: (m.name.casefold(), m.enterprise_id))
