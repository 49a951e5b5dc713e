"""Report inputs for tests and for the sample pages in docs/report-sample.

``realistic_report`` is a plausible (entirely invented) winter power and telecom outage
exercise in Unjárga/Nesseby; ``scaled_report`` is a synthetic exercise of any size.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from ovelse.exercise.kinds import ActionStatus, EntryKind, Priority, Rating
from ovelse.report.model import (
    ActionItem,
    Goal,
    InjectRecord,
    Links,
    LogRecord,
    Municipality,
    Note,
    Participant,
    Phase,
    ReportInput,
    Role,
)

MINUTE = 60_000
EXERCISE_DAY = date(2026, 2, 11)
START = datetime(2026, 2, 11, 9, 0)

ROLES = (
    Role("ordforer", "Ordfører", "Leder kriseledelsen og er kommunens ansikt utad."),
    Role("kommunedirektor", "Kommunedirektør", "Har det administrative ansvaret og prioriterer."),
    Role("beredskap", "Beredskapskoordinator", "Holder situasjonsbildet og loggen."),
    Role("overlege", "Kommuneoverlege", "Smittevern, helseberedskap og sårbare pasienter."),
    Role("helse", "Helse- og omsorgssjef", "Hjemmetjenesten, sykehjem og hjemmeboende."),
    Role("teknisk", "Teknisk sjef", "Vann, avløp, veier og kommunale bygg."),
    Role("kommunikasjon", "Kommunikasjonsrådgiver", "Informasjon til befolkningen og mediene."),
    Role("nettselskap", "Varanger KraftNett", "Eier og drifter strømnettet (motspill)."),
    Role("politi", "Politiet", "Øst politidistrikt, lensmannskontoret i Vadsø."),
)

PHASES = (
    Phase("f1", "Fase 1 – Varsling og første time", "Uværet treffer, strømmen går."),
    Phase("f2", "Fase 2 – Ekom faller ut", "Mobilnettet svikter etter at batteriene er tomme."),
    Phase("f3", "Fase 3 – Tredje døgn uten strøm", "Kulde, sårbare innbyggere og drivstoff."),
)

_INJECTS = (
    # id, phase, planned min, released min or None, skipped, scenario time, title, source, text
    (
        "i1",
        "f1",
        0,
        0,
        False,
        "Dag 1, kl. 06:10",
        "Uvær og strømbrudd i hele kommunen",
        "Varanger KraftNett",
        "Orkan i kastene over Varangerhalvøya. Regionalnettet mellom Varangerbotn og Vadsø er "
        "ute. Hele Unjárga/Nesseby er uten strøm. Netteier anslår minst 24 timer før feilen "
        "er rettet.\n\nTemperaturen er −18 °C og ventes å falle.",
    ),
    (
        "i2",
        "f1",
        15,
        18,
        False,
        "Dag 1, kl. 06:40",
        "Hjemmetjenesten melder om problemer",
        "Helse- og omsorgstjenesten",
        "Trygghetsalarmene hos 34 hjemmeboende virker ikke. To brukere med oksygenkonsentrator "
        "har batteri i 6 timer.",
    ),
    (
        "i3",
        "f1",
        30,
        41,
        False,
        "Dag 1, kl. 07:30",
        "Nødstrøm ved Nesseby sykehjem",
        "Vaktmester",
        "Aggregatet ved sykehjemmet startet, men har diesel til om lag 30 timer. Leverandøren "
        "i Čáhcesuolu/Vadsø har ikke kapasitet før i morgen.",
    ),
    (
        "i4",
        "f1",
        45,
        55,
        False,
        "Dag 1, kl. 08:15",
        "Mediene ringer",
        "NRK Sápmi",
        "NRK Sápmi ber om et intervju med ordføreren på samisk og norsk: «Hva gjør kommunen "
        "for de eldre i Gávtavuotna og Karlebotn?»",
    ),
    (
        "i5",
        "f2",
        60,
        72,
        False,
        "Dag 1, kl. 12:00",
        "Mobilnettet faller ut",
        "Telenor",
        "Basestasjonene i Varangerbotn og Nesseby har gått tomme for batteri. Nødnett fungerer "
        "fortsatt. Fasttelefon og bredbånd er nede.",
    ),
    (
        "i6",
        "f2",
        75,
        86,
        False,
        "Dag 1, kl. 14:00",
        "Innbyggere møter opp på rådhuset",
        "Servicetorget",
        "Rundt 40 innbyggere har møtt opp på rådhuset for å få informasjon og lade telefoner. "
        "Rådhuset har nødstrøm, men ikke varme i alle rom.",
    ),
    (
        "i7",
        "f2",
        90,
        None,
        True,
        "Dag 1, kl. 16:00",
        "Drivstoffmangel på bensinstasjonen",
        "Varangerbotn bensinstasjon",
        "Bensinstasjonen har ikke strøm til pumpene. Flere har gått tom for diesel til "
        "aggregat og bil.",
    ),
    (
        "i8",
        "f2",
        100,
        104,
        False,
        "Dag 1, kl. 18:30",
        "Vannverket på reservestrøm",
        "Teknisk drift",
        "Høydebassenget holder i om lag 20 timer uten pumper. Reservestrømaggregatet ved "
        "vannverket trenger tilsyn hver fjerde time.",
    ),
    (
        "i9",
        "f3",
        120,
        123,
        False,
        "Dag 3, kl. 07:00",
        "Tredje døgn: kulde i boligene",
        "Helsestasjonen",
        "Flere eldre har for lav temperatur i boligene. En hjemmeboende i Unjárga er funnet "
        "nedkjølt og sendt til legevakten i Vadsø.",
    ),
    (
        "i10",
        "f3",
        135,
        140,
        False,
        "Dag 3, kl. 09:00",
        "Heimevernet tilbyr hjelp",
        "HV-17",
        "Heimevernet kan stille med mannskap, aggregater og transport fra kl. 12. De ber om "
        "en skriftlig anmodning gjennom politiet.",
    ),
    (
        "i11",
        "f3",
        150,
        152,
        False,
        "Dag 3, kl. 12:00",
        "Evakuering til Varangerbotn skole",
        "Kriseledelsen",
        "Kommunen vurderer å samle sårbare innbyggere på Varangerbotn skole, som har "
        "aggregat. Skolen har plass til 60 personer.",
    ),
    (
        "i12",
        "f3",
        165,
        168,
        False,
        "Dag 3, kl. 15:00",
        "Strømmen er tilbake – delvis",
        "Varanger KraftNett",
        "Strømmen er tilbake i sentrum og Varangerbotn. Ytre deler av kommunen er fortsatt uten "
        "strøm. Nettselskapet har ikke prognose.",
    ),
)


def _injects() -> tuple[InjectRecord, ...]:
    records = [
        InjectRecord(
            id=iid,
            title=title,
            text=text,
            phase_id=phase,
            planned_ms=planned * MINUTE,
            released_ms=None if released is None else released * MINUTE,
            skipped=skipped,
            scenario_time=when,
            source=source,
        )
        for iid, phase, planned, released, skipped, when, title, source, text in _INJECTS
    ]
    records.append(
        InjectRecord(
            id="adhoc-1",
            title="Ekstra: Ordføreren mister kontakten med Tana",
            text="Øvingsledelsen: Deatnu/Tana kommune har ikke svart på nødnett på to timer.",
            released_ms=115 * MINUTE,
            source="Øvingsledelsen",
        )
    )
    return tuple(records)


_ENTRIES = (
    # minutes, kind, roles, inject, text, owner, deadline
    (
        2,
        EntryKind.DECISION,
        ("ordforer",),
        "i1",
        "Kriseledelsen settes. Møte på rådhuset kl. 07:00.",
        "Ordfører",
        "kl. 07:00",
    ),
    (
        4,
        EntryKind.ACTION,
        ("beredskap",),
        "i1",
        "Varslingsliste for kriseledelsen brukt; tre av ni nådd på første forsøk.",
        "",
        "",
    ),
    (
        6,
        EntryKind.QUESTION,
        ("kommunedirektor",),
        "i1",
        "Hvem har oversikt over hvilke innbyggere som er avhengige av strøm for medisinsk utstyr?",
        "",
        "",
    ),
    (
        9,
        EntryKind.OBSERVATION,
        ("beredskap",),
        "i1",
        "Beredskapsplanens kapittel 4 (strøm) ble funnet etter fem minutter. Planen er fra 2021.",
        "",
        "",
    ),
    (
        12,
        EntryKind.DECISION,
        ("kommunedirektor", "teknisk"),
        "i1",
        "Teknisk sjef kontakter Varanger KraftNett for prognose og prioritering av nettet.",
        "Teknisk sjef",
        "kl. 07:30",
    ),
    (
        19,
        EntryKind.DECISION,
        ("helse",),
        "i2",
        "Hjemmetjenesten besøker alle 34 med "
        "trygghetsalarm i løpet av dagen. Oksygenbrukerne først.",
        "Helse- og omsorgssjef",
        "kl. 10:00",
    ),
    (
        22,
        EntryKind.QUESTION,
        ("overlege",),
        "i2",
        "Har legevakten i Vadsø kapasitet til å ta imot oksygenbrukerne hvis batteriene går tomme?",
        "",
        "",
    ),
    (
        25,
        EntryKind.ACTION,
        ("overlege",),
        "i2",
        "Kommuneoverlegen ringer legevakten i Čáhcesuolu/Vadsø og avtaler mottak.",
        "Kommuneoverlege",
        "",
    ),
    (
        28,
        EntryKind.OBSERVATION,
        ("helse",),
        "i2",
        "Listen over sårbare hjemmeboende finnes bare "
        "i fagsystemet, som ikke virker uten strøm og nett.",
        "",
        "",
    ),
    (
        33,
        EntryKind.LEARNING_POINT,
        ("helse", "beredskap"),
        "i2",
        "Oversikt over sårbare innbyggere må finnes på papir og oppdateres jevnlig.",
        "",
        "",
    ),
    (
        42,
        EntryKind.DECISION,
        ("teknisk",),
        "i3",
        "Diesel til sykehjemmet hentes med kommunens "
        "egen bil fra Vadsø. Teknisk drift ordner transport.",
        "Teknisk sjef",
        "Dag 1 kl. 14",
    ),
    (
        45,
        EntryKind.QUESTION,
        ("kommunedirektor",),
        "i3",
        "Har vi avtale om prioritert drivstofflevering? Ingen i rommet vet.",
        "",
        "",
    ),
    (
        48,
        EntryKind.OBSERVATION,
        ("beredskap",),
        "i3",
        "Drivstoffavtalen ble ikke funnet. Beredskapskoordinator tror den gikk ut i 2024.",
        "",
        "",
    ),
    (
        56,
        EntryKind.DECISION,
        ("ordforer", "kommunikasjon"),
        "i4",
        "Ordføreren gir intervju til "
        "NRK Sápmi kl. 09:00. Budskap: hjemmetjenesten besøker alle sårbare i dag.",
        "Kommunikasjonsrådgiver",
        "kl. 08:45",
    ),
    (
        59,
        EntryKind.ACTION,
        ("kommunikasjon",),
        "i4",
        "Pressemelding på norsk og nordsamisk skrevet. Samisk oversettelse ved tolketjenesten.",
        "Kommunikasjonsrådgiver",
        "",
    ),
    (
        63,
        EntryKind.OBSERVATION,
        ("kommunikasjon",),
        "i4",
        "Ingen ferdig tekstmal på samisk for befolkningsvarsling. Oversettelse tok 25 minutter.",
        "",
        "",
    ),
    (
        73,
        EntryKind.DECISION,
        ("kommunedirektor",),
        "i5",
        "Rådhuset blir informasjonspunkt. Oppslag på butikker og skoler med tider for informasjon.",
        "Kommunedirektør",
        "",
    ),
    (
        76,
        EntryKind.QUESTION,
        ("beredskap",),
        "i5",
        "Hvordan når vi kriseledelsen når mobilen ikke virker? Bare to har nødnettradio.",
        "",
        "",
    ),
    (
        79,
        EntryKind.ACTION,
        ("beredskap", "politi"),
        "i5",
        "Politiet låner ut to nødnettradioer til kommunen.",
        "Politiet",
        "kl. 13:00",
    ),
    (
        83,
        EntryKind.LEARNING_POINT,
        ("beredskap",),
        "i5",
        "Kriseledelsen trenger en reserveløsning "
        "for samband: nødnett, satellittelefon eller faste møtetider.",
        "",
        "",
    ),
    (
        88,
        EntryKind.DECISION,
        ("ordforer",),
        "i6",
        "Rådhuset holder åpent døgnet rundt med varme, "
        "lading og kaffe. Frivillige fra Røde Kors spørres.",
        "Kommunedirektør",
        "kl. 16:00",
    ),
    (
        91,
        EntryKind.OBSERVATION,
        ("kommunedirektor",),
        "i6",
        "Diskusjonen om bemanning av rådhuset tok lang tid; ingen turnusplan for kriser.",
        "",
        "",
    ),
    (
        105,
        EntryKind.DECISION,
        ("teknisk",),
        "i8",
        "Vakt ved vannverket hver fjerde time. Innbyggerne bes spare på vann.",
        "Teknisk sjef",
        "",
    ),
    (
        108,
        EntryKind.ACTION,
        ("kommunikasjon",),
        "i8",
        "Melding om å spare vann ut på nettside, plakater og lokalradio.",
        "Kommunikasjonsrådgiver",
        "",
    ),
    (
        116,
        EntryKind.QUESTION,
        ("ordforer",),
        "adhoc-1",
        "Skal vi sende en bil til Tana for å "
        "få kontakt? Hvem har ansvaret for kontakt med nabokommunene?",
        "",
        "",
    ),
    (
        118,
        EntryKind.DECISION,
        ("beredskap",),
        "adhoc-1",
        "Kontakt med Deatnu/Tana går via Statsforvalteren på nødnett.",
        "Beredskapskoordinator",
        "",
    ),
    (
        124,
        EntryKind.DECISION,
        ("helse", "overlege"),
        "i9",
        "Alle hjemmeboende over 80 år uten "
        "vedfyring kontaktes i dag. Liste fra folkeregisteret hentes på papir.",
        "Helse- og omsorgssjef",
        "Dag 3 kl. 12",
    ),
    (
        128,
        EntryKind.OBSERVATION,
        ("overlege",),
        "i9",
        "Kommuneoverlegen tok en tydelig ledelse av den helsefaglige vurderingen.",
        "",
        "",
    ),
    (
        141,
        EntryKind.DECISION,
        ("ordforer", "politi"),
        "i10",
        "Kommunen ber om bistand fra HV-17 via politiet: transport og to aggregater.",
        "Ordfører",
        "kl. 10:00",
    ),
    (
        144,
        EntryKind.QUESTION,
        ("kommunedirektor",),
        "i10",
        "Hvem skriver anmodningen, og hvilket skjema brukes?",
        "",
        "",
    ),
    (
        153,
        EntryKind.DECISION,
        ("kommunedirektor", "helse"),
        "i11",
        "Varangerbotn skole åpnes "
        "som evakuerte- og pårørendesenter for sårbare innbyggere fra kl. 14.",
        "Kommunedirektør",
        "Dag 3 kl. 14",
    ),
    (
        157,
        EntryKind.ACTION,
        ("teknisk",),
        "i11",
        "Teknisk drift kontrollerer aggregatet ved skolen og skaffer feltsenger.",
        "Teknisk sjef",
        "",
    ),
    (
        169,
        EntryKind.OBSERVATION,
        ("beredskap",),
        "i12",
        "Kriseledelsen diskuterte ikke når "
        "krisen skulle avsluttes eller hvem som har ansvar for normalisering.",
        "",
        "",
    ),
    (
        172,
        EntryKind.LEARNING_POINT,
        ("kommunedirektor",),
        "i12",
        "Planen trenger et punkt om overgang fra krise til normal drift.",
        "",
        "",
    ),
)


def _entries() -> tuple[LogRecord, ...]:
    return tuple(
        LogRecord(
            id=f"L{n}",
            exercise_ms=minutes * MINUTE,
            kind=kind,
            text=text,
            roles=roles,
            inject_id=inject,
            owner=owner,
            deadline=deadline,
            wall=START + timedelta(minutes=minutes + (10 if minutes > 90 else 0)),
            edited=n in (6, 19),
        )
        for n, (minutes, kind, roles, inject, text, owner, deadline) in enumerate(_ENTRIES, start=1)
    )


GOALS = (
    Goal(
        "m1",
        "Etablere kriseledelse og situasjonsbilde",
        "Jf. forskrift om kommunal beredskapsplikt § 4 og kommunens beredskapsplan kap. 2.",
        Rating.PARTLY,
        "Kriseledelsen ble satt raskt, men varslingen nådde bare tre av ni på første forsøk, "
        "og situasjonsbildet ble ikke skrevet ned før etter en time.",
        (
            Goal(
                "m1.1",
                "Kriseledelsen er samlet innen én time",
                rating=Rating.WELL,
                comment="Samlet etter 40 minutter.",
            ),
            Goal(
                "m1.2",
                "Felles situasjonsbilde loggføres",
                rating=Rating.PARTLY,
                comment="Loggen ble ført, men tavlen ble ikke brukt.",
            ),
        ),
    ),
    Goal(
        "m2",
        "Ivareta sårbare innbyggere ved langvarig strømbrudd",
        "Hjemmeboende med trygghetsalarm, medisinsk utstyr og uten alternativ oppvarming.",
        Rating.NOT,
        "Kommunen manglet en oversikt over sårbare innbyggere som virker uten strøm og nett.",
        (
            Goal(
                "m2.1",
                "Oversikt over sårbare hjemmeboende",
                rating=Rating.NOT,
                comment="Finnes bare i fagsystemet.",
            ),
            Goal(
                "m2.2",
                "Evakuerte- og pårørendesenter kan åpnes",
                rating=Rating.WELL,
                comment="Varangerbotn skole ble valgt og klargjort raskt.",
            ),
        ),
    ),
    Goal(
        "m3",
        "Informere befolkningen på norsk og nordsamisk",
        "Jf. samelovens språkregler for kommuner i forvaltningsområdet.",
        Rating.PARTLY,
        "Budskapene var gode, men det fantes ingen maler på samisk.",
        (Goal("m3.1", "Informasjon når ut uten mobilnett", rating=Rating.NOT_EXERCISED),),
    ),
)

STRENGTHS = (
    Note(
        "S1",
        "Kriseledelsen var samlet på rådhuset etter 40 minutter, før planens frist.",
        Links(objectives=("m1.1",), entries=("L1",)),
    ),
    Note(
        "S2",
        "Kommuneoverlegen tok tydelig ledelse i de helsefaglige vurderingene og "
        "avtalte mottak med legevakten i Vadsø tidlig.",
        Links(objectives=("m2",), entries=("L8", "L28")),
    ),
    Note(
        "S3",
        "Rask og god beslutning om å åpne Varangerbotn skole som evakuerte- og pårørendesenter.",
        Links(objectives=("m2.2",), injects=("i11",), entries=("L31",)),
    ),
    Note(
        "S4",
        "Ordføreren ga klare budskap til NRK Sápmi på begge språk.",
        Links(objectives=("m3",), injects=("i4",)),
    ),
    Note("S5", "God stemning og åpen diskusjon rundt bordet; alle roller bidro.", Links()),
)

IMPROVEMENTS = (
    Note(
        "F1",
        "Varslingslisten for kriseledelsen er utdatert; tre av ni ble nådd på første forsøk.",
        Links(objectives=("m1",), entries=("L2",)),
    ),
    Note(
        "F2",
        "Oversikten over sårbare hjemmeboende finnes bare digitalt og er utilgjengelig "
        "ved strømbrudd.",
        Links(objectives=("m2.1",), injects=("i2",), entries=("L9",)),
    ),
    Note(
        "F3",
        "Avtalen om prioritert drivstofflevering er gått ut og ingen visste hvem som eier den.",
        Links(objectives=("m2",), injects=("i3",), entries=("L12", "L13")),
    ),
    Note(
        "F4",
        "Ingen tekstmaler for befolkningsvarsling på nordsamisk.",
        Links(objectives=("m3",), entries=("L16",)),
    ),
    Note(
        "F5",
        "Kriseledelsen har bare to nødnettradioer og ingen reserveløsning for samband.",
        Links(objectives=("m1",), injects=("i5",), entries=("L18", "L20")),
    ),
    Note(
        "F6",
        "Overgangen fra krise til normal drift ble ikke diskutert.",
        Links(injects=("i12",), entries=("L33",)),
    ),
)

LEARNING = (
    Note(
        "LP1",
        "Oversikter som trengs i en krise må finnes på papir, ikke bare i fagsystemer "
        "som krever strøm og nett.",
        Links(objectives=("m2.1",), entries=("L10",)),
    ),
    Note(
        "LP2",
        "Kriseledelsen trenger faste møtetider og en reserveløsning for samband når "
        "mobilnettet er ute.",
        Links(entries=("L20",)),
    ),
    Note(
        "LP3",
        "Tospråklig informasjon tar tid uten maler; malene må lages før krisen.",
        Links(objectives=("m3",)),
    ),
    Note(
        "LP4",
        "Planen bør si når og hvordan kommunen går fra krise til normal drift.",
        Links(entries=("L34",)),
    ),
)

ACTIONS = (
    ActionItem(
        "T1",
        "Oppdatere varslingslisten for kriseledelsen og teste den hvert kvartal.",
        "Beredskapskoordinator",
        date(2026, 3, 31),
        ActionStatus.IN_PROGRESS,
        "Beredskapsplan kap. 2.3",
        Links(objectives=("m1",)),
        Priority.HIGH,
    ),
    ActionItem(
        "T2",
        "Lage papirliste over sårbare hjemmeboende, oppdatert månedlig og lagret "
        "i kriseledelsens perm.",
        "Helse- og omsorgssjef",
        date(2026, 4, 30),
        ActionStatus.NOT_STARTED,
        "Plan for helsemessig og sosial beredskap, kap. 5",
        Links(objectives=("m2.1",)),
        Priority.HIGH,
    ),
    ActionItem(
        "T3",
        "Inngå ny avtale om prioritert drivstofflevering til aggregater.",
        "Teknisk sjef",
        date(2026, 6, 1),
        ActionStatus.NOT_STARTED,
        "Helhetlig ROS, hendelse 7 (strømbrudd)",
        Links(objectives=("m2",)),
        Priority.HIGH,
    ),
    ActionItem(
        "T4",
        "Lage maler for befolkningsvarsling på norsk og nordsamisk.",
        "Kommunikasjonsrådgiver",
        date(2026, 5, 15),
        ActionStatus.IN_PROGRESS,
        "Kriseinformasjonsplan, vedlegg 2",
        Links(objectives=("m3",)),
        Priority.MEDIUM,
    ),
    ActionItem(
        "T5",
        "Skaffe to satellittelefoner og fastsette faste møtetider ved bortfall av ekom.",
        "Kommunedirektør",
        date(2026, 9, 1),
        ActionStatus.NOT_STARTED,
        "Beredskapsplan kap. 3.1",
        priority=Priority.MEDIUM,
    ),
    ActionItem(
        "T6",
        "Utarbeide turnusplan for bemanning av informasjonspunkt på rådhuset.",
        "Kommunedirektør",
        date(2026, 6, 1),
        ActionStatus.NOT_STARTED,
        "Beredskapsplan kap. 4.2",
        priority=Priority.LOW,
    ),
    ActionItem(
        "T7",
        "Skrive rutine for overgang fra krise til normal drift.",
        "Beredskapskoordinator",
        date(2026, 10, 1),
        ActionStatus.DONE,
        "Beredskapsplan kap. 6",
    ),
)

PARTICIPANTS = (
    Participant("Berit Johanne Eira", "Unjárgga gielda/Nesseby kommune", ("ordforer",)),
    Participant("Odd Harald Varsi", "Nesseby kommune", ("kommunedirektor",)),
    Participant("Siv Marit Boine", "Nesseby kommune", ("beredskap",)),
    Participant("Dr. Ánde Niillas Helander", "Nesseby kommune", ("overlege",)),
    Participant("Kristin Aslaksen", "Nesseby kommune", ("helse",)),
    Participant("Tor Ivar Šimma", "Nesseby kommune", ("teknisk",)),
    Participant("Elle Sofie Ŋuolas", "Nesseby kommune", ("kommunikasjon",)),
    Participant("", "Varanger KraftNett", ("nettselskap",)),
    Participant("Per Arne Đuođđa", "Øst politidistrikt", ("politi",), present=False),
)


def realistic_report(
    *, marking: str | None = "Unntatt offentlighet, jf. offl. § 24 tredje ledd"
) -> ReportInput:
    return ReportInput(
        title="Diskusjonsøvelse «Mørketid» – langvarig strøm- og ekombrudd",
        municipality=Municipality("Nesseby", "Unjárga", "Finnmark – Finnmárku"),
        exercise_form="Diskusjonsøvelse",
        dates=(EXERCISE_DAY,),
        place="Kommunestyresalen, Unjárga/Nesseby rådhus",
        marking=marking,
        summary=(
            "Kriseledelsen i Unjárga/Nesseby kommune øvde 11. februar 2026 på et langvarig "
            "strøm- og ekombrudd midt på vinteren. Øvelsen var en diskusjonsøvelse på tre "
            "timer med tolv planlagte innspill over tre faser.\n\n"
            "Kriseledelsen ble satt raskt og tok flere gode beslutninger, særlig om "
            "helsefaglige prioriteringer og om å åpne Varangerbotn skole som evakuerte- og "
            "pårørendesenter. Øvelsen viste samtidig at kommunen mangler en oversikt over "
            "sårbare innbyggere som virker uten strøm og nett, at avtalen om drivstoff er "
            "gått ut, og at det ikke finnes maler for befolkningsvarsling på nordsamisk.\n\n"
            "Evalueringen gir sju tiltak. De viktigste er en papirliste over sårbare "
            "hjemmeboende (T2) og en ny drivstoffavtale (T3)."
        ),
        background=(
            "Helhetlig ROS-analyse for Unjárga/Nesseby (2023) peker på langvarig bortfall av "
            "strøm i vinterhalvåret som en av de mest alvorlige hendelsene for kommunen. "
            "Forskrift om kommunal beredskapsplikt krever at beredskapsplanen øves minst "
            "annethvert år.\n\nØvelsen inngår i Totalforsvarsåret 2026. Hensikten var å øve "
            "kommunens kriseledelse i å håndtere de første timene og det tredje døgnet av et "
            "langvarig strømbrudd, med vekt på sårbare innbyggere og tospråklig kommunikasjon."
        ),
        goals=GOALS,
        strengths=STRENGTHS,
        improvements=IMPROVEMENTS,
        learning_points=LEARNING,
        actions=ACTIONS,
        way_forward=(
            "Tiltaksplanen behandles i kriseledelsens møte i mars og legges fram for "
            "formannskapet. Beredskapskoordinator følger opp tiltakene og rapporterer status "
            "hvert kvartal.\n\nNeste øvelse bør prøve samband uten mobilnett i praksis, gjerne "
            "sammen med Čáhcesuolu/Vadsø og Deatnu/Tana."
        ),
        facilitator="Marit Sandvik (Statsforvalteren i Troms og Finnmark)",
        evaluator="Jon Erik Labba",
        scenario_title="Mørketid – langvarig strøm- og ekombrudd i Øst-Finnmark",
        scenario_summary=(
            "Et kraftig uvær slår ut regionalnettet på Varangerhalvøya i februar. Strømmen er "
            "borte i flere døgn, mobilnettet faller ut etter noen timer, og det er sterk kulde."
        ),
        scenario_background=(
            "Det har vært streng kulde i over en uke, og strømforbruket i regionen er "
            "rekordhøyt. Meteorologisk institutt har sendt ut farevarsel om orkan i kastene."
        ),
        hazard="Langvarig bortfall av strøm og elektronisk kommunikasjon",
        planned_duration_ms=180 * MINUTE,
        actual_duration_ms=176 * MINUTE,
        phases=PHASES,
        roles=ROLES,
        participants=PARTICIPANTS,
        injects=_injects(),
        entries=_entries(),
        app_version="0.1.0",
        time_zone="Europe/Oslo",
    )


def scaled_report(injects: int = 60, entries: int = 500, actions: int = 40) -> ReportInput:
    """A synthetic three-hour exercise of the given size, with wrapped, varied texts."""
    base = realistic_report()
    step = 180 * MINUTE // max(injects, 1)
    records = tuple(
        InjectRecord(
            id=f"i{n}",
            title=f"Innspill om situasjonen nr. {n} i Unjárga",
            text=("Situasjonen utvikler seg. " * 8).strip(),
            phase_id=PHASES[n % 3].id,
            planned_ms=n * step,
            released_ms=None if n % 17 == 5 else n * step + (n % 7) * MINUTE,
            skipped=n % 17 == 5,
            scenario_time=f"Dag {1 + n // 20}, kl. {6 + n % 12:02d}:00",
        )
        for n in range(injects)
    )
    kinds = list(EntryKind)
    role_ids = [role.id for role in ROLES]
    log = tuple(
        LogRecord(
            id=f"L{n + 1}",
            exercise_ms=n * (180 * MINUTE // max(entries, 1)),
            kind=kinds[n % len(kinds)],
            text=f"Loggføring {n + 1}: kriseledelsen drøftet tiltak for sårbare innbyggere, "
            f"aggregater og informasjon på norsk og samisk (á č đ ŋ š ŧ ž).",
            roles=(role_ids[n % len(role_ids)],) + ((role_ids[0],) if n % 5 == 0 else ()),
            inject_id=records[(n * injects) // max(entries, 1)].id if records else None,
            owner="Teknisk sjef" if n % 4 == 0 else "",
            wall=START + timedelta(minutes=n * 180 / max(entries, 1)),
        )
        for n in range(entries)
    )
    items = tuple(
        ActionItem(
            f"T{n + 1}",
            f"Tiltak {n + 1}: oppdatere plan og rutiner for strømbrudd, med øvelse innen et år.",
            "Beredskapskoordinator",
            date(2026, 1 + n % 12, 1 + n % 28),
            list(ActionStatus)[n % 3],
            f"Beredskapsplan kap. {1 + n % 8}",
        )
        for n in range(actions)
    )
    return replace(
        base,
        injects=records,
        entries=log,
        actions=items,
        strengths=(),
        improvements=(),
        learning_points=(),
    )
