"""The Qt binding must not corrupt Python's reference counts during a three-hour run.

PySide6 6.12.0 drops a reference to ``None`` on every void call such as ``setText``;
after a few thousand calls Python aborts with «none_dealloc», taking the console with it.
The dependency pin keeps that release out; this test keeps the pin honest.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(f"Innspill {number}")
    assert sys.getrefcount(None) - before > -50
