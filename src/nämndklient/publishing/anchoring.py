"""Find a note's passage again after its document changed, and show what changed, word by word.

Pure functions on strings: no database, no Qt. A passage is remembered as the
quoted text with a little context on either side (W3C Web Annotation's
TextQuoteSelector: exact, prefix, suffix) plus the offset where it was, so it
can be found again when words around it or inside it were edited.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

CONTEXT = 40  # characters of prefix and suffix kept with a quote
FUZZY_THRESHOLD = 0.75  # similarity below which a passage counts as gone

_TOKEN = re.compile(r"\s+|[^\s]+")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    prefix: str
    suffix: str
    score: float  # 1.0 for an exact find

    def passage(self, text: str) -> str:
        return text[self.start : self.end]


def anchor_at(text: str, start: int, end: int, score: float = 1.0) -> Anchor:
    return Anchor(start, end, text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT], score)


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    score = 0.0
    if prefix:
        score += difflib.SequenceMatcher(None, before, prefix).ratio()
    if suffix:
        score += difflib.SequenceMatcher(None, after, suffix).ratio()
    return score


def locate(
    text: str, quote: str, *, prefix: str = "", suffix: str = "", hint: int | None = None
) -> Anchor | None:
    """Where `quote` is in `text`: exactly if it can be, else the most similar run of words; None when gone."""
    quote = quote.strip()
    if not quote or not text:
        return None
    exact = [m.start() for m in re.finditer(re.escape(quote), text)]
    if exact:
        def rank(start: int) -> tuple[float, int]:
            closeness = -abs(start - hint) if hint is not None else 0
            return (_context_score(text, start, start + len(quote), prefix, suffix), closeness)

        best = max(exact, key=rank)
        return anchor_at(text, best, best + len(quote))
    return _fuzzy(text, quote, prefix, suffix)


def _fuzzy(text: str, quote: str, prefix: str, suffix: str) -> Anchor | None:
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    n = len(quote.split())
    if not words or n == 0:
        return None
    best: tuple[float, float, int, int] | None = None  # (score, context, start, end)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    for size in sorted({max(1, n - 2), max(1, n - 1), n, n + 1, n + 2}):
        for i in range(0, max(1, len(words) - size + 1)):
            j = min(len(words), i + size) - 1
            start, end = words[i][0], words[j][1]
            matcher.set_seq1(text[start:end])
            if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
                continue
            score = matcher.ratio()
            if score < FUZZY_THRESHOLD:
                continue
            candidate = (score, _context_score(text, start, end, prefix, suffix), start, end)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    return anchor_at(text, best[2], best[3], best[0])


def word_diff(old_text: str, new_text: str) -> list[tuple[str, str]]:
    """The change from old to new as runs of ("equal" | "insert" | "delete", text).

    Tokens are words and the whitespace between them, so joining the "equal" and
    "delete" runs gives back the old text and "equal" with "insert" the new one.
    """
    old, new = _TOKEN.findall(old_text), _TOKEN.findall(new_text)
    ops: list[tuple[str, str]] = []

    def emit(op: str, tokens: list[str]) -> None:
        if not tokens:
            return
        chunk = "".join(tokens)
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + chunk)
        else:
            ops.append((op, chunk))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            emit("equal", old[i1:i2])
        else:
            emit("delete", old[i1:i2])
            emit("insert", new[j1:j2])
    return ops


def render_diff(ops: list[tuple[str, str]]) -> str:
    """A plain-text rendering for the command line: [-borttaget-] {+tillagt+}."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(f"{marks[op][0]}{text}{marks[op][1]}" for op, text in ops)


def collapse(ops: list[tuple[str, str]], context: int = 25) -> list[tuple[str, str]]:
    """Keep `context` words of unchanged text on each side of a change; longer stretches become ("gap", "N").

    N is the number of words left out. Whitespace tokens stay with their words,
    so paragraph breaks inside the kept context survive.
    """
    out: list[tuple[str, str]] = []
    last = len(ops) - 1
    for n, (op, text) in enumerate(ops):
        if op != "equal":
            out.append((op, text))
            continue
        tokens = _TOKEN.findall(text)
        word_at = [i for i, t in enumerate(tokens) if not t.isspace()]
        keep_head = context if n > 0 else 0  # after a change
        keep_tail = context if n < last else 0  # before a change
        if len(word_at) <= keep_head + keep_tail + 5:  # nothing worth hiding
            out.append((op, text))
            continue
        head_end = word_at[keep_head] if keep_head else 0  # token index where the hidden part starts
        tail_start = word_at[len(word_at) - keep_tail] if keep_tail else len(tokens)
        hidden = len(word_at) - keep_head - keep_tail
        if head_end:
            out.append(("equal", "".join(tokens[:head_end])))
        out.append(("gap", str(hidden)))
        if tail_start < len(tokens):
            out.append(("equal", "".join(tokens[tail_start:])))
    return out
