"""Where no window can open, ``ovelse`` says why in one sentence instead of Qt's abort."""

from __future__ import annotations

import pytest

from ovelse.cli import main
from ovelse.display import display_problem


def _always(name: str) -> str | None:
    return f"lib{name}.so"


def test_no_display_on_linux_names_the_headless_commands() -> None:
    message = display_problem({}, "linux", _always)
    assert message is not None
    assert "ingen skjerm" in message and "ovelse validate" in message
    assert message.count(".") <= 3  # one sentence, not a log


def test_missing_xcb_cursor_names_the_package_to_install() -> None:
    message = display_problem(
        {"DISPLAY": ":0"}, "linux", lambda name: None if name == "xcb-cursor" else "x"
    )
    assert message is not None
    assert "sudo apt install libxcb-cursor0" in message


def test_offscreen_wayland_and_other_systems_need_nothing() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _: None) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", _always) is None
    assert display_problem({"DISPLAY": ":0"}, "linux", _always) is None
    assert display_problem({}, "win32", lambda _: None) is None


def test_cli_prints_the_sentence_and_exits_two(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    assert "ingen skjerm" in capsys.readouterr().err


def test_a_session_file_alone_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr("ovelse.cli.display_problem", lambda: None)
    monkeypatch.setattr(
        "ovelse.ui.launch.run_app",
        lambda session, basedir, language=None: opened.append(session) or 0,
    )
    assert main(["Beredskapsøvelse 2026.ovelse"]) == 0
    assert [str(path) for path in opened] == ["Beredskapsøvelse 2026.ovelse"]
