"""The report shows what each sub-goal was measured by, and starts with the pack's marking."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from ovelse.exercise import labels
from ovelse.exercise.clock import FakeClock
from ovelse.exercise.kinds import MarkingKind
from ovelse.report import texts
from ovelse.report.from_session import from_session, write_report
from ovelse.scenario.loader import load_pack
from ovelse.store import Session

FINNMARK = Path(__file__).parents[2] / "scenarios" / "evakuering-ost-finnmark"


def test_sub_goal_indicators_and_the_packs_marking_reach_the_report(tmp_path: Path) -> None:
    loaded = load_pack(FINNMARK)
    values = loaded.values(loaded.profile("nesseby"))
    pack = loaded.render(values)
    clock = FakeClock(datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    with Session.create(tmp_path / "krig.ovelse", pack, variables=values, clock=clock) as session:
        report = from_session(session)
        write_report(session, tmp_path / "rapport.pdf")
    sub = pack.objectives[1].subgoals[0]
    assert sub.indicator
    printed = report.goals[1].subgoals[0]
    assert printed.indicator == sub.indicator
    assert session.exercise.evaluation.marking.kind is MarkingKind.OFFL_21
    pages = PdfReader(tmp_path / "rapport.pdf").pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    goals = text.split(texts.SEC_GOALS, 1)[1]
    assert texts.INDICATOR.format(indicator=sub.indicator)[:60] in goals
    assert labels.MARKINGS[MarkingKind.OFFL_21] in " ".join(pages[0].extract_text().split())
