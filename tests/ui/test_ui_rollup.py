"""The roll-up views: the ministry's overview of the provinces and a province's own roll-ups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sxsh_desktop.services import rollup as services
from sxsh_desktop.sync import rollup
from sxsh_desktop.sync.rollup_document import ReplyStatus
from sxsh_desktop.ui.i18n import install_language
from sxsh_desktop.ui.rollup_views import MinistryOverviewDialog, ProvinceSubmissionsDialog, rollup_dialog
from tests.rollup_world import RollupWorld, document, figure


@pytest.fixture
def world(tmp_path: Path, language: str) -> Iterator[RollupWorld]:
    made = RollupWorld(tmp_path)
    yield made
    made.close()


def _cells(dialog: MinistryOverviewDialog, code: str) -> list[str]:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == code:
            return [model.index(row, c).data() or "" for c in range(model.columnCount())]
    raise AssertionError(code)


def test_the_ministry_sees_every_province_the_national_sums_and_what_was_returned(
    world: RollupWorld, qtbot: object
) -> None:
    services.set_mode(world.ministry, "ministry")
    offices = {}
    for name, code, n, d in (("Hà Tĩnh", "42", 30, 200), ("Nghệ An", "40", 45, 300)):
        offices[code] = world.office(name, code)
        rollup.set_office_province(offices[code].store, offices[code].province)
        world.import_(offices[code].export(document(code, 2026, [figure("I1", n, d)])))
    submission = next(s for s in rollup.submissions(world.ministry) if s.province.code == "42")
    reply = world.root / "reply.sxshreply"
    comment = "Xin kiểm tra lại mẫu số."
    rollup.decide(
        world.ministry, submission.package_id, ReplyStatus.RETURNED, comment, reply, world.ministry_keys
    )

    dialog = rollup_dialog(world.ministry)
    assert isinstance(dialog, MinistryOverviewDialog)
    dialog.year.setValue(2026)
    assert dialog.model.rowCount() == 35  # the whole country, then the 34 provinces
    assert dialog.model.index(0, 1).data() == "Cả nước"
    assert _cells(dialog, "40")[2:4] == ["đã nhận", "45 / 300 · 15,0 %"]
    assert _cells(dialog, "42")[2:4] == ["đã trả lại", ""]  # a returned roll-up does not count
    assert _cells(dialog, "46")[2] == "chưa nhận được"
    assert dialog.model.index(0, 3).data() == "45 / 300 · 15,0 %"
    assert comment in dialog.returned.text() and "Tỉnh Hà Tĩnh" in dialog.returned.text()
    assert "Thiếu 32 báo cáo" in dialog.summary.text()
    install_language("en")
    assert _cells(dialog, "42")[2] == "returned"
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Province"

    # The province sees its roll-up returned, with the ministry's comments, once it imports the reply.
    province = offices["42"]
    rollup.import_reply(province.store, reply, [province.keys.identity])
    own = rollup_dialog(province.store)
    assert isinstance(own, ProvinceSubmissionsDialog)
    assert [own.model.index(0, c).data() for c in (0, 4, 6)] == ["2026", "returned", comment]
    assert "Tỉnh Hà Tĩnh" in own.intro.text()
