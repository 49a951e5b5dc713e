"""Wheel build hook: compile po/*.po into the package, so an installed Øvelse can translate.

The compiled catalogues (``ovelse/locale/LANG/LC_MESSAGES/ovelse.mo``) are not committed;
``make`` compiles them for a checkout and this hook for a wheel or an editable install.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for source in sorted((root / "po").glob("*.po")):
            with source.open("rb") as file:
                catalogue = read_po(file, locale=source.stem)
            if catalogue.fuzzy:
                raise RuntimeError(f"{source.name}: the catalogue's header is marked fuzzy")
            target = root / "src" / "ovelse" / "locale" / source.stem / "LC_MESSAGES" / "ovelse.mo"
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as file:
                write_mo(file, catalogue)
            # Ignored by git, so named here to be packed all the same.
            build_data["artifacts"].append(f"/{target.relative_to(root).as_posix()}")
