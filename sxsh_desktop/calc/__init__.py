"""Calculations: plain Python used by the UI, the report, the workbook and the office; never Qt."""

from sxsh_desktop.calc.assessment import compute_assessment
from sxsh_desktop.calc.balance import (
    IMBALANCE_THRESHOLD_PCT,
    BalanceStatus,
    NotCountedFlow,
    NotCountedReason,
    ProcessBalance,
    StepBalance,
    process_balance,
    step_balance,
    step_balances,
)
from sxsh_desktop.calc.energy import EnergyCalculator, EnergyFigures, electricity_co2_t, is_key_energy_user
from sxsh_desktop.calc.figures import (
    AssessmentFigures,
    BaselineFigures,
    ConsumptionFigures,
    SolutionFigures,
    SolutionTotals,
    TargetStatus,
)
from sxsh_desktop.calc.finance import irr, irr_of_cash_flows, npv, npv_of_cash_flows, simple_payback
from sxsh_desktop.calc.records import CalcWarning, FactorUsed, WarningCode
from sxsh_desktop.calc.units import UnitConverter, UnitMismatchError, unit_symbol

__all__ = [
    "IMBALANCE_THRESHOLD_PCT",
    "AssessmentFigures",
    "BalanceStatus",
    "BaselineFigures",
    "CalcWarning",
    "ConsumptionFigures",
    "EnergyCalculator",
    "EnergyFigures",
    "FactorUsed",
    "NotCountedFlow",
    "NotCountedReason",
    "ProcessBalance",
    "SolutionFigures",
    "SolutionTotals",
    "StepBalance",
    "TargetStatus",
    "UnitConverter",
    "UnitMismatchError",
    "WarningCode",
    "compute_assessment",
    "electricity_co2_t",
    "irr",
    "irr_of_cash_flows",
    "is_key_energy_user",
    "npv",
    "npv_of_cash_flows",
    "process_balance",
    "simple_payback",
    "step_balance",
    "step_balances",
    "unit_symbol",
]
