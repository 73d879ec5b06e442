"""The sample data: three Hà Tĩnh enterprises of different sectors, each with one complete rapid
assessment (DESIGN.md 5.6), for trying the application, training and tests.

The sample is data, not code: one interchange JSON document per assessment in
``resources/demo/`` (the format of ``interchange/FORMAT.md``, as ``sxsh assessment export-json``
writes it) and its photos in ``resources/demo/photos/``, named by photo id. Loading it goes through
the importer that real files go through. Every record has a fixed id, so loading the sample twice
changes nothing, and an assessment the user has changed since is left as it is.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sxsh_desktop.domain.model import AssessmentDocument
from sxsh_desktop.interchange.importer import ImportRefused, import_document
from sxsh_desktop.interchange.jsonformat import loads
from sxsh_desktop.paths import resource
from sxsh_desktop.store.repository import Store

_PHOTO_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}


def demo_folder() -> Path:
    return resource("demo")


def demo_documents() -> list[tuple[AssessmentDocument, dict[str, bytes]]]:
    """The sample assessments, in the order of their files, with their photos' bytes (id → bytes)."""
    folder = demo_folder()
    samples = []
    for path in sorted(folder.glob("*.json")):
        document = loads(path.read_bytes())
        photos = {
            photo.id: (folder / "photos" / f"{photo.id}{_PHOTO_SUFFIXES[photo.mime_type]}").read_bytes()
            for photo in document.photos
        }
        samples.append((document, photos))
    return samples


def load_demo(store: Store) -> list[str]:
    """Import the sample into ``store`` (each assessment with its photos in one transaction) and
    return the ids of its assessments. An assessment already there, as it is or changed by the user
    since, is left as it is."""
    ids = []
    for document, photos in demo_documents():
        # A refusal means the database holds a newer version of this sample assessment: keep it.
        with contextlib.suppress(ImportRefused):
            import_document(store, document, photos)
        ids.append(document.assessment.id)
    return ids
