"""Alembic migrations, shipped inside the package.

`KNOWN_REVISIONS` lists every schema this version understands, oldest first, so
a database can be judged (older, current, newer) without importing Alembic.
A test keeps the list in step with the scripts in `versions/`.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_publishing", "0003_confidential_expiry",
                                    "0004_kpi_directions", "0012_item_links", "0005_exact_amounts",
                                    "0010_oparl_identity", "0006_publication_freshness")
HEAD = KNOWN_REVISIONS[-1]
