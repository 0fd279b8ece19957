"""Nämndklient: offline reading, notes and meeting packs for a region's board members."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__` from the package metadata, read only when asked (importlib.metadata costs ~45 ms)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("namndklient")
    except PackageNotFoundError:  # a checkout on sys.path without an install
        return "0.0.0+checkout"
