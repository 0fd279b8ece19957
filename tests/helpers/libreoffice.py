"""LibreOffice Calc headless (`soffice --convert-to`): a member's spreadsheet program, saving a file as it would."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

# Filter options for CSV: separator, text quote (34 = "), charset (76 = UTF-8), first line 1; for export the
# 12th token -1 writes every sheet to its own file, name-Sheet.csv (LibreOffice 7.2 and later).
CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
CSV_IN_SEMICOLON = "CSV:59,34,76,1"


def soffice() -> str:
    path = shutil.which("soffice")
    if path is None:
        pytest.fail("soffice saknas: kör packaging/linux/install-system-deps.sh test (libreoffice-calc-nogui)")
    return path


def convert(source: Path, target: str, outdir: Path, profile: Path, *, infilter: str | None = None) -> Path:
    """Open `source` in LibreOffice Calc and save it as `target` ('xlsx', 'ods' or CSV_OUT) in `outdir`."""
    outdir.mkdir(parents=True, exist_ok=True)
    args = [soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to", target, "--outdir", str(outdir)]
    if infilter:
        args.append(f"--infilter={infilter}")
    done = subprocess.run([*args, str(source)], capture_output=True, text=True, timeout=180, check=False)
    suffix = target.split(":", 1)[0]
    produced = sorted(outdir.glob(f"{source.stem}*.{suffix}"))
    if done.returncode != 0 or not produced:
        pytest.fail(f"LibreOffice kunde inte spara {source.name} som {suffix}: {done.stdout} {done.stderr}")
    return produced[0]


def sheets_as_csv(source: Path, outdir: Path, profile: Path) -> dict[str, list[list[str]]]:
    """Every sheet of `source` as LibreOffice shows it (cell texts), by sheet name."""
    convert(source, CSV_OUT, outdir, profile)
    out = {}
    for path in sorted(outdir.glob(f"{source.stem}-*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            out[path.stem.removeprefix(f"{source.stem}-")] = list(csv.reader(f))
    return out
