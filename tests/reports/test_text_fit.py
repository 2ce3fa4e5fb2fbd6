"""Fitting text: shrink to a minimum size, then cut with an ellipsis; never wider than the room."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from segdesk.reports.text import ELLIPSIS, FONT, ellipsize, fit_size, register_fonts, width, wrap

register_fonts()


def test_short_text_is_left_alone() -> None:
    assert ellipsize("Kraków", FONT, 9, 200) == "Kraków"
    assert fit_size("Kraków", FONT, 11, 6, 200) == 11


def test_long_text_shrinks_then_is_cut() -> None:
    text = "Przedsiębiorstwo Handlowo-Usługowe Żółw spółka z ograniczoną odpowiedzialnością"
    room = width(text, FONT, 11) * 0.8
    size = fit_size(text, FONT, 11, 6, room)
    assert 6 < size < 11 and width(text, FONT, size) <= room
    tiny_room = width(text, FONT, 6) / 2
    assert fit_size(text, FONT, 11, 6, tiny_room) == 6
    cut = ellipsize(text, FONT, 6, tiny_room)
    assert cut.endswith(ELLIPSIS) and text.startswith(cut[:-1])
    assert width(cut, FONT, 6) <= tiny_room


def test_wrap_keeps_words_and_marks_what_is_left_out() -> None:
    text = "Chiedere del nuovo macinino; richiamare dopo le 15 e parlare con il titolare del bar"
    lines = wrap(text, FONT, 9, 120, 2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert all(width(line, FONT, 9) <= 120 for line in lines)
    assert wrap("Krótko", FONT, 9, 120, 2) == ["Krótko"]


@given(st.text(min_size=0, max_size=60), st.floats(min_value=0, max_value=300))
def test_ellipsized_text_always_fits(text: str, room: float) -> None:
    result = ellipsize(text, FONT, 8, room)
    assert result == "" or width(result, FONT, 8) <= room
