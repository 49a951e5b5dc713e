"""Per goal, the report shows the expected actions as ticked and the counts of evidence."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ovelse.app.outputs import write_output
from ovelse.exercise.clock import FakeClock
from ovelse.exercise.events import Links
from ovelse.exercise.kinds import ActionMark, EntryKind, ExemptKind, NoteSection, Rating
from ovelse.report.from_session import from_session
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from tests.report.conftest import squash

PACK = "langvarig-strombrudd"
FIRST = "i1-1"  # four expected actions; exercises m1, m1.1 and m3.1
NOTE = "Bare aggregatene på rådhuset & <b>Čáhcesuolu</b>"  # markup is text
OBSERVED = "Ordføreren ringte Statsforvalteren på eget initiativ"


@pytest.fixture(scope="module")
def session_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    loaded = load_pack(builtin_scenarios() / PACK)
    values = loaded.values(loaded.profiles[0])
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path_factory.mktemp("evidence") / "ovelse.ovelse"
    session = Session.create(
        path, loaded.render(values), profile_id=loaded.profiles[0].id, variables=values, clock=clock
    )
    with session:
        ex = session.exercise
        ex.start()
        ex.release(FIRST)
        clock.advance(minutes=5)
        ex.add_entry(EntryKind.DECISION, "Kriseledelsen samles på rådhuset", ["ordforer"])
        for action_id in ("1", "2", "3"):
            ex.tick_action(FIRST, action_id, ActionMark.DONE)
        ex.tick_action(FIRST, "4", ActionMark.PARTLY, NOTE)
        ex.observe_action(OBSERVED)
        clock.advance(minutes=20)
        ex.end()
        ex.rate("m1", Rating.WELL, "Samlet innen en time.")
        ex.add_note(NoteSection.STRENGTHS, "Rask innkalling", Links(objectives=("m1",)))
        ex.add_note(NoteSection.STRENGTHS, "Skjermet styrke", Links(objectives=("m1",)))
        ex.set_exempt(ExemptKind.ITEM, "S2")
        ex.set_exempt(ExemptKind.ASSESSMENT, "m3")
    return path


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def written(session_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("out")
    found: dict[str, str] = {}
    with Session.open(session_path, read_only=True) as session:
        for kind in ("pdf", "public_pdf", "docx"):
            path = folder / f"{kind}.{kind.rsplit('_', 1)[-1]}"
            write_output(session, kind, path)  # type: ignore[arg-type]
            found[kind] = _pdf_text(path) if kind.endswith("pdf") else _docx_text(path)
    return found


def test_the_model_holds_each_goals_ticks_and_counts(session_path: Path) -> None:
    with Session.open(session_path, read_only=True) as session:
        report = from_session(session)
    goals = {goal.id: goal for goal in report.goals}
    evidence = goals["m1"].evidence
    assert [a.mark for a in evidence.actions] == [ActionMark.DONE] * 3 + [
        ActionMark.PARTLY,
        ActionMark.DONE,
    ]
    assert evidence.actions[3].note == NOTE
    assert evidence.actions[-1].observed and evidence.actions[-1].text == OBSERVED
    assert evidence.entry_ids == ("L1",)
    assert (evidence.strength_ids, evidence.improvement_ids) == (("S1", "S2"), ())
    assert evidence.tally.startswith("3 av ")
    assert evidence.given == 1 and evidence.injects > 1, "only the first inject was given"


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_report_lists_the_expected_actions_with_their_ticks(
    written: dict[str, str], kind: str
) -> None:
    text = written[kind]
    squashed = squash(text)
    assert "Forventede handlinger" in text
    assert squash("Deltakerne vet hvor kriseledelsen kan samles med reservestrøm og varme.") in (
        squashed
    )
    assert squash(NOTE) in squashed
    assert squash(OBSERVED) in squashed
    assert squash("1 loggføring, 2 styrker, 0 forbedringspunkter, 3 av ") in squashed
    assert squash("forventede handlinger gjort, 1 delvis") in squashed
    assert text.count("Gjort") >= 4 and "Delvis" in text


def test_the_public_version_leaves_out_the_facilitators_words_and_exempt_evidence(
    written: dict[str, str],
) -> None:
    full, public = squash(written["pdf"]), squash(written["public_pdf"])
    assert squash(NOTE) in full and squash(NOTE) not in public
    assert squash(OBSERVED) in full and squash(OBSERVED) not in public
    action = squash("Deltakerne vet hvor kriseledelsen kan samles med reservestrøm og varme.")
    # The pack's action and its tick stay, under m1; not under m3, whose verdict is exempt.
    assert full.count(action) == 2 and public.count(action) == 1
    # It counts only what it shows: the exempt strength is not counted.
    assert squash("1 loggføring, 1 styrke, 0 forbedringspunkter") in public
    assert squash("2 styrker") not in public
