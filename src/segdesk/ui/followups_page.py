"""Wires the follow-ups into the main window: a page next to the contact list, the badge, the notice.

The window's middle pane becomes a QStackedWidget holding the contact list and the
:class:`~segdesk.ui.followups_view.FollowUpsView`; choosing "Follow-ups due" in the
sidebar shows the follow-ups. A :class:`~segdesk.ui.followups_notice.NoticeBanner` sits
above the panes (used where there is no system tray), and a
:class:`~segdesk.ui.followups_notice.DailyNotice` tells the number due at start and
each morning. The window calls :meth:`FollowUpsPage.refresh` when data changed and
:meth:`FollowUpsPage.store_changed` after opening another database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from segdesk.services.followups import DueCounts
from segdesk.ui.followups_notice import DailyNotice, NoticeBanner
from segdesk.ui.followups_view import FollowUpsView
from segdesk.ui.sidebar import FOLLOWUPS_DUE

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["FollowUpsPage", "install_followups"]


class FollowUpsPage(QObject):
    def __init__(self, window: MainWindow, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(window)
        self.window = window
        self.view = FollowUpsView(window, today=today)

        # The middle pane: the contact list, or the follow-ups.
        self.stack = QStackedWidget()
        self.stack.setObjectName("middleStack")
        host_of_list = window.list_panel.parentWidget()
        index = window.splitter.indexOf(host_of_list) if host_of_list is not None else -1
        list_page = window.splitter.replaceWidget(index if index >= 0 else 1, self.stack)
        if list_page is None:
            raise RuntimeError("the main window has no contact list pane to share")
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.view)
        list_page.show()

        # A banner above the panes: the notice where there is no tray.
        self.banner = NoticeBanner()
        panes = window.takeCentralWidget()
        if panes is None:
            raise RuntimeError("the main window has no central widget")
        host = QWidget()
        host.setObjectName("centralHost")
        layout = QVBoxLayout(host)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(panes, 1)
        window.setCentralWidget(host)

        self.notice = DailyNotice(lambda: window.store, window.reader, self.banner, today=today, parent=self)
        self.notice.counted.connect(self._counted)
        self.banner.showRequested.connect(self.show_followups)
        self.view.dueCounted.connect(window.sidebar.set_followups_due)
        self.view.currentContactChanged.connect(self._show_contact)
        window.sidebar.viewChosen.connect(self._view_chosen)
        self.notice.start()

    def is_shown(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_followups(self) -> None:
        self.window.sidebar.select_key(FOLLOWUPS_DUE)
        self.banner.hide()

    def _view_chosen(self, key: str) -> None:
        if key == FOLLOWUPS_DUE:
            self.stack.setCurrentWidget(self.view)
            self.refresh()
        else:
            self.stack.setCurrentIndex(0)

    def _show_contact(self, contact_id: int | None) -> None:
        if contact_id is not None and self.is_shown():
            self.window._show_contact(contact_id)

    def _counted(self, counts: DueCounts) -> None:
        """The morning count (due dates were just refreshed): the badge and the page follow."""
        self.window.sidebar.set_followups_due(counts.due)
        self.refresh()

    def refresh(self) -> None:
        """Data changed: read the page again if it is shown (it is read whenever it is shown)."""
        if self.is_shown():
            self.view.refresh()

    def store_changed(self) -> None:
        self.notice.reset()
        self.view.follow_me()  # "me" is chosen per database
        self.refresh()


def install_followups(window: MainWindow) -> FollowUpsPage:
    return FollowUpsPage(window)
