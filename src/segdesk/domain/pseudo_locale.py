"""Pseudo-localisation: English text made to look foreign and longer, to find layouts that cut text.

``pseudo_localise("&Save %1 contacts…")`` gives ``"[&Šåṽé %1 çöñţåçţš…·····]"``:
letters become accented look-alikes (still readable, and tall capitals show
vertical clipping), the text grows by about 40 % (short text by more, as real
translations do) and sits in brackets, so a cut-off end is easy to spot.
Left exactly as they are: placeholders (``%1``, ``%n``, ``%Ln``, ``%L1``), the
letter after an ``&`` (the keyboard accelerator), ``&&``, HTML tags and
entities, whitespace, digits, punctuation such as "…" and a shortcut after a tab.
The transform is idempotent: pseudo-localising pseudo text changes nothing.
"""

from __future__ import annotations

import math
import re

__all__ = ["PADDING", "is_pseudo", "pseudo_localise"]

PADDING = "·"
GROWTH = 0.4  # how much longer than the English; translations into German or Polish often are
MIN_PADDING = 2

_LOOK_ALIKES = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept verbatim, tried in this order: HTML tags and entities, placeholders, "&&", "&" and its letter.
_PROTECTED = re.compile(
    r"<[^<>]*>"
    r"|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);"
    r"|%L?(?:[1-9][0-9]?|n)"
    r"|&&"
    r"|&[^\s%<&]",
    re.DOTALL,
)
_LEADING_TAGS = re.compile(r"^(?:\s*<[^<>]*>)+")
_TRAILING_TAGS = re.compile(r"(?:<[^<>]*>\s*)+$")
_PSEUDO = re.compile(rf"^\[.*{PADDING}\]$", re.DOTALL)


def is_pseudo(text: str) -> bool:
    """Whether ``text`` already went through :func:`pseudo_localise` (or is empty)."""
    if not text:
        return True
    if "\t" in text:
        return is_pseudo(text.split("\t", 1)[0])
    return bool(_PSEUDO.match(_strip_tags_around(text)[1]))


def _strip_tags_around(text: str) -> tuple[str, str, str]:
    """``text`` as (leading tags, middle, trailing tags): rich text must still start with a tag."""
    head = _LEADING_TAGS.match(text)
    start = head.end() if head else 0
    tail = _TRAILING_TAGS.search(text, start)
    end = tail.start() if tail else len(text)
    return text[:start], text[start:end], text[end:]


def _accented(text: str) -> tuple[str, int]:
    """``text`` with look-alike letters outside the protected parts, and how many characters show."""
    parts: list[str] = []
    visible = 0
    position = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position : match.start()]
        parts.append(plain.translate(_LOOK_ALIKES))
        visible += len(plain)
        token = match.group()
        parts.append(token)
        if not token.startswith("<"):
            visible += 1 if token.startswith("&") and token.endswith(";") else len(token.lstrip("&")) or 1
        position = match.end()
    plain = text[position:]
    parts.append(plain.translate(_LOOK_ALIKES))
    visible += len(plain)
    return "".join(parts), visible


def pseudo_localise(text: str) -> str:
    """The pseudo-localised version of the English ``text`` (see the module's description)."""
    if is_pseudo(text):
        return text
    if "\t" in text:  # "Save\tCtrl+S" in a menu: the shortcut after the tab is not prose
        label, shortcut = text.split("\t", 1)
        return f"{pseudo_localise(label)}\t{shortcut}"
    head, middle, tail = _strip_tags_around(text)
    if not middle.strip():
        return text  # only markup or whitespace: nothing a reader would see
    accented, visible = _accented(middle)
    padding = PADDING * max(MIN_PADDING, math.ceil(visible * GROWTH))
    return f"{head}[{accented}{padding}]{tail}"
