"""Build segdesk as a one-folder program and check that it starts.

    python packaging/build.py               # compile, icons, PyInstaller, smoke test
    python packaging/build.py --no-compile  # build the translations/resources already in the tree
    python packaging/build.py --no-smoke    # build only (e.g. when cross-checking a failed smoke run)

Steps:

1. Unless ``--no-compile``: ``.ts`` → ``.qm`` (``update_translations.py --release``) and
   the Qt resource module (``compile_resources.py``, when present), each only when
   PySide6's tools are installed.
2. Icons: ``resources/icons/segdesk.svg`` drawn by Qt at 16-1024 px and written by
   Pillow as ``build/icons/segdesk.ico`` (Windows) and ``segdesk.icns`` (macOS);
   the Windows file properties (version) as ``build/windows-version.txt``.
3. PyInstaller with ``packaging/segdesk.spec`` into ``dist/segdesk/`` (and
   ``dist/segdesk.app`` on macOS).
4. The built program run with ``--smoke-test`` (offscreen, on a throwaway ``--db``,
   from the file system's root so nothing can come from the working directory).
5. The folder's size and file count.

Exit code 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "segdesk.spec"
SVG = ROOT / "src" / "segdesk" / "resources" / "icons" / "segdesk.svg"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
SMOKE_TIMEOUT = 600  # seconds: a first start on a cold disk (or an endlessly forking build) ends here
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


class BuildFailed(Exception):
    pass


def _say(message: str) -> None:
    print(f"build: {message}", flush=True)


def _version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from segdesk import __version__

    return __version__


def _has_tool(name: str) -> bool:
    return bool(shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent)))


def compile_sources() -> None:
    """Translations, then the resource module that embeds them (it reads the .qm files)."""
    if _has_tool("pyside6-lrelease"):
        subprocess.run([sys.executable, str(PACKAGING / "update_translations.py"), "--release"], check=True)
        _say("translations compiled")
    else:
        _say("pyside6-lrelease not found: the .qm files in the tree are used as they are")
    script = PACKAGING / "compile_resources.py"
    if script.is_file() and _has_tool("pyside6-rcc"):
        subprocess.run([sys.executable, str(script)], check=True)
        _say("resource module compiled")
    elif script.is_file():
        _say("pyside6-rcc not found: the resource module in the tree is used as it is")


def make_icons() -> list[Path]:
    """segdesk.ico and segdesk.icns from the SVG, drawn by Qt and written by Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if not SVG.is_file():
        raise BuildFailed(f"{SVG} is missing")
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise BuildFailed(f"Qt cannot read {SVG}")
    images: list[Image.Image] = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        png = ICONS / f"segdesk-{size}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(bytes(data.data()))
        images.append(Image.open(png).convert("RGBA"))
    largest = images[-1]
    ico = ICONS / "segdesk.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICON_SIZES if s <= 256])
    icns = ICONS / "segdesk.icns"
    largest.save(icns, format="ICNS", append_images=images[:-1])
    return [ico, icns]


def write_windows_version(version: str) -> Path:
    """The version resource of the .exe files (Explorer's Details tab; the installer reads it)."""
    parts = [int(p) for p in version.split(".")[:4] if p.isdigit()]
    numbers = tuple(parts + [0] * (4 - len(parts)))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'segdesk'),
      StringStruct('FileDescription', 'segdesk contact manager'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'segdesk'),
      StringStruct('OriginalFilename', 'segdesk.exe'),
      StringStruct('ProductName', 'segdesk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path = BUILD / "windows-version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_pyinstaller(dist: Path) -> float:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.monotonic() - started


def program(dist: Path) -> Path:
    """The executable that prints: segdesk-cli.exe on Windows (segdesk.exe is windowed)."""
    name = "segdesk-cli.exe" if WINDOWS else "segdesk"
    return dist / "segdesk" / name


def smoke_test(executable: Path) -> tuple[float, str]:
    """Run ``executable --smoke-test`` from the root folder on a new database; its time and output."""
    if not executable.is_file():
        raise BuildFailed(f"{executable} was not built")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SEGDESK_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="segdesk-build-", ignore_cleanup_errors=True) as temp:
        db = Path(temp) / "smoke.sqlite3"
        env["HOME"] = temp  # the program's settings and data folders: not the builder's
        env["XDG_CONFIG_HOME"] = str(Path(temp) / "config")
        env["XDG_DATA_HOME"] = str(Path(temp) / "data")
        started = time.monotonic()
        try:
            result = subprocess.run(
                [str(executable), "--smoke-test", "--db", str(db)],
                cwd=Path(temp).anchor or "/",  # the file system's root: nothing to find there
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=SMOKE_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildFailed(f"the smoke test did not end within {SMOKE_TIMEOUT} s") from exc
        seconds = time.monotonic() - started
        output = result.stdout + result.stderr
        if result.returncode != 0:
            raise BuildFailed(f"the smoke test failed (exit code {result.returncode}):\n{output}")
        if "smoke test: passed" not in result.stdout:
            raise BuildFailed(f"the smoke test printed no verdict:\n{output}")
        if not db.is_file():
            raise BuildFailed("the smoke test did not create the database given with --db")
    return seconds, result.stdout


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (symbolic links counted as files, not followed)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            files += 1
            total += path.lstat().st_size
    return total, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--no-compile", action="store_true", help="use the .qm and resource module as they are"
    )
    parser.add_argument("--no-smoke", action="store_true", help="do not run the built program")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    started = time.monotonic()
    try:
        version = _version()
        _say(f"segdesk {version} on {sys.platform}, Python {sys.version.split()[0]}")
        if not args.no_compile:
            compile_sources()
        icons = make_icons()
        _say("icons: " + ", ".join(str(p.relative_to(ROOT)) for p in icons))
        write_windows_version(version)
        seconds = run_pyinstaller(dist)
        _say(f"PyInstaller: {seconds:.0f} s")
        folder = dist / "segdesk"
        if not args.no_smoke:
            smoke_seconds, output = smoke_test(program(dist))
            for line in output.splitlines():
                print(f"  {line}")
            _say(
                f"smoke test passed in {smoke_seconds:.1f} s (run from {Path(tempfile.gettempdir()).anchor})"
            )
        size, files = folder_size(folder)
        _say(f"{folder}: {size / 2**20:.1f} MiB in {files} files")
        if MACOS:
            app_size, app_files = folder_size(dist / "segdesk.app")
            _say(f"{dist / 'segdesk.app'}: {app_size / 2**20:.1f} MiB in {app_files} files")
    except (BuildFailed, subprocess.CalledProcessError) as exc:
        _say(f"FAILED: {exc}")
        return 1
    _say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
