"""The report's tables as typed values, shared by the PDF and the Excel workbook.

Both outputs are drawn from these tables, so they show the same figures: every number comes from
the document itself or from ``AssessmentFigures`` (sxsh_desktop.calc), never recomputed here.
Values stay raw (VND, percent, fractions, dates); each output formats them for its medium: the PDF
prints money in millions of VND with the language's separators, the workbook stores VND numbers
with a number format.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sxsh_desktop.calc.balance import IMBALANCE_THRESHOLD_PCT, BalanceStatus, StepBalance
from sxsh_desktop.calc.figures import AssessmentFigures, SolutionFigures, SolutionTotals
from sxsh_desktop.calc.records import CalcWarning, FactorUsed
from sxsh_desktop.calc.units import unit_symbol
from sxsh_desktop.domain import numbers
from sxsh_desktop.domain.dates import format_date
from sxsh_desktop.domain.model import AssessmentDocument, Decision, Solution
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.reports.labels import Labels, vietnamese_source


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    QUANTITY = "quantity"  # a measured amount, decimals as needed
    MONEY = "money"  # VND; the PDF prints millions
    PRICE = "price"  # VND per unit, printed in full
    PERCENT = "percent"  # 6.5 means 6.5 %
    RATE = "rate"  # 0.12 means 12 % (discount rate, IRR)
    YEARS = "years"  # payback: None is "no payback", 0 is "immediate"
    DATE = "date"
    DECIMAL = "decimal"  # a figure with 2 decimals (TOE, tCO2)
    FACTOR = "factor"  # a reference factor, all its significant digits
    YEAR = "year"  # 2023, no thousands separator


def cell_text(value: Any, kind: Kind, lang: str) -> str:
    """A table cell as the printed documents show it (money in millions of VND, the language's
    marks); a payback (``Kind.YEARS``) is worded by the document itself."""
    if value is None or value == "":
        return "" if kind == Kind.TEXT else numbers.MISSING
    match kind:
        case Kind.TEXT:
            return unicodedata.normalize("NFC", str(value))
        case Kind.INT:
            return numbers.number(value, lang, 0)
        case Kind.QUANTITY:
            return numbers.quantity(value, lang)
        case Kind.MONEY:
            return numbers.million_vnd(value, lang)
        case Kind.PRICE:
            return numbers.vnd(value, lang)
        case Kind.PERCENT:
            return numbers.percent(value, lang)
        case Kind.RATE:
            return numbers.rate(value, lang)
        case Kind.DECIMAL:
            return numbers.number(value, lang, 2)
        case Kind.DATE:
            return format_date(value, numbers.MISSING)
        case Kind.FACTOR:
            return numbers.factor(value, lang)
        case Kind.YEAR:
            return str(value)
    raise ValueError(f"no text for a cell of kind {kind}")


@dataclass(frozen=True)
class Column:
    label: str
    kind: Kind = Kind.TEXT
    weight: float = 1.0  # relative width in the PDF
    excel_width: float = 14.0


@dataclass
class DataTable:
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    total: list[Any] | None = None  # a totals row, from the calculation's totals
    # Per row, a kind that replaces the column kinds of every cell but the first (label) cell:
    # for tables of indicators, where each row has its own kind of value.
    row_kinds: list[Kind] | None = None

    def kind_of(self, row_index: int, column_index: int) -> Kind:
        if self.row_kinds is not None and column_index > 0 and row_index < len(self.row_kinds):
            return self.row_kinds[row_index]
        return self.columns[column_index].kind

    @property
    def is_empty(self) -> bool:
        return not self.rows


class ReportData:
    """Looks up names (steps, categories, units) once and builds every table of the report."""

    def __init__(
        self,
        document: AssessmentDocument,
        figures: AssessmentFigures,
        reference: ReferenceData,
        labels: Labels,
    ) -> None:
        self.doc = document
        self.figures = figures
        self.ref = reference
        self.labels = labels
        self.lang = labels.lang
        self.steps = sorted(document.steps, key=lambda s: s.position)
        self.step_names = {s.id: s.name for s in document.steps}
        self.step_order = {s.id: i for i, s in enumerate(self.steps)}
        self.waste_streams = sorted(
            document.waste_streams,
            key=lambda w: (self.step_order.get(w.step_id or "", len(self.steps)), w.position),
        )
        self.solutions = sorted(document.solutions, key=lambda s: s.position)
        self.solution_figures = {f.solution_id: f for f in figures.per_solution}
        self.causes_by_stream: dict[str, list[Any]] = defaultdict(list)
        for cause in sorted(document.causes, key=lambda c: c.position):
            self.causes_by_stream[cause.waste_stream_id].append(cause)

    # -- names ------------------------------------------------------------------------------------

    def technique_name(self, code: str) -> str:
        technique = self.ref.technique(code)
        if technique is None:
            return code or "—"
        return technique.name_vi if self.lang == "vi" else technique.name_en

    def cause_category_name(self, code: str) -> str:
        category = self.ref.cause_category(code)
        if category is None:
            return code or "—"
        return category.name_vi if self.lang == "vi" else category.name_en

    def sector_name(self, code: str) -> str:
        if not code:
            return ""
        sector = self.ref.sector(code)
        if sector is None:
            return code
        return f"{code} – {sector.name_vi if self.lang == 'vi' else sector.name_en}"

    def fuel_name(self, code: str) -> str:
        fuel = self.ref.fuel(code)
        if fuel is None:
            return code
        return fuel.name_vi if self.lang == "vi" else fuel.name_en

    def unit(self, code: str) -> str:
        """A unit as this report's language writes it (viên, not pcs, in Vietnamese)."""
        return unit_symbol(code, self.lang)

    def specific_unit(self, line_unit: str, per: int) -> str:
        """ "t/1.000 viên": the line's unit per ``per`` units of the main product."""
        product = self.figures.baseline.main_product_unit
        if not product:
            return ""
        amount = f"{numbers.number(per, self.lang, 0)} " if per != 1 else ""
        return f"{self.unit(line_unit)}/{amount}{self.unit(product)}"

    def specific_per(self) -> int:
        """Specific consumption is per this many units of the main product (1,000 for pieces)."""
        return next((c.specific_per for c in self.figures.per_consumption), 1)

    def fuel_tonnes_text(self, by_fuel: dict[str, float], number: Callable[[float | None], str]) -> str:
        """Tonnes per fuel, never summed: "200 t than cám saved; 350 t trấu added"."""
        L = self.labels
        parts = []
        for code, tonnes in by_fuel.items():
            if tonnes:
                key = "benefit.fuel" if tonnes > 0 else "benefit.fuel_added"
                parts.append(L.format(key, value=number(abs(tonnes)), fuel=self.fuel_name(code)))
        return "; ".join(parts)

    def step_name(self, step_id: str | None) -> str:
        return self.step_names.get(step_id or "", "")

    def address(self) -> str:
        e = self.doc.enterprise
        return ", ".join(part for part in (e.street, e.commune, e.province) if part.strip())

    # -- 1 the enterprise -------------------------------------------------------------------------

    def enterprise_fields(self) -> list[tuple[str, Kind, Any]]:
        L = self.labels
        e = self.doc.enterprise
        a = self.doc.assessment
        fields: list[tuple[str, Kind, Any]] = [
            (L["s1.name"], Kind.TEXT, e.name),
            (L["s1.short_name"], Kind.TEXT, e.short_name),
            (L["s1.tax_code"], Kind.TEXT, e.tax_code),
            (L["s1.address"], Kind.TEXT, self.address()),
            (L["s1.legacy_district"], Kind.TEXT, e.legacy_district),
            (L["s1.sector"], Kind.TEXT, self.sector_name(e.sector_code)),
            (L["s1.ownership"], Kind.TEXT, L.enum("ownership", e.ownership) if e.ownership else ""),
            (L["s1.employees"], Kind.INT, e.employees),
            (L["s1.contact"], Kind.TEXT, e.contact_name),
            (L["s1.phone"], Kind.TEXT, e.contact_phone),
            (L["s1.email"], Kind.TEXT, e.contact_email),
            (L["s1.working_days"], Kind.INT, a.working_days_per_year),
            (L["s1.shifts"], Kind.INT, a.shifts_per_day),
            (L["s1.staff"], Kind.INT, a.staff_count),
            (L["s1.cp_informed"], Kind.DATE, e.cp_informed_on),
            (L["s1.cp_aware"], Kind.DATE, e.cp_aware_on),
            (L["s1.cp_applying"], Kind.DATE, e.cp_applying_on),
        ]
        return [f for f in fields if f[2] not in (None, "")]

    def team_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35, 6),
                Column(L["s1.member"], weight=1.6, excel_width=28),
                Column(L["s1.job_title"], weight=1.4, excel_width=24),
                Column(L["s1.role"], weight=1.4, excel_width=24),
                Column(L["s1.phone"], weight=1.0, excel_width=16),
            ]
        )
        for number, m in enumerate(sorted(self.doc.team, key=lambda m: m.position), 1):
            table.rows.append([number, m.name, m.job_title, m.role, m.phone])
        return table

    # -- 2 production and specific consumption -----------------------------------------------------

    def products_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s2.product"], weight=2.4, excel_width=36),
                Column(L["s2.unit"], weight=0.7, excel_width=10),
                Column(L["s2.output"], Kind.QUANTITY, 1.0, 16),
                Column(L["s2.main"], weight=0.8, excel_width=14),
            ]
        )
        for p in sorted(self.doc.products, key=lambda p: p.position):
            is_main = self.figures.baseline.main_product_id == p.id
            table.rows.append([p.name, self.unit(p.unit), p.yearly_output, L["yes"] if is_main else ""])
        return table

    def consumption_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s2.kind"], weight=0.9, excel_width=14),
                Column(L["s2.name"], weight=1.3, excel_width=28),
                Column(L["s2.quantity"], Kind.QUANTITY, 1.05, 14),
                Column(L["s2.unit"], weight=0.5, excel_width=9),
                Column(L["s2.unit_price"], Kind.PRICE, 0.95, 14),
                Column(L["s2.yearly_cost"], Kind.MONEY, 0.95, 18),
                Column(L["s2.specific"], Kind.QUANTITY, 0.95, 14),
                Column(L["s2.specific_unit"], weight=1.05, excel_width=14),
                Column(L["s2.toe"], Kind.DECIMAL, 0.8, 12),
                Column(L["s2.co2_fossil"], Kind.DECIMAL, 0.85, 14),
                Column(L["s2.co2_biogenic"], Kind.DECIMAL, 0.85, 14),
                Column(L["s2.saved_pct"], Kind.PERCENT, 0.7, 11),
            ]
        )
        lines = {c.id: c for c in self.doc.consumptions}
        for f in self.figures.per_consumption:
            line = lines.get(f.consumption_id)
            name = f.name
            if line is not None and line.fuel_code:
                fuel = self.fuel_name(line.fuel_code)
                # "Trấu" with fuel "Trấu" stays "Trấu", never "Trấu (Trấu)".
                if not name:
                    name = fuel
                elif not _names_the_fuel(name, fuel):
                    name = f"{name} ({fuel})"
            table.rows.append(
                [
                    L.enum("consumption", f.kind),
                    name,
                    f.yearly_quantity,
                    self.unit(f.unit),
                    line.unit_price if line is not None else None,
                    f.yearly_cost,
                    f.specific_shown,
                    self.specific_unit(f.unit, f.specific_per),
                    f.toe,
                    f.fossil_co2_t,
                    f.biogenic_co2_t,
                    f.saved_pct,
                ]
            )
        if table.rows:
            b = self.figures.baseline
            table.total = [L["s2.total"], "", None, "", None, b.total_yearly_cost, None, "", b.total_toe,
                           b.fossil_co2_t, b.biogenic_co2_t, None]  # fmt: skip
        return table

    # -- 3 process and waste --------------------------------------------------------------------------

    def flows_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s3.step"], weight=1.5, excel_width=26),
                Column(L["s3.direction"], weight=0.5, excel_width=8),
                Column(L["s3.flow_kind"], weight=0.9, excel_width=14),
                Column(L["s3.flow_name"], weight=1.8, excel_width=30),
                Column(L["s3.quantity"], Kind.QUANTITY, 0.9, 14),
                Column(L["s3.unit"], weight=0.55, excel_width=9),
                Column(L["s3.unit_cost"], Kind.PRICE, 0.9, 14),
                Column(L["s3.conversion"], weight=1.2, excel_width=30),
            ]
        )
        for step in self.steps:
            for flow in sorted(
                self.doc.flows_of(step.id), key=lambda f: (f.direction != "input", f.position)
            ):
                table.rows.append(
                    [
                        step.name,
                        L.enum("direction", flow.direction),
                        L.enum("flow", flow.kind),
                        flow.name,
                        flow.quantity,
                        self.unit(flow.unit),
                        flow.unit_cost,
                        self.conversion_text(flow),
                    ]
                )
        return table

    def conversion_text(self, flow: Any) -> str:
        """What turns a flow into energy or mass: its fuel, density, mass per piece."""
        L = self.labels
        parts = []
        if flow.fuel_code:
            parts.append(self.fuel_name(flow.fuel_code))
        if flow.in_material:
            parts.append(L["s3.in_material"])
        if flow.density_t_per_m3 is not None:
            parts.append(f"{numbers.factor(flow.density_t_per_m3, self.lang)} t/m³")
        if flow.mass_per_piece_kg is not None:
            parts.append(f"{numbers.factor(flow.mass_per_piece_kg, self.lang)} kg/{self.unit(flow.unit)}")
        return "; ".join(parts)

    def balance_table(self) -> DataTable:
        """Each step's mass balance as ``compute_assessment`` gives it; figures only where it closes."""
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35, 6),
                Column(L["s3.step"], weight=1.9, excel_width=32),
                Column(L["s3.balance_inputs"], Kind.QUANTITY, 0.95, 16),
                Column(L["s3.balance_outputs"], Kind.QUANTITY, 0.95, 16),
                Column(L["s3.balance_imbalance"], Kind.PERCENT, 0.8, 12),
                Column(L["s3.balance_flagged"], weight=0.65, excel_width=12),
                Column(L["s3.energy_in"], Kind.QUANTITY, 0.85, 16),
                Column(L["s3.heat_loss"], Kind.QUANTITY, 0.85, 16),
                Column(L["s3.heat_loss_pct"], Kind.PERCENT, 0.8, 12),
                Column(L["s3.balance_remark"], weight=1.6, excel_width=48),
            ]
        )
        for b in self.figures.step_balances:
            closes = b.closes
            remark = L[f"balance.{self.balance_remark(b)}"]
            if b.fuel_in_material_t:
                remark += ". " + L.format("balance.fuel_in_material", value=numbers.quantity(
                    b.fuel_in_material_t, self.lang))  # fmt: skip
            table.rows.append(
                [
                    b.number,
                    b.step_name,
                    b.inputs_t if closes else None,
                    b.outputs_t if closes else None,
                    b.imbalance_pct,
                    L["yes"] if b.flagged else "",
                    b.energy_input_kwh / 1000.0 if b.energy_input_kwh else None,
                    b.heat_loss_kwh / 1000.0 if b.heat_loss_kwh is not None else None,
                    b.heat_loss_pct,
                    remark,
                ]
            )
        whole = self.figures.process_balance
        if whole.steps_closed:
            table.total = [L["s3.balance_total"], "", whole.inputs_t, whole.outputs_t,
                           whole.imbalance_pct, "", None, None, None, ""]  # fmt: skip
        return table

    @staticmethod
    def balance_remark(balance: StepBalance) -> str:
        if balance.status is BalanceStatus.IMBALANCED:
            return "losses" if (balance.imbalance_pct or 0.0) > 0 else "gains"
        return balance.status.value

    def balance_note(self) -> str:
        threshold = numbers.percent(IMBALANCE_THRESHOLD_PCT, self.lang, 0)
        return self.labels.format("s3.balance_note", threshold=threshold)

    def waste_table(self, *, with_causes: bool = False) -> DataTable:
        L = self.labels
        columns = [
            Column(L["s3.step"], weight=1.2, excel_width=24),
            Column(L["s3.waste_name"], weight=1.6, excel_width=30),
            Column(L["s3.waste_kind"], weight=0.8, excel_width=14),
            Column(L["s3.waste_quantity"], Kind.QUANTITY, 0.8, 12),
            Column(L["s3.unit"], weight=0.85, excel_width=9),
        ]
        if with_causes:
            columns.append(Column(L["wb.period"], excel_width=9))
        columns += [
            Column(L["s3.characteristics"], weight=1.15, excel_width=28),
            Column(L["s3.lost_cost"], Kind.MONEY, 0.9, 18),
            Column(L["s3.treatment_cost"], Kind.MONEY, 0.9, 18),
            Column(L["s3.total_cost"], Kind.MONEY, 0.9, 18),
            Column(L["s3.focus"], weight=0.6, excel_width=10),
        ]
        if with_causes:
            columns += [
                Column(L["wb.causes"], excel_width=40),
                Column(L["wb.cause_categories"], excel_width=28),
            ]
        table = DataTable(columns)
        for w in self.waste_streams:
            # A stream's own total is the sum of its two costs as typed; the totals row is the
            # calculation's.
            costs = [w.lost_material_cost, w.treatment_cost]
            own_total = None if all(c is None for c in costs) else sum(c or 0.0 for c in costs)
            unit = self.unit(w.unit)
            row: list[Any] = [
                self.step_name(w.step_id) or L["unassigned"],
                w.name,
                L.enum("flow", w.kind),
                w.quantity,
            ]
            if with_causes:
                row += [unit, L.enum("period", w.period)]
            else:
                row.append(L.format("s3.per_period", unit=unit, period=L.enum("period", w.period)))
            row += [
                w.characteristics,
                w.lost_material_cost,
                w.treatment_cost,
                own_total,
                L["yes"] if w.is_focus else "",
            ]
            if with_causes:
                causes = self.causes_by_stream.get(w.id, [])
                row.append("; ".join(c.description for c in causes))
                row.append(
                    "; ".join(
                        dict.fromkeys(self.cause_category_name(c.category) for c in causes if c.category)
                    )
                )
            table.rows.append(row)
        if table.rows:
            f = self.figures
            total: list[Any] = [L["s3.total"], "", "", None, ""] + ([""] if with_causes else []) + [""]
            total += [f.waste_lost_material_cost, f.waste_treatment_cost, f.waste_total_cost, ""]
            total += ["", ""] if with_causes else []
            table.total = total
        return table

    # -- 4 causes -----------------------------------------------------------------------------------

    def causes_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s4.waste"], weight=1.5),
                Column(L["s4.cause"], weight=2.6),
                Column(L["s4.category"], weight=1.3),
            ]
        )
        for w in self.waste_streams:
            causes = self.causes_by_stream.get(w.id, [])
            if not causes:
                table.rows.append([w.name, L["s4.no_cause"], ""])
            for cause in causes:
                table.rows.append([w.name, cause.description, self.cause_category_name(cause.category)])
        return table

    # -- 5 solutions --------------------------------------------------------------------------------

    def solution_step(self, solution: Solution) -> str:
        if solution.step_id:
            return self.step_name(solution.step_id)
        stream = self.doc.waste_stream(solution.waste_stream_id)
        return self.step_name(stream.step_id) if stream is not None else ""

    def benefit_text(
        self, solution: Solution, f: SolutionFigures, number: Callable[[float | None], str]
    ) -> str:
        L = self.labels
        parts = []
        if f.electricity_kwh_saved > 0:
            parts.append(L.format("benefit.electricity", value=number(f.electricity_kwh_saved)))
        elif f.electricity_kwh_saved < 0:
            parts.append(L.format("benefit.electricity_added", value=number(-f.electricity_kwh_saved)))
        fuels = self.fuel_tonnes_text(f.fuel_t_by_fuel, number)
        if fuels:
            parts.append(fuels)
        for key, value in (
            ("benefit.water", f.water_m3_saved),
            ("benefit.material", f.material_t_saved),
        ):
            if value:
                parts.append(L.format(key, value=number(value)))
        if f.is_fuel_switch or f.renewable_toe_added > 0:
            parts.append(
                L.format(
                    "benefit.switch",
                    fossil=number(f.fossil_toe_saved),
                    renewable=number(f.renewable_toe_added),
                    net=number(f.toe_saved),
                )
            )
        if f.fossil_co2_t:
            parts.append(L.format("benefit.co2", value=number(f.fossil_co2_t)))
        if f.biogenic_co2_t:
            key = "benefit.co2_biogenic" if f.biogenic_co2_t > 0 else "benefit.co2_biogenic_added"
            parts.append(L.format(key, value=number(abs(f.biogenic_co2_t))))
        stream = self.doc.waste_stream(solution.waste_stream_id)
        if f.waste_reduction and stream is not None:
            unit = L.format(
                "s3.per_period", unit=self.unit(stream.unit), period=L.enum("period", stream.period)
            )
            parts.append(L.format("benefit.waste", value=number(f.waste_reduction), unit=unit))
        return "; ".join(parts)

    def solutions_table(self, number: Callable[[float | None], str]) -> DataTable:
        """Section 5 of the PDF: step, option, category, investment, savings, payback, benefit."""
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35),
                Column(L["s5.step"], weight=1.0),
                Column(L["s5.solution"], weight=2.0),
                Column(L["s5.category"], weight=1.1),
                Column(L["s5.investment"], Kind.MONEY, 0.8),
                Column(L["s5.savings"], Kind.MONEY, 0.8),
                Column(L["s5.payback"], Kind.YEARS, 0.75),
                Column(L["s5.benefit"], weight=1.5),
                Column(L["s5.decision"], weight=0.9),
            ]
        )
        for index, solution in enumerate(self.solutions, 1):
            f = self.solution_figures[solution.id]
            table.rows.append(
                [
                    index,
                    self.solution_step(solution),
                    solution.title,
                    self.technique_name(solution.technique),
                    f.investment,
                    f.yearly_savings_vnd,
                    f.payback_years,
                    self.benefit_text(solution, f, number),
                    L.enum("decision", solution.decision),
                ]
            )
        if table.rows:
            c = self.figures.counted
            table.total = [
                L["s5.total"],
                "",
                "",
                "",
                c.investment,
                c.yearly_savings_vnd,
                c.payback_years,
                "",
                "",
            ]
        return table

    def feasibility_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35),
                Column(L["s5.solution"], weight=2.05),
                Column(L["s5.investment"], Kind.MONEY, 0.85),
                Column(L["s5.savings"], Kind.MONEY, 0.85),
                Column(L["s5.operating_cost"], Kind.MONEY, 0.9),
                Column(L["s5.net_savings"], Kind.MONEY, 0.85),
                Column(L["s5.lifetime"], Kind.INT, 0.6),
                Column(L["s5.rate"], Kind.RATE, 0.7),
                Column(L["s5.payback"], Kind.YEARS, 0.75),
                Column(L["s5.npv"], Kind.MONEY, 0.85),
                Column(L["s5.irr"], Kind.RATE, 0.8),
            ]
        )
        for index, solution in enumerate(self.solutions, 1):
            f = self.solution_figures[solution.id]
            table.rows.append(
                [index, solution.title, f.investment, f.yearly_savings_vnd, f.added_operating_cost,
                 f.net_yearly_savings, f.lifetime_years, f.discount_rate, f.payback_years, f.npv, f.irr]
            )  # fmt: skip
        if table.rows:
            c = self.figures.counted
            table.total = [L["s5.total"], "", c.investment, c.yearly_savings_vnd, c.added_operating_cost,
                           c.net_yearly_savings, None, None, c.payback_years, c.npv, None]  # fmt: skip
        return table

    def solutions_sheet(self) -> DataTable:
        """Every figure of every option, for the workbook."""
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, excel_width=6),
                Column(L["s5.step"], excel_width=24),
                Column(L["s5.solution"], excel_width=40),
                Column(L["s5.category"], excel_width=24),
                Column(L["s5.cost_class"], excel_width=16),
                Column(L["s5.decision"], excel_width=16),
                Column(L["s5.investment"], Kind.MONEY, excel_width=18),
                Column(L["s5.savings"], Kind.MONEY, excel_width=18),
                Column(L["s5.operating_cost"], Kind.MONEY, excel_width=18),
                Column(L["s5.net_savings"], Kind.MONEY, excel_width=18),
                Column(L["s5.lifetime"], Kind.INT, excel_width=10),
                Column(L["s5.rate"], Kind.RATE, excel_width=10),
                Column(L["s5.payback"], Kind.YEARS, excel_width=12),
                Column(L["s5.npv"], Kind.MONEY, excel_width=18),
                Column(L["s5.irr"], Kind.RATE, excel_width=10),
                Column(L["wb.electricity"], Kind.QUANTITY, excel_width=16),
                Column(L["wb.fuel"], excel_width=30),
                Column(L["wb.water"], Kind.QUANTITY, excel_width=14),
                Column(L["wb.material"], Kind.QUANTITY, excel_width=14),
                Column(L["wb.toe"], Kind.DECIMAL, excel_width=12),
                Column(L["wb.toe_fossil"], Kind.DECIMAL, excel_width=14),
                Column(L["wb.toe_renewable"], Kind.DECIMAL, excel_width=14),
                Column(L["wb.co2_fossil"], Kind.DECIMAL, excel_width=14),
                Column(L["wb.co2_biogenic"], Kind.DECIMAL, excel_width=14),
                Column(L["wb.waste_reduction"], Kind.QUANTITY, excel_width=12),
                Column(L["s6.responsible"], excel_width=20),
                Column(L["s6.planned_date"], Kind.DATE, excel_width=12),
                Column(L["s6.status"], excel_width=16),
                Column(L["s6.actual_savings"], Kind.MONEY, excel_width=18),
            ]
        )
        for index, s in enumerate(self.solutions, 1):
            f = self.solution_figures[s.id]
            table.rows.append(
                [index, self.solution_step(s), s.title, self.technique_name(s.technique),
                 L.enum("cost_class", s.cost_class), L.enum("decision", s.decision), f.investment,
                 f.yearly_savings_vnd, f.added_operating_cost, f.net_yearly_savings, f.lifetime_years,
                 f.discount_rate, f.payback_years, f.npv, f.irr, f.electricity_kwh_saved,
                 self.fuel_tonnes_text(f.fuel_t_by_fuel, self.quantity_text), f.water_m3_saved,
                 f.material_t_saved, f.toe_saved, f.fossil_toe_saved, f.renewable_toe_added,
                 f.fossil_co2_t, f.biogenic_co2_t,
                 f.waste_reduction, s.responsible, s.planned_date, L.enum("status", s.implementation_status),
                 s.actual_savings]
            )  # fmt: skip
        if table.rows:
            c = self.figures.counted
            table.total = [L["s5.total"], "", "", "", "", "", c.investment, c.yearly_savings_vnd,
                           c.added_operating_cost, c.net_yearly_savings, None, None, c.payback_years,
                           c.npv, None, c.electricity_kwh_saved,
                           self.fuel_tonnes_text(c.fuel_t_by_fuel, self.quantity_text), c.water_m3_saved,
                           c.material_t_saved, c.toe_saved, c.fossil_toe_saved, c.renewable_toe_added,
                           c.fossil_co2_t, c.biogenic_co2_t, None, "",
                           None, "", None]  # fmt: skip
        return table

    # -- 6 plan -------------------------------------------------------------------------------------

    def plan_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35),
                Column(L["s5.solution"], weight=2.4),
                Column(L["s5.decision"], weight=1.0),
                Column(L["s6.responsible"], weight=1.2),
                Column(L["s6.planned_date"], Kind.DATE, 0.8),
                Column(L["s6.status"], weight=0.95),
                Column(L["s6.actual_savings"], Kind.MONEY, 0.95),
            ]
        )
        chosen = (Decision.IMPLEMENT_NOW.value, Decision.STUDY_FURTHER.value)
        numbered = [(i, s) for i, s in enumerate(self.solutions, 1) if s.decision in chosen]
        numbered.sort(
            key=lambda pair: (pair[1].decision != chosen[0], pair[1].planned_date or date.max, pair[0])
        )
        for index, s in numbered:
            table.rows.append(
                [index, s.title, L.enum("decision", s.decision), s.responsible, s.planned_date,
                 L.enum("status", s.implementation_status), s.actual_savings]
            )  # fmt: skip
        return table

    # -- summary --------------------------------------------------------------------------------------

    def summary_table(self) -> DataTable:
        """Indicators for the options to implement now and for all options not rejected.

        Money rows are labelled without a unit: each output adds the unit it prints the value in
        (the PDF millions of đồng, the workbook đồng). Fossil energy and fossil CO2 are the
        headline; renewable energy added and biogenic CO2 are rows of their own; fuels one row each.
        """
        L = self.labels
        table = DataTable(
            [
                Column(L["summary.indicator"], weight=2.6, excel_width=52),
                Column(L["summary.implement_now"], Kind.QUANTITY, 1.0, 20),
                Column(L["summary.counted"], Kind.QUANTITY, 1.0, 20),
            ],
            row_kinds=[],
        )
        now, counted = self.figures.implement_now, self.figures.counted

        def add(label: str, kind: Kind, value: Callable[[SolutionTotals], Any]) -> None:
            table.rows.append([label, value(now), value(counted)])
            assert table.row_kinds is not None
            table.row_kinds.append(kind)

        def row(key: str, kind: Kind, value: Callable[[SolutionTotals], Any]) -> None:
            add(L[key], kind, value)

        row("summary.options", Kind.INT, lambda t: t.solution_count)
        row("summary.investment", Kind.MONEY, lambda t: t.investment)
        row("summary.savings", Kind.MONEY, lambda t: t.yearly_savings_vnd)
        row("summary.net_savings", Kind.MONEY, lambda t: t.net_yearly_savings)
        row("summary.payback", Kind.YEARS, lambda t: t.payback_years)
        row("summary.npv", Kind.MONEY, lambda t: t.npv)
        row("summary.electricity", Kind.QUANTITY, lambda t: t.electricity_kwh_saved)
        fuels = dict.fromkeys([*now.fuel_t_by_fuel, *counted.fuel_t_by_fuel])
        for code in fuels:
            add(
                L.format("summary.fuel_of", fuel=self.fuel_name(code)),
                Kind.QUANTITY,
                lambda t, code=code: t.fuel_t_by_fuel.get(code, 0.0),
            )
        row("summary.water", Kind.QUANTITY, lambda t: t.water_m3_saved)
        row("summary.material", Kind.QUANTITY, lambda t: t.material_t_saved)
        row("summary.toe_fossil", Kind.DECIMAL, lambda t: t.fossil_toe_saved)
        if now.renewable_toe_added or counted.renewable_toe_added:
            row("summary.toe_renewable", Kind.DECIMAL, lambda t: t.renewable_toe_added)
        row("summary.toe", Kind.DECIMAL, lambda t: t.toe_saved)
        row("summary.co2_fossil", Kind.DECIMAL, lambda t: t.fossil_co2_t)
        row("summary.co2_biogenic", Kind.DECIMAL, lambda t: t.biogenic_co2_t)
        row("summary.energy_pct", Kind.PERCENT, lambda t: t.energy_savings_pct)
        row("summary.fossil_energy_pct", Kind.PERCENT, lambda t: t.fossil_energy_savings_pct)
        row("summary.material_pct", Kind.PERCENT, lambda t: t.material_savings_pct)
        row("summary.water_pct", Kind.PERCENT, lambda t: t.water_savings_pct)
        return table

    def target_name(self) -> str:
        f = self.figures
        return (f.target_name if self.lang == "vi" else f.target_name_en) or self.labels.format(
            "summary.target",
            low=numbers.number(f.target_min_pct, self.lang, 0),
            high=numbers.number(f.target_max_pct, self.lang, 0),
        )

    def target_sentence(self, totals: SolutionTotals) -> str:
        """The target named with its source and period, against energy and materials each."""
        L = self.labels
        return L.format(
            "summary.target_note",
            target=self.target_name(),
            energy=numbers.percent(totals.energy_savings_pct, self.lang),
            energy_status=L.enum("target", totals.energy_target_status),
            material=numbers.percent(totals.material_savings_pct, self.lang),
            material_status=L.enum("target", totals.material_target_status),
            fossil=numbers.percent(totals.fossil_energy_savings_pct, self.lang),
        )

    def obligations(self) -> list[str]:
        """What the figures oblige the enterprise to, each only when it applies, with its basis."""
        L = self.labels
        base = self.figures.baseline
        lines = []
        toe = numbers.number(base.total_toe, self.lang, 0)
        if base.is_key_energy_user:
            lines.append(
                L.format("s2.key_energy_user", toe=toe, basis=self.constant_source("key_energy_user_toe"))
            )
        if base.ghg_inventory_required:
            lines.append(
                L.format(
                    "s2.ghg_inventory",
                    toe=toe,
                    co2=numbers.number(base.fossil_co2_t, self.lang, 0),
                    basis=self.constant_source("ghg_inventory_toe"),
                )
            )
        return lines

    def constant_source(self, code: str) -> str:
        try:
            return self.source_text(self.ref.constant(code).source)
        except KeyError:
            return ""

    def source_text(self, source: str) -> str:
        """A reference source as this language cites it (the Vietnamese report in Vietnamese)."""
        return vietnamese_source(source) if self.lang == "vi" else source

    def quantity_text(self, value: float | None) -> str:
        return numbers.quantity(value, self.lang)

    # -- descriptions the consultant wrote -------------------------------------------------------------

    def steps_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["s5.number"], Kind.INT, 0.35, 6),
                Column(L["s3.step"], weight=1.4, excel_width=28),
                Column(L["s3.step_description"], weight=2.8, excel_width=60),
                Column(L["s3.equipment"], weight=1.6, excel_width=36),
            ]
        )
        for number, step in enumerate(self.steps, 1):
            table.rows.append([number, step.name, step.description, step.equipment])
        return table

    def solution_details(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each option's title and what the consultant wrote of it, in the report's order."""
        L = self.labels
        details = []
        for index, s in enumerate(self.solutions, 1):
            fields = [
                (L["s5.description"], s.description),
                (L["s5.technical"], s.technical_feasibility),
                (L["s5.environmental"], s.environmental_feasibility),
                (L["s5.monitoring"], s.monitoring),
            ]
            shown = [(label, text.strip()) for label, text in fields if text.strip()]
            if shown:
                details.append((f"{index}. {s.title}", shown))
        return details

    def count_table(self, label_key: str, counts: dict[str, int], name: Callable[[str], str]) -> DataTable:
        L = self.labels
        table = DataTable(
            [Column(L[label_key], weight=2.5, excel_width=36), Column(L["summary.count"], Kind.INT)]
        )
        for code, count in counts.items():
            table.rows.append([name(code), count])
        if table.rows:
            table.total = [L["s2.total"], sum(counts.values())]
        return table

    def technique_counts(self) -> DataTable:
        return self.count_table("summary.category", self.figures.counted.by_technique, self.technique_name)

    def cost_class_counts(self) -> DataTable:
        return self.count_table(
            "summary.cost_class",
            self.figures.counted.by_cost_class,
            lambda c: self.labels.enum("cost_class", c),
        )

    # -- appendix -------------------------------------------------------------------------------------

    def factor_label(self, factor: FactorUsed) -> str:
        L = self.labels
        key = f"factor.{factor.code}"
        subject = self.fuel_name(factor.subject)
        try:
            return L.format(key, year=factor.year or "", subject=subject)
        except KeyError:
            return factor.what

    def factor_unit(self, unit: str) -> str:
        """ "tCO2/t" → "tCO₂/t", "TOE/1000 l" → "TOE/1.000 lít" in Vietnamese."""
        per_1000 = numbers.number(1000, self.lang, 0)
        litre = "lít" if self.lang == "vi" else "l"
        return (
            unit.replace("CO2", "CO₂")
            .replace("m3", "m³")
            .replace("1000 l", f"{per_1000} {litre}")
            .replace("1000 m³", f"{per_1000} m³")
        )

    def factors_table(self) -> DataTable:
        L = self.labels
        table = DataTable(
            [
                Column(L["appendix.factor"], weight=2.0, excel_width=40),
                Column(L["appendix.value"], Kind.FACTOR, 0.8, 12),
                Column(L["appendix.unit"], weight=0.8, excel_width=14),
                Column(L["appendix.year"], Kind.YEAR, 0.5, 8),
                Column(L["appendix.source"], weight=2.4, excel_width=60),
            ]
        )
        for factor in self.figures.factors_used:
            table.rows.append(
                [
                    self.factor_label(factor),
                    factor.value,
                    self.factor_unit(factor.unit),
                    factor.year,
                    self.source_text(factor.source),
                ]
            )
        return table

    def warning_texts(self) -> list[str]:
        return [self.warning_text(w) for w in self.figures.warnings]

    def warning_text(self, warning: CalcWarning) -> str:
        values: dict[str, str] = defaultdict(str, dict(warning.params))
        values["subject"] = self.subject_name(warning.subject_id)
        for name in ("fuel",):
            if values[name]:
                values[name] = self.fuel_name(values[name])
        if values["pct"]:
            values["pct"] = numbers.number(float(values["pct"]), self.lang, 1)
        key = f"warning.{warning.code}"
        try:
            return self.labels[key].format_map(values)
        except KeyError:
            return warning.message

    def subject_name(self, record_id: str) -> str:
        for collection in (self.doc.consumptions, self.doc.solutions, self.doc.waste_streams, self.doc.steps):
            for record in collection:
                if record.id == record_id:
                    return getattr(record, "name", "") or getattr(record, "title", "")
        return ""


def _names_the_fuel(name: str, fuel: str) -> bool:
    """Whether a line's name already says its fuel: "Trấu" is rice husk, "Khí LPG cắt" is LPG,
    "Dầu diesel cho xe nâng" is diesel oil (DO)."""
    line = name.casefold()
    fuel = fuel.casefold()
    main, _, rest = fuel.partition("(")
    short = rest.rstrip(")").strip()
    return fuel in line or line in fuel or main.strip() in line or bool(short and short in line.split())
