"""A long session of Qt calls must not exhaust None's references (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_half_a_million_qt_calls_do_not_abort_the_process() -> None:
    code = textwrap.dedent(
        """
        import nämndklient.gui  # applies the guard
        from PySide6.QtGui import QStandardItem
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label, item = QLabel(), QStandardItem()
        for _ in range(250_000):
            label.resize(100, 20)
            item.data()
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
