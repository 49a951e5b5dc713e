"""Every text the command line prints (help, results, the «no screen» sentence), in bokmål.

Translated by ``ovelse.i18n`` like the app and the report. Error messages that come from
the scenario validator and the session store are not here: they stay in bokmål.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_

DESCRIPTION = N_("Øvelse – diskusjonsøvelser for kommuner, uten nett.")
VERSION = N_("Øvelse {version}")  # the version must stay the last word: packaging reads it

# --- help -----------------------------------------------------------------------------
USAGE = N_("bruk: ")
OPTIONS = N_("valg")
ARGUMENTS = N_("argumenter")
COMMANDS = N_("kommandoer")
COMMAND_METAVAR = N_("KOMMANDO")
PATH_METAVAR = N_("STI")
FILE_METAVAR = N_("FIL")
FOLDER_METAVAR = N_("MAPPE")
SESSION_METAVAR = N_("ØKT")
ERROR = N_("{prog}: feil: {message}")

HELP_HELP = N_("vis denne hjelpeteksten og avslutt")
HELP_VERSION = N_("vis versjonen og avslutt")
HELP_LANG = N_("språk for programmet og rapporten: nb (bokmål), nn (nynorsk) eller en (engelsk)")
HELP_BASEDIR = N_("mappe for innstillinger og økter (for testing)")
HELP_GUI = N_("start programmet (standard)")
HELP_GUI_SESSION = N_("øktfil (.ovelse) som skal åpnes")
HELP_VALIDATE = N_("kontroller scenariopakker og profiler")
HELP_VALIDATE_PATHS = N_("mappe med scenario.yaml, eller en profil i profiles/")
HELP_SCENARIOS = N_("list de innebygde scenariopakkene")
HELP_SCENARIOS_JSON = N_("skriv listen som JSON")
HELP_SCHEMA = N_("skriv JSON Schema for scenarioformatet")
HELP_SCHEMA_PROFILE = N_("skjemaet for profiler")
HELP_SCHEMA_OUTPUT = N_("fil å skrive til (ellers standard ut)")
HELP_EXPORT = N_("eksporter en økt som JSON eller CSV")
HELP_EXPORT_FORMAT = N_(
    "json: hele økten; csv: beslutningsloggen; handlinger: de forventede handlingene med "
    "kryssene fra øvelsen (CSV)"
)
HELP_REPORT = N_("lag evalueringsrapport (PDF) fra en økt")
HELP_REPORT_BY_ROLE = N_("ta med beslutningsloggen etter rolle som eget vedlegg")
HELP_REPORT_FORMAT = N_(
    "pdf: til utskrift og arkiv; docx: til redigering i Word (den tilgjengelige utgaven)"
)
HELP_REPORT_PUBLIC = N_("lag den offentlige versjonen: uten det som er merket skjermet")
HELP_PRINT = N_(
    "skriv utskriftssettet (PDF) for en scenariopakke: direktiv, dreiebok, kort og skjemaer"
)
KIT_METAVAR = N_("DOKUMENT")
HELP_PRINT_PACK = N_(
    "pakkemappen, id-en til en innebygd pakke, eller en økt (.ovelse) – da med "
    "øvingsdirektivets tekster, navnene og merkingen fra økten"
)
HELP_PRINT_KIT = N_("dokumentet som skal skrives: {kinds}; kan gis flere ganger, «{all}» gir alle")
HELP_PRINT_OUTPUT = N_("PDF-filen; for flere dokumenter en mappe med én fil per dokument")
HELP_PRINT_ALL_QUESTIONS = N_(
    "vis alle spørsmålene til rollen på rollekortene, ikke bare dem ved start (avslører senere innspill)"
)
HELP_EXPORT_DREIEBOK = N_("skriv en scenariopakke som dreiebok i Excel (.xlsx) eller CSV")
HELP_EXPORT_DREIEBOK_PACK = N_("pakkemappen, eller id-en til en innebygd pakke")
HELP_EXPORT_DREIEBOK_PROFILE = N_("skriv tekstene slik de blir med denne profilen (id eller fil)")
HELP_EXPORT_DREIEBOK_CSV = N_("skriv bare innspillarket, som CSV (UTF-8, semikolon)")
HELP_IMPORT_DREIEBOK = N_("les en dreiebok (.xlsx eller .csv) inn som scenariopakke")
HELP_IMPORT_DREIEBOK_FILE = N_("arbeidsboken eller CSV-filen")
HELP_IMPORT_DREIEBOK_OUTPUT = N_("ny mappe for pakken")
HELP_IMPORT_DREIEBOK_MAP = N_("kolonnetilordning (YAML) for et ark med egne kolonnenavn")
HELP_IMPORT_DREIEBOK_DRY_RUN = N_("vis hva som ville blitt laget, og alle feil, uten å skrive noe")
HELP_IMPORT_DREIEBOK_MEDIA = N_("mappen bildene ligger i (ellers mappen til arbeidsboken)")
HELP_IMPORT_DREIEBOK_INTO = N_("pakken som gir ark arbeidsboken mangler (roller, mål …)")
HELP_IMPORT_DREIEBOK_START = N_("klokkeslettet øvelsen starter, TT:MM, når tidene er klokkeslett")
HELP_PACK_EXPORT = N_("del en scenariopakke som én fil (.ovelsepakke) med manifest")
HELP_PACK_EXPORT_PACK = N_("pakkemappen, eller id-en til en innebygd pakke")
HELP_PACK_EXPORT_OUTPUT = N_("pakkefilen som skal skrives (NAVN.ovelsepakke)")
HELP_PACK_IMPORT = N_(
    "kontroller en delt pakkefil (.ovelsepakke) og legg pakken i biblioteket under «Fra "
    "statsforvalteren»"
)
HELP_PACK_IMPORT_FILE = N_("pakkefilen (.ovelsepakke)")
HELP_PACK_IMPORT_UPDATE = N_("erstatt en eldre versjon av samme pakke i biblioteket")
HELP_ROLLUP = N_(
    "samle resultatfiler (.ovelseresultat) fra kommunene i en regional oppsummering (PDF, "
    "og .xlsx med --xlsx)"
)
HELP_ROLLUP_FILES = N_("resultatfiler, eller mapper med resultatfiler")
HELP_ROLLUP_OUTPUT = N_("PDF-filen som skal skrives (oppsummering.pdf)")
HELP_ROLLUP_XLSX = N_("skriv også oppsummeringen som Excel-arbeidsbok (.xlsx)")
HELP_ROLLUP_INVITED = N_(
    "invitasjonsliste: tekst eller CSV med én kommune per linje (navn, eller nummer;navn)"
)
HELP_ROLLUP_PACK = N_(
    "pakken som oppsummeres, ID eller ID:VERSJON (ellers den de fleste filene gjelder)"
)
HELP_RESULT_EXPORT = N_(
    "skriv resultatfilen (.ovelseresultat) som kommunen sender til statsforvalteren"
)
HELP_RESULT_EXPORT_OUTPUT = N_("resultatfilen som skal skrives (NAVN.ovelseresultat)")
HELP_RESULT_EXPORT_NAMES = N_("ta med navn på deltakerne (ellers bare antall per rolle)")
HELP_RESULT_EXPORT_EXEMPT = N_("ta med det som er skjermet (unntatt offentlighet)")
HELP_SESSION = N_("øktfilen (.ovelse)")
HELP_OUTPUT = N_("filen som skal skrives")

# --- results --------------------------------------------------------------------------
VALIDATE_PROFILE_OK = N_("{path}: OK (profil for «{pack}»)")
VALIDATE_PACK_OK = N_("{path}: OK ({injects}, {profiles})")
INJECTS_COUNTED = NN_("{count} innspill", "{count} innspill")
PROFILES_COUNTED = NN_("{count} profil", "{count} profiler")
SCENARIO_LINE = NN_(
    "{region} · {hazard} · {injects} innspill · {duration} · profiler: {profiles}",
    "{region} · {hazard} · {injects} innspill · {duration} · profiler: {profiles}",
)
WROTE = N_("Skrev {path}")
WROTE_REPORT = NN_("Skrev {path} ({pages} side)", "Skrev {path} ({pages} sider)")
WRITE_FAILED = N_("ovelse: kunne ikke skrive «{path}»: {error}")
NOTE = N_("merk: {note}")
IMPORT_REFUSED = N_("ovelse: ingen pakke skrevet – {count} feil må rettes først")
DRY_RUN_DONE = N_("Prøvekjøring: ingenting er skrevet.")
NEED_OUTPUT = N_("oppgi mappen pakken skal skrives til (-o MAPPE), eller --dry-run")
PACK_WROTE = NN_(
    "Skrev {path} (pakke «{id}» versjon {version}, {count} fil)",
    "Skrev {path} (pakke «{id}» versjon {version}, {count} filer)",
)
RESULT_WROTE = NN_(
    "Skrev {path} ({kommune}; {count} punkt trenger oppfølging fra region/stat)",
    "Skrev {path} ({kommune}; {count} punkter trenger oppfølging fra region/stat)",
)
PACK_UPDATE_HINT = N_("Kjør «ovelse pack-import {file} --update» for å oppdatere.")
PACK_NOT_IMPORTED = N_("ovelse: pakken er ikke lagt i biblioteket")
ROLLUP_WROTE = NN_(
    "Skrev {path}: {kommuner} kommune ({pages} sider)",
    "Skrev {path}: {kommuner} kommuner ({pages} sider)",
)
ROLLUP_LEFT_OUT = N_("ikke tatt med: {file}: {reason}")
ROLLUP_MISSING = N_("ikke rapportert: {names}")
ROLLUP_NOTHING = N_("ovelse: ingen resultatfil kunne tas med; ingenting er skrevet")
ROLLUP_OVER_RESULT = N_(
    "ovelse: {path} er en resultatfil; oppsummeringen skrives aldri over en, velg et annet navn"
)
PRINT_SESSION_PROFILE = N_(
    "ovelse: «{path}» er en økt med sin egen tilpasning; --profile gjelder bare en pakke"
)
BAD_START = N_("ovelse: «{start}» er ikke et klokkeslett (skriv TT:MM, f.eks. 09:00)")

# --- before the window opens ----------------------------------------------------------
NO_DISPLAY = N_(
    "Øvelse finner ingen skjerm å åpne vinduet på (verken DISPLAY eller "
    "WAYLAND_DISPLAY er satt); start programmet fra skrivebordet, eller bruk "
    "kommandoene «ovelse validate», «ovelse report» og «ovelse export», "
    "som virker uten skjerm."
)
MISSING_LIBRARIES = N_(
    "Qt mangler systembiblioteker for å åpne vinduer; installer dem med "
    "«sudo apt install {packages}» og start Øvelse igjen."
)

# --- pictures painted without a window (ovelse report, ovelse print) ------------------
SVG_LEFT_OUT = N_(
    "ovelse: merk: kartene og de andre SVG-bildene blir ikke med i filen, fordi Qt ikke "
    "kunne startes for å tegne dem ({reason})"
)
SVG_PLATFORM_UNUSABLE = N_(
    "QT_QPA_PLATFORM={platform} trenger en skjerm; fjern variabelen eller sett den til offscreen"
)
