"""The Follow-ups page: who to contact, grouped Overdue / Today / This week / Later.

Shown in place of the contact list when "Follow-ups due" is chosen in the sidebar
(:class:`segdesk.ui.followups_page.FollowUpsPage` does the wiring). Reads run on the
window's reader (latest wins, so a slow read for an old filter is dropped); snooze and
dismiss run on the writer and are undoable (undo puts the computed due date back with
``reset_followup``); logging a call uses the contact editor's log dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
)

from segdesk.services.actor import my_member
from segdesk.services.followups import (
    Bucket,
    FollowUpGroups,
    FollowUpRow,
    count_due,
    due_followups,
    followup_groups,
)
from segdesk.services.rule_editing import team_members
from segdesk.ui.followups_actions import FollowUpActions, next_monday
from segdesk.ui.followups_model import BUCKETS, FollowUpsModel

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["FollowUpsView", "next_monday"]

PAGE = 500  # rows read per group at a time
OWNER_SETTING = "followups/owner"


@dataclass(frozen=True, slots=True)
class _Loaded:
    groups: FollowUpGroups
    due: int  # everyone's, for the sidebar badge
    team: list[str]


class FollowUpsView(FollowUpActions):
    """The page itself; ``window`` gives the store, the runners, the undo stack and the contact actions."""

    currentContactChanged = Signal(object)  # int | None
    dueCounted = Signal(int)  # follow-ups due for everyone: the sidebar badge

    def __init__(self, window: MainWindow, *, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("followupsView")
        self.window_ = window
        self.today = today
        self.generation = 0
        self.model = FollowUpsModel(self)
        self.model.moreRequested.connect(self._read_more)

        self.title = QLabel(QCoreApplication.translate("FollowUps", "Follow-ups"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("followupsOwner")
        self.owner_combo.setMinimumContentsLength(14)
        self.owner_combo.addItem(QCoreApplication.translate("FollowUps", "Everyone"), None)
        saved = self._settings_value()
        self._select_owner(saved if saved is not None else my_member(self.store))
        self.owner_combo.currentIndexChanged.connect(self._owner_changed)
        self.callable_check = QCheckBox(QCoreApplication.translate("FollowUps", "Only contacts I may call"))
        self.callable_check.toggled.connect(lambda _on: self.refresh())

        self._build_actions()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.log_action, self.open_action):
            buttons.addWidget(self._button(action))
        self.snooze_button = self._button(self.snooze_menu.menuAction())
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self._button(self.dismiss_action))
        buttons.addStretch(1)
        self.export_button = QPushButton(self.export_action.text())
        self.export_button.setIcon(self.export_action.icon())
        self.export_button.clicked.connect(self.export_action.trigger)
        buttons.addWidget(self.export_button)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.title)
        filters.addStretch(1)
        owner_label = QLabel(QCoreApplication.translate("FollowUps", "&Owner:"))
        owner_label.setBuddy(self.owner_combo)
        filters.addWidget(owner_label)
        filters.addWidget(self.owner_combo)
        filters.addWidget(self.callable_check)

        self.tree = QTreeView()
        self.tree.setObjectName("followupsTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.doubleClicked.connect(self._activated)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((225, 170, 82, 82, 380, 115)):
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("followupsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.placeholder)
        self._selection_changed()

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str, icon: QStyle.StandardPixmap | None, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _build_actions(self) -> None:
        pix = QStyle.StandardPixmap
        self.log_action = self._action(
            QCoreApplication.translate("FollowUps", "&Log Call…"), pix.SP_DialogApplyButton, self.log_call
        )
        self.open_action = self._action(
            QCoreApplication.translate("FollowUps", "&Open Contact"),
            pix.SP_FileDialogDetailedView,
            self.open_contact,
        )
        self.dismiss_action = self._action(
            QCoreApplication.translate("FollowUps", "&Dismiss"),
            pix.SP_DialogDiscardButton,
            self.dismiss_selected,
        )
        self.export_action = self._action(
            QCoreApplication.translate("FollowUps", "Export to Calendar…"),
            pix.SP_DialogSaveButton,
            self.export,
        )
        self.snooze_menu = QMenu(QCoreApplication.translate("FollowUps", "&Snooze"), self)
        self.snooze_menu.menuAction().setIcon(self.style().standardIcon(pix.SP_BrowserReload))
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self._fill_snooze_menu()

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        today = self.today()
        locale = QLocale()

        def label(text: str, day: date) -> str:
            shown = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
            return f"{text} ({shown})"

        tomorrow, monday = today + timedelta(days=1), next_monday(today)
        self.snooze_menu.addAction(
            label(QCoreApplication.translate("FollowUps", "Tomorrow"), tomorrow),
            lambda: self.snooze_selected(tomorrow),
        )
        self.snooze_menu.addAction(
            label(QCoreApplication.translate("FollowUps", "Next week"), monday),
            lambda: self.snooze_selected(monday),
        )
        self.snooze_menu.addAction(
            QCoreApplication.translate("FollowUps", "Pick a Date…"), self.snooze_to_picked
        )

    # -- reading ----------------------------------------------------------------------------

    def owner(self) -> str | None:
        data = self.owner_combo.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        """Read the groups again in the background; an earlier read still running is dropped."""
        self.generation += 1
        for bucket in BUCKETS:
            self.window_.reader.forget(f"followups-more:{bucket}")
        store, today, owner = self.store, self.today(), self.owner()
        call_list = self.callable_check.isChecked()

        def work() -> _Loaded:
            groups = followup_groups(store, today, owner, call_list=call_list, limit_per_group=PAGE)
            return _Loaded(groups, count_due(store, today).due, team_members(store))

        self.window_.reader.run("followups", work, lambda loaded: self._show(loaded, today))

    def _show(self, loaded: _Loaded, today: date) -> None:
        selected = set(self.selected_ids())
        self._fill_owners(loaded.team)
        self.model.set_groups(loaded.groups, today)
        self._reselect(selected)
        self.dueCounted.emit(loaded.due)

    def _read_more(self, bucket: Bucket, offset: int) -> None:
        store, today, owner = self.store, self.model.today, self.owner()
        call_list, generation = self.callable_check.isChecked(), self.generation

        def work() -> list[FollowUpRow]:
            return due_followups(
                store, today, "all", owner, bucket=bucket, call_list=call_list, limit=PAGE, offset=offset
            )

        def done(rows: list[FollowUpRow]) -> None:
            if generation == self.generation:
                self.model.append_rows(bucket, offset, rows)

        self.window_.reader.run(f"followups-more:{bucket}", work, done)

    def _fill_owners(self, team: list[str]) -> None:
        current = self.owner()
        names = sorted(set(team) | ({current} if current else set()), key=str.casefold)
        if [self.owner_combo.itemData(i) for i in range(1, self.owner_combo.count())] == names:
            return
        self.owner_combo.blockSignals(True)
        while self.owner_combo.count() > 1:
            self.owner_combo.removeItem(1)
        for name in names:
            self.owner_combo.addItem(name, name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)) if current else 0)
        self.owner_combo.blockSignals(False)

    def _owner_changed(self, _index: int) -> None:
        settings = getattr(self.window_, "_settings", None)
        if settings is not None and getattr(self.window_, "_save_state", False):
            settings.setValue(OWNER_SETTING, self.owner() or "")
        self.refresh()

    def _settings_value(self) -> str | None:
        """The owner chosen last time ("": everyone); None if the filter was never touched."""
        settings = getattr(self.window_, "_settings", None)
        if settings is None or not settings.contains(OWNER_SETTING):
            return None
        value = settings.value(OWNER_SETTING, "")
        return value if isinstance(value, str) else ""

    def _select_owner(self, name: str | None) -> None:
        self.owner_combo.blockSignals(True)
        if name and self.owner_combo.findData(name) < 0:
            self.owner_combo.addItem(name, name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(name)) if name else 0)
        self.owner_combo.blockSignals(False)

    def follow_me(self) -> None:
        """While the Owner filter was never chosen, it shows "me" (the team member this computer's
        user is in the open database, from the preferences), or everyone; the caller refreshes."""
        if self._settings_value() is None:
            self._select_owner(my_member(self.store))

    def _after_reset(self) -> None:
        counts = self.model.counts()
        soon = counts["overdue"] + counts["today"] + counts["week"]
        for bucket in BUCKETS:
            group = self.model.group_index(bucket)
            self.tree.setFirstColumnSpanned(group.row(), QModelIndex(), True)
            self.tree.setExpanded(group, bucket != "later" or not soon)
        if not any(counts.values()):
            self.placeholder.setText(
                QCoreApplication.translate("FollowUps", "Nobody to follow up. Well done!")
            )
            self.placeholder.show()
        else:
            self.placeholder.hide()
        self._selection_changed()

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.tree.selectionModel()
        for bucket in BUCKETS:
            group = self.model.group_index(bucket)
            for row in range(self.model.rowCount(group)):
                index = self.model.index(row, 0, group)
                if self.model.row_at(index) and self.model.row_at(index).contact_id in ids:  # type: ignore[union-attr]
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )

    # -- selection ----------------------------------------------------------------------------

    def selected_rows(self) -> list[FollowUpRow]:
        rows = []
        for index in self.tree.selectionModel().selectedRows(0):
            row = self.model.row_at(index)
            if row is not None:
                rows.append(row)
        return rows

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        for action in (self.log_action, self.dismiss_action, self.snooze_menu.menuAction()):
            action.setEnabled(bool(rows))
        self.open_action.setEnabled(len(rows) == 1)
        current = self.model.row_at(self.tree.currentIndex())
        self.currentContactChanged.emit(current.contact_id if current is not None else None)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.window_.contacts.edit_contact(row.contact_id)

    def _show_menu(self, position: QPoint) -> None:
        if not self.selected_rows():
            return
        menu = QMenu(self)
        menu.addAction(self.log_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.snooze_menu)
        menu.addAction(self.dismiss_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))
