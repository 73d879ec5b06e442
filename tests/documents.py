"""Test helpers for whole assessment documents: hypothesis strategies for valid documents, a
small hand-made document, and a row-for-row snapshot of a database."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from sxsh_desktop.domain import model, taxcode
from sxsh_desktop.domain import validation as rules
from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.store.repository import Store

# Letters a Vietnamese record holds, plus anything else printable; no NUL, no lone surrogates.
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    | st.sampled_from("ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ"),
    max_size=25,
)
_MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 2),
    max_value=datetime(2100, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=7))]),
)
_DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _field_strategy(cls: type, name: str) -> st.SearchStrategy[Any]:
    kind, optional = rules.field_types(cls)[name]
    allowed = rules.enum_values(cls, name)
    if allowed is not None:
        strategy: st.SearchStrategy[Any] = st.sampled_from(allowed)
    elif kind is str:
        if name == "sha256":
            strategy = st.just("") | st.text("0123456789abcdef", min_size=64, max_size=64)
        elif name == "tax_code":
            codes = st.from_regex(r"30[0-9]{7}", fullmatch=True).map(taxcode.with_check_digit)
            strategy = st.just("") | codes.filter(lambda code: code is not None and code[2:9] != "0000000")
        elif name == "contact_email":
            strategy = st.just("") | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.vn", fullmatch=True)
        elif name == "contact_phone":
            strategy = st.just("") | st.from_regex(r"0[0-9]{3} [0-9]{3} [0-9]{3}", fullmatch=True)
        elif name == "sector_code":
            strategy = st.just("") | st.from_regex(r"[0-9]{1,5}", fullmatch=True)
        else:
            strategy = _TEXT
    elif kind is bool:
        strategy = st.booleans()
    elif kind is int:
        low, high = rules._INT_RANGES.get(name, (0, 10**9))
        strategy = st.integers(low, high if high is not None else 10**9)
    elif kind is float:
        if name == "discount_rate":
            strategy = st.floats(0, 0.999)
        elif (cls, name) in rules._SIGNED:
            strategy = st.floats(-1e12, 1e12)
        else:
            strategy = st.floats(0, 1e15) | st.integers(0, 10**12)
    elif kind is date:
        strategy = _DATES
    else:
        strategy = _MOMENTS
    return st.none() | strategy if optional else strategy


def records(cls: type, **fixed: Any) -> st.SearchStrategy[Any]:
    """Valid records of ``cls`` with the ``fixed`` fields given (ids, references)."""
    fields = {
        f.name: st.just(fixed[f.name]) if f.name in fixed else _field_strategy(cls, f.name)
        for f in dataclasses.fields(cls)
    }
    return st.fixed_dictionaries(fields).map(lambda values: cls(**values))


@st.composite
def documents(draw: st.DrawFn) -> AssessmentDocument:
    """Valid documents of every shape: each reference points inside the document."""
    pool = iter(str(u) for u in draw(st.lists(st.uuids(), min_size=80, max_size=80, unique=True)))

    def some(cls: type, count: int, **fixed: Any) -> list[Any]:
        made = []
        for position in range(count):
            values = {"id": next(pool), **fixed}
            if "position" in {f.name for f in dataclasses.fields(cls)}:
                values["position"] = position
            made.append(draw(records(cls, **values)))
        return made

    def sizes() -> int:
        return draw(st.integers(0, 3))

    enterprise = draw(records(model.Enterprise, id=next(pool), name=draw(_TEXT.filter(lambda t: t.strip()))))
    assessment = draw(records(model.Assessment, id=next(pool), enterprise_id=enterprise.id))
    if assessment.start_date and assessment.end_date and assessment.end_date < assessment.start_date:
        assessment.end_date = assessment.start_date
    own = {"assessment_id": assessment.id}
    document = AssessmentDocument(enterprise=enterprise, assessment=assessment)
    document.team = some(model.TeamMember, sizes(), **own)
    document.products = some(model.Product, sizes(), **own)
    document.consumptions = some(model.Consumption, sizes(), **own)
    document.steps = some(model.ProcessStep, sizes(), **own)
    step_ids = [s.id for s in document.steps]
    for step_id in step_ids:
        for flow in some(model.StepFlow, sizes(), step_id=step_id):
            inputs = [str(k) for k in model.INPUT_FLOW_KINDS]
            flow.kind = draw(
                st.sampled_from(
                    inputs
                    if flow.direction == model.FlowDirection.INPUT
                    else [str(k) for k in model.OUTPUT_FLOW_KINDS]
                )
            )
            document.flows.append(flow)
    maybe_step = st.none() | st.sampled_from(step_ids) if step_ids else st.none()
    for stream in some(model.WasteStream, sizes(), **own):
        stream.step_id = draw(maybe_step)
        document.waste_streams.append(stream)
    for stream in document.waste_streams:
        document.causes += some(model.Cause, sizes(), waste_stream_id=stream.id)
    for solution in some(model.Solution, sizes(), **own):
        solution.step_id = draw(maybe_step)
        if document.waste_streams and draw(st.booleans()):
            stream = draw(st.sampled_from(document.waste_streams))
            solution.waste_stream_id = stream.id
            causes = document.causes_of(stream.id)
            solution.cause_id = draw(st.none() | st.sampled_from([c.id for c in causes])) if causes else None
        else:
            solution.waste_stream_id = solution.cause_id = None
        document.solutions.append(solution)
        for consumption in document.consumptions:
            if draw(st.booleans()):
                document.savings += some(
                    model.SolutionSaving, 1, solution_id=solution.id, consumption_id=consumption.id
                )
    owners = [("assessment", assessment.id)] + [
        (kind, record.id)
        for kind, collection in (
            ("step", document.steps),
            ("waste_stream", document.waste_streams),
            ("solution", document.solutions),
        )
        for record in collection
    ]
    for photo in some(model.Photo, sizes(), **own):
        photo.owner_kind, photo.owner_id = draw(st.sampled_from(owners))
        document.photos.append(photo)
    return document


def _id(n: int) -> str:
    return str(uuid.UUID(int=n, version=4))


def small_document() -> AssessmentDocument:
    """A hand-made document with one record of each kind, every reference and awkward values:
    None, zero, fractions, microseconds, a non-UTC zone, Vietnamese text."""
    moment = datetime(2025, 3, 4, 5, 6, 7, 891_011, tzinfo=timezone(timedelta(hours=7)))
    stamp = {
        "created_at": moment,
        "updated_at": moment + timedelta(days=1),
        "revision": 3,
        "device_id": "máy-1",
    }
    enterprise = model.Enterprise(
        id=_id(1),
        **stamp,
        name="Hợp tác xã Đồng Lộc",
        tax_code="3001065326",
        employees=None,
        cp_informed_on=date(2024, 1, 31),
    )
    assessment = model.Assessment(
        id=_id(2),
        **stamp,
        enterprise_id=_id(1),
        title="Đánh giá nhanh",
        start_date=date(2025, 3, 3),
        end_date=date(2025, 3, 5),
        discount_rate=0.085,
        grid_factor_year=None,
    )
    a = {"assessment_id": _id(2)}
    return AssessmentDocument(
        enterprise=enterprise,
        assessment=assessment,
        team=[model.TeamMember(id=_id(3), **stamp, **a, name="Lê Thị Đào", role="Trưởng nhóm")],
        products=[
            model.Product(id=_id(4), **stamp, **a, name="Gạch", unit="pcs", yearly_output=1e7, is_main=True)
        ],
        consumptions=[
            model.Consumption(
                id=_id(5),
                **stamp,
                **a,
                kind="fuel",
                name="Than cám",
                fuel_code="than_cam_3_4",
                yearly_quantity=812.5,
                unit="t",
                unit_price=3_200_000.0,
            )
        ],
        steps=[model.ProcessStep(id=_id(6), **stamp, **a, name="Nung")],
        flows=[
            model.StepFlow(
                id=_id(7),
                **stamp,
                step_id=_id(6),
                direction="output",
                kind="heat_loss",
                quantity=None,
                unit="gj",
                unit_cost=0.0,
            )
        ],
        waste_streams=[
            model.WasteStream(
                id=_id(8),
                **stamp,
                **a,
                step_id=_id(6),
                name="Nhiệt thất thoát",
                kind="heat_loss",
                quantity=0.1,
                lost_material_cost=1.5e8,
            )
        ],
        causes=[
            model.Cause(id=_id(9), **stamp, waste_stream_id=_id(8), description="Vỏ lò hở", category="EQP")
        ],
        solutions=[
            model.Solution(
                id=_id(10),
                **stamp,
                **a,
                step_id=_id(6),
                waste_stream_id=_id(8),
                cause_id=_id(9),
                title="Bảo ôn lò",
                technique="EM",
                cost_class="low",
                investment=85_000_000.0,
                lifetime_years=4,
                discount_rate=None,
                planned_date=date(2025, 12, 20),
                actual_savings=-1.25,
            )
        ],
        savings=[
            model.SolutionSaving(
                id=_id(11), **stamp, solution_id=_id(10), consumption_id=_id(5), quantity=-0.001
            )
        ],
        photos=[
            model.Photo(
                id=_id(12),
                **stamp,
                **a,
                owner_kind="solution",
                owner_id=_id(10),
                caption="Cửa lò",
                mime_type="image/png",
                sha256="",
                width=2,
                height=1,
            )
        ],
    )


def assessment_photo(document: AssessmentDocument) -> model.Photo:
    """A photo of ``document``'s assessment (the small document has none): one record of that class."""
    return model.Photo(
        assessment_id=document.assessment.id,
        owner_kind="assessment",
        owner_id=document.assessment.id,
        mime_type="image/png",
        sha256="ab" * 32,
        size_bytes=10,
    )


def snapshot(database: Path | Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show that a refused operation left the database as it was
    (an SQLite file, or a store on either dialect)."""
    if isinstance(database, Store):
        if database.database.is_postgres:
            return postgres_snapshot(database)
        database = database.path
    path = database
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def postgres_snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """``snapshot`` of a PostgreSQL database: every row of every table of its schema."""
    from sqlalchemy import inspect, text

    with store.database.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))), key=repr
            )
            for table in tables
        }
