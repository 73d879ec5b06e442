"""Designer forms (``forms/*.ui``) loaded at run time.

A form is laid out in Qt Designer and loaded into a widget; the code finds its parts by object
name. A part that is missing is a bug in the form, reported with the form's and the part's name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sxsh_desktop.paths import forms_dir

W = TypeVar("W", bound=QWidget)


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load ``forms/<name>.ui`` and make it fill ``parent`` (which gets a margin-free layout)."""
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.ReadOnly):
        raise FileNotFoundError(f"form {path} cannot be read: {file.errorString()}")
    try:
        form = QUiLoader().load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"form {path} could not be loaded")
    layout = parent.layout()
    if layout is None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def part(form: QWidget, cls: type[W], name: str) -> W:
    """The widget called ``name`` in ``form``."""
    found = form.findChild(cls, name)
    if found is None:
        raise LookupError(f"form {form.objectName()!r} has no {cls.__name__} named {name!r}")
    return found


def host(form: QWidget, name: str, widget: QWidget) -> QWidget:
    """Put ``widget`` into the placeholder ``name`` of ``form`` (a plain widget left empty in Designer)."""
    placeholder = part(form, QWidget, name)
    layout = placeholder.layout()
    if layout is None:
        layout = QVBoxLayout(placeholder)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return widget
