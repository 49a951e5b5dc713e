"""Shared pack files in the window: «Fil → Importer pakke …» and «Fil → Del pakke …» by
the keyboard, the pack under «Fra statsforvalteren», an update offered with its versions,
a damaged file refused by name, and a pack file handed over by the system."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ovelse.app.places import shared_pack_folder
from ovelse.interchange.manifest import entries_of
from ovelse.interchange.packfile import read_pack_file, write_pack_file
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack
from ovelse.ui import file_dialogs
from ovelse.ui.main_window import MainWindow
from ovelse.ui.settings import AppSettings

from .conftest import Scripted
from .test_screens import started

TITLE = "Kom i gang – en kort øvelse om Øvelse"
CREATED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def pack_file(folder: Path, version: str) -> Path:
    """The demo pack as the statsforvalter sends it, in this version."""
    copy = folder / f"kilde-{version}"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", copy)
    yaml = copy / "scenario.yaml"
    text = yaml.read_text(encoding="utf-8").replace('version: "1"', f'version: "{version}"', 1)
    yaml.write_text(text, encoding="utf-8")
    out = folder / f"kom-i-gang-{version}.ovelsepakke"
    write_pack_file(load_pack(copy), out, CREATED)
    return out


def choose_in_file_menu(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Alt+F opens «Fil»; the arrow keys walk to the item and Enter chooses it."""
    # The menu closed last time hands the activation back a moment later.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    for _ in range(len(menu.actions())):
        active = menu.activeAction()
        if active is not None and active.text() == text:
            break
        QTest.keyClick(menu, Qt.Key.Key_Down)
    active = menu.activeAction()
    assert active is not None and active.text() == text
    QTest.keyClick(menu, Qt.Key.Key_Return)


def test_import_by_the_menu_lists_the_pack_from_the_statsforvalter_and_offers_updates(
    window: MainWindow,
    qtbot: QtBot,
    scripted: Scripted,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen: list[Path] = [pack_file(tmp_path, "1")]
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: str(chosen[0]))
    window.library.ensure_loaded()

    choose_in_file_menu(window, qtbot, "Importer pakke …")
    added = f"«{TITLE}» versjon 1 er lagt i biblioteket under «Fra statsforvalteren»"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == added)
    folder = window.settings.shared_pack_folder() / "kom-i-gang"
    assert (folder / "scenario.yaml").is_file()
    entry = window.library.current_entry()
    assert entry is not None and entry.shared and entry.folder == folder
    labels = [
        window.library.pack_list.item(row).text() for row in range(window.library.pack_list.count())
    ]
    heading = labels.index("Fra statsforvalteren")
    assert labels[heading + 1].startswith(f"{TITLE}\n")
    assert labels[heading + 1].endswith("\nversjon 1")
    assert window.library.banner_text.text() == added
    assert window.library.details.text().startswith(
        "Fra statsforvalteren · versjon 1 · skrevet av Øvelse\n"
    )
    # The list shows the pack just added, below the other packs.
    pack_list = window.library.pack_list
    qtbot.waitUntil(
        lambda: (
            pack_list.viewport().rect().contains(pack_list.visualItemRect(pack_list.currentItem()))
        )
    )

    # A newer version is offered as an update, with both versions named.
    chosen[0] = pack_file(tmp_path, "2")
    scripted.answers.append(True)
    choose_in_file_menu(window, qtbot, "Importer pakke …")
    updated = f"«{TITLE}» er oppdatert fra versjon 1 til 2"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == updated)
    assert scripted.asked == ["Oppdatere pakken?"]
    assert load_pack(folder).pack.version == "2"

    # A damaged file is refused by name, and the pack stays as it was.
    damaged = tmp_path / "skadet.ovelsepakke"
    damaged.write_bytes(b"PK\x03\x04 ikke en pakke")
    chosen[0] = damaged
    choose_in_file_menu(window, qtbot, "Importer pakke …")
    refused = (
        "Pakkefilen ble ikke importert:\nskadet.ovelsepakke: filen er ikke en delt "
        "scenariopakke fra Øvelse (den er ikke en zip-fil), eller den er skadet på veien; be "
        "om den på nytt"
    )
    qtbot.waitUntil(lambda: window.library.banner_text.text() == refused)
    assert load_pack(folder).pack.version == "2"

    # The first version again is older than the one in the library: said, and nothing changed.
    chosen[0] = tmp_path / "kom-i-gang-1.ovelsepakke"
    choose_in_file_menu(window, qtbot, "Importer pakke …")
    older = f"Biblioteket har en nyere versjon av «{TITLE}» (2) enn filen (1); ingenting er endret"
    qtbot.waitUntil(lambda: window.library.banner_text.text() == older)
    assert load_pack(folder).pack.version == "2"
    assert scripted.asked == ["Oppdatere pakken?"]

    # Enter on the pack from the statsforvalter prepares it.
    assert window.library.select_pack("kom-i-gang", shared=True)
    window.library.pack_list.setFocus()
    QTest.keyClick(window.library.pack_list, Qt.Key.Key_Return)
    assert window.prepare.loaded is not None and window.prepare.loaded.root == folder


def test_share_by_the_menu_writes_the_chosen_pack(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "til-kommunene"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))
    assert window.library.select_pack("kom-i-gang")
    choose_in_file_menu(window, qtbot, "Del pakke …")
    written = tmp_path / "til-kommunene.ovelsepakke"
    qtbot.waitUntil(lambda: written.is_file())
    assert window.statusBar().currentMessage() == (
        f"Skrev {written} – send filen til kommunene; de åpner den med «Fil → Importer pakke …»"
    )
    assert read_pack_file(written).manifest.pack_id == "kom-i-gang"


def test_a_pack_file_handed_over_by_the_system_is_imported(
    window: MainWindow, tmp_path: Path
) -> None:
    file = pack_file(tmp_path, "3")
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(file)))
    assert load_pack(window.settings.shared_pack_folder() / "kom-i-gang").pack.version == "3"
    entry = window.library.current_entry()
    assert entry is not None and entry.shared
    assert window.stack.currentWidget() is window.library


def test_the_command_line_puts_packs_where_the_window_lists_them(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ovelse pack-import`` finds the data folder without Qt; it must be Qt's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "hjem"))
    assert AppSettings().shared_pack_folder() == shared_pack_folder()
    assert AppSettings(tmp_path / "base").shared_pack_folder() == shared_pack_folder(
        tmp_path / "base"
    )


def test_a_pack_file_opened_during_an_exercise_leaves_the_console_in_front(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    started(window, qtbot)
    file = pack_file(tmp_path, "4")
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(file)))
    assert load_pack(window.settings.shared_pack_folder() / "kom-i-gang").pack.version == "4"
    assert window.stack.currentWidget() is window.console
    assert window.statusBar().currentMessage() == (
        f"«{TITLE}» versjon 4 er lagt i biblioteket under «Fra statsforvalteren»"
    )


def test_an_update_declined_leaves_the_version_there(
    window: MainWindow, scripted: Scripted, tmp_path: Path
) -> None:
    assert window.import_pack(pack_file(tmp_path, "1"))
    scripted.answers.append(False)
    assert not window.import_pack(pack_file(tmp_path, "2"))
    assert scripted.asked == ["Oppdatere pakken?"]
    folder = window.settings.shared_pack_folder() / "kom-i-gang"
    assert load_pack(folder).pack.version == "1"
    assert [p.name for p in folder.parent.iterdir()] == ["kom-i-gang"]


def test_direction_characters_in_the_version_and_author_are_shown_not_obeyed(
    window: MainWindow, tmp_path: Path
) -> None:
    """«skrevet av …» says who sent the pack; a right-to-left override must not turn it
    into another name, so it is shown as U+202E, as the import's message shows it."""
    file = pack_file(tmp_path, "2\\u202e1")
    copy = tmp_path / "kilde-2\\u202e1"
    yaml = copy / "scenario.yaml"
    text = yaml.read_text(encoding="utf-8")
    yaml.write_text(
        text.replace('author: "Øvelse"', 'author: "Statsforvalteren i \\u202eoslO"', 1),
        encoding="utf-8",
    )
    write_pack_file(load_pack(copy), file, CREATED)
    assert window.import_pack(file)
    assert window.library.details.text().startswith(
        "Fra statsforvalteren · versjon 2U+202E1 · skrevet av Statsforvalteren i U+202EoslO\n"
    )
    entry = window.library.pack_list.currentItem()
    assert entry is not None and entry.text().endswith("\nversjon 2U+202E1")


def test_a_pack_that_cannot_be_shared_says_why_in_norwegian(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "borte" / "til-kommunene.ovelsepakke"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: str(target))
    assert window.library.select_pack("kom-i-gang")
    choose_in_file_menu(window, qtbot, "Del pakke …")
    qtbot.waitUntil(lambda: window.library.banner.isVisible())
    assert window.library.banner_text.text() == (
        "Pakken ble ikke delt: filen eller mappen finnes ikke"
    )
    assert not target.exists()


def test_a_pack_file_with_many_problems_leaves_room_for_the_library(
    window: MainWindow, tmp_path: Path
) -> None:
    """Every problem in the banner pushed the list of packs off a 1366×768 screen; the
    first few are shown and the rest counted."""
    copy = tmp_path / "kilde"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", copy)
    yaml = copy / "scenario.yaml"
    text = yaml.read_text(encoding="utf-8")
    file = tmp_path / "mange-feil.ovelsepakke"
    write_pack_file(load_pack(copy), file, CREATED)
    # Six problems: every inject's time and the pack's duration, with the hashes redone.
    broken = text.replace('duration: "15m"', "duration: lenge", 1)
    for minutes in ("00", "03", "06", "09", "12"):
        broken = broken.replace(f'at: "+00:{minutes}"', "at: lenge", 1)
    yaml.write_text(broken, encoding="utf-8")
    manifest = json.loads(read_pack_file(file).manifest.text())
    parts = {p: (copy / p).read_bytes() for p in read_pack_file(file).parts}
    manifest["files"] = [entry.as_json() for entry in entries_of(parts)]
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for path, data in parts.items():
            archive.writestr(path, data)
    assert not window.import_pack(file)
    lines = window.library.banner_text.text().splitlines()
    assert lines[0] == "Pakkefilen ble ikke importert:"
    assert len(lines) == 6
    assert all(line.startswith("mange-feil.ovelsepakke/scenario.yaml:") for line in lines[1:5])
    assert lines[5] == "… og 2 feil til"
