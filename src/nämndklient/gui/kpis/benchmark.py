"""Time the KPI overview on a synthetic plan: 100 KPIs × 10 years, the size the design must carry."""

from __future__ import annotations

import tempfile
import time
from decimal import Decimal
from pathlib import Path


def render_kpi_overview_benchmark(n_kpis: int = 100, years: int = 10) -> float:
    """Seconds to query, model and paint the overview once (database setup not counted)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ...persistence.database import open_database
    from ...persistence.models import GoalArea, Kpi, KpiValue
    from ..context import AppContext
    from .view import KpiSection

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.session() as s:
            areas = [GoalArea(name=f"Målområde {i}", goal="", order=i) for i in range(5)]
            s.add_all(areas)
            for k in range(n_kpis):
                kpi = Kpi(goal_area=areas[k % 5], name=f"Nyckeltal {k}", horizon="short_term",
                          decided_by="Regionstyrelsen", target=Decimal(50), unit="%",
                          direction="decrease" if k % 3 == 0 else "increase", order=k)
                s.add(kpi)
                s.flush()
                s.add_all(KpiValue(kpi_id=kpi.id, period=str(2015 + y), value=Decimal(40 + (k + y) % 20),
                                   gender=g, source="Bench") for y in range(years) for g in "TKM")
        ctx = AppContext(db, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        start = time.perf_counter()
        section = KpiSection(ctx)
        section.resize(1400, 900)
        section.show()
        app.processEvents()
        section.grab()
        elapsed = time.perf_counter() - start
        section.close()
        section.deleteLater()
        app.processEvents()
        db.dispose()
    return elapsed
