"""The application's version and the licences of what it ships, for the About dialog.

Qt-free on purpose: the command line, the tests and the PyInstaller spec read it
too (the spec copies the metadata of every `runtime_distributions()` entry into
the bundle, so the versions and licences read here are the ones actually shipped). The
version has one source, the package metadata (`version` in pyproject.toml).
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, requires
from importlib.metadata import version as _dist_version

DISTRIBUTION = "namndklient"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str


@dataclass(frozen=True)
class _Known:
    """A bundled component; `licence` is used when the metadata carries no short licence field."""

    name: str
    distribution: str | None
    licence: str
    url: str


# Names, addresses and fallback licences of what the bundle ships, in the order the
# dialog lists them. Anything else installed as a runtime dependency is listed
# after these from its own metadata, so a new dependency cannot be forgotten.
_KNOWN: tuple[_Known, ...] = (
    _Known("Python", None, "PSF-2.0", "https://www.python.org/"),
    _Known("Qt for Python (PySide6) och Qt", "pyside6-essentials", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"),
    _Known("Qt PDF (PySide6)", "pyside6-pdf", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"),
    _Known("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"),
    _Known("SQLAlchemy", "sqlalchemy", "MIT", "https://www.sqlalchemy.org/"),
    _Known("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org/"),
    _Known("Mako", "mako", "MIT", "https://www.makotemplates.org/"),
    _Known("MarkupSafe", "markupsafe", "BSD-3-Clause", "https://palletsprojects.com/p/markupsafe/"),
    _Known("pyqtgraph", "pyqtgraph", "MIT", "https://www.pyqtgraph.org/"),
    _Known("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org/"),
    _Known("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com/"),
    _Known("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org/"),
    _Known("pypdf", "pypdf", "BSD-3-Clause", "https://github.com/py-pdf/pypdf"),
    _Known("pikepdf", "pikepdf", "MPL-2.0", "https://github.com/pikepdf/pikepdf"),
    _Known("qpdf (i pikepdf)", None, "Apache-2.0", "https://qpdf.sourceforge.io/"),
    _Known("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    _Known("icalendar", "icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    _Known("python-dateutil", "python-dateutil", "BSD-3-Clause OR Apache-2.0", "https://github.com/dateutil/dateutil"),
    _Known("tzdata", "tzdata", "Apache-2.0", "https://github.com/python/tzdata"),
    _Known("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io/"),
    _Known("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    _Known("typing-extensions", "typing-extensions", "PSF-2.0", "https://github.com/python/typing_extensions"),
    _Known("DejaVu-typsnitt", None, "Bitstream Vera Fonts licence (DejaVu-ändringar: public domain)",
           "https://dejavu-fonts.github.io/"),
)

# DejaVu has no distribution: its version is that of the font files in resources/fonts.
_FIXED_VERSIONS = {"DejaVu-typsnitt": "2.37"}
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$")
_EXTRA = re.compile(r"extra\s*==\s*[\"']([^\"']+)[\"']")


def version() -> str:
    """The installed version, read from the package metadata every time (no copy to drift)."""
    try:
        return _dist_version(DISTRIBUTION)
    except PackageNotFoundError:  # a checkout on sys.path without an install
        return "0.0.0+checkout"


def runtime_distributions() -> list[str]:
    """This package, the known components that are installed, and everything installed that they need.

    Requirements are followed with their extras (test and docs extras are not). The
    PyInstaller spec copies the metadata of exactly these into the bundle, so
    `components()` there sees what was shipped. Known components are roots too, so a
    module the code imports but pyproject.toml forgot still has its licence shown.
    """
    roots = [DISTRIBUTION, *(k.distribution for k in _KNOWN if k.distribution and _installed(k.distribution))]
    seen: dict[str, None] = {}
    todo: list[tuple[str, frozenset[str]]] = [(name, frozenset()) for name in reversed(roots)]
    while todo:
        name, extras = todo.pop()
        try:
            reqs = requires(name) or []
        except PackageNotFoundError:
            continue
        seen.setdefault(_normalise(name), None)
        for req in reqs:
            match = _REQUIREMENT.match(req)
            if not match:
                continue
            dep, dep_extras, marker = match.group(1), match.group(2) or "", match.group(3) or ""
            wanted = _EXTRA.findall(marker)
            if wanted and not set(wanted) & extras:
                continue  # an optional extra nobody asked for (tests, docs, …)
            key = _normalise(dep)
            if key not in seen and _installed(dep):  # other markers: what is installed is what ships
                seen[key] = None
                todo.append((dep, frozenset(e.strip() for e in dep_extras.split(",") if e.strip())))
    return list(seen)


def components() -> list[Component]:
    """Every bundled component with the version actually installed and its licence, for the About dialog."""
    shipped = runtime_distributions()
    known_dists = {_normalise(k.distribution) for k in _KNOWN if k.distribution}
    result = []
    for known in _KNOWN:
        if known.distribution is None:
            ver = platform.python_version() if known.name == "Python" else _FIXED_VERSIONS.get(known.name, "")
            if known.name.startswith("qpdf") and not _installed("pikepdf"):
                continue
            result.append(Component(known.name, ver, known.licence, known.url))
        elif _installed(known.distribution):
            ver = _dist_version(known.distribution)
            result.append(Component(known.name, ver, _licence(known.distribution) or known.licence, known.url))
    for dist in shipped:
        if dist in known_dists or dist == DISTRIBUTION:
            continue
        meta = metadata(dist)
        result.append(Component(meta["Name"], meta["Version"], _licence(dist) or _classifier_licence(dist),
                                _home_page(dist)))
    return result


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed(distribution: str) -> bool:
    try:
        _dist_version(distribution)
    except PackageNotFoundError:
        return False
    return True


def _classifier_licence(distribution: str) -> str:
    """Older metadata names its licence only in a trove classifier."""
    for classifier in metadata(distribution).get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return classifier.rsplit("::", 1)[-1].strip()
    return "se paketets metadata"


def _home_page(distribution: str) -> str:
    meta = metadata(distribution)
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "documentation"):
            return url.strip()
    return f"https://pypi.org/project/{distribution}/"


def _licence(distribution: str) -> str:
    """The SPDX expression from the metadata, or a short `License` field; long licence texts are not a name."""
    try:
        meta = metadata(distribution)
    except PackageNotFoundError:
        return ""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN":
        return field
    return ""
