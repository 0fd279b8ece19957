"""The English translation is complete, keeps its placeholders and mnemonics, and the .qm matches the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "namndklient_en.ts"
QM = TS.with_suffix(".qm")
# the same sources as the documented update command
LUPDATE_SOURCES = ["src/nämndklient/app.py", "src/nämndklient/gui", "ui"]
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _tool(name: str) -> str | None:
    """The Qt tool from this interpreter's environment first, then from PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(path: Path) -> list[str]:
    found = []
    for context, message in _messages(path):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not all(t.strip() for t in _texts(translation)):
            found.append(f"{context}: {message.findtext('source')!r}")
    return found


def test_ts_has_messages_and_keeps_its_doctype() -> None:
    head = TS.read_text(encoding="utf-8")[:200]
    assert "<!DOCTYPE TS>" in head and 'language="en' in head
    assert sum(1 for _ in _messages(TS)) > 400


def test_every_message_is_translated() -> None:
    assert _unfinished(TS) == []


def test_plural_messages_have_both_english_forms() -> None:
    for context, message in _messages(TS):
        if message.get("numerus") == "yes":
            forms = message.find("translation").findall("numerusform")  # type: ignore[union-attr]
            assert len(forms) == 2, f"{context}: {message.findtext('source')!r}"


def test_placeholders_tags_and_mnemonics_are_kept() -> None:
    problems = []
    for context, message in _messages(TS):
        source = message.findtext("source") or ""
        for text in _texts(message.find("translation")):  # type: ignore[arg-type]
            where = f"{context}: {source!r} -> {text!r}"
            wanted = set(PLACEHOLDER.findall(source)) - ({"%n"} if message.get("numerus") == "yes" else set())
            if not wanted <= set(PLACEHOLDER.findall(text)):
                problems.append(f"placeholder lost in {where}")
            if set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source)):
                problems.append(f"placeholder added in {where}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                problems.append(f"HTML tags differ in {where}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"mnemonic differs in {where}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"ellipsis differs in {where}")
    assert problems == []


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease") or _tool("lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "namndklient_en.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == QM.read_bytes(), (
        "namndklient_en.qm is out of date: run pyside6-lrelease resources/translations/namndklient_en.ts "
        "-qm resources/translations/namndklient_en.qm")


def test_every_source_string_is_in_the_ts(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    subprocess.run([lupdate, "-extensions", "py,ui", *LUPDATE_SOURCES, "-no-obsolete", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    assert _unfinished(copy) == [], "new source strings: run pyside6-lupdate and translate them"
