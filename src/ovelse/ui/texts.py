"""Every text the Qt interface shows, in bokmål, in one module so it can be translated.

Texts the engine owns (run states, entry kinds, ratings, markings, «om 2 min») come from
``ovelse.exercise.labels`` and are not repeated here. ``ovelse.i18n`` swaps these
constants for the nynorsk or English catalogue at start-up, so read them when a widget is
built (``texts.X``), never with ``from texts import X`` or in a module-level table.
"""

from __future__ import annotations

APP_NAME = "Øvelse"
WINDOW_TITLE = "Øvelse – diskusjonsøvelser"
WINDOW_TITLE_SESSION = "{title} – Øvelse"

# --- steps --------------------------------------------------------------------------------
STEP_LIBRARY = "1 Bibliotek"
STEP_PREPARE = "2 Forbered"
STEP_RUN = "3 Gjennomfør"
STEP_EVALUATE = "4 Evaluer"
STEP_REPORT = "5 Rapport"

# --- menus --------------------------------------------------------------------------------
MENU_FILE = "&Fil"
MENU_EXERCISE = "&Øvelse"
MENU_VIEW = "&Vis"
MENU_HELP = "&Hjelp"
ACTION_OPEN_SESSION = "Åpne økt …"
ACTION_OPEN_FOLDER = "Åpne mappe …"
ACTION_EXPORT_DREIEBOK = "Eksporter dreiebok …"
ACTION_IMPORT_DREIEBOK = "Importer dreiebok …"
DREIEBOK_EXPORT_CAPTION = "Lagre dreieboken som regneark"
DREIEBOK_EXPORT_FILTER = "Excel-arbeidsbok (*.xlsx);;CSV UTF-8, bare innspillene (*.csv)"
DREIEBOK_IMPORT_CAPTION = "Velg en dreiebok (Excel eller CSV)"
DREIEBOK_IMPORT_FILTER = "Regneark (*.xlsx *.csv)"
DREIEBOK_NO_PACK = "Velg en pakke i biblioteket først; det er den som skrives som dreiebok."
EDITOR_DREIEBOK_NOT_LOADABLE = (
    "Utkastet har feil som må rettes før det kan skrives som dreiebok; se listen over feil."
)
DREIEBOK_EXPORTED = "Skrev dreieboken til {path}"
DREIEBOK_EXPORT_FAILED = "Dreieboken kunne ikke skrives:\n{error}"
DREIEBOK_IMPORT_TITLE = "Importer dreiebok"
DREIEBOK_IMPORT_INTRO = (
    "Velg hva hver kolonne i «{file}» skal leses som. Valgene huskes for ark med de "
    "samme kolonnene."
)
DREIEBOK_COLUMN_THEIRS = "Kolonne i arket"
DREIEBOK_COLUMN_OURS = "Leses som"
DREIEBOK_COLUMN_SKIP = "(leses ikke)"
DREIEBOK_CHECK = "&Kontroller"
DREIEBOK_IMPORT = "&Importer"
DREIEBOK_CANCEL = "Avbryt"
DREIEBOK_START = "Klokkeslett i arket regnes fra kl."
DREIEBOK_HEADER_ROW = "Overskriftene står i &rad"
DREIEBOK_OK = "Ingen feil. Dette blir laget:"
DREIEBOK_PROBLEMS = "{count} feil må rettes i regnearket først:"
DREIEBOK_NOTE = "merk: {note}"
DREIEBOK_REFUSED = "Filen kan ikke leses inn:"
DREIEBOK_IMPORTED = "Pakken «{title}» er lagt i {folder}."
ACTION_CLOSE_SESSION = "Lukk økten"
ACTION_QUIT = "Avslutt"
SAVE_AS_ACTION = "Lagre som …"
SAVE_AS_TITLE = "Lagre økten som"
SAVE_AS_HINT = (
    "Velg Fil → Lagre som … for å fortsette i en ny fil; ingenting som er lagret, går tapt."
)
SAVE_AS_DONE = "Økten fortsetter i {path}."
SAVE_AS_FAILED = "Kunne ikke lagre økten som «{path}»: {error}"
SAVE_AS_COPY = "{stem} (kopi)"
MENU_LANGUAGE = "Språk"
LANGUAGE_RESTART = "Øvelse bruker det nye språket neste gang programmet starter."
ACTION_SHORTCUTS = "Hurtigtaster"
ACTION_ABOUT = "Om Øvelse"
ABOUT_TEXT = (
    "Øvelse {version}\n\nDiskusjonsøvelser for kommuner, uten nett.\n"
    "Programmet kobler seg aldri til Internett."
)

# --- library ------------------------------------------------------------------------------
LIBRARY_HEADING = "Velg en scenariopakke"
LIBRARY_BUILTIN = "Innebygde scenariopakker"
LIBRARY_RECENT = "Siste økter"
LIBRARY_NO_RECENT = "Ingen økter ennå."
LIBRARY_OPEN_FOLDER = "Åpne mappe …"
LIBRARY_OPEN_SESSION = "Åpne økt …"
LIBRARY_PREPARE = "Forbered øvelse"
LIBRARY_REOPEN = "Åpne valgt økt"
LIBRARY_PACK_DETAILS = "{region} · {hazard} · {injects} innspill · {duration}"
LIBRARY_PACK_PROFILES = "Profiler: {profiles}"
LIBRARY_NO_PROFILES = "Ingen ferdige profiler – fyll ut skjemaet"
LIBRARY_BROKEN = "Kan ikke brukes: {name}"
LIBRARY_ERRORS_HEADING = "Feil i pakken"
LIBRARY_MISSING_FILE = "{path} (finnes ikke lenger)"
CHOOSE_PACK_FOLDER = "Velg mappen med scenario.yaml"
CHOOSE_SESSION_FILE = "Åpne økt"
SESSION_FILTER = "Øvelse-økter (*.ovelse)"

RESUME_BANNER = "Økten «{name}» ble ikke lukket ordentlig sist. Vil du fortsette der du slapp?"
RESUME_YES = "Fortsett økten"
RESUME_NO = "Ikke nå"

# Answers to a yes/no question (confirm.py).
ANSWER_YES = "Ja"
ANSWER_NO = "Nei"

# --- prepare ------------------------------------------------------------------------------
PREPARE_HEADING = "Forbered: {title}"
PREPARE_PROFILE = "Tilpasning"
PREPARE_PROFILE_CUSTOM = "Egne verdier (fyll ut skjemaet)"
PREPARE_PROFILE_DEFAULTS = "Standardverdier"
PREPARE_VARIABLES = "Verdier"
PREPARE_PREVIEW = "Forhåndsvisning av innspillene"
PREPARE_PREVIEW_EMPTY = "Velg et innspill for å se teksten slik den blir."
PREPARE_ROLES = "Roller rundt bordet"
PREPARE_ROLE_ESSENTIAL = "{title} (bør være med)"
PREPARE_PARTICIPANTS = "Deltakere"
PREPARE_PARTICIPANT_HINT = "Navn er valgfritt: mange kommuner logger bare rolle."
PREPARE_ADD_PARTICIPANT = "Legg til deltaker"
PREPARE_REMOVE_PARTICIPANT = "Fjern deltaker"
PREPARE_PARTICIPANT_COLUMNS = ("Navn", "Organisasjon", "Roller")
PREPARE_AUTO_RELEASE = "Gi innspill automatisk når tiden er inne"
PREPARE_SHORT_VERSION = "Kort versjon ({minutes} min)"
PREPARE_OPTIONAL_INJECT = "{title} (valgfritt)"
PREPARE_SAVE_AS = "Øktfil"
PREPARE_CHOOSE_FILE = "Velg …"
PREPARE_START = "Opprett økten og gå til gjennomføring"
PREPARE_BACK = "Tilbake til biblioteket"
PREPARE_RENDER_ERROR = "Tekstene kan ikke lages med disse verdiene:"
PREPARE_FILE_EXISTS = "Filen «{path}» finnes allerede. Velg et annet navn."
PREPARE_NO_FILE = "Velg hvor økten skal lagres."
PREPARE_MISSING_ESSENTIAL = "Disse rollene bør være med: {roles}."
PREPARE_CREATE_FAILED = "Økten kunne ikke opprettes: {error}"
PREPARE_ROLE_LIST_EMPTY = "(ingen roller valgt)"
PREPARE_PREVIEW_PARTICIPANTS = "Deltakerne ser"
PREPARE_PREVIEW_FACILITATOR = "Bare øvingsleder ser"

# Inject sections, shared by the preview and the console.
INJECT_NOTES = "Notater til øvingsleder"
INJECT_QUESTIONS = "Problemstillinger"
INJECT_EXPECTED = "Forventede handlinger"
INJECT_STALL = "Hvis diskusjonen stopper opp"
INJECT_RESPONSES = "Motspill"
INJECT_MEDIA = "Bilder"
INJECT_BOARD = "Endrer situasjonsbildet"
INJECT_SOURCE = "Fra: {source}"
INJECT_PLANNED = "Planlagt {offset}"
INJECT_SCENARIO_TIME = "Scenariotid: {time}"
INJECT_ROLES = "til {roles}"
INJECT_RESPONSE_LINE = "{actor} ({channel})"

# --- console ------------------------------------------------------------------------------
CLOCK_EXERCISE = "Øvingstid"
CLOCK_SCENARIO = "Scenariotid"
CLOCK_WALL = "Klokka"
CLOCK_WALL_ZONE = "Klokka i øktens tidssone, {zone}, som i loggen og rapporten"
STATE_PAUSED = "PAUSE"
STATE_RUNNING = "PÅGÅR"
STATE_NOT_STARTED = "IKKE STARTET"
STATE_ENDED = "AVSLUTTET"
CONSOLE_CURRENT = "Nå"
CONSOLE_NOTHING_SHOWN = "Ingen innspill er gitt ennå."
CONSOLE_HOLD_SHOWN = "Storskjermen viser ventebildet."
CONSOLE_NEXT = "Neste innspill"
CONSOLE_NO_MORE = "Alle innspill er gitt eller hoppet over."
CONSOLE_DUE_BANNER = "Innspill skal gis: {title} ({due})"
CONSOLE_SHOWN_PREVIOUS = "Viser tidligere innspill: {title}"
BTN_START = "Start øvelsen"
BTN_PAUSE = "Pause"
BTN_RESUME = "Fortsett"
BTN_RELEASE_NEXT = "Gi neste innspill"
BTN_RELEASE_CHOSEN = "Gi valgt innspill"
BTN_SKIP = "Hopp over valgt"
BTN_SHOW_PREVIOUS = "Vis tidligere …"
BTN_HOLD = "Vis ventebilde"
BTN_ADHOC = "Nytt innspill …"
BTN_BOARD = "Situasjonsbilde …"
BTN_END = "Avslutt øvelsen"
BTN_PARTICIPANT = "Storskjerm"
BTN_EVALUATE = "Gå til evaluering"
SCREEN_CHOICE = "Storskjerm på"
SCREEN_SAME = "{name} (samme skjerm – bytt med F12)"
SCREEN_OTHER = "{name}"
SCREEN_NAME = "Skjerm {number} – {width}×{height}"
SCREEN_NAME_MODEL = "Skjerm {number}: {model} – {width}×{height}"
SOUND_ON_DUE = "Lyd når et innspill skal gis"
AUTO_RELEASE_LABEL = "Automatisk innspill"
CONFIRM_END_TITLE = "Avslutte øvelsen?"
CONFIRM_END = (
    "Øvelsen avsluttes og klokka stopper. Du kan fortsatt rette loggen og skrive evalueringen."
)
CONFIRM_SKIP_TITLE = "Hoppe over innspillet?"
CONFIRM_QUIT_TITLE = "Avslutte programmet?"
CONFIRM_QUIT = (
    "Øvelsen er i gang. Alt som er logget, er lagret, og når økten åpnes igjen, står"
    " klokken på pause fra nå. Avslutte programmet?"
)
CONFIRM_EVALUATE_TITLE = "Gå til evaluering?"
CONFIRM_EVALUATE = (
    "Øvelsen er ikke avsluttet, og klokken går videre. Gå til evalueringen likevel?"
    " Avslutt øvelsen med «Avslutt øvelsen» når dere er ferdige."
)
CONFIRM_SKIP = "«{title}» blir ikke gitt. Det står i loggen at det ble hoppet over."
DOWNTIME_PAUSED = (
    "Øvelsen står på pause fra {time}: tiden programmet var lukket, teller ikke som"
    " øvingstid. Fortsett når rommet er klart."
)
COVERED_TYPING = "Logg: {kind} · {roles} · {count} tegn"
COVERED_HINT = "Enter lagrer · F12 viser konsollen"
COVERED_REFUSED = "{key} virker bare i konsollen – F12 viser den"
RESUME_SHOW_CONSOLE_TITLE = "Vise konsollen?"
RESUME_SHOW_CONSOLE = (
    "Storskjermen var oppe da programmet stoppet, og viser nå ventebildet. Vise"
    " øvingslederkonsollen, med notatene, på denne skjermen nå? Svar nei hvis skjermen"
    " deles med rommet: F12 bytter når dere er klare."
)
CHOOSE_PREVIOUS_TITLE = "Vis et tidligere innspill"
CHOOSE_PREVIOUS_LABEL = "Hvilket innspill skal storskjermen vise igjen?"
ENGINE_REFUSED = "{message}"
STORE_FAILED = "Kunne ikke lagre i øktfilen: {error}. Ingenting er tapt fra skjermen – prøv igjen."
READ_ONLY = "Økten er åpen et annet sted og vises bare for lesing."
# Who holds a session shown read-only (read_only.py), and taking it over.
READ_ONLY_HELD = (
    "«{name}» er åpen for endring i et annet Øvelse-vindu {where}{since}. Her kan du bare lese "
    "økten."
)
HELD_HERE = "på denne maskinen (prosess {pid})"
HELD_ON_HOST = "på {host} (prosess {pid})"
HELD_ELSEWHERE = "i et annet program"
HELD_SINCE = " siden {time}"
HELD_SINCE_FORMAT = "%d.%m.%Y kl. %H:%M"  # strftime, local time
RESUME_HELD = (
    "Økten «{name}» er åpen i et annet Øvelse-vindu {where}{since}. Du kan åpne den for lesing her."
)
RESUME_READ_ONLY = "Åpne for lesing"
TAKE_OVER = "Overta økten"
TAKE_OVER_TITLE = "Overta økten?"
TAKE_OVER_QUESTION = (
    "«{name}» er åpen for endring i et annet Øvelse-vindu {where}{since}.\n\n"
    "Overtar du økten, lagres endringene herfra, og det andre vinduet får ikke lagre mer. "
    "Gjør det bare når det andre vinduet ikke er i bruk lenger, for eksempel når maskinen "
    "har hengt seg opp.\n\nVil du overta økten?"
)
SCHEDULE_COLUMNS = ("Planlagt", "Innspill", "Status")
SCHEDULE_STATUS_DUE = "{status} – {due}"
SCHEDULE_ADHOC = "ekstra"
SCHEDULE_SHOWN = " (vises)"

# Ad-hoc inject and board dialogs.
ADHOC_TITLE = "Nytt innspill"
ADHOC_HEADING = "Overskrift"
ADHOC_TEXT = "Tekst til deltakerne"
ADHOC_NOTES = "Notater til øvingsleder (vises ikke på storskjermen)"
ADHOC_QUESTION = "Problemstilling (valgfri)"
ADHOC_QUESTION_ROLES = "Rettet til"
ADHOC_RELEASE = "Gi innspillet nå"
BOARD_TITLE = "Oppdater situasjonsbildet"
BOARD_ITEM = "Punkt"
BOARD_VALUE = "Verdi"
BOARD_STATUS = "Status"
BOARD_APPLY = "Oppdater"
BOARD_STATUS_LABELS = {
    "normal": "Normal",
    "redusert": "Redusert",
    "kritisk": "Kritisk",
    "ukjent": "Ukjent",
}

# --- log ----------------------------------------------------------------------------------
LOG_HEADING = "Beslutningslogg"
LOG_PLACEHOLDER = "Skriv hva som ble besluttet, gjort eller spurt om – Enter lagrer"
LOG_ROLE = "Rolle"
LOG_KIND = "Type"
LOG_INJECT = "Innspill"
LOG_ALL_ROLES = "Alle roller"
LOG_ALL_KINDS = "Alle typer"
LOG_ALL_INJECTS = "Alle innspill"
LOG_NO_INJECT = "(uten innspill)"
LOG_COLUMNS = ("Tid", "Rolle", "Type", "Tekst", "Innspill")
LOG_EDIT = "Rediger"
LOG_DELETE = "Slett"
LOG_HISTORY = "Historikk"
LOG_CONFIRM_DELETE_TITLE = "Slette loggføringen?"
LOG_CONFIRM_DELETE = (
    "«{text}» fjernes fra loggen. Den blir stående i historikken og kan hentes fram igjen."
)
LOG_EDIT_TITLE = "Rediger loggføring"
LOG_HISTORY_TITLE = "Historikk for loggføringen"
LOG_HISTORY_LINE = "{time} · {action} · {kind} · {roles}\n{text}"
LOG_ACTIONS = {"added": "skrevet", "edited": "endret", "deleted": "slettet", "restored": "hentet"}
LOG_OWNER = "Ansvarlig"
LOG_DEADLINE = "Frist"
LOG_SAVED = "Lagret {time}"
LOG_NEED_ROLE = (
    "Velg rolle: Alt+1–9, eller skriv rollens forkortelse fulgt av kolon (f.eks. «ord:»)."
)
LOG_ROLE_HINT = (
    "Alt+1–9 velger rolle · Alt+Shift+1–9 legger til en · Ctrl+B/T/S/O/L velger type · Enter lagrer"
)
LOG_COUNT = "{shown} av {total} føringer"
LOG_NOT_SAVED = "IKKE LAGRET: {message}"
LOG_PIN = "Fest rolle"
LOG_PIN_TIP = "Behold rollevalget til neste føring ({key})"
LOG_ROLES_PINNED = "{roles} (festet)"
LOG_NO_ROLE_CHIP = "Ingen rolle valgt"
LOG_ROLE_BUTTON_TIP = (
    "Alt+{number} velger rollen · Alt+Shift+{number} eller Ctrl+klikk legger den til"
)
LOG_ROLE_BUTTON_TIP_NO_KEY = "Klikk velger rollen · Ctrl+klikk legger den til"

# --- participant view ---------------------------------------------------------------------
PARTICIPANT_WINDOW_TITLE = "Øvelse – storskjerm"
HOLD_BEFORE = "Øvelsen starter snart"
HOLD_PAUSE = "Pause"
HOLD_BETWEEN = "Neste innspill kommer"
HOLD_ENDED = "Øvelsen er avsluttet – takk for innsatsen"
STAGE_QUESTIONS = "Problemstillinger"
STAGE_BOARD = "Situasjonsbilde"
STAGE_QUESTION_ROLES = "→ {roles}"
STAGE_STATUS = {
    "normal": "NORMAL",
    "redusert": "REDUSERT",
    "kritisk": "KRITISK",
    "ukjent": "UKJENT",
}

# --- evaluation ---------------------------------------------------------------------------
EVAL_HEADING = "Evaluering"
EVAL_GOALS = "Mål og måloppnåelse"
EVAL_GOAL_COMMENT = "Kommentar"
EVAL_NOT_RATED = "Ikke vurdert"
EVAL_NO_GOALS = "Scenarioet har ingen mål å vurdere."
EVAL_FINDINGS = "Funn"
EVAL_ADD = "Legg til"
EVAL_EDIT = "Rediger"
EVAL_DELETE = "Slett"
EVAL_UP = "Flytt opp"
EVAL_DOWN = "Flytt ned"
EVAL_FROM_LOG = "Fra loggen …"
EVAL_FROM_LOG_TITLE = "Læringspunkter fra loggen"
EVAL_FROM_LOG_LABEL = "Velg loggføringer som skal bli læringspunkter:"
EVAL_NOTE_TITLE = "Punkt"
EVAL_NOTE_TEXT = "Tekst"
EVAL_ACTION_PLAN = "Tiltaksplan"
EVAL_ACTION_COLUMNS = ("Tiltak", "Ansvarlig", "Frist", "Status", "Plan/ROS-avsnitt", "Prioritet")
EVAL_ACTION_TITLE = "Tiltak"
EVAL_ACTION_MEASURE = "Tiltak"
EVAL_ACTION_OWNER = "Ansvarlig"
EVAL_ACTION_DEADLINE = "Frist"
EVAL_ACTION_NO_DEADLINE = "Ingen frist"
EVAL_ACTION_STATUS = "Status"
EVAL_ACTION_SECTION = "Plan- eller ROS-avsnitt"
EVAL_TEXTS = "Sammendrag og veien videre"
EVAL_ABOUT = "Om rapporten"
EVAL_MARKING = "Merking (offentleglova)"
EVAL_MARKING_CUSTOM = "Egen merketekst"
EVAL_SAVE = "Lagre"
EVAL_SAVED = "Lagret."
EVAL_TO_REPORT = "Gå til rapport"
EVAL_DATE_HINT = "åååå-mm-dd"
EVAL_BACKGROUND_HINT = (
    "Hvorfor øvelsen ble holdt, hvem som bestilte den og hvilken plan eller ROS-analyse den "
    "prøver. Står feltet tomt, brukes hensikten fra scenariopakken."
)
EVAL_DEFAULT_HINT = "Står feltet tomt, brukes denne teksten i rapporten:"
EVAL_ACTION_PRIORITY = "Prioritet"

# --- report -------------------------------------------------------------------------------
REPORT_HEADING = "Rapport og eksport"
REPORT_PDF = "Lag evalueringsrapport (PDF) …"
REPORT_BY_ROLE = "Ta med beslutningsloggen etter rolle som eget vedlegg"
REPORT_LANGUAGE = "Rapportens språk:"
REPORT_CSV = "Eksporter beslutningsloggen (CSV) …"
REPORT_JSON = "Eksporter hele økten (JSON) …"
REPORT_OPEN = "Åpne filen"
REPORT_OPEN_FOLDER = "Åpne mappen"
REPORT_WRITTEN = "Skrev {path}"
REPORT_FAILED = "Kunne ikke skrive {path}: {error}"
REPORT_FILTER_PDF = "PDF (*.pdf)"
REPORT_FILTER_CSV = "CSV (*.csv)"
REPORT_FILTER_JSON = "JSON (*.json)"
REPORT_FILE_STEMS = {"pdf": "evalueringsrapport", "csv": "beslutningslogg", "json": "okt"}
REPORT_FILE_MARKED = "UNNTATT-OFFENTLIGHET"  # in the suggested file name of a marked session
REPORT_BACK = "Tilbake til evalueringen"
REPORT_INTRO = (
    "Rapporten og eksportene lages fra øktfilen. Du kan komme tilbake og lage dem på nytt "
    "når evalueringen er endret."
)

# --- errors -------------------------------------------------------------------------------
OPEN_FAILED_TITLE = "Kan ikke åpne"
OPEN_FAILED = "Økten «{path}» kan ikke åpnes: {error}"
PACK_FAILED = "Scenariopakken kan ikke brukes:"
UNEXPECTED_ERROR = "Noe gikk galt: {error}"

# --- shortcuts sheet ----------------------------------------------------------------------
SHORTCUTS_TITLE = "Hurtigtaster"
SHORTCUTS_HINT = "F1 viser denne listen. Esc lukker den."
KEY_SPACE = "Mellomrom"
# What each key in shortcuts.py does, by its name there.
SHORTCUT_LABELS = {
    "release_next": "Gi neste innspill",
    "toggle_run": "Start øvelsen / pause / fortsett",
    "hold": "Vis ventebildet på storskjermen / vis innspillet igjen",
    "adhoc": "Nytt innspill",
    "board": "Oppdater situasjonsbildet",
    "release_chosen": "Gi innspillet som er valgt i listen",
    "skip": "Hopp over innspillet som er valgt i listen",
    "show_previous": "Vis et tidligere innspill på storskjermen",
    "schedule": "Gå til innspillisten",
    "end": "Avslutt øvelsen (spør først)",
    "picture": "Vis bildet stort på storskjermen / vis hele innspillet igjen",
    "participant_full": "Storskjermen i fullskjerm av/på",
    "swap_screens": (
        "Én skjerm: bytt mellom storskjerm og konsoll (det du skriver mens storskjermen"
        " dekker konsollen, går til loggen)"
    ),
    "help": "Vis hurtigtastene",
    "roles": "Velg rolle nr. 1–9 i stedet for den som var valgt (tallene står på knappene)",
    "add_role": "Legg til eller fjern én rolle i valget (også Ctrl+klikk på knappen)",
    "clear_roles": "Fjern valgte roller",
    "pin_roles": "Fest rollevalget, så det blir stående etter Enter (av/på)",
    "prefix": "Rolle med forkortelse: skriv starten av rollen og kolon",
    "decision": "Type: beslutning",
    "action": "Type: tiltak",
    "question": "Type: spørsmål",
    "observation": "Type: observasjon",
    "learning": "Type: læringspunkt",
    "save": (
        "Lagre føringen; rollevalget tømmes etterpå hvis det ikke er festet"
        " (teksten blir stående hvis den ikke ble lagret)"
    ),
    "focus_log": "Gå til loggen; Esc tilbake til skrivefeltet",
    "edit": "Rediger valgt føring",
    "delete": "Slett valgt føring (spør først)",
    "history": "Vis historikken til valgt føring",
    "steps": "Gå til trinn 1–5 (tallene står på knappene)",
    "tailor": "Tilpass: endre pakken som er valgt i biblioteket eller i forberedelsen",
}

# --- Qt's own words -----------------------------------------------------------------------
# Qt ships no bokmål catalogue, so its standard buttons (OK/Cancel/Close in every dialog)
# and the text fields' context menu would be English. language.py answers Qt's lookups
# for these source texts (Qt's English, with & before the shortcut letter) from here.
QT_STANDARD_TEXTS = {
    "OK": "OK",
    "Cancel": "Avbryt",
    "Close": "Lukk",
    "Save": "Lagre",
    "Open": "Åpne",
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
    "&Redo": "&Gjør om",
    "Cu&t": "Klipp &ut",
    "&Copy": "&Kopier",
    "Copy &Link Location": "Kopier &lenkeadresse",
    "&Paste": "&Lim inn",
    "Delete": "Slett",
    "Select All": "Merk alt",
}

# The words of Qt's own file dialog (used when the system's would speak another language,
# see file_dialogs.py), keyed like QT_STANDARD_TEXTS by Qt's English source text.
QT_FILE_DIALOG_TEXTS = {
    "Look in:": "Se i:",
    "&Look in:": "&Se i:",
    "Files of &type:": "Fil&type:",
    "Show ": "Vis ",
    "File &name:": "Fil&navn:",
    "Files of type:": "Filtype:",
    "Directory:": "Mappe:",
    "&Open": "&Åpne",
    "&Save": "&Lagre",
    "&Choose": "&Velg",
    "Open": "Åpne",
    "Save As": "Lagre som",
    "Find Directory": "Finn mappe",
    "Back": "Tilbake",
    "Forward": "Fram",
    "Parent Directory": "Overordnet mappe",
    "Go back": "Gå tilbake",
    "Go forward": "Gå fram",
    "Go to the parent directory": "Gå til den overordnede mappen",
    "Create New Folder": "Lag ny mappe",
    "Create a New Folder": "Lag en ny mappe",
    "List View": "Liste",
    "Detail View": "Detaljer",
    "Change to list view mode": "Vis som liste",
    "Change to detail view mode": "Vis med detaljer",
    "New Folder": "Ny mappe",
    "&New Folder": "&Ny mappe",
    "&Rename": "&Gi nytt navn",
    "&Delete": "&Slett",
    "Delete": "Slett",
    "Remove": "Fjern",
    "Show &hidden files": "Vis &skjulte filer",
    "Sidebar": "Sidestolpe",
    "List of places and bookmarks": "Steder og bokmerker",
    "Recent Places": "Nylig brukte steder",
    "My Computer": "Datamaskinen",
    "Computer": "Datamaskin",
    "Directories": "Mapper",
    "Files": "Filer",
    "File": "Fil",
    "Folder": "Mappe",
    "File Folder": "Filmappe",
    "Drive": "Stasjon",
    "Shortcut": "Snarvei",
    "Alias": "Alias",
    "Unknown": "Ukjent",
    "%1 File": "%1-fil",
    "All Files (*)": "Alle filer (*)",
    "All files (*)": "Alle filer (*)",
    "Name": "Navn",
    "Size": "Størrelse",
    "Type": "Type",
    "Kind": "Type",
    "Date Modified": "Sist endret",
    "Invalid filename": "Ugyldig filnavn",
    "%1 already exists.\nDo you want to replace it?": "%1 finnes allerede.\nVil du erstatte den?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nFinner ikke filen.\nSjekk at filnavnet er riktig.",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nFinner ikke mappen.\nSjekk at mappenavnet er riktig.",
    "Are you sure you want to delete '%1'?": "Er du sikker på at du vil slette «%1»?",
    "'%1' is write protected.\nDo you want to delete it anyway?": "«%1» er skrivebeskyttet.\nVil du slette den likevel?",
    "Could not delete directory.": "Kunne ikke slette mappen.",
}

# --- the scenario editor («Tilpass») -------------------------------------------------------
STEP_TAILOR = "Tilpass"
STEP_TAILOR_TIP = "Endre innspill, tider, roller og tekster i pakken før øvelsen"
EDITOR_HEADING = "Tilpass pakken"
EDITOR_OUTLINE = "Innhold"
EDITOR_PACK = "Pakken"
EDITOR_OBJECTIVES = "Mål"
EDITOR_ROLES = "Roller"
EDITOR_VARIABLES = "Variabler"
EDITOR_BOARD = "Situasjonsbilde"
EDITOR_RESPONSES = "Motspill"
EDITOR_PHASES = "Faser og innspill"
EDITOR_PROFILES = "Profiler"
EDITOR_QUESTION = "Spørsmål: {text}"
EDITOR_NAME = "Navn"
EDITOR_DEFAULT_CHOICE = "(som øvelsen er satt opp)"
EDITOR_YES = "ja"
EDITOR_NO = "nei"
EDITOR_LIST_HINT = "Én per linje"
EDITOR_IDS_HINT = "Id-er skilt med komma"
EDITOR_ROLE_UNKNOWN = "{id} – finnes ikke i pakken"
EDITOR_NO_PROBLEMS = "Ingen feil: pakken kan brukes."
EDITOR_PROBLEMS = "{count} feil – pakken kan lagres som utkast, men ikke brukes før de er rettet."
EDITOR_SAVE = "Lagre som ny pakke"
EDITOR_SAVE_TIP = "Lagrer en kopi under «Mine pakker» (Ctrl+S); den innebygde pakken endres ikke"
EDITOR_SAVE_IN = "Lagre i mappe …"
EDITOR_SAVE_IN_CAPTION = "Velg en tom mappe for pakken"
EDITOR_SAVED = "Lagret i «{folder}»."
EDITOR_SAVED_WITH_PROBLEMS = "Lagret som utkast i «{folder}». Rett feilene før pakken kan brukes."
EDITOR_UNDO = "Angre {label}"
EDITOR_REDO = "Gjør om {label}"
EDITOR_KEYS = (
    "Insert: legg til etter · Ctrl+Insert: legg til under · Delete: slett · Ctrl+D: dupliser · "
    "Alt+↑/↓: flytt · Alt+Shift+↑/↓: til forrige/neste fase · Ctrl+Z/Ctrl+Y: angre/gjør om · "
    "Ctrl+E i en tekst: sett inn en variabel · Enter: til feltene, Esc: tilbake · "
    "Mellomrom: kryss av i en liste"
)
EDITOR_UNSAVED_TITLE = "Endringer som ikke er lagret"
EDITOR_UNSAVED_TEXT = "Pakken har endringer som ikke er lagret. Vil du forlate dem?"
EDITOR_OPEN_FAILED = "Pakken kan ikke åpnes for tilpasning:\n{error}"
EDITOR_PICTURE = "Legg til bilde …"
EDITOR_PICTURE_CAPTION = "Velg et bilde (PNG, JPEG eller SVG)"
EDITOR_PICTURE_FILTER = "Bilder (*.png *.jpg *.jpeg *.svg)"
LIBRARY_MINE = "Mine pakker · {title}"
EDITOR_PICTURE_ROW = "Bilde: {path}"
EDITOR_REHEARSE = "Prøvekjøring"
EDITOR_REHEARSE_TIP = (
    "Kjør pakken på en rask klokke (×10 eller ×60) uten å lagre noen økt, for å se flyten, "
    "innspillene og situasjonsbildet før øvelsen"
)
REHEARSAL_TITLE = "Prøvekjøring – {title}"
REHEARSAL_NOTE = (
    "Prøvekjøring: ingenting lagres. Innspillene gis automatisk når tiden er inne; klokken går "
    "raskere enn vanlig."
)
REHEARSAL_SPEED = "×{speed}"
REHEARSAL_NEXT = "Neste innspill"
REHEARSAL_PAUSE = "Pause"
REHEARSAL_RESUME = "Fortsett"
REHEARSAL_CLOSE = "Lukk"
REHEARSAL_STATUS = "Øvingstid {time} av {end}"
EDITOR_TAB_FIELDS = "Felt"
EDITOR_TAB_PREVIEW = "Forhåndsvisning"
EDITOR_PREVIEW_DEFAULTS = "Standardverdiene"
EDITOR_PREVIEW_WAITS = "Forhåndsvisningen vises når feilene i pakken er rettet."
EDITOR_PREVIEW_CHOOSE = "Velg et innspill i innholdet for å se det slik storskjermen viser det."
EDITOR_BOARD_HINT = "Én endring per linje: punkt-id: ny verdi [kritisk]"
EDITOR_VALUES_HINT = "Én verdi per linje: variabel: verdi"
EDITOR_TABLE_LINE = "linje {line}: skriv «navn: verdi»"
EDITOR_TABLE_TWICE = "linje {line}: «{key}» står to ganger"
# The form's label for each field of the format; a field not named here shows its key.
EDITOR_FIELD_LABELS = {
    "format": "Formatversjon",
    "id": "Id",
    "title": "Tittel",
    "summary": "Sammendrag",
    "hazard": "Uønsket hendelse",
    "region": "Region",
    "duration": "Varighet",
    "exercise_form": "Øvelsesform",
    "language": "Språk",
    "version": "Versjon",
    "author": "Forfatter",
    "background": "Bakteppe",
    "purpose": "Hensikt",
    "tags": "Stikkord",
    "short_duration": "Varighet, kortversjon",
    "marking": "Gradering",
    "based_on": "Laget fra",
    "description": "Beskrivelse",
    "at": "Tidspunkt",
    "text": "Tekst",
    "scenario_time": "Scenariotid",
    "source": "Kilde",
    "notes": "Notater til øvingsleder",
    "expected_actions": "Forventede handlinger",
    "stall_prompts": "Hjelpespørsmål",
    "responses": "Motspill",
    "objectives": "Mål",
    "auto_release": "Gis automatisk",
    "optional": "Valgfritt",
    "short_at": "Tidspunkt, kortversjon",
    "indicator": "Indikator",
    "essential": "Nødvendig rolle",
    "label": "Ledetekst",
    "default": "Standardverdi",
    "help": "Hjelpetekst",
    "value": "Verdi",
    "status": "Farge",
    "actor": "Aktør",
    "channel": "Kanal",
    "municipality": "Kommune",
    "sami_language_area": "Samisk forvaltningsområde",
    "path": "Bilde",
    "caption": "Bildetekst",
    "alt": "Beskrivelse av bildet",
    "roles": "Roller",
    "board": "Situasjonsbilde",
    "media": "Bilder",
    "values": "Verdier",
}

# --- exempt parts (skjerming) and the report's formats ------------------------------------
EVAL_EXEMPT = "Skjerming"
EVAL_EXEMPT_INTRO = (
    "Det som merkes skjermet, står i den fullstendige rapporten, men utelates i den "
    "offentlige versjonen. Hjemmelen er merkingen under Rapporttekster. Mellomrom krysser av "
    "en loggføring; i funnlistene og tiltaksplanen skjermer Ctrl+U punktet som er valgt."
)
EVAL_EXEMPT_ENTRIES = "Loggføringer"
EVAL_EXEMPT_TEXTS = "Tekster"
EVAL_EXEMPT_APPENDICES = "Hele vedlegg"
EVAL_EXEMPT_BUTTON = "Skjerm (Ctrl+U)"
EVAL_EXEMPT_TAG = "[skjermet] "
EVAL_EXEMPT_GOAL = "Skjermet"
EVAL_EXEMPT_GOAL_TIP = "Vurderingen og kommentaren utelates i den offentlige versjonen"
REPORT_DOCX = "Lag evalueringsrapport (Word) …"
REPORT_PUBLIC_PDF = "Lag offentlig versjon (PDF) …"
REPORT_PUBLIC_DOCX = "Lag offentlig versjon (Word) …"
REPORT_FILTER_DOCX = "Word-dokument (*.docx)"
REPORT_FILE_PUBLIC = "offentlig"  # in the suggested file name of the public version
REPORT_ACCESSIBLE_HINT = (
    "Word-filen er den tilgjengelige utgaven (overskrifter, tabelloverskrifter, språk); "
    "PDF-en er til utskrift og arkiv."
)
