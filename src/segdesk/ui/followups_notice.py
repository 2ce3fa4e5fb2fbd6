"""The morning notice: how many follow-ups are due, on start and on each new day while open.

A QTimer looks at the date every minute; on a new day (and at start) the due dates are
brought up to date (``ensure_current``) and counted (``count_due``) off the GUI thread,
then the count is told by a tray message where the platform has a system tray, else by
a non-modal banner at the top of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from segdesk.services.databases import Store
from segdesk.services.followups import DueCounts, count_due, ensure_current
from segdesk.ui.workers import JobRunner

__all__ = ["DailyNotice", "NoticeBanner", "due_message"]


def due_message(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("FollowUps", "No follow-ups are due today.")
    return QCoreApplication.translate("FollowUps", "%Ln follow-ups due today or overdue.", None, count)


class NoticeBanner(QFrame):
    """A thin bar at the top of the window with the number due, a "Show" button and a close button."""

    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#followupsBanner { background: #fef7e0; border: 1px solid #f9d67a; border-radius: 4px; }"
            " #followupsBanner QLabel { color: #5f4b00; }"
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(18))
        self.label = QLabel()
        self.label.setObjectName("followupsBannerText")
        self.show_button = QPushButton(QCoreApplication.translate("FollowUps", "Show follow-ups"))
        self.show_button.clicked.connect(self.showRequested)
        self.close_button = QToolButton()
        self.close_button.setObjectName("followupsBannerClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(QCoreApplication.translate("FollowUps", "Close"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_count(self, count: int) -> None:
        self.label.setText(due_message(count))
        self.show_button.setVisible(count > 0)
        self.show()


class DailyNotice(QObject):
    """Checks the date every minute; on a new day: refresh due dates, count, tell the user."""

    counted = Signal(object)  # DueCounts, after ensure_current: the badge and the view follow

    def __init__(
        self,
        store: Callable[[], Store],
        runner: JobRunner,
        banner: NoticeBanner,
        *,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.banner = banner
        self.today = today
        self.tray: QSystemTrayIcon | None = None
        self.last_day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def reset(self) -> None:
        """Another database: tell its count again."""
        self.last_day = None
        self.check()

    def check(self) -> None:
        today = self.today()
        if today == self.last_day:
            return
        self.last_day = today
        store = self._store()

        def work() -> DueCounts:
            ensure_current(store, today)
            return count_due(store, today)

        self._runner.run("followups-notice", work, self._counted)

    def _counted(self, counts: DueCounts) -> None:
        self.counted.emit(counts)
        self.notify(counts.due)

    def notify(self, count: int) -> None:
        text = due_message(count)
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            tray.setToolTip(text)
            if count:
                tray.showMessage(
                    QCoreApplication.translate("FollowUps", "segdesk follow-ups"),
                    text,
                    QSystemTrayIcon.MessageIcon.Information,
                    10_000,
                )
        elif count:
            self.banner.show_count(count)
        else:
            self.banner.hide()

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            app = QApplication.instance()
            icon: Any = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self.banner.showRequested)
            self.tray.show()
        return self.tray

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
