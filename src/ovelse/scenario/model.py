"""The scenario pack format, version 1, as frozen dataclasses.

These classes are the single description of the format: the YAML binder reads them, the
JSON Schema is generated from them, and the engine consumes them. Field docs (``doc=``)
end up in the schema, so they are written for scenario authors, in bokmål.
Fields marked ``template`` are Jinja2 templates over the profile variables.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field
from typing import Any, Literal

from ovelse.scenario.timing import Duration, ScenarioTime

FORMAT_VERSION = 1

BoardStatus = Literal["normal", "redusert", "kritisk", "ukjent"]

# The same words as the engine's marking kinds (``ovelse.exercise.kinds.MarkingKind``),
# which the scenario layer may not import.
PackMarking = Literal["ingen", "offl_24_3", "offl_21"]

# The short version of a pack must fit one ordinary meeting slot, summary included.
SHORT_TRACK_LIMIT_SECONDS = 90 * 60


Syntax = Literal["", "id", "variable", "media", "format", "positive"]


def spec(
    doc: str,
    *,
    default: Any = MISSING,
    factory: Any = MISSING,
    template: bool = False,
    shorthand: bool = False,
    syntax: Syntax = "",
    nonempty: bool = False,
) -> Any:
    """Declare a format field with the text authors see in their editor.

    ``syntax`` and ``nonempty`` say what the validator checks beyond the type, so the
    JSON Schema can say it too: ``id`` (an id, or a list or table keyed by ids),
    ``variable`` (a table keyed by variable names), ``media`` (a relative picture path),
    ``format`` (the format version), ``positive`` (a duration above zero); ``nonempty``
    for a list that must hold at least one item.
    """
    meta = {
        "doc": doc,
        "template": template,
        "shorthand": shorthand,
        "syntax": syntax,
        "nonempty": nonempty,
    }
    if factory is not MISSING:
        return field(default_factory=factory, metadata=meta)
    if default is not MISSING:
        return field(default=default, metadata=meta)
    return field(metadata=meta)


@dataclass(frozen=True)
class Variable:
    label: str = spec("Ledetekst i skjemaet for tilpasning, f.eks. «Kommune».")
    default: str = spec("Verdien som brukes når profilen ikke setter en annen.", default="")
    help: str = spec("Forklaring til den som fyller ut skjemaet.", default="")


@dataclass(frozen=True)
class SubGoal:
    id: str = spec("Unik id for delmålet, f.eks. «m1.2».", syntax="id")
    title: str = spec("Delmålet slik det står i evalueringen.", template=True)
    description: str = spec("Utdyping av delmålet.", default="", template=True)
    indicator: str = spec(
        "Målbar indikator: hva evaluator ser etter for å si at delmålet er nådd, "
        "f.eks. «Varsel sendt innen 30 minutter».",
        default="",
        template=True,
    )


@dataclass(frozen=True)
class Objective:
    id: str = spec("Unik id for målet, f.eks. «m1».", syntax="id")
    title: str = spec("Målet, formulert slik at det kan evalueres.", template=True)
    description: str = spec(
        "Utdyping, kobling til plan eller forskrift.", default="", template=True
    )
    subgoals: tuple[SubGoal, ...] = spec("Delmål under dette målet.", factory=tuple)


@dataclass(frozen=True)
class Role:
    id: str = spec(
        "Id for rollen. En id fra standardkatalogen (f.eks. «ordforer») henter tittel og "
        "beskrivelse derfra.",
        shorthand=True,
        syntax="id",
    )
    title: str = spec("Rollens navn, f.eks. «Ordfører».", default="", template=True)
    description: str = spec("Hva rollen har ansvar for i øvelsen.", default="", template=True)
    essential: bool = spec("Øvelsen bør ikke gjennomføres uten denne rollen.", default=False)


@dataclass(frozen=True)
class Question:
    text: str = spec("Problemstillingen slik deltakerne ser den.", template=True)
    roles: tuple[str, ...] = spec(
        "Id-er for rollene spørsmålet er rettet til.", syntax="id", nonempty=True
    )


@dataclass(frozen=True)
class MediaRef:
    path: str = spec(
        "Sti til bildet, relativt til pakken (f.eks. «media/kart.svg»).",
        shorthand=True,
        syntax="media",
    )
    caption: str = spec("Bildetekst.", default="", template=True)
    alt: str = spec(
        "Kort beskrivelse av bildet for dem som ikke ser det.", default="", template=True
    )


@dataclass(frozen=True)
class BoardItem:
    id: str = spec("Id for punktet på situasjonsbildet, f.eks. «strom».", syntax="id")
    label: str = spec("Navnet deltakerne ser, f.eks. «Strøm».", template=True)
    value: str = spec("Verdien ved øvelsens start.", default="Normal", template=True)
    status: BoardStatus = spec("Fargen punktet vises med.", default="normal")


@dataclass(frozen=True)
class BoardUpdate:
    value: str = spec("Ny verdi.", template=True, shorthand=True)
    status: BoardStatus | None = spec("Ny farge; uten denne beholdes den forrige.", default=None)


@dataclass(frozen=True)
class ResponseCell:
    id: str = spec("Unik id for motspillet.", syntax="id")
    actor: str = spec("Aktøren som svarer, f.eks. «Politiet» eller «NVE».", template=True)
    text: str = spec("Svaret aktøren gir når deltakerne tar kontakt.", template=True)
    channel: str = spec("Hvordan svaret kommer: telefon, e-post, SMS …", default="", template=True)


@dataclass(frozen=True)
class InjectTranslation:
    title: str = spec("Overskriften på det andre språket.", default="", template=True)
    text: str = spec("Teksten på det andre språket.", default="", template=True)
    questions: tuple[str, ...] = spec(
        "Problemstillingene på det andre språket, i samme rekkefølge som «questions».",
        factory=tuple,
        template=True,
    )


@dataclass(frozen=True)
class PackTranslation:
    language: str = spec(
        "Språkkoden for den andre teksten deltakerne kan se, f.eks. «sme» (nordsamisk)."
    )
    note: str = spec(
        "Merknad til øvingsleder om oversettelsen, vist i forberedelsen, f.eks. at teksten "
        "må kontrolleres av en oversetter før bruk.",
        default="",
    )


@dataclass(frozen=True)
class Inject:
    id: str = spec("Unik id for innspillet i hele pakken.", syntax="id")
    at: Duration = spec(
        "Planlagt tidspunkt i øvingstid, fra start: «+00:45», «1:30», «1h30m» eller «90m»."
    )
    title: str = spec("Overskriften deltakerne ser.", template=True)
    text: str = spec("Teksten deltakerne ser på storskjermen.", template=True)
    scenario_time: ScenarioTime | None = spec(
        "Klokken i scenarioet: «Dag 2 06:00», «06:30» eller «2026-08-07 14:00».", default=None
    )
    source: str = spec("Hvem eller hvor innspillet kommer fra.", default="", template=True)
    notes: str = spec(
        "Notater til øvingsleder. Vises aldri for deltakerne.", default="", template=True
    )
    questions: tuple[Question, ...] = spec("Problemstillinger til navngitte roller.", factory=tuple)
    translation: InjectTranslation | None = spec(
        "Tittel, tekst og problemstillinger på pakkens andre språk (se «translation» på "
        "toppnivået). Vises under teksten på storskjermen når profilen eller forberedelsen "
        "slår det på.",
        default=None,
    )
    expected_actions: tuple[str, ...] = spec(
        "Forventede handlinger, for øvingsleder og evaluering.", factory=tuple, template=True
    )
    stall_prompts: tuple[str, ...] = spec(
        "Hjelpespørsmål hvis diskusjonen stopper opp.", factory=tuple, template=True
    )
    media: tuple[MediaRef, ...] = spec("Bilder eller kart som vises med innspillet.", factory=tuple)
    board: dict[str, BoardUpdate] = spec(
        "Endringer i situasjonsbildet når innspillet gis, per punkt-id.", factory=dict, syntax="id"
    )
    responses: tuple[str, ...] = spec(
        "Id-er for motspill som hører til innspillet.", factory=tuple, syntax="id"
    )
    objectives: tuple[str, ...] = spec(
        "Id-er for mål eller delmål innspillet øver.", factory=tuple, syntax="id"
    )
    auto_release: bool | None = spec(
        "Gis automatisk når tiden er inne. Uten verdi gjelder øvelsens innstilling.", default=None
    )
    optional: bool = spec(
        "Valgfritt innspill: kan sløyfes når tiden er knapp, og er ikke med i kortversjonen. "
        "Uten verdi er innspillet et kjerneinnspill.",
        default=False,
    )
    short_at: Duration | None = spec(
        "Planlagt tidspunkt i kortversjonen (høyst 90 minutter), f.eks. «+00:40». "
        "Skrives på alle kjerneinnspill når pakken har «short_duration».",
        default=None,
    )


@dataclass(frozen=True)
class Phase:
    id: str = spec("Unik id for fasen.", syntax="id")
    title: str = spec("Fasens navn, f.eks. «Fase 1 – Varsling».", template=True)
    description: str = spec("Hva fasen handler om.", default="", template=True)
    injects: tuple[Inject, ...] = spec(
        "Innspillene i fasen, i planlagt rekkefølge; minst ett.", factory=tuple, nonempty=True
    )


@dataclass(frozen=True)
class ScenarioPack:
    format: int = spec("Formatversjon. Skal være 1.", syntax="format")
    id: str = spec("Unik id for pakken, små bokstaver og bindestrek.", syntax="id")
    title: str = spec("Tittel på øvelsen.", template=True)
    summary: str = spec("Et kort sammendrag av scenarioet.", template=True)
    hazard: str = spec("Uønsket hendelse, slik den heter i ROS-analysen.", template=True)
    region: str = spec("Regionen scenarioet er skrevet for.", template=True)
    duration: Duration = spec("Planlagt varighet i øvingstid, f.eks. «2h30m».", syntax="positive")
    phases: tuple[Phase, ...] = spec("Fasene i øvelsen; minst én.", nonempty=True)
    exercise_form: str = spec("Øvelsesform.", default="diskusjonsøvelse")
    language: str = spec("Språkkode for innholdet.", default="nb")
    translation: PackTranslation | None = spec(
        "Pakken har deltakertekst på et andre språk: språkkoden og en merknad til "
        "øvingsleder. Tekstene står under «translation» på hvert innspill.",
        default=None,
    )
    version: str = spec("Pakkens egen versjon.", default="1")
    author: str = spec("Hvem som har skrevet pakken.", default="")
    background: str = spec("Forhistorie og bakteppe.", default="", template=True)
    purpose: str = spec("Hensikten med øvelsen.", default="", template=True)
    objectives: tuple[Objective, ...] = spec("Mål og delmål.", factory=tuple)
    tags: tuple[str, ...] = spec(
        "Stikkord, f.eks. «nato:kontinuitet-myndighet» eller «ros:flom».", factory=tuple
    )
    roles: tuple[Role, ...] = spec("Rollene rundt bordet.", factory=tuple)
    variables: dict[str, Variable] = spec(
        "Profilvariabler som tekstene kan bruke.", factory=dict, syntax="variable"
    )
    board: tuple[BoardItem, ...] = spec("Situasjonsbildet ved start.", factory=tuple)
    response_cells: tuple[ResponseCell, ...] = spec(
        "Motspill fra aktører utenfor bordet.", factory=tuple
    )
    short_duration: Duration | None = spec(
        "Varighet for kortversjonen med oppsummering, høyst 90 minutter, f.eks. «1h30m». "
        "Kortversjonen består av kjerneinnspillene på sine «short_at»-tider.",
        default=None,
    )
    marking: PackMarking = spec(
        "Standard gradering av rapporten etter offentleglova: «ingen», «offl_24_3» "
        "(§ 24 tredje ledd) eller «offl_21» (§ 21). Kan endres i evalueringen.",
        default="ingen",
    )
    based_on: str = spec(
        "Pakken denne er laget fra, med id og versjon, f.eks. «kokevarsel 3». Skrives av "
        "programmet når en tilpasset pakke lagres.",
        default="",
    )

    def injects(self) -> tuple[Inject, ...]:
        """Every inject in planned order across phases."""
        return tuple(inject for phase in self.phases for inject in phase.injects)

    def phase_of(self, inject_id: str) -> Phase | None:
        for phase in self.phases:
            if any(inject.id == inject_id for inject in phase.injects):
                return phase
        return None

    def role(self, role_id: str) -> Role | None:
        return next((role for role in self.roles if role.id == role_id), None)


@dataclass(frozen=True)
class Directive:
    """What the øvingsdirektiv says that a pack cannot know: when, where and how."""

    date: str = spec("Datoen for øvelsen, f.eks. «12. mars 2027».", default="")
    time: str = spec("Klokkeslettet, f.eks. «09.00–12.00».", default="")
    place: str = spec("Stedet, f.eks. «Kommunestyresalen, rådhuset».", default="")
    scope: str = spec(
        "Øvingsforutsetninger: hva øvelsen omfatter og ikke omfatter, og hva som er fiksjon.",
        default="",
    )
    rules: str = spec(
        "Spilleregler for øvelsen. Uten tekst skriver programmet sine standardregler.",
        default="",
    )
    practical: str = spec(
        "Praktisk informasjon: oppmøte, servering, utstyr, hva deltakerne tar med.", default=""
    )
    contact: str = spec("Kontaktperson for øvelsen, med telefon eller e-post.", default="")


@dataclass(frozen=True)
class Profile:
    format: int = spec("Formatversjon. Skal være 1.", syntax="format")
    id: str = spec("Unik id for profilen i pakken.", syntax="id")
    title: str = spec("Navnet brukeren velger, f.eks. «Unjárga/Nesseby».")
    description: str = spec("Hva profilen tilpasser.", default="")
    values: dict[str, str] = spec("Verdier for pakkens variabler.", factory=dict, syntax="variable")
    municipality: str = spec(
        "Kommunen profilen gjelder, med norsk navn, f.eks. «Nesseby».", default=""
    )
    show_translation: bool = spec(
        "Storskjermen viser pakkens andre språk under det første. Kan endres i forberedelsen.",
        default=False,
    )
    sami_language_area: bool = spec(
        "Kommunen er i forvaltningsområdet for samisk språk, og tekstene legger til grunn "
        "pliktene etter sameloven kapittel 3. Kontrolleres mot listen i programmet.",
        default=False,
    )
    directive: Directive = spec(
        "Tekstene til øvingsdirektivet som pakken ikke har (dato, sted, spilleregler …), "
        "lagret fra «Forbered» til neste gang.",
        factory=Directive,
    )
