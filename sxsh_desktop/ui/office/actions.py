"""The main window's Office menu: the overview, activities, follow-ups, the review of imported
assessments and CP status. Each screen is one window, opened once and raised when asked again.

The office screens (and the services under them) are imported when first opened: the main window
shows before them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from sxsh_desktop.store.repository import Store


class OfficeActions(QObject):
    """``changed`` after an office screen changed the database (the registry may show it)."""

    changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        store: Callable[[], Store | None],
        staff_name: Callable[[], str],
        show_conflicts: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._staff_name = staff_name
        self._show_conflicts = show_conflicts
        self.windows: dict[str, QWidget] = {}
        self.overview_action = QAction(window)
        self.overview_action.setObjectName("actionOfficeOverview")
        self.overview_action.triggered.connect(lambda: self.show_overview())
        self.activities_action = QAction(window)
        self.activities_action.triggered.connect(lambda: self.show_activities())
        self.followups_action = QAction(window)
        self.followups_action.triggered.connect(lambda: self.show_followups())
        self.review_action = QAction(window)
        self.review_action.triggered.connect(lambda: self.show_review())
        self.cp_status_action = QAction(window)
        self.cp_status_action.triggered.connect(lambda: self.show_cp_status())
        self.menu = QMenu(window)
        self.menu.setObjectName("officeMenu")
        self.menu.addAction(self.overview_action)
        self.menu.addSeparator()
        self.menu.addActions(
            [self.activities_action, self.followups_action, self.review_action, self.cp_status_action]
        )
        self.menu.aboutToShow.connect(self._enable)
        window.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Office"))
        self.overview_action.setText(self.tr("&Overview…"))
        self.activities_action.setText(self.tr("&Activities…"))
        self.followups_action.setText(self.tr("&Follow-ups…"))
        self.review_action.setText(self.tr("&Review of imported assessments…"))
        self.cp_status_action.setText(self.tr("&CP status of a facility…"))

    def _enable(self) -> None:
        opened = self._store() is not None
        for action in self.menu.actions():
            action.setEnabled(opened)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                for window in list(self.windows.values()):
                    window.close()
        return super().eventFilter(watched, event)

    def _raise(self, key: str, make: Callable[[Store], QWidget]) -> QWidget | None:
        store = self._store()
        if store is None:
            return None
        window = self.windows.get(key)
        if window is None or getattr(window, "store", store) is not store:
            if window is not None:  # of the database open before
                window.close()
                window.deleteLater()
            window = make(store)
            self.windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_overview(self) -> QWidget | None:
        from sxsh_desktop.ui.office.overview import OverviewWindow

        return self._raise(
            "overview",
            lambda store: OverviewWindow(
                store,
                parent=self._window,
                open_conflicts=self._show_conflicts,
                open_review=self.show_review,
                open_followups=self.show_followups,
            ),
        )

    def show_activities(self) -> QWidget | None:
        from sxsh_desktop.ui.office.activities import ActivitiesWindow

        return self._raise("activities", lambda store: self._connected(ActivitiesWindow(store, self._window)))

    def show_followups(self, assessment_id: str | None = None) -> QWidget | None:
        from sxsh_desktop.ui.office.followups import FollowUpsWindow

        window = self._raise(
            "followups",
            lambda store: self._connected(FollowUpsWindow(store, self._staff_name(), self._window)),
        )
        if window is not None and assessment_id:
            window.select_assessment(assessment_id)  # type: ignore[attr-defined]
        return window

    def show_review(self, assessment_id: str | None = None) -> QWidget | None:
        from sxsh_desktop.ui.office.review import ReviewWindow

        window = self._raise(
            "review", lambda store: self._connected(ReviewWindow(store, self._staff_name(), self._window))
        )
        if window is not None and assessment_id:
            window.select_assessment(assessment_id)  # type: ignore[attr-defined]
        return window

    def show_cp_status(self, enterprise_id: str | None = None) -> QWidget | None:
        from sxsh_desktop.ui.office.cp_status import CpStatusWindow

        window = self._raise(
            "cp_status",
            lambda store: self._connected(CpStatusWindow(store, self._staff_name(), self._window)),
        )
        if window is not None and enterprise_id:
            window.select_enterprise(enterprise_id)  # type: ignore[attr-defined]
        return window

    def _connected(self, window: QWidget) -> QWidget:
        signal = getattr(window, "changed", None)
        if signal is not None:
            signal.connect(self.changed)
            signal.connect(self.refresh_overview)
        return window

    def refresh_overview(self) -> None:
        """Count the overview again if it is open (a package imported, a review or a follow-up saved)."""
        overview = self.windows.get("overview")
        if overview is not None and overview.isVisible():
            overview.reload()  # type: ignore[attr-defined]
