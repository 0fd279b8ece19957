"""Nämndklient: offline reading, notes and meeting packs for a region's board members."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("namndklient")
except PackageNotFoundError:  # a checkout on sys.path without an install
    __version__ = "0.0.0+checkout"
