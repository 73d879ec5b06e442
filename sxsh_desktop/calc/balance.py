"""Material and energy balance of each process step (DESIGN.md section 2, step 3).

Mass balance, in tonnes a year: the inputs of kind material, chemical and water against the outputs
of kind product, by-product, solid waste, wastewater and air emission. Water and wastewater given
as a volume count 1 t per m³, as the rest of the calculations count water. Fuels are left out even
when typed in tonnes: what a fuel becomes (flue gas) is never weighed in a rapid assessment, so
counting it would open a gap that no recorded output can close; fuels belong to the energy balance.

Imbalance = (inputs − outputs) ÷ inputs × 100. Positive: part of what goes in is not accounted for
on the way out (a loss not recorded yet); negative: more comes out than was recorded going in.

A line is "not counted" (and listed with its reason) when it has no quantity or its unit is not a
mass. A line without a quantity leaves the balance computable: the gap it opens is exactly what the
check is for. A line with a quantity in pieces, m², litres of a product... cannot be added to
tonnes, so the balance cannot close: it is ``PARTIAL``, shows its totals, and has no imbalance.

A flow's volume becomes a mass by its own density (``density_t_per_m3``), else by its fuel's density
from the reference data; a count (pieces, viên) by its ``mass_per_piece_kg``: so a brick step whose
green and fired bricks are counted balances once each count has its mass per piece.

Energy: energy inputs are added up in kWh: an energy unit as it is, a fuel (``fuel_code``) by mass or
volume through its heating value (the TOE of the same factors as the baseline, 1 TOE = 11,630 kWh);
heat losses likewise. An energy input marked ``in_material`` (coal mixed into the brick body) is
carried in by a material input of the step: it counts as energy, and its mass is taken off the
step's inputs, since it leaves as flue gas and is not a loss. A fuel input line of kind material
(the coal being mixed into the body) is mass in its step, where nothing burns. Energy products
(steam, hot water) are rarely measured, so an energy balance cannot be closed and no energy
imbalance is flagged; what is shown is the energy input and, when every energy input is known, the
share lost as heat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sxsh_desktop.calc.units import COUNT, KWH, M3, MASS, TONNE, VOLUME, WATER_T_PER_M3, UnitConverter
from sxsh_desktop.domain.model import AssessmentDocument, FlowDirection, FlowKind, ProcessStep, StepFlow

# CP practice accepts a gap of a few per cent between what goes into a step and what comes out:
# yearly quantities are estimated from records, weighings and counts that rarely agree exactly. A
# larger gap points to a loss nobody has recorded (a leak, evaporation, spillage, an unweighed
# waste), which is exactly what a CP assessment looks for; so it is flagged for checking.
IMBALANCE_THRESHOLD_PCT = 10.0

MASS_INPUT_KINDS = (FlowKind.MATERIAL.value, FlowKind.CHEMICAL.value, FlowKind.WATER.value)
MASS_OUTPUT_KINDS = (
    FlowKind.PRODUCT.value,
    FlowKind.BY_PRODUCT.value,
    FlowKind.SOLID_WASTE.value,
    FlowKind.WASTEWATER.value,
    FlowKind.AIR_EMISSION.value,
)
# Kinds that are water, whose volume counts as a mass.
_WATER_KINDS = (FlowKind.WATER.value, FlowKind.WASTEWATER.value)
_ENERGY_KINDS = (FlowKind.ENERGY.value, FlowKind.HEAT_LOSS.value)

# A fuel's energy in kWh from its code, quantity and unit (None: unknown), and its mass in tonnes.
FuelKwh = Callable[[str, float, str, str], float | None]


class BalanceStatus(StrEnum):
    BALANCED = "balanced"  # within the threshold
    IMBALANCED = "imbalanced"  # beyond the threshold: flagged
    PARTIAL = "partial"  # a line with a quantity is not in mass units: the balance cannot close
    NO_MASS_INPUT = "no_mass_input"  # no input by mass to compare the outputs with


class NotCountedReason(StrEnum):
    NO_QUANTITY = "no_quantity"
    NOT_MASS = "not_mass"  # a mass line in pieces, m², litres of a product... without a mass per unit
    NOT_ENERGY = "not_energy"  # an energy line by mass or volume whose fuel is not given
    UNKNOWN_FUEL_ENERGY = "unknown_fuel_energy"  # a fuel whose heating value cannot be applied
    UNKNOWN_UNIT = "unknown_unit"  # a unit the reference data does not know
    NOT_MEASURABLE = "not_measurable"  # noise: neither mass nor energy


@dataclass(frozen=True)
class NotCountedFlow:
    flow_id: str
    name: str
    direction: str
    kind: str
    quantity: float | None
    unit: str
    reason: NotCountedReason


@dataclass(frozen=True)
class StepBalance:
    step_id: str
    step_name: str
    number: int  # 1-based, in production order
    inputs_t: float  # the counted mass inputs
    outputs_t: float  # the counted mass outputs
    imbalance_pct: float | None  # None unless the balance can close (BALANCED or IMBALANCED)
    status: BalanceStatus
    energy_input_kwh: float  # the energy inputs: energy units as they are, fuels by heating value
    heat_loss_kwh: float | None  # None: no heat loss given in an energy unit
    heat_loss_pct: float | None  # heat loss ÷ energy input, when every energy input is known
    not_counted: tuple[NotCountedFlow, ...]
    fuel_in_material_t: float = 0.0  # mass of fuel burnt out of the material inputs (not lost)
    energy_complete: bool = True  # every energy input with a quantity is in energy_input_kwh

    @property
    def flagged(self) -> bool:
        return self.status is BalanceStatus.IMBALANCED

    @property
    def closes(self) -> bool:
        """Whether inputs and outputs could be compared (the imbalance is known)."""
        return self.imbalance_pct is not None

    @property
    def gap_t(self) -> float:
        return self.inputs_t - self.outputs_t


@dataclass(frozen=True)
class ProcessBalance:
    """The steps whose balance closes, added up.

    An intermediate product counts once as the output of one step and again as the input of the
    next, so ``imbalance_pct`` is the input-weighted mean of the steps' imbalances, not a loss rate
    of the plant; ``gap_t`` is the mass a year that the recorded flows of those steps leave
    unaccounted for (gaps of opposite sign offset each other).
    """

    steps_closed: int
    steps_flagged: int
    steps_partial: int
    inputs_t: float
    outputs_t: float
    imbalance_pct: float | None

    @property
    def gap_t(self) -> float:
        return self.inputs_t - self.outputs_t


def step_balances(
    doc: AssessmentDocument,
    converter: UnitConverter,
    fuel_kwh: FuelKwh | None = None,
    fuel_density: Callable[[str], float | None] | None = None,
) -> tuple[StepBalance, ...]:
    steps = sorted(doc.steps, key=lambda s: s.position)
    flows: dict[str, list[StepFlow]] = {s.id: [] for s in steps}
    for flow in doc.flows:
        if flow.step_id in flows:
            flows[flow.step_id].append(flow)
    return tuple(
        step_balance(
            step, number, sorted(flows[step.id], key=lambda f: f.position), converter, fuel_kwh, fuel_density
        )
        for number, step in enumerate(steps, 1)
    )


def step_balance(
    step: ProcessStep,
    number: int,
    flows: Sequence[StepFlow],
    converter: UnitConverter,
    fuel_kwh: FuelKwh | None = None,
    fuel_density: Callable[[str], float | None] | None = None,
) -> StepBalance:
    inputs_t = outputs_t = energy_kwh = in_material_t = 0.0
    heat_loss_kwh: float | None = None
    not_counted: list[NotCountedFlow] = []
    partial = energy_unknown = False

    def skip(flow: StepFlow, reason: NotCountedReason) -> None:
        not_counted.append(
            NotCountedFlow(flow.id, flow.name, flow.direction, flow.kind, flow.quantity, flow.unit, reason)
        )

    for flow in flows:
        is_input = flow.direction == FlowDirection.INPUT.value
        counts_mass = flow.kind in (MASS_INPUT_KINDS if is_input else MASS_OUTPUT_KINDS)
        if flow.kind == FlowKind.NOISE.value:
            skip(flow, NotCountedReason.NOT_MEASURABLE)
        elif flow.quantity is None:
            skip(flow, NotCountedReason.NO_QUANTITY)
            energy_unknown = energy_unknown or (is_input and flow.kind == FlowKind.ENERGY.value)
        elif counts_mass:
            tonnes = _tonnes(flow, converter, fuel_density)
            if isinstance(tonnes, NotCountedReason):
                skip(flow, tonnes)
                partial = partial or flow.quantity != 0
            elif is_input:
                inputs_t += tonnes
            else:
                outputs_t += tonnes
        elif flow.kind in _ENERGY_KINDS:
            kwh = _kwh(flow, converter, fuel_kwh)
            if isinstance(kwh, NotCountedReason):
                skip(flow, kwh)
                energy_unknown = energy_unknown or (is_input and flow.quantity != 0)
            elif is_input:
                energy_kwh += kwh
            else:
                heat_loss_kwh = (heat_loss_kwh or 0.0) + kwh
            if is_input and flow.in_material:
                tonnes = _tonnes(flow, converter, fuel_density)
                if isinstance(tonnes, NotCountedReason):
                    skip(flow, tonnes)
                    partial = partial or flow.quantity != 0
                else:
                    in_material_t += tonnes

    # Fuel carried in by a material input burns here: it leaves as flue gas, not as a loss.
    inputs_t -= in_material_t
    imbalance = None
    if partial:
        status = BalanceStatus.PARTIAL
    elif inputs_t <= 0:
        status = BalanceStatus.NO_MASS_INPUT
    else:
        imbalance = (inputs_t - outputs_t) / inputs_t * 100.0
        flagged = abs(imbalance) > IMBALANCE_THRESHOLD_PCT
        status = BalanceStatus.IMBALANCED if flagged else BalanceStatus.BALANCED
    heat_pct = None
    if heat_loss_kwh is not None and energy_kwh > 0 and not energy_unknown:
        heat_pct = heat_loss_kwh / energy_kwh * 100.0
    return StepBalance(
        step_id=step.id,
        step_name=step.name,
        number=number,
        inputs_t=inputs_t,
        outputs_t=outputs_t,
        imbalance_pct=imbalance,
        status=status,
        energy_input_kwh=energy_kwh,
        heat_loss_kwh=heat_loss_kwh,
        heat_loss_pct=heat_pct,
        not_counted=tuple(not_counted),
        fuel_in_material_t=in_material_t,
        energy_complete=not energy_unknown,
    )


def process_balance(balances: Iterable[StepBalance]) -> ProcessBalance:
    all_steps = list(balances)
    closed = [b for b in all_steps if b.closes]
    inputs = sum(b.inputs_t for b in closed)
    outputs = sum(b.outputs_t for b in closed)
    return ProcessBalance(
        steps_closed=len(closed),
        steps_flagged=sum(1 for b in all_steps if b.flagged),
        steps_partial=sum(1 for b in all_steps if b.status is BalanceStatus.PARTIAL),
        inputs_t=inputs,
        outputs_t=outputs,
        imbalance_pct=(inputs - outputs) / inputs * 100.0 if inputs > 0 else None,
    )


def _tonnes(
    flow: StepFlow, converter: UnitConverter, fuel_density: Callable[[str], float | None] | None = None
) -> float | NotCountedReason:
    assert flow.quantity is not None
    dimension = converter.dimension(flow.unit)
    if dimension == MASS:
        return converter.convert(flow.quantity, flow.unit, TONNE)
    if dimension == VOLUME:
        density = flow.density_t_per_m3
        if density is None and flow.kind in _WATER_KINDS:
            density = WATER_T_PER_M3
        if density is None and flow.fuel_code and fuel_density is not None:
            density = fuel_density(flow.fuel_code)
        if density is not None:
            return converter.convert(flow.quantity, flow.unit, M3) * density
    if dimension == COUNT and flow.mass_per_piece_kg is not None:
        return converter.convert(flow.quantity, flow.unit, "pcs") * flow.mass_per_piece_kg / 1000.0
    return NotCountedReason.UNKNOWN_UNIT if dimension is None else NotCountedReason.NOT_MASS


def _kwh(flow: StepFlow, converter: UnitConverter, fuel_kwh: FuelKwh | None) -> float | NotCountedReason:
    assert flow.quantity is not None
    if flow.unit == KWH:
        return flow.quantity
    if not converter.knows(flow.unit):
        return NotCountedReason.UNKNOWN_UNIT
    if converter.can_convert(flow.unit, KWH):
        return converter.convert(flow.quantity, flow.unit, KWH)
    if not flow.fuel_code or fuel_kwh is None:
        return NotCountedReason.NOT_ENERGY
    kwh = fuel_kwh(flow.fuel_code, flow.quantity, flow.unit, flow.id)
    return NotCountedReason.UNKNOWN_FUEL_ENERGY if kwh is None else kwh
