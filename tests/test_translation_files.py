"""The translation sources are complete, consistent with the code and compiled into the package."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "src" / "segdesk" / "resources" / "i18n"
LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
PLURAL_FORMS = {"en": 2, "it": 2, "fr": 2, "pl": 3, "de": 2, "es": 2}
PLACEHOLDER = re.compile(r"%L?n|%\d+")

Message = tuple[str, str, str]  # context, source, disambiguation


def messages(path: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    path = TS_DIR / f"segdesk_{language}.ts"
    root = ET.parse(path).getroot()
    assert root.get("language") == language
    problems = []
    for (context, source, _), message in messages(path).items():
        translation = message.find("translation")
        assert translation is not None
        numerus = message.get("numerus") == "yes"
        if language == "en" and not numerus:
            continue  # English shows the source text; only its plurals need forms
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        texts = forms(message)
        if numerus and len(texts) != PLURAL_FORMS[language]:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms")
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
    assert not problems, "\n".join(problems)


def test_every_language_has_the_same_messages() -> None:
    english = set(messages(TS_DIR / "segdesk_en.ts"))
    for language in LANGUAGES[1:]:
        assert set(messages(TS_DIR / f"segdesk_{language}.ts")) == english, language


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_compiled_into_the_package(language: str, tmp_path: Path) -> None:
    qm = QM_DIR / f"segdesk_{language}.qm"
    assert qm.is_file(), "run python packaging/update_translations.py"
    fresh = tmp_path / qm.name
    subprocess.run(
        ["pyside6-lrelease", str(TS_DIR / f"segdesk_{language}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == qm.read_bytes(), "the .qm is older than its .ts: run lrelease"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_the_translation_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "segdesk_it.ts"
    shutil.copy(TS_DIR / "segdesk_it.ts", fresh)
    sources = sorted(str(p) for p in (ROOT / "src" / "segdesk").rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run(
        ["pyside6-lupdate", *sources, "-no-obsolete", "-locations", "none", "-silent", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = set(messages(fresh)) - set(messages(TS_DIR / "segdesk_it.ts"))
    gone = set(messages(TS_DIR / "segdesk_it.ts")) - set(messages(fresh))
    assert not missing, (
        f"new strings, run packaging/update_translations.py and translate them: {sorted(missing)}"
    )
    assert not gone, f"strings no longer in the code, run packaging/update_translations.py: {sorted(gone)}"
