"""The paper kit: every document builds for every built-in pack and profile, and read back
as a reader's PDF viewer would, each holds what it should and the handouts nothing private."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ovelse.app.kit import kit_for_pack
from ovelse.cli import main
from ovelse.exercise import labels
from ovelse.exercise.kinds import MarkingKind, Rating
from ovelse.report import texts as report_texts
from ovelse.report.document import build_report
from ovelse.report.kit import texts
from ovelse.report.kit.build import build_kit
from ovelse.report.kit.model import PARTICIPANT_KINDS, Kit, KitKind
from ovelse.report.kit.pdf import write_kit_document
from ovelse.scenario.library import load_library
from ovelse.scenario.loader import LoadedPack, load_pack
from ovelse.scenario.model import (
    Directive,
    Inject,
    InjectTranslation,
    PackTranslation,
    ScenarioPack,
)
from tests.report.conftest import squash
from tests.report.samples import realistic_report

HANDOUTS = sorted(PARTICIPANT_KINDS)
STAFF = sorted(set(KitKind) - PARTICIPANT_KINDS)


@cache
def _library() -> tuple[LoadedPack, ...]:
    packs, errors = load_library()
    assert not errors
    return tuple(packs)


def _cases() -> list[tuple[str, str | None]]:
    cases: list[tuple[str, str | None]] = []
    for loaded in _library():
        cases += [(loaded.pack.id, profile.id) for profile in loaded.profiles] or [
            (loaded.pack.id, None)
        ]
    return cases


def _loaded(pack_id: str) -> LoadedPack:
    return next(loaded for loaded in _library() if loaded.pack.id == pack_id)


def _pages(kit: Kit, kind: KitKind) -> tuple[str, ...]:
    stream = io.BytesIO()
    stats = write_kit_document(kit, kind, stream)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    assert len(reader.pages) == stats.pages
    return tuple(page.extract_text() for page in reader.pages)


def _text(kit: Kit, kind: KitKind) -> str:
    return squash("\n".join(_pages(kit, kind)))


@pytest.mark.parametrize(("pack_id", "profile_id"), _cases())
def test_every_document_builds_for_every_pack_and_profile(
    pack_id: str, profile_id: str | None
) -> None:
    loaded = _loaded(pack_id)
    profile = loaded.profile(profile_id) if profile_id else None
    kit = kit_for_pack(loaded, profile)
    for kind in KitKind:
        pages = _pages(kit, kind)
        assert pages, kind
        # The page furniture is on every page: «Side x av y».
        for number, page in enumerate(pages, start=1):
            assert report_texts.PAGE_OF.format(page=number, total=len(pages)) in page


@pytest.mark.parametrize("pack_id", sorted(loaded.pack.id for loaded in _library()))
def test_every_inject_card_in_one_language_is_one_page(pack_id: str) -> None:
    """A long card is set smaller to stay on its page (a card in two languages may run on)."""
    loaded = _loaded(pack_id)
    kit = kit_for_pack(loaded, None)  # the defaults show no second language
    assert len(_pages(kit, KitKind.INJECT_CARDS)) == len(loaded.pack.injects())


# --- one large pack read back in full -------------------------------------------------


def _largest() -> tuple[LoadedPack, ScenarioPack, Kit]:
    loaded = max(_library(), key=lambda item: len(item.pack.injects()))
    profile = loaded.profiles[0] if loaded.profiles else None
    kit = kit_for_pack(loaded, profile)
    return loaded, loaded.render(loaded.values(profile)), kit


@pytest.fixture(scope="module")
def largest() -> tuple[ScenarioPack, Kit, dict[KitKind, str]]:
    _, pack, kit = _largest()
    return pack, kit, {kind: _text(kit, kind) for kind in KitKind}


def _participant_texts(pack: ScenarioPack) -> str:
    """Everything a participant may read, to tell a leak from a text that is both."""
    parts = [pack.title, pack.purpose, pack.background, pack.hazard]
    for inject in pack.injects():
        parts += [inject.title, inject.text, inject.source]
        parts += [question.text for question in inject.questions]
    parts += [role.description for role in pack.roles]
    return squash(" ".join(parts))


def _private(pack: ScenarioPack) -> list[str]:
    """A distinctive piece of each private text: notes, expected actions, stall prompts,
    motspill replies."""
    found: list[str] = []
    for inject in pack.injects():
        found += [inject.notes, *inject.expected_actions, *inject.stall_prompts]
    found += [cell.text for cell in pack.response_cells]
    visible = _participant_texts(pack)
    pieces = [squash(text)[:40] for text in found if len(squash(text)) >= 12]
    return [piece for piece in pieces if piece not in visible]


def test_the_dreiebok_has_every_inject_with_its_private_parts(largest) -> None:  # type: ignore[no-untyped-def]
    pack, _, text = largest
    dreiebok = text[KitKind.DREIEBOK]
    for inject in pack.injects():
        assert squash(inject.title) in dreiebok
        for action in inject.expected_actions:
            assert squash(action)[:25] in dreiebok
        if inject.notes.strip():
            assert squash(inject.notes)[:25] in dreiebok
    for cell in pack.response_cells:
        assert squash(cell.text)[:25] in dreiebok
    assert squash(texts.GIVEN_AT) in dreiebok


def test_inject_cards_have_every_inject_one_to_a_page(largest) -> None:  # type: ignore[no-untyped-def]
    pack, kit, text = largest
    cards = text[KitKind.INJECT_CARDS]
    for inject in pack.injects():
        assert squash(inject.title) in cards
        for question in inject.questions:
            assert squash(question.text)[:30] in cards
    pages = _pages(kit, KitKind.INJECT_CARDS)
    first_lines = [
        squash(texts.INJECT_NUMBER.format(number=n, total=len(pack.injects())))
        for n in range(1, len(pack.injects()) + 1)
    ]
    starts = [page for page in pages if any(line in squash(page) for line in first_lines)]
    assert len(starts) == len(pack.injects())


def test_role_cards_have_every_role_and_the_observer_form_every_goal(largest) -> None:  # type: ignore[no-untyped-def]
    pack, _, text = largest
    for role in pack.roles:
        assert squash(role.title) in text[KitKind.ROLE_CARDS]
        assert squash(role.title) in text[KitKind.DIRECTIVE]
        assert squash(role.title) in text[KitKind.HOTWASH]
    for prompt in labels.HOT_WASH_PROMPTS.values():  # the same questions as the program's
        assert text[KitKind.HOTWASH].count(squash(prompt)) == len(pack.roles) + 2
    observer = text[KitKind.OBSERVER]
    for objective in pack.objectives:
        assert squash(objective.title) in observer
        assert squash(objective.title) in text[KitKind.DIRECTIVE]
        for sub in objective.subgoals:
            assert squash(sub.title)[:40] in observer
            if sub.indicator:
                assert squash(sub.indicator)[:30] in observer
    for rating in Rating:
        assert squash(labels.RATINGS[rating]) in observer
    for column in texts.LOG_COLUMNS:
        assert squash(column) in observer


@pytest.mark.parametrize("kind", HANDOUTS)
def test_nothing_private_reaches_a_handout(largest, kind: KitKind) -> None:  # type: ignore[no-untyped-def]
    pack, _, text = largest
    private = _private(pack)
    assert private  # the pack has notes, expected actions … to leak
    leaked = [piece for piece in private if piece in text[kind]]
    assert not leaked


def test_role_cards_keep_later_questions_back_unless_chosen() -> None:
    loaded, pack, _ = _largest()
    injects = sorted(pack.injects(), key=lambda inject: inject.at.seconds)
    later = [
        squash(question.text)[:40]
        for inject in injects[1:]
        for question in inject.questions
        if squash(question.text)[:40] not in squash(" ".join(q.text for q in injects[0].questions))
    ]
    assert later
    hidden = _text(kit_for_pack(loaded, loaded.profiles[0]), KitKind.ROLE_CARDS)
    assert not [question for question in later if question in hidden]
    shown = _text(kit_for_pack(loaded, loaded.profiles[0], reveal=True), KitKind.ROLE_CARDS)
    assert all(question in shown for question in later)


# --- letters, marking, the directive's own texts ----------------------------------------

SAMI = "Čáhcesuolu ja Unjárga: ŋ ŧ đ ž š á č"


def test_sami_letters_and_the_directive_fields_come_back_intact() -> None:
    loaded = _loaded("evakuering-ost-finnmark")
    fields = Directive(
        date="12. mars 2027",
        time="09.00–12.00",
        place=SAMI,
        scope="Øvelsen omfatter ikke Forsvarets egne planer.",
        rules="Snakk fritt & <b>tydelig</b>.",
        practical="Lunsj kl. 11.30.",
        contact="Beredskapskoordinator, tlf. 123 45 678",
    )
    profile = replace(loaded.profile("nesseby"), directive=fields)
    kit = kit_for_pack(loaded, profile)
    directive = _text(kit, KitKind.DIRECTIVE)
    for value in (fields.date, fields.time, SAMI, fields.scope, fields.rules, fields.contact):
        assert squash(value) in directive
    assert squash(report_texts.NOT_FILLED_IN) not in directive
    assert "Unjárga" in "".join(_pages(kit, KitKind.INJECT_CARDS)) + directive


def test_an_empty_directive_leaves_lines_to_fill_in_and_the_default_rules() -> None:
    loaded = _loaded("kom-i-gang")
    directive = _text(kit_for_pack(loaded, None), KitKind.DIRECTIVE)
    assert squash(texts.DEFAULT_RULES)[:60] in directive
    assert directive.count(squash(texts.WRITE_HERE)) >= 5  # date, time, place, scope …


def test_the_marking_is_on_every_page_of_every_document() -> None:
    loaded = _loaded("kom-i-gang")
    pack = loaded.render(loaded.values())
    marking = labels.MARKINGS[MarkingKind.OFFL_24]
    kit = build_kit(pack, municipality="Eksempel kommune", marking=marking)
    for kind in KitKind:
        for page in _pages(kit, kind):
            assert squash(marking) in squash(page), kind


# --- the second language ----------------------------------------------------------------


def _translated(pack: ScenarioPack) -> ScenarioPack:
    def inject(item: Inject) -> Inject:
        return replace(
            item,
            translation=InjectTranslation(
                title=f"Sámegillii {item.id}",
                text=f"Dát lea teaksta {item.id} sámegillii.",
                questions=tuple(f"Gažaldat {item.id} {n}" for n, _ in enumerate(item.questions)),
            ),
        )

    phases = tuple(
        replace(phase, injects=tuple(inject(item) for item in phase.injects))
        for phase in pack.phases
    )
    return replace(pack, phases=phases, translation=PackTranslation("sme"))


def test_cards_carry_both_languages_where_they_carry_participant_text() -> None:
    loaded = _loaded("kom-i-gang")
    pack = _translated(loaded.render(loaded.values()))
    kit = build_kit(pack, municipality="Unjárga", reveal=True)
    cards = _text(kit, KitKind.INJECT_CARDS)
    roles = _text(kit, KitKind.ROLE_CARDS)
    for item in pack.injects():
        assert squash(f"Sámegillii {item.id}") in cards
        assert squash(f"Dát lea teaksta {item.id} sámegillii.") in cards
        for n, _ in enumerate(item.questions):
            assert squash(f"Gažaldat {item.id} {n}") in cards
            assert squash(f"Gažaldat {item.id} {n}") in roles
    assert squash("Davvisámegiella") in cards


def test_a_profile_that_does_not_show_the_translation_prints_one_language() -> None:
    loaded = _loaded("kom-i-gang")
    translated = replace(loaded, pack=_translated(loaded.pack))
    kit = kit_for_pack(translated, None)
    assert "Sámegillii" not in "".join(_pages(kit, KitKind.INJECT_CARDS))


# --- the command line -------------------------------------------------------------------


def test_ovelse_print_writes_one_document_or_the_whole_kit_to_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "dreiebok"
    assert (
        main(["print", "kom-i-gang", "--profile", "demo", "--kit", "dreiebok", "-o", str(one)]) == 0
    )
    written = tmp_path / "dreiebok.pdf"  # the suffix added
    assert squash("Eksempel kommune") in squash(PdfReader(written).pages[0].extract_text())
    folder = tmp_path / "sett"
    assert main(["print", "kom-i-gang", "--kit", "alle", "-o", str(folder)]) == 0
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        f"{kind.value}.pdf" for kind in KitKind
    )
    out = capsys.readouterr().out
    assert str(folder / "rollekort.pdf") in out


def test_ovelse_print_names_the_profiles_a_pack_has_when_one_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kort.pdf"
    args = ["print", "kom-i-gang", "--profile", "nesseby", "--kit", "rollekort", "-o", str(target)]
    assert main(args) == 1
    assert "demo" in capsys.readouterr().err
    assert not target.exists()


def test_ovelse_print_lists_the_documents_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["print", "--help"])
    shown = capsys.readouterr().out
    assert all(kind.value in shown for kind in KitKind)


def test_the_same_kit_gives_the_same_bytes() -> None:
    """A kit printed again for the same pack is the same file, page for page (no clock in
    it), so a printed kit can be checked against the one on disk."""
    loaded = _loaded("kom-i-gang")
    for kind in KitKind:
        first, second = io.BytesIO(), io.BytesIO()
        write_kit_document(kit_for_pack(loaded, None), kind, first)
        write_kit_document(kit_for_pack(loaded, None), kind, second)
        assert first.getvalue() == second.getvalue(), kind


# --- pictures on the inject cards --------------------------------------------------------

FULL_PACK = Path(__file__).parents[1] / "fixtures" / "full-pack"


def _images_per_page(kit: Kit) -> list[int]:
    stream = io.BytesIO()
    write_kit_document(kit, KitKind.INJECT_CARDS, stream)
    return [len(page.images) for page in PdfReader(io.BytesIO(stream.getvalue())).pages]


def test_an_inject_card_has_its_picture_and_an_svg_only_with_a_painter() -> None:
    """A room without a projector still sees the map: the first picture the inject shows
    that can be printed; an SVG needs the window's painter, as in the report."""
    loaded = load_pack(FULL_PACK)
    painted: list[bytes] = []

    def painter(svg: bytes) -> bytes:
        painted.append(svg)
        return (FULL_PACK / "media" / "bilde.png").read_bytes()

    without = _images_per_page(kit_for_pack(loaded, None))
    assert without[0] == 1  # the first inject: its SVG map left out, its PNG printed
    with_painter = _images_per_page(kit_for_pack(loaded, None, svg_png=painter))
    assert painted and painted[0].lstrip().startswith(b"<")
    assert with_painter[0] == 1
    assert sum(with_painter) >= sum(without)
    assert len(with_painter) == len(loaded.pack.injects())  # still one card to a page


def test_the_dreiebok_tells_the_story_by_phase_and_the_observer_form_when_to_watch(  # type: ignore[no-untyped-def]
    largest,
) -> None:
    pack, _, text = largest
    dreiebok = text[KitKind.DREIEBOK]
    assert squash(pack.summary)[:40] in dreiebok
    for phase in pack.phases:
        assert squash(phase.title) in dreiebok
    for item in pack.board:
        assert squash(f"{item.label}: {item.value}") in dreiebok
    observer = text[KitKind.OBSERVER]
    injects = sorted(pack.injects(), key=lambda inject: inject.at.seconds)
    watched = [
        (number, inject) for number, inject in enumerate(injects, start=1) if inject.objectives
    ]
    assert watched
    number, inject = watched[0]
    assert squash(f"{number}. {inject.title}") in observer
    assert squash(texts.EXERCISED_IN.format(injects=""))[:6] in observer
    # The summary tells what happens later: it stays out of every handout.
    for kind in HANDOUTS:
        assert squash(pack.summary)[:40] not in text[kind]


@pytest.mark.parametrize(("language", "first"), [("nn", "Innspel 1 av 5"), ("en", "Inject 1 of 5")])
def test_ovelse_print_writes_the_kit_in_the_language_chosen(
    tmp_path: Path, language: str, first: str
) -> None:
    target = tmp_path / "kort.pdf"
    args = ["print", "kom-i-gang", "--kit", "innspillskort", "--lang", language, "-o", str(target)]
    assert main(args) == 0
    assert squash(first) in squash(PdfReader(target).pages[0].extract_text())


# --- page breaks ------------------------------------------------------------------------


def _last_lines(kit: Kit, kind: KitKind) -> list[str]:
    """The last line of each page above «Side x av y», which is stamped last."""
    return [page.rstrip("\n").split("\n")[-2].strip() for page in _pages(kit, kind)]


@pytest.mark.parametrize("pack_id", sorted(loaded.pack.id for loaded in _library()))
def test_no_page_ends_with_a_heading_whose_text_is_on_the_next(pack_id: str) -> None:
    """A label («Motspill», «Notater til øvingsleder» …) or a goal's title at the foot of a
    page, with what it heads overleaf, is easy to miss at the table."""
    loaded = _loaded(pack_id)
    kit = kit_for_pack(loaded, loaded.profiles[0] if loaded.profiles else None)
    labels_ = {
        texts.PARTICIPANT_TEXT,
        texts.NOTES,
        texts.QUESTIONS,
        texts.EXPECTED,
        texts.STALL,
        texts.RESPONSES,
        texts.BOARD,
        texts.EXERCISES,
    }
    labels_ |= {block.phase for block in kit.dreiebok.blocks if block.phase_starts}
    assert not labels_ & set(_last_lines(kit, KitKind.DREIEBOK))
    goals = {f"{goal.id} {goal.title}" for goal in kit.directive.goals}
    assert not goals & set(_last_lines(kit, KitKind.DIRECTIVE))


def test_a_phase_that_fits_starts_where_the_page_has_room_for_it() -> None:
    """Keeping a phase's title with its first inject must not push it overleaf when the
    page has room: the first phase of this pack starts on the dreiebok's first page."""
    loaded = _loaded("evakuering-ost-finnmark")
    kit = kit_for_pack(loaded, loaded.profile("nesseby"))
    first = _pages(kit, KitKind.DREIEBOK)[0]
    assert squash(kit.dreiebok.blocks[0].phase) in squash(first)


def test_the_directive_lists_the_roles_under_a_role_column_not_the_cards_name() -> None:
    """The table in «Deltakere og roller» is not the role cards: its column says «Rolle»."""
    loaded = _loaded("kom-i-gang")
    first = _pages(kit_for_pack(loaded, None), KitKind.DIRECTIVE)
    text = squash("\n".join(first))
    assert squash(f"{texts.ROLE} {texts.ROLE_TASKS}") in text
    assert squash(texts.ROLE_CARDS) not in text


def _rules(data: bytes) -> list[tuple[str, ...]]:
    """The lines drawn across the first page: the header's and the footer's rules."""
    stream = PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert stream is not None
    found = re.findall(
        r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", stream.get_data().decode("latin-1")
    )
    return [tuple(line) for line in found]


def test_the_kit_has_the_reports_page_furniture_where_the_report_has_it() -> None:
    """A kit filed with the report looks like the same series: its header and footer
    rules are drawn by the report's own furniture, at the same heights."""
    report = io.BytesIO()
    build_report(realistic_report(), report)
    body = PdfReader(io.BytesIO(report.getvalue()))
    one = PdfWriter()
    one.add_page(body.pages[1])  # a body page: the cover has its band instead
    page = io.BytesIO()
    one.write(page)
    card = io.BytesIO()
    write_kit_document(kit_for_pack(_loaded("kom-i-gang"), None), KitKind.ROLE_CARDS, card)
    assert _rules(card.getvalue())[:2] == _rules(page.getvalue())[:2]


def test_a_card_that_runs_on_says_whose_card_it_is_on_the_next_sheet() -> None:
    """Cards are handed round and shuffled: the second sheet of a card in two languages
    names its inject; a sheet that starts a card says nothing more."""
    loaded = _loaded("evakuering-ost-finnmark")
    kit = kit_for_pack(loaded, loaded.profile("nesseby"))
    pages = [squash(page) for page in _pages(kit, KitKind.INJECT_CARDS)]
    assert len(pages) > len(kit.inject_cards)  # some card runs on
    card = 0
    for page in pages:
        following = kit.inject_cards[card] if card < len(kit.inject_cards) else None
        if (
            following
            and squash(texts.INJECT_NUMBER.format(number=following.number, total=following.total))
            in page
        ):
            card += 1
            assert squash(texts.CONTINUED.format(card=""))[:12] not in page
        else:
            title = kit.inject_cards[card - 1].title.text
            assert squash(texts.CONTINUED.format(card=f"{card}. {title}")) in page
    assert card == len(kit.inject_cards)
