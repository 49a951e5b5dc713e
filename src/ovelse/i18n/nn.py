"""Nynorsk: every text of the source modules, under the same names, with the same {fields}.

The vocabulary follows DSB's nynorsk rettleiarar and municipal nynorsk usage: øving,
innspel, motspel, øvingsleiar, øvingsleiing, deltakar, avgjerdslogg, kriseleiing,
situasjonsbilete, evalueringsrapport, tiltaksplan, vegen vidare, føremål. Øvelse is the
program's name and is not translated.
"""

from __future__ import annotations

from ovelse.exercise.kinds import (
    ActionStatus,
    EntryKind,
    EvaluationField,
    EvaluationSection,
    InjectStatus,
    MarkingKind,
    Priority,
    Rating,
    RunState,
)
from ovelse.i18n.catalogues import Catalogue, ModuleCatalogue

CLI_TEXTS: ModuleCatalogue = {
    "DESCRIPTION": "Øvelse – diskusjonsøvingar for kommunar, utan nett.",
    "VERSION": "Øvelse {version}",
    "USAGE": "bruk: ",
    "OPTIONS": "val",
    "ARGUMENTS": "argument",
    "COMMANDS": "kommandoar",
    "COMMAND_METAVAR": "KOMMANDO",
    "PATH_METAVAR": "STI",
    "FILE_METAVAR": "FIL",
    "FOLDER_METAVAR": "MAPPE",
    "SESSION_METAVAR": "ØKT",
    "ERROR": "{prog}: feil: {message}",
    "HELP_HELP": "vis denne hjelpeteksten og avslutt",
    "HELP_VERSION": "vis versjonen og avslutt",
    "HELP_LANG": (
        "språk for programmet og rapporten: nb (bokmål), nn (nynorsk) eller en (engelsk)"
    ),
    "HELP_BASEDIR": "mappe for innstillingar og økter (for testing)",
    "HELP_GUI": "start programmet (standard)",
    "HELP_GUI_SESSION": "øktfil (.ovelse) som skal opnast",
    "HELP_VALIDATE": "kontroller scenariopakkar og profilar",
    "HELP_VALIDATE_PATHS": "mappe med scenario.yaml, eller ein profil i profiles/",
    "HELP_SCENARIOS": "list opp dei innebygde scenariopakkane",
    "HELP_SCENARIOS_JSON": "skriv lista som JSON",
    "HELP_SCHEMA": "skriv JSON Schema for scenarioformatet",
    "HELP_SCHEMA_PROFILE": "skjemaet for profilar",
    "HELP_SCHEMA_OUTPUT": "fil å skrive til (elles standard ut)",
    "HELP_EXPORT": "eksporter ei økt som JSON eller CSV",
    "HELP_EXPORT_FORMAT": "json: heile økta; csv: avgjerdsloggen",
    "HELP_REPORT": "lag evalueringsrapport (PDF) frå ei økt",
    "HELP_REPORT_BY_ROLE": "ta med avgjerdsloggen etter rolle som eige vedlegg",
    "HELP_REPORT_PUBLIC": "lag den offentlege versjonen: utan det som er merkt skjerma",
    "HELP_REPORT_FORMAT": (
        "pdf: til utskrift og arkiv; docx: til redigering i Word (den tilgjengelege utgåva)"
    ),
    "HELP_EXPORT_DREIEBOK": "skriv ein scenariopakke som dreiebok i Excel (.xlsx) eller CSV",
    "HELP_EXPORT_DREIEBOK_PACK": "pakkemappa, eller id-en til ein innebygd pakke",
    "HELP_EXPORT_DREIEBOK_PROFILE": "skriv tekstane slik dei blir med denne profilen (id eller fil)",
    "HELP_EXPORT_DREIEBOK_CSV": "skriv berre innspelarket, som CSV (UTF-8, semikolon)",
    "HELP_IMPORT_DREIEBOK": "les ei dreiebok (.xlsx eller .csv) inn som scenariopakke",
    "HELP_IMPORT_DREIEBOK_FILE": "arbeidsboka eller CSV-fila",
    "HELP_IMPORT_DREIEBOK_OUTPUT": "ny mappe for pakken",
    "HELP_IMPORT_DREIEBOK_MAP": "kolonnetilordning (YAML) for eit ark med eigne kolonnenamn",
    "HELP_IMPORT_DREIEBOK_DRY_RUN": "vis kva som ville blitt laga, og alle feil, utan å skrive noko",
    "HELP_IMPORT_DREIEBOK_MEDIA": "mappa bileta ligg i (elles mappa til arbeidsboka)",
    "HELP_IMPORT_DREIEBOK_INTO": "pakken som gir ark arbeidsboka manglar (roller, mål …)",
    "HELP_IMPORT_DREIEBOK_START": "klokkeslettet øvinga startar, TT:MM, når tidene er klokkeslett",
    "HELP_SESSION": "øktfila (.ovelse)",
    "HELP_OUTPUT": "fila som skal skrivast",
    "VALIDATE_PROFILE_OK": "{path}: OK (profil for «{pack}»)",
    "VALIDATE_PACK_OK": "{path}: OK ({injects} innspel, {profiles} profilar)",
    "SCENARIO_LINE": "{region} · {hazard} · {injects} innspel · {duration} · profilar: {profiles}",
    "WROTE": "Skreiv {path}",
    "WROTE_REPORT": "Skreiv {path} ({pages} sider)",
    "WRITE_FAILED": "ovelse: kunne ikkje skrive «{path}»: {error}",
    "NOTE": "merk: {note}",
    "IMPORT_REFUSED": "ovelse: ingen pakke skriven – {count} feil må rettast først",
    "DRY_RUN_DONE": "Prøvekøyring: ingenting er skrive.",
    "NEED_OUTPUT": "oppgi mappa pakken skal skrivast til (-o MAPPE), eller --dry-run",
    "BAD_START": "ovelse: «{start}» er ikkje eit klokkeslett (skriv TT:MM, t.d. 09:00)",
    "NO_DISPLAY": (
        "Øvelse finn ingen skjerm å opne vindauget på (verken DISPLAY eller "
        "WAYLAND_DISPLAY er sett); start programmet frå skrivebordet, eller bruk "
        "kommandoane «ovelse validate», «ovelse report» og «ovelse export», "
        "som verkar utan skjerm."
    ),
    "MISSING_LIBRARIES": (
        "Qt manglar systembibliotek for å opne vindauge; installer dei med "
        "«sudo apt install {packages}» og start Øvelse på nytt."
    ),
}

LABELS: ModuleCatalogue = {
    "SCENARIO_DAY": "Dag {day}, kl. {clock}",
    "SCENARIO_CLOCK": "kl. {clock}",
    "SCENARIO_DATE": "{weekday} {day}. {month} kl. {clock}",
    "WEEKDAYS": ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),
    "MONTHS": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "RUN_STATES": {
        RunState.NOT_STARTED: "Ikkje starta",
        RunState.RUNNING: "Pågår",
        RunState.PAUSED: "Pause",
        RunState.ENDED: "Avslutta",
    },
    "INJECT_STATUSES": {
        InjectStatus.PENDING: "Ventar",
        InjectStatus.DUE: "Skal gjevast no",
        InjectStatus.RELEASED: "Gjeve",
        InjectStatus.SKIPPED: "Hoppa over",
    },
    "ENTRY_KINDS": {
        EntryKind.DECISION: "Avgjerd",
        EntryKind.ACTION: "Tiltak",
        EntryKind.QUESTION: "Spørsmål",
        EntryKind.OBSERVATION: "Observasjon",
        EntryKind.LEARNING_POINT: "Læringspunkt",
    },
    "RATINGS": {
        Rating.WELL: "Godt vareteke",
        Rating.PARTLY: "Delvis vareteke",
        Rating.NOT: "Ikkje vareteke",
        Rating.NOT_EXERCISED: "Ikkje øvd",
    },
    "NOT_RATED": "Ikkje vurdert",
    "ACTION_STATUSES": {
        ActionStatus.NOT_STARTED: "Ikkje starta",
        ActionStatus.IN_PROGRESS: "Pågår",
        ActionStatus.DONE: "Fullført",
    },
    "PRIORITIES": {
        Priority.HIGH: "Høg",
        Priority.MEDIUM: "Middels",
        Priority.LOW: "Låg",
    },
    "NO_PRIORITY": "Ikkje sett",
    "MARKINGS": {
        MarkingKind.NONE: "",
        MarkingKind.OFFL_24: "Unnateke frå innsyn, jf. offl. § 24 tredje ledd",
        MarkingKind.OFFL_21: "Unnateke frå innsyn, jf. offl. § 21",
        MarkingKind.CUSTOM: "",
    },
    "MARKING_CHOICES": {
        MarkingKind.NONE: "Inga merking (offentleg)",
        MarkingKind.OFFL_24: "Unnateke frå innsyn, jf. offl. § 24 tredje ledd",
        MarkingKind.OFFL_21: "Unnateke frå innsyn, jf. offl. § 21",
        MarkingKind.CUSTOM: "Eigen tekst …",
    },
    "EVALUATION_SECTIONS": {
        EvaluationSection.STRENGTHS: "Kva fungerte bra",
        EvaluationSection.IMPROVEMENTS: "Forbetringspunkt",
        EvaluationSection.LEARNING_POINTS: "Læringspunkt",
        EvaluationSection.ACTION_PLAN: "Tiltaksplan",
    },
    "EVALUATION_FIELDS": {
        EvaluationField.SUMMARY: "Samandrag",
        EvaluationField.WAY_FORWARD: "Vegen vidare",
        EvaluationField.FACILITATOR: "Øvingsleiar",
        EvaluationField.EVALUATOR: "Evaluator",
        EvaluationField.DATE: "Dato",
        EvaluationField.PLACE: "Stad",
        EvaluationField.BACKGROUND: "Bakgrunn og føremål",
        EvaluationField.ASSUMPTIONS: "Øvingsføresetnader",
        EvaluationField.METHOD: "Slik vart øvinga evaluert",
    },
    "HOLD_SCREEN": "Pause mellom innspela",
    "ADHOC_SOURCE": "Øvingsleiinga",
    "OVERRIDE_SOURCE": "Endra av øvingsleiaren",
    "DUE_NOW": "no",
    "DUE_IN_SECONDS": "om {n} s",
    "DUE_IN_MINUTES": "om {n} min",
    "OVERDUE_SECONDS": "{n} s over tida",
    "OVERDUE_MINUTES": "{n} min over tida",
    "LOG_COLUMNS": (
        "Nr",
        "Tid (øving)",
        "Tid (klokke)",
        "Scenariotid",
        "Innspel",
        "Type",
        "Roller",
        "Tekst",
        "Ansvarleg",
        "Frist",
        "Sist endra (klokke)",
    ),
    "WALL_FORMAT": "%d.%m.%Y %H:%M:%S",
    "CSV_TIME_ZONE": "Klokkeslett i tidssona {zone}",
    "ENTRY_OWNER": "Ansvarleg: {owner}",
    "ENTRY_DEADLINE": "Frist: {deadline}",
    "ENTRY_EDITED": "(endra)",
}

REPORT_TEXTS: ModuleCatalogue = {
    "PDF_LANGUAGE": "nn-NO",
    "REPORT_KIND": "Evalueringsrapport",
    "DEFAULT_EXERCISE_FORM": "Diskusjonsøving",
    "CREATOR": "Øvelse {version}",
    "SUBJECT": "Evalueringsrapport etter {form} – {municipality}",
    "KEYWORDS": ("evalueringsrapport", "øving", "beredskap", "kriseleiing"),
    "PAGE_OF": "Side {page} av {total}",
    "NOT_FILLED_IN": "Ikkje fylt ut.",
    "NONE_RECORDED": "Ingen registrerte.",
    "COVER_FACTS_FORM": "Øvingsform",
    "COVER_FACTS_DATE": "Dato",
    "COVER_FACTS_PLACE": "Stad",
    "COVER_FACTS_SCENARIO": "Scenario",
    "COVER_FACTS_FACILITATOR": "Øvingsleiar",
    "COVER_FACTS_EVALUATOR": "Evaluator",
    "COVER_PUBLIC": "Offentleg",
    "CH_SUMMARY": "Samandrag",
    "CH_BACKGROUND": "Bakgrunn, føremål og mål",
    "CH_ABOUT": "Om øvinga",
    "CH_TIMELINE": "Tidslinje",
    "CH_FINDINGS": "Funn per mål",
    "CH_LEARNING": "Læringspunkt",
    "CH_ACTIONS": "Tiltaksplan",
    "CH_WAY_FORWARD": "Vegen vidare",
    "APPENDIX": "Vedlegg {letter}",
    "AP_LOG_BY_INJECT": "Avgjerdslogg etter innspel",
    "AP_LOG_BY_ROLE": "Avgjerdslogg etter rolle",
    "AP_INJECTS": "Innspela slik dei vart viste",
    "AP_PARTICIPANTS": "Deltakarliste",
    "SEC_BACKGROUND": "Bakgrunn og føremål",
    "SEC_BACKSTORY": "Forhistoria i scenarioet",
    "SEC_ASSUMPTIONS": "Øvingsføresetnader",
    "SEC_METHOD": "Slik vart øvinga evaluert",
    "DEFAULT_ASSUMPTIONS": (
        "Scenarioet er oppdikta. Tal, namn, tidspunkt og hendingar i innspela er øvingstal og "
        "øvingsføresetnader, ikkje opplysningar om verkelege tilhøve. Aktørar som ikkje var til "
        "stades, vart spela av øvingsleiinga (motspel)."
    ),
    "DEFAULT_EVALUATION_METHOD": (
        "Evalueringa byggjer på avgjerdsloggen som vart ført under øvinga, på det øvingsleiinga "
        "og observatørane la merke til, og på ei evalueringssamtale med deltakarane rett etter "
        "øvinga. Kvart mål og delmål er vurdert som godt teke vare på, delvis teke vare på, "
        "ikkje teke vare på eller ikkje øvd."
    ),
    "SEC_GOALS": "Mål og delmål",
    "SEC_SCENARIO": "Scenario",
    "SEC_PHASES": "Fasar",
    "SEC_ROLES": "Deltakarar og roller",
    "SEC_CONTROL": "Øvingsleiing",
    "SEC_STRENGTHS": "Kva fungerte bra",
    "SEC_IMPROVEMENTS": "Forbetringspunkt",
    "SEC_OTHER_FINDINGS": "Funn som ikkje er knytte til eitt mål",
    "SEC_NO_INJECT": "Loggføringar utan innspel",
    "SEC_NO_ROLE": "Utan rolle",
    "GOAL": "Mål {number}",
    "SUBGOAL": "Delmål {number}",
    "GOAL_HEADING": "Mål {number}: {title}",
    "INDICATOR": "Indikator: {indicator}",
    "RATING_COMMENT": "Vurdering",
    "HAZARD": "Uønskt hending",
    "PLANNED_DURATION": "Planlagd varigheit",
    "ACTUAL_DURATION": "Faktisk varigheit",
    "INJECT_COUNT": "Innspel",
    "INJECT_COUNT_VALUE": "{given} gjevne, {skipped} hoppa over, {waiting} ikkje gjevne",
    "ENTRY_COUNT": "Loggføringar",
    "FACILITATOR": "Øvingsleiar",
    "EVALUATOR": "Evaluator",
    "PHASE_INJECTS": "{count} innspel",
    "LINKS_PREFIX": "Knytt til: ",
    "LINK_GOALS": "mål {items}",
    "LINK_INJECTS": "innspel {items}",
    "LINK_ENTRIES": "logg {items}",
    "COL_NUMBER": "Nr.",
    "COL_PLANNED": "Planlagt",
    "COL_RELEASED": "Gjeve",
    "COL_DEVIATION": "Avvik",
    "COL_COMMENT": "Kommentar",
    "COL_MEASURE": "Tiltak",
    "COL_OWNER": "Ansvarleg",
    "COL_DEADLINE": "Frist og status",
    "COL_PLAN_SECTION": "Plan/ROS-del",
    "COL_PRIORITY": "Prioritet",
    "COL_EXERCISE_TIME": "Øvingstid",
    "COL_WALL_TIME": "Kl.",
    "COL_KIND": "Type",
    "COL_ROLES": "Roller",
    "COL_TEXT": "Loggført",
    "COL_INJECT": "Innspel",
    "COL_NAME": "Namn",
    "COL_ORGANISATION": "Organisasjon",
    "COL_ROLE": "Rolle",
    "COL_PRESENT": "Til stades",
    "COL_ROLE_TITLE": "Rolle",
    "COL_ROLE_DESCRIPTION": "Ansvar i øvinga",
    "COL_ROLE_PEOPLE": "Fylt av",
    "YES": "Ja",
    "NO": "Nei",
    "WALL_CLOCK": "kl. {time}",
    "LOG_TIME_ZONE": "Klokkesletta (kl.) er i tidssona {zone}.",
    "INJECT_PLANNED": "Planlagt {time}",
    "INJECT_RELEASED": "gjeve {time}",
    "INJECT_TITLE": "Innspel {number}: {title}",
    "INJECT_SKIPPED": "Hoppa over",
    "INJECT_SKIPPED_INLINE": "hoppa over",
    "INJECT_NOT_GIVEN": "Ikkje gjeve",
    "INJECT_NOT_GIVEN_INLINE": "ikkje gjeve",
    "INJECT_ADHOC": "Lagt til undervegs",
    "INJECT_SCENARIO_TIME": "Scenariotid: {time}",
    "INJECT_SOURCE": "Frå: {source}",
    "INJECT_DELAY_LATE": "{minutes} min forseinka",
    "INJECT_DELAY_EARLY": "{minutes} min tidleg",
    "INJECT_DELAY_ON_TIME": "i rute",
    "TIMELINE_INTRO": (
        "Figuren viser når kvart innspel var planlagt og når det faktisk vart gjeve, i "
        "øvingstid (tid frå start, utan pausar). Ein skrå strek tyder at innspelet vart gjeve "
        "tidlegare eller seinare enn planlagt. Nedst ser du kor mange loggføringar som vart "
        "gjorde per {minutes} minutt, fordelte på type."
    ),
    "TIMELINE_CAPTION": "Figur 1. Innspel og loggføringar gjennom øvingstida.",
    "TIMELINE_ALT": (
        "Tidslinje over øvinga: {given} av {injects} innspel vart gjevne, viste som planlagt "
        "mot faktisk tidspunkt, og {entries} loggføringar, {decisions} av dei avgjerder, talde "
        "per {minutes} minutt. Tabellen under figuren gjev dei same tidene."
    ),
    "CONTENTS": "Innhald",
    "CONTENTS_UPDATE": "Innhaldslista blir fylt inn når felta blir oppdaterte (F9 i Word).",
    "REPORT_KIND_PUBLIC": "Offentleg versjon",
    "PUBLIC_NOTICE": (
        "Dette er den offentlege versjonen av rapporten. Det som er unnateke offentlegheit, "
        "er utelate: {parts}. Heimel: {basis}."
    ),
    "PUBLIC_NOTICE_NO_BASIS": (
        "Dette er den offentlege versjonen av rapporten. Det som er skjerma, er utelate: "
        "{parts}. Økta oppgjev ingen heimel; han må førast på før rapporten blir send ut."
    ),
    "PUBLIC_NOTHING_LEFT_OUT": (
        "Dette er den offentlege versjonen av rapporten. Ingenting er utelate."
    ),
    "BASIS_OFFL_24": "offentleglova § 24 tredje ledd",
    "BASIS_OFFL_21": "offentleglova § 21",
    "PUBLIC_PART_ITEMS": "punkt i evalueringa ({count})",
    "PUBLIC_PART_ENTRIES": "loggføringar ({count})",
    "PUBLIC_PART_ASSESSMENTS": "vurderingar av mål ({count})",
    "PUBLIC_PART_TEXTS": "tekstfelt: {names}",
    "PUBLIC_PART_APPENDIX": "vedlegget «{title}»",
    "PUBLIC_TEXT_LEFT_OUT": "Utelate i den offentlege versjonen.",
    "PUBLIC_RATING_LEFT_OUT": "Utelate",
    "LANE_PLANNED": "Planlagt",
    "LANE_RELEASED": "Gjeve",
    "LANE_LOG": "Logg",
    "LEGEND_SKIPPED": "Hoppa over",
    "LEGEND_ADHOC": "Lagt til undervegs",
    "AXIS_LABEL": "Øvingstid",
    "DATE_RANGE_SEPARATOR": "–",
    "DATE_LONG": "{day}. {month} {year}",
    "DATE_DAY": "{day}.",
    "DATE_DAY_MONTH": "{day}. {month}",
    "DATE_SHORT": "{day:02d}.{month:02d}.{year}",
    "DURATION_HOURS_MINUTES": "{hours} t {minutes} min",
    "DURATION_HOURS": "{hours} t",
    "DURATION_MINUTES": "{minutes} min",
}

UI_TEXTS: ModuleCatalogue = {
    "APP_NAME": "Øvelse",
    "WINDOW_TITLE": "Øvelse – diskusjonsøvingar",
    "WINDOW_TITLE_SESSION": "{title} – Øvelse",
    "STEP_LIBRARY": "1 Bibliotek",
    "STEP_PREPARE": "2 Førebu",
    "STEP_RUN": "3 Gjennomfør",
    "STEP_EVALUATE": "4 Evaluer",
    "STEP_REPORT": "5 Rapport",
    "MENU_FILE": "&Fil",
    "MENU_EXERCISE": "Øv&ing",
    "MENU_VIEW": "&Vis",
    "MENU_HELP": "&Hjelp",
    "ACTION_OPEN_SESSION": "Opne økt …",
    "ACTION_OPEN_FOLDER": "Opne mappe …",
    "ACTION_EXPORT_DREIEBOK": "Eksporter dreiebok …",
    "ACTION_IMPORT_DREIEBOK": "Importer dreiebok …",
    "DREIEBOK_EXPORT_CAPTION": "Lagre dreieboka som rekneark",
    "DREIEBOK_EXPORT_FILTER": "Excel-arbeidsbok (*.xlsx);;CSV UTF-8, berre innspela (*.csv)",
    "DREIEBOK_IMPORT_CAPTION": "Vel ei dreiebok (Excel eller CSV)",
    "DREIEBOK_IMPORT_FILTER": "Rekneark (*.xlsx *.csv)",
    "DREIEBOK_NO_PACK": "Vel ein pakke i biblioteket først; det er han som blir skriven som dreiebok.",
    "EDITOR_DREIEBOK_NOT_LOADABLE": (
        "Utkastet har feil som må rettast før det kan skrivast som dreiebok; sjå lista over feil."
    ),
    "DREIEBOK_EXPORTED": "Skreiv dreieboka til {path}",
    "DREIEBOK_EXPORT_FAILED": "Dreieboka kunne ikkje skrivast:\n{error}",
    "DREIEBOK_IMPORT_TITLE": "Importer dreiebok",
    "DREIEBOK_IMPORT_INTRO": (
        "Vel kva kvar kolonne i «{file}» skal lesast som. Vala blir hugsa for ark med dei "
        "same kolonnane."
    ),
    "DREIEBOK_COLUMN_THEIRS": "Kolonne i arket",
    "DREIEBOK_COLUMN_OURS": "Blir lesen som",
    "DREIEBOK_COLUMN_SKIP": "(blir ikkje lesen)",
    "DREIEBOK_CHECK": "&Kontroller",
    "DREIEBOK_IMPORT": "&Importer",
    "DREIEBOK_CANCEL": "Avbryt",
    "DREIEBOK_START": "Klokkeslett i arket blir rekna frå kl.",
    "DREIEBOK_HEADER_ROW": "Overskriftene står i &rad",
    "DREIEBOK_OK": "Ingen feil. Dette blir laga:",
    "DREIEBOK_PROBLEMS": "{count} feil må rettast i reknearket først:",
    "DREIEBOK_NOTE": "merk: {note}",
    "DREIEBOK_REFUSED": "Fila kan ikkje lesast inn:",
    "DREIEBOK_IMPORTED": "Pakken «{title}» er lagd i {folder}.",
    "ACTION_CLOSE_SESSION": "Lukk økta",
    "ACTION_QUIT": "Avslutt",
    "SAVE_AS_ACTION": "Lagre som …",
    "SAVE_AS_TITLE": "Lagre økta som",
    "SAVE_AS_HINT": (
        "Vel Fil → Lagre som … for å halde fram i ei ny fil; ingenting som er lagra, går tapt."
    ),
    "SAVE_AS_DONE": "Økta held fram i {path}.",
    "SAVE_AS_FAILED": "Kunne ikkje lagre økta som «{path}»: {error}",
    "SAVE_AS_COPY": "{stem} (kopi)",
    "MENU_LANGUAGE": "Språk",
    "LANGUAGE_RESTART": "Øvelse brukar det nye språket neste gong programmet startar.",
    "ACTION_SHORTCUTS": "Snøggtastar",
    "ACTION_ABOUT": "Om Øvelse",
    "ABOUT_TEXT": (
        "Øvelse {version}\n\nDiskusjonsøvingar for kommunar, utan nett.\n"
        "Programmet koplar seg aldri til Internett."
    ),
    "LIBRARY_HEADING": "Vel ein scenariopakke",
    "LIBRARY_BUILTIN": "Innebygde scenariopakkar",
    "LIBRARY_RECENT": "Siste økter",
    "LIBRARY_NO_RECENT": "Ingen økter enno.",
    "LIBRARY_OPEN_FOLDER": "Opne mappe …",
    "LIBRARY_OPEN_SESSION": "Opne økt …",
    "LIBRARY_PREPARE": "Førebu øvinga",
    "LIBRARY_REOPEN": "Opne den valde økta",
    "LIBRARY_PACK_DETAILS": "{region} · {hazard} · {injects} innspel · {duration}",
    "LIBRARY_PACK_PROFILES": "Profilar: {profiles}",
    "LIBRARY_NO_PROFILES": "Ingen ferdige profilar – fyll ut skjemaet",
    "LIBRARY_BROKEN": "Kan ikkje brukast: {name}",
    "LIBRARY_ERRORS_HEADING": "Feil i pakken",
    "LIBRARY_MISSING_FILE": "{path} (finst ikkje lenger)",
    "CHOOSE_PACK_FOLDER": "Vel mappa med scenario.yaml",
    "CHOOSE_SESSION_FILE": "Opne økt",
    "SESSION_FILTER": "Øvelse-økter (*.ovelse)",
    "RESUME_BANNER": (
        "Økta «{name}» vart ikkje lukka ordentleg sist. Vil du halde fram der du slapp?"
    ),
    "RESUME_YES": "Hald fram med økta",
    "RESUME_NO": "Ikkje no",
    "ANSWER_YES": "Ja",
    "ANSWER_NO": "Nei",
    "PREPARE_HEADING": "Førebu: {title}",
    "PREPARE_PROFILE": "Tilpassing",
    "PREPARE_PROFILE_CUSTOM": "Eigne verdiar (fyll ut skjemaet)",
    "PREPARE_PROFILE_DEFAULTS": "Standardverdiar",
    "PREPARE_VARIABLES": "Verdiar",
    "PREPARE_PREVIEW": "Førehandsvising av innspela",
    "PREPARE_PREVIEW_EMPTY": "Vel eit innspel for å sjå teksten slik han blir.",
    "PREPARE_ROLES": "Roller rundt bordet",
    "PREPARE_ROLE_ESSENTIAL": "{title} (bør vere med)",
    "PREPARE_PARTICIPANTS": "Deltakarar",
    "PREPARE_PARTICIPANT_HINT": "Namn er valfritt: mange kommunar loggfører berre rolla.",
    "PREPARE_ADD_PARTICIPANT": "Legg til deltakar",
    "PREPARE_REMOVE_PARTICIPANT": "Fjern deltakar",
    "PREPARE_PARTICIPANT_COLUMNS": ("Namn", "Organisasjon", "Roller"),
    "PREPARE_AUTO_RELEASE": "Gje innspel automatisk når tida er inne",
    "PREPARE_SHORT_VERSION": "Kort versjon ({minutes} min)",
    "PREPARE_OPTIONAL_INJECT": "{title} (valfritt)",
    "PREPARE_SAVE_AS": "Øktfil",
    "PREPARE_CHOOSE_FILE": "Vel …",
    "PREPARE_START": "Opprett økta og gå til gjennomføring",
    "PREPARE_BACK": "Tilbake til biblioteket",
    "PREPARE_RENDER_ERROR": "Tekstane kan ikkje lagast med desse verdiane:",
    "PREPARE_FILE_EXISTS": "Fila «{path}» finst allereie. Vel eit anna namn.",
    "PREPARE_NO_FILE": "Vel kvar økta skal lagrast.",
    "PREPARE_MISSING_ESSENTIAL": "Desse rollene bør vere med: {roles}.",
    "PREPARE_CREATE_FAILED": "Økta kunne ikkje opprettast: {error}",
    "PREPARE_ROLE_LIST_EMPTY": "(ingen roller valde)",
    "PREPARE_PREVIEW_PARTICIPANTS": "Deltakarane ser",
    "PREPARE_PREVIEW_FACILITATOR": "Berre øvingsleiaren ser",
    "INJECT_NOTES": "Notat til øvingsleiaren",
    "INJECT_QUESTIONS": "Problemstillingar",
    "INJECT_EXPECTED": "Forventa handlingar",
    "INJECT_STALL": "Viss diskusjonen stoppar opp",
    "INJECT_RESPONSES": "Motspel",
    "INJECT_MEDIA": "Bilete",
    "INJECT_BOARD": "Endrar situasjonsbiletet",
    "INJECT_SOURCE": "Frå: {source}",
    "INJECT_PLANNED": "Planlagt {offset}",
    "INJECT_SCENARIO_TIME": "Scenariotid: {time}",
    "INJECT_ROLES": "til {roles}",
    "INJECT_RESPONSE_LINE": "{actor} ({channel})",
    "CLOCK_EXERCISE": "Øvingstid",
    "CLOCK_SCENARIO": "Scenariotid",
    "CLOCK_WALL": "Klokka",
    "CLOCK_WALL_ZONE": "Klokka i tidssona til økta, {zone}, som i loggen og rapporten",
    "STATE_PAUSED": "PAUSE",
    "STATE_RUNNING": "PÅGÅR",
    "STATE_NOT_STARTED": "IKKJE STARTA",
    "STATE_ENDED": "AVSLUTTA",
    "CONSOLE_CURRENT": "No",
    "CONSOLE_NOTHING_SHOWN": "Ingen innspel er gjevne enno.",
    "CONSOLE_HOLD_SHOWN": "Storskjermen viser ventebiletet.",
    "CONSOLE_NEXT": "Neste innspel",
    "CONSOLE_NO_MORE": "Alle innspela er gjevne eller hoppa over.",
    "CONSOLE_DUE_BANNER": "Innspel skal gjevast: {title} ({due})",
    "CONSOLE_SHOWN_PREVIOUS": "Viser eit tidlegare innspel: {title}",
    "BTN_START": "Start øvinga",
    "BTN_PAUSE": "Pause",
    "BTN_RESUME": "Hald fram",
    "BTN_RELEASE_NEXT": "Gje neste innspel",
    "BTN_RELEASE_CHOSEN": "Gje valt innspel",
    "BTN_SKIP": "Hopp over valt",
    "BTN_SHOW_PREVIOUS": "Vis tidlegare …",
    "BTN_HOLD": "Vis ventebilete",
    "BTN_ADHOC": "Nytt innspel …",
    "BTN_BOARD": "Situasjonsbilete …",
    "BTN_END": "Avslutt øvinga",
    "BTN_PARTICIPANT": "Storskjerm",
    "BTN_EVALUATE": "Gå til evaluering",
    "SCREEN_CHOICE": "Storskjerm på",
    "SCREEN_SAME": "{name} (same skjerm – byt med F12)",
    "SCREEN_OTHER": "{name}",
    "SCREEN_NAME": "Skjerm {number} – {width}×{height}",
    "SCREEN_NAME_MODEL": "Skjerm {number}: {model} – {width}×{height}",
    "SOUND_ON_DUE": "Lyd når eit innspel skal gjevast",
    "AUTO_RELEASE_LABEL": "Automatisk innspel",
    "CONFIRM_END_TITLE": "Avslutte øvinga?",
    "CONFIRM_END": (
        "Øvinga blir avslutta og klokka stoppar. "
        "Du kan framleis rette loggen og skrive evalueringa."
    ),
    "CONFIRM_SKIP_TITLE": "Hoppe over innspelet?",
    "CONFIRM_QUIT_TITLE": "Avslutte programmet no?",
    "CONFIRM_QUIT": (
        "Øvinga er i gang. Alt som er logga, er lagra, og når økta blir opna att, står"
        " klokka på pause frå no. Avslutte programmet?"
    ),
    "CONFIRM_EVALUATE_TITLE": "Gå til evalueringa?",
    "CONFIRM_EVALUATE": (
        "Øvinga er ikkje avslutta, og klokka går vidare. Gå til evalueringa likevel?"
        " Avslutt øvinga med «Avslutt øvinga» når de er ferdige."
    ),
    "CONFIRM_SKIP": "«{title}» blir ikkje gjeve. Det står i loggen at det vart hoppa over.",
    "DOWNTIME_PAUSED": (
        "Øvinga står på pause frå {time}: tida programmet var lukka, tel ikkje som"
        " øvingstid. Hald fram når rommet er klart."
    ),
    "COVERED_TYPING": "Logg: {kind} · {roles} · {count} teikn",
    "COVERED_HINT": "Enter lagrar · F12 viser konsollen",
    "COVERED_REFUSED": "{key} verkar berre i konsollen – F12 syner han",
    "RESUME_SHOW_CONSOLE_TITLE": "Syne konsollen?",
    "RESUME_SHOW_CONSOLE": (
        "Storskjermen var oppe då programmet stoppa, og viser no ventebiletet. Syne"
        " øvingsleiarkonsollen, med notata, på denne skjermen no? Svar nei viss skjermen"
        " blir delt med rommet: F12 byter når de er klare."
    ),
    "CHOOSE_PREVIOUS_TITLE": "Vis eit tidlegare innspel",
    "CHOOSE_PREVIOUS_LABEL": "Kva for innspel skal storskjermen vise att?",
    "ENGINE_REFUSED": "{message}",
    "STORE_FAILED": (
        "Kunne ikkje lagre i øktfila: {error}. Ingenting er tapt frå skjermen – prøv igjen."
    ),
    "READ_ONLY": "Økta er open ein annan stad og blir berre vist for lesing.",
    "READ_ONLY_HELD": (
        "«{name}» er open for endring i eit anna Øvelse-vindauge {where}{since}. Her kan du "
        "berre lese økta."
    ),
    "HELD_HERE": "på denne maskina (prosess {pid})",
    "HELD_ON_HOST": "på {host} (prosess {pid})",
    "HELD_ELSEWHERE": "i eit anna program",
    "HELD_SINCE": " sidan {time}",
    "HELD_SINCE_FORMAT": "%d.%m.%Y kl. %H:%M",
    "RESUME_HELD": (
        "Økta «{name}» er open i eit anna Øvelse-vindauge {where}{since}. Du kan opne ho for "
        "lesing her."
    ),
    "RESUME_READ_ONLY": "Opne for lesing",
    "TAKE_OVER": "Overta økta",
    "TAKE_OVER_TITLE": "Overta økta?",
    "TAKE_OVER_QUESTION": (
        "«{name}» er open for endring i eit anna Øvelse-vindauge {where}{since}.\n\n"
        "Overtek du økta, blir endringane herifrå lagra, og det andre vindauget får ikkje "
        "lagre meir. Gjer det berre når det andre vindauget ikkje er i bruk lenger, til "
        "dømes når maskina har hengt seg opp.\n\nVil du overta økta?"
    ),
    "SCHEDULE_COLUMNS": ("Planlagt", "Innspel", "Status"),
    "SCHEDULE_STATUS_DUE": "{status} – {due}",
    "SCHEDULE_ADHOC": "ekstra",
    "SCHEDULE_SHOWN": " (blir vist)",
    "ADHOC_TITLE": "Nytt innspel",
    "ADHOC_HEADING": "Overskrift",
    "ADHOC_TEXT": "Tekst til deltakarane",
    "ADHOC_NOTES": "Notat til øvingsleiaren (blir ikkje vist på storskjermen)",
    "ADHOC_QUESTION": "Problemstilling (valfri)",
    "ADHOC_QUESTION_ROLES": "Retta til",
    "ADHOC_RELEASE": "Gje innspelet no",
    "BOARD_TITLE": "Oppdater situasjonsbiletet",
    "BOARD_ITEM": "Punkt",
    "BOARD_VALUE": "Verdi",
    "BOARD_STATUS": "Status",
    "BOARD_APPLY": "Oppdater",
    "BOARD_STATUS_LABELS": {
        "normal": "Normal",
        "redusert": "Redusert",
        "kritisk": "Kritisk",
        "ukjent": "Ukjend",
    },
    "LOG_HEADING": "Avgjerdslogg",
    "LOG_PLACEHOLDER": "Skriv kva som vart avgjort, gjort eller spurt om – Enter lagrar",
    "LOG_ROLE": "Rolle",
    "LOG_KIND": "Type",
    "LOG_INJECT": "Innspel",
    "LOG_ALL_ROLES": "Alle roller",
    "LOG_ALL_KINDS": "Alle typar",
    "LOG_ALL_INJECTS": "Alle innspel",
    "LOG_NO_INJECT": "(utan innspel)",
    "LOG_COLUMNS": ("Tid", "Rolle", "Type", "Tekst", "Innspel"),
    "LOG_EDIT": "Rediger",
    "LOG_DELETE": "Slett",
    "LOG_HISTORY": "Historikk",
    "LOG_CONFIRM_DELETE_TITLE": "Slette loggføringa?",
    "LOG_CONFIRM_DELETE": (
        "«{text}» blir fjerna frå loggen. Ho blir ståande i historikken og kan hentast fram att."
    ),
    "LOG_EDIT_TITLE": "Rediger loggføringa",
    "LOG_HISTORY_TITLE": "Historikk for loggføringa",
    "LOG_HISTORY_LINE": "{time} · {action} · {kind} · {roles}\n{text}",
    "LOG_ACTIONS": {
        "added": "skriven",
        "edited": "endra",
        "deleted": "sletta",
        "restored": "henta fram",
    },
    "LOG_OWNER": "Ansvarleg",
    "LOG_DEADLINE": "Frist",
    "LOG_SAVED": "Lagra {time}",
    "LOG_NEED_ROLE": (
        "Vel rolle: Alt+1–9, eller skriv forkortinga for rolla følgd av kolon (t.d. «ord:»)."
    ),
    "LOG_ROLE_HINT": (
        "Alt+1–9 vel rolle · Alt+Shift+1–9 legg til ei · Ctrl+B/T/S/O/L vel type · Enter lagrar"
    ),
    "LOG_COUNT": "{shown} av {total} føringar",
    "LOG_NOT_SAVED": "IKKJE LAGRA: {message}",
    "LOG_PIN": "Fest rolla",
    "LOG_PIN_TIP": "Hald på rollevalet til neste føring ({key})",
    "LOG_ROLES_PINNED": "{roles} (festa)",
    "LOG_NO_ROLE_CHIP": "Inga rolle er vald",
    "LOG_ROLE_BUTTON_TIP": (
        "Alt+{number} vel rolla · Alt+Shift+{number} eller Ctrl+klikk legg henne til"
    ),
    "LOG_ROLE_BUTTON_TIP_NO_KEY": "Klikk vel rolla · Ctrl+klikk legg henne til",
    "PARTICIPANT_WINDOW_TITLE": "Øvelse – storskjerm",
    "HOLD_BEFORE": "Øvinga startar snart",
    "HOLD_PAUSE": "Pause",
    "HOLD_BETWEEN": "Neste innspel kjem",
    "HOLD_ENDED": "Øvinga er avslutta – takk for innsatsen",
    "STAGE_QUESTIONS": "Problemstillingar",
    "STAGE_BOARD": "Situasjonsbilete",
    "STAGE_QUESTION_ROLES": "→ {roles}",
    "STAGE_STATUS": {
        "normal": "NORMAL",
        "redusert": "REDUSERT",
        "kritisk": "KRITISK",
        "ukjent": "UKJEND",
    },
    "EVAL_HEADING": "Evaluering",
    "EVAL_GOALS": "Mål og måloppnåing",
    "EVAL_GOAL_COMMENT": "Kommentar",
    "EVAL_NOT_RATED": "Ikkje vurdert",
    "EVAL_NO_GOALS": "Scenarioet har ingen mål å vurdere.",
    "EVAL_FINDINGS": "Funn",
    "EVAL_ADD": "Legg til",
    "EVAL_EDIT": "Rediger",
    "EVAL_DELETE": "Slett",
    "EVAL_UP": "Flytt opp",
    "EVAL_DOWN": "Flytt ned",
    "EVAL_FROM_LOG": "Frå loggen …",
    "EVAL_FROM_LOG_TITLE": "Læringspunkt frå loggen",
    "EVAL_FROM_LOG_LABEL": "Vel loggføringar som skal bli læringspunkt:",
    "EVAL_NOTE_TITLE": "Punkt",
    "EVAL_NOTE_TEXT": "Tekst",
    "EVAL_ACTION_PLAN": "Tiltaksplan",
    "EVAL_ACTION_COLUMNS": (
        "Tiltak",
        "Ansvarleg",
        "Frist",
        "Status",
        "Plan/ROS-avsnitt",
        "Prioritet",
    ),
    "EVAL_ACTION_TITLE": "Tiltak",
    "EVAL_ACTION_MEASURE": "Tiltak",
    "EVAL_ACTION_OWNER": "Ansvarleg",
    "EVAL_ACTION_DEADLINE": "Frist",
    "EVAL_ACTION_NO_DEADLINE": "Ingen frist",
    "EVAL_ACTION_STATUS": "Status",
    "EVAL_ACTION_SECTION": "Plan- eller ROS-avsnitt",
    "EVAL_TEXTS": "Samandrag og vegen vidare",
    "EVAL_ABOUT": "Om rapporten",
    "EVAL_MARKING": "Merking (offentleglova)",
    "EVAL_MARKING_CUSTOM": "Eigen merketekst",
    "EVAL_SAVE": "Lagre",
    "EVAL_SAVED": "Lagra.",
    "EVAL_TO_REPORT": "Gå til rapport",
    "EVAL_DATE_HINT": "åååå-mm-dd",
    "EVAL_BACKGROUND_HINT": (
        "Kvifor øvinga vart halden, kven som bestilte ho og kva plan eller ROS-analyse ho prøver. "
        "Står feltet tomt, blir føremålet frå scenariopakken brukt."
    ),
    "EVAL_DEFAULT_HINT": "Står feltet tomt, blir denne teksten brukt i rapporten:",
    "EVAL_ACTION_PRIORITY": "Prioritet",
    "REPORT_HEADING": "Rapport og eksport",
    "REPORT_PDF": "Lag evalueringsrapport (PDF) …",
    "REPORT_BY_ROLE": "Ta med avgjerdsloggen etter rolle som eige vedlegg",
    "REPORT_LANGUAGE": "Språket i rapporten:",
    "REPORT_CSV": "Eksporter avgjerdsloggen (CSV) …",
    "REPORT_JSON": "Eksporter heile økta (JSON) …",
    "REPORT_OPEN": "Opne fila",
    "REPORT_OPEN_FOLDER": "Opne mappa",
    "REPORT_WRITTEN": "Skreiv {path}",
    "REPORT_FAILED": "Kunne ikkje skrive {path}: {error}",
    "REPORT_FILTER_PDF": "PDF (*.pdf)",
    "REPORT_FILTER_CSV": "CSV (*.csv)",
    "REPORT_FILTER_JSON": "JSON (*.json)",
    "REPORT_FILE_STEMS": {"pdf": "evalueringsrapport", "csv": "avgjerdslogg", "json": "okt"},
    "REPORT_FILE_MARKED": "UNNATEKE-FRÅ-INNSYN",
    "REPORT_BACK": "Tilbake til evalueringa",
    "REPORT_INTRO": (
        "Rapporten og eksportane blir laga frå øktfila. Du kan kome tilbake og lage dei på "
        "nytt når evalueringa er endra."
    ),
    "OPEN_FAILED_TITLE": "Kan ikkje opne",
    "OPEN_FAILED": "Økta «{path}» kan ikkje opnast: {error}",
    "PACK_FAILED": "Scenariopakken kan ikkje brukast:",
    "UNEXPECTED_ERROR": "Noko gjekk gale: {error}",
    "SHORTCUTS_TITLE": "Snøggtastar",
    "SHORTCUTS_HINT": "F1 viser denne lista. Esc lukkar ho.",
    "KEY_SPACE": "Mellomrom",
    "STEP_TAILOR": "Tilpass",
    "STEP_TAILOR_TIP": "Endre innspel, tider, roller og tekstar i pakken før øvinga",
    "EDITOR_HEADING": "Tilpass pakken",
    "EDITOR_OUTLINE": "Innhald",
    "EDITOR_PACK": "Pakken",
    "EDITOR_OBJECTIVES": "Mål",
    "EDITOR_ROLES": "Roller",
    "EDITOR_VARIABLES": "Variablar",
    "EDITOR_BOARD": "Situasjonsbilete",
    "EDITOR_RESPONSES": "Motspel",
    "EDITOR_PHASES": "Fasar og innspel",
    "EDITOR_PROFILES": "Profilar",
    "EDITOR_QUESTION": "Spørsmål: {text}",
    "EDITOR_NAME": "Namn",
    "EDITOR_DEFAULT_CHOICE": "(slik øvinga er sett opp)",
    "EDITOR_YES": "ja",
    "EDITOR_NO": "nei",
    "EDITOR_LIST_HINT": "Éin per linje",
    "EDITOR_IDS_HINT": "Id-ar skilde med komma",
    "EDITOR_ROLE_UNKNOWN": "{id} – finst ikkje i pakken",
    "EDITOR_NO_PROBLEMS": "Ingen feil: pakken kan brukast.",
    "EDITOR_PROBLEMS": (
        "{count} feil – pakken kan lagrast som utkast, men ikkje brukast før dei er retta."
    ),
    "EDITOR_SAVE": "Lagre som ny pakke",
    "EDITOR_SAVE_TIP": (
        "Lagrar ein kopi under «Mine pakkar» (Ctrl+S); den innebygde pakken blir ikkje endra"
    ),
    "EDITOR_SAVE_IN": "Lagre i mappe …",
    "EDITOR_SAVE_IN_CAPTION": "Vel ei tom mappe for pakken",
    "EDITOR_SAVED": "Lagra i «{folder}».",
    "EDITOR_SAVED_WITH_PROBLEMS": (
        "Lagra som utkast i «{folder}». Rett feila før pakken kan brukast."
    ),
    "EDITOR_UNDO": "Angre {label}",
    "EDITOR_REDO": "Gjer om {label}",
    "EDITOR_KEYS": (
        "Insert: legg til etter · Ctrl+Insert: legg til under · Delete: slett · Ctrl+D: "
        "dupliser · Alt+↑/↓: flytt · Alt+Shift+↑/↓: til førre/neste fase · Ctrl+Z/Ctrl+Y: "
        "angre/gjer om · Ctrl+E i ein tekst: set inn ein variabel · Enter: til felta, "
        "Esc: tilbake · Mellomrom: kryss av i ei liste"
    ),
    "EDITOR_UNSAVED_TITLE": "Endringar som ikkje er lagra",
    "EDITOR_UNSAVED_TEXT": "Pakken har endringar som ikkje er lagra. Vil du forlate dei?",
    "EDITOR_OPEN_FAILED": "Pakken kan ikkje opnast for tilpassing:\n{error}",
    "EDITOR_PICTURE": "Legg til bilete …",
    "EDITOR_PICTURE_CAPTION": "Vel eit bilete (PNG, JPEG eller SVG)",
    "EDITOR_PICTURE_FILTER": "Bilete (*.png *.jpg *.jpeg *.svg)",
    "LIBRARY_MINE": "Mine pakkar · {title}",
    "EDITOR_PICTURE_ROW": "Bilete: {path}",
    "EDITOR_REHEARSE": "Prøvekøyring",
    "EDITOR_REHEARSE_TIP": (
        "Køyr pakken på ei rask klokke (×10 eller ×60) utan å lagre noka økt, for å sjå flyten, "
        "innspela og situasjonsbiletet før øvinga"
    ),
    "REHEARSAL_TITLE": "Prøvekøyring – {title}",
    "REHEARSAL_NOTE": (
        "Prøvekøyring: ingenting blir lagra. Innspela blir gitt automatisk når tida er inne; "
        "klokka går raskare enn vanleg."
    ),
    "REHEARSAL_SPEED": "×{speed}",
    "REHEARSAL_NEXT": "Neste innspel",
    "REHEARSAL_PAUSE": "Pause",
    "REHEARSAL_RESUME": "Hald fram",
    "REHEARSAL_CLOSE": "Lukk",
    "REHEARSAL_STATUS": "Øvingstid {time} av {end}",
    "EDITOR_TAB_FIELDS": "Felt",
    "EDITOR_TAB_PREVIEW": "Førehandsvising",
    "EDITOR_PREVIEW_DEFAULTS": "Standardverdiane",
    "EDITOR_PREVIEW_WAITS": "Førehandsvisinga blir vist når feila i pakken er retta.",
    "EDITOR_PREVIEW_CHOOSE": "Vel eit innspel i innhaldet for å sjå det slik storskjermen viser det.",
    "EDITOR_BOARD_HINT": "Éi endring per linje: punkt-id: ny verdi [kritisk]",
    "EDITOR_VALUES_HINT": "Éin verdi per linje: variabel: verdi",
    "EDITOR_TABLE_LINE": "linje {line}: skriv «namn: verdi»",
    "EDITOR_TABLE_TWICE": "linje {line}: «{key}» står to gonger",
    "EDITOR_FIELD_LABELS": {
        "format": "Formatversjon",
        "id": "Id",
        "title": "Tittel",
        "summary": "Samandrag",
        "hazard": "Uønskt hending",
        "region": "Region",
        "duration": "Varigheit",
        "exercise_form": "Øvingsform",
        "language": "Språk",
        "version": "Versjon",
        "author": "Forfattar",
        "background": "Bakteppe",
        "purpose": "Føremål",
        "tags": "Stikkord",
        "short_duration": "Varigheit, kortversjon",
        "marking": "Gradering",
        "based_on": "Laga frå",
        "description": "Skildring",
        "at": "Tidspunkt",
        "text": "Tekst",
        "scenario_time": "Scenariotid",
        "source": "Kilde",
        "notes": "Notat til øvingsleiar",
        "expected_actions": "Forventa handlingar",
        "stall_prompts": "Hjelpespørsmål",
        "responses": "Motspel",
        "objectives": "Mål",
        "auto_release": "Blir gitt automatisk",
        "optional": "Valfritt",
        "short_at": "Tidspunkt, kortversjon",
        "indicator": "Indikator",
        "essential": "Naudsynt rolle",
        "label": "Leietekst",
        "default": "Standardverdi",
        "help": "Hjelpetekst",
        "value": "Verdi",
        "status": "Farge",
        "actor": "Aktør",
        "channel": "Kanal",
        "municipality": "Kommune",
        "sami_language_area": "Samisk forvaltingsområde",
        "path": "Bilete",
        "caption": "Bilettekst",
        "alt": "Skildring av biletet",
        "roles": "Roller",
        "board": "Situasjonsbilete",
        "media": "Bilete",
        "values": "Verdiar",
    },
    "SHORTCUT_LABELS": {
        "release_next": "Gje neste innspel",
        "toggle_run": "Start øvinga / pause / hald fram",
        "hold": "Vis ventebiletet på storskjermen / vis innspelet att",
        "adhoc": "Nytt innspel",
        "board": "Oppdater situasjonsbiletet",
        "release_chosen": "Gje innspelet som er valt i lista",
        "skip": "Hopp over innspelet som er valt i lista",
        "show_previous": "Vis eit tidlegare innspel på storskjermen",
        "schedule": "Gå til innspelslista",
        "end": "Avslutt øvinga (spør først)",
        "picture": "Vis biletet stort på storskjermen / vis heile innspelet att",
        "participant_full": "Storskjermen i fullskjerm av/på",
        "swap_screens": (
            "Éin skjerm: byt mellom storskjermen og konsollen (det du skriv medan"
            " storskjermen dekkjer konsollen, går til loggen)"
        ),
        "help": "Vis snøggtastane",
        "roles": "Vel rolle nr. 1–9 i staden for den som var vald (tala står på knappane)",
        "add_role": "Legg til eller fjern éi rolle i valet (også Ctrl+klikk på knappen)",
        "clear_roles": "Fjern dei valde rollene",
        "pin_roles": "Fest rollevalet, så det blir ståande etter Enter (av/på)",
        "prefix": "Rolle med forkorting: skriv starten av rolla og kolon",
        "decision": "Type: avgjerd",
        "action": "Type: tiltak",
        "question": "Type: spørsmål",
        "observation": "Type: observasjon",
        "learning": "Type: læringspunkt",
        "save": (
            "Lagre føringa; rollevalet blir tømt etterpå viss det ikkje er festa"
            " (teksten blir ståande viss ho ikkje vart lagra)"
        ),
        "focus_log": "Gå til loggen; Esc tilbake til skrivefeltet",
        "edit": "Rediger den valde føringa",
        "delete": "Slett den valde føringa (spør først)",
        "history": "Vis historikken til den valde føringa",
        "steps": "Gå til steg 1–5 (tala står på knappane)",
        "tailor": "Tilpass: endre pakken som er vald i biblioteket eller i førebuinga",
    },
    "QT_STANDARD_TEXTS": {
        "OK": "OK",
        "Cancel": "Avbryt",
        "Close": "Lukk",
        "Save": "Lagre",
        "Open": "Opne",
        "Apply": "Bruk",
        "Reset": "Tilbakestill",
        "Help": "Hjelp",
        "Discard": "Forkast",
        "&Yes": "&Ja",
        "&No": "&Nei",
        "Abort": "Avbryt",
        "Retry": "Prøv igjen",
        "Ignore": "Ignorer",
        "&Undo": "&Angre",
        "&Redo": "&Gjer om",
        "Cu&t": "Klipp &ut",
        "&Copy": "&Kopier",
        "Copy &Link Location": "Kopier &lenkjeadresse",
        "&Paste": "&Lim inn",
        "Delete": "Slett",
        "Select All": "Merk alt",
    },
    "QT_FILE_DIALOG_TEXTS": {
        "Look in:": "Sjå i:",
        "&Look in:": "&Sjå i:",
        "Files of &type:": "Fil&type:",
        "Show ": "Vis ",
        "File &name:": "Fil&namn:",
        "Files of type:": "Filtype:",
        "Directory:": "Mappe:",
        "&Open": "&Opne",
        "&Save": "&Lagre",
        "&Choose": "&Vel",
        "Open": "Opne",
        "Save As": "Lagre som",
        "Find Directory": "Finn mappe",
        "Back": "Tilbake",
        "Forward": "Fram",
        "Parent Directory": "Overordna mappe",
        "Go back": "Gå tilbake",
        "Go forward": "Gå fram",
        "Go to the parent directory": "Gå til den overordna mappa",
        "Create New Folder": "Lag ny mappe",
        "Create a New Folder": "Lag ei ny mappe",
        "List View": "Liste",
        "Detail View": "Detaljar",
        "Change to list view mode": "Vis som liste",
        "Change to detail view mode": "Vis med detaljar",
        "New Folder": "Ny mappe",
        "&New Folder": "&Ny mappe",
        "&Rename": "&Gje nytt namn",
        "&Delete": "&Slett",
        "Delete": "Slett",
        "Remove": "Fjern",
        "Show &hidden files": "Vis &gøymde filer",
        "Sidebar": "Sidestolpe",
        "List of places and bookmarks": "Stader og bokmerke",
        "Recent Places": "Nyleg brukte stader",
        "My Computer": "Datamaskina",
        "Computer": "Datamaskin",
        "Directories": "Mapper",
        "Files": "Filer",
        "File": "Fil",
        "Folder": "Mappe",
        "File Folder": "Filmappe",
        "Drive": "Stasjon",
        "Shortcut": "Snarveg",
        "Alias": "Alias",
        "Unknown": "Ukjend",
        "%1 File": "%1-fil",
        "All Files (*)": "Alle filer (*)",
        "All files (*)": "Alle filer (*)",
        "Name": "Namn",
        "Size": "Storleik",
        "Type": "Type",
        "Kind": "Type",
        "Date Modified": "Sist endra",
        "Invalid filename": "Ugyldig filnamn",
        "%1 already exists.\nDo you want to replace it?": "%1 finst frå før.\nVil du byte ho ut?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nFinn ikkje fila.\nSjekk at filnamnet er rett.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nFinn ikkje mappa.\nSjekk at mappenamnet er rett.",
        "Are you sure you want to delete '%1'?": "Er du sikker på at du vil slette «%1»?",
        "'%1' is write protected.\nDo you want to delete it anyway?": "«%1» er skriveverna.\nVil du slette ho likevel?",
        "Could not delete directory.": "Klarte ikkje å slette mappa.",
    },
    "EVAL_EXEMPT": "Skjerming",
    "EVAL_EXEMPT_INTRO": (
        "Det som blir merkt skjerma, står i den fullstendige rapporten, men blir utelate i den "
        "offentlege versjonen. Heimelen er merkinga under Rapporttekstar. Mellomrom kryssar av "
        "ei loggføring; i funnlistene og tiltaksplanen skjermar Ctrl+U punktet som er valt."
    ),
    "EVAL_EXEMPT_ENTRIES": "Loggføringar",
    "EVAL_EXEMPT_TEXTS": "Tekstar",
    "EVAL_EXEMPT_APPENDICES": "Heile vedlegg",
    "EVAL_EXEMPT_BUTTON": "Skjerm (Ctrl+U)",
    "EVAL_EXEMPT_TAG": "[skjerma] ",
    "EVAL_EXEMPT_GOAL": "Skjerma",
    "EVAL_EXEMPT_GOAL_TIP": "Vurderinga og kommentaren blir utelatne i den offentlege versjonen",
    "REPORT_DOCX": "Lag evalueringsrapport (Word) …",
    "REPORT_PUBLIC_PDF": "Lag offentleg versjon (PDF) …",
    "REPORT_PUBLIC_DOCX": "Lag offentleg versjon (Word) …",
    "REPORT_FILTER_DOCX": "Word-dokument (*.docx)",
    "REPORT_FILE_PUBLIC": "offentleg",
    "REPORT_ACCESSIBLE_HINT": (
        "Word-fila er den tilgjengelege utgåva (overskrifter, tabelloverskrifter, språk); "
        "PDF-en er til utskrift og arkiv."
    ),
}

EXERCISE_MESSAGES: ModuleCatalogue = {
    "ALREADY_STARTED": "Øvinga er allereie starta.",
    "CANNOT_PAUSE": "Øvinga går ikkje no, så ho kan ikkje setjast på pause.",
    "NOT_PAUSED": "Øvinga står ikkje på pause.",
    "NOT_UNDER_WAY": "Øvinga er ikkje i gang.",
    "PAUSE_TOO_EARLY": "Pausen kan tidlegast starte {time}, då det siste vart registrert.",
    "START_FIRST": "Start øvinga før du gjev innspel.",
    "EXERCISE_ENDED": "Øvinga er avslutta.",
    "INJECT_NOT_FOUND": "Innspelet «{inject_id}» finst ikkje.",
    "INJECT_EXISTS": "Innspelet «{inject_id}» finst allereie.",
    "INJECT_RELEASED": "«{title}» er allereie gjeve.",
    "INJECT_DONE": "«{title}» er allereie gjeve eller hoppa over.",
    "INJECT_NOT_RELEASED": "«{title}» er ikkje gjeve enno, og kan ikkje visast igjen.",
    "ALL_INJECTS_DONE": "Alle innspel er gjevne eller hoppa over.",
    "INJECT_TITLE_MISSING": "Eit innspel treng ei overskrift.",
    "UNKNOWN_ROLES": "Ukjend rolle: {roles}.",
    "ROLE_TITLE_MISSING": "Skriv namnet på rolla.",
    "ROLE_EXISTS": "Rolla «{role_id}» finst allereie.",
    "PARTICIPANT_EMPTY": "Ein deltakar treng namn, organisasjon eller minst éi rolle.",
    "PARTICIPANT_NOT_FOUND": "Deltakaren «{participant_id}» finst ikkje.",
    "PARTICIPANT_EXISTS": "Deltakaren «{participant_id}» finst allereie.",
    "ENTRY_TEXT_MISSING": "Skriv kva som vart avgjort, gjort eller spurt om.",
    "ENTRY_ROLE_MISSING": "Vel minst éi rolle for loggføringa.",
    "ENTRY_NOT_FOUND": "Loggføringa «{entry_id}» finst ikkje.",
    "ENTRY_EXISTS": "Loggføringa «{entry_id}» finst allereie.",
    "ENTRY_DELETED": "Loggføringa «{entry_id}» er sletta.",
    "ENTRY_NOT_DELETED": "Loggføringa «{entry_id}» er ikkje sletta.",
    "BOARD_ITEM_NOT_FOUND": "Situasjonsbiletet har ikkje punktet «{item_id}».",
    "BOARD_BAD_STATUS": "«{status}» er ikkje ein gyldig status for situasjonsbiletet.",
    "BOARD_VALUE_MISSING": "Skriv ein verdi for punktet.",
    "OBJECTIVE_NOT_FOUND": "Målet «{target_id}» finst ikkje i scenarioet.",
    "ITEM_NOT_FOUND": "Punktet «{item_id}» finst ikkje under {section}.",
    "ITEM_EXISTS": "Punktet «{item_id}» finst allereie.",
    "ITEM_CANNOT_MOVE": "Punktet kan ikkje flyttast dit.",
    "ITEM_TEXT_MISSING": "Skriv inn teksten til punktet.",
    "ACTION_MEASURE_MISSING": "Beskriv tiltaket.",
    "NOT_A_DATE": "«{value}» er ikkje ein dato (skriv åååå-mm-dd).",
    "MARKING_TEXT_MISSING": "Skriv inn teksten som skal stå i merkefeltet.",
    "EXEMPT_ITEM_NOT_FOUND": "Punktet «{item_id}» finst ikkje i evalueringa og kan ikkje skjermast.",
    "EXEMPT_PART_UNKNOWN": "Rapporten har ingen del «{target_id}» som kan skjermast.",
    "EVENT_OUT_OF_ORDER": "Hending nr. {seq} kom etter nr. {last_seq}.",
    "UNKNOWN_EVENT": "Ukjend hending {event}.",
    "EVENT_TIME_BACKWARDS": "Øvingstida går bakover ({time} etter {last}).",
    "TEXT_NOT_STORABLE": (
        "Teksten «{text}» har eit teikn som ikkje kan lagrast (teikn nr. {position}, vist "
        "som �), truleg frå eit øydelagt utklipp. Skriv eller lim inn teksten på nytt."
    ),
    "PLAIN_UNKNOWN_EVENT_TYPE": "ukjend hendingstype «{type_name}»",
    "PLAIN_FIELD_MISSING": "feltet «{name}» manglar",
    "PLAIN_UNKNOWN_FIELD": "ukjend felt «{name}»",
    "PLAIN_EXPECTED_OBJECT": "venta eit objekt, fann {value}",
    "PLAIN_EXPECTED_NULL": "venta null, fann {value}",
    "PLAIN_EXPECTED_BOOL": "venta true/false, fann {value}",
    "PLAIN_EXPECTED_INT": "venta eit heiltal, fann {value}",
    "PLAIN_EXPECTED_TEXT": "venta tekst, fann {value}",
    "PLAIN_EXPECTED_DATE": "venta ein dato, fann {value}",
    "PLAIN_EXPECTED_LIST": "venta ei liste, fann {value}",
    "PLAIN_UNKNOWN_VALUE": "ukjend verdi {value}",
    "PLAIN_UNEXPECTED_VALUE": "uventa verdi {value}",
}

STORE_MESSAGES: ModuleCatalogue = {
    "NOT_A_FILE": "«{name}» er ikkje ei fil.",
    "NOT_FOUND": "Finn ikkje øktfila «{name}».",
    "NO_READ_ACCESS": "Du har ikkje lesetilgang til «{name}».",
    "EMPTY": "«{name}» er tom og er ikkje ei øktfil frå Øvelse.",
    "NOT_A_SESSION": "«{name}» er ikkje ei øktfil frå Øvelse.",
    "BAD_PAGE_SIZE": "«{name}» er skadd (ugyldig sidestorleik).",
    "FOREIGN_DATABASE": (
        "«{name}» er ein database frå eit anna program, ikkje ei øktfil frå Øvelse."
    ),
    "NEWER_FORMAT": (
        "«{name}» er laga med ein nyare versjon av Øvelse (filformat {version}; denne versjonen "
        "les til og med {supported}). Oppdater Øvelse for å opne ho. Fila er ikkje endra."
    ),
    "TRUNCATED": (
        "«{name}» er avkorta eller skadd ({size} byte, venta {expected}). Fila er ikkje "
        "endra; opne ein sikkerheitskopi om du har ein."
    ),
    "CANNOT_OPEN": "Kan ikkje opne «{name}»: {error}.",
    "CANNOT_READ": "Kan ikkje lese «{name}»: {error}.",
    "CORRUPT": (
        "«{name}» er skadd og kan ikkje opnast ({detail}). Fila er ikkje endra; opne ein "
        "sikkerheitskopi om du har ein."
    ),
    "DETAIL_UNKNOWN": "ukjend feil",
    "DETAIL_LAYOUT": "tabellar eller metadata manglar",
    "DETAIL_SCHEMA_CHANGED": "oppbygginga av {items} er ikkje slik Øvelse lagar ho",
    "FOREIGN_SCHEMA": (
        "«{name}» inneheld {items}, som ei øktfil frå Øvelse ikkje har. Slikt kan endre "
        "innhaldet utan at det syner, så fila blir ikkje opna. Fila er ikkje endra."
    ),
    "SCHEMA_TRIGGER": "utløysaren (trigger) «{item}»",
    "SCHEMA_VIEW": "visinga (view) «{item}»",
    "SCHEMA_TABLE": "tabellen «{item}»",
    "SCHEMA_INDEX": "indeksen «{item}»",
    "SCHEMA_MORE": "og {count} til",
    "DETAIL_EVENT": "hending nr. {seq}: {error}",
    "DETAIL_EXERCISE_TIME": "øvingstida «{value}» er ikkje eit tal på millisekund",
    "DETAIL_WALL": "tidspunktet «{value}» er ikkje eit tidspunkt i UTC",
    "DETAIL_EXERCISE_TIME_RANGE": "øvingstida {value} ms er lengre enn {days} døgn",
    "DETAIL_WALL_RANGE": "tidspunktet «{value}» ligg utanfor {earliest} – {latest}",
    "DETAIL_BAD_TEXT": "ein tekst har eit teikn som ikkje kan lagrast som UTF-8",
    "DETAIL_TOO_DEEP": "dataa er nøsta for djupt",
    "DETAIL_VARIABLES": "profilvariablane er ikkje eit JSON-objekt med tekstar",
    "DETAIL_SCENARIO": "scenarioet kan ikkje lesast: {error}",
    "JOURNAL_DAMAGED": (
        "«{name}» vart avbroten midt i ei lagring, og journalfila som skulle setje ho "
        "tilbake, er skadd ({damage}). Filene er ikkje endra; opne ein sikkerheitskopi om du "
        "har ein, og ta vare på begge filene."
    ),
    "JOURNAL_SHORT": "journalen er kortare enn dei {count} sidene han lovar",
    "JOURNAL_BAD_SIZE": "ugyldig sektor- eller sidestorleik i journalen",
    "JOURNAL_BAD_CHECKSUM": "ei side i journalen stemmer ikkje med kontrollsummen",
    "CANNOT_UPGRADE": (
        "«{name}» har filformat {version}, som denne versjonen av Øvelse ikkje kan "
        "oppgradere. Fila er ikkje endra."
    ),
    "UPGRADE_FAILED": (
        "Kunne ikkje oppgradere «{name}» frå filformat {version}: {error}. Fila er ikkje endra."
    ),
    "OPENED_READ_ONLY": "«{name}» er opna berre for lesing.",
    "FOLDER_READ_ONLY": (
        "Du har ikkje skrivetilgang til mappa der «{name}» ligg, så ho blir opna berre for "
        "lesing. Bruk «Lagre som» for å lagre ein kopi du kan endre."
    ),
    "OPEN_ELSEWHERE": (
        "«{name}» er alt open i Øvelse {where}{since}, og blir difor opna berre for lesing."
    ),
    "ON_HOST": "på {host}",
    "IN_ANOTHER_PROGRAM": "i eit anna program",
    "SINCE": " sidan {time}",
    "SINCE_FORMAT": "%d.%m.%Y kl. %H:%M",
    "DISK_FULL_READ_ONLY": (
        "Disken der «{name}» ligg, er full, så ho blir opna skriveverna. Frigjer plass og "
        "opna ho på nytt, eller bruk «Lagre som» for å lagre ein kopi på ein annan disk."
    ),
    "LOCK_FAILED_READ_ONLY": (
        "Øvelse kunne ikkje lage låsefila til «{name}» ({reason}), så ho blir opna "
        "skriveverna. Bruk «Lagre som» for å lagre ein kopi du kan endre."
    ),
    "LOCK_NOT_A_FILE": (
        "Ved sida av «{name}» ligg «{lock}», som ikkje er ei låsefil frå Øvelse (men ei mappe, "
        "ei lenkje eller ei spesialfil), så økta blir opna skriveverna. Fjern «{lock}», eller "
        "bruk «Lagre som» for å lagre ein kopi du kan endre."
    ),
    "TAKEN_OVER": (
        "«{name}» er teken over av Øvelse {where}{since}, så denne endringa er ikkje lagra i "
        "fila. Ingenting er tapt: bruk «Lagre som» for å halde fram i ein eigen kopi med alt "
        "som er registrert her, og gjer endringa der."
    ),
    "TAKEN_OVER_READ_ONLY": (
        "«{name}» er teken over av Øvelse {where}{since} og blir vist skriveverna her. Bruk "
        "«Lagre som» for å halde fram i ein eigen kopi."
    ),
    "CANNOT_TAKE_OVER": "Kunne ikkje ta over «{name}»: {reason}.",
    "EXISTS": "«{name}» finst allereie og blir ikkje skriven over.",
    "IN_USE": "«{name}» er i bruk.",
    "CLOSED": "«{name}» er lukka.",
    "CANNOT_CREATE": "Kunne ikkje opprette «{name}»: {error}.",
    "FOLDER_NOT_WRITABLE": "Kan ikkje skrive i mappa til «{name}»: {error}.",
    "READ_ONLY": "«{name}» er opna berre for lesing; endringa er ikkje lagra.",
    "MISSING": (
        "«{name}» er sletta eller flytta medan ho var open. Endringa er ikkje lagra. Bruk "
        "«Lagre som» for å lagre økta ein annan stad."
    ),
    "SAVE_AS_FAILED": (
        "Kunne ikkje lagre «{name}»: {error}. Økta er ikkje flytta; prøv ein annan stad."
    ),
    "WRITE_FAILED": "Kunne ikkje lagre i «{name}»: {reason}. {rescue}",
    "REASON_DISK_FULL": "disken er full",
    "REASON_READ_ONLY": "fila eller mappa er skriveverna",
    "REASON_IO": "skrivefeil (kanskje er minnepinnen eller nettverksdisken kopla frå)",
    "REASON_LOCKED": "fila er låst av eit anna program",
    "REASON_CONFLICT": "eit anna program har skrive til økta samtidig",
    "REASON_CORRUPT": "fila er skadd",
    "REASON_NOT_FOUND": "fila eller mappa finst ikkje",
    "REASON_EXISTS": "det finst alt ei fil med det namnet",
    "REASON_CODE": "feil nr. {code} frå systemet",
    "DETAIL_DAMAGED_STRUCTURE": "SQLite fann skadde sider eller strukturar i fila",
    "DETAIL_NOT_UTF8": "ein tekst i fila er ikkje gyldig UTF-8",
    "DETAIL_INTEGRITY": "integritetskontrollen fann feil i fila",
    "DETAIL_NOT_JSON": "innhaldet er ikkje gyldig JSON (frå teikn {position})",
    "RESCUE_SAVE_AS": (
        "Endringa er ikkje gjord. Bruk «Lagre som» for å lagre økta ein annan stad."
    ),
    "RESCUE_DISK_FULL": (
        "Endringa er ikkje gjord. Frigjer plass, eller bruk «Lagre som» for å lagre økta på "
        "ein annan disk."
    ),
    "RESCUE_REOPEN": "Endringa er ikkje gjord. Lukk økta og opne ho på nytt.",
}


SCENARIO_MESSAGES: ModuleCatalogue = {
    "YAML_INVALID": "ugyldig YAML: {detail}",
    "YAML_COLON": (
        "kolon på feil stad – ein tekst med «: » i seg må stå i hermeteikn, til dømes "
        'title: "Fase 1: Varsling"; sjekk òg at linja over har mellomrom etter «-» og «:»'
    ),
    "YAML_TAB": "tabulator er ikkje lov i innrykk eller framfor ein verdi; bruk mellomrom",
    "YAML_CHARACTER": (
        "teiknet «{character}» kan ikkje stå først i ein verdi; set teksten i hermeteikn"
    ),
    "YAML_EXPECTED_COLON": (
        "fann ikkje «:» etter nøkkelen – kvar linje i ein tabell er «nøkkel: verdi»; sjekk "
        "innrykket, og bruk «|» for tekst over fleire linjer"
    ),
    "YAML_INDENT": (
        "innrykket stemmer ikkje med linjene over – nøklar i same tabell må stå like langt "
        "inn (med mellomrom)"
    ),
    "YAML_INDENT_LIST": (
        "innrykket stemmer ikkje for listepunktet – punkta i same liste må stå like langt inn"
    ),
    "YAML_DASH": (
        "listepunkt («- ») på ein stad der det ikkje kan stå – sjekk innrykket, eller set "
        "teksten i hermeteikn"
    ),
    "YAML_QUESTION": "«?» kan ikkje stå her; set teksten i hermeteikn",
    "YAML_UNCLOSED_QUOTE": (
        "tekst i hermeteikn manglar avsluttande hermeteikn (eitt « \" » eller « ' » er ikkje lukka)"
    ),
    "YAML_ESCAPE": (
        "ukjend «\\»-kode i tekst med doble hermeteikn – bruk enkle hermeteikn ('…'), "
        "eller skriv «\\\\» for ein omvendt skråstrek"
    ),
    "YAML_UNCLOSED_SEQUENCE": (
        "ei liste i [ ] manglar «,» eller «]» – set tekstar med komma eller kolon i hermeteikn"
    ),
    "YAML_UNCLOSED_MAPPING": (
        "ein tabell i {{ }} manglar «,» eller «}}» – set tekstar med komma eller kolon i hermeteikn"
    ),
    "YAML_UNCLOSED_FLOW": "innrykket stemmer ikkje, eller ein «[» eller «{{» er ikkje lukka",
    "YAML_NO_VALUE": (
        "venta ein verdi her – set teksten i hermeteikn viss han byrjar med eit spesialteikn "
        "som «,», «]», «}}» eller «|»"
    ),
    "YAML_BLOCK_HEADER": (
        "etter «|» eller «>» kan berre «-», «+» eller eit tal frå 1 til 9 stå på same linje; "
        "teksten byrjar på neste linje"
    ),
    "YAML_DIRECTIVE": (
        "ei linje som byrjar med «%» er eit YAML-direktiv; fjern henne, eller set teksten i "
        "hermeteikn"
    ),
    "YAML_ANCHOR": (
        "«&» og «*» må følgjast av eit namn (anker og alias) – set teksten i hermeteikn viss "
        "han byrjar med «&» eller «*»"
    ),
    "YAML_TAG": "ugyldig tagg – set teksten i hermeteikn viss han byrjar med «!»",
    "YAML_AFTER_END": (
        "noko står etter slutten av dokumentet – sjekk innrykket, eller fjern «---»/«...»"
    ),
    "YAML_DEPTH": "for djup nøsting (meir enn {limit} nivå)",
    "YAML_UNKNOWN": (
        "fila kan ikkje lesast her – sjekk innrykk, kolon og hermeteikn på denne linja og "
        "linja over"
    ),
    "YAML_CONTROL_CHARACTER": (
        "fila inneheld teiknet {code}, eit styreteikn som ikkje er lov i YAML"
    ),
    "EXPANDED_TOO_LONG": (
        "fila blir over {limit} teikn tekst når aliasa (*namn) er fylte ut; bruk alias "
        "berre for korte tekstar"
    ),
    "RENDERED_TOO_LONG": (
        "tekstane blir over {limit} teikn til saman når malane er fylte ut; kort ned "
        "variabelverdiane eller bruk dei i færre tekstar"
    ),
    "RENDERED_TOTAL_TOO_LONG": (
        "profilane gir til saman over {limit} teikn utfylt tekst; bruk færre profilar eller "
        "kortare variabelverdiar"
    ),
    "NOT_A_REGULAR_FILE": "dette er ikkje ei vanleg fil, men {kind}; lagra henne som ei vanleg fil",
    "FILE_KINDS": {
        "fifo": "eit namngitt røyr (FIFO)",
        "device": "ei eining",
        "socket": "ein sokkel",
        "other": "noko anna",
    },
    "TEMPLATE_SYNTAX": "malfeil på linje {line} i teksten: {detail}",
    "TEMPLATE_STRAY_BRACE": (
        "krøllparentesane står ikkje i par – kvar variabel blir skriven «{{{{ namn }}}}», med to "
        "krøllparentesar på kvar side"
    ),
    "TEMPLATE_UNCLOSED_PRINT": "«{{{{» manglar «}}}}» – skriv «{{{{ namn }}}}»",
    "TEMPLATE_UNCLOSED_IF": "«{{% if … %}}» manglar «{{% endif %}}»",
    "TEMPLATE_UNKNOWN_TAG": (
        "«{{% {tag} %}}» er ikkje noko malane kjenner; bruk «if», «elif», «else» og «endif»"
    ),
    "TEMPLATE_NO_EXPRESSION": "det manglar eit variabelnamn eller ein føresetnad mellom klammene",
    "TEMPLATE_NO_FILTER": "det manglar eit filternamn etter «|»",
    "TEMPLATE_CHARACTER": "teiknet «{character}» kan ikkje stå her i malen",
    "TEMPLATE_TWO_NAMES": (
        "to ord etter kvarandre mellom «{{{{» og «}}}}»; skriv eitt variabelnamn, eller bruk «~» "
        "for å setje saman"
    ),
    "TEMPLATE_UNREADABLE": "malen kan ikkje lesast; sjekk at «{{{{ }}}}» og «{{% %}}» står i par",
    "TEMPLATE_FORBIDDEN": (
        "malen bruker {what}, som ikkje er tillate i scenariotekstar (berre variablar, filter og if)"
    ),
    "TEMPLATE_CONSTRUCTS": {
        "Getattr": "punktum («a.b»)",
        "Getitem": "hakeparentes («a[0]»)",
        "Slice": "hakeparentes («a[0]»)",
        "arithmetic": "rekning («+», «-», «*», «/»)",
        "For": "ei løkke («for»)",
        "Call": "eit funksjonskall («namn()»)",
        "Assign": "«set»",
        "Macro": "ein makro",
        "Include": "«include» eller «import»",
        "other": "noko anna enn variablar, filter og if («{name}»)",
    },
    "UNKNOWN_ROLE": "rolla «{role}» finst ikkje i standardkatalogen; gi henne ein «title»",
    "UNKNOWN_ROLE_HINT": (
        "rolla «{role}» finst ikkje i standardkatalogen – meinte du «{hint}»? Er det ei eiga "
        "rolle, gi henne ein «title»"
    ),
    "NUMBER_IN_QUOTES": "venta eit heiltal, fann teksten «{text}» – skriv talet utan hermeteikn",
    "CANNOT_READ": "kan ikkje lese fila ({reason})",
    "PICTURE_UNREADABLE": "biletet «{reference}» kan ikkje lesast ({reason})",
    "OS_REASONS": {
        "EACCES": "ingen lesetilgang",
        "EPERM": "ingen tilgang",
        "EIO": "lesefeil på disken eller minnepinnen",
        "ENAMETOOLONG": "namnet er for langt",
        "ELOOP": "for mange symbolske lenker etter kvarandre",
        "ENOTDIR": "ein del av stien er ikkje ei mappe",
        "ENXIO": "eininga finst ikkje",
        "other": "feil frå operativsystemet, kode {code}",
    },
    # the editor
    "EDIT_FIELD": "Endre felt",
    "ADD_ITEM": "Legg til",
    "DELETE_ITEM": "Slett",
    "MOVE_ITEM": "Flytt",
    "DUPLICATE_ITEM": "Dupliser",
    "ADD_INJECT": "Legg til innspel",
    "DELETE_INJECT": "Slett innspel",
    "DUPLICATE_INJECT": "Dupliser innspel",
    "MOVE_INJECT": "Flytt innspel",
    "RETIME_INJECT": "Endre tidspunkt",
    "ADD_VARIABLE": "Legg til variabel",
    "NAME_TAKEN": "namnet «{name}» er alt brukt",
    "NEW_INJECT_TITLE": "Nytt innspel",
    "NEW_PHASE_TITLE": "Ny fase",
    "NEW_OBJECTIVE_TITLE": "Nytt mål",
    "NEW_SUBGOAL_TITLE": "Nytt delmål",
    "NEW_ROLE_TITLE": "Ny rolle",
    "NEW_BOARD_ITEM_LABEL": "Nytt punkt",
    "NEW_RESPONSE_ACTOR": "Ny aktør",
    "NEW_QUESTION_TEXT": "Nytt spørsmål",
    "NEW_PROFILE_TITLE": "Ny profil",
    "NEW_VARIABLE_LABEL": "Ny variabel",
    "PICTURE_NOT_IMAGE": "«{name}» er ikkje eit PNG-, JPEG- eller SVG-bilete",
    "PICTURE_TOO_LARGE": "biletet «{name}» er større enn {limit} MB",
    "PICTURE_IS_LINK": "«{name}» er ei symbolsk lenkje; vel sjølve biletfila",
    "PICTURE_NOT_FILE": "«{name}» er ikkje ei vanleg fil",
    "PICTURE_NOT_READ": "biletet «{name}» kan ikkje lesast: {reason}",
    "SAVE_FAILED": (
        "pakken kunne ikkje lagrast i «{folder}»: {reason}. Endringane er ikkje tapte; lagre i "
        "ei anna mappe"
    ),
    "SAVE_BUILTIN": "ein innebygd pakke kan ikkje endrast; lagre han som ein ny pakke i ei anna mappe",
    "SAVE_NOT_PACK_FOLDER": (
        "mappa «{folder}» inneheld andre filer og er ikkje ein pakke; vel ei tom mappe"
    ),
}


INTERCHANGE_MESSAGES: ModuleCatalogue = {
    "HINT": " (meinte du «{hint}»?)",
    "NO_FILE": "fila finst ikkje",
    "IS_FOLDER": "venta ei fil, men dette er ei mappe",
    "NOT_REGULAR": "dette er ikkje ei vanleg fil",
    "CANNOT_READ": "fila kan ikkje lesast: {reason}",
    "FILE_TOO_BIG": (
        "fila er {size} MB; ei dreiebok som blir lesen inn, kan vere høgst {limit} MB – fjern "
        "bilete og ark som ikkje trengst, eller del henne opp"
    ),
    "MACROS": (
        "arbeidsboka har makroar (.xlsm); Øvelse les ikkje makroar – lagre henne som vanleg "
        "Excel-arbeidsbok (.xlsx) og prøv igjen"
    ),
    "OLD_OR_ENCRYPTED": (
        "fila er ei passordverna arbeidsbok eller i det gamle .xls-formatet – fjern passordet "
        "og lagre henne som Excel-arbeidsbok (.xlsx)"
    ),
    "NOT_XLSX": "fila er ikkje ei Excel-arbeidsbok (.xlsx) – lagre henne som .xlsx, eller som CSV UTF-8",
    "ZIP_BOMB": (
        "arbeidsboka blir pakka ut til langt meir enn ho fyller (over 100 gonger); ho blir "
        "ikkje lesen, for ho kan fylle minnet"
    ),
    "ZIP_TOO_BIG": "arbeidsboka blir over {limit} MB når ho blir pakka ut; ho blir ikkje lesen",
    "TOO_MANY_CELLS": (
        "arbeidsboka har over {limit} celler; ei dreiebok har langt færre – slett tomme rader "
        "og kolonnar som er formaterte heilt ned, eller del henne opp"
    ),
    "ZIP_MEMBERS": "arbeidsboka har over {limit} delar inni seg; ho blir ikkje lesen",
    "UNREADABLE": (
        "arbeidsboka er skadd og kan ikkje lesast – opne henne i Excel eller LibreOffice og "
        "lagre henne på nytt"
    ),
    "CSV_NOT_UTF8": (
        "CSV-fila er ikkje UTF-8 (byte {byte}, truleg «{letter}» i Windows-1252) – lagre henne "
        "som «CSV UTF-8 (kommadelt)» og prøv igjen"
    ),
    "CSV_UTF16": "CSV-fila er UTF-16 – lagre henne som «CSV UTF-8 (kommadelt)» og prøv igjen",
    "CSV_BROKEN": "CSV-fila kan ikkje lesast: {detail}",
    "NO_SUCH_SHEET": "arbeidsboka har ikkje arket «{sheet}»; ho har {sheets}",
    "NO_VISIBLE_SHEET": "arbeidsboka har ingen synlege ark",
    "OUTPUT_NOT_EMPTY": "mappa finst alt og er ikkje tom; vel ei ny mappe for pakken",
    "MORE_PROBLEMS": "… og {count} feil til (berre dei første 100 blir viste)",
    "HIDDEN_SHEET": "arket er gøymt – vis det (høgreklikk på arkfana, «Vis») og prøv igjen",
    "HIDDEN_SHEET_IGNORED": "gøymt ark som ikkje høyrer til dreieboka; blir ikkje lese",
    "SHEET_IGNORED": "arket høyrer ikkje til dreieboka og blir ikkje lese",
    "FIRST_SHEET_USED": "fann ikkje arket «{sheet}»; innspela blir lesne frå dette arket",
    "MERGED": (
        "samanslegne celler – verdien står berre i den første; del opp samanslåinga og skriv "
        "verdien i kvar celle"
    ),
    "HIDDEN_ROW": "rada er gøymd – vis henne, eller slett henne viss ho ikkje skal vere med",
    "HIDDEN_COLUMN": (
        "kolonnen «{header}» er gøymd – vis han, eller slett han viss han ikkje skal vere med"
    ),
    "EMPTY_ROWS": "tom rad blir hoppa over",
    "UNKNOWN_COLUMN": (
        "kolonnen «{header}» er ukjend og blir ikkje lesen (sjå kolonnetilordning i "
        "docs/dreiebok.md)"
    ),
    "DUPLICATE_COLUMN": "kolonnen «{header}» tyder det same som kolonne {other}; slett den eine",
    "NO_HEADERS": "fann ingen kjende kolonneoverskrifter i denne rada",
    "TOO_MANY_ROWS": "arket har over {limit} rader; berre dei første blir lesne",
    "TOO_MANY_COLUMNS": "arket har over {limit} kolonnar og blir ikkje lese",
    "ERROR_VALUE": "cella har feilverdien {value} – rett formelen eller skriv inn verdien",
    "TEXT_AT_CELL_LIMIT": (
        "teksten fyller heile cella ({limit} teikn, det meste Excel har plass til) og kan vere "
        "kutta; del han opp, eller skriv han i scenario.yaml"
    ),
    "TEXT_TOO_LONG": "teksten er {length} teikn; ein tekst kan vere høgst {limit} teikn",
    "FORMULA_CACHED": (
        "cella har ein formel; Øvelse reknar aldri ut formlar og brukar verdien som sist vart "
        "lagra i fila"
    ),
    "FORMULA_NO_VALUE": (
        "cella har ein formel utan lagra verdi; Øvelse reknar aldri ut formlar – skriv inn "
        "verdien (eller opne og lagre fila i Excel eller LibreOffice)"
    ),
    "CONTROL_IN_CELL": "teksten har styreteiknet {code}, som ikkje kan stå i ein pakke; slett det",
    "CONTROL_CHARACTER": "teksten har eit styreteikn som ei arbeidsbok ikkje kan ha",
    "NOT_A_TIME": "«{value}» er ikkje eit tidspunkt (skriv til dømes +00:25, 00:25 eller 25)",
    "NOT_A_SCENARIO_TIME": "«{value}» er ikkje ei scenariotid (skriv til dømes {example})",
    "TIME_TOO_LATE": "tidspunktet er over {hours} timar etter start",
    "BEFORE_START": "klokka {value} er før starten av øvinga",
    "CLOCK_START": "klokkesletta blir rekna frå {start} (første rad) som starten av øvinga",
    "NO_TIME": "rada manglar planlagd tid",
    "NO_TITLE": "rada manglar tittel",
    "NO_INJECTS": "fann ingen innspel",
    "ROW_WITHOUT_ID": "rada manglar id",
    "ROW_WITHOUT_NAME": "rada manglar namn",
    "VARIABLE_TWICE": "variabelen «{name}» står to gonger",
    "NO_SUCH_ROLE": "rolla «{role}» finst ikkje",
    "NO_SUCH_PHASE": "fasen «{phase}» finst ikkje i arket «{sheet}»",
    "NO_PARENT_GOAL": "målet «{goal}» finst ikkje over denne rada",
    "PHASE_SPLIT": (
        "fasen «{phase}» står òg lenger opp, med ein annan fase imellom; rader i same fase må "
        "stå samla"
    ),
    "PHASE_GUESSED": "rada har ingen fase; innspela blir lagde i «{phase}»",
    "QUESTION_WITHOUT_ROLE_COLUMN": "spørsmålet manglar rolle – fyll ut «{column}»",
    "ROLES_WITHOUT_QUESTION": "rollene står utan spørsmål",
    "QUESTION_WITHOUT_ROLES": (
        "«{line}» manglar rolle – skriv «rolle: spørsmål», t.d. «ordforer: Kva gjer de?»"
    ),
    "BOARD_LINE": (
        "«{line}» – skriv éi endring per linje som «punkt: verdi» eller «punkt: verdi [kritisk]»"
    ),
    "BOARD_STATUS": (
        "«{status}» er ikkje ein status; skriv [normal], [redusert], [kritisk] eller [ukjent]"
    ),
    "MIXED_TIMES": (
        "klokkeslett her, men tid frå start i rada over (eller omvendt); skriv alle tidene på "
        "same måte"
    ),
    "BOARD_TWICE": "punktet «{item}» blir endra to gonger i same innspel",
    "MEDIA_LINE": "«{line}» – skriv eitt bilete per linje som «sti | bilettekst | skildring»",
    "YES_NO": "«{value}» – skriv «ja» eller «nei»",
    "FIELD_NOT_HERE": "feltet «{field}» høyrer ikkje til på denne rada",
    "INDICATOR_ON_GOAL": "berre delmål har indikator; flytt han til eit delmål under dette målet",
    "EXERCISE_NO_FIELD": "verdien står utan felt i kolonne A",
    "EXERCISE_UNKNOWN_FIELD": "feltet «{field}» er ukjent",
    "ID_GUESSED": "arbeidsboka har ikkje arket «{sheet}»; pakken får id-en «{id}»",
    "TITLE_GUESSED": "pakken får tittelen «{title}» etter filnamnet",
    "DURATION_GUESSED": "arbeidsboka oppgir inga varigheit; pakken får {duration}",
    "ROLES_INFERRED": (
        "arbeidsboka har ikkje arket «{sheet}»; rollene blir henta frå standardkatalogen: {roles}"
    ),
    "DROPDOWN_TITLE": "Ukjend verdi",
    "DROPDOWN_ERROR": "Vel ein verdi frå lista (ho står i arket med same namn).",
    "SUMMARY_PACK": (
        "Pakken «{id}» ({title}): {phases} fasar, {injects} innspel, {roles} roller, {goals} "
        "mål, {board} punkt i situasjonsbiletet, {responses} motspel, {variables} variablar"
    ),
    "SUMMARY_FILE": "  fil: {file}",
    "SUMMARY_PHASE": "  fase {id}: {title}",
    "SUMMARY_INJECT": "    {at}  {id}: {title} ({questions} spørsmål)",
    "MAPPING_NOT_TABLE": (
        "kolonnetilordninga må vere ein tabell med «ark», «overskriftsrad» og «kolonner»"
    ),
    "MAPPING_UNKNOWN_KEY": "«{key}» er ukjend; bruk «ark», «overskriftsrad» eller «kolonner»",
    "MAPPING_BAD_VALUE": (
        "«{key}» har ein verdi av feil slag (ark: namn, overskriftsrad: tal, kolonner: tabell)"
    ),
    "MAPPING_NOT_HEADER": (
        'skriv overskrifta i dreieboka som kolonnen skal lesast som, eller "" for å hoppe over han'
    ),
    "MAPPING_UNKNOWN_HEADER": "«{header}» er ikkje ein kolonne i dreieboka",
    "NO_SUCH_PROFILE": "pakken har ingen profil «{profile}»; han har {profiles}",
}


CATALOGUE: Catalogue = {
    "ovelse.cli_texts": CLI_TEXTS,
    "ovelse.exercise.labels": LABELS,
    "ovelse.exercise.messages": EXERCISE_MESSAGES,
    "ovelse.interchange.messages": INTERCHANGE_MESSAGES,
    "ovelse.report.texts": REPORT_TEXTS,
    "ovelse.scenario.messages": SCENARIO_MESSAGES,
    "ovelse.store.messages": STORE_MESSAGES,
    "ovelse.ui.texts": UI_TEXTS,
}
