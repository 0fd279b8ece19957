"""Packaging files stay valid and in step with the package: desktop entry, AppStream, installer, About data.

The bundle build itself (PyInstaller, about a minute and ~600 MB with its work files,
removed afterwards) runs with every `make test`, so CI proves the bundle works.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib.metadata import version as dist_version
from pathlib import Path

import pytest

from nämndklient import about

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "se.regionjh.Namndklient"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "namndklient.iss"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_has_the_keys_a_launcher_needs() -> None:
    entry = desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Comment", "Comment[sv]"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID  # the icon theme name the PNGs are installed under
    assert entry["Exec"].split()[0] == "namndklient"  # the bundle's program
    assert entry["StartupWMClass"] == "namndklient"  # X11: the WM_CLASS instance Qt takes from argv[0]
    app_py = (ROOT / "src" / "nämndklient" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_py  # Wayland: the app id names this .desktop file


# The setup step installs both validators; only a developer machine without them may skip.
VALIDATORS_REQUIRED = bool(os.environ.get("CI"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None and not VALIDATORS_REQUIRED,
                    reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_is_well_formed_and_bilingual() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") and root.findtext("project_license") == "EUPL-1.2"
    assert root.find("launchable[@type='desktop-id']").text == DESKTOP.name  # type: ignore[union-attr]
    summaries = {s.get(XML_LANG) for s in root.findall("summary")}
    assert {None, "sv"} <= summaries
    paragraphs = root.findall("description/p")
    assert any(p.get(XML_LANG) is None for p in paragraphs)
    assert any(p.get(XML_LANG) == "sv" for p in paragraphs)
    # No placeholder screenshots: either none, or real addresses.
    for url in root.iter("image"):
        assert "example" not in (url.text or "") and "placeholder" not in (url.text or "")


def test_the_metainfo_release_is_the_package_version() -> None:
    """AppStream has its own version list; it must name the version being shipped."""
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == dist_version("namndklient")


@pytest.mark.skipif(shutil.which("appstreamcli") is None and not VALIDATORS_REQUIRED, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_icon_size_is_rendered() -> None:
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", png
        assert int.from_bytes(data[16:20], "big") == size == int.from_bytes(data[20:24], "big"), png
    ET.parse(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")


def test_every_platform_icon_comes_from_the_one_source_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    """The window icon, the icon theme, Windows and macOS show the same picture."""
    source = ROOT / "resources" / "icons" / "namndklient.svg"
    scalable = PACKAGING / "linux" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run packaging/linux/render-icons.py"

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    drawn = QImage(48, 48, QImage.Format.Format_ARGB32)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    committed = QImage(str(PACKAGING / "linux" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"))
    assert committed.convertToFormat(QImage.Format.Format_ARGB32) == drawn, "run packaging/linux/render-icons.py"


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def test_the_installer_script_has_the_required_directives() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a script as UTF-8 only with a BOM (å, ä, ö)"
    text = iss_text()
    setup = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    directives = dict(
        (line.split("=", 1)[0].strip(), line.split("=", 1)[1].strip())
        for line in setup.splitlines() if "=" in line and not line.lstrip().startswith(";")
    )
    assert directives["PrivilegesRequired"] == "admin"  # per machine by default
    assert directives["PrivilegesRequiredOverridesAllowed"] == "dialog commandline"  # per user without admin
    assert directives["VersionInfoVersion"] == "{#AppVersionNumeric}"
    assert directives["AppVersion"] == "{#AppVersion}"
    assert directives["AppId"].startswith("{{")
    assert "#error" in text.split("[Setup]")[0]  # no silent build without a version
    assert "/VERYSILENT" in text and "/SUPPRESSMSGBOXES" in text  # silent install documented
    code = text.split("[Code]", 1)[1]
    assert "/PURGE" in code and "UninstallSilent" in code  # data kept unless asked
    assert re.search(r"DelTree\(ExpandConstant\('\{localappdata\}\\namndklient'\)", code)
    assert "{localappdata}" not in text.split("[Code]")[0].split("[UninstallDelete]", 1)[1]


def test_the_installer_data_folder_is_where_the_application_keeps_its_data() -> None:
    """The uninstaller's purge path must follow runtime.paths (platformdirs' app name)."""
    from nämndklient.runtime.paths import APP

    assert f"{{localappdata}}\\{APP}'" in iss_text()


def test_about_version_is_the_package_metadata() -> None:
    assert about.version() == dist_version("namndklient")


def test_about_lists_the_key_components_with_licences() -> None:
    components = about.components()

    def named(prefix: str) -> about.Component:
        (found,) = [c for c in components if c.name.lower() == prefix or c.name.lower().startswith(prefix + " ")]
        return found

    for prefix in ("python", "qt for python", "qt pdf", "sqlalchemy", "alembic", "pyqtgraph", "reportlab", "pypdf",
                   "platformdirs", "icalendar", "openpyxl", "numpy", "dejavu-typsnitt"):
        assert named(prefix).version, prefix
    for component in components:
        assert component.licence.strip(), component
        assert component.url.startswith(("https://", "http://")), component
    assert named("qt for python").version == dist_version("pyside6-essentials")
    assert "LGPL-3.0" in named("qt for python").licence
    assert "LGPL-3.0" in named("qt pdf").licence
    assert named("sqlalchemy").licence == "MIT"


def test_about_covers_every_installed_runtime_dependency() -> None:
    """The bundle ships these dist-infos; a dependency added later still gets its licence shown."""
    listed = {c.name.lower().replace("_", "-") for c in about.components()}
    names = {
        "pyside6-essentials": "qt for", "pyside6-pdf": "qt pdf", "sqlalchemy": "sqlalchemy", "numpy": "numpy",
    }
    dists = about.runtime_distributions()
    assert dists[0] == "namndklient"
    for dist, prefix in names.items():
        assert dist in dists
        assert any(name.startswith(prefix) for name in listed), dist
    assert "pytest" not in dists and "ruff" not in dists  # test extras are not shipped


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    """The one-folder bundle, built and run as a member's machine would (about a minute, ~600 MB while it runs)."""
    out = tmp_path / "bundle"
    try:
        result = subprocess.run(
            ["bash", str(PACKAGING / "build-bundle.sh"), "--out", str(out), "--no-archive"],
            cwd=ROOT, capture_output=True, text=True, timeout=1800,
        )
        report = out / "smoke-report.txt"
        figures = dict(line.split("=", 1) for line in report.read_text().splitlines()) if report.exists() else {}
        print(result.stdout[-3000:])  # the figures, shown with `pytest -s` or on failure
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert figures["smoke_failures"] == "0"
        assert figures["version"] == dist_version("namndklient")
        for check in ("--version:", "list meetings: 10", "screenshot start: PNG", "qpdf --check utan fel",
                      "ur krypterad databas"):
            assert check in result.stdout, check
    finally:
        shutil.rmtree(out, ignore_errors=True)  # pytest keeps old temp folders; this one is large
