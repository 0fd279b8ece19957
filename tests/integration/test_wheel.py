"""The built wheel carries its resources: it runs from a fresh virtual environment, away from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    (found,) = out.glob("namndklient-*.whl")
    return found


def test_the_wheel_contains_the_resources_and_designer_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "nämndklient/resources/seeds/001_cfd44e3ece793d5a.txt" in names
    assert "nämndklient/resources/fonts/DejaVuSans.ttf" in names
    assert "nämndklient/persistence/migrations/versions/0001_initial.py" in names
    assert any(n.startswith("nämndklient/ui/") and n.endswith(".ui") for n in names)
    assert any(n.startswith("nämndklient/resources/translations/") and n.endswith(".qm") for n in names)


def test_the_wheel_runs_from_a_fresh_virtual_environment(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), str(wheel)], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NAMNDKLIENT_DB")}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    exe = str(venv / "bin" / "nämndklient")
    version = subprocess.run([exe, "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert version.stdout.startswith("nämndklient ")
    listed = subprocess.run(
        [str(venv / "bin" / "namndklient"), "list", "meetings", "--format", "json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )
    assert len(json.loads(listed.stdout)) == 10  # the demo database, built from the wheel's own documents
    assert (tmp_path / "data" / "namndklient" / "namndklient.sqlite").exists()
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import nämndklient.resources as r; print(r.resource_root())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )
    assert str(venv) in where.stdout
