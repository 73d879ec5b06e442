"""Photos on steps, waste streams and solutions; the flow chart on screen and exported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pages_support import ModelWatch, Workbench, fill_fish_sauce_assessment, open_workbench, settle
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QImageIOHandler, QImageWriter
from PySide6.QtWidgets import QApplication

from sxsh_desktop.store.repository import Store
from sxsh_desktop.ui.dialogs import ScriptedDialogs, install_dialogs
from sxsh_desktop.ui.pages import ProcessPage, SolutionsPage, WastePage
from sxsh_desktop.ui.photo_import import MAX_SIDE, THUMBNAIL_SIDE, PhotoProblem, prepare_photo


@pytest.fixture
def scripted() -> Iterator[ScriptedDialogs]:
    dialogs = ScriptedDialogs()
    previous = install_dialogs(dialogs)
    yield dialogs
    install_dialogs(previous)


@pytest.fixture
def bench(store: Store, qtbot, scripted: ScriptedDialogs) -> Iterator[Workbench]:
    with open_workbench(store) as workbench:
        fill_fish_sauce_assessment(store, workbench.assessment_id)
        workbench.reload()
        yield workbench


def _photo(path: Path, width: int, height: int, rotate: bool = False, fmt: bytes = b"jpeg") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b6ea5"))
    writer = QImageWriter(str(path), fmt)
    if rotate:  # as a camera held upright writes it: landscape pixels, EXIF "rotate 90°"
        writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)
    assert writer.write(image), writer.errorString()
    return path


def test_a_camera_photo_is_turned_upright_and_scaled_for_storage(tmp_path: Path, qapp: QApplication) -> None:
    prepared = prepare_photo(_photo(tmp_path / "IMG_0001.jpg", 4000, 3000, rotate=True))
    assert (prepared.width, prepared.height) == (1536, MAX_SIDE)  # portrait, longest side 2048
    thumbnail = QImage()
    assert thumbnail.loadFromData(prepared.thumbnail)
    assert max(thumbnail.width(), thumbnail.height()) == THUMBNAIL_SIDE
    assert thumbnail.height() > thumbnail.width()
    assert prepared.mime_type == "image/jpeg" and prepared.data[:2] == b"\xff\xd8"
    small = prepare_photo(_photo(tmp_path / "so-do.png", 800, 600, fmt=b"png"))
    assert (small.width, small.height, small.mime_type) == (800, 600, "image/png")


def test_files_that_are_not_photos_are_refused_with_the_reason(tmp_path: Path, qapp: QApplication) -> None:
    text = tmp_path / "ghi-chu.jpg"
    text.write_text("không phải ảnh", encoding="utf-8")
    huge = tmp_path / "video.jpg"
    with huge.open("wb") as file:
        file.truncate(50 * 1024 * 1024)
    reasons = {}
    for path in (text, huge, tmp_path / "missing.jpg"):
        with pytest.raises(PhotoProblem) as problem:
            prepare_photo(path)
        reasons[path.name] = problem.value.reason
    assert reasons == {"ghi-chu.jpg": "not_image", "video.jpg": "too_large", "missing.jpg": "missing"}


def test_photos_of_a_step_are_added_captioned_viewed_and_deleted(
    bench: Workbench, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    page = bench.show(ProcessPage)
    step = page.current_step()
    assert step is not None
    panel = page.photos
    good = _photo(tmp_path / "rửa cá.jpg", 3000, 2000)
    bad = tmp_path / "bảng tính.jpg"
    bad.write_bytes(b"PK\x03\x04 not an image")
    with ModelWatch() as watch:
        watch.watch(panel.model)
        scripted.answers.append([good, bad])
        panel.add_button.click()
        settle()
        assert panel.model.rowCount() == 1
        assert "bảng tính.jpg" in panel.message.text() and panel.message.isVisibleTo(page)
        photo = bench.document().photos_of("step", step.id)[0]
        assert max(photo.width, photo.height) == MAX_SIDE
        assert bench.store.photo_thumbnail(photo.id)

        panel.list.setCurrentIndex(panel.model.index(0))
        panel.caption_edit.setText("Khu rửa cá, vòi nước mở liên tục")
        panel.caption_edit.editingFinished.emit()
        settle()
        assert bench.document().photos[0].caption == "Khu rửa cá, vòi nước mở liên tục"
        assert panel.model.index(0).data() == "Khu rửa cá, vòi nước mở liên tục"

        viewer = panel.view_current()
        assert viewer is not None and viewer.isVisible()
        viewer.close()

        scripted.answers.append(True)
        panel.remove_current()
        settle()
        assert bench.document().photos == []
        bench.context.editor.undo_stack.undo()  # the photo comes back with its bytes
        settle()
        assert panel.model.rowCount() == 1
        assert bench.store.photo_data(bench.document().photos[0].id)
    assert watch.failures == []


# PySide6 offers only the QPoint constructor of QDragEnterEvent, and marks it deprecated.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_photos_dropped_on_a_waste_stream_attach_to_it(bench: Workbench, tmp_path: Path) -> None:
    page = bench.show(WastePage)
    stream = page.current_stream()
    assert stream is not None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_photo(tmp_path / "nuoc-thai.jpg", 640, 480)))])
    panel = page.photos
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        panel,
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    settle()
    photos = bench.document().photos
    assert [(p.owner_kind, p.owner_id) for p in photos] == [("waste_stream", stream.id)]
    # Another stream shows its own photos only.
    page.streams.select_id(bench.document().waste_streams[1].id)
    assert page.photos.model.rowCount() == 0


def test_a_solution_photo_is_kept_per_solution(
    bench: Workbench, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    page = bench.show(SolutionsPage)
    scripted.answers.append([_photo(tmp_path / "van.jpg", 500, 500)])
    page.photos.pick_files()
    settle()
    solution = page.current_solution()
    assert solution is not None
    assert [p.owner_id for p in bench.document().photos] == [solution.id]


def test_the_flow_chart_follows_the_steps_and_exports(
    bench: Workbench, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    page = bench.show(ProcessPage)
    page.ui.processTabs.setCurrentWidget(page.ui.chartTab)
    settle()
    steps = [b.label for b in page.chart.layout_data.boxes if b.kind == "step"]
    assert steps == [s.name for s in bench.document().steps]
    picture = page.chart.grab().toImage()
    drawn = sum(
        picture.pixelColor(x, y) != QColor("white")
        for x in range(0, picture.width(), 4)
        for y in range(0, picture.height(), 4)
    )
    assert picture.width() > 300 and drawn > 500  # boxes, text and arrows on the white page

    scripted.answers.append(tmp_path / "quy trình")  # no extension typed
    png = page.export_png()
    assert png == tmp_path / "quy trình.png"
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 1000
    scripted.answers.append(tmp_path / "quy trình.svg")
    svg = page.export_svg()
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Tiếp nhận, rửa cá" in text

    # Renaming a step redraws the chart.
    from pages_support import type_cell

    page.ui.processTabs.setCurrentWidget(page.ui.flowsTab)
    type_cell(page.steps, 0, "name", "Rửa cá")
    assert next(b.label for b in page.chart.layout_data.boxes if b.kind == "step") == "Rửa cá"


def test_exporting_an_empty_chart_says_so(store: Store, qtbot, scripted: ScriptedDialogs) -> None:
    with open_workbench(store) as bench:
        assert bench.page(ProcessPage).export_png() is None
    assert scripted.asked[0][0] == "inform"


def test_the_flow_chart_is_laid_out_again_only_when_what_it_draws_changed(bench: Workbench) -> None:
    from sxsh_desktop.domain.model import Assessment, WasteStream

    page = bench.show(ProcessPage)
    page.ui.processTabs.setCurrentWidget(page.ui.chartTab)
    settle()
    editor = bench.context.editor
    step = bench.document().steps[0]
    before = page.chart.layout_data

    editor.set_fields(Assessment, bench.assessment_id, "Edit", staff_count=45)
    settle()
    assert page.chart.layout_data is before  # nothing the chart draws changed

    editor.add(WasteStream(assessment_id=bench.assessment_id, step_id=step.id, name="Bùn thải bể rửa"), "Add")
    settle()
    waste = [b.label for b in page.chart.layout_data.boxes if b.kind == "waste"]
    assert "Bùn thải bể rửa" in waste
    editor.undo_stack.undo()
    settle()
    assert "Bùn thải bể rửa" not in [b.label for b in page.chart.layout_data.boxes if b.kind == "waste"]
