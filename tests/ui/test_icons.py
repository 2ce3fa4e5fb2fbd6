"""segdesk's icons and the resource module that carries them (and the translations)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QFile, QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from segdesk.ui import icons
from segdesk.ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "src" / "segdesk" / "resources" / "icons"


def compile_resources() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "compile_resources", ROOT / "packaging" / "compile_resources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ink(image: QImage) -> list[QColor]:
    """The colours of the opaque pixels of ``image``."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.mark.parametrize("which", ["light", "dark"])
@pytest.mark.parametrize("name", icons.NAMES)
def test_every_icon_draws_in_both_variants(qapp: QApplication, name: str, which: str) -> None:
    path = icons.icon_path(name, which)
    assert QFile.exists(path), path
    pixmap = QIcon(path).pixmap(QSize(24, 24))
    assert not pixmap.isNull()
    drawn = ink(pixmap.toImage())
    assert len(drawn) > 20, f"{path} draws (almost) nothing"
    lightness = sum(colour.lightness() for colour in drawn) / len(drawn)
    assert lightness > 160 if which == "dark" else lightness < 100


def test_the_icon_set_is_the_same_in_both_variants_and_in_the_list() -> None:
    light = sorted(path.stem for path in (ICONS / "light").glob("*.svg"))
    dark = sorted(path.stem for path in (ICONS / "dark").glob("*.svg"))
    assert light == dark == sorted(icons.NAMES)


@pytest.mark.parametrize("path", sorted((ICONS / "light").glob("*.svg")), ids=lambda path: path.stem)
def test_icons_share_one_style(path: Path) -> None:
    svg = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert 'fill="none"' in svg and 'stroke-width="2"' in svg and 'stroke-linecap="round"' in svg
    assert set(re.findall(r"#[0-9a-fA-F]{6}", svg)) == {"#3c4043"}
    assert (ICONS / "dark" / path.name).read_text(encoding="utf-8") == compile_resources().dark_variant(svg)


def test_an_icon_follows_the_theme(qapp: QApplication) -> None:
    edit = icons.icon("edit")
    try:
        apply_theme(qapp, True)
        assert icons.variant() == "dark"
        on_dark = ink(edit.pixmap(QSize(24, 24)).toImage())
        apply_theme(qapp, False)
        assert icons.variant() == "light"
        on_light = ink(edit.pixmap(QSize(24, 24)).toImage())
    finally:
        apply_theme(qapp, False)
    assert sum(c.lightness() for c in on_dark) / len(on_dark) > 160
    assert sum(c.lightness() for c in on_light) / len(on_light) < 100


def test_a_selected_item_gets_strokes_that_show_on_the_highlight(qapp: QApplication) -> None:
    selected = ink(icons.icon("contacts").pixmap(QSize(24, 24), QIcon.Mode.Selected).toImage())
    highlight = qapp.palette().color(qapp.palette().ColorRole.Highlight)
    assert highlight.lightness() < 160  # a coloured selection with white text, as in Fusion
    assert sum(c.lightness() for c in selected) / len(selected) > 160


def test_disabled_and_high_dpi_pixmaps(qapp: QApplication) -> None:
    icon = icons.icon("delete")
    assert not icon.isNull()
    assert not icon.pixmap(QSize(18, 18), QIcon.Mode.Disabled).isNull()
    assert icon.pixmap(QSize(18, 18), 2.0).toImage().width() == 36


def test_an_unknown_name_is_a_mistake() -> None:
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_the_application_icon(qapp: QApplication) -> None:
    pixmap = icons.app_icon().pixmap(QSize(64, 64))
    assert not pixmap.isNull() and len(ink(pixmap.toImage())) > 1000


def test_the_window_uses_segdesk_icons(main_window) -> None:  # type: ignore[no-untyped-def]
    toolbar = main_window.toolbar.actions()
    named = [action.icon().name() for action in toolbar if not action.isSeparator()]
    assert named[:3] == ["contact-new", "edit", "contact-log"]
    assert "undo" in named and "redo" in named
    assert main_window.sidebar.topLevelItem(0).icon(0).name() == "contacts"
    assert main_window.sidebar.topLevelItem(1).icon(0).name() == "followups"


def test_the_resource_module_is_current() -> None:
    # The module records a hash of its inputs, so this holds whatever Qt version compiled it.
    tool = compile_resources()
    assert tool.QRC.read_text(encoding="utf-8") == tool.qrc_text(), (
        "run python packaging/compile_resources.py"
    )
    assert tool.recorded_digest() == tool.inputs_digest(), "run python packaging/compile_resources.py"


def test_the_resource_module_holds_every_input(qapp: QApplication) -> None:
    tool = compile_resources()
    for prefix, files in tool.resource_files().items():
        base = tool.ICONS if prefix == "/icons" else tool.I18N
        for path in files:
            resource = QFile(f":{prefix}/{path.relative_to(base).as_posix()}")
            assert resource.open(QFile.OpenModeFlag.ReadOnly), resource.fileName()
            assert bytes(resource.readAll().data()) == path.read_bytes(), resource.fileName()
