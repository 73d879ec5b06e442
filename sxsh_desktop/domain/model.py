"""The records of a rapid assessment as plain dataclasses.

These are what the UI, the report, the workbook and the packages hold: no database session, no Qt.
The store maps them to tables field by field (same names), and the interchange JSON writes them out
field by field, so a field added here is added everywhere by adding it to the table too.

Every synced record carries the sync fields of ``SyncFields``: a UUID, creation and change times,
a revision counter and the device that last changed it (DESIGN.md section 3).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    # Microseconds are dropped so that a value survives JSON and SQLite round trips unchanged.
    return datetime.now(UTC).replace(microsecond=0)


# ---------------------------------------------------------------------------------------------
# Enumerations (stored as their string values)
# ---------------------------------------------------------------------------------------------


class Ownership(StrEnum):
    STATE = "state"
    NON_STATE = "non_state"
    FOREIGN = "foreign"
    COOPERATIVE = "cooperative"
    HOUSEHOLD = "household"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    EXPORTED = "exported"


class ConsumptionKind(StrEnum):
    RAW_MATERIAL = "raw_material"
    CHEMICAL = "chemical"
    ELECTRICITY = "electricity"
    FUEL = "fuel"
    WATER = "water"
    OTHER = "other"

    @property
    def is_energy(self) -> bool:
        return self in (ConsumptionKind.ELECTRICITY, ConsumptionKind.FUEL)


class FlowDirection(StrEnum):
    INPUT = "input"
    OUTPUT = "output"


class FlowKind(StrEnum):
    # inputs
    MATERIAL = "material"
    ENERGY = "energy"
    WATER = "water"
    CHEMICAL = "chemical"
    # outputs
    PRODUCT = "product"
    BY_PRODUCT = "by_product"
    SOLID_WASTE = "solid_waste"
    WASTEWATER = "wastewater"
    AIR_EMISSION = "air_emission"
    HEAT_LOSS = "heat_loss"
    NOISE = "noise"


INPUT_FLOW_KINDS = (FlowKind.MATERIAL, FlowKind.ENERGY, FlowKind.WATER, FlowKind.CHEMICAL)
OUTPUT_FLOW_KINDS = (
    FlowKind.PRODUCT,
    FlowKind.BY_PRODUCT,
    FlowKind.SOLID_WASTE,
    FlowKind.WASTEWATER,
    FlowKind.AIR_EMISSION,
    FlowKind.HEAT_LOSS,
    FlowKind.NOISE,
)
WASTE_FLOW_KINDS = (
    FlowKind.SOLID_WASTE,
    FlowKind.WASTEWATER,
    FlowKind.AIR_EMISSION,
    FlowKind.HEAT_LOSS,
    FlowKind.NOISE,
)


class Period(StrEnum):
    """The period a waste stream's quantity is measured over; costs are always per year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    BATCH = "batch"


class CostClass(StrEnum):
    NO_COST = "no_cost"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Decision(StrEnum):
    UNDECIDED = "undecided"
    IMPLEMENT_NOW = "implement_now"
    STUDY_FURTHER = "study_further"
    REJECT = "reject"


class ImplementationStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"


class PhotoOwner(StrEnum):
    STEP = "step"
    WASTE_STREAM = "waste_stream"
    SOLUTION = "solution"
    ASSESSMENT = "assessment"


# ---------------------------------------------------------------------------------------------
# Synced records
# ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class SyncFields:
    """What every synced record carries: its UUID, creation and change times, revision counter and
    the device that last changed it (DESIGN.md section 3)."""

    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    revision: int = 1
    device_id: str = ""


@dataclass(kw_only=True)
class Enterprise(SyncFields):
    """An enterprise (or household business) of the registry."""

    name: str = ""
    short_name: str = ""
    tax_code: str = ""
    street: str = ""
    commune: str = ""  # commune / ward (xã / phường) under the 2025 two-level administration
    province: str = "Hà Tĩnh"
    legacy_district: str = ""  # the district before 1 July 2025, kept for old records
    sector_code: str = ""  # VSIC code
    ownership: str = Ownership.NON_STATE.value
    employees: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    cp_informed_on: date | None = None
    cp_aware_on: date | None = None
    cp_applying_on: date | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Assessment(SyncFields):
    """One rapid Cleaner Production assessment of an enterprise."""

    enterprise_id: str = ""
    title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    consultants: str = ""  # names, comma separated, as printed on the report cover
    status: str = AssessmentStatus.DRAFT.value
    baseline_year: int | None = None
    working_days_per_year: int | None = None
    shifts_per_day: int | None = None
    staff_count: int | None = None
    grid_factor_year: int | None = None  # None: the latest official year in the reference data
    discount_rate: float = 0.10  # default for solutions without their own rate
    conclusions: str = ""
    notes: str = ""
    objectives: str = ""  # what the assessment set out to do, as printed in the report
    scope: str = ""  # the part of the plant assessed
    method: str = ""  # how the data were gathered (walk-through, meters, records...)


@dataclass(kw_only=True)
class TeamMember(SyncFields):
    """A member of the assessment team, in list order."""

    assessment_id: str = ""
    position: int = 0  # order in the list
    name: str = ""
    job_title: str = ""
    role: str = ""  # role in the CP team
    phone: str = ""


@dataclass(kw_only=True)
class Product(SyncFields):
    """A product of the assessed enterprise, with its yearly output."""

    assessment_id: str = ""
    position: int = 0
    name: str = ""
    unit: str = "t"
    yearly_output: float | None = None
    is_main: bool = False  # specific consumption is per unit of the main product


@dataclass(kw_only=True)
class Consumption(SyncFields):
    """A yearly baseline consumption line: raw material, chemical, electricity, fuel or water."""

    assessment_id: str = ""
    position: int = 0
    kind: str = ConsumptionKind.RAW_MATERIAL.value
    name: str = ""
    fuel_code: str = ""  # reference fuel (coal, DO, ...) for fuel lines: CO2 and TOE factors
    yearly_quantity: float | None = None
    unit: str = "t"
    unit_price: float | None = None  # VND per unit


@dataclass(kw_only=True)
class ProcessStep(SyncFields):
    """A step of the production process, in flow order."""

    assessment_id: str = ""
    position: int = 0
    name: str = ""
    description: str = ""
    equipment: str = ""


@dataclass(kw_only=True)
class StepFlow(SyncFields):
    """An input to or an output from a process step."""

    step_id: str = ""
    position: int = 0
    direction: str = FlowDirection.INPUT.value
    kind: str = FlowKind.MATERIAL.value
    name: str = ""
    quantity: float | None = None  # per year
    unit: str = "t"
    unit_cost: float | None = None  # VND per unit
    # A fuel burnt in the step (coal in a kiln, diesel in a forklift): its energy from the reference
    # fuel's factors. On a material input, a fuel mixed into the material (coal in the brick body).
    fuel_code: str = ""
    # Turn a volume into a mass (t per m³) for flows that are not water; a fuel's own density
    # from the reference data is used when this is empty.
    density_t_per_m3: float | None = None
    # Turn a count (pieces, viên) into a mass, so that steps counting products balance.
    mass_per_piece_kg: float | None = None
    # An energy input already inside a material input of the step (coal mixed into the brick body,
    # burnt in the kiln): counted as energy, and its mass taken off the step's inputs, not lost.
    in_material: bool = False


@dataclass(kw_only=True)
class WasteStream(SyncFields):
    """A waste stream, at the step it leaves if known."""

    assessment_id: str = ""
    step_id: str | None = None
    position: int = 0
    name: str = ""
    kind: str = FlowKind.SOLID_WASTE.value
    quantity: float | None = None
    unit: str = "t"
    period: str = Period.YEAR.value
    characteristics: str = ""
    lost_material_cost: float | None = None  # VND per year: value of material lost in the stream
    treatment_cost: float | None = None  # VND per year: treatment and disposal
    is_focus: bool = False


@dataclass(kw_only=True)
class Cause(SyncFields):
    """A cause of a waste stream, with its category."""

    waste_stream_id: str = ""
    position: int = 0
    description: str = ""
    category: str = ""  # cause category code (RAW, TECH, CTRL, EQP, HR, WASTE, PROD)


@dataclass(kw_only=True)
class Solution(SyncFields):
    """A proposed solution, with its costs, savings and the decision on it."""

    assessment_id: str = ""
    position: int = 0
    step_id: str | None = None
    waste_stream_id: str | None = None
    cause_id: str | None = None
    title: str = ""
    description: str = ""
    technique: str = ""  # technique code (GH, IMC, BPC, EM, TC, OSR, BYP, PM)
    cost_class: str = CostClass.NO_COST.value
    investment: float = 0.0  # VND
    other_savings: float = 0.0  # VND/year not tied to a consumption line (labour, treatment fees...)
    added_operating_cost: float = 0.0  # VND/year
    lifetime_years: int = 5
    discount_rate: float | None = None  # None: the assessment's rate
    waste_reduction: float | None = None  # in the linked waste stream's unit and period
    decision: str = Decision.UNDECIDED.value
    responsible: str = ""
    planned_date: date | None = None
    implementation_status: str = ImplementationStatus.PLANNED.value
    actual_savings: float | None = None  # VND/year measured at follow-up
    follow_up_notes: str = ""
    catalogue_code: str = ""  # the catalogue option it was suggested from, if any
    technical_feasibility: str = ""
    environmental_feasibility: str = ""
    monitoring: str = ""  # the indicators to follow once it is implemented


@dataclass(kw_only=True)
class SolutionSaving(SyncFields):
    """A physical yearly saving of one baseline consumption line, in that line's unit."""

    solution_id: str = ""
    consumption_id: str = ""
    quantity: float = 0.0


@dataclass(kw_only=True)
class Photo(SyncFields):
    """Photo metadata; the bytes are loaded separately (they can be large)."""

    assessment_id: str = ""
    owner_kind: str = PhotoOwner.ASSESSMENT.value
    owner_id: str = ""
    position: int = 0
    caption: str = ""
    mime_type: str = "image/jpeg"
    width: int = 0
    height: int = 0
    sha256: str = ""
    size_bytes: int = 0


# ---------------------------------------------------------------------------------------------
# A whole assessment, as the report, the workbook and the packages use it
# ---------------------------------------------------------------------------------------------


@dataclass
class AssessmentDocument:
    """One assessment with everything that belongs to it, as flat lists ordered by ``position``."""

    enterprise: Enterprise
    assessment: Assessment
    team: list[TeamMember] = field(default_factory=list)
    products: list[Product] = field(default_factory=list)
    consumptions: list[Consumption] = field(default_factory=list)
    steps: list[ProcessStep] = field(default_factory=list)
    flows: list[StepFlow] = field(default_factory=list)
    waste_streams: list[WasteStream] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)
    solutions: list[Solution] = field(default_factory=list)
    savings: list[SolutionSaving] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)

    def main_product(self) -> Product | None:
        for product in self.products:
            if product.is_main:
                return product
        return self.products[0] if self.products else None

    def flows_of(self, step_id: str) -> list[StepFlow]:
        return [f for f in self.flows if f.step_id == step_id]

    def causes_of(self, waste_stream_id: str) -> list[Cause]:
        return [c for c in self.causes if c.waste_stream_id == waste_stream_id]

    def savings_of(self, solution_id: str) -> list[SolutionSaving]:
        return [s for s in self.savings if s.solution_id == solution_id]

    def photos_of(self, owner_kind: str, owner_id: str) -> list[Photo]:
        return [p for p in self.photos if p.owner_kind == owner_kind and p.owner_id == owner_id]

    def consumption(self, consumption_id: str) -> Consumption | None:
        return next((c for c in self.consumptions if c.id == consumption_id), None)

    def step(self, step_id: str | None) -> ProcessStep | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def waste_stream(self, waste_stream_id: str | None) -> WasteStream | None:
        return next((w for w in self.waste_streams if w.id == waste_stream_id), None)


# The child collections of a document, in dependency order (parents before children), with
# their record class: the store, the interchange JSON and the packages walk this one list.
DOCUMENT_COLLECTIONS: tuple[tuple[str, type[SyncFields]], ...] = (
    ("team", TeamMember),
    ("products", Product),
    ("consumptions", Consumption),
    ("steps", ProcessStep),
    ("flows", StepFlow),
    ("waste_streams", WasteStream),
    ("causes", Cause),
    ("solutions", Solution),
    ("savings", SolutionSaving),
    ("photos", Photo),
)
