"""An assessment's figures and its two outputs: the report (PDF) and the workbook (Excel).

The window (``ui/report_actions.py``), ``sxsh report`` / ``sxsh workbook`` and the self-test write
them through these functions. Writing an output changes nothing in the database.
Reports and calculations are imported when first used: they are slow to load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.domain.reference import ReferenceData

if TYPE_CHECKING:
    from sxsh_desktop.calc.figures import AssessmentFigures
    from sxsh_desktop.store.repository import Store

PhotoSource = Callable[[str], "bytes | None"]


class Output(Enum):
    """The two outputs, by the suffix of their file."""

    PDF = ".pdf"
    WORKBOOK = ".xlsx"


@dataclass(frozen=True)
class OutputJob:
    """Everything writing an output needs, as plain objects (photos read one by one when needed)."""

    output: Output
    document: AssessmentDocument
    reference: ReferenceData
    path: Path
    language: str = "vi"
    photos: PhotoSource | None = None


def compute_figures(document: AssessmentDocument, reference: ReferenceData) -> AssessmentFigures:
    """Every figure of an assessment: balances, savings, payback, emissions, warnings."""
    from sxsh_desktop.calc import compute_assessment

    return compute_assessment(document, reference)


def assessment_figures(store: Store, assessment_id: str) -> tuple[AssessmentDocument, AssessmentFigures]:
    """The assessment as stored now, and its figures."""
    document = store.load_document(assessment_id)
    return document, compute_figures(document, store.reference())


def stored_photos(store: Store) -> PhotoSource:
    """A photo's bytes from the store, each in its own short read; None for one that is gone."""
    from sxsh_desktop.store.errors import NotFoundError

    def photo(photo_id: str) -> bytes | None:
        try:
            return store.photo_data(photo_id)
        except NotFoundError:
            return None

    return photo


def write_output(job: OutputJob) -> Path:
    """Compute the figures and write the report or the workbook (complete or not at all)."""
    figures = compute_figures(job.document, job.reference)
    if job.output is Output.WORKBOOK:
        from sxsh_desktop.reports.workbook import build_workbook

        return build_workbook(job.document, figures, job.reference, job.path, job.language)
    from sxsh_desktop.reports.pdf import build_report

    return build_report(job.document, figures, job.reference, job.path, job.language, job.photos)


def output_job(
    store: Store, assessment_id: str, output: Output, path: Path, language: str = "vi"
) -> OutputJob:
    """The job that writes ``output`` of the stored assessment to ``path``."""
    document = store.load_document(assessment_id)
    return OutputJob(output, document, store.reference(), Path(path), language, stored_photos(store))


def write_report(store: Store, assessment_id: str, path: Path, language: str = "vi") -> Path:
    """The stored assessment's report as PDF."""
    return write_output(output_job(store, assessment_id, Output.PDF, path, language))


def write_workbook(store: Store, assessment_id: str, path: Path, language: str = "vi") -> Path:
    """The stored assessment as an Excel workbook."""
    return write_output(output_job(store, assessment_id, Output.WORKBOOK, path, language))
