"""The use cases the window and the command line share: create, open, save as, close,
and the outputs, each from an open session or from a file on disk."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ovelse.app import outputs
from ovelse.app.sessions import (
    Person,
    SessionPlan,
    close_session,
    create_session,
    open_session,
    save_session_as,
)
from ovelse.exercise import FakeClock
from ovelse.exercise.kinds import EntryKind
from tests.exercise.packs import build_pack


def plan(folder: Path) -> SessionPlan:
    return SessionPlan(
        path=folder / "nytt" / "øvelse.ovelse",
        pack=build_pack(),
        participants=(Person("Kari Nordmann", "Vannverket", ()),),
        auto_release=True,
    )


def test_a_new_session_has_its_people_and_its_folder(tmp_path: Path) -> None:
    created = create_session(plan(tmp_path), FakeClock())
    try:
        assert created.setup_error is None
        exercise = created.session.exercise
        assert [p.name for p in exercise.participants.all()] == ["Kari Nordmann"]
        assert exercise.auto_release
    finally:
        close_session(created.session)
    reopened = open_session(created.session.path, FakeClock())
    with reopened:
        assert not reopened.read_only
        assert [p.name for p in reopened.exercise.participants.all()] == ["Kari Nordmann"]


def test_a_session_open_elsewhere_opens_read_only_saying_who(tmp_path: Path) -> None:
    first = create_session(plan(tmp_path), FakeClock()).session
    try:
        second = open_session(first.path, FakeClock())
        with second:
            assert second.read_only
            assert second.lock_holder is not None
            assert second.read_only_reason
    finally:
        close_session(first)


def test_save_as_continues_in_the_new_file(tmp_path: Path) -> None:
    session = create_session(plan(tmp_path), FakeClock()).session
    try:
        session.exercise.start()
        session.exercise.add_entry(EntryKind.DECISION, "Vannverket får aggregat", ("ordforer",))
        target = tmp_path / "kopi.ovelse"
        save_session_as(session, target)
        assert session.path == target
        session.exercise.add_entry(EntryKind.ACTION, "Etter kopien", ("ordforer",))
    finally:
        close_session(session)
    with open_session(target, read_only=True) as copy:
        assert [e.text for e in copy.exercise.log.entries()] == [
            "Vannverket får aggregat",
            "Etter kopien",
        ]


@pytest.mark.parametrize("kind", outputs.KINDS)
def test_each_output_is_written_from_a_file_beside_a_live_exercise(
    tmp_path: Path, kind: outputs.Kind
) -> None:
    live = create_session(plan(tmp_path), FakeClock()).session
    try:
        live.exercise.start()
        live.exercise.add_entry(EntryKind.DECISION, "Vannverket får aggregat", ("ordforer",))
        target = outputs.with_suffix(kind, tmp_path / "ut")
        written = outputs.write_output_of_file(live.path, kind, target)
        assert not live.read_only  # the facilitator keeps the session
    finally:
        close_session(live)
    assert written.path == target and target.name == "ut" + outputs.SUFFIXES[kind]
    if kind in ("pdf", "public_pdf"):
        assert written.pages == len(PdfReader(target).pages)
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
    elif kind in ("docx", "public_docx"):
        document = docx.Document(str(target))
        text = "\n".join(
            [p.text for p in document.paragraphs]
            + [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        )
    elif kind == "actions_csv":  # the expected actions, not the log: its columns
        assert target.read_text(encoding="utf-8-sig").count("Krysset av (klokke)") == 1
        return
    else:
        text = target.read_text(encoding="utf-8-sig")
    assert "Vannverket får aggregat" in text


def test_a_suffix_is_added_only_when_missing() -> None:
    assert outputs.with_suffix("csv", Path("logg")) == Path("logg.csv")
    assert outputs.with_suffix("pdf", Path("rapport.PDF")) == Path("rapport.PDF")
