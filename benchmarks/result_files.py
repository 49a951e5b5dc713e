"""Result files as the kommuner of a region would send them, for the roll-up's benchmark
and tests: one national exercise (five goals with sub-goals), each kommune rating the
goals its own way and writing its points in its own words.

The points are drawn from a few dozen findings, each worded several ways and sometimes
with the kommune's own place names, as real evaluations repeat one another; the roll-up
should group them. The same seed gives the same files.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ovelse.exercise.kinds import ActionStatus, MarkingKind, Priority, Rating
from ovelse.interchange.results.model import (
    SUFFIX,
    ExerciseResult,
    Finding,
    GoalResult,
    Kommune,
    Measure,
    PackRef,
    ResultMarking,
    RoleCount,
)
from ovelse.interchange.results.writer import result_bytes

PACK = PackRef("totalforsvar-2026", "1.0", "Totalforsvarsøvelse 2026: kommunens rolle i krig")

# Five goals, as DSB's national exercise sets them, each with two sub-goals.
GOALS = (
    ("M1", "Kriseledelsen er varslet og satt innen to timer"),
    ("M2", "Befolkningen får varsel og råd på norsk og samisk"),
    ("M3", "Kritiske funksjoner (vann, helse, strøm) holdes i gang"),
    ("M4", "Samvirke med Forsvaret, politiet og statsforvalteren"),
    ("M5", "Evakuerte tas imot og registreres"),
)
SUBGOALS = ("Rutiner er kjent", "Roller er avklart")

# Real kommuner (number, name, county); beyond this list names get a district number.
KOMMUNER = (
    ("5636", "Unjárga Nesseby", "Finnmark"),
    ("5607", "Vadsø", "Finnmark"),
    ("5605", "Sør-Varanger", "Finnmark"),
    ("5603", "Hammerfest", "Finnmark"),
    ("5601", "Alta", "Finnmark"),
    ("5634", "Vardø", "Finnmark"),
    ("5628", "Deatnu Tana", "Finnmark"),
    ("5626", "Gamvik", "Finnmark"),
    ("5624", "Lebesby", "Finnmark"),
    ("5622", "Porsanger", "Finnmark"),
    ("5620", "Nordkapp", "Finnmark"),
    ("5618", "Måsøy", "Finnmark"),
    ("5616", "Hasvik", "Finnmark"),
    ("5614", "Loppa", "Finnmark"),
    ("5612", "Guovdageaidnu Kautokeino", "Finnmark"),
    ("5610", "Kárášjohka Karasjok", "Finnmark"),
    ("5630", "Berlevåg", "Finnmark"),
    ("5632", "Båtsfjord", "Finnmark"),
    ("5501", "Tromsø", "Troms"),
    ("5503", "Harstad", "Troms"),
    ("5510", "Kvæfjord", "Troms"),
    ("5512", "Tjeldsund", "Troms"),
    ("5514", "Ibestad", "Troms"),
    ("5516", "Gratangen", "Troms"),
    ("5518", "Loabák Lavangen", "Troms"),
    ("5520", "Bardu", "Troms"),
    ("5522", "Salangen", "Troms"),
    ("5524", "Målselv", "Troms"),
    ("5526", "Sørreisa", "Troms"),
    ("5528", "Dyrøy", "Troms"),
    ("5530", "Senja", "Troms"),
    ("5532", "Balsfjord", "Troms"),
    ("5534", "Karlsøy", "Troms"),
    ("5536", "Lyngen", "Troms"),
    ("5538", "Storfjord", "Troms"),
    ("5540", "Gáivuotna Kåfjord", "Troms"),
    ("5542", "Skjervøy", "Troms"),
    ("5544", "Nordreisa", "Troms"),
    ("5546", "Kvænangen", "Troms"),
)

# Findings kommuner write, each in several wordings.
LEARNING = (
    (
        "Varslingslisten for kriseledelsen var ikke oppdatert",
        "Varslingslista til kriseledelsen er ikke oppdatert",
        "Kriseledelsens varslingsliste var ikke oppdatert med nye telefonnummer",
    ),
    (
        "Det tok for lang tid å få kriseledelsen samlet",
        "Kriseledelsen brukte for lang tid på å samles",
    ),
    (
        "Reservestrøm til kommunehuset må testes jevnlig",
        "Aggregatet på kommunehuset må testes jevnlig",
        "Reservestrømmen på kommunehuset er ikke testet jevnlig",
    ),
    (
        "Beredskapsrådet bør kalles inn tidligere",
        "Beredskapsrådet ble kalt inn for sent",
    ),
    (
        "Kontakten med Heimevernet må avklares før en krise",
        "Kontaktpunktet mot Heimevernet var ikke avklart",
    ),
    (
        "Informasjon på samisk kom for sent ut",
        "Informasjonen på samisk kom ut for sent",
    ),
    (
        "Loggføringen i CIM ble ikke fulgt opp",
        "Loggen i CIM ble ikke ført fortløpende",
    ),
    (
        "Evakuerte må registreres ved ankomst til mottaket",
        "Registrering av evakuerte ved mottaket må på plass",
    ),
    (
        "Drikkevannsforsyningen har ingen reserve ved langvarig strømbrudd",
        "Vannverket mangler reserve ved langvarig strømbrudd",
    ),
    ("Rollefordelingen mellom ordfører og kommunedirektør ble tydelig",),
    ("Kommunen trenger en plan for sivil arbeidsplikt",),
    ("Samarbeidet med nabokommunen om legevakt fungerte godt",),
)
IMPROVEMENTS = (
    (
        "Oppdatere varslingslisten for kriseledelsen hvert kvartal",
        "Varslingslisten for kriseledelsen oppdateres hvert kvartal",
    ),
    (
        "Lage tiltakskort for befolkningsvarsling på samisk",
        "Tiltakskort for varsling av befolkningen på samisk",
    ),
    (
        "Skaffe satellittelefon til kriseledelsen",
        "Kriseledelsen må ha satellittelefon",
        "Satellittelefon til kriseledelsen må kjøpes inn",
    ),
    (
        "Avklare rutiner for kontakt med Forsvaret",
        "Rutiner for kontakt med Forsvaret må avklares",
    ),
    (
        "Øve evakueringsmottaket sammen med Sivilforsvaret",
        "Evakueringsmottaket bør øves med Sivilforsvaret",
    ),
    (
        "Sikre drivstoff til aggregat i minst en uke",
        "Drivstoff til aggregatene må sikres for en uke",
    ),
    ("Revidere ROS-analysen med krig som scenario",),
    ("Gjennomgå avtalen med nabokommunen om IKT-drift",),
)
STRENGTHS = (
    "Kriseledelsen fikk raskt oversikt over situasjonen",
    "God dialog med statsforvalteren underveis",
    "Kommunens nettside ble oppdatert raskt",
    "Helsetjenesten hadde god oversikt over sårbare brukere",
)
ROLES = (
    ("ordforer", "Ordfører"),
    ("kommunedirektor", "Kommunedirektør"),
    ("beredskap", "Beredskapskoordinator"),
    ("kommuneoverlege", "Kommuneoverlege"),
    ("kommunikasjon", "Kommunikasjonsrådgiver"),
    ("teknisk", "Teknisk sjef"),
    ("helse", "Helse- og omsorgssjef"),
    ("politi", "Politiets kontaktperson"),
)
OWNERS = ("Beredskapskoordinator", "Kommunedirektør", "Teknisk sjef", "Kommunikasjonsrådgiver")
RATINGS = (Rating.WELL, Rating.PARTLY, Rating.PARTLY, Rating.NOT, Rating.NOT_EXERCISED, None)


def kommune(index: int) -> Kommune:
    """The index-th kommune: the real ones first, then made-up ones named after them."""
    number, name, county = KOMMUNER[index % len(KOMMUNER)]
    round_ = index // len(KOMMUNER)
    if round_:
        return Kommune(f"{name} {round_ + 1}", "", county)  # no real number to give
    return Kommune(name, number, county)


def _goal_ids(goal_id: str) -> tuple[str, ...]:
    return (goal_id, f"{goal_id}-1", f"{goal_id}-2")


def _findings(
    rng: random.Random, pool: tuple[tuple[str, ...], ...], prefix: str, low: int, high: int
) -> tuple[Finding, ...]:
    chosen = rng.sample(range(len(pool)), rng.randint(low, min(high, len(pool))))
    items = []
    for number, theme in enumerate(chosen, start=1):
        text = rng.choice(pool[theme])
        if rng.random() < 0.3:
            text += rng.choice((".", " i kommunen.", " – se loggen fra innspill 4.", "!"))
        goal = GOALS[theme % len(GOALS)][0]
        goal_ids = () if rng.random() < 0.1 else (rng.choice(_goal_ids(goal)),)
        items.append(Finding(f"{prefix}{number}", text, goal_ids, rng.random() < 0.04))
    return tuple(items)


def synthetic_result(index: int, seed: int = 2026) -> ExerciseResult:
    """One kommune's result, the same for the same index and seed."""
    rng = random.Random(seed * 100_003 + index)
    goals = tuple(
        GoalResult(
            goal_id,
            title,
            rng.choice(RATINGS),
            rng.choice(("", "Drøftet grundig.", "Kom ikke langt nok i tiden.")),
            subgoals=tuple(
                GoalResult(f"{goal_id}-{n}", sub, rng.choice(RATINGS))
                for n, sub in enumerate(SUBGOALS, start=1)
            ),
        )
        for goal_id, title in GOALS
    )
    held = date(2026, 2, 2) + timedelta(days=rng.randrange(90))
    participants = tuple(RoleCount(role_id, title, rng.randint(1, 3)) for role_id, title in ROLES)
    actions = tuple(
        Measure(
            f"T{n}",
            rng.choice(rng.choice(IMPROVEMENTS)),
            rng.choice(OWNERS),
            held + timedelta(days=rng.choice((30, 60, 90, 180))),
            rng.choice(tuple(ActionStatus)),
            rng.choice((*Priority, None)),
            (rng.choice(GOALS)[0],),
            rng.random() < 0.06,
        )
        for n in range(1, rng.randint(3, 8) + 1)
    )
    return ExerciseResult(
        kommune=kommune(index),
        pack=PACK,
        exercise_date=held,
        duration_minutes=rng.choice((90, 150, 180, 210)),
        marking=ResultMarking(
            MarkingKind.OFFL_24, "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
        ),
        exempt_included=False,
        names_included=False,
        participants=participants,
        participants_total=sum(role.count for role in participants),
        goals=goals,
        strengths=tuple(
            Finding(f"S{n}", text, (), False)
            for n, text in enumerate(rng.sample(STRENGTHS, 2), start=1)
        ),
        improvements=_findings(rng, IMPROVEMENTS, "F", 2, 5),
        learning_points=_findings(rng, LEARNING, "LP", 3, 6),
        actions=actions,
        created=datetime(2026, 5, 1, 12, tzinfo=UTC) + timedelta(minutes=index),
        app_version="2.0.0",
    )


def results(count: int, seed: int = 2026) -> Iterator[ExerciseResult]:
    return (synthetic_result(index, seed) for index in range(count))


def file_name(result: ExerciseResult) -> str:
    slug = "".join(c if c.isalnum() else "-" for c in result.kommune.name.casefold())
    number = result.kommune.number
    return f"{number}-{slug}{SUFFIX}" if number else f"{slug}{SUFFIX}"


def write_results(folder: Path, count: int, seed: int = 2026) -> list[Path]:
    """``count`` result files in the folder, one per kommune; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for result in results(count, seed):
        path = folder / file_name(result)
        path.write_bytes(result_bytes(result))
        paths.append(path)
    return paths
