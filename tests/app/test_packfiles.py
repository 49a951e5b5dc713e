"""Sharing a pack and taking it in, as the window and the command line both do it: the
pack lands under «Fra statsforvalteren» in the data folder, and a session run with one
version keeps it after the pack is updated."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from ovelse.app import outputs
from ovelse.app.packfiles import export_pack_file, stage_import
from ovelse.app.places import shared_pack_folder
from ovelse.app.sessions import SessionPlan, close_session, create_session, open_session
from ovelse.exercise import FakeClock
from ovelse.exercise.kinds import EntryKind
from ovelse.interchange.packfile import write_pack_file
from ovelse.interchange.sharedpacks import Offer
from ovelse.resources import builtin_scenarios
from ovelse.scenario.loader import load_pack

CREATED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _version(folder: Path, version: str, title: str) -> Path:
    """The demo pack as the statsforvalter sends it: its own version and title."""
    copy = folder / f"kilde-{version}"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", copy)
    file = copy / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    text = text.replace('\nversion: "1"\n', f'\nversion: "{version}"\n', 1)
    text = text.replace(
        '\ntitle: "Kom i gang – en kort øvelse om Øvelse"', f'\ntitle: "{title}"', 1
    )
    file.write_text(text, encoding="utf-8")
    out = folder / f"kom-i-gang-{version}.ovelsepakke"
    write_pack_file(load_pack(copy), out, CREATED)
    return out


def test_the_pack_file_is_named_as_the_user_asked(tmp_path: Path) -> None:
    assert export_pack_file(Path("kom-i-gang"), tmp_path / "til-kommunene") == (
        tmp_path / "til-kommunene.ovelsepakke"
    )
    assert (tmp_path / "til-kommunene.ovelsepakke").is_file()


def test_an_old_session_still_opens_and_reports_after_the_update(tmp_path: Path) -> None:
    basedir = tmp_path / "data"
    library = shared_pack_folder(basedir)
    with stage_import(_version(tmp_path, "1", "Stormkveld versjon én"), library) as staged:
        assert staged.offer is Offer.NEW
        first = staged.install()
    assert first.root == shared_pack_folder(basedir) / "kom-i-gang"
    values = first.values(first.profiles[0])
    rendered = first.render(values)
    plan = SessionPlan(
        path=tmp_path / "okter" / "storm.ovelse",
        pack=rendered,
        profile_id=first.profiles[0].id,
        variables=values,
        media=first.media(rendered),
    )
    session = create_session(plan, FakeClock()).session
    try:
        session.exercise.start()
        session.exercise.add_entry(EntryKind.DECISION, "Varmestua åpnes kl. 08", ("ordforer",))
    finally:
        close_session(session)

    with stage_import(_version(tmp_path, "2", "Stormkveld versjon to"), library) as staged:
        assert staged.offer is Offer.UPDATE
        updated = staged.install()
    assert updated.pack.version == "2"
    assert load_pack(shared_pack_folder(basedir) / "kom-i-gang").pack.title == (
        "Stormkveld versjon to"
    )

    with open_session(plan.path, FakeClock(), read_only=True) as reopened:
        assert reopened.exercise.pack.version == "1"
        assert reopened.exercise.pack.title == "Stormkveld versjon én"
        assert [e.text for e in reopened.exercise.log.entries()] == ["Varmestua åpnes kl. 08"]
    report = tmp_path / "rapport.pdf"
    outputs.write_output_of_file(plan.path, "pdf", report)
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Stormkveld versjon én" in text
    assert "Stormkveld versjon to" not in text
