"""segdesk's own icons, from the resource module, in the variant that suits the palette.

``icon("edit")`` gives an icon that draws ``:/icons/light/edit.svg`` (dark strokes)
while the application palette is light and ``:/icons/dark/edit.svg`` (light
strokes) while it is dark. The choice is made each time the icon is drawn, so
icons already on actions and items follow :func:`segdesk.ui.theme.apply_theme`
without being set again; :func:`refresh` is what the theme calls to repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from segdesk.ui import resources_rc  # noqa: F401 - registers :/icons and :/i18n

__all__ = ["APP_ICON", "NAMES", "app_icon", "icon", "icon_path", "is_dark", "refresh", "variant"]

APP_ICON = ":/icons/segdesk.svg"
NAMES = (
    "backups",
    "contact-log",
    "contact-new",
    "contacts",
    "database",
    "delete",
    "edit",
    "export",
    "followups",
    "import",
    "preferences",
    "print",
    "redo",
    "refresh",
    "search",
    "segments",
    "tag",
    "undo",
)

_loaded: dict[str, QIcon] = {}  # resource path -> the SVG icon (the SVG engine caches its pixmaps)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) draws light text on a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def variant(palette: QPalette | None = None) -> str:
    """``"dark"`` (light strokes) on a dark palette, else ``"light"``."""
    return "dark" if is_dark(palette) else "light"


def icon_path(name: str, which: str | None = None) -> str:
    return f":/icons/{which or variant()}/{name}.svg"


def _svg(path: str) -> QIcon:
    found = _loaded.get(path)
    if found is None:
        found = _loaded[path] = QIcon(path)
    return found


class _PaletteIconEngine(QIconEngine):
    """Draws the light or the dark SVG of one icon, whichever the current palette asks for.

    A selected item (``QIcon.Mode.Selected``) sits on the highlight colour: there the
    variant suits the highlighted text (white strokes on the blue selection).
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _current(self, mode: QIcon.Mode) -> tuple[QIcon, QIcon.Mode]:
        if mode is not QIcon.Mode.Selected:
            return _svg(icon_path(self._name)), mode
        palette = QGuiApplication.palette()
        on_highlight = (
            palette.color(QPalette.ColorRole.HighlightedText).lightness()
            > palette.color(QPalette.ColorRole.Highlight).lightness()
        )
        return _svg(icon_path(self._name, "dark" if on_highlight else "light")), QIcon.Mode.Normal

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        icon, mode = self._current(mode)
        icon.paint(painter, rect, mode=mode, state=state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        icon, mode = self._current(mode)
        return icon.pixmap(size, mode, state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        icon, mode = self._current(mode)
        return icon.pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._name)

    def key(self) -> str:
        return "segdesk-palette"

    def iconName(self) -> str:
        return self._name


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of :data:`NAMES`), drawn to suit the application palette."""
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    return QIcon(_PaletteIconEngine(name))


def app_icon() -> QIcon:
    """segdesk's application icon (the window icon, the installers' icon)."""
    return _svg(APP_ICON)


def refresh() -> None:
    """Repaint every window, so icons drawn before a theme switch take the new variant."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.update()
