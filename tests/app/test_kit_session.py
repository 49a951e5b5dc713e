"""The paper kit from a session: the directive's texts typed in Prepare are kept in the
session file, and the kit printed from it carries them, the people and the marking."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ovelse.app.kit import kit_for_session, write_kit
from ovelse.app.sessions import Person, SessionPlan, close_session, create_session, open_session
from ovelse.cli import main
from ovelse.exercise import FakeClock
from ovelse.exercise.kinds import EvaluationField, MarkingKind
from ovelse.report.kit.model import KitKind
from ovelse.report.kit.pdf import write_kit_document
from ovelse.scenario.model import Directive
from tests.exercise.packs import build_pack

DIRECTIVE = Directive(
    date="Torsdag 11. mars 2027",
    time="09.00–12.00",
    place="Rådhuset i Unjárga, møterom Čáhcesuolu",
    contact="Áilu Hansen, tlf. 900 00 000",
)


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pages))


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_the_directive_is_kept_in_the_session_and_printed_from_it(tmp_path: Path) -> None:
    pack = build_pack()
    role = pack.roles[0]
    plan = SessionPlan(
        path=tmp_path / "øvelse.ovelse",
        pack=pack,
        participants=(Person("Kari Nordmann", "Vannverket", (role.id,)),),
        directive=Directive(**{**DIRECTIVE.__dict__, "practical": "  Kaffe fra 08.45.  "}),
    )
    created = create_session(plan, FakeClock())
    assert created.setup_error is None
    created.session.exercise.set_marking(MarkingKind.OFFL_24)
    close_session(created.session)

    with open_session(plan.path, FakeClock()) as session:
        exercise = session.exercise
        assert exercise.directive.date == DIRECTIVE.date
        assert exercise.directive.practical == "Kaffe fra 08.45."  # kept without the blanks
        stream = io.BytesIO()
        write_kit_document(kit_for_session(session), KitKind.DIRECTIVE, stream)
    text = _text(stream.getvalue())
    for value in (DIRECTIVE.date, DIRECTIVE.place, DIRECTIVE.contact, "Kaffe fra 08.45."):
        assert _squash(value) in text
    assert "KariNordmann" in text
    assert _squash("Unntatt offentlighet, jf. offl. § 24 tredje ledd") in text


def test_the_same_directive_again_records_nothing_and_the_evaluation_fills_the_gaps(
    tmp_path: Path,
) -> None:
    plan = SessionPlan(path=tmp_path / "øvelse.ovelse", pack=build_pack(), directive=DIRECTIVE)
    created = create_session(plan, FakeClock())
    session = created.session
    try:
        before = len(session.records())
        assert session.exercise.set_directive(DIRECTIVE).empty
        assert len(session.records()) == before
        changed = session.exercise.set_directive(Directive(place="Brannstasjonen"))
        assert changed.directive
        session.exercise.set_evaluation_text(EvaluationField.DATE, "2027-03-11")
        session.exercise.set_evaluation_text(EvaluationField.ASSUMPTIONS, "Alt er fiksjon.")
        written = write_kit(kit_for_session(session), [KitKind.DIRECTIVE], tmp_path / "dir")
    finally:
        close_session(session)
    text = _text(written[0].path.read_bytes())
    assert written[0].path.name == "dir.pdf"
    assert "Brannstasjonen" in text
    assert "2027-03-11" in text
    assert "Alterfiksjon." in text


def test_ovelse_print_takes_a_session_file_and_refuses_a_profile_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = SessionPlan(path=tmp_path / "øvelse.ovelse", pack=build_pack(), directive=DIRECTIVE)
    close_session(create_session(plan, FakeClock()).session)
    target = tmp_path / "direktiv.pdf"
    assert main(["print", str(plan.path), "--kit", "ovingsdirektiv", "-o", str(target)]) == 0
    assert _squash(DIRECTIVE.place) in _text(target.read_bytes())
    args = ["print", str(plan.path), "--profile", "x", "--kit", "dreiebok", "-o", str(target)]
    assert main(args) == 2
    assert "--profile" in capsys.readouterr().err


def test_role_cards_and_evaluation_forms_are_printed_for_the_roles_at_the_table(
    tmp_path: Path,
) -> None:
    pack = build_pack()
    seated, away = pack.roles[0], pack.roles[1]
    plan = SessionPlan(
        path=tmp_path / "øvelse.ovelse",
        pack=pack,
        participants=(Person("", "", (seated.id,)),),  # a role with no name is at the table
    )
    created = create_session(plan, FakeClock())
    try:
        kit = kit_for_session(created.session)
    finally:
        close_session(created.session)
    assert [card.title for card in kit.role_cards] == [seated.title]
    assert kit.hotwash.roles == (seated.title,)
    stream = io.BytesIO()
    write_kit_document(kit, KitKind.ROLE_CARDS, stream)
    text = _text(stream.getvalue())
    assert _squash(seated.title) in text
    assert _squash(away.title) not in text
