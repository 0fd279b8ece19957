"""The desktop GUI. Importing it first protects the process from a Qt for Python refcount leak."""

from ..runtime.immortal import make_singletons_immortal

make_singletons_immortal()
