"""Translation hook for code below ``ui/``.

Layers under ``ui/`` never import Qt, yet their messages must reach the user in
their language. They call :func:`translate` with a context and the English
source text; ``app.py`` installs Qt's translator as the implementation at start
up (for the window and the command line alike).

Call it as ``i18n.translate("Context", "text")`` or, for plurals,
``i18n.translate("Context", "%n contacts", None, n)``: ``pyside6-lupdate`` only
extracts attribute calls with Qt's argument order, and
``QT_TRANSLATE_NOOP("Context", "text")`` for strings translated later.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _identity(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n >= 0:
        return text.replace("%n", str(n))
    return text


_active: Translator = _identity


def install(translator: Translator) -> None:
    """Route every :func:`translate` call through ``translator``."""
    global _active
    _active = translator


def uninstall() -> None:
    install(_identity)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The user's-language version of ``text`` (``%n`` is replaced by ``n``)."""
    return _active(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # name lupdate looks for
    """Mark ``text`` for extraction; translate later with :func:`translate`."""
    return text


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into the ``%1``, ``%2``... placeholders of a translated template.

    One pass, so a value that itself contains ``%1`` is left as it is.
    """

    def value_for(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)
