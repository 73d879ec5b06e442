"""Translated words for stored codes: kinds, classes, decisions, missing items, entry errors.

Stored values are stable English codes; what the user reads comes from here, through Qt
translation (context "Labels"), from the one table of names and warnings that the report shares
(``domain.labels``, in the current UI language), or from the reference data's Vietnamese/English
names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sxsh_desktop.calc import CalcWarning, TargetStatus
from sxsh_desktop.calc.units import unit_symbol
from sxsh_desktop.domain import labels as shared
from sxsh_desktop.domain.completeness import MissingCode, MissingItem
from sxsh_desktop.domain.dates import DateEntryError, DateProblem
from sxsh_desktop.domain.model import (
    INPUT_FLOW_KINDS,
    OUTPUT_FLOW_KINDS,
    WASTE_FLOW_KINDS,
    ConsumptionKind,
    CostClass,
    Decision,
    FlowKind,
    ImplementationStatus,
    Period,
)
from sxsh_desktop.domain.numbers import NumberEntryError, NumberProblem, format_number
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.ui.i18n import current_language
from sxsh_desktop.ui.problems import problem_text


@dataclass(frozen=True)
class Choice:
    """One entry of a closed list: the stored code, the short label, an optional longer detail."""

    code: str
    label: str
    detail: str = ""


def consumption_kinds() -> list[Choice]:
    return [Choice(kind.value, _shared("consumption", kind)) for kind in ConsumptionKind]


def _flow_kind_words() -> dict[FlowKind, str]:
    return {kind: _shared("flow", kind) for kind in FlowKind}


def input_kinds() -> list[Choice]:
    words = _flow_kind_words()
    return [Choice(kind.value, words[kind]) for kind in INPUT_FLOW_KINDS]


def output_kinds() -> list[Choice]:
    words = _flow_kind_words()
    return [Choice(kind.value, words[kind]) for kind in OUTPUT_FLOW_KINDS]


def waste_kinds() -> list[Choice]:
    """Kinds of a waste stream: the waste outputs, and a by-product that is not used."""
    words = _flow_kind_words()
    return [Choice(kind.value, words[kind]) for kind in (*WASTE_FLOW_KINDS, FlowKind.BY_PRODUCT)]


def periods() -> list[Choice]:
    words = {
        Period.DAY: QCoreApplication.translate("Labels", "per day"),
        Period.MONTH: QCoreApplication.translate("Labels", "per month"),
        Period.YEAR: QCoreApplication.translate("Labels", "per year"),
        Period.BATCH: QCoreApplication.translate("Labels", "per batch"),
    }
    return [Choice(period.value, words[period]) for period in Period]


def cost_classes() -> list[Choice]:
    return [Choice(cost.value, _shared("cost_class", cost)) for cost in CostClass]


def decisions() -> list[Choice]:
    return [Choice(decision.value, _shared("decision", decision)) for decision in Decision]


def implementation_statuses() -> list[Choice]:
    return [Choice(status.value, _shared("status", status)) for status in ImplementationStatus]


def label_of(choices: list[Choice], code: str) -> str:
    return next((c.label for c in choices if c.code == code), code)


def _shared(kind: str, value: str) -> str:
    """A name from the table the report shares, in the current UI language."""
    return shared.label(kind, value, current_language())


# Short names of units as a Vietnamese user writes them (a code is never shown).
_VIETNAMESE_UNITS = {"t": "tấn", "yen": "yến", "ta": "tạ", "l": "lít", "pcs": "cái", "h": "giờ", "toe": "TOE"}
_ENGLISH_UNITS = {"pcs": "pcs", "yen": "yến (10 kg)", "ta": "tạ (100 kg)", "toe": "TOE", "l": "L"}


def unit_label(code: str, language: str) -> str:
    names = _VIETNAMESE_UNITS if language == "vi" else _ENGLISH_UNITS
    return names.get(code) or unit_symbol(code)


def units(reference: ReferenceData, language: str) -> list[Choice]:
    choices = []
    for unit in reference.units:
        if unit.dimension == "money":
            continue
        label = unit_label(unit.code, language)
        name = unit.name_vi if language == "vi" else unit.name_en
        choices.append(Choice(unit.code, label, "" if name.casefold() == label.casefold() else name))
    return choices


def techniques(reference: ReferenceData, language: str) -> list[Choice]:
    return [
        Choice(t.code, t.name_vi if language == "vi" else t.name_en, t.code) for t in reference.techniques
    ]


def cause_categories(reference: ReferenceData, language: str) -> list[Choice]:
    return [
        Choice(c.code, c.name_vi if language == "vi" else c.name_en, c.code)
        for c in reference.cause_categories
    ]


def fuels(reference: ReferenceData, language: str) -> list[Choice]:
    return [Choice(f.code, f.name_vi if language == "vi" else f.name_en) for f in reference.fuels]


# --- entry errors and missing items -------------------------------------------------------------


def entry_problem(error: KnownProblem) -> str:
    """A translated sentence for a value that could not be taken."""
    if isinstance(error, NumberEntryError):
        text = error.text.strip()
        words = {
            NumberProblem.LETTERS: QCoreApplication.translate(
                "Labels", "“%1” is not a number: it contains letters."
            ),
            NumberProblem.CHARACTERS: QCoreApplication.translate(
                "Labels", "“%1” is not a number: it contains signs a number cannot have."
            ),
            NumberProblem.FORMAT: QCoreApplication.translate(
                "Labels", "“%1” is not a number: the separators are not in valid places."
            ),
            NumberProblem.NEGATIVE: QCoreApplication.translate(
                "Labels", "“%1” is negative; only zero or more makes sense here."
            ),
            NumberProblem.NOT_INTEGER: QCoreApplication.translate("Labels", "“%1” is not a whole number."),
            NumberProblem.TOO_LARGE: QCoreApplication.translate("Labels", "“%1” is too large."),
        }
        return words[error.reason].replace("%1", text)
    if isinstance(error, DateEntryError):
        words = {
            DateProblem.FORMAT: QCoreApplication.translate(
                "Labels", "“%1” is not a date; write it as day/month/year, e.g. 15/12/2025."
            ),
            DateProblem.NO_SUCH_DAY: QCoreApplication.translate(
                "Labels", "“%1” is not a day of the calendar."
            ),
        }
        return words[error.reason].replace("%1", error.text.strip())
    return problem_text(error)  # a database that cannot be written, a refused value …


def missing_sentence(item: MissingItem, language: str = "vi") -> str:
    """``language`` writes the numbers in it (the way numbers are typed), not the words."""
    words = {
        MissingCode.NO_START_DATE: QCoreApplication.translate("Labels", "The assessment has no start date."),
        MissingCode.NO_BASELINE_YEAR: QCoreApplication.translate("Labels", "The baseline year is not set."),
        MissingCode.NO_TEAM: QCoreApplication.translate(
            "Labels", "No member of the enterprise's CP team yet."
        ),
        MissingCode.NO_PRODUCTS: QCoreApplication.translate("Labels", "No product yet."),
        MissingCode.PRODUCT_WITHOUT_OUTPUT: QCoreApplication.translate(
            "Labels", "Product “%product” has no yearly output."
        ),
        MissingCode.NO_CONSUMPTION: QCoreApplication.translate(
            "Labels", "No yearly consumption line yet (materials, energy, water)."
        ),
        MissingCode.CONSUMPTION_WITHOUT_QUANTITY: QCoreApplication.translate(
            "Labels", "“%consumption” has no yearly quantity."
        ),
        MissingCode.CONSUMPTION_WITHOUT_PRICE: QCoreApplication.translate(
            "Labels", "“%consumption” has no unit price."
        ),
        MissingCode.FUEL_WITHOUT_TYPE: QCoreApplication.translate(
            "Labels", "Fuel “%consumption”: choose which fuel it is (for CO₂ and TOE)."
        ),
        MissingCode.NO_STEPS: QCoreApplication.translate("Labels", "No process step yet."),
        MissingCode.STEP_WITHOUT_INPUTS: QCoreApplication.translate("Labels", "Step “%step” has no input."),
        MissingCode.STEP_WITHOUT_OUTPUTS: QCoreApplication.translate("Labels", "Step “%step” has no output."),
        MissingCode.FLOW_WITHOUT_QUANTITY: QCoreApplication.translate(
            "Labels", "Step “%step”: “%flow” has no quantity."
        ),
        MissingCode.NO_PRODUCT_OUTPUT: QCoreApplication.translate(
            "Labels", "No step gives out the product (an output of kind Product)."
        ),
        MissingCode.NO_WASTE_STREAMS: QCoreApplication.translate("Labels", "No waste stream yet."),
        MissingCode.WASTE_WITHOUT_STEP: QCoreApplication.translate(
            "Labels", "Waste stream “%waste” is not linked to a process step."
        ),
        MissingCode.WASTE_WITHOUT_QUANTITY: QCoreApplication.translate(
            "Labels", "Waste stream “%waste” has no quantity."
        ),
        MissingCode.WASTE_WITHOUT_COST: QCoreApplication.translate(
            "Labels", "Waste stream “%waste” has no cost (lost material or treatment)."
        ),
        MissingCode.WASTE_WITHOUT_CAUSE: QCoreApplication.translate(
            "Labels", "Waste stream “%waste” has no cause."
        ),
        MissingCode.CAUSE_WITHOUT_CATEGORY: QCoreApplication.translate(
            "Labels", "Cause “%cause” of “%waste” has no category."
        ),
        MissingCode.NO_FOCUS: QCoreApplication.translate("Labels", "No waste stream is chosen as a focus."),
        MissingCode.NO_SOLUTIONS: QCoreApplication.translate("Labels", "No solution yet."),
        MissingCode.SOLUTION_WITHOUT_TECHNIQUE: QCoreApplication.translate(
            "Labels", "Solution “%solution” has no technique."
        ),
        MissingCode.SOLUTION_WITHOUT_SAVINGS: QCoreApplication.translate(
            "Labels", "Solution “%solution” has no savings."
        ),
        MissingCode.SOLUTION_UNDECIDED: QCoreApplication.translate(
            "Labels", "Solution “%solution” is not decided yet."
        ),
        MissingCode.SOLUTION_WITHOUT_RESPONSIBLE: QCoreApplication.translate(
            "Labels", "Solution “%solution” is to implement now but has no one responsible."
        ),
        MissingCode.FOCUS_WITHOUT_SOLUTION: QCoreApplication.translate(
            "Labels", "Focus waste stream “%waste” has no solution."
        ),
        MissingCode.NO_CONCLUSIONS: QCoreApplication.translate(
            "Labels", "The conclusions are not written yet."
        ),
        MissingCode.STEP_IMBALANCE: imbalance_sentence(item.param("pct"), language),
    }
    sentence = words[item.code]
    for name, value in item.params:
        sentence = sentence.replace(f"%{name}", value)
    return sentence


def imbalance_sentence(pct: str, language: str) -> str:
    """A flagged material imbalance of step ``%step``; ``pct`` is the signed percentage (``18.0``)."""
    value = float(pct) if pct else 0.0
    if value >= 0:
        sentence = QCoreApplication.translate(
            "Labels", "Step “%step”: inputs and outputs differ by %pct — check for unrecorded waste streams."
        )
    else:
        sentence = QCoreApplication.translate(
            "Labels", "Step “%step”: outputs exceed inputs by %pct — check for unrecorded inputs."
        )
    return sentence.replace("%pct", format_number(abs(value), language, decimals=1) + " %")


def calc_warning_sentence(warning: CalcWarning, language: str = "vi", subject: str = "") -> str:
    """A calculation's note about a figure it could not compute, about the record named ``subject``,
    in the UI language (the sentence the report prints); ``language`` writes its numbers."""
    key = f"warning.{warning.code}"
    if key not in shared.TEXTS:
        return f"{subject}: {warning.message}" if subject else warning.message
    template = shared.text(key, current_language())
    values: dict[str, str] = defaultdict(str, dict(warning.params))
    values["subject"] = subject
    if values["pct"]:
        values["pct"] = format_number(float(values["pct"]), language, decimals=1)
    sentence = template.format_map(values)
    return f"{subject}: {sentence}" if subject and "{subject}" not in template else sentence


def target_status_text(status: TargetStatus) -> str:
    return _shared("target", status)


def rule_problem(typed: str, problem: str) -> str:
    """A translated sentence for a field rule of ``sxsh_desktop.domain.validation`` that a typed
    value breaks (``problem`` is the rule's English phrase, e.g. "must not be negative (got -5)")."""
    typed = typed.strip()
    if problem == "is required":
        return QCoreApplication.translate("Labels", "A value is needed here.")
    if problem.startswith("must not be negative"):
        return QCoreApplication.translate(
            "Labels", "“%1” is negative; only zero or more makes sense here."
        ).replace("%1", typed)
    if match := re.match(r"must be in the years (\d+) to (\d+)", problem):
        return (
            QCoreApplication.translate("Labels", "“%1” must be a year from %2 to %3.")
            .replace("%1", typed)
            .replace("%2", match[1])
            .replace("%3", match[2])
        )
    if match := re.match(r"must be from (\S+) to (\S+) \(", problem):
        return (
            QCoreApplication.translate("Labels", "“%1” must be from %2 to %3.")
            .replace("%1", typed)
            .replace("%2", match[1])
            .replace("%3", match[2])
        )
    if match := re.match(r"must be at least (\S+) \(", problem):
        return (
            QCoreApplication.translate("Labels", "“%1” must be at least %2.")
            .replace("%1", typed)
            .replace("%2", match[1])
        )
    if match := re.match(r"must not exceed ([\d,]+) in magnitude", problem):
        return (
            QCoreApplication.translate("Labels", "“%1” is too large: at most %2 in magnitude.")
            .replace("%1", typed)
            .replace("%2", match[1].replace(",", "."))
        )
    if problem.startswith("must be a fraction"):
        return QCoreApplication.translate(
            "Labels", "“%1” is not a usable rate: give a percentage from 0 to below 100."
        ).replace("%1", typed)
    if match := re.match(r"must be at most ([\d,]+) characters", problem):
        return QCoreApplication.translate("Labels", "The text is too long: at most %1 characters.").replace(
            "%1", match[1].replace(",", ".")
        )
    return (
        QCoreApplication.translate("Labels", "“%1” cannot be taken: %2.")
        .replace("%1", typed)
        .replace("%2", problem)
    )
