"""Compile segdesk's icons and translations into the Qt resource module ``segdesk/ui/resources_rc.py``.

    python packaging/compile_resources.py          # regenerate everything below
    python packaging/compile_resources.py --check  # exit 1 if the committed module is out of date

Steps, each deterministic:

1. ``icons/dark/*.svg`` (light strokes, for the dark theme) are made from
   ``icons/light/*.svg`` (dark strokes, for light themes) by swapping the stroke
   colour: draw or edit an icon in ``light/`` only.
2. Qt's own translations ``qtbase_<lang>.qm`` (standard buttons, file and colour
   dialogs) are copied from the installed PySide6 into ``resources/i18n``.
3. ``resources/segdesk.qrc`` lists every icon and ``.qm`` file (sorted).
4. ``pyside6-rcc`` compiles it into ``src/segdesk/ui/resources_rc.py``; the first
   line records a SHA-256 of the inputs, so a test can tell the module is current
   whatever the Qt version that compiled it.

Resource paths: ``:/icons/segdesk.svg``, ``:/icons/light/<name>.svg``,
``:/icons/dark/<name>.svg``, ``:/i18n/segdesk_<lang>.qm``, ``:/i18n/qtbase_<lang>.qm``.
"""

from __future__ import annotations

import argparse
import ast
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "src" / "segdesk" / "resources"
ICONS = RESOURCES / "icons"
I18N = RESOURCES / "i18n"
QRC = RESOURCES / "segdesk.qrc"
MODULE = ROOT / "src" / "segdesk" / "ui" / "resources_rc.py"
QT_LANGUAGES = ("it", "fr", "pl", "de", "es")  # Qt has no qtbase_en.qm worth shipping: English is its source
LIGHT_STROKE = "#3c4043"  # icons/light: for light palettes
DARK_STROKE = "#dfe1e5"  # icons/dark: for dark palettes (the dark theme's text colour)
HASH_PREFIX = "# segdesk-resources-sha256: "


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"compile_resources: {name} not found (it comes with PySide6)")
    return found


def dark_variant(svg: str) -> str:
    return svg.replace(LIGHT_STROKE, DARK_STROKE)


def make_dark_icons() -> None:
    dark = ICONS / "dark"
    dark.mkdir(exist_ok=True)
    light_names = {path.name for path in (ICONS / "light").glob("*.svg")}
    for stale in dark.glob("*.svg"):
        if stale.name not in light_names:
            stale.unlink()
    for name in sorted(light_names):
        text = dark_variant((ICONS / "light" / name).read_text(encoding="utf-8"))
        target = dark / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")


def copy_qt_translations() -> None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in QT_LANGUAGES:
        source = folder / f"qtbase_{language}.qm"
        if not source.is_file():
            raise SystemExit(f"compile_resources: {source} is missing from this PySide6")
        target = I18N / source.name
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)


def resource_files() -> dict[str, list[Path]]:
    """The files of each resource prefix, sorted, as the .qrc lists them."""
    return {
        "/icons": [
            ICONS / "segdesk.svg",
            *sorted((ICONS / "light").glob("*.svg")),
            *sorted((ICONS / "dark").glob("*.svg")),
        ],
        "/i18n": sorted(I18N.glob("*.qm")),
    }


def qrc_text() -> str:
    lines = ['<!DOCTYPE RCC><RCC version="1.0">']
    for prefix, files in resource_files().items():
        base = ICONS if prefix == "/icons" else I18N
        lines.append(f'<qresource prefix="{prefix}">')
        for path in files:
            alias, source = path.relative_to(base).as_posix(), path.relative_to(RESOURCES).as_posix()
            lines.append(f'    <file alias="{escape(alias)}">{escape(source)}</file>')
        lines.append("</qresource>")
    lines.append("</RCC>")
    return "\n".join(lines) + "\n"


def inputs_digest() -> str:
    """SHA-256 over the .qrc and every file it lists (names and bytes)."""
    digest = hashlib.sha256(QRC.read_bytes())
    for files in resource_files().values():
        for path in files:
            digest.update(path.relative_to(RESOURCES).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def recorded_digest(module: Path = MODULE) -> str | None:
    if not module.is_file():
        return None
    with module.open(encoding="utf-8") as stream:
        first = stream.readline().strip()
    return first[len(HASH_PREFIX) :] if first.startswith(HASH_PREFIX.strip()) else None


def _rcc_python() -> str:
    env = dict(os.environ, QT_RCC_SOURCE_DATE_OVERRIDE="1", SOURCE_DATE_EPOCH="1")  # fixed times (0 = unset)
    return subprocess.run(
        [_tool("pyside6-rcc"), "-g", "python", "--compress-algo", "zlib", "--compress", "9", QRC.name],
        cwd=RESOURCES,
        env=env,
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")


def _base64_lines(data: bytes, width: int = 100) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "".join(f'    "{text[start : start + width]}"\n' for start in range(0, len(text), width))


def module_text() -> str:
    """rcc's Python output, rewritten with its data as base64 on short lines.

    rcc writes the data as one bytes literal continued over tens of thousands of
    lines with backslashes, which makes ``pyside6-lupdate`` (reading every .py of
    the package) crash; the bytes registered are the same.
    """
    generated = _rcc_python()
    tables = {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in ast.parse(generated).body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    version = re.search(r"qRegisterResourceData\((0x[0-9a-fA-F]+)", generated)
    if version is None or set(tables) != {"qt_resource_data", "qt_resource_name", "qt_resource_struct"}:
        raise SystemExit("compile_resources: unexpected pyside6-rcc output")
    parts = [
        f"{HASH_PREFIX}{inputs_digest()}",
        '"""Icons and translations of segdesk as Qt resources (``:/icons/...``, ``:/i18n/...``).',
        "",
        "Generated by packaging/compile_resources.py from src/segdesk/resources/segdesk.qrc",
        "with pyside6-rcc: do not edit. Importing it registers the resources.",
        '"""',
        "",
        "from base64 import b64decode",
        "",
        "from PySide6 import QtCore",
        "",
    ]
    for name in ("qt_resource_data", "qt_resource_name", "qt_resource_struct"):
        parts.append(f"{name} = b64decode(\n{_base64_lines(tables[name])})\n")
    args = f"{version.group(1)}, qt_resource_struct, qt_resource_name, qt_resource_data"
    parts += [
        "",
        "def qInitResources():",
        f"    QtCore.qRegisterResourceData({args})",
        "",
        "",
        "def qCleanupResources():",
        f"    QtCore.qUnregisterResourceData({args})",
        "",
        "",
        "qInitResources()",
    ]
    return "\n".join(parts) + "\n"


def compile_module(output: Path = MODULE) -> None:
    output.write_text(module_text(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only tell whether the module is current")
    args = parser.parse_args(argv)
    if args.check:
        current = QRC.is_file() and QRC.read_text(encoding="utf-8") == qrc_text()
        current = current and recorded_digest() == inputs_digest()
        print("resources_rc.py is current" if current else "resources_rc.py is out of date")
        return 0 if current else 1
    make_dark_icons()
    copy_qt_translations()
    QRC.write_text(qrc_text(), encoding="utf-8")
    compile_module()
    print(f"wrote {MODULE.relative_to(ROOT)} ({MODULE.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
