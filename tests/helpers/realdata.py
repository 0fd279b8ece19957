"""Where the real third-party material lives: `../shared/realdata` beside the checkout (see its README).

`NAMNDKLIENT_REALDATA` points elsewhere. The tests that use it fail, not skip, when it is missing:
"works with real servers" is shown by this material or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def realdata() -> Path:
    configured = os.environ.get("NAMNDKLIENT_REALDATA")
    candidates = [Path(configured)] if configured else []
    candidates += [REPO.parent / "shared" / "realdata", REPO.parent.parent / "shared" / "realdata"]
    for candidate in candidates:
        if (candidate / "oparl").is_dir():
            return candidate
    raise FileNotFoundError(f"The real interchange data is missing: looked in {', '.join(map(str, candidates))}.")
