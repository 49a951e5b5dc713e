"""A pack cannot drive the terminal through ``ovelse validate``'s messages.

YAML's escapes put any character in a text, and messages quote what the author wrote: a
pack could retitle the terminal window, clear the screen, colour a refusal green or turn
a line around with a right-to-left override. Every such character comes out written out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ovelse.cli import main
from ovelse.scenario.errors import Problem
from ovelse.scenario.visible import visible
from tests.hardening.packs import PACK_FILE, copy_pack

ATTACKS = {
    "retitle the window": ("\\e]0;pwned\\a", "\\x1b]0;pwned\\x07"),
    "clear the screen": ("\\e[2J\\e[H", "\\x1b[2J\\x1b[H"),
    "colour as OK": ("\\e[32mOK\\e[0m", "\\x1b[32mOK\\x1b[0m"),
    "C1 control sequence introducer": ("\\x9b2J", "\\x9b2J"),
    "right-to-left override": ("lmth.\\u202Eexe", "lmth.U+202Eexe"),
    "isolate and zero width": ("a\\u2066b\\u200Bc", "aU+2066bU+200Bc"),
    "fake new line": ("ok\\nscenario.yaml: OK", "ok\\nscenario.yaml: OK"),
}


@pytest.mark.parametrize("name", ATTACKS)
def test_validate_shows_a_packs_control_characters_escaped(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    escaped, shown = ATTACKS[name]
    root = copy_pack(tmp_path / "pakke")
    file = root / PACK_FILE
    text = file.read_text(encoding="utf-8")
    # An id that is not valid (quoted in the message), and a field name no one knows.
    text = text.replace("id: full-pack", f'id: "{escaped}"', 1)
    text = text.replace("hazard:", f'"hazard{escaped}": x\nhazard:', 1)
    file.write_text(text, encoding="utf-8")

    assert main(["validate", str(root)]) == 1
    out, err = capsys.readouterr()
    printed = out + err
    assert shown in printed
    assert printed.count(shown) >= 2  # in the id's message and in the unknown field's
    for character in printed:
        assert character == "\n" or character.isprintable(), repr(character)


def test_a_profile_file_name_with_an_escape_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_pack(tmp_path / "pakke")
    (root / "profiles" / "\x1b[31mrød.yaml").write_text("format: 1\n", encoding="utf-8")
    assert main(["validate", str(root)]) == 1
    _, err = capsys.readouterr()
    assert "\x1b" not in err and "\\x1b[31mrød.yaml" in err


def test_plain_norwegian_and_sami_text_is_left_alone() -> None:
    text = "Ŋ ŧ á č đ š ž – «Unjárga» æøå ÆØÅ"
    assert visible(text) == text
    assert str(Problem("a.yaml", 1, 2, "title", text)).endswith(text)
