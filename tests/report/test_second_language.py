"""The report's appendix of injects carries the second language the participants saw."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from ovelse.exercise.clock import FakeClock
from ovelse.report.from_session import write_report
from ovelse.scenario.languages import without_translation
from ovelse.scenario.loader import load_pack
from ovelse.store import Session
from tests.report.conftest import squash

FINNMARK = Path(__file__).parents[2] / "scenarios" / "evakuering-ost-finnmark"


def _report(tmp_path: Path, *, shown: bool) -> str:
    loaded = load_pack(FINNMARK)
    values = loaded.values(loaded.profile("nesseby"))
    pack = loaded.render(values)
    if not shown:
        pack = without_translation(pack)
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    path = tmp_path / f"finnmark-{shown}.ovelse"
    session = Session.create(path, pack, profile_id="nesseby", variables=values, clock=clock)
    with session:
        session.exercise.start()
        for inject_id in ("eo-1-1", "eo-2-1", "eo-2-4", "eo-3-4"):
            clock.advance(minutes=10)
            session.exercise.release(inject_id)
        clock.advance(minutes=10)
        session.exercise.end()
        target = tmp_path / f"rapport-{shown}.pdf"
        write_report(session, target)
    return " ".join(page.extract_text() for page in PdfReader(target).pages)


def test_the_injects_appendix_carries_both_languages_with_sami_letters(tmp_path: Path) -> None:
    text = squash(_report(tmp_path, shown=True))
    assert squash("Davvisámegiella – Ráđđehus mearrida evakuerema") in text
    assert squash("Politiijamešttir dieđiha gielddaide") in text
    assert squash("Boazoeaiggádat duoddaris") in text
    assert squash("Davvisámegiella – Dieđáhusa evttohus – dárogillii ja davvisámegillii") in text
    assert squash("Maŋimuš busse vuolgá") in text
    assert squash("Regjeringen beslutter evakuering") in text
    assert squash("Politimesteren orienterer kommunene") in text


def test_a_session_that_did_not_show_it_reports_one_language(tmp_path: Path) -> None:
    text = squash(_report(tmp_path, shown=False))
    assert "Davvisámegiella" not in text and squash("Politiijamešttir") not in text
    assert squash("Politimesteren orienterer kommunene") in text
