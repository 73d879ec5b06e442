"""Properties of packages over generated assessments: round trip, idempotence, clean merges, conflicts."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sxsh_desktop.domain import model
from sxsh_desktop.domain.pngimage import png_bytes
from sxsh_desktop.store.repository import Store
from sxsh_desktop.sync import conflicts, keys, owners
from tests.sync_world import World, dump

SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠ"
_ALPHABET = VIETNAMESE + "0123456789 ,.-/'\"\\\n\t%&<>" + "€😀中"

short_text = st.text(alphabet=_ALPHABET, max_size=60)
name_text = short_text.filter(lambda s: s.strip() != "")
long_text = st.text(alphabet=_ALPHABET, max_size=400)
amount = st.floats(min_value=0, max_value=1e13, allow_nan=False, allow_infinity=False)
optional_amount = st.none() | amount
a_date = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def documents(draw: st.DrawFn) -> tuple[model.AssessmentDocument, dict[str, bytes]]:
    """An assessment with a random shape and random values, valid by the field rules."""
    enterprise = model.Enterprise(
        name=draw(name_text),
        commune=draw(short_text),
        employees=draw(st.none() | st.integers(0, 100_000)),
        cp_informed_on=draw(a_date),
        notes=draw(long_text),
    )
    assessment = model.Assessment(
        enterprise_id=enterprise.id,
        title=draw(short_text),
        start_date=draw(a_date),
        baseline_year=draw(st.none() | st.integers(2000, 2100)),
        discount_rate=draw(st.floats(0, 0.99)),
        conclusions=draw(long_text),
    )
    document = model.AssessmentDocument(enterprise=enterprise, assessment=assessment)
    photos: dict[str, bytes] = {}
    for position in range(draw(st.integers(0, 3))):
        step = model.ProcessStep(assessment_id=assessment.id, position=position, name=draw(short_text))
        document.steps.append(step)
        for flow_position in range(draw(st.integers(0, 2))):
            document.flows.append(
                model.StepFlow(
                    step_id=step.id,
                    position=flow_position,
                    name=draw(short_text),
                    quantity=draw(optional_amount),
                    unit_cost=draw(optional_amount),
                )
            )
        waste = model.WasteStream(
            assessment_id=assessment.id,
            step_id=step.id,
            position=position,
            name=draw(short_text),
            quantity=draw(optional_amount),
            treatment_cost=draw(optional_amount),
        )
        document.waste_streams.append(waste)
        cause = model.Cause(waste_stream_id=waste.id, description=draw(long_text), category="EQP")
        document.causes.append(cause)
        document.solutions.append(
            model.Solution(
                assessment_id=assessment.id,
                position=position,
                step_id=step.id,
                waste_stream_id=waste.id,
                cause_id=cause.id,
                title=draw(short_text),
                investment=draw(amount),
                lifetime_years=draw(st.integers(1, 50)),
                planned_date=draw(a_date),
            )
        )
        if draw(st.booleans()):
            # Any JPEG or PNG: a package refuses other bytes.
            red, width, height = draw(st.integers(0, 255)), draw(st.integers(1, 40)), draw(st.integers(1, 30))
            data = png_bytes(width, height, lambda x, y, red=red: (red, x, y))
            photo = model.Photo(
                assessment_id=assessment.id,
                owner_kind="step",
                owner_id=step.id,
                caption=draw(short_text),
                mime_type="image/png",
                sha256=hashlib.sha256(data).hexdigest(),
                size_bytes=len(data),
            )
            document.photos.append(photo)
            photos[photo.id] = data
    return document, photos


@contextmanager
def new_world() -> Iterator[World]:
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder))
        try:
            yield world
        finally:
            world.close()


def _record_tables(path: Path) -> list[str]:
    """The dump without the sync bookkeeping (import log, bases), which records each import."""
    return [line for line in dump(path) if '"sync_' not in line]


def _stamped(document: model.AssessmentDocument, store: Store) -> None:
    from sxsh_desktop.store.repository import records_of

    for record in records_of([document]):
        record.device_id = store.device_id


@SETTINGS
@given(generated=documents())
def test_export_then_import_into_an_empty_database_reproduces_every_field_and_photo(
    generated: tuple[model.AssessmentDocument, dict[str, bytes]],
) -> None:
    document, photos = generated
    with new_world() as world:
        consultant = world.consultant("an")
        _stamped(document, consultant)
        consultant.save_document(document, photos)
        world.import_(world.export(consultant))
        assert world.office.load_document(document.assessment.id) == consultant.load_document(
            document.assessment.id
        )
        for photo_id, data in photos.items():
            assert world.office.photo_data(photo_id) == data


@SETTINGS
@given(generated=documents())
def test_importing_twice_equals_importing_once(
    generated: tuple[model.AssessmentDocument, dict[str, bytes]],
) -> None:
    document, photos = generated
    with new_world() as world:
        consultant = world.consultant("an")
        _stamped(document, consultant)
        consultant.save_document(document, photos)
        world.import_(world.export(consultant, [document.assessment.id]))
        once = _record_tables(world.office.path)
        again = world.import_(world.export(consultant, [document.assessment.id]))  # same content, new package
        assert set(again.counts) and again.counts["unchanged"] == len(again.changes)
        assert _record_tables(world.office.path) == once


_EDITS = st.sampled_from(["title", "conclusions", "solution", "cause", "enterprise"])


def _edit(store: Store, document: model.AssessmentDocument, what: str, value: str) -> str:
    """Change one record of ``document`` in ``store``; returns the id of the changed record."""
    if what == "title":
        return store.update(model.Assessment, document.assessment.id, title=value).id
    if what == "conclusions":
        return store.update(model.Assessment, document.assessment.id, conclusions=value).id
    if what == "enterprise":
        return store.update(model.Enterprise, document.enterprise.id, notes=value).id
    if what == "solution" and document.solutions:
        return store.update(model.Solution, document.solutions[0].id, title=value).id
    if what == "cause" and document.causes:
        return store.update(model.Cause, document.causes[0].id, description=value).id
    return store.update(model.Assessment, document.assessment.id, notes=value).id


def _record_of(what: str, document: model.AssessmentDocument) -> str:
    if what == "solution" and document.solutions:
        return "solution"
    if what == "cause" and document.causes:
        return "cause"
    return "enterprise" if what == "enterprise" else "assessment"


def _handed_over(
    world: World, generated: tuple[model.AssessmentDocument, dict[str, bytes]]
) -> tuple[Store, Store]:
    """Consultant An made the assessment and sent it; the office shared it with Bình, who received a
    copy to work on."""
    document, photos = generated
    an, binh = world.consultant("an"), world.consultant("bình")
    _stamped(document, an)
    an.save_document(document, photos)
    world.import_(world.export(an))
    binh.save_document(an.load_document(document.assessment.id), photos)
    owners.share_assessment(world.office, document.assessment.id, keys.find_key(world.office, "bình"))
    return an, binh


@SETTINGS
@given(generated=documents(), edits=st.lists(_EDITS, min_size=2, max_size=2), text=name_text)
def test_two_consultants_editing_different_records_merge_cleanly(
    generated: tuple[model.AssessmentDocument, dict[str, bytes]], edits: list[str], text: str
) -> None:
    document = generated[0]
    if _record_of(edits[0], document) == _record_of(edits[1], document):
        edits[1] = "enterprise" if _record_of(edits[0], document) != "enterprise" else "title"
    with new_world() as world:
        an, binh = _handed_over(world, generated)
        changed_by_an = _edit(an, document, edits[0], text + " (An)")
        changed_by_binh = _edit(binh, document, edits[1], text + " (Bình)")
        first = world.import_(world.export(an))
        second = world.import_(world.export(binh))
        assert first.counts["conflict"] == second.counts["conflict"] == 0
        assert [c.record_id for c in first.changes if c.kind == "updated"] == [changed_by_an]
        assert [c.record_id for c in second.changes if c.kind == "updated"] == [changed_by_binh]
        assert conflicts.conflicts(world.office) == []


@SETTINGS
@given(generated=documents(), edit=_EDITS, text=name_text)
def test_two_consultants_editing_the_same_record_give_exactly_one_conflict(
    generated: tuple[model.AssessmentDocument, dict[str, bytes]], edit: str, text: str
) -> None:
    document = generated[0]
    with new_world() as world:
        an, binh = _handed_over(world, generated)
        record_id = _edit(an, document, edit, text + " (An)")
        _edit(binh, document, edit, text + " (Bình)")
        world.import_(world.export(an))
        preview = world.import_(world.export(binh))
        assert [c.record_id for c in preview.conflicts] == [record_id]
        [conflict] = conflicts.conflicts(world.office)
        assert conflict.record_id == record_id
        assert len(conflict.differences()) == 1
        # The office copy is An's, untouched; Bình's version waits in the conflict.
        assert world.office.load_document(document.assessment.id) == an.load_document(document.assessment.id)
