"""Dependencies point one way: only `gui` and `app` may import Qt; nothing imports `gui`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "nämndklient"
QT_FREE = ["domain", "importers", "persistence", "services", "packs", "publishing", "cli", "runtime", "bench"]
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6", "nämndklient.gui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.add(node.module)
    return found


def files_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_does_not_import_qt_or_the_gui(layer: str) -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in files_of(layer)
        for module in imported_modules(path)
        if module.startswith(FORBIDDEN) and not (layer == "cli" and module == "nämndklient.gui.screenshot")
    }
    assert not offenders


def test_the_cli_reaches_the_gui_only_inside_the_commands_that_open_it() -> None:
    tree = ast.parse((PACKAGE / "cli" / "main.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert all("gui" not in (getattr(n, "module", "") or "") for n in top_level)


def test_domain_and_importers_need_no_database() -> None:
    for layer in ("domain", "importers"):
        for path in files_of(layer):
            assert not {m for m in imported_modules(path) if m.startswith(("sqlalchemy", "nämndklient.persistence"))}, path


def test_atomic_writes_replace_whole_files_with_ordinary_permissions(tmp_path: Path) -> None:
    import os

    from nämndklient.fileio import atomic_path, write_atomically

    out = tmp_path / "export.ics"
    write_atomically(out, b"first")
    old_umask = os.umask(0o022)
    try:
        write_atomically(out, b"second")
    finally:
        os.umask(old_umask)
    assert out.read_bytes() == b"second" and (out.stat().st_mode & 0o777) == 0o644
    with pytest.raises(RuntimeError), atomic_path(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("interrupted")
    assert out.read_bytes() == b"second" and sorted(p.name for p in tmp_path.iterdir()) == ["export.ics"]
