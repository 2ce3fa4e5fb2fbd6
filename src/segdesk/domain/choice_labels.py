"""Words for the stored codes of choice fields (``stage`` = ``loyal`` -> "Loyal customer").

The codes are a public contract (rule files, ``--columns`` exports); these labels
are English source text translated at display time in the ``Choices`` context.
"""

from __future__ import annotations

import re

from segdesk.domain.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["CHOICE_LABELS", "choice_label", "outcome_words"]

_OUTCOME_CODE = re.compile(r"[a-z]+(_[a-z]+)*")


def outcome_words(text: str) -> str:
    """An interaction's outcome as written; a code such as ``call_back`` (imports, demo data) as words."""
    if _OUTCOME_CODE.fullmatch(text):
        words = text.replace("_", " ")
        return words[:1].upper() + words[1:]
    return text


CHOICE_LABELS: dict[str, dict[str, str]] = {
    "kind": {
        "person": QT_TRANSLATE_NOOP("Choices", "Person"),
        "company": QT_TRANSLATE_NOOP("Choices", "Company"),
    },
    "stage": {
        "lead": QT_TRANSLATE_NOOP("Choices", "Lead"),
        "prospect": QT_TRANSLATE_NOOP("Choices", "Prospect"),
        "new": QT_TRANSLATE_NOOP("Choices", "New customer"),
        "loyal": QT_TRANSLATE_NOOP("Choices", "Loyal customer"),
        "ambassador": QT_TRANSLATE_NOOP("Choices", "Ambassador"),
        "lapsed": QT_TRANSLATE_NOOP("Choices", "Lapsed customer"),
    },
    "gender": {
        "female": QT_TRANSLATE_NOOP("Choices", "Female"),
        "male": QT_TRANSLATE_NOOP("Choices", "Male"),
        "other": QT_TRANSLATE_NOOP("Choices", "Other"),
    },
    "education": {
        "primary": QT_TRANSLATE_NOOP("Choices", "Primary school"),
        "secondary": QT_TRANSLATE_NOOP("Choices", "Secondary school"),
        "bachelor": QT_TRANSLATE_NOOP("Choices", "Bachelor's degree"),
        "master": QT_TRANSLATE_NOOP("Choices", "Master's degree"),
        "doctorate": QT_TRANSLATE_NOOP("Choices", "Doctorate"),
    },
    "income_band": {
        "low": QT_TRANSLATE_NOOP("Choices", "Low"),
        "lower_middle": QT_TRANSLATE_NOOP("Choices", "Lower middle"),
        "middle": QT_TRANSLATE_NOOP("Choices", "Middle"),
        "upper_middle": QT_TRANSLATE_NOOP("Choices", "Upper middle"),
        "high": QT_TRANSLATE_NOOP("Choices", "High"),
    },
    "preferred_channel": {
        "online": QT_TRANSLATE_NOOP("Choices", "Online"),
        "in_store": QT_TRANSLATE_NOOP("Choices", "In store"),
    },
}


def choice_label(field_id: str, code: str) -> str:
    """The user's-language word for ``code`` of ``field_id``; unknown codes are shown as stored."""
    label = CHOICE_LABELS.get(field_id, {}).get(code)
    return translate("Choices", label) if label is not None else code
