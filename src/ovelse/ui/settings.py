"""Preferences, recent sessions and the «was it closed cleanly?» marker, via QSettings.

With a ``basedir`` (tests, ``--basedir``) everything lives in an INI file and a session
folder under it, so a test run never reads or writes the real user's settings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ovelse.i18n import LANGUAGES

ORGANISATION = "Ovelse"
APPLICATION = "Ovelse"
MAX_RECENT = 10


def _draft_key(session: Path) -> str:
    digest = hashlib.sha256(str(session.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"drafts/{digest}"


def _mapping_key(headers: list[str]) -> str:
    """One key per set of headers, whatever their order, case or spacing."""
    joined = "\n".join(sorted(" ".join(h.split()).casefold() for h in headers))
    return f"dreiebok/{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:20]}"


class AppSettings:
    def __init__(self, basedir: Path | None = None) -> None:
        self.basedir = basedir
        if basedir is not None:
            basedir.mkdir(parents=True, exist_ok=True)
            self._qs = QSettings(str(basedir / "ovelse.ini"), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(ORGANISATION, APPLICATION)

    # --- where sessions go ----------------------------------------------------------------

    def session_folder(self) -> Path:
        """The default folder for new session files: the user's documents, or basedir."""
        if self.basedir is not None:
            folder = self.basedir / "okter"
        else:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents or Path.home()) / "Øvelse"
        return folder

    def pack_folder(self) -> Path:
        """«Mine pakker»: where tailored packs are saved, in the user's data folder."""
        if self.basedir is not None:
            return self.basedir / "pakker"
        data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return Path(data or Path.home() / ".ovelse") / "pakker"

    def shared_pack_folder(self) -> Path:
        """«Fra statsforvalteren»: packs taken in from a pack file, beside «Mine pakker»
        (``ovelse.app.places`` finds the same folder without Qt, for ``pack-import``)."""
        from ovelse.app.places import SHARED_PACKS

        return self.pack_folder().parent / SHARED_PACKS

    def last_pack_folder(self) -> str:
        return str(self._qs.value("library/last_folder", "", type=str))

    def set_last_pack_folder(self, folder: Path) -> None:
        self._qs.setValue("library/last_folder", str(folder))

    # --- the report step (ui/report_step.py) ---------------------------------------------

    def report_kind(self) -> str:
        """The kind of output written last («pdf», «public_docx» …), offered first."""
        return str(self._qs.value("report/kind", "", type=str))

    def report_folder(self) -> str:
        return str(self._qs.value("report/folder", "", type=str))

    def set_report_choice(self, kind: str, folder: Path) -> None:
        self._qs.setValue("report/kind", kind)
        self._qs.setValue("report/folder", str(folder))

    # --- dreiebok column mappings (ui/dreiebok_dialog.py) -----------------------------------

    def column_mapping(self, headers: list[str]) -> dict[str, str]:
        """The columns chosen the last time a sheet with these headers was imported."""
        raw = self._qs.value(_mapping_key(headers), [], type=list)
        if not isinstance(raw, list):
            return {}
        pairs = (str(item).split("\t", 1) for item in raw)
        return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}

    def set_column_mapping(self, headers: list[str], mapping: dict[str, str]) -> None:
        # A list of «header<TAB>key»: QSettings keeps lists of text in every format.
        self._qs.setValue(_mapping_key(headers), [f"{h}\t{k}" for h, k in mapping.items()])

    # --- recent sessions ------------------------------------------------------------------

    def recent_sessions(self) -> list[Path]:
        raw = self._qs.value("recent/sessions", [], type=list)
        if not isinstance(raw, list):
            return []
        return [Path(str(item)) for item in raw if str(item)]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        items = [item for item in self.recent_sessions() if item != path]
        items.insert(0, path)
        self._qs.setValue("recent/sessions", [str(item) for item in items[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        items = [item for item in self.recent_sessions() if item != path]
        self._qs.setValue("recent/sessions", [str(item) for item in items])

    # --- clean shutdown -------------------------------------------------------------------

    def mark_open(self, path: Path) -> None:
        """Remember the session in use until it is closed; a crash leaves the mark."""
        self._qs.setValue("session/open", str(path.resolve()))
        self._qs.remove("session/participant_up")
        self._qs.remove("session/reached_ms")
        self._qs.sync()

    def mark_closed(self) -> None:
        self._qs.remove("session/open")
        self._qs.remove("session/participant_up")
        self._qs.remove("session/reached_ms")
        self._qs.sync()

    def set_reached(self, exercise_ms: int) -> None:
        """How far the open session's running clock has come, noted now and then.

        After a crash the clock is paused here rather than at the last thing logged,
        which may be many minutes of discussion earlier.
        """
        self._qs.setValue("session/reached_ms", exercise_ms)
        self._qs.sync()

    def reached_ms(self, session: Path) -> int | None:
        """The last noted exercise time, if ``session`` is the one left open."""
        unclean = self.unclean_session()
        if unclean is None or unclean != session.resolve():
            return None
        value = self._qs.value("session/reached_ms", -1, type=int)
        return value if isinstance(value, int) and value >= 0 else None

    def set_participant_up(self, up: bool) -> None:
        """Whether the open session's projector window is showing; a crash leaves the mark.

        After a crash in one-screen mode the restart must not put the console, with its
        private notes, on the screen the room was looking at.
        """
        self._qs.setValue("session/participant_up", up)
        self._qs.sync()

    def participant_was_up(self, session: Path) -> bool:
        """True if ``session`` was left open, with its projector window showing."""
        unclean = self.unclean_session()
        return (
            unclean is not None
            and unclean == session.resolve()
            and bool(self._qs.value("session/participant_up", False, type=bool))
        )

    def unclean_session(self) -> Path | None:
        value = str(self._qs.value("session/open", "", type=str))
        if not value:
            return None
        path = Path(value)
        return path if path.is_file() else None

    # --- unsaved log text -----------------------------------------------------------------

    def log_draft(self, session: Path) -> str:
        """Text left in the log entry box when a session was closed or the app died."""
        return str(self._qs.value(_draft_key(session), "", type=str))

    def set_log_draft(self, session: Path, text: str) -> None:
        if text.strip():
            self._qs.setValue(_draft_key(session), text)
        else:
            self._qs.remove(_draft_key(session))

    # --- preferences ----------------------------------------------------------------------

    def sound_on_due(self) -> bool:
        return bool(self._qs.value("console/sound", False, type=bool))

    def set_sound_on_due(self, enabled: bool) -> None:
        self._qs.setValue("console/sound", enabled)

    def language(self) -> str | None:
        """The language chosen in the app's Språk menu, or None to follow the system."""
        value = str(self._qs.value("ui/language", "", type=str))
        return value if value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        self._qs.setValue("ui/language", language)
        self._qs.sync()

    def participant_screen(self) -> str:
        return str(self._qs.value("participant/screen", "", type=str))

    def set_participant_screen(self, name: str) -> None:
        self._qs.setValue("participant/screen", name)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{key}", value)

    def sync(self) -> None:
        self._qs.sync()
