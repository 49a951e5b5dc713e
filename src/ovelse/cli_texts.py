"""Every text the command line prints (help, results, the «no screen» sentence), in bokmål.

Translated by ``ovelse.i18n`` like the app and the report. Error messages that come from
the scenario validator and the session store are not here: they stay in bokmål.
"""

from __future__ import annotations

DESCRIPTION = "Øvelse – diskusjonsøvelser for kommuner, uten nett."
VERSION = "Øvelse {version}"  # the version must stay the last word: packaging reads it

# --- help -----------------------------------------------------------------------------
USAGE = "bruk: "
OPTIONS = "valg"
ARGUMENTS = "argumenter"
COMMANDS = "kommandoer"
COMMAND_METAVAR = "KOMMANDO"
PATH_METAVAR = "STI"
FILE_METAVAR = "FIL"
FOLDER_METAVAR = "MAPPE"
SESSION_METAVAR = "ØKT"
ERROR = "{prog}: feil: {message}"

HELP_HELP = "vis denne hjelpeteksten og avslutt"
HELP_VERSION = "vis versjonen og avslutt"
HELP_LANG = "språk for programmet og rapporten: nb (bokmål), nn (nynorsk) eller en (engelsk)"
HELP_BASEDIR = "mappe for innstillinger og økter (for testing)"
HELP_GUI = "start programmet (standard)"
HELP_GUI_SESSION = "øktfil (.ovelse) som skal åpnes"
HELP_VALIDATE = "kontroller scenariopakker og profiler"
HELP_VALIDATE_PATHS = "mappe med scenario.yaml, eller en profil i profiles/"
HELP_SCENARIOS = "list de innebygde scenariopakkene"
HELP_SCENARIOS_JSON = "skriv listen som JSON"
HELP_SCHEMA = "skriv JSON Schema for scenarioformatet"
HELP_SCHEMA_PROFILE = "skjemaet for profiler"
HELP_SCHEMA_OUTPUT = "fil å skrive til (ellers standard ut)"
HELP_EXPORT = "eksporter en økt som JSON eller CSV"
HELP_EXPORT_FORMAT = "json: hele økten; csv: beslutningsloggen"
HELP_REPORT = "lag evalueringsrapport (PDF) fra en økt"
HELP_REPORT_BY_ROLE = "ta med beslutningsloggen etter rolle som eget vedlegg"
HELP_REPORT_FORMAT = (
    "pdf: til utskrift og arkiv; docx: til redigering i Word (den tilgjengelige utgaven)"
)
HELP_REPORT_PUBLIC = "lag den offentlige versjonen: uten det som er merket skjermet"
HELP_EXPORT_DREIEBOK = "skriv en scenariopakke som dreiebok i Excel (.xlsx) eller CSV"
HELP_EXPORT_DREIEBOK_PACK = "pakkemappen, eller id-en til en innebygd pakke"
HELP_EXPORT_DREIEBOK_PROFILE = "skriv tekstene slik de blir med denne profilen (id eller fil)"
HELP_EXPORT_DREIEBOK_CSV = "skriv bare innspillarket, som CSV (UTF-8, semikolon)"
HELP_IMPORT_DREIEBOK = "les en dreiebok (.xlsx eller .csv) inn som scenariopakke"
HELP_IMPORT_DREIEBOK_FILE = "arbeidsboken eller CSV-filen"
HELP_IMPORT_DREIEBOK_OUTPUT = "ny mappe for pakken"
HELP_IMPORT_DREIEBOK_MAP = "kolonnetilordning (YAML) for et ark med egne kolonnenavn"
HELP_IMPORT_DREIEBOK_DRY_RUN = "vis hva som ville blitt laget, og alle feil, uten å skrive noe"
HELP_IMPORT_DREIEBOK_MEDIA = "mappen bildene ligger i (ellers mappen til arbeidsboken)"
HELP_IMPORT_DREIEBOK_INTO = "pakken som gir ark arbeidsboken mangler (roller, mål …)"
HELP_IMPORT_DREIEBOK_START = "klokkeslettet øvelsen starter, TT:MM, når tidene er klokkeslett"
HELP_SESSION = "øktfilen (.ovelse)"
HELP_OUTPUT = "filen som skal skrives"

# --- results --------------------------------------------------------------------------
VALIDATE_PROFILE_OK = "{path}: OK (profil for «{pack}»)"
VALIDATE_PACK_OK = "{path}: OK ({injects} innspill, {profiles} profiler)"
SCENARIO_LINE = "{region} · {hazard} · {injects} innspill · {duration} · profiler: {profiles}"
WROTE = "Skrev {path}"
WROTE_REPORT = "Skrev {path} ({pages} sider)"
WRITE_FAILED = "ovelse: kunne ikke skrive «{path}»: {error}"
NOTE = "merk: {note}"
IMPORT_REFUSED = "ovelse: ingen pakke skrevet – {count} feil må rettes først"
DRY_RUN_DONE = "Prøvekjøring: ingenting er skrevet."
NEED_OUTPUT = "oppgi mappen pakken skal skrives til (-o MAPPE), eller --dry-run"
BAD_START = "ovelse: «{start}» er ikke et klokkeslett (skriv TT:MM, f.eks. 09:00)"

# --- before the window opens ----------------------------------------------------------
NO_DISPLAY = (
    "Øvelse finner ingen skjerm å åpne vinduet på (verken DISPLAY eller "
    "WAYLAND_DISPLAY er satt); start programmet fra skrivebordet, eller bruk "
    "kommandoene «ovelse validate», «ovelse report» og «ovelse export», "
    "som virker uten skjerm."
)
MISSING_LIBRARIES = (
    "Qt mangler systembiblioteker for å åpne vinduer; installer dem med "
    "«sudo apt install {packages}» og start Øvelse igjen."
)
