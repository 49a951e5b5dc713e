"""Shared pack files (.ovelsepakke): every built-in pack out and back in unchanged, the
update between versions, and hostile files each refused with its exact sentence."""

from __future__ import annotations

import io
import json
import random
import shutil
import stat
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ovelse.interchange.errors import InterchangeError
from ovelse.interchange.manifest import entries_of
from ovelse.interchange.packfile import (
    Manifest,
    pack_file_bytes,
    pack_parts,
    read_pack_file,
    write_pack_file,
)
from ovelse.interchange.sharedpacks import Offer, stage_pack_file, version_key
from ovelse.resources import builtin_scenarios
from ovelse.scenario.library import pack_folders
from ovelse.scenario.loader import LoadedPack, load_pack

BUILTIN = sorted(folder.name for folder in builtin_scenarios().iterdir() if folder.is_dir())
CREATED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NAME = "pakke.ovelsepakke"


def test_every_builtin_pack_goes_out_and_comes_back_the_same(tmp_path: Path) -> None:
    library = tmp_path / "fra-statsforvalteren"
    for name in BUILTIN:
        original = load_pack(builtin_scenarios() / name)
        file = tmp_path / f"{name}.ovelsepakke"
        write_pack_file(original, file, CREATED)
        with stage_pack_file(file, library) as staged:
            assert staged.offer is Offer.NEW
            installed = staged.install()
        assert installed.root == library / original.pack.id
        assert installed.pack == original.pack
        assert installed.profiles == original.profiles
        assert pack_parts(installed) == pack_parts(original)
        assert installed.media() == original.media()
    assert [folder.name for folder in pack_folders(library)] == sorted(
        load_pack(builtin_scenarios() / name).pack.id for name in BUILTIN
    )
    # Nothing of the staging is left beside the packs.
    assert sorted(p.name for p in library.iterdir()) == [f.name for f in pack_folders(library)]


def test_the_same_pack_and_time_give_the_same_bytes(demo_pack: LoadedPack) -> None:
    assert pack_file_bytes(demo_pack, CREATED) == pack_file_bytes(demo_pack, CREATED)


def test_the_manifest_lists_every_file_with_its_size_and_hash(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    file = tmp_path / NAME
    write_pack_file(demo_pack, file, CREATED)
    read = read_pack_file(file)
    assert read.manifest == Manifest(
        "kom-i-gang",
        "1",
        "Kom i gang – en kort øvelse om Øvelse",
        "Øvelse",
        CREATED,
        tuple(entries_of(pack_parts(demo_pack))),
    )
    assert sorted(read.parts) == [
        "media/slik-gar-en-ovelse.svg",
        "profiles/demo.yaml",
        "scenario.yaml",
    ]


def _versioned(source: Path, folder: Path, version: str, title: str = "") -> LoadedPack:
    """A copy of the demo pack with its own version (and title)."""
    copy = folder / f"v{version}"
    shutil.copytree(source, copy)
    text = (copy / "scenario.yaml").read_text(encoding="utf-8")
    text = text.replace('\nversion: "1"\n', f'\nversion: "{version}"\n', 1)
    if title:
        text = text.replace('\ntitle: "', f'\ntitle: "{title} ', 1)
    (copy / "scenario.yaml").write_text(text, encoding="utf-8")
    return load_pack(copy)


def test_a_newer_version_is_an_update_and_an_older_one_says_so(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    library = tmp_path / "bibliotek"
    files = {}
    for version in ("1", "2", "10"):
        files[version] = tmp_path / f"v{version}.ovelsepakke"
        write_pack_file(_versioned(demo_pack.root, tmp_path, version), files[version], CREATED)
    title = "Kom i gang – en kort øvelse om Øvelse"
    with stage_pack_file(files["2"], library) as staged:
        staged.install()
    with stage_pack_file(files["10"], library) as staged:
        assert staged.offer is Offer.UPDATE
        assert staged.message() == (
            f"Biblioteket har «{title}» versjon 2; filen har versjon 10. Økter som er kjørt "
            "med versjon 2, beholder den."
        )
        assert staged.install().pack.version == "10"
        assert staged.done_message() == f"«{title}» er oppdatert fra versjon 2 til 10"
    with stage_pack_file(files["1"], library) as staged:
        assert staged.offer is Offer.OLDER
        assert staged.message() == (
            f"Biblioteket har en nyere versjon av «{title}» (10) enn filen (1); ingenting er endret"
        )
    with stage_pack_file(files["10"], library) as staged:
        assert staged.offer is Offer.SAME
        assert staged.message() == (
            f"«{title}» versjon 10 finnes allerede i biblioteket; ingenting er endret"
        )
    assert load_pack(library / "kom-i-gang").pack.version == "10"
    assert [p.name for p in library.iterdir()] == ["kom-i-gang"]


def test_versions_compare_as_people_number_them() -> None:
    assert version_key("2") < version_key("10")
    assert version_key("1.2") < version_key("1.10")
    assert version_key("2026.1") < version_key("2026.2")
    assert version_key("1.0") == version_key("1-0")


# --- hostile files ------------------------------------------------------------------------


def _demo_parts() -> dict[str, bytes]:
    return pack_parts(load_pack(builtin_scenarios() / "kom-i-gang"))


def _manifest(parts: dict[str, bytes], **changes: object) -> dict[str, object]:
    manifest: dict[str, object] = {
        "format": "ovelsepakke",
        "format_version": 1,
        "id": "kom-i-gang",
        "version": "1",
        "title": "Kom i gang",
        "author": "Øvelse",
        "created": CREATED.isoformat(),
        "files": [entry.as_json() for entry in entries_of(parts)],
    }
    manifest.update(changes)
    return manifest


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members:
            archive.writestr(member, data)
    return out.getvalue()


def _pack_zip(
    parts: dict[str, bytes],
    manifest: dict[str, object] | bytes | None = None,
    extra: list[tuple[str | zipfile.ZipInfo, bytes]] | None = None,
) -> bytes:
    made = manifest if manifest is not None else _manifest(parts)
    text = made if isinstance(made, bytes) else json.dumps(made).encode("utf-8")
    return _zip([("manifest.json", text), *parts.items(), *(extra or [])])


def _changed_scenario() -> bytes:
    parts = _demo_parts()
    listed = _manifest(parts)
    parts["scenario.yaml"] = parts["scenario.yaml"].replace(b"Kom i gang", b"Kom i Gang", 1)
    return _pack_zip(parts, listed)


def _missing_picture() -> bytes:
    parts = _demo_parts()
    listed = _manifest(parts)
    del parts["media/slik-gar-en-ovelse.svg"]
    return _pack_zip(parts, listed)


def _extra_picture() -> bytes:
    parts = _demo_parts()
    return _pack_zip(parts, extra=[("media/ekstra.png", b"\x89PNG\r\n\x1a\n")])


def _listed(parts: dict[str, bytes]) -> bytes:
    """Parts each listed correctly: only the content is wrong."""
    return _pack_zip(parts)


def _with_parts(change: Callable[[dict[str, bytes]], None]) -> bytes:
    parts = _demo_parts()
    change(parts)
    return _listed(parts)


def _symlink() -> bytes:
    info = zipfile.ZipInfo("media/lenke.svg")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _pack_zip(_demo_parts(), extra=[(info, b"/etc/passwd")])


def _encrypted() -> bytes:
    data = bytearray(_pack_zip(_demo_parts()))
    # The «encrypted» flag in the first member's local header and in its central entry.
    data[6] |= 0x1
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"PK\x05\x06"))
    first = data.find(b"PK\x01\x02")
    assert central >= first >= 0
    data[first + 8] |= 0x1
    return bytes(data)


def _bomb() -> bytes:
    return _pack_zip(_demo_parts(), extra=[("media/bombe.png", b"\0" * (30 * 1024 * 1024))])


def _invalid_pack() -> bytes:
    def change(parts: dict[str, bytes]) -> None:
        parts["scenario.yaml"] = parts["scenario.yaml"].replace(
            b'duration: "15m"', b"duration: lenge", 1
        )

    return _with_parts(change)


def _twice() -> bytes:
    parts = _demo_parts()
    return _pack_zip(parts, extra=[("profiles/Demo.yaml", parts["profiles/demo.yaml"])])


def _huge_entry() -> bytes:
    info = zipfile.ZipInfo("media/stort.png")
    info.compress_type = zipfile.ZIP_STORED  # packs no tighter than it is: not a bomb
    return _pack_zip(_demo_parts(), extra=[(info, b"\0" * (20 * 1024 * 1024 + 1))])


def _declared_too_big() -> bytes:
    """Eleven pictures that each say, in the zip's directory, they hold 19 MB: each within
    its limit and packed no tighter than it is, 209 MB together."""
    data = bytearray(_pack_zip(_demo_parts(), extra=[(f"media/{n}.png", b"x") for n in range(11)]))
    size = (19 * 1024 * 1024).to_bytes(4, "little")
    for n in range(11):
        name = f"media/{n}.png".encode()
        entry = data.find(name, data.find(b"PK\x01\x02")) - 46
        assert data[entry : entry + 4] == b"PK\x01\x02"
        data[entry + 20 : entry + 24] = size  # compressed size
        data[entry + 24 : entry + 28] = size  # size unpacked
    return bytes(data)


def _too_many() -> bytes:
    return _pack_zip(_demo_parts(), extra=[(f"media/{n}.png", b"x") for n in range(501)])


HOSTILE: list[tuple[str, Callable[[], bytes], str]] = [
    (
        "changed file",
        _changed_scenario,
        "«scenario.yaml» er endret etter at filen ble laget (størrelse eller SHA-256 stemmer "
        "ikke med manifestet); be om en ny fil fra den som sendte den",
    ),
    (
        "missing file",
        _missing_picture,
        "«media/slik-gar-en-ovelse.svg» står i manifestet, men mangler i filen; be om en ny "
        "fil fra den som sendte den",
    ),
    (
        "extra file",
        _extra_picture,
        "«media/ekstra.png» ligger i filen, men står ikke i manifestet; filen er endret etter "
        "at den ble laget, og leses ikke",
    ),
    (
        "bad manifest JSON",
        lambda: _pack_zip(_demo_parts(), b'{"format": "ovelsepakke",\n "id": }'),
        "manifest.json er ikke gyldig JSON (feil på linje 2, kolonne 8)",
    ),
    (
        "manifest key twice",
        lambda: _pack_zip(_demo_parts(), b'{"format": "ovelsepakke", "format": "x"}'),
        "manifest.json: nøkkelen «format» står to ganger",
    ),
    (
        "future manifest format",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), format_version=2)),
        "pakken er laget av en nyere Øvelse (filformat 2); denne versjonen leser filformat 1 – "
        "oppdater Øvelse for å lese den",
    ),
    (
        "not a pack manifest",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), format="ovelseresultat")),
        "manifest.json sier at dette ikke er en scenariopakke («format» er ikke «ovelsepakke»)",
    ),
    (
        "bad file list",
        lambda: _pack_zip(
            _demo_parts(), _manifest(_demo_parts(), files=[{"path": "scenario.yaml"}])
        ),
        "manifest.json: files[0] må ha nøyaktig «path», «size» (et heltall) og «sha256» (64 "
        "heksadesimale tegn)",
    ),
    (
        "no manifest",
        lambda: _zip(list(_demo_parts().items())),
        "filen har ikke manifest.json og er ikke en delt scenariopakke fra Øvelse",
    ),
    (
        "huge manifest",
        lambda: _pack_zip(
            _demo_parts(),
            _manifest(_demo_parts(), notes=random.Random(15).randbytes(600_000).hex()),
        ),
        "manifest.json er over 1024 kB; den leses ikke",
    ),
    (
        "traversal",
        lambda: _pack_zip(_demo_parts(), extra=[("media/../../hjem.svg", b"<svg/>")]),
        "delen «media/../../hjem.svg» peker ut av mappen sin («..» eller omvendt skråstrek i "
        "stien); filen leses ikke",
    ),
    (
        "absolute path",
        lambda: _pack_zip(_demo_parts(), extra=[("/etc/kart.svg", b"<svg/>")]),
        "delen «/etc/kart.svg» har en absolutt sti og ville blitt pakket ut utenfor mappen "
        "sin; filen leses ikke",
    ),
    (
        "symlink",
        _symlink,
        "delen «media/lenke.svg» er en lenke, ikke en vanlig fil; filen leses ikke",
    ),
    (
        "zip bomb",
        _bomb,
        "delen «media/bombe.png» pakkes ut til langt mer enn den fyller (over 100 ganger); "
        "filen leses ikke, for den kan fylle minnet",
    ),
    (
        "encrypted member",
        _encrypted,
        "delen «manifest.json» er kryptert; Øvelse leser ikke krypterte filer",
    ),
    (
        "name twice",
        _twice,
        "delen «profiles/Demo.yaml» står to ganger i filen; filen leses ikke",
    ),
    (
        "one name in two Unicode forms",
        lambda: _pack_zip(
            _demo_parts(),
            extra=[("media/kart-\u00e5s.svg", b"<svg/>"), ("media/kart-a\u030as.svg", b"<svg/>")],
        ),
        "delen «media/kart-a\u030as.svg» står to ganger i filen; filen leses ikke",
    ),
    (
        "one name with «./» in it",
        lambda: _pack_zip(
            _demo_parts(),
            extra=[
                ("media/./slik-gar-en-ovelse.svg", _demo_parts()["media/slik-gar-en-ovelse.svg"])
            ],
        ),
        "delen «media/./slik-gar-en-ovelse.svg» står to ganger i filen; filen leses ikke",
    ),
    (
        "one name with a double slash",
        lambda: _pack_zip(_demo_parts(), extra=[("profiles//demo.yaml", b"navn: x")]),
        "delen «profiles//demo.yaml» står to ganger i filen; filen leses ikke",
    ),
    (
        "too many members",
        _too_many,
        "filen har over 501 deler inni seg; den leses ikke",
    ),
    (
        "unpacks too big",
        _declared_too_big,
        "filen blir over 200 MB når den pakkes ut; den leses ikke",
    ),
    (
        "huge entry",
        _huge_entry,
        "delen «media/stort.png» er over 20 MB utpakket; filen leses ikke",
    ),
    (
        "backslash",
        lambda: _pack_zip(_demo_parts(), extra=[("media\\..\\..\\kart.svg", b"<svg/>")]),
        "delen «media\\..\\..\\kart.svg» peker ut av mappen sin («..» eller omvendt skråstrek "
        "i stien); filen leses ikke",
    ),
    (
        "control character in a name",
        lambda: _pack_zip(_demo_parts(), extra=[("media/kart\x1b[2J.svg", b"<svg/>")]),
        "delen «media/kart\\x1b[2J.svg» har et navn med styretegn; filen leses ikke",
    ),
    (
        "id that is not an id",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), id="../kom-i-gang")),
        "manifest.json: «../kom-i-gang» er ikke en gyldig pakke-id",
    ),
    (
        "created is not a time",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), created="i går")),
        "manifest.json: «created» er ikke et tidspunkt (ISO 8601, f.eks. "
        "2026-03-01T09:00:00+00:00)",
    ),
    (
        "not part of a pack",
        lambda: _with_parts(lambda parts: parts.update({"media/kjør.exe": b"MZ"})),
        "«media/kjør.exe» hører ikke hjemme i en scenariopakke (bare scenario.yaml, "
        "profiles/*.yaml og bilder i PNG, JPEG eller SVG); filen leses ikke",
    ),
    (
        "manifest names another pack",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), id="kokevarsel")),
        "manifestet sier pakke «kokevarsel» versjon 1, men scenario.yaml er «kom-i-gang» "
        "versjon 1; filen er endret etter at den ble laget",
    ),
    (
        "version with a lone surrogate",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), version="1\udfff")),
        "manifest.json: feltet «version» har tegnet U+DFFF, som ikke kan stå i et manifest; "
        "filen er endret etter at den ble laget",
    ),
    (
        "author with a lone surrogate",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), author="\ud800")),
        "manifest.json: feltet «author» har tegnet U+D800, som ikke kan stå i et manifest; "
        "filen er endret etter at den ble laget",
    ),
    (
        "id with a lone surrogate",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), id="\ud800")),
        "manifest.json: feltet «id» har tegnet U+D800, som ikke kan stå i et manifest; "
        "filen er endret etter at den ble laget",
    ),
    (
        "format version as a decimal",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), format_version=1.0)),
        "manifest.json: «format_version» 1.0 er ikke et gyldig filformat",
    ),
    (
        "picture that shows a file from the user's disk",
        lambda: _with_parts(
            lambda parts: parts.update(
                {
                    "media/slik-gar-en-ovelse.svg": b'<svg xmlns="http://www.w3.org/2000/svg" '
                    b'xmlns:xlink="http://www.w3.org/1999/xlink"><image width="9" height="9" '
                    b'xlink:href="/home/kari/Bilder/pass.jpg"/></svg>'
                }
            )
        ),
        "bildet «media/slik-gar-en-ovelse.svg» henter «/home/kari/Bilder/pass.jpg» utenfra; "
        "et bilde i en delt pakke må ha alt i seg selv, og filen leses ikke",
    ),
    (
        "picture that takes a file beside it through a style",
        lambda: _with_parts(
            lambda parts: parts.update(
                {
                    "media/slik-gar-en-ovelse.svg": b"<svg xmlns='http://www.w3.org/2000/svg'>"
                    b"<rect style=\"fill: url( '../../../.ssh/id.png' )\"/></svg>"
                }
            )
        ),
        "bildet «media/slik-gar-en-ovelse.svg» henter «../../../.ssh/id.png» utenfra; et bilde "
        "i en delt pakke må ha alt i seg selv, og filen leses ikke",
    ),
    (
        "picture in UTF-16 that shows a file from the user's disk",
        lambda: _with_parts(
            lambda parts: parts.update(
                {
                    "media/slik-gar-en-ovelse.svg": (
                        '<?xml version="1.0" encoding="UTF-16"?><svg '
                        'xmlns="http://www.w3.org/2000/svg"><image href="C:/Users/kari/a.png"/>'
                        "</svg>"
                    ).encode("utf-16")
                }
            )
        ),
        "bildet «media/slik-gar-en-ovelse.svg» henter «C:/Users/kari/a.png» utenfra; et bilde "
        "i en delt pakke må ha alt i seg selv, og filen leses ikke",
    ),
    (
        "format version of a million letters",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), format_version="A" * 900_000)),
        "manifest.json: «format_version» '" + "A" * 79 + "… er ikke et gyldig filformat",
    ),
    (
        "id of five thousand letters",
        lambda: _pack_zip(_demo_parts(), _manifest(_demo_parts(), id="Å" * 5_000)),
        "manifest.json: «" + "Å" * 80 + "…» er ikke en gyldig pakke-id",
    ),
    (
        "listed path of five thousand letters",
        lambda: _pack_zip(
            _demo_parts(),
            _manifest(
                _demo_parts(),
                files=[
                    *_manifest(_demo_parts())["files"],  # type: ignore[misc]
                    {"path": "Å" * 5_000, "size": 1, "sha256": "0" * 64},
                ],
            ),
        ),
        "«" + "Å" * 80 + "…» står i manifestet, men mangler i filen; be om en ny fil fra den "
        "som sendte den",
    ),
    (
        "not a zip",
        lambda: b"%PDF-1.7\n",
        "filen er ikke en delt scenariopakke fra Øvelse (den er ikke en zip-fil), eller den er "
        "skadet på veien; be om den på nytt",
    ),
    (
        "cut short",
        lambda: _pack_zip(_demo_parts())[:-200],
        "filen er ikke en delt scenariopakke fra Øvelse (den er ikke en zip-fil), eller den er "
        "skadet på veien; be om den på nytt",
    ),
]


@pytest.mark.parametrize(("case", "make", "message"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_a_hostile_pack_file_is_refused_with_its_reason(
    case: str, make: Callable[[], bytes], message: str, tmp_path: Path
) -> None:
    file = tmp_path / NAME
    file.write_bytes(make())
    library = tmp_path / "bibliotek"
    with pytest.raises(InterchangeError) as refused:
        stage_pack_file(file, library)
    assert str(refused.value) == f"{NAME}: {message}"
    assert not library.exists() or not any(library.iterdir())


def test_a_pack_that_does_not_load_is_refused_at_its_line(tmp_path: Path) -> None:
    file = tmp_path / NAME
    file.write_bytes(_invalid_pack())
    library = tmp_path / "bibliotek"
    with pytest.raises(InterchangeError) as refused:
        stage_pack_file(file, library)
    lines = str(refused.value).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{NAME}/scenario.yaml:")
    assert ": duration: " in lines[0]
    assert "«lenge»" in lines[0]
    assert list(library.iterdir()) == []


def test_a_file_with_another_ending_is_refused_by_its_name(tmp_path: Path) -> None:
    file = tmp_path / "pakke.zip"
    file.write_bytes(_pack_zip(_demo_parts()))
    with pytest.raises(InterchangeError) as refused:
        read_pack_file(file)
    assert str(refused.value) == (
        "pakke.zip: filnavnet slutter ikke på «.ovelsepakke», som en delt scenariopakke fra "
        "Øvelse gjør; har e-posten gitt filen nytt navn, gi den tilbake endelsen og prøv igjen"
    )


def test_a_refused_update_leaves_the_pack_there(demo_pack: LoadedPack, tmp_path: Path) -> None:
    library = tmp_path / "bibliotek"
    good = tmp_path / "god.ovelsepakke"
    write_pack_file(demo_pack, good, CREATED)
    with stage_pack_file(good, library) as staged:
        staged.install()
    before = sorted(p.relative_to(library) for p in library.rglob("*"))
    bad = tmp_path / NAME
    bad.write_bytes(_changed_scenario())
    with pytest.raises(InterchangeError):
        stage_pack_file(bad, library)
    assert sorted(p.relative_to(library) for p in library.rglob("*")) == before
    assert load_pack(library / "kom-i-gang").pack == demo_pack.pack


def test_a_staging_folder_a_crash_left_is_not_listed_as_a_pack(
    demo_pack: LoadedPack, tmp_path: Path
) -> None:
    library = tmp_path / "bibliotek"
    left = library / ".ovelse-import-abc123"
    shutil.copytree(demo_pack.root, left)  # stopped between the rename and the move
    assert pack_folders(library) == []


def test_a_picture_that_refers_only_to_itself_is_taken_in(tmp_path: Path) -> None:
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<defs><pattern id="skravur"/></defs><rect fill="url(#skravur)"/>'
        b'<use xlink:href="#skravur"/><image href="data:image/png;base64,iVBORw0KGgo="/></svg>'
    )
    file = tmp_path / NAME
    file.write_bytes(_with_parts(lambda parts: parts.update({"media/slik-gar-en-ovelse.svg": svg})))
    assert read_pack_file(file).parts["media/slik-gar-en-ovelse.svg"] == svg


def test_a_picture_full_of_unfinished_references_is_read_at_once(tmp_path: Path) -> None:
    """«url(» again and again with no end, or followed by a run of spaces: a search that
    began again at each took seconds for 20 kB, and would take days for a 20 MB picture."""
    file = tmp_path / NAME
    endless = b"<svg>" + b"url(" * 50_000
    spaced = b"<svg>url(" + b" " * 200_000 + b"#pil)</svg>"
    for svg in (endless, spaced):
        file.write_bytes(
            _with_parts(lambda parts, svg=svg: parts.update({"media/slik-gar-en-ovelse.svg": svg}))
        )
        started = time.perf_counter()
        if svg is endless:
            with pytest.raises(InterchangeError) as refused:
                read_pack_file(file)
            assert "henter «url(url(url(" in str(refused.value)
        else:
            read_pack_file(file)
        assert time.perf_counter() - started < 3  # milliseconds; hours before


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (
            (b'title: "Kom i gang', b"title: \"{{ ''.__class__.__mro__ }}Kom i gang"),
            "title",
            "malen bruker punktum («a.b»), som ikke er tillatt i scenariotekster",
        ),
        (
            (b"media/slik-gar-en-ovelse.svg", b"../../../../etc/slik-gar-en-ovelse.svg"),
            ".media[0].path",
            "bildestien kan ikke gå ut av pakken («..»)",
        ),
    ],
    ids=["template escape", "picture outside the pack"],
)
def test_a_pack_whose_hashes_match_is_still_loaded_and_checked(
    change: tuple[bytes, bytes], field: str, reason: str, tmp_path: Path
) -> None:
    """The manifest only says the file arrived as it was made; whoever made it is not
    trusted, so the pack is loaded by the loader with all its checks before it enters."""
    old, new = change
    file = tmp_path / NAME
    file.write_bytes(
        _with_parts(
            lambda parts: parts.update(
                {"scenario.yaml": parts["scenario.yaml"].replace(old, new, 1)}
            )
        )
    )
    library = tmp_path / "bibliotek"
    with pytest.raises(InterchangeError) as refused:
        stage_pack_file(file, library)
    [problem] = refused.value.problems
    assert problem.place.startswith(f"{NAME}/scenario.yaml:")
    assert problem.field.endswith(field)
    assert problem.message.startswith(reason)
    assert list(library.iterdir()) == []


def test_a_pack_whose_picture_links_a_file_is_not_shared(tmp_path: Path) -> None:
    """Inkscape links a picture by its path on the author's disk; every kommune's import
    would refuse such a pack file, so the statsforvalter is told when sharing it."""
    source = tmp_path / "pakke"
    shutil.copytree(builtin_scenarios() / "kom-i-gang", source)
    (source / "media" / "slik-gar-en-ovelse.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="file:///home/sf/bakgrunn.png"/></svg>',
        encoding="utf-8",
    )
    file = tmp_path / "kom-i-gang.ovelsepakke"
    with pytest.raises(InterchangeError) as refused:
        write_pack_file(load_pack(source), file, CREATED)
    assert str(refused.value) == (
        "kom-i-gang.ovelsepakke: bildet «media/slik-gar-en-ovelse.svg» henter "
        "«file:///home/sf/bakgrunn.png» utenfra; et bilde i en delt pakke må ha alt i seg "
        "selv, og filen leses ikke"
    )
    assert not file.exists()
