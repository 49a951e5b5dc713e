"""What the reader finds in the report: every log entry, Sámi names, text as it was typed."""

from __future__ import annotations

from dataclasses import replace

from ovelse.exercise.kinds import EntryKind
from ovelse.report import texts
from ovelse.report.model import LogRecord, Municipality, ReportInput
from tests.report.conftest import Built, build, squash
from tests.report.samples import MINUTE, realistic_report

LETTERS = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"


def _with_entry(text: str, **changes: object) -> ReportInput:
    report = realistic_report()
    entry = LogRecord(
        "L99", 30 * MINUTE, EntryKind.OBSERVATION, text, roles=("beredskap",), inject_id="i3"
    )
    return replace(report, entries=(*report.entries, entry), **changes)  # type: ignore[arg-type]


def test_every_log_entry_text_is_in_the_report(realistic: Built) -> None:
    text = squash(realistic.text)
    missing = [e.id for e in realistic.report.entries if squash(e.text) not in text]
    assert missing == []


def test_the_log_is_printed_once_unless_the_view_by_role_is_asked_for(realistic: Built) -> None:
    text = squash(realistic.text)
    for entry in realistic.report.entries:
        assert text.count(squash(entry.text)) == 1, entry.id
    assert texts.AP_LOG_BY_ROLE not in realistic.text
    by_role = build(replace(realistic.report, log_by_role=True))
    text = squash(by_role.text)
    for entry in realistic.report.entries:
        assert text.count(squash(entry.text)) == 1 + max(len(entry.roles), 1), entry.id
    assert texts.AP_LOG_BY_ROLE in by_role.text
    assert by_role.stats.pages > realistic.stats.pages


def test_sami_letters_survive_in_names_and_log_texts() -> None:
    report = _with_entry(
        f"Kontakt med Čáhcesuolu og Porsáŋgu: {LETTERS}.",
        municipality=Municipality("Nesseby", "Unjárga", "Finnmárku"),
        title=f"Øvelse i Unjárga ({LETTERS})",
    )
    built = build(report)
    assert f"Kontakt med Čáhcesuolu og Porsáŋgu: {LETTERS}." in " ".join(built.text.split())
    assert "Unjárga/Nesseby" in built.pages[0]
    assert squash(LETTERS) in squash(built.pages[0])


def test_markup_in_user_text_is_printed_literally() -> None:
    typed = "<b>fet</b> & \"sitat\" <script>alert(1)</script> 'enkle' &amp; <br/> slutt"
    report = _with_entry(typed, title="Øvelse <i>«Storm»</i> & co", summary=typed)
    built = build(report)
    text = " ".join(built.text.split())
    assert text.count(typed) >= 2  # summary, log by inject
    assert "Øvelse <i>«Storm»</i> & co" in built.pages[0]


def test_line_breaks_typed_by_the_user_are_kept() -> None:
    built = build(_with_entry("Første linje\nAndre linje\n\nNytt avsnitt"))
    lines = [line.strip() for line in built.text.splitlines()]
    assert "Første linje" in lines
    assert "Andre linje" in lines
    assert "Nytt avsnitt" in lines


def test_very_long_texts_wrap_across_pages() -> None:
    words = " ".join(f"ord{n}" for n in range(1700))  # about 10 000 characters
    unbroken = "x" * 10_000  # a pasted line with no space to break at
    report = _with_entry(words, summary=unbroken, way_forward=words, title=words)
    built = build(report)
    assert len(words) >= 10_000
    text = squash(built.body)
    assert squash(words) in text
    assert unbroken in text
    assert built.stats.pages > build(realistic_report()).stats.pages + 4


def test_very_long_titles_and_names_do_not_stop_the_report() -> None:
    long = " ".join(["Beredskapskoordinator"] * 250)  # a paste into a one-line field
    word = "Å" * 5_000
    report = realistic_report()
    report = replace(
        report,
        injects=(replace(report.injects[0], title=long), *report.injects[1:]),
        roles=(replace(report.roles[0], title=word), *report.roles[1:]),
        goals=(replace(report.goals[0], title=long), *report.goals[1:]),
        actions=(replace(report.actions[0], owner=word, plan_section=long), *report.actions[1:]),
        participants=(replace(report.participants[0], name=word), *report.participants[1:]),
        municipality=Municipality(word, word, long),
        marking=long,
    )
    built = build(report)
    text = squash(built.text)
    # The inject title is in the timeline table and two appendices, the goal title in
    # three places; the long word is the municipality, a role and a participant.
    assert text.count("Beredskapskoordinator") >= 250 * 6
    assert text.count("Å") >= 5_000 * 4
    assert built.stats.chapters[-1].endswith(texts.AP_PARTICIPANTS)


def test_an_empty_evaluation_still_gives_a_readable_report() -> None:
    report = ReportInput(title="Tom øvelse", municipality=Municipality("Lom"))
    built = build(report)
    assert built.stats.pages >= 4
    assert texts.NOT_FILLED_IN in built.text
    assert texts.NONE_RECORDED in built.text


def test_findings_show_each_goal_with_its_rating_and_links(realistic: Built) -> None:
    text = " ".join(realistic.text.split())
    assert "Mål 2: Ivareta sårbare innbyggere ved langvarig strømbrudd Ikke ivaretatt" in text
    assert "Knyttet til: mål 2.1 · innspill 2 · logg L9" in text
    assert "Kriseinformasjonsplan, vedlegg 2" in text


def test_an_absent_participant_fills_no_role(realistic: Built) -> None:
    absent = next(p for p in realistic.report.participants if not p.present)
    text = " ".join(realistic.text.split())
    # Listed once: in the participant list with «Til stede: Nei», not under «Fylt av».
    assert text.count(absent.name) == 1
    # The last page that names it: the contents page names it too.
    appendix = [page for page in realistic.pages if texts.AP_PARTICIPANTS in page][-1]
    assert absent.name in " ".join(appendix.split())
