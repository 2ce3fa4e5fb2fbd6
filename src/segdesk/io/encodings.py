"""Turning the bytes of a text file into text without asking users what an encoding is.

Order: a byte-order mark; UTF-16 without a mark (every other byte zero); strict
UTF-8; the caller's choice; then the legacy Windows code page of the user's
language (cp1250 for Polish, cp1252 otherwise: what Excel and Outlook write on
Windows). Statistical detectors are not used: they read Polish cp1250 as other
code pages. The encoding used is always reported, so the user can correct it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from segdesk.domain import i18n
from segdesk.io.errors import SourceError

__all__ = ["Decoded", "decode", "legacy_encoding", "normal_encoding_name"]

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_BY_LANGUAGE = {"pl": "cp1250"}
DEFAULT_LEGACY = "cp1252"
SAMPLE = 4096


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    guessed: bool  # True when neither a BOM, valid UTF-8 nor the caller decided it


def legacy_encoding(language: str) -> str:
    """The Windows code page most files of a user writing ``language`` come in."""
    return LEGACY_BY_LANGUAGE.get(language, DEFAULT_LEGACY)


def normal_encoding_name(name: str) -> str:
    """The codec's canonical name; a SourceError for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise SourceError(
            i18n.fill(i18n.translate("Import", "“%1” is not a known text encoding."), name)
        ) from None


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:SAMPLE]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, encoding: str | None = None, *, language: str = "en") -> Decoded:
    """The text of ``data``; raises SourceError for binary data or the wrong explicit encoding."""
    chosen = normal_encoding_name(encoding) if encoding else None
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise _not_text(codec)
            return Decoded(text, codec if codec != "utf-8-sig" else "utf-8", guessed=False)
    wide = chosen if chosen and chosen.startswith(("utf-16", "utf-32")) else _looks_utf16(data)
    if wide:
        text = _strict(data, wide)
        if text is None:
            raise _not_text(wide)
        return _checked(Decoded(text, wide, guessed=chosen is None))
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(Decoded(text, "utf-8", guessed=False))
    if chosen:
        text = _strict(data, chosen)
        if text is None:
            raise _not_text(chosen)
        return _checked(Decoded(text, chosen, guessed=False))
    fallback = legacy_encoding(language)
    text = _strict(data, fallback)
    if text is None:  # a byte the code page leaves undefined: Latin-1 reads every byte
        fallback, text = "latin-1", data.decode("latin-1")
    return _checked(Decoded(text, fallback, guessed=True))


def _checked(decoded: Decoded) -> Decoded:
    if "\x00" in decoded.text[:SAMPLE]:
        raise SourceError(i18n.translate("Import", "This is not a text file (it holds binary data)."))
    return decoded


def _not_text(encoding: str) -> SourceError:
    return SourceError(
        i18n.fill(
            i18n.translate(
                "Import", "The file is not readable as %1 text; choose another encoding or check the file."
            ),
            encoding,
        )
    )
