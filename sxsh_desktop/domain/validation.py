"""Field rules for every record, shared by the window's forms, the JSON import and the packages.

A problem is a ``ValidationError`` whose ``field`` names where it is (``solutions[2].investment``
inside a document, ``investment`` for a lone record) and whose message starts with that name, in
plain English: ``solutions[2].investment: must not be negative (got -5)``.

Units of the rules that are not obvious:
- discount rates are fractions in [0, 1): 0.10 means 10 % a year;
- lifetimes are whole years, 1 to 50;
- money is VND; quantities are in the record's own unit.

Codes that point into the reference data (technique, cause category, fuel, sector, unit) are checked
against it only when a ``ReferenceData`` is given: the reference data is editable, and a record that
travelled from another office may name a code this one lacks (the calculations then warn).
Tax codes follow ``sxsh_desktop.domain.taxcode`` (check digit, branch suffix) in their standard form.
"""

from __future__ import annotations

import dataclasses
import math
import operator
import re
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sxsh_desktop.domain import model
from sxsh_desktop.domain.caching import per_class
from sxsh_desktop.domain.model import AssessmentDocument, SyncFields
from sxsh_desktop.domain.reference import ReferenceData
from sxsh_desktop.domain.taxcode import normalise_tax_code
from sxsh_desktop.errors import ValidationError

SHORT_TEXT_MAX = 300  # names, titles, units, contacts
LONG_TEXT_MAX = 20_000  # descriptions, notes, conclusions
CODE_MAX = 100  # reference codes, tax code, device id, MIME type
CONSULTANTS_MAX = 1_000  # several names with their titles
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
LIFETIME_YEARS = (1, 50)
PHOTO_MIME_TYPES = ("image/jpeg", "image/png")

_LONG_TEXT = {
    "description",
    "notes",
    "conclusions",
    "characteristics",
    "follow_up_notes",
    "objectives",
    "scope",
    "method",
    "technical_feasibility",
    "environmental_feasibility",
    "monitoring",
}
_CODES = {
    "tax_code",
    "sector_code",
    "fuel_code",
    "technique",
    "category",
    "catalogue_code",
    "device_id",
    "mime_type",
    "sha256",
}
_TEXT_LIMITS = {"consultants": CONSULTANTS_MAX}

# Numbers that may be negative: a saving line below zero is a consumption that grows (a crusher
# that needs more electricity), and measured savings at follow-up can turn out negative.
_SIGNED = {(model.SolutionSaving, "quantity"), (model.Solution, "actual_savings")}

# Whole numbers with a meaningful range (inclusive); None for no upper bound.
_INT_RANGES: dict[str, tuple[int, int | None]] = {
    "revision": (1, None),
    "lifetime_years": LIFETIME_YEARS,
    "working_days_per_year": (1, 366),
    "shifts_per_day": (1, 4),
    "baseline_year": (EARLIEST_YEAR, LATEST_YEAR),
    "grid_factor_year": (EARLIEST_YEAR, LATEST_YEAR),
}

# Magnitudes beyond any real assessment, so that every sum, product and chart of them stays
# finite and drawable (1e308 passed as a finite number and made the report's chart axis infinite):
# money in VND (a quadrillion is about 40 billion US dollars), and a quantity in any unit.
MAX_MONEY = 1e15
MAX_QUANTITY = 1e15
_MONEY = {
    "unit_price",
    "unit_cost",
    "lost_material_cost",
    "treatment_cost",
    "investment",
    "other_savings",
    "added_operating_cost",
    "actual_savings",
}
MAX_WHOLE_NUMBER = 2**63 - 1  # what the database holds

_WASTE_KINDS = (*model.WASTE_FLOW_KINDS, model.FlowKind.BY_PRODUCT)
_ENUMS: dict[tuple[type, str], tuple[str, ...]] = {
    (model.Enterprise, "ownership"): tuple(model.Ownership),
    (model.Assessment, "status"): tuple(model.AssessmentStatus),
    (model.Consumption, "kind"): tuple(model.ConsumptionKind),
    (model.StepFlow, "direction"): tuple(model.FlowDirection),
    (model.StepFlow, "kind"): tuple(model.FlowKind),
    (model.WasteStream, "kind"): tuple(_WASTE_KINDS),
    (model.WasteStream, "period"): tuple(model.Period),
    (model.Solution, "cost_class"): tuple(model.CostClass),
    (model.Solution, "decision"): tuple(model.Decision),
    (model.Solution, "implementation_status"): tuple(model.ImplementationStatus),
    (model.Photo, "owner_kind"): tuple(model.PhotoOwner),
    (model.Photo, "mime_type"): PHOTO_MIME_TYPES,
}

# Fields holding the UUID of another record: required ones, and ones that may be empty (None).
_REQUIRED_REFERENCES = {
    "assessment_id",
    "enterprise_id",
    "solution_id",
    "consumption_id",
    "owner_id",
}
_OPTIONAL_REFERENCES = {"step_id", "waste_stream_id", "cause_id"}
# ... except where the field is a required link to the parent.
_REQUIRED_BY_CLASS = {(model.StepFlow, "step_id"), (model.Cause, "waste_stream_id")}


def enum_values(record_class: type, name: str) -> tuple[str, ...] | None:
    """The allowed values of an enumerated field, or None if the field is not one."""
    values = _ENUMS.get((record_class, name))
    return tuple(str(v) for v in values) if values is not None else None


def text_limit(name: str) -> int:
    """The longest text a field accepts, in characters."""
    if name in _LONG_TEXT:
        return LONG_TEXT_MAX
    if name in _CODES:
        return CODE_MAX
    return _TEXT_LIMITS.get(name, SHORT_TEXT_MAX)


def is_reference_field(record_class: type, name: str) -> bool:
    return name in _REQUIRED_REFERENCES or name in _OPTIONAL_REFERENCES


def is_required_reference(record_class: type, name: str) -> bool:
    return name in _REQUIRED_REFERENCES or (record_class, name) in _REQUIRED_BY_CLASS


@cache
def field_types(record_class: type) -> dict[str, tuple[type, bool]]:
    """Each field's scalar type and whether it may be None, from the dataclass annotations."""
    hints = typing.get_type_hints(record_class, vars(model))
    types: dict[str, tuple[type, bool]] = {}
    for f in dataclasses.fields(record_class):
        annotation = hints[f.name]
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) != len(typing.get_args(annotation))
        types[f.name] = (args[0] if optional else annotation, optional)
    return types


def _shown(value: Any) -> str:
    if isinstance(value, str):
        if len(value) > 60:
            return f"a text of {len(value):,} characters"
        return repr(value)
    if isinstance(value, StrEnum):
        return repr(value.value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True)
class _FieldRule:
    """What the rules need to know of one field, worked out once per record class: a document
    holds thousands of field values, and each is checked against these."""

    record_class: type
    name: str
    kind: type
    nullable: bool  # None is accepted
    text_limit: int
    uuid: bool  # the text is the record's id or a reference to another record
    uuid_required: bool  # ... which an empty text leaves out
    allowed: tuple[str, ...] | None  # the values of an enumerated field
    text_rule: Callable[[str], str | None] | None  # a rule of its own, for a text that is not empty

    @property
    def plain_text(self) -> bool:
        """A text field with no rule but its length and no NUL character."""
        return self.kind is str and not self.uuid and self.allowed is None and self.text_rule is None


@cache
def _field_rules(record_class: type) -> dict[str, _FieldRule]:
    return {
        name: _FieldRule(
            record_class,
            name,
            kind,
            nullable=optional and not is_required_reference(record_class, name),
            text_limit=text_limit(name),
            uuid=name == "id" or is_reference_field(record_class, name),
            uuid_required=name == "id" or is_required_reference(record_class, name),
            allowed=enum_values(record_class, name),
            text_rule=_TEXT_RULES.get(name),
        )
        for name, (kind, optional) in field_types(record_class).items()
    }


def _type_problem(kind: type, value: Any) -> str | None:
    if kind is str:  # the common case first
        return None if isinstance(value, str) else f"must be a text (got {_shown(value)})"
    if kind is bool:
        return None if isinstance(value, bool) else f"must be true or false (got {_shown(value)})"
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number (got {_shown(value)})"
        return None
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number (got {_shown(value)})"
        if not math.isfinite(value):
            return f"must be a finite number (got {value})"
        return None
    if kind is datetime:
        if not isinstance(value, datetime):
            return f"must be a date and time (got {_shown(value)})"
        if value.tzinfo is None or value.utcoffset() is None:
            return f"must be a date and time with a time zone (got {value.isoformat()})"
        return None
    if kind is date:
        if isinstance(value, datetime) or not isinstance(value, date):
            return f"must be a date (got {_shown(value)})"
        return None
    raise TypeError(f"no rule for fields of type {kind}")


def field_problem(record_class: type, name: str, value: Any) -> str | None:
    """What is wrong with ``value`` for the field ``name`` of ``record_class`` (without the field's
    name), or None if it is acceptable. This is the rule a form applies as the user types."""
    return _problem(_field_rules(record_class)[name], value)


def _problem(rule: _FieldRule, value: Any) -> str | None:
    if value is None:
        return None if rule.nullable else "is required"
    kind = rule.kind
    if kind is str and isinstance(value, str):  # most fields are texts, and hold one
        return _text_problem(rule, value)
    problem = _type_problem(kind, value)
    if problem is not None:
        return problem
    if kind is int or kind is float:
        return _magnitude_problem(kind, rule.name, value) or _number_problem(
            rule.record_class, rule.name, value
        )
    if (kind is date or kind is datetime) and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        return f"must be in the years {EARLIEST_YEAR} to {LATEST_YEAR} (got {value.isoformat()})"
    return None


def _text_problem(rule: _FieldRule, value: str) -> str | None:
    if len(value) > rule.text_limit:
        return f"must be at most {rule.text_limit:,} characters (got {len(value):,})"
    if "\x00" in value:
        return "must not contain a NUL character"
    if rule.uuid and not is_uuid(value):
        if value:
            return f"must be a UUID (got {_shown(value)})"
        return "is required" if rule.uuid_required else "must be a UUID or null (got an empty text)"
    if rule.allowed is not None and value not in rule.allowed:
        return f"must be one of {', '.join(rule.allowed)} (got {_shown(value)})"
    if rule.text_rule is not None and value:
        return rule.text_rule(value)
    return None


def _sha256_problem(value: str) -> str | None:
    if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
        return None
    return f"must be 64 lowercase hexadecimal digits (got {_shown(value)})"


def _tax_code_problem(value: str) -> str | None:
    try:
        standard = normalise_tax_code(value)
    except ValidationError as problem:
        return problem.message
    if standard != value:
        return f"must be written in its standard form {standard!r} (got {_shown(value)})"
    return None


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
# A number: digits with the separators people type between them (a leading + for abroad).
_PHONE_NUMBER = re.compile(r"\+?\d[\d .()\-]*\d")
PHONE_DIGITS = (8, 15)


def _email_problem(value: str) -> str | None:
    if _EMAIL.fullmatch(value):
        return None
    return f"must be an e-mail address like name@example.vn (got {_shown(value)})"


def _phone_problem(value: str) -> str | None:
    """One phone number at least, none too long; a note beside it is kept as typed, since registries
    write "0912 345 678 (anh Hùng)" or two numbers in one cell."""
    low, high = PHONE_DIGITS
    digits = [sum(c.isdigit() for c in number) for number in _PHONE_NUMBER.findall(value)]
    if any(count >= low for count in digits) and all(count <= high for count in digits):
        return None
    return (
        f"must hold a phone number of {low} to {high} digits, with spaces, dots, dashes, brackets "
        f"or a short note if wanted, e.g. 0239 3855 123 or +84 912 345 678 (got {_shown(value)})"
    )


def _sector_code_problem(value: str) -> str | None:
    if value.isascii() and value.isdigit():
        return None
    return f"must be a VSIC code of digits, e.g. 2392 (got {_shown(value)})"


_TEXT_RULES = {
    "sha256": _sha256_problem,
    "tax_code": _tax_code_problem,
    "contact_email": _email_problem,
    "contact_phone": _phone_problem,
    "sector_code": _sector_code_problem,
}
# Rules with a reason of their own, so that the window words their problem in the user's language.
_TEXT_RULE_REASONS = {"contact_email": "email", "contact_phone": "phone", "sector_code": "sector_code"}


def _number_problem(record_class: type, name: str, value: float) -> str | None:
    if name == "discount_rate":
        if not 0 <= value < 1:
            return f"must be a fraction from 0 to below 1, e.g. 0.10 for 10 % (got {_shown(value)})"
        return None
    bounds = _INT_RANGES.get(name)
    if bounds is not None:
        low, high = bounds
        if value < low or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"at least {low}"
            return f"must be {span} (got {_shown(value)})"
        return None
    if value < 0 and (record_class, name) not in _SIGNED:
        return f"must not be negative (got {_shown(value)})"
    return None


def _magnitude_problem(kind: type, name: str, value: float) -> str | None:
    if kind is int:
        if -MAX_WHOLE_NUMBER <= value <= MAX_WHOLE_NUMBER:
            return None
        limit = f"{MAX_WHOLE_NUMBER:,}"
    else:
        largest = MAX_MONEY if name in _MONEY else MAX_QUANTITY
        if -largest <= value <= largest:
            return None
        limit = f"{largest:,.0f}"
    if isinstance(value, float):
        shown = f"{value:.6g}"
    else:  # a whole number of thousands of digits is neither printed nor converted
        shown = f"{value:,}" if value.bit_length() <= 128 else f"a number of {value.bit_length():,} bits"
    return f"must not exceed {limit} in magnitude (got {shown})"


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: str) -> bool:
    """A UUID in its canonical text form (lowercase, with hyphens), as ``str(uuid.UUID(...))`` gives."""
    return isinstance(value, str) and _CANONICAL_UUID.fullmatch(value) is not None


def _path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _constant(rule: _FieldRule) -> Any:
    """What a field's quick test looks up: the rule of a text that has one of its own, or the listed
    values of an enumerated field that pass its other rules too."""
    if rule.text_rule is not None:
        return rule.text_rule
    return frozenset(a for a in rule.allowed or () if len(a) <= rule.text_limit and "\x00" not in a)


def _quick_test(rule: _FieldRule, value: str, constant: str) -> str:
    """A field's quick test (see ``_quick_tests``) as a Python expression of the variable ``value``
    (``constant`` names the field's ``_constant``), so that a record's tests are joined into one
    function with no call per field."""
    kind, limit = rule.kind, rule.text_limit
    if kind is str and rule.plain_text:
        test = f"(type({value}) is str and len({value}) <= {limit} and '\\x00' not in {value})"
    elif kind is str and rule.uuid and rule.allowed is None and rule.text_rule is None and limit >= 36:
        test = f"(type({value}) is str and _uuid({value}) is not None)"
    elif kind is str and rule.allowed is not None and not rule.uuid and rule.text_rule is None:
        test = f"(type({value}) is str and {value} in {constant})"
    elif kind is str and rule.text_rule is not None and not rule.uuid and rule.allowed is None:
        plain = f"type({value}) is str and len({value}) <= {limit} and '\\x00' not in {value}"
        test = f"({plain} and ({value} == '' or {constant}({value}) is None))"
    elif kind is bool:
        test = f"type({value}) is bool"
    elif (kind is int or kind is float) and rule.name != "discount_rate":
        low, high = _number_range(rule)
        # An int in a float field goes the long way.
        test = f"(type({value}) is {kind.__name__} and {low!r} <= {value} <= {high!r})"
    elif kind is float and rule.name == "discount_rate":  # a fraction: below 1, so the top is open
        test = f"(type({value}) is float and 0 <= {value} < 1)"
    elif kind is datetime or kind is date:
        zone = f" and {value}.tzinfo is _UTC" if kind is datetime else ""
        years = f"{EARLIEST_YEAR} <= {value}.year <= {LATEST_YEAR}"
        test = f"(type({value}) is {kind.__name__}{zone} and {years})"
    else:
        test = "False"
    return f"({test} or {value} is None)" if rule.nullable else test


# What the tests' expressions name besides the values.
_TEST_NAMES = {"datetime": datetime, "date": date, "_UTC": UTC, "_uuid": _CANONICAL_UUID.fullmatch}


def _quick_tests(
    rules: tuple[_FieldRule, ...],
) -> tuple[Callable[[tuple[Any, ...]], bool], tuple[Callable[[Any], bool], ...]]:
    """The quick tests of a record class's fields, made from one source: all of them as one
    function of the record's values tuple (true when every field passes its own, with no call per
    field: a package holds tens of thousands of records, and most pass), and each field's alone,
    which passes the common valid values of the field (a UUID, a listed value, a number in its
    range, a UTC time of the allowed years). Whatever a field's test does not pass is checked in
    full by ``_problem``, which words the problem; no test passes what ``_problem`` would refuse."""
    names = tuple(f"v{index}" for index in range(len(rules)))
    tests = [_quick_test(rule, name, f"constant_{name}") for rule, name in zip(rules, names, strict=True)]
    lines = [
        "def test_record(value):",
        f"    ({', '.join(names)},) = value",
        f"    return {' and '.join(tests)}",
    ]
    for name, test in zip(names, tests, strict=True):
        lines += [f"def test_{name}({name}):", f"    return {test}"]
    namespace: dict[str, Any] = {**_TEST_NAMES}
    namespace.update({f"constant_{name}": _constant(rule) for rule, name in zip(rules, names, strict=True)})
    # The source is made above from the field rules only.
    exec(compile("\n".join(lines), "<quick field tests>", "exec"), namespace)
    return namespace["test_record"], tuple(namespace[f"test_{name}"] for name in names)


def _number_range(rule: _FieldRule) -> tuple[float, float]:
    """The values a number field accepts, as ``_magnitude_problem`` and ``_number_problem`` decide
    (every field but ``discount_rate``, whose range is open at the top)."""
    if rule.kind is int:
        largest: float = MAX_WHOLE_NUMBER
    else:
        largest = MAX_MONEY if rule.name in _MONEY else MAX_QUANTITY
    bounds = _INT_RANGES.get(rule.name)
    if bounds is not None:
        low, high = bounds
        return max(low, -largest), largest if high is None else min(high, largest)
    if (rule.record_class, rule.name) in _SIGNED:
        return -largest, largest
    return 0, largest


@dataclass(frozen=True)
class _RecordRules:
    """A record class's field rules, worked out once: its field values getter, each field's rule
    with its quick test in field order, and all the quick tests as one function of the values."""

    values_of: Callable[[Any], tuple[Any, ...]]
    fields: tuple[tuple[_FieldRule, Callable[[Any], bool]], ...]
    all_accepted: Callable[[tuple[Any, ...]], bool]
    # The class's rule over several fields: a record's (field, problem), or None.
    across_fields: Callable[[Any], tuple[str, str] | None]


@per_class
def _rules_to_validate(record_class: type) -> _RecordRules:
    rules = tuple(_field_rules(record_class).values())
    getter = operator.attrgetter(*(rule.name for rule in rules))
    all_accepted, accepts = _quick_tests(rules)
    return _RecordRules(
        (lambda record: (getter(record),)) if len(rules) == 1 else getter,
        tuple(zip(rules, accepts, strict=True)),
        all_accepted,
        next((rule for cls, rule in _ACROSS_FIELDS.items() if issubclass(record_class, cls)), _no_rule),
    )


def validate_record(
    record: SyncFields, path: str = "", reference: ReferenceData | None = None
) -> list[ValidationError]:
    """Every problem of one record; ``path`` prefixes the field names (e.g. ``solutions[2]``)."""
    if reference is None and _passes_quickly(record):
        return []
    errors = []
    for name, problem, reason in _field_problems(record, reference):
        field = _path(path, name)
        errors.append(_error(f"{field}: {problem}", field, reason, record, name))
    return errors


def record_checker(
    record_class: type,
) -> Callable[[SyncFields, tuple[Any, ...], str], list[ValidationError]]:
    """``validate_record`` for records of ``record_class`` whose values are at hand in field order,
    as a reader has them: the quick tests take them as they are, without a walk over the record's
    fields; a record that fails one is validated in full."""
    rules = _rules_to_validate(record_class)
    all_accepted, across_fields = rules.all_accepted, rules.across_fields

    def check(record: SyncFields, values: tuple[Any, ...], path: str) -> list[ValidationError]:
        if all_accepted(values) and across_fields(record) is None:
            return []
        return validate_record(record, path)

    return check


def _passes_quickly(record: SyncFields) -> bool:
    """Whether each field passes its quick test and the record meets the rules over several fields:
    then it has no problem, found without a generator or a call per field."""
    rules = _rules_to_validate(type(record))
    return rules.all_accepted(rules.values_of(record)) and rules.across_fields(record) is None


def _field_problems(
    record: SyncFields, reference: ReferenceData | None
) -> Iterable[tuple[str, str, str | None]]:
    """(field, problem, reason) for each problem of a record."""
    rules = _rules_to_validate(type(record))
    values = rules.values_of(record)
    if not rules.all_accepted(values):  # most records pass every quick test: no call per field
        for value, (rule, accepts) in zip(values, rules.fields, strict=True):
            if accepts(value):
                continue
            problem = _problem(rule, value)
            if problem is not None:
                yield rule.name, problem, _reason(rule, value, problem)
    for name, problem in _record_problems(record, reference):
        yield name, problem, "required" if problem == "is required" else None


def _reason(rule: _FieldRule, value: Any, problem: str) -> str | None:
    if value is None or (value == "" and problem == "is required"):
        return "required"
    if rule.text_rule is not None and isinstance(value, str) and problem == rule.text_rule(value):
        return _TEXT_RULE_REASONS.get(rule.name)
    return None


def _error(message: str, field: str, reason: str | None, record: SyncFields, name: str) -> ValidationError:
    error = ValidationError(message, field=field)
    if reason is not None:
        # Read by the window (``ui/problems.py``) to word the same problem in the user's language.
        error.reason = reason
        error.params = {"value": _shown(getattr(record, name, None))}
    return error


# --- one record as a person typed it ----------------------------------------------------------

# How a message names a field of a form (the field's own name is used for the others).
FIELD_LABELS = {
    "name": "Name",
    "short_name": "Short name",
    "tax_code": "Tax code",
    "sector_code": "Sector",
    "employees": "Employees",
    "contact_name": "Contact name",
    "contact_phone": "Phone",
    "contact_email": "E-mail",
    "cp_informed_on": "Informed of CP on",
    "cp_aware_on": "Aware of CP on",
    "cp_applying_on": "Applying CP since",
    "start_date": "Start date",
    "end_date": "End date",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


def explain_record(record: SyncFields, reference: ReferenceData | None = None) -> list[ValidationError]:
    """Every problem of one record that a person typed, each a sentence that names the field by its
    label (``E-mail must be an e-mail address like name@example.vn (got 'giamdoc@congty')``); the
    error's ``field`` is the field's name. The window and the command line show these same words."""
    return [
        _error(f"{field_label(name)} {problem}", name, reason, record, name)
        for name, problem, reason in _field_problems(record, reference)
    ]


_FLOW_DIRECTIONS = tuple(model.FlowDirection)
_INPUT_KINDS = tuple(str(k) for k in model.INPUT_FLOW_KINDS)
_OUTPUT_KINDS = tuple(str(k) for k in model.OUTPUT_FLOW_KINDS)


def _no_rule(record: Any) -> None:
    return None


def _enterprise_name(record: model.Enterprise) -> tuple[str, str] | None:
    if isinstance(record.name, str) and not record.name.strip():
        return "name", "is required"
    return None


def _assessment_dates(record: model.Assessment) -> tuple[str, str] | None:
    start, end = record.start_date, record.end_date
    if isinstance(start, date) and isinstance(end, date) and end < start:
        return "end_date", f"must not be before the start date ({end.isoformat()} < {start.isoformat()})"
    return None


def _flow_kind(record: model.StepFlow) -> tuple[str, str] | None:
    if record.direction not in _FLOW_DIRECTIONS or record.kind not in _INPUT_KINDS + _OUTPUT_KINDS:
        return None  # a field rule says what is wrong
    allowed = _INPUT_KINDS if record.direction == model.FlowDirection.INPUT else _OUTPUT_KINDS
    if record.kind not in allowed:
        return "kind", f"must be one of {', '.join(allowed)} for an {record.direction} (got {record.kind!r})"
    return None


# The rules over several fields, by class: a record's (field, problem), or None.
_ACROSS_FIELDS: dict[type, Callable[[Any], tuple[str, str] | None]] = {
    model.Enterprise: _enterprise_name,
    model.Assessment: _assessment_dates,
    model.StepFlow: _flow_kind,
}


def _record_problems(record: SyncFields, reference: ReferenceData | None) -> Iterable[tuple[str, str]]:
    """Rules over several fields, and codes checked against the reference data."""
    problem = _rules_to_validate(type(record)).across_fields(record)
    if problem is not None:
        yield problem
    if reference is not None:
        yield from _reference_problems(record, reference)


def _reference_problems(record: SyncFields, reference: ReferenceData) -> Iterable[tuple[str, str]]:
    lookups: dict[str, Any] = {
        "technique": reference.technique,
        "category": reference.cause_category,
        "fuel_code": reference.fuel,
        "sector_code": reference.sector,
        "unit": reference.unit,
    }
    for name, lookup in lookups.items():
        value = getattr(record, name, None)
        if isinstance(value, str) and value and lookup(value) is None:
            yield name, f"is not in the reference data (got {value!r})"


def check_record(record: SyncFields, path: str = "", reference: ReferenceData | None = None) -> None:
    """Raise the first problem of a record, if any."""
    errors = validate_record(record, path, reference)
    if errors:
        raise errors[0]


# --- whole documents ---------------------------------------------------------------------------

# For each collection, the reference fields and the collection (or record) they must point into.
_LINKS: dict[str, dict[str, str]] = {
    "team": {"assessment_id": "assessment"},
    "products": {"assessment_id": "assessment"},
    "consumptions": {"assessment_id": "assessment"},
    "steps": {"assessment_id": "assessment"},
    "flows": {"step_id": "steps"},
    "waste_streams": {"assessment_id": "assessment", "step_id": "steps"},
    "causes": {"waste_stream_id": "waste_streams"},
    "solutions": {
        "assessment_id": "assessment",
        "step_id": "steps",
        "waste_stream_id": "waste_streams",
        "cause_id": "causes",
    },
    "savings": {"solution_id": "solutions", "consumption_id": "consumptions"},
    "photos": {"assessment_id": "assessment"},
}
_PHOTO_OWNERS = {
    model.PhotoOwner.STEP.value: "steps",
    model.PhotoOwner.WASTE_STREAM.value: "waste_streams",
    model.PhotoOwner.SOLUTION.value: "solutions",
    model.PhotoOwner.ASSESSMENT.value: "assessment",
}
_SINGULAR = {
    "assessment": "assessment",
    "steps": "process step",
    "waste_streams": "waste stream",
    "causes": "cause",
    "solutions": "solution",
    "consumptions": "consumption line",
}


def validate_document(
    document: AssessmentDocument, reference: ReferenceData | None = None
) -> list[ValidationError]:
    """Every problem of every record of a document, then the links between its records: each
    reference must point to a record of the same document, and every id must be unique."""
    errors = validate_record(document.enterprise, "enterprise", reference)
    errors += validate_record(document.assessment, "assessment", reference)
    for collection, _cls in model.DOCUMENT_COLLECTIONS:
        for index, record in enumerate(getattr(document, collection)):
            errors += validate_record(record, f"{collection}[{index}]", reference)
    return errors + link_errors(document)


def link_errors(document: AssessmentDocument) -> list[ValidationError]:
    """The problems of the links between a document's records: each reference must point to a
    record of the same document, and every id must be unique."""
    return [ValidationError(f"{path}: {problem}", field=path) for path, problem in _link_problems(document)]


def check_document(document: AssessmentDocument, reference: ReferenceData | None = None) -> None:
    errors = validate_document(document, reference)
    if errors:
        raise errors[0]


def _place(seen: str | tuple[str, int]) -> str:
    return seen if isinstance(seen, str) else f"{seen[0]}[{seen[1]}]"


def _found(records: list[Any], name: str, known: set[str]) -> bool:
    """Whether the field ``name`` of every record is None or one of ``known``."""
    values = set(map(operator.attrgetter(name), records))
    values.discard(None)
    return values <= known


def _link_problems(document: AssessmentDocument) -> Iterable[tuple[str, str]]:
    ids: dict[str, set[str]] = {"assessment": {document.assessment.id}}
    # Where each id was first seen: a record's name, or its collection and index (named on a problem).
    seen: dict[str, str | tuple[str, int]] = {
        document.enterprise.id: "enterprise",
        document.assessment.id: "assessment",
    }
    if document.enterprise.id == document.assessment.id:
        yield "assessment.id", "is the same as the enterprise's id"
    if document.assessment.enterprise_id != document.enterprise.id:
        yield (
            "assessment.enterprise_id",
            f"must be the id of the document's enterprise {document.enterprise.id!r} "
            f"(got {document.assessment.enterprise_id!r})",
        )
    for collection, _cls in model.DOCUMENT_COLLECTIONS:
        records = getattr(document, collection)
        ids[collection] = set()
        for index, record in enumerate(records):
            if record.id in seen:
                yield (
                    f"{collection}[{index}].id",
                    f"{record.id} is used twice (also by {_place(seen[record.id])})",
                )
            seen[record.id] = (collection, index)
            ids[collection].add(record.id)
    for collection, links in _LINKS.items():
        records = getattr(document, collection)
        if collection != "photos" and all(
            _found(records, name, ids[target]) for name, target in links.items()
        ):
            continue  # every reference points into the document, as in most documents
        for index, record in enumerate(records):
            targets = dict(links)
            if collection == "photos":
                owner = _PHOTO_OWNERS.get(record.owner_kind)
                if owner is not None:
                    targets["owner_id"] = owner
            for name, target in targets.items():
                value = getattr(record, name)
                if not isinstance(value, str) or value in ids[target]:
                    continue  # a missing or malformed one is reported by the field rules
                if is_uuid(value):
                    yield (
                        f"{collection}[{index}].{name}",
                        f"refers to {_SINGULAR[target]} {value}, which is not in this assessment",
                    )
    # A solution's cause must belong to its waste stream, when both are given.
    cause_stream = {c.id: c.waste_stream_id for c in document.causes}
    for index, solution in enumerate(document.solutions):
        stream = cause_stream.get(solution.cause_id or "")
        if stream and solution.waste_stream_id and stream != solution.waste_stream_id:
            yield (
                f"solutions[{index}].cause_id",
                f"refers to a cause of another waste stream than the solution's ({solution.waste_stream_id})",
            )
