"""Buttons in a flow layout wrap onto a second line instead of widening a narrow pane."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from segdesk.ui.flow_layout import FlowLayout


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(text) for text in ("Edytuj…", "Odnotuj kontakt…", "Historia zmian…")]
    for button in buttons:
        layout.addWidget(button)
    layout.setGeometry(QRect(0, 0, width, layout.heightForWidth(width)))
    return host, buttons


def test_buttons_stay_on_one_line_when_they_fit(qtbot: QtBot) -> None:
    _host, buttons = _row(qtbot, 900)
    assert len({button.y() for button in buttons}) == 1
    assert buttons[0].x() < buttons[1].x() < buttons[2].x()


def test_buttons_wrap_and_stay_inside_a_narrow_host(qtbot: QtBot) -> None:
    host, buttons = _row(qtbot, 240)
    assert len({button.y() for button in buttons}) > 1
    assert all(button.geometry().right() <= 240 or button.x() == 0 for button in buttons)
    layout = host.layout()
    assert layout.heightForWidth(240) > layout.heightForWidth(900)
