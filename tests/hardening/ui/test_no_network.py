"""No network, ever: the program's main paths run with every socket call refused and
recorded, and none is attempted.

Covered in one run: every built-in pack loaded and rendered with each profile, a session
created from a pack with pictures, a short exercise, CSV, JSON and the PDF report, the
command line, and the main window built offscreen with a pack prepared, the exercise
started, an inject released and a decision logged from the keyboard.
"""

from __future__ import annotations

import io
import socket
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ovelse import cli
from ovelse.exercise import EntryKind
from ovelse.export import export_csv, export_json
from ovelse.report.from_session import write_report
from ovelse.scenario.library import load_library
from ovelse.store import Session
from ovelse.ui.main_window import MainWindow
from tests.hardening.tally import count

CALLS = [
    (socket.socket, "connect"),
    (socket.socket, "connect_ex"),
    (socket.socket, "sendto"),
    (socket, "create_connection"),
    (socket, "getaddrinfo"),
    (socket, "gethostbyname"),
    (socket, "gethostbyname_ex"),
]


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []
    for owner, name in CALLS:

        def refuse(*args: Any, _name: str = name, **kwargs: Any) -> Any:
            tried.append(f"{_name}{args[1:] if _name.startswith('connect') else args}")
            raise OSError(f"nettverket er sperret i testen ({_name})")

        monkeypatch.setattr(owner, name, refuse)
    return tried


def test_the_main_paths_never_touch_the_network(
    attempts: list[str],
    window: MainWindow,
    qtbot: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    packs, errors = load_library()
    assert errors == [] and len(packs) >= 5
    for loaded in packs:
        for profile in (None, *loaded.profiles):
            loaded.render(loaded.values(profile))

    demo = next(p for p in packs if p.pack.id == "kom-i-gang")
    rendered = demo.render(demo.values())
    path = tmp_path / "uten nett.ovelse"
    with Session.create(path, rendered, media=demo.media(rendered)) as session:
        run = session.exercise
        run.start()
        run.release_next()
        run.add_entry(EntryKind.DECISION, "Uten nett", [rendered.roles[0].id])
        run.end()
        export_csv(session, tmp_path / "logg.csv")
        export_json(session, tmp_path / "okt.json")
        write_report(session, io.BytesIO())
    for argv in (
        ["scenarios"],
        ["validate", demo.root.as_posix()],
        ["export", path.as_posix(), "--format", "json", "-o", (tmp_path / "b.json").as_posix()],
        ["report", path.as_posix(), "-o", (tmp_path / "rapport.pdf").as_posix()],
    ):
        assert cli.main(argv) == 0, argv
    capsys.readouterr()

    assert window.library.select_pack("kom-i-gang")
    window.library.prepare_button.click()
    window.prepare.render_preview()
    window.prepare.start_button.click()
    model, console = window.model, window.console
    assert model is not None and console is not None
    qtbot.keyClick(console.log.entry, Qt.Key.Key_F6)  # type: ignore[attr-defined]
    window.actions_by_name["release_next"].trigger()
    assert model.exercise.current_inject_id() is not None
    window.swap_screens()  # the projector window draws the inject and its picture
    window.swap_screens()
    console.log.entry.setText("Besluttet uten nett")
    qtbot.keyClick(console.log.entry, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(console.log.entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert [e.text for e in model.exercise.log.entries()] == ["Besluttet uten nett"]
    assert window.report is not None
    assert window.report.write("pdf", tmp_path / "fra vinduet.pdf")
    window.close_session()

    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    count("main paths run with the network refused (sockets attempted: 0)")


def test_the_guard_would_notice_an_attempt(attempts: list[str]) -> None:
    from urllib.request import urlopen

    with pytest.raises(OSError):
        urlopen("http://example.invalid/oppdatering", timeout=1)
    assert attempts
