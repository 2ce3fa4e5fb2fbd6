"""Light and dark appearance: Fusion with a dark palette, chosen in View ▸ Dark Theme or $SEGDESK_THEME.

The choice is UI state, kept in QSettings (``view/darkTheme``); ``SEGDESK_THEME=dark``
or ``=light`` wins over it for one run (screenshots, testing).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from segdesk.ui import icons

__all__ = ["ENV_VAR", "SETTING", "apply_theme", "dark_palette", "wants_dark"]

ENV_VAR = "SEGDESK_THEME"
SETTING = "view/darkTheme"

_original: tuple[str, QPalette] | None = None  # the platform's style and palette, to go back to


def wants_dark(settings: QSettings) -> bool:
    chosen = os.environ.get(ENV_VAR, "").strip().lower()
    if chosen in ("dark", "light"):
        return chosen == "dark"
    return bool(settings.value(SETTING, False, bool))


def dark_palette() -> QPalette:
    window, base, alternate = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#26282b")
    text, muted, accent = QColor("#dfe1e5"), QColor("#8c9096"), QColor("#3d7bd9")
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    for group in groups:
        disabled = group is QPalette.ColorGroup.Disabled
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, muted if disabled else text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, alternate)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#3c3f41"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        palette.setColor(group, QPalette.ColorRole.Text, muted if disabled else text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#35373b"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, muted if disabled else text)
        palette.setColor(group, QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
        palette.setColor(group, QPalette.ColorRole.Light, QColor("#4a4d52"))
        palette.setColor(group, QPalette.ColorRole.Midlight, QColor("#3c3f43"))
        palette.setColor(group, QPalette.ColorRole.Mid, QColor("#2f3134"))
        palette.setColor(group, QPalette.ColorRole.Dark, QColor("#18191b"))
        palette.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#6ea8fe"))
        palette.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#b48ead"))
        highlight = QColor("#3a3d41") if disabled else accent
        if group is QPalette.ColorGroup.Inactive:
            highlight = QColor("#34507a")
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def apply_theme(app: QApplication, dark: bool) -> None:
    """Switch the whole application to the dark palette (Fusion) or back to the platform's look.

    segdesk's icons follow: they draw their light-stroke variant on the dark palette.
    """
    global _original
    if _original is None:
        style = app.style()
        _original = (style.name() if style is not None else "fusion", QPalette(app.palette()))
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        style_name, palette = _original
        app.setStyle(style_name)
        app.setPalette(palette)
    icons.refresh()
