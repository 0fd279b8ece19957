"""Every class of bad input through the command line: exit 2, one sentence, nothing changed (#15).

Each case runs `main()` as the command line does and asserts: exit code 2; exactly
one line on stderr, starting "nämndklient: " and naming the file, field or line;
no traceback, no SQL, no "[parameters", no Python exception class; the database
(with its -wal and -shm) byte for byte as it was, or, when it did not exist,
still not there. The bounded ones are refused in well under 10 s.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from tests.conftest import SEEDS
from tests.helpers.files import db_digest, digest_tree

PLAN = SEEDS / "001_cfd44e3ece793d5a.txt"
PYTHON_WORDS = re.compile(r"Traceback|\bSQL\b|\[parameters|sqlite3\.|sqlalchemy|\w+(Error|Exception)\b|"
                          r"Errno|line \d+, in|File \"")

Case = Callable[[Path], tuple[list[str], str]]  # folder -> (arguments after --db, text the message must name)


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def plan_lines() -> list[str]:
    return PLAN.read_text(encoding="utf-8").split("\n")


def truncated_plan(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "avkortad.txt", PLAN.read_bytes()[:3678]))], "avkortad.txt"


def plan_cut_in_calendar(d: Path) -> tuple[list[str], str]:
    """Between the two rows of the last meeting: it lacks what every other meeting has."""
    lines = plan_lines()
    return ["import", str(write(d / "plan.txt", "\n".join(lines[:-1])))], "plan.txt"


def plan_cut_between_meetings(d: Path) -> tuple[list[str], str]:
    """Exactly before the last meeting: only the version already imported can tell (not in an empty database)."""
    lines = plan_lines()
    return ["import", str(write(d / "plan.txt", "\n".join(lines[:-3])))], "plan.txt"


def pdf_as_document(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "bilaga.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8))], "bilaga.pdf"


def picture(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))], "bild.txt"


def empty_file(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "tom.txt", b""))], "tom.txt"


def a_folder(d: Path) -> tuple[list[str], str]:
    (d / "mapp.txt").mkdir()
    return ["import", str(d / "mapp.txt")], "mapp.txt"


def a_device(d: Path) -> tuple[list[str], str]:
    return ["import", "/dev/null"], "/dev/null"


def carriage_returns_and_quotes(d: Path) -> tuple[list[str], str]:
    """What made the CSV sniffer say "new-line character seen in unquoted field"."""
    return ["import", str(write(d / "konstig.txt", 'Tabell;"Område\r;x\r' * 50))], "konstig.txt"


def csv_field_limit(d: Path) -> tuple[list[str], str]:
    """"field larger than field limit": one quoted field of 200 000 characters."""
    return ["import", str(write(d / "lång.csv", 'Nyckeltal;"' + "x" * 200_000 + '"\n'))], "lång.csv"


def long_line(d: Path) -> tuple[list[str], str]:
    lines = plan_lines()
    return ["import", str(write(d / "lång.txt", "\n".join([*lines[:60], "x" * 300_000, *lines[60:]])))], "rad 61"


def not_utf8(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "latin1.txt", "# Plan och budget 2024\n\nRegionstyrelsen\n\nMålområde".encode("latin-1")))], "latin1.txt"


def too_large(d: Path) -> tuple[list[str], str]:
    path = d / "stor.txt"
    with path.open("wb") as fh:  # a text head, then a hole: 200 MB on the file system, nothing on disk
        fh.write(PLAN.read_bytes()[:4000])
        fh.truncate(200 * 1024 * 1024)
    return ["import", str(path)], "stor.txt"


def many_rows(d: Path) -> tuple[list[str], str]:
    lines = plan_lines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Fastighetsenheten\tUPS\t"))
    return ["import", str(write(d / "rader.txt", "\n".join(lines[:at] + [lines[at]] * 7000 + lines[at + 1:])))], "rader.txt"


def many_meetings(d: Path) -> tuple[list[str], str]:
    lines = plan_lines()
    at = next(i for i, line in enumerate(lines) if line.startswith("## Sammanträdesplanering"))
    body = lines[at + 2:at + 5] * 500  # the same date again and again
    return ["import", str(write(d / "möten.txt", "\n".join(lines[:at + 2] + body)))], "möten.txt"


def amount_too_large(d: Path) -> tuple[list[str], str]:
    line = "Fastighetsenheten\tTillgänglighetsanpassningar\tReinvestering\t200"
    text = PLAN.read_text(encoding="utf-8").replace(line, line[:-3] + "1" + "0" * 30)
    return ["import", str(write(d / "belopp.txt", text))], "belopp.txt"


def deep_json(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "kolada.json", '{"values": ' + "[" * 100_000 + "]" * 100_000 + "}"))], "kolada.json"


def deep_oparl(d: Path) -> tuple[list[str], str]:
    text = '{"type": "https://schema.oparl.org/1.1/Meeting", "x": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}"
    return ["import", str(write(d / "oparl.json", text))], "oparl.json"


def unknown_json(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "annat.json", json.dumps({"hej": [1, 2, 3]})))], "annat.json"


def docx(d: Path) -> tuple[list[str], str]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return ["import", str(write(d / "plan.docx", buf.getvalue()))], "plan.docx"


def named_zip_but_text(d: Path) -> tuple[list[str], str]:
    return ["import", str(write(d / "paket.zip", b"{\"meeting\": 1}"))], "paket.zip"


def meeting_in_year_9999(d: Path) -> tuple[list[str], str]:
    source = (Path(__file__).parents[1] / "data" / "oparl" / "Meeting-01.json").read_text(encoding="utf-8")
    text = re.sub(r'"(start|end)": "\d{4}-\d\d-\d\d', r'"\1": "9999-12-31', source)
    return ["import", str(write(d / "möte.json", text))], "möte.json"


def pack_into_missing_folder(d: Path) -> tuple[list[str], str]:
    return ["pack", "RS:2024-01-26", "-o", str(d / "finns-inte" / "pack.pdf")], "finns-inte"


def export_into_missing_folder(d: Path) -> tuple[list[str], str]:
    return ["export-ics", "-o", str(d / "finns-inte" / "k.ics")], "finns-inte"


def search_too_long(d: Path) -> tuple[list[str], str]:
    return ["search", "sjukvård " * 1200], "Sökfrågan"


def search_too_many_words(d: Path) -> tuple[list[str], str]:
    return ["search", " ".join(f"o{i}" for i in range(40))], "40 ord"


def unknown_command(d: Path) -> tuple[list[str], str]:
    return ["lsit", "items"], "lsit"


def unknown_meeting(d: Path) -> tuple[list[str], str]:
    return ["pack", "RS:2031-01-01", "-o", str(d / "p.pdf")], "2031"


CASES: dict[str, Case] = {f.__name__: f for f in (
    truncated_plan, plan_cut_in_calendar, plan_cut_between_meetings, pdf_as_document, picture, empty_file, a_folder, a_device,
    carriage_returns_and_quotes, csv_field_limit, long_line, not_utf8, too_large, many_rows, many_meetings,
    amount_too_large, deep_json, deep_oparl, unknown_json, docx, named_zip_but_text, meeting_in_year_9999,
    pack_into_missing_folder, export_into_missing_folder, search_too_long, search_too_many_words,
    unknown_command, unknown_meeting,
)}


def run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's usage errors leave through SystemExit, as from the shell
        return int(exc.code or 0)


def assert_one_clean_sentence(code: int, err: str, names: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("nämndklient"), err
    assert names in err, err
    assert not PYTHON_WORDS.search(err), err


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_over_a_database_exits_2_with_one_sentence_and_changes_nothing(
    case: str, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, names = CASES[case](tmp_path)
    capsys.readouterr()
    before, files = db_digest(demo_db_path), digest_tree(demo_db_path)
    started = time.monotonic()
    code = run(["--db", str(demo_db_path), *argv])
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert_one_clean_sentence(code, err, names)
    assert elapsed < 10, f"{case} took {elapsed:.1f} s"
    assert digest_tree(demo_db_path) == files
    assert db_digest(demo_db_path) == before


@pytest.mark.parametrize("case", [c for c in CASES if c not in ("unknown_meeting", "plan_cut_between_meetings")])
def test_bad_input_aimed_at_no_database_creates_none(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, names = CASES[case](tmp_path)
    target = tmp_path / "ingen" / "ny.sqlite"
    target.parent.mkdir()
    code = run(["--db", str(target), *argv])
    assert_one_clean_sentence(code, capsys.readouterr().err, names)
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("db", ["/dev/null", "mysql://nämnd@server/nämnd", "{folder}"])
def test_a_database_that_cannot_be_ours_is_refused_in_one_sentence(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db.format(folder=tmp_path)
    code = main(["--db", target, "list", "meetings"])
    assert_one_clean_sentence(code, capsys.readouterr().err, target.split("@")[0].split("://")[0])
    assert list(tmp_path.iterdir()) == []


def test_a_killed_packs_leftover_is_removed_when_the_next_pack_starts(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / ".pack.pdf.k1ll3d.part"
    stale.write_bytes(b"")  # what a SIGKILL during a pack leaves
    other = tmp_path / ".annan.pdf.x.part"
    other.write_bytes(b"")  # another file's: not ours to judge
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(tmp_path / "pack.pdf")]) == 0
    assert not stale.exists() and other.exists()
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")


def test_a_temporary_file_still_being_written_is_left_alone(tmp_path: Path) -> None:
    import os

    from nämndklient.runtime.leftovers import hold, remove_stale

    busy = tmp_path / ".pack.pdf.busy.part"
    fd = os.open(busy, os.O_CREAT | os.O_RDWR)
    try:
        hold(fd)  # as a pack in another process does while it writes
        assert remove_stale(tmp_path, "pack.pdf") == []
        assert busy.exists()
    finally:
        os.close(fd)
    assert remove_stale(tmp_path, "pack.pdf") == [busy]


def test_a_re_import_under_another_name_is_the_same_plan(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """"plan (1).txt" used to double every budget line, measure, investment and check."""
    import sqlite3

    def counts() -> tuple[int, ...]:
        con = sqlite3.connect(demo_db_path)
        try:
            return tuple(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in
                         ("budget_line", "measure", "investment", "number_check", "document", "case", "source_file"))
        finally:
            con.close()

    before, digest = counts(), db_digest(demo_db_path)
    copy = tmp_path / "plan (1).txt"
    shutil.copyfile(PLAN, copy)
    assert main(["--db", str(demo_db_path), "import", str(copy)]) == 0
    assert "oförändrade filer 1" in capsys.readouterr().out
    assert counts() == before and db_digest(demo_db_path) == digest

    # A revision under a third name replaces the plan's rows: a new version, nothing doubled.
    revised = tmp_path / "Plan och budget 2024 rev.txt"
    revised.write_text(PLAN.read_text(encoding="utf-8").replace("\t2 000\n", "\t2 100\n", 1), encoding="utf-8")
    assert main(["--db", str(demo_db_path), "import", str(revised)]) == 0
    capsys.readouterr()
    after = counts()
    assert after[:6] == before[:6]
    assert main(["--db", str(demo_db_path), "list", "documents", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    plan = [d for d in docs if d["kind"] == "plan_och_budget"]
    assert len(plan) == 1 and plan[0]["version"] == 2 and plan[0]["file_name"] == revised.name


def test_a_case_document_without_dnr_is_known_by_title_and_date_under_another_name(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    excerpt = SEEDS / "003_0345254484cbeff7.txt"
    copy = tmp_path / "utdrag (2).txt"
    copy.write_bytes(excerpt.read_bytes() + b"\n\n")  # another export: the same text, a newline more
    assert main(["--db", str(demo_db_path), "import", str(copy)]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db_path), "list", "documents", "--format", "json"]) == 0
    docs = [d for d in json.loads(capsys.readouterr().out) if d["kind"] == "protokollsutdrag"]
    assert len(docs) == 1 and docs[0]["version"] == 1


def test_hostile_details_in_a_signed_package_neither_crash_the_pack_nor_the_case_view(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Details as a package may deliver them: wrong types everywhere. Stored cleaned, read cleaned."""
    import sqlite3

    hostile = {"sections": [{"heading": 5, "blocks": "x"}, "y", {"heading": "Bakgrund",
                            "blocks": [{"kind": "evil", "text": 1}, {"kind": "paragraph", "text": "Kvar."}]}],
               "signatories": [1, {"name": ["x"]}, None], "contact": "z", "distribution": {"a": 1},
               "dnr": ["RS"], "year": "tjugo"}
    con = sqlite3.connect(demo_db_path)
    con.execute("UPDATE document SET details = ? WHERE kind = 'tjansteskrivelse'", (json.dumps(hostile),))
    con.commit()
    con.close()
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["--db", str(demo_db_path), "list", "documents", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    ts = next(d for d in docs if d["kind"] == "tjansteskrivelse")
    assert ts["details"]["sections"] == [{"heading": "Bakgrund", "blocks": [{"kind": "paragraph", "text": "Kvar."}]}]
    assert ts["details"]["signatories"] == [] and ts["details"]["contact"] is None
    assert ts["details"]["distribution"] == [] and ts["details"]["dnr"] is None

    from nämndklient.gui.screenshot import take_screenshot
    from nämndklient.persistence.database import open_database

    db = open_database(demo_db_path)
    try:
        take_screenshot(db, f"case:{ts['key']}", tmp_path / "case.png", size=(800, 600), language="sv",
                        theme="system")
    finally:
        db.dispose()
    assert (tmp_path / "case.png").stat().st_size > 1000


def test_hostile_details_arriving_in_a_signed_package_are_stored_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from nämndklient.publishing import manifest as mf
    from nämndklient.publishing.package_writer import publish
    from nämndklient.publishing.signing import TrustStore, load_private_key, load_public_key, sign
    from tests.unit.test_publish_support import MEETING, publisher, secretariat_db

    pub = publisher(tmp_path / "keys")
    TrustStore().add(load_public_key(pub.public), "Sekretariatet")
    sec = secretariat_db(tmp_path / "sec.sqlite")
    package = tmp_path / "good.zip"
    publish(sec, MEETING, package, pub.key)
    sec.dispose()
    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    hostile = {"sections": [{"heading": ["x"], "blocks": {}}, {"heading": "Bakgrund", "blocks": [
        {"kind": "paragraph", "text": "Kvar."}, {"kind": 7, "text": None}]}], "signatories": "alla",
        "contact": [1], "distribution": "alla", "body_name": {"x": 1}}

    def poison(node: object) -> None:
        if isinstance(node, dict):
            if "details" in node:
                node["details"] = hostile
            for v in node.values():
                poison(v)
        elif isinstance(node, list):
            for v in node:
                poison(v)

    poison(manifest)
    data = mf.encode(manifest)
    members = {**members, "manifest.json": data, "manifest.sig": sign(load_private_key(pub.key), data).to_json()}
    bad = tmp_path / "signed.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    bad.write_bytes(buf.getvalue())

    member = str(tmp_path / "member.sqlite")
    assert main(["--db", member, "import", str(bad)]) == 0, capsys.readouterr().err
    out = tmp_path / "pack.pdf"
    assert main(["--db", member, "pack", MEETING, "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["--db", member, "list", "documents", "--format", "json"]) == 0
    docs = [d for d in json.loads(capsys.readouterr().out) if d["kind"] == "tjansteskrivelse"]
    assert docs
    for d in docs:
        assert d["details"]["sections"] == [{"heading": "Bakgrund", "blocks": [{"kind": "paragraph", "text": "Kvar."}]}]
        assert d["details"]["signatories"] == [] and d["details"]["distribution"] == []
        assert d["details"]["body_name"] is None
    import sqlite3

    con = sqlite3.connect(member)
    stored = [json.loads(t) for (t,) in con.execute("SELECT details FROM document WHERE kind='tjansteskrivelse'")]
    con.close()
    assert all(s["signatories"] == [] for s in stored)  # cleaned when written, not only when read


def test_the_installed_command_gives_the_same_one_sentence(demo_db_path: Path, tmp_path: Path) -> None:
    """As a member's shell sees it: a real process, its exit code and its whole stderr."""
    import subprocess
    import sys

    cut = write(tmp_path / "plan.txt", PLAN.read_bytes()[:3678])
    before = db_digest(demo_db_path)
    done = subprocess.run([sys.executable, "-m", "nämndklient.cli.main", "--db", str(demo_db_path), "import",
                           str(cut)], capture_output=True, text=True, timeout=120)
    assert_one_clean_sentence(done.returncode, done.stderr, "plan.txt")
    assert db_digest(demo_db_path) == before

    # A closed pipe is no error at all: the documents' text is more than a pipe holds.
    command = f'"{sys.executable}" -m nämndklient.cli.main --db "{demo_db_path}" list documents --format json'
    assert len(subprocess.run(command, shell=True, capture_output=True, timeout=120).stdout) > 70_000  # > 64 KiB
    shell = subprocess.run(f"{command} | head -c 10", shell=True, capture_output=True, text=True, timeout=120)
    assert shell.stdout.startswith("[") and shell.stderr == ""
