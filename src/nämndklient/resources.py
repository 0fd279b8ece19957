"""Find the files shipped with the application, from a wheel or from a checkout.

A wheel carries `resources/` and `ui/` inside the package; an editable install or
a plain checkout finds them at the top of the repository. Nothing else in the
code base should know which of the two it is running from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resource_root(name: str = "resources") -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Hittar inte programmets mapp {name!r} (installationen är ofullständig).")


def resource_path(relative: str) -> Path:
    """`resource_path('fonts/DejaVuSans.ttf')`."""
    path = resource_root() / relative
    if not path.exists():
        raise FileNotFoundError(f"Programfilen {relative!r} saknas i {resource_root()}.")
    return path


def ui_path(name: str) -> Path:
    return resource_root("ui") / name


def seed_documents() -> list[Path]:
    """The region's own documents that the demo database is built from."""
    return sorted((resource_root() / "seeds").glob("*.txt"))
