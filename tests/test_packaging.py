"""Packaging: the build script's pieces, the installer recipes, and (slow) a real PyInstaller build."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _build_module() -> ModuleType:
    # packaging/ is not a package (and "packaging" is a PyPI name): load the script by path.
    spec = importlib.util.spec_from_file_location("segdesk_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_spec_and_the_build_script_are_valid_python() -> None:
    compile((PACKAGING / "segdesk.spec").read_text(encoding="utf-8"), "segdesk.spec", "exec")
    compile((PACKAGING / "build.py").read_text(encoding="utf-8"), "build.py", "exec")


def test_the_icons_are_drawn_from_the_svg(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # qapp: Qt draws the SVG in this test run's QApplication (a second kind of application cannot start).
    pytest.importorskip("PIL")
    from PIL import Image

    build = _build_module()
    monkeypatch.setattr(build, "ICONS", tmp_path)
    ico, icns = build.make_icons()
    with Image.open(ico) as image:
        assert (256, 256) in image.info["sizes"] and (16, 16) in image.info["sizes"]
    with Image.open(icns) as image:
        assert image.size[0] >= 512
        assert image.getextrema()[3][1] == 255  # the icon is drawn (not all transparent)


def test_the_windows_version_resource_carries_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = _build_module()
    monkeypatch.setattr(build, "BUILD", tmp_path)
    text = build.write_windows_version("1.2.3").read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text


def test_the_installer_offers_the_six_languages_and_reads_the_version_from_the_build() -> None:
    iss = (PACKAGING / "windows" / "segdesk.iss").read_text(encoding="utf-8")
    inno = {"en": "Default", "it": "Italian", "fr": "French", "pl": "Polish", "de": "German", "es": "Spanish"}
    for code, name in inno.items():
        assert re.search(rf'Name: "{code}"; MessagesFile: "compiler:(Languages\\)?{name}\.isl"', iss), code
    assert "PrivilegesRequired=lowest" in iss
    assert "GetVersionNumbersString" in iss or "GetStringFileInfo" in iss


def test_the_mac_bundle_declares_the_languages_segdesk_is_translated_into() -> None:
    from segdesk.ui.translation import LANGUAGES

    spec = (PACKAGING / "segdesk.spec").read_text(encoding="utf-8")
    assigned = [
        ast.literal_eval(node.value)
        for node in ast.parse(spec).body
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["LANGUAGES"]
    ]
    assert assigned == [LANGUAGES]
    assert '"CFBundleLocalizations": list(LANGUAGES)' in spec


@pytest.mark.slow
def test_the_built_program_passes_its_smoke_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--no-compile", "--dist", str(tmp_path / "dist")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    assert "smoke test: passed all" in result.stdout and "(frozen build)" in result.stdout
    assert re.search(r"build: .*segdesk: [\d.]+ MiB in \d+ files", result.stdout)
