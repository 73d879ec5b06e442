"""Photos of one step, waste stream or solution: thumbnails, a caption, a large view.

Photos come from the file picker or are dropped from the file manager. Files that are not
images or are too large are named in the panel's message line; the others are added.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sxsh_desktop.domain.model import Photo
from sxsh_desktop.domain.photos import PNG, PhotoRefused, read_header
from sxsh_desktop.errors import KnownProblem
from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import dialogs
from sxsh_desktop.ui.pages.fields import TYPING_SAVE_MS
from sxsh_desktop.ui.pages.labels import entry_problem
from sxsh_desktop.ui.photo_import import MAX_FILE_BYTES, THUMBNAIL_SIDE, PhotoProblem, prepare_photo
from sxsh_desktop.ui.workbench.context import WorkbenchContext

Index = QModelIndex | QPersistentModelIndex
ICON_SIZE = 112


def decoded_photo(data: bytes) -> QImage:
    """Stored bytes as an image when they are a JPEG or PNG of a bounded size (read from their
    header first), else a null image: no other image plugin reads them."""
    try:
        header = read_header(data)
    except PhotoRefused:
        return QImage()
    return QImage.fromData(data, "PNG" if header.mime_type == PNG else "JPEG")


class PhotoListModel(QAbstractListModel):
    """Photos as captioned thumbnails; thumbnails are read from the store once and kept."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._photos: list[Photo] = []
        self._icons: dict[str, QIcon] = {}

    @property
    def photos(self) -> list[Photo]:
        return list(self._photos)

    def set_photos(self, photos: Sequence[Photo]) -> None:
        photos = list(photos)
        if [p.id for p in photos] == [p.id for p in self._photos]:
            self._photos = photos
            if photos:
                self.dataChanged.emit(self.index(0), self.index(len(photos) - 1))
            return
        self.beginResetModel()
        self._photos = photos
        self.endResetModel()

    def photo(self, row: int) -> Photo:
        return self._photos[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return photo.caption or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        return None

    def _icon(self, photo: Photo) -> QIcon:
        icon = self._icons.get(photo.id)
        if icon is None:
            thumbnail = self._store.photo_thumbnail(photo.id)
            if thumbnail:
                image = decoded_photo(thumbnail)
            else:  # photos that came without a thumbnail (older packages): made from the photo
                image = decoded_photo(self._store.photo_data(photo.id))
                if not image.isNull():
                    image = image.scaled(
                        THUMBNAIL_SIDE,
                        THUMBNAIL_SIDE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            self._icons[photo.id] = icon
        return icon


class FittedPicture(QWidget):
    """A picture drawn as large as the widget allows, keeping its proportions (never enlarged past
    its own size): it follows every resize of the window."""

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = pixmap
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return self._pixmap.size() if not self._pixmap.isNull() else QSize(400, 300)

    def shown_size(self) -> QSize:
        """The size the picture is drawn at."""
        if self._pixmap.isNull():
            return QSize()
        if self._pixmap.width() <= self.width() and self._pixmap.height() <= self.height():
            return self._pixmap.size()
        return self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)

    def paintEvent(self, event: Any) -> None:
        if self._pixmap.isNull():
            return
        size = self.shown_size()
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(QRect(x, y, size.width(), size.height()), self._pixmap)
        painter.end()


class PhotoViewer(QDialog):
    """One photo, large, fitted to the window from the start (not only once it is maximised)."""

    def __init__(self, image: QImage, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption or self.tr("Photo"))
        self.picture = FittedPicture(QPixmap.fromImage(image), self)
        caption_label = QLabel(caption, self)
        caption_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(caption_label)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = QSize(1200, 800) if screen is None else screen.size() * 0.85
        self.resize(self.picture.sizeHint().boundedTo(limit).expandedTo(QSize(480, 360)))


class PhotoPanel(QWidget):
    """The photos of one owner record; ``set_owner`` switches to another. Its edits reach the
    pages through the editor's change notices."""

    def __init__(self, context: WorkbenchContext, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_kind = owner_kind
        self.assessment_id = ""
        self.owner_id: str | None = None
        self.setAcceptDrops(True)

        self.model = PhotoListModel(context.store, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setGridSize(QSize(ICON_SIZE + 24, ICON_SIZE + 36))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(ICON_SIZE + 44)
        self.list.setAcceptDrops(False)  # the panel takes the drop
        self.list.doubleClicked.connect(lambda _index: self.view_current())

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.view_button = QPushButton(self)
        self.caption_edit = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum
        )  # never widens the panel; always as tall as its wrapped lines
        self._retranslate()
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.view_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)  # a line of its own: beside the buttons it had no room to wrap
        layout.addWidget(self.list, 1)
        layout.addWidget(self.caption_edit)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.pick_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.view_button.clicked.connect(self.view_current)
        self.caption_edit.editingFinished.connect(self._save_caption)
        # A caption being typed is saved a moment after the last key, as every field is.
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.setInterval(TYPING_SAVE_MS)
        self._caption_timer.timeout.connect(lambda: self._save_caption(typing=True))
        self.caption_edit.textEdited.connect(self._caption_timer.start)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._show_current)
        add = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.pick_files)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # not applied when given to the constructor
        remove.activated.connect(self.remove_current)
        self._show_current()

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add photos…"))
        self.add_button.setToolTip(self.tr("Add photos (Insert)"))
        self.remove_button.setText(self.tr("Delete"))
        self.view_button.setText(self.tr("View"))
        self.caption_edit.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.hint.setText(self.tr("Drop JPEG or PNG files here."))
        self.list.setToolTip(self.hint.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- owner -----------------------------------------------------------------------------------

    def set_owner(self, assessment_id: str, owner_id: str | None, photos: Sequence[Photo]) -> None:
        if owner_id != self.owner_id:
            self.message.hide()
        self.assessment_id = assessment_id
        self.owner_id = owner_id
        self.model.set_photos(
            sorted(
                (p for p in photos if p.owner_kind == self.owner_kind and p.owner_id == owner_id),
                key=lambda p: (p.position, p.created_at),
            )
            if owner_id
            else []
        )
        self.setEnabled(owner_id is not None)
        self._show_current()

    def current_photo(self) -> Photo | None:
        index = self.list.currentIndex()
        return self.model.photo(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        photo = self.current_photo()
        self.remove_button.setEnabled(photo is not None)
        self.view_button.setEnabled(photo is not None)
        self.caption_edit.setEnabled(photo is not None)
        text = photo.caption if photo else ""
        if self.caption_edit.text() != text and not (
            self.caption_edit.hasFocus() and self.caption_edit.isModified()
        ):
            self.caption_edit.setText(text)

    # --- adding ----------------------------------------------------------------------------------

    def pick_files(self) -> None:
        paths = dialogs().open_files(
            self, self.tr("Add photos"), self.tr("Images (*.jpg *.jpeg *.png);;All files (*)")
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Sequence[Path]) -> list[Photo]:
        """Add each file that is a usable image; name the others in the message line."""
        if self.owner_id is None:
            return []
        added: list[Photo] = []
        problems: list[str] = []
        position = self.model.rowCount()
        for path in paths:
            try:
                prepared = prepare_photo(Path(path))
            except PhotoProblem as problem:
                problems.append(self._problem_text(problem))
                continue
            photo = Photo(
                assessment_id=self.assessment_id,
                owner_kind=self.owner_kind,
                owner_id=self.owner_id,
                position=position,
                mime_type=prepared.mime_type,
                width=prepared.width,
                height=prepared.height,
                sha256=prepared.sha256,
                size_bytes=len(prepared.data),
            )
            try:
                added.append(
                    self.context.editor.add_photo(
                        photo, prepared.data, prepared.thumbnail, self.tr("Add photo")
                    )
                )
            except KnownProblem as problem:
                problems.append(f"{Path(path).name}: {problem.message}")
                continue
            position += 1
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        return added

    def _problem_text(self, problem: PhotoProblem) -> str:
        name = problem.path.name
        if problem.reason == "missing":
            return self.tr("%1: the file does not exist.").replace("%1", name)
        if problem.reason == "too_large":
            return (
                self.tr("%1 is too large; photos up to %2 MB can be added.")
                .replace("%1", name)
                .replace("%2", str(MAX_FILE_BYTES // 1024 // 1024))
            )
        if problem.reason == "not_image":
            return self.tr("%1 is not an image (JPEG or PNG).").replace("%1", name)
        return self.tr("%1 cannot be read; the file may be damaged.").replace("%1", name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner_id is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.owner_id is not None:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- the rest ------------------------------------------------------------------------------

    def _save_caption(self, typing: bool = False) -> None:
        if not typing:
            self._caption_timer.stop()
        photo = self.current_photo()
        text = self.caption_edit.text().strip()
        if photo is None or (photo.caption == text and typing):
            return
        try:
            self.context.editor.set_fields(
                Photo, photo.id, self.tr("Edit caption"), typing=typing, caption=text
            )
        except KnownProblem as problem:  # the caption stays as typed, the reason below it
            self.message.setText(entry_problem(problem))
            self.message.show()
            return
        self.message.hide()

    def remove_current(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        question = self.tr("Delete this photo? Undo (Ctrl+Z) brings it back.")
        if dialogs().confirm(self, self.tr("Delete photo"), question):
            try:
                self.context.editor.remove(Photo, photo.id, self.tr("Delete photo"))
            except KnownProblem as problem:
                self.message.setText(entry_problem(problem))
                self.message.show()
                return

    def view_current(self) -> QDialog | None:
        photo = self.current_photo()
        if photo is None:
            return None
        image = decoded_photo(self.context.store.photo_data(photo.id))
        viewer = PhotoViewer(image, photo.caption, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def commit_caption(self) -> None:
        self._save_caption()
