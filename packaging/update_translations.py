"""Refresh the translation sources and compile them into the package.

    python packaging/update_translations.py            # lupdate, then lrelease
    python packaging/update_translations.py --release  # lrelease only (packaging)

``pyside6-lupdate`` reads every ``.py`` under ``src/segdesk`` and merges new and
changed source text into ``translations/segdesk_<lang>.ts`` (no source
locations, so the files only change when the text does; obsolete entries are
dropped). ``pyside6-lrelease`` compiles them to
``src/segdesk/resources/i18n/segdesk_<lang>.qm``, which
``packaging/compile_resources.py`` then embeds in ``segdesk/ui/resources_rc.py``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "segdesk"
TS_DIR = ROOT / "translations"
QM_DIR = SOURCES / "resources" / "i18n"
LANGUAGES = ("en", "it", "fr", "pl", "de", "es")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (it comes with PySide6)")
    return found


def ts_files() -> list[Path]:
    return [TS_DIR / f"segdesk_{lang}.ts" for lang in LANGUAGES]


def python_sources() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in python_sources()]
    for ts in ts_files():
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                ts.stem.split("_", 1)[1],
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        qm = QM_DIR / f"{ts.stem}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release()
    # The .qm files are embedded in the Qt resource module: compile it again with them.
    subprocess.run([sys.executable, str(ROOT / "packaging" / "compile_resources.py")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
