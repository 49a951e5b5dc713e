"""What the statsforvalter gets from a folder of result files: the matrix, the spread,
the grouped points, the follow-ups, who is missing and which files were left out."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchmarks.result_files import PACK, file_name, synthetic_result

from ovelse.cli import main
from ovelse.exercise.kinds import MarkingKind, Rating
from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.results.model import (
    ExerciseResult,
    Finding,
    Kommune,
    PackRef,
    ResultMarking,
)
from ovelse.interchange.results.writer import result_bytes
from ovelse.regional import texts
from ovelse.regional.invited import Invited, parse_invited, read_invited
from ovelse.regional.model import RATING_ORDER
from ovelse.regional.rollup import Loaded, read_all, roll_up, roll_up_files


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_every_kommune_is_a_row_and_each_goal_adds_up(region: Path) -> None:
    rollup = roll_up_files([region])
    assert len(rollup.rows) == 40
    assert rollup.rejected == ()
    assert rollup.goals[0].title.startswith("Kriseledelsen")
    expected = [synthetic_result(i) for i in range(40)]
    assert rollup.participants == sum(result.participants_total for result in expected) > 0
    for index, spread in enumerate(rollup.spread):
        counts = Counter(result.goals[index].rating for result in expected)
        assert spread.counts == tuple(counts.get(rating, 0) for rating in RATING_ORDER)
        assert spread.total == 40


def test_kommuner_are_in_norwegian_order_with_numbered_names_counted() -> None:
    rollup = roll_up(
        [
            _loaded(synthetic_result(i), name)
            for i, name in enumerate(
                [
                    "Åfjord",
                    "Ørland",
                    "Alta 10",
                    "Alta 2",
                    "Ærø",
                    "Bø",
                    "Gáivuotna Kåfjord",
                    "Gamvik",
                ]
            )
        ]
    )
    assert rollup.kommuner == (
        "Alta 2",
        "Alta 10",
        "Bø",
        "Gáivuotna Kåfjord",
        "Gamvik",
        "Ærø",
        "Ørland",
        "Åfjord",
    )


def _loaded(result: ExerciseResult, name: str) -> Loaded:
    renamed = dataclasses.replace(result, kommune=Kommune(name, "", "Trøndelag"))
    return Loaded(f"{name}.ovelseresultat", renamed)


def test_similar_points_from_many_kommuner_are_counted_once_with_their_kommuner(
    region: Path,
) -> None:
    rollup = roll_up_files([region])
    groups = [group for entry in rollup.learning for group in entry.groups]
    biggest = max(groups, key=lambda g: len(g.kommuner))
    assert len(biggest.kommuner) > 5
    # every point is in exactly one group
    written = sum(
        1 for i in range(40) for lp in synthetic_result(i).learning_points if lp.text.strip()
    )
    assert sum(len(g.points) for g in groups) == written


def test_flagged_items_are_listed_with_their_kommune(region: Path) -> None:
    rollup = roll_up_files([region])
    flagged = [
        (result.kommune.name, item)
        for result in (synthetic_result(i) for i in range(40))
        for item in result.follow_ups()
    ]
    assert len(rollup.follow_ups) == len(flagged) > 0
    assert {f.kommune for f in rollup.follow_ups} == {name for name, _ in flagged}


def test_left_out_files_are_named_with_their_reason(tmp_path: Path) -> None:
    first = synthetic_result(0)
    _write(tmp_path, "nesseby.ovelseresultat", result_bytes(first))
    _write(tmp_path, "nesseby-kopi.ovelseresultat", result_bytes(first))
    older = dataclasses.replace(synthetic_result(1), created=datetime(2026, 4, 1, tzinfo=UTC))
    newer = dataclasses.replace(older, created=datetime(2026, 4, 2, tzinfo=UTC))
    _write(tmp_path, "vadso-forste.ovelseresultat", result_bytes(older))
    _write(tmp_path, "vadso-rettet.ovelseresultat", result_bytes(newer))
    other = dataclasses.replace(synthetic_result(2), pack=PackRef(PACK.id, "0.9", PACK.title))
    _write(tmp_path, "gammel-versjon.ovelseresultat", result_bytes(other))
    _write(tmp_path, "tull.ovelseresultat", b"ikke en zip")
    empty = tmp_path / "tom-mappe"
    empty.mkdir()

    rollup = roll_up_files([tmp_path, empty])

    assert rollup.kommuner == ("Unjárga Nesseby", "Vadsø")
    assert (
        next(r for r in rollup.rows if r.kommune == "Vadsø").file == "vadso-rettet.ovelseresultat"
    )
    reasons = {item.file: item.reason for item in rollup.rejected}
    assert reasons["nesseby.ovelseresultat"] == texts.SAME_FILE.format(
        other="nesseby-kopi.ovelseresultat"
    )
    assert reasons["vadso-forste.ovelseresultat"] == texts.SAME_KOMMUNE.format(
        kommune="Vadsø", other="vadso-rettet.ovelseresultat"
    )
    assert reasons["gammel-versjon.ovelseresultat"] == texts.OTHER_PACK.format(
        pack=PACK.title, version="0.9", chosen=PACK.title, chosen_version="1.0"
    )
    assert "zip" in reasons["tull.ovelseresultat"]
    assert reasons["tom-mappe"] == texts.NO_RESULT_FILES
    assert len(rollup.rejected) == 5


def test_a_kommune_that_sent_once_with_its_number_and_once_without_is_one_row(
    tmp_path: Path,
) -> None:
    """The number tells two kommuner of one name apart (Herøy, Herøy); a file without a
    number is the same kommune as one with the same name and a number."""
    first = dataclasses.replace(synthetic_result(1), created=datetime(2026, 4, 1, tzinfo=UTC))
    unnumbered = dataclasses.replace(
        first,
        kommune=dataclasses.replace(first.kommune, name="VADSØ", number=""),
        created=datetime(2026, 4, 2, tzinfo=UTC),
    )
    _write(tmp_path, "5607-vadso.ovelseresultat", result_bytes(first))
    _write(tmp_path, "vadso-igjen.ovelseresultat", result_bytes(unnumbered))
    heroy = synthetic_result(0)
    for number, name in (("1515", "heroy-more"), ("1818", "heroy-nordland")):
        other = dataclasses.replace(
            heroy, kommune=Kommune("Herøy", number, ""), created=first.created
        )
        _write(tmp_path, f"{name}.ovelseresultat", result_bytes(other))

    rollup = roll_up_files([tmp_path])

    assert rollup.kommuner == ("Herøy", "Herøy", "VADSØ")
    reasons = {item.file: item.reason for item in rollup.rejected}
    assert reasons == {
        "5607-vadso.ovelseresultat": texts.SAME_KOMMUNE.format(
            kommune="VADSØ", other="vadso-igjen.ovelseresultat"
        )
    }


def test_a_chosen_version_leaves_out_the_files_of_the_one_most_have(tmp_path: Path) -> None:
    for index in range(3):
        _write(tmp_path, f"k{index}.ovelseresultat", result_bytes(synthetic_result(index)))
    old = dataclasses.replace(synthetic_result(3), pack=PackRef(PACK.id, "0.9", PACK.title))
    _write(tmp_path, "k3.ovelseresultat", result_bytes(old))

    assert roll_up_files([tmp_path]).pack_version == "1.0"
    rollup = roll_up_files([tmp_path], pack=(PACK.id, "0.9"))
    assert rollup.pack_version == "0.9"
    assert len(rollup.rows) == 1
    assert len(rollup.rejected) == 3


def test_a_pack_no_file_is_for_is_named_without_an_empty_version(tmp_path: Path) -> None:
    """«--pack ukjent» with no file for it: each file is left out saying which pack the
    summary was asked for, not «… versjon » with nothing after it."""
    _write(tmp_path, "k0.ovelseresultat", result_bytes(synthetic_result(0)))
    rollup = roll_up_files([tmp_path], pack=("ukjent", None))
    assert not rollup.rows
    assert [item.reason for item in rollup.rejected] == [
        texts.OTHER_PACK_ID.format(pack=PACK.title, version=PACK.version, chosen="ukjent")
    ]


def test_a_list_with_more_columns_takes_the_name_after_the_number() -> None:
    """A classification export (code;parentCode;level;name;…) gives number and name, not
    «1» from the level column for a name, and its header line is skipped."""
    listing = (
        '"code";"parentCode";"level";"name";"shortName"\n'
        '"5636";"";"1";"Unjárga Nesseby";""\n'
        '"0301";"";"1";"Oslo";""\n'
    )
    assert parse_invited(listing) == (
        Invited("Unjárga Nesseby", "5636"),
        Invited("Oslo", "0301"),
    )
    assert parse_invited("Kommunenr;Kommune\n5607;Vadsø") == (Invited("Vadsø", "5607"),)


def test_the_files_are_only_read(region: Path) -> None:
    before = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in region.iterdir()
    }
    roll_up_files([region])
    after = {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in region.iterdir()
    }
    assert before == after


def test_the_invitation_list_names_who_has_not_reported(region: Path, tmp_path: Path) -> None:
    listing = tmp_path / "inviterte.csv"
    listing.write_text(
        "\ufeffKommunenummer;Kommune\n5607;Vadsø\n5601;ALTA\n;Oslo\n\n# kommentar\nBergen\n",
        encoding="utf-8",
    )
    invited = read_invited(listing)
    assert invited == (
        Invited("Vadsø", "5607"),
        Invited("ALTA", "5601"),
        Invited("Oslo"),
        Invited("Bergen"),
    )
    rollup = roll_up_files([region], invited=invited)
    assert rollup.missing == ("Oslo", "Bergen")
    assert len(rollup.invited) == 4


def test_a_pasted_list_is_read_like_a_file() -> None:
    assert parse_invited("Vadsø\r\nAlta, Finnmark\n\t\n5636\tUnjárga Nesseby") == (
        Invited("Vadsø"),
        Invited("Alta"),
        Invited("Unjárga Nesseby", "5636"),
    )


def test_an_invitation_list_that_is_not_text_is_refused_by_name(tmp_path: Path) -> None:
    listing = tmp_path / "liste.xlsx"
    listing.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    try:
        read_invited(listing)
    except InterchangeError as exc:
        assert str(exc) == f"liste.xlsx: {texts.INVITED_NOT_TEXT}"
    else:
        raise AssertionError("a binary file was read as a list")


def test_the_strictest_marking_applies_only_when_marked_content_was_sent() -> None:
    public = synthetic_result(0)  # marked § 24, but the exempt parts were left out
    assert roll_up([Loaded("a", public)]).marking == ""
    sent = dataclasses.replace(
        synthetic_result(1),
        exempt_included=True,
        marking=ResultMarking(MarkingKind.OFFL_21, "Unntatt offentlighet, jf. offl. § 21"),
    )
    assert roll_up([Loaded("a", public), Loaded("b", sent)]).marking.endswith("§ 21")


def test_a_withheld_verdict_is_shown_as_withheld() -> None:
    result = synthetic_result(0)
    goals = (dataclasses.replace(result.goals[0], rating=None, withheld=True), *result.goals[1:])
    rollup = roll_up([Loaded("a", dataclasses.replace(result, goals=goals))])
    assert rollup.rows[0].withheld == frozenset({0})
    assert rollup.rows[0].ratings[0] is None


def test_points_linked_to_a_sub_goal_count_under_its_goal() -> None:
    result = dataclasses.replace(
        synthetic_result(0),
        learning_points=(
            Finding("LP1", "Rutinene for varsling var ukjente", ("M2-1",)),
            Finding("LP2", "Ingen kobling", ()),
        ),
    )
    rollup = roll_up([Loaded("a", result)])
    by_goal = {
        (entry.goal.id if entry.goal else None): [g.wording for g in entry.groups]
        for entry in rollup.learning
    }
    assert by_goal["M2"] == ["Rutinene for varsling var ukjente"]
    assert by_goal[None] == ["Ingen kobling"]


def test_a_file_without_any_rating_is_not_rated(tmp_path: Path) -> None:
    result = synthetic_result(0)
    bare = dataclasses.replace(
        result, goals=tuple(dataclasses.replace(g, rating=None) for g in result.goals)
    )
    _write(tmp_path, file_name(bare), result_bytes(bare))
    loaded, rejected = read_all([tmp_path])
    rollup = roll_up(loaded, rejected)
    assert all(spread.counts[-1] == 1 for spread in rollup.spread)
    assert Rating.WELL not in rollup.rows[0].ratings


def test_a_file_name_with_control_or_foreign_bytes_is_shown_written_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A result file saved from an e-mail or a stick may have a name with an escape
    sequence, a right-to-left override or bytes that are not UTF-8: the roll-up names it
    with those written out, in the terminal, the PDF and the workbook, and still writes
    the workbook (a name that is not UTF-8 used to stop it with a traceback)."""
    good = result_bytes(synthetic_result(0))
    folder = tmp_path / "innkomne"
    folder.mkdir()
    (folder / "alta.ovelseresultat").write_bytes(good)
    (folder / "a\x1b]0;hei\x07b.ovelseresultat").write_bytes(good)
    (folder / "x\u202ey.ovelseresultat").write_bytes(b"junk")
    with open(os.fsencode(folder) + b"/\xe9t.ovelseresultat", "wb") as stream:
        stream.write(b"junk")
    pdf, xlsx = tmp_path / "o.pdf", tmp_path / "o.xlsx"
    assert main(["rollup", str(folder), "-o", str(pdf), "--xlsx", str(xlsx)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "a\\x1b]0;hei\\x07b.ovelseresultat" in err
    assert "xU+202Ey.ovelseresultat" in err
    assert "U+DCE9t.ovelseresultat" in err
    files = {item.file for item in roll_up_files([folder]).rejected}
    assert {"xU+202Ey.ovelseresultat", "U+DCE9t.ovelseresultat"} < files
    assert not any(c in "".join(files) for c in "\x1b\x07\u202e\udce9")
    assert xlsx.stat().st_size > 0
