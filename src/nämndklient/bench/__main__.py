"""`make bench`: this project's figures next to a baseline measured in the same run, with ratios.

Each figure is the median of several runs; machines are shared and noisy, so
the ratios are what to compare between runs. Peak memory is measured in a
child process, so one figure's allocations do not hide another's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .views import child_call


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float | None
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


PACK_FROM_DB = """
import datetime, pathlib
from nämndklient.packs.builder import build_pack
from nämndklient.packs.spec import PackOptions
from nämndklient.persistence.database import open_database
from nämndklient.services.packing import pack_meeting
db = open_database({db!r})
with db.session() as s:
    meeting = pack_meeting(s, {key!r})
build_pack(meeting, PackOptions(created=datetime.datetime(2025, 12, 1)), pathlib.Path({out!r}))
db.dispose()
"""


def bench_pack(db: Path, work: Path, repeat: int) -> list[Figure]:
    """The 40-item meeting of the large database, read and packed as the application does, against qpdf
    concatenating the same attachment files."""
    import datetime

    from ..packs.builder import build_pack
    from ..packs.spec import PackOptions
    from ..persistence.database import open_database
    from ..services.packing import pack_meeting
    from .large import PACK_ITEMS, PACK_PAGES, pack_meeting_key

    name = f"Möteshandlingar: {PACK_ITEMS} ärenden, {PACK_PAGES} bilagesidor"
    key, out = pack_meeting_key(), work / "pack.pdf"
    database = open_database(db)

    def ours() -> None:
        with database.session() as s:
            meeting = pack_meeting(s, key)
        build_pack(meeting, PackOptions(created=datetime.datetime(2025, 12, 1)), out)

    ours()  # reportlab's fonts and pikepdf load once per process, as in the application
    ours_t = median_time(ours, repeat)
    with database.session() as s:
        attachments = [a.data for item in pack_meeting(s, key).items for a in item.attachments]
    database.dispose()
    files = []
    for n, data in enumerate(attachments):
        path = work / f"a{n:02d}.pdf"
        path.write_bytes(data)
        files.append(str(path))
    figures = [Figure(name, ours_t, None, note="qpdf saknas")]
    if shutil.which("qpdf"):
        cmd = ["qpdf", "--empty", "--pages", *files, "--", str(work / "qpdf.pdf")]
        base = median_time(lambda: subprocess.run(cmd, check=True), repeat)
        figures[0] = Figure(name, ours_t, base, note="läst ur databasen och byggd; mot qpdf --empty --pages … "
                                                     "(bara sammanfogning av samma bilagor)")
    rss = child_peak_rss(PACK_FROM_DB.format(db=str(db), key=key, out=str(out)))
    base_rss = child_peak_rss("import reportlab.platypus, pikepdf, sqlalchemy.orm")
    figures.append(Figure("Toppminne (RSS) för möteshandlingarna", rss, base_rss, "MB",
                          "mot att bara importera reportlab, pikepdf och SQLAlchemy"))
    return figures


def bench_search(work: Path, repeat: int, entries: int) -> list[Figure]:
    from sqlalchemy import text

    from ..persistence import search_index
    from ..persistence.database import open_database
    from .generate import search_queries, search_texts

    db = open_database(work / "search.sqlite")
    with db.session() as s:
        s.execute(
            text("INSERT INTO search_entry(ref, kind, title, body, year) VALUES (:r, 'item', :t, :b, :y)"),
            [{"r": r, "t": t, "b": b, "y": y} for r, t, b, y in search_texts(3, entries)],
        )
    queries = search_queries()
    ours: list[float] = []
    bare: list[float] = []
    with db.session() as s:
        for _ in range(repeat):
            for q in queries:
                start = time.perf_counter()
                search_index.search(s, q, limit=50)
                ours.append(time.perf_counter() - start)
                match = search_index.fts_query(q)
                start = time.perf_counter()
                s.execute(text("SELECT rowid FROM search_folded WHERE search_folded MATCH :q LIMIT 50"),
                          {"q": match}).all()
                bare.append(time.perf_counter() - start)
    db.dispose()

    def pct(values: list[float], p: float) -> float:
        return statistics.quantiles(values, n=100)[int(p) - 1]

    note = f"{entries} poster, 200 frågor × {repeat}; mot bar FTS5 MATCH"
    return [
        Figure("Sökning p50", pct(ours, 50) * 1000, pct(bare, 50) * 1000, "ms", note),
        Figure("Sökning p95", pct(ours, 95) * 1000, pct(bare, 95) * 1000, "ms", note),
    ]


BARE_WINDOW = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(time.perf_counter() - t0)
"""


def bench_start(db: Path, label: str, repeat: int) -> list[Figure]:
    """Cold start to first painted main window, against a bare QMainWindow started the same way."""
    # Fresh settings: the start view, not whatever section the person running the bench left open.
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="namndklient-bench-config-")}
    bare = statistics.median(float(_run_child(BARE_WINDOW, env)) for _ in range(repeat))
    probe = (
        "import time;t0=time.perf_counter();from nämndklient.app import measure_first_paint;"
        f"print(measure_first_paint({str(db)!r}, t0))"
    )
    runs = [tuple(map(float, _run_child(probe, env).split()[-3:])) for _ in range(repeat)]
    paint, filled, ready = (statistics.median(r[n] for r in runs) for n in range(3))
    note = "mot ett tomt PySide6 QMainWindow"
    return [
        Figure(f"Kallstart till första ritade fönster ({label})", paint, bare, note=note),
        Figure(f"Kallstart till ifylld startvy ({label})", filled, bare, note=note),
        Figure(f"Kallstart till alla avsnitt klara ({label})", ready, bare,
               note="databaslagret laddat; " + note),
        Figure(f"Toppminne (RSS) vid start ({label})", child_peak_rss(probe), child_peak_rss(BARE_WINDOW), "MB",
               note),
    ]


BARE_TABLE = """
import time
from nämndklient.runtime.immortal import make_singletons_immortal
make_singletons_immortal()  # without it PySide6 6.12 on Python 3.11 aborts within these few thousand calls
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication([])
times = []
for _ in range(REPEAT):
    start = time.perf_counter()
    table = QTableWidget(100, 12)
    for r in range(100):
        for c in range(12):
            table.setItem(r, c, QTableWidgetItem(f"{r},{c}: 1 754,2"))
    table.resize(1280, 800)
    table.grab()
    times.append(time.perf_counter() - start)
print(sorted(times)[len(times) // 2])
"""


def bench_kpis(repeat: int) -> list[Figure]:
    """The KPI overview of 100 KPIs x 10 years (women, men, total), against a bare table of the same size."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    ours_code = (
        "import statistics;from nämndklient.gui.kpis.benchmark import render_kpi_overview_benchmark;"
        f"print(statistics.median(render_kpi_overview_benchmark(100, 10) for _ in range({repeat})))"
    )
    ours = float(_run_child(ours_code, env).split()[-1])
    bare = float(_run_child(BARE_TABLE.replace("REPEAT", str(repeat)), env).split()[-1])
    return [Figure("Nyckeltalsöversikt: 100 nyckeltal × 10 år", ours, bare,
                   note="fråga, modell och ritning; mot en tom QTableWidget 100 × 12")]


def bench_views(db: Path, repeat: int) -> list[Figure]:
    """Opening the 40-item meeting and the item with a 30-page attachment, in the large database."""
    import sqlite3

    from .large import LONG_ATTACHMENT_PAGES, PACK_ITEMS, pack_meeting_key

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    meeting = pack_meeting_key()
    with sqlite3.connect(db) as con:
        item = con.execute('SELECT a.key FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.key = ? '
                           'ORDER BY a."order" LIMIT 1', (meeting,)).fetchone()[0]
    ours_m, bare_m = map(float, _run_child(child_call(f"meeting_open({str(db)!r}, {meeting!r}, {repeat})"),
                                           env).split()[-2:])
    ours_i, bare_i = map(float, _run_child(child_call(f"item_open({str(db)!r}, {item!r}, {repeat})"),
                                           env).split()[-2:])
    return [
        Figure(f"Öppna ett sammanträde med {PACK_ITEMS} ärenden", ours_m, bare_m,
               note="mötesvyn ifylld och ritad; mot bar SELECT av samma rader in i en QTableWidget, ritad"),
        Figure(f"Öppna ett ärende med en bilaga på {LONG_ATTACHMENT_PAGES} sidor", ours_i, bare_i,
               note="tills PDF-visaren ritat första sidan; mot bar QPdfDocument.load + render av samma bytes"),
    ]


def bench_import(repeat: int) -> list[Figure]:
    """One body's year through the writer every importer uses, against a bare executemany."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = _run_child(child_call(f"import_year({repeat})"), env)
    ours, bare, items = out.split()[-3:]
    n = int(items)
    return [Figure(f"Import, ett organs år ({n} ärenden à 3 bilagor)", float(ours), float(bare),
                   note=f"{n / float(ours):.0f} ärenden/s mot {n / float(bare):.0f} ärenden/s för en bar "
                        "executemany av samma rader och bytes; ett organs år, en transaktion")]


def bench_kallelse(work: Path, repeat: int) -> list[Figure]:
    """A 400-page kallelse PDF imported into an empty database, against pdftotext reading the same file."""
    from .kallelse import kallelse_pdf

    pdf = kallelse_pdf(Path("bench-out"))
    pdftotext = shutil.which("pdftotext")
    if pdf is None or pdftotext is None:
        print("Hoppar över kallelsen: LibreOffice och pdftotext behövs (make bench installerar dem).",
              file=sys.stderr)
        return []
    from pypdf import PdfReader

    from ..persistence.database import open_database
    from ..services.importing import import_paths

    pages = len(PdfReader(pdf).pages)
    runs = 0

    def ours() -> None:
        nonlocal runs
        runs += 1
        db = open_database(work / f"kallelse-{runs}.sqlite")
        import_paths(db, [pdf])
        db.dispose()

    def baseline() -> None:
        subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True)

    ours_s, base_s = median_time(ours, repeat), median_time(baseline, repeat)
    return [Figure(f"Import av en kallelse-PDF ({pages} sidor)", ours_s, base_s,
                   note=f"{pages / ours_s:.0f} sidor/s mot {pages / base_s:.0f} sidor/s för pdftotext -layout; "
                        "ord med lägen, tabeller, möte, ärenden, bilagor per ärende och sidindex")]


def demo_database(work: Path) -> Path:
    from ..persistence.database import open_database
    from ..services.importing import import_seed_documents

    path = work / "demo.sqlite"
    db = open_database(path)
    import_seed_documents(db)
    db.dispose()
    return path


def _run_child(code: str, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


PEAK_RSS = """
import sys
for line in open('/proc/self/status'):
    if line.startswith('VmHWM:'):
        print(int(line.split()[1]), file=sys.stderr)
"""


def child_peak_rss(code: str) -> float:
    """Peak resident memory (MB) of a fresh interpreter running `code`.

    VmHWM belongs to the address space, which exec replaces; ru_maxrss would not do:
    Linux carries it over from the parent, so every child would seem as large as the bench.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run([sys.executable, "-c", code + "\n" + PEAK_RSS], env=env, capture_output=True,
                          text=True, check=True)
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def large_database(years: int) -> Path:
    """The large database, generated once per size, seed, generator version and schema, kept in bench-out/."""
    from ..persistence.migrations import HEAD
    from .large import GENERATOR_VERSION, build_large_database

    path = Path("bench-out") / f"large-{years}y-seed10-v{GENERATOR_VERSION}-{HEAD}.sqlite"
    if not path.exists():
        print(f"Bygger en databas med {years} års material (en gång; sparas i {path})…", file=sys.stderr)
        path.parent.mkdir(exist_ok=True)
        for stale in path.parent.glob(f"large-{years}y-*.sqlite*"):
            stale.unlink()  # an older generator's or schema's: the figures must come from this one
        tmp = path.with_suffix(".building")
        start = time.perf_counter()
        build_large_database(tmp, years=years)
        tmp.replace(path)
        print(f"…klar på {time.perf_counter() - start:.0f} s, {path.stat().st_size / 2**20:.0f} MB.", file=sys.stderr)
    return path


def print_table(figures: list[Figure]) -> None:
    print(f"{'Mått':<52} {'Nämndklient':>12} {'Jämförelse':>12} {'Kvot':>7}  Anmärkning")
    for f in figures:
        base = f"{f.baseline:.3f} {f.unit}" if f.baseline is not None else "–"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "–"
        print(f"{f.name:<52} {f.ours:>9.3f} {f.unit:<2} {base:>12} {ratio:>7}  {f.note}")


CHOICES = ("start", "views", "pack", "import", "kallelse", "search", "kpis")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--search-entries", type=int, default=40_000)
    parser.add_argument("--large-years", type=int, default=10, help="år i den stora databasen (sparas i bench-out/)")
    parser.add_argument("--json", type=Path, help="skriv också siffrorna som JSON")
    parser.add_argument("--only", choices=CHOICES, action="append", help="bara dessa mått (kan upprepas)")
    parser.add_argument("--quick", action="store_true",
                        help="snabb kontroll: --repeat 1, 4 000 sökposter, 2 års material; siffrorna är grova")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat, args.search_entries, args.large_years = 1, 4_000, 2
    chosen = set(args.only or CHOICES)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="namndklient-bench-") as tmp:
        work = Path(tmp)
        if "start" in chosen:
            figures += bench_start(demo_database(work), "demodatabasen", args.repeat)
            figures += bench_start(large_database(args.large_years), f"{args.large_years} års material", args.repeat)
        if "views" in chosen:
            figures += bench_views(large_database(args.large_years), args.repeat)
        if "import" in chosen:
            figures += bench_import(max(1, args.repeat // 2))
        if "kallelse" in chosen:
            figures += bench_kallelse(work, max(1, args.repeat // 2))
        if "pack" in chosen:
            figures += bench_pack(large_database(args.large_years), work, args.repeat)
        if "kpis" in chosen:
            figures += bench_kpis(args.repeat)
        if "search" in chosen:
            figures += bench_search(work, max(1, args.repeat // 2), args.search_entries)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps([f.__dict__ | {"ratio": f.ratio} for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
