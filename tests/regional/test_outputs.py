"""The roll-up as the statsforvalter opens it: the PDF read back with pypdf, the workbook
with openpyxl, and the ``ovelse rollup`` command."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from benchmarks.result_files import kommune, synthetic_result, write_results
from openpyxl import load_workbook

from ovelse import cli_texts
from ovelse.cli import main
from ovelse.exercise.kinds import Rating
from ovelse.interchange.results.model import Finding
from ovelse.interchange.results.writer import result_bytes
from ovelse.presentation import rating
from ovelse.regional import texts
from ovelse.regional.invited import Invited
from ovelse.regional.model import RATING_ORDER
from ovelse.regional.pdf import pdf_bytes
from ovelse.regional.rollup import Loaded, roll_up, roll_up_files
from ovelse.regional.xlsx import workbook_bytes
from ovelse.report import texts as report_texts
from tests.regional.conftest import pdf_pages


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("alle-kommuner")
    write_results(folder, 357)
    return folder


def test_the_national_roll_up_names_every_kommune_and_adds_up(national: Path) -> None:
    rollup = roll_up_files([national])
    data, pages = pdf_bytes(rollup)
    text = pdf_pages(data)
    assert len(text) == pages
    whole = "\n".join(text)
    matrix = whole[whole.index(texts.MATRIX) : whole.index(texts.SPREAD + "\n")]
    matrix = " ".join(matrix.split())  # a long name wraps in its cell
    for row in rollup.rows:  # each kommune by name, with its first goal's rating beside it
        assert f" {row.kommune} {rating(row.ratings[0])} " in matrix, row.kommune
    assert len(rollup.rows) == 357
    # The spread chapter: each goal's counts as printed, summing to every kommune.
    spread = whole[whole.index(texts.SPREAD + "\n") : whole.index(texts.LEARNING + "\n")]
    for item in rollup.spread:
        assert item.total == 357
        for count in item.counts:
            assert f"{count} ({round(100 * count / 357)} %)" in spread
    # The summary page says how many reported, and ends on its own page.
    summary = text[1]
    lead = texts.SUMMARY_LEAD.for_count(357)
    assert lead.format(reported=357, pack=rollup.pack_title, version="1.0").split(" (")[
        0
    ] in " ".join(summary.split())
    assert texts.MATRIX not in summary
    assert report_texts.PAGE_OF.format(page=2, total=pages) in summary
    # every page carries «Side x av y»
    assert all(report_texts.PAGE_OF.format(page=n, total=pages) in t for n, t in enumerate(text, 1))


def test_ratings_are_printed_as_words_and_kommune_text_as_it_was_written() -> None:
    result = synthetic_result(0)
    result = dataclasses.replace(
        result,
        goals=(
            dataclasses.replace(result.goals[0], rating=None, withheld=True),
            *result.goals[1:],
        ),
        learning_points=(Finding("LP1", "Aggregat <b>& vann</b> på Čáhcesuolu", ("M1",)),),
    )
    data, _ = pdf_bytes(roll_up([Loaded("a.ovelseresultat", result)]))
    whole = " ".join(" ".join(pdf_pages(data)).split())
    assert "Aggregat <b>& vann</b> på Čáhcesuolu" in whole
    for goal in result.goals[1:]:
        assert rating(goal.rating) in whole
    # the exempt verdict is said to be withheld, not shown as «ikke vurdert»
    assert f"{result.kommune.name} {texts.WITHHELD} {rating(result.goals[1].rating)}" in whole


def test_the_workbook_has_a_sheet_per_table_with_frozen_headers(national: Path) -> None:
    rollup = roll_up_files([national])
    book = load_workbook(io.BytesIO(workbook_bytes(rollup)))
    assert book.sheetnames[:3] == [texts.SUMMARY, texts.GOAL_KEY, texts.MATRIX]
    matrix = book[texts.MATRIX]
    assert [c.value for c in matrix[1]] == [texts.COLUMN_KOMMUNE, "M1", "M2", "M3", "M4", "M5"]
    assert matrix.freeze_panes == "A2"
    assert matrix.max_row == 358
    names = {matrix.cell(row=r, column=1).value for r in range(2, 359)}
    assert names == set(rollup.kommuner)
    first = rollup.rows[0]
    assert matrix.cell(row=2, column=2).value == rating(first.ratings[0])
    spread = book[texts.SPREAD]
    assert [c.value for c in spread[1]][-1] == texts.COLUMN_COUNT
    assert [spread.cell(row=r, column=7).value for r in range(2, 7)] == [357] * 5
    assert len(RATING_ORDER) == 5
    learning = book[texts.LEARNING]
    assert [c.value for c in learning[1]] == [
        texts.COLUMN_GOAL,
        texts.COLUMN_WORDING,
        texts.COLUMN_COUNT,
        texts.COLUMN_KOMMUNER,
    ]


def test_the_workbook_spread_holds_numbers_to_work_on(region: Path) -> None:
    """The PDF prints «8 (20 %)»; the sheet holds the count as a number, so the
    statsforvalter can sum, sort and chart it."""
    rollup = roll_up_files([region])
    spread = load_workbook(io.BytesIO(workbook_bytes(rollup)))[texts.SPREAD]
    for row, item in enumerate(rollup.spread, start=2):
        counts = [spread.cell(row=row, column=c).value for c in range(2, 2 + len(RATING_ORDER))]
        assert counts == list(item.counts)
        assert sum(counts) == 40


def test_a_matrix_of_many_goals_prints_every_rating_word_whole() -> None:
    """Twelve goals do not fit beside the kommune's name on a portrait page: the matrix
    goes on in a second table (M8–M12) rather than print «Delvi s iva retat t»."""
    loaded = []
    for index in range(8):
        result = synthetic_result(index)
        goals = tuple(
            dataclasses.replace(result.goals[n % 5], id=f"G{n}", title=f"Mål {n}", subgoals=())
            for n in range(12)
        )
        loaded.append(Loaded(f"{index}.ovelseresultat", dataclasses.replace(result, goals=goals)))
    rollup = roll_up(loaded)
    whole = "\n".join(pdf_pages(pdf_bytes(rollup)[0]))
    matrix = whole[whole.index(texts.MATRIX) : whole.index(texts.SPREAD + "\n")].split()
    worded = {Rating.WELL, Rating.PARTLY, Rating.NOT}
    cells = sum(1 for row in rollup.rows for r in row.ratings if r in worded)
    assert matrix.count("ivaretatt") == cells
    assert matrix.count("M12") == 2  # in the key and at the head of the second table


def test_every_sheet_has_a_whole_name_that_fits(region: Path) -> None:
    """Excel cuts a sheet's name at 31 characters; the follow-ups and the kommuner not
    reported get names that fit instead of «… region s» and «… rapporter»."""
    rollup = roll_up_files([region], invited=[Invited("Oslo"), Invited("Bergen")])
    assert rollup.follow_ups and rollup.missing
    names = load_workbook(io.BytesIO(workbook_bytes(rollup))).sheetnames
    assert texts.FOLLOW_UP_SHEET in names
    assert texts.MISSING_SHEET in names
    assert all(len(name) < 31 for name in names)


def test_the_cover_counts_the_invited_who_reported_not_every_file(region: Path) -> None:
    """Files from kommuner not on the list do not make the invited look as if they had
    reported: two of three invited have sent, whatever the others sent."""
    invited = [Invited("Alta"), Invited("Vadsø"), Invited("Oslo")]
    rollup = roll_up_files([region], invited=invited)
    assert len(rollup.rows) == 40
    cover = pdf_pages(pdf_bytes(rollup)[0])[0]
    assert texts.REPORTED_OF.format(reported=2, invited=3) in cover


def test_the_summary_stays_on_one_page_with_long_points_and_many_missing() -> None:
    """A national round: 100 of 357 invited have sent, their points two lines long, the
    goals' titles long; the summary for DSB is still one page, made smaller to fit."""
    tail = " fordi planen for mottak og registrering av evakuerte fra andre fylker ikke er øvd"
    loaded = []
    for index in range(100):
        result = synthetic_result(index)
        goals = tuple(
            dataclasses.replace(goal, title=goal.title + " – og hele kommunen vet hvordan")
            for goal in result.goals
        )
        learning = tuple(
            dataclasses.replace(point, text=(point.text + tail)[:100])
            for point in result.learning_points
        )
        improvements = tuple(
            dataclasses.replace(point, text=(point.text + tail)[:100])
            for point in result.improvements
        )
        result = dataclasses.replace(
            result, goals=goals, learning_points=learning, improvements=improvements
        )
        loaded.append(Loaded(f"{index}.ovelseresultat", result))
    invited = [Invited(f"{kommune(i).name} og omegn") for i in range(357)]
    rollup = roll_up(loaded, invited=invited)
    text = pdf_pages(pdf_bytes(rollup)[0])
    summary = " ".join(text[1].split())
    assert texts.SUMMARY_MISSING.for_count(357).split(" {names}")[0].format(count=357) in summary
    assert texts.MATRIX in text[2]


def test_a_point_that_looks_like_a_formula_stays_text() -> None:
    result = dataclasses.replace(
        synthetic_result(0),
        learning_points=(Finding("LP1", '=HYPERLINK("http://x")', ("M1",)),),
    )
    book = load_workbook(io.BytesIO(workbook_bytes(roll_up([Loaded("a", result)]))))
    cell = book[texts.LEARNING].cell(row=2, column=2)
    assert cell.value == '=HYPERLINK("http://x")'
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_the_command_writes_both_files_and_names_what_it_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "innkomne"
    write_results(folder, 5)
    (folder / "skadet.ovelseresultat").write_bytes(b"ikke en zip")
    invited = tmp_path / "inviterte.txt"
    invited.write_text("Vadsø\nOslo\n", encoding="utf-8")
    pdf, xlsx = tmp_path / "oppsummering.pdf", tmp_path / "oppsummering.xlsx"

    code = main(
        ["rollup", str(folder), "-o", str(pdf), "--xlsx", str(xlsx), "--invited", str(invited)]
    )

    out, err = capsys.readouterr()
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert load_workbook(xlsx).sheetnames[0] == texts.SUMMARY
    assert f"Skrev {pdf}: 5 kommuner" in out
    assert cli_texts.ROLLUP_MISSING.format(names="Oslo") in out
    assert err.startswith(cli_texts.ROLLUP_LEFT_OUT.format(file="skadet.ovelseresultat", reason=""))


def test_the_command_writes_nothing_when_no_file_can_be_taken_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "a.ovelseresultat"
    bad.write_bytes(result_bytes(synthetic_result(0))[:100])
    pdf = tmp_path / "oppsummering.pdf"

    assert main(["rollup", str(bad), "-o", str(pdf)]) == 1
    assert not pdf.exists()
    assert cli_texts.ROLLUP_NOTHING in capsys.readouterr().err


def test_the_same_files_give_the_same_pdf_on_any_day(region: Path) -> None:
    first, _ = pdf_bytes(roll_up_files([region]))
    second, _ = pdf_bytes(roll_up_files([region]))
    assert first == second


def test_the_command_never_writes_over_a_result_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """«-o» given one of the kommuners files by a slip of the hand (or any name ending in
    .ovelseresultat) is refused, and the file is as it was."""
    data = result_bytes(synthetic_result(0))
    first = tmp_path / "a.ovelseresultat"
    first.write_bytes(data)
    second = tmp_path / "b.ovelseresultat"
    second.write_bytes(result_bytes(synthetic_result(1)))

    assert main(["rollup", str(second), "-o", str(first)]) == 1
    assert cli_texts.ROLLUP_OVER_RESULT.format(path=first) in capsys.readouterr().err
    pdf = tmp_path / "x.pdf"
    assert main(["rollup", str(first), str(second), "-o", str(pdf), "--xlsx", str(second)]) == 1
    assert first.read_bytes() == data
    assert second.read_bytes() == result_bytes(synthetic_result(1))
    assert not pdf.exists()
