"""A small rendered scenario pack built straight from the dataclasses, for engine tests.

Texts are already «rendered» (no templates), as the engine always receives them. The plan
covers the cases the engine must get right: a day carried over to bare clock times, a jump
to a calendar date, per-inject auto-release on and off, and board updates with and without
a new status. Sámi letters are in the texts so that exports are tested with them.
"""

from __future__ import annotations

from ovelse.scenario.model import (
    BoardItem,
    BoardUpdate,
    Inject,
    MediaRef,
    Objective,
    Phase,
    Question,
    ResponseCell,
    Role,
    ScenarioPack,
    SubGoal,
)
from ovelse.scenario.timing import Duration, ScenarioTime

MEDIA = {"media/kart.png": b"\x89PNG\r\n\x1a\n fake map bytes \x00\xff"}


def _inject(
    inject_id: str,
    at: str,
    title: str,
    when: str | None,
    **extra: object,
) -> Inject:
    return Inject(
        id=inject_id,
        at=Duration.parse(at),
        title=title,
        text=f"Tekst for {title}.",
        scenario_time=ScenarioTime.parse(when) if when else None,
        **extra,  # type: ignore[arg-type]
    )


def build_pack() -> ScenarioPack:
    return ScenarioPack(
        format=1,
        id="test-pakke",
        title="Langvarig strømbrudd i Unjárga",
        summary="Strøm og mobilnett faller ut i Unjárga-Nesseby.",
        hazard="Langvarig bortfall av strøm",
        region="Finnmark",
        duration=Duration.parse("4h"),
        roles=(
            Role(id="ordforer", title="Ordfører"),
            Role(id="kommunedirektor", title="Kommunedirektør"),
            Role(id="beredskapskoordinator", title="Beredskapskoordinator"),
            Role(id="kommuneoverlege", title="Kommuneoverlege"),
        ),
        objectives=(
            Objective(
                id="m1",
                title="Etablere kriseledelse",
                subgoals=(
                    SubGoal(id="m1.1", title="Varsle kriseledelsen"),
                    SubGoal(id="m1.2", title="Etablere situasjonsbilde"),
                ),
            ),
            Objective(id="m2", title="Informere befolkningen"),
        ),
        board=(
            BoardItem(id="strom", label="Strøm"),
            BoardItem(id="mobil", label="Mobilnett"),
            BoardItem(id="vann", label="Vann"),
            BoardItem(id="evakuerte", label="Evakuerte", value="0"),
        ),
        response_cells=(
            ResponseCell(id="politi", actor="Politiet", text="Vi sender en patrulje."),
        ),
        phases=(
            Phase(
                id="f1",
                title="Fase 1 – Varsling",
                injects=(
                    _inject(
                        "i1",
                        "+00:00",
                        "Strømmen går",
                        "Dag 1 06:00",
                        board={"strom": BoardUpdate("Ute i hele kommunen", "kritisk")},
                        media=(MediaRef(path="media/kart.png", caption="Kart"),),
                        notes="Spør hvem som varsler ordføreren.",
                        questions=(Question("Hvem varsles først?", ("ordforer",)),),
                        expected_actions=(
                            "Varsle ordføreren",
                            "Kalle inn kriseledelsen",
                            "Starte loggføring",
                        ),
                        objectives=("m1.1",),
                    ),
                    _inject(
                        "i2",
                        "+00:20",
                        "Mobilnettet svikter",
                        "06:45",
                        board={"mobil": BoardUpdate("Redusert")},
                        auto_release=True,
                    ),
                    _inject(
                        "i3",
                        "+00:45",
                        "Sykehjemmet ringer",
                        "08:00",
                        expected_actions=("Kartlegge reservestrøm på sykehjemmet",),
                        objectives=("m1",),
                    ),
                ),
            ),
            Phase(
                id="f2",
                title="Fase 2 – Døgn to",
                injects=(
                    _inject(
                        "i4",
                        "1h30m",
                        "Vannverket på reservestrøm",
                        "Dag 2 06:00",
                        board={"vann": BoardUpdate("Reservestrøm", "redusert")},
                    ),
                    _inject("i5", "2:00", "Pressen ringer", "09:30", auto_release=False),
                    _inject(
                        "i6",
                        "165m",
                        "Statsforvalteren ber om rapport",
                        "2026-08-07 14:00",
                        board={"strom": BoardUpdate("Delvis tilbake", "redusert")},
                    ),
                ),
            ),
            Phase(
                id="f3",
                title="Fase 3 – Gjenoppretting",
                injects=(_inject("i7", "3:30", "Evakuering av Gáŋgaviika", "18:00"),),
            ),
        ),
    )
