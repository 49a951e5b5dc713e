"""Every built-in pack, run and evaluated as a kommune would, sent as a result file and
rolled up: the statsforvalter's summary says what the kommune's evaluation said."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.app.results import write_result_of_session
from ovelse.interchange.results.reader import read_result
from ovelse.presentation import rating
from ovelse.regional.pdf import pdf_bytes
from ovelse.regional.rollup import roll_up_files
from tests.interchange.evaluated import MARKUP, builtin_packs, evaluated_session
from tests.regional.conftest import pdf_pages


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One result file per built-in pack, in one folder, as they arrive by e-mail."""
    folder = tmp_path_factory.mktemp("innboks")
    paths = []
    for loaded in builtin_packs():
        work = tmp_path_factory.mktemp(loaded.pack.id)
        session = evaluated_session(work, loaded)
        try:
            path = folder / f"{loaded.pack.id}.ovelseresultat"
            write_result_of_session(session, path)
        finally:
            session.close()
        paths.append(path)
    return paths


def test_each_packs_roll_up_holds_its_kommune_and_leaves_the_others_out(
    sent: list[Path],
) -> None:
    assert len(sent) >= 5
    folder = sent[0].parent
    for path in sent:
        result = read_result(path)
        rollup = roll_up_files([folder], pack=(result.pack.id, None))
        assert rollup.pack_version == result.pack.version
        assert rollup.kommuner == (result.kommune.name,)
        assert [goal.id for goal in rollup.goals] == [goal.id for goal in result.goals]
        row = rollup.rows[0]
        for index, goal in enumerate(result.goals):
            assert row.ratings[index] == goal.rating
            assert (index in row.withheld) == goal.withheld
        assert len(rollup.rejected) == len(sent) - 1
        assert all(" versjon " in r.reason for r in rollup.rejected)
        flagged = {item.text for item in rollup.follow_ups}
        assert "Øv varsling oftere" in flagged
        assert any(text.startswith("Avtale om reservedrivstoff med staten") for text in flagged)
        learning = [group.wording for entry in rollup.learning for group in entry.groups]
        assert learning == ["Øv varsling oftere"]


def test_the_pdf_shows_the_kommunes_words_and_verdicts(sent: list[Path]) -> None:
    for path in sent:
        result = read_result(path)
        whole = " ".join(" ".join(pdf_pages(pdf_bytes(roll_up_files([path]))[0])).split())
        assert result.kommune.name in whole
        assert " ".join(MARKUP.split()) in whole  # markup in a kommune's text is text
        for goal in result.goals:
            assert rating(goal.rating) in whole
