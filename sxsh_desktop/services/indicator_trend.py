"""Every indicator over several plan years at once (the overview's trend lines).

``compute_indicators`` reads the registry, the evidence, the assessments and the follow-ups for each
period; most of its time is that reading. A trend over N years reads them once and then, for each
year, derives the CP statuses at its end and computes the definitions, with the same functions and
the same official counts as ``compute_indicators``: each year's figures are the ones it gives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sxsh_desktop.calc.indicators import IndicatorResult, compute_indicator_rows
from sxsh_desktop.domain.indicator_definitions import load_indicator_definitions
from sxsh_desktop.domain.office import Period
from sxsh_desktop.services.cp_status import read_facts, statuses_from
from sxsh_desktop.services.indicators import _office_rows, _official, _recorded_up_to

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


def indicator_trend(store: Store, periods: Sequence[Period]) -> list[tuple[Period, list[IndicatorResult]]]:
    """Every indicator for each of ``periods`` (in the order given), over one reading of the data.

    A period with nothing recorded up to its end (where ``compute_indicators`` says there is
    nothing to count) has no results: no point of the trend, rather than zeros."""
    if not periods:
        return []
    definitions = load_indicator_definitions()
    with store.reading() as connection:
        rows, facilities = _office_rows(store, connection, periods[-1])
        facts = read_facts(connection)
        official = {period: _official(connection, period.end.year) for period in periods}
    ids = [f.row.id for f in facilities]
    trend: list[tuple[Period, list[IndicatorResult]]] = []
    for period in periods:
        statuses = statuses_from(facts, ids, period.end, with_evidence=False)
        at_period = dataclasses.replace(rows, statuses=statuses)
        if not _recorded_up_to(at_period, period.end):
            trend.append((period, []))
            continue
        trend.append(
            (period, compute_indicator_rows(definitions, at_period, period, official=official[period]))
        )
    return trend
