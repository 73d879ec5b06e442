"""A fuel switch entered as one line: "replaces Q of fuel X with fuel Y" (DESIGN.md 5.4).

A switch is stored as what it is: a saving of Q on the baseline line of fuel X, and a negative
saving on the line of fuel Y (more of it is used), which is added to the baseline with 0 used a year
when the assessment has none. The quantity of Y defaults to the same energy as Q of X (the same TOE,
from the one heating value of each fuel); the consultant may give another, e.g. for a boiler that
burns husk less efficiently, or the kWh an electric forklift charges in place of diesel. The
figures then report the fossil energy replaced, the renewable energy added and fossil CO2 avoided
apart (``calc``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sxsh_desktop.calc.energy import EnergyCalculator
from sxsh_desktop.domain.model import (
    AssessmentDocument,
    Consumption,
    ConsumptionKind,
    SolutionSaving,
    SyncFields,
)
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.errors import ValidationError
from sxsh_desktop.services.changes import Outcome

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store

ELECTRICITY = "electricity"  # the "fuel" an electric forklift or heat pump switches to


@dataclass(frozen=True)
class FuelSwitch:
    """The records a switch adds: a new baseline line (or None) and the two savings."""

    new_line: Consumption | None
    replaced: SolutionSaving
    added: SolutionSaving

    @property
    def records(self) -> list[SyncFields]:
        head: list[SyncFields] = [self.new_line] if self.new_line is not None else []
        return [*head, self.replaced, self.added]


def equivalent_quantity(
    reference: ReferenceData, line: Consumption, quantity: float, to_fuel: str, to_unit: str
) -> float | None:
    """``to_unit`` of ``to_fuel`` with the energy (TOE) of ``quantity`` of ``line``; None if unknown."""
    calc = EnergyCalculator(reference)
    if line.kind == ConsumptionKind.ELECTRICITY.value:
        energy = calc.electricity(quantity, line.unit).toe
    else:
        energy = calc.fuel(line.fuel_code, quantity, line.unit).toe
    if not energy:
        return None
    if to_fuel == ELECTRICITY:
        one = calc.electricity(1.0, to_unit).toe
    else:
        one = calc.fuel(to_fuel, 1.0, to_unit).toe
    return energy / one if one else None


def plan_fuel_switch(
    document: AssessmentDocument,
    reference: ReferenceData,
    solution_id: str,
    from_line_id: str,
    quantity: float,
    to_fuel: str,
    to_quantity: float | None = None,
) -> FuelSwitch:
    """The records of "``solution`` replaces ``quantity`` of line ``from_line_id`` with ``to_fuel``"."""
    if not any(s.id == solution_id for s in document.solutions):
        raise ValidationError("solution: not in this assessment", field="solution_id")
    line = document.consumption(from_line_id)
    energy_kinds = (ConsumptionKind.FUEL.value, ConsumptionKind.ELECTRICITY.value)
    if line is None or line.kind not in energy_kinds:
        raise ValidationError(
            "replaced line: choose a fuel or electricity line of the baseline", field="from"
        )
    if not quantity > 0:
        raise ValidationError("quantity replaced: must be more than 0", field="quantity")
    if to_fuel != ELECTRICITY and reference.fuel(to_fuel) is None:
        raise ValidationError(f"new fuel: {to_fuel!r} is not in the reference data", field="to_fuel")
    if to_fuel == line.fuel_code or (
        to_fuel == ELECTRICITY and line.kind == ConsumptionKind.ELECTRICITY.value
    ):
        raise ValidationError("new fuel: the same as the one replaced", field="to_fuel")
    target = _line_of(document, to_fuel)
    new_line = None
    if target is None:
        new_line = _new_line(document, reference, to_fuel)
        target = new_line
    if to_quantity is None:
        to_quantity = equivalent_quantity(reference, line, quantity, to_fuel, target.unit)
        if to_quantity is None:
            raise ValidationError(
                "new fuel's quantity: no heating value to compute it from; give it", field="to_quantity"
            )
    if not to_quantity > 0:
        raise ValidationError("new fuel's quantity: must be more than 0", field="to_quantity")
    return FuelSwitch(
        new_line,
        SolutionSaving(solution_id=solution_id, consumption_id=line.id, quantity=quantity),
        SolutionSaving(solution_id=solution_id, consumption_id=target.id, quantity=-to_quantity),
    )


def add_fuel_switch(
    store: Store,
    reference: ReferenceData,
    assessment_id: str,
    solution_id: str,
    from_line_id: str,
    quantity: float,
    to_fuel: str,
    to_quantity: float | None = None,
) -> Outcome[FuelSwitch]:
    """Write a switch (its new baseline line and its two savings) in one transaction."""
    from sxsh_desktop.services.editing import add_records  # the window plans switches without the store

    document = store.load_document(assessment_id)
    switch = plan_fuel_switch(document, reference, solution_id, from_line_id, quantity, to_fuel, to_quantity)
    outcome = add_records(store, switch.records)
    return Outcome(switch, outcome.changes)


def _line_of(document: AssessmentDocument, fuel: str) -> Consumption | None:
    for line in document.consumptions:
        if fuel == ELECTRICITY and line.kind == ConsumptionKind.ELECTRICITY.value:
            return line
        if line.kind == ConsumptionKind.FUEL.value and line.fuel_code == fuel:
            return line
    return None


def _new_line(document: AssessmentDocument, reference: ReferenceData, fuel: str) -> Consumption:
    position = max((c.position for c in document.consumptions), default=-1) + 1
    if fuel == ELECTRICITY:
        return Consumption(
            assessment_id=document.assessment.id,
            position=position,
            kind=ConsumptionKind.ELECTRICITY.value,
            name="Điện lưới",
            yearly_quantity=0.0,
            unit="kwh",
        )
    known = reference.fuel(fuel)
    return Consumption(
        assessment_id=document.assessment.id,
        position=position,
        kind=ConsumptionKind.FUEL.value,
        name=known.name_vi if known else fuel,
        fuel_code=fuel,
        yearly_quantity=0.0,  # the baseline does not use it yet
        unit="t",
    )
