"""The Qt binding must not corrupt Python's reference counts during a three-hour run.

PySide6 6.12.0 drops a reference to ``None`` on every void call such as ``setText``;
after a few thousand calls Python aborts with «none_dealloc», taking the console with it.
The dependency pin keeps that release out; this test keeps the pin honest.

From Python 3.12 ``None`` is immortal: its count never changes, so the release cannot
abort there and the count says nothing; the test runs where it can tell (3.11).
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(f"Innspill {number}")
    assert sys.getrefcount(None) - before > -50
