"""Pseudo-localisation keeps what Qt and the code rely on and makes text longer, once."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segdesk.domain.pseudo_locale import PADDING, is_pseudo, pseudo_localise

TOKENS = re.compile(r"%L?(?:\d+|n)|&&|&amp;|&nbsp;|<[^<>]*>|…")

SAMPLES = [
    "&Save",
    "OK",
    "%Ln contacts",
    "Delete %n contacts?",
    "%1 of %2 rows imported (%L3 %)",
    "&Log Contact…",
    "Fish && Chips",
    "<b>%1</b> is already in <i>%2</i>.",
    "<html><body><p>Backups are kept in %1.</p></body></html>",
    "Line one\nline two",
    "Save\tCtrl+S",
]


def tokens(text: str) -> list[str]:
    return TOKENS.findall(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_placeholders_accelerators_tags_and_ellipsis_are_kept(text: str) -> None:
    pseudo = pseudo_localise(text)
    assert tokens(pseudo) == tokens(text)
    accelerators = re.findall(r"(?<!&)&([^&\s])", text.replace("&amp;", ""))
    assert re.findall(r"(?<!&)&([^&\s])", pseudo.replace("&amp;", "")) == accelerators


@pytest.mark.parametrize("text", SAMPLES)
def test_it_is_longer_bracketed_and_accented(text: str) -> None:
    pseudo = pseudo_localise(text)
    label = pseudo.split("\t", 1)[0]
    visible = re.sub(r"<[^<>]*>", "", label)
    original = re.sub(r"<[^<>]*>", "", text.split("\t", 1)[0])
    assert len(visible) >= 1.4 * len(original)
    assert visible.startswith("[") and visible.endswith(PADDING + "]")
    words = re.sub(r"%L?(\d+|n)|&\w+;|&.", "", visible)
    assert not re.search(r"[A-Za-z]{3}", words)  # no plain English left


def test_rich_text_still_starts_with_its_tag() -> None:
    # Qt decides a label is rich text when it starts with a tag: the bracket goes inside.
    pseudo = pseudo_localise("<html><p>Hello</p></html>")
    assert pseudo.startswith("<html><p>[") and pseudo.endswith("]</p></html>")


def test_the_shortcut_after_a_tab_stays_readable() -> None:
    assert pseudo_localise("Save\tCtrl+S").endswith("]\tCtrl+S")


def test_empty_and_blank_text_stay_as_they_are() -> None:
    assert pseudo_localise("") == ""
    assert pseudo_localise("  ") == "  "


@pytest.mark.parametrize("text", SAMPLES)
def test_it_is_idempotent(text: str) -> None:
    once = pseudo_localise(text)
    assert is_pseudo(once)
    assert pseudo_localise(once) == once
    assert not is_pseudo(text)


PIECES = st.sampled_from([*"abcXYZ %1n&L<>/b…\n.\t", "%1", "%n", "%Ln", "&&", "<b>", "</b>", "&amp;"])


@given(st.lists(PIECES, max_size=20).map("".join))
def test_any_text_keeps_its_placeholders_and_is_stable(text: str) -> None:
    once = pseudo_localise(text)
    assert re.findall(r"%L?(?:[1-9]|n)", once) == re.findall(r"%L?(?:[1-9]|n)", text)
    assert pseudo_localise(once) == once
