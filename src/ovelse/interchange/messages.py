"""What the dreiebok import and export say about a file, in bokmål, in one place.

Each message is shown after a place («Innspill!D14: roller 1: …»), so it starts in lower
case and says what to do. Read them at use time (``messages.X``); ``ovelse.i18n`` swaps
them for the nynorsk or English catalogue. Sheet and column names are the file format's
and stay as they are in every language, so they come in as ``{sheet}`` and ``{column}``.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_

HINT = N_(" (mente du «{hint}»?)")

# --- the file as a whole ---------------------------------------------------------------
NO_FILE = N_("filen finnes ikke")
IS_FOLDER = N_("forventet en fil, men dette er en mappe")
NOT_REGULAR = N_("dette er ikke en vanlig fil")
CANNOT_READ = N_("filen kan ikke leses: {reason}")
FILE_TOO_BIG = N_(
    "filen er {size} MB; en dreiebok som leses inn kan være høyst {limit} MB – fjern bilder "
    "og ark som ikke trengs, eller del den opp"
)
MACROS = N_(
    "arbeidsboken har makroer (.xlsm); Øvelse leser ikke makroer – lagre den som vanlig "
    "Excel-arbeidsbok (.xlsx) og prøv igjen"
)
OLD_OR_ENCRYPTED = N_(
    "filen er en passordbeskyttet arbeidsbok eller i det gamle .xls-formatet – fjern passordet "
    "og lagre den som Excel-arbeidsbok (.xlsx)"
)
NOT_XLSX = N_(
    "filen er ikke en Excel-arbeidsbok (.xlsx) – lagre den som .xlsx, eller som CSV UTF-8"
)
ZIP_BOMB = N_(
    "arbeidsboken pakkes ut til langt mer enn den fyller (over 100 ganger); den leses ikke, "
    "for den kan fylle minnet"
)
ZIP_TOO_BIG = N_("arbeidsboken blir over {limit} MB når den pakkes ut; den leses ikke")
TOO_MANY_CELLS = N_(
    "arbeidsboken har over {limit} celler; en dreiebok har langt færre – slett tomme rader og "
    "kolonner som er formatert helt ned, eller del den opp"
)
ZIP_MEMBERS = N_("arbeidsboken har over {limit} deler inni seg; den leses ikke")
UNREADABLE = N_(
    "arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller LibreOffice og lagre "
    "den på nytt"
)
CSV_NOT_UTF8 = N_(
    "CSV-filen er ikke UTF-8 (byte {byte}, trolig «{letter}» i Windows-1252) – lagre den "
    "som «CSV UTF-8 (kommadelt)» og prøv igjen"
)
CSV_UTF16 = N_("CSV-filen er UTF-16 – lagre den som «CSV UTF-8 (kommadelt)» og prøv igjen")
CSV_BROKEN = N_("CSV-filen kan ikke leses: {detail}")
NO_SUCH_SHEET = N_("arbeidsboken har ikke arket «{sheet}»; den har {sheets}")
NO_VISIBLE_SHEET = N_("arbeidsboken har ingen synlige ark")
OUTPUT_NOT_EMPTY = N_("mappen finnes allerede og er ikke tom; velg en ny mappe for pakken")
MORE_PROBLEMS = N_("… og {count} feil til (bare de første 100 vises)")

# --- sheets, rows and cells ------------------------------------------------------------
HIDDEN_SHEET = N_("arket er skjult – vis det (høyreklikk på arkfanen, «Vis») og prøv igjen")
HIDDEN_SHEET_IGNORED = N_("skjult ark som ikke hører til dreieboken; leses ikke")
SHEET_IGNORED = N_("arket hører ikke til dreieboken og leses ikke")
FIRST_SHEET_USED = N_("fant ikke arket «{sheet}»; innspillene leses fra dette arket")
MERGED = N_(
    "sammenslåtte celler – verdien står bare i den første; del opp sammenslåingen og skriv "
    "verdien i hver celle"
)
HIDDEN_ROW = N_("raden er skjult – vis den, eller slett den hvis den ikke skal være med")
HIDDEN_COLUMN = N_(
    "kolonnen «{header}» er skjult – vis den, eller slett den hvis den ikke skal være med"
)
EMPTY_ROWS = N_("tom rad hoppes over")
UNKNOWN_COLUMN = N_(
    "kolonnen «{header}» er ukjent og leses ikke (se kolonnetilordning i docs/dreiebok.md)"
)
DUPLICATE_COLUMN = N_("kolonnen «{header}» betyr det samme som kolonne {other}; slett den ene")
NO_HEADERS = N_("fant ingen kjente kolonneoverskrifter i denne raden")
TOO_MANY_ROWS = N_("arket har over {limit} rader; bare de første leses")
TOO_MANY_COLUMNS = N_("arket har over {limit} kolonner og leses ikke")
ERROR_VALUE = N_("cellen har feilverdien {value} – rett formelen eller skriv inn verdien")
TEXT_AT_CELL_LIMIT = N_(
    "teksten fyller hele cellen ({limit} tegn, det meste Excel har plass til) og kan være "
    "kuttet; del den opp, eller skriv den i scenario.yaml"
)
TEXT_TOO_LONG = N_("teksten er {length} tegn; en tekst kan være høyst {limit} tegn")
FORMULA_CACHED = N_(
    "cellen har en formel; Øvelse regner aldri ut formler og bruker verdien som sist ble "
    "lagret i filen"
)
FORMULA_NO_VALUE = N_(
    "cellen har en formel uten lagret verdi; Øvelse regner aldri ut formler – skriv inn "
    "verdien (eller åpne og lagre filen i Excel eller LibreOffice)"
)
CONTROL_IN_CELL = N_("teksten har styretegnet {code}, som ikke kan stå i en pakke; slett det")
CONTROL_CHARACTER = N_("teksten har et styretegn som en arbeidsbok ikke kan ha")

# --- what a row says -------------------------------------------------------------------
NOT_A_TIME = N_("«{value}» er ikke et tidspunkt (skriv for eksempel +00:25, 00:25 eller 25)")
NOT_A_SCENARIO_TIME = N_("«{value}» er ikke en scenariotid (skriv for eksempel {example})")
TIME_TOO_LATE = N_("tidspunktet er over {hours} timer etter start")
BEFORE_START = N_("klokken {value} er før øvelsens start")
CLOCK_START = N_("klokkeslettene regnes fra {start} (første rad) som øvelsens start")
NO_TIME = N_("raden mangler planlagt tid")
NO_TITLE = N_("raden mangler tittel")
NO_INJECTS = N_("fant ingen innspill")
ROW_WITHOUT_ID = N_("raden mangler id")
ROW_WITHOUT_NAME = N_("raden mangler navn")
VARIABLE_TWICE = N_("variabelen «{name}» står to ganger")
NO_SUCH_ROLE = N_("rollen «{role}» finnes ikke")
NO_SUCH_PHASE = N_("fasen «{phase}» finnes ikke i arket «{sheet}»")
NO_PARENT_GOAL = N_("målet «{goal}» finnes ikke over denne raden")
PHASE_SPLIT = N_(
    "fasen «{phase}» står også lenger opp, med en annen fase imellom; rader i samme fase må stå samlet"
)
PHASE_GUESSED = N_("raden har ingen fase; innspillene legges i «{phase}»")
QUESTION_WITHOUT_ROLE_COLUMN = N_("spørsmålet mangler rolle – fyll ut «{column}»")
ROLES_WITHOUT_QUESTION = N_("rollene står uten spørsmål")
QUESTION_WITHOUT_ROLES = N_(
    "«{line}» mangler rolle – skriv «rolle: spørsmål», f.eks. «ordforer: Hva gjør dere?»"
)
BOARD_LINE = N_(
    "«{line}» – skriv en endring per linje som «punkt: verdi» eller «punkt: verdi [kritisk]»"
)
BOARD_STATUS = N_(
    "«{status}» er ikke en status; skriv [normal], [redusert], [kritisk] eller [ukjent]"
)
MIXED_TIMES = N_(
    "klokkeslett her, men tid fra start i raden over (eller omvendt); skriv alle tidene på "
    "samme måte"
)
BOARD_TWICE = N_("punktet «{item}» endres to ganger i samme innspill")
MEDIA_LINE = N_("«{line}» – skriv et bilde per linje som «sti | bildetekst | beskrivelse»")
YES_NO = N_("«{value}» – skriv «ja» eller «nei»")
FIELD_NOT_HERE = N_("feltet «{field}» hører ikke til på denne raden")
INDICATOR_ON_GOAL = N_("bare delmål har indikator; flytt den til et delmål under dette målet")
EXERCISE_NO_FIELD = N_("verdien står uten felt i kolonne A")
EXERCISE_UNKNOWN_FIELD = N_("feltet «{field}» er ukjent")
ID_GUESSED = N_("arbeidsboken har ikke arket «{sheet}»; pakken får id-en «{id}»")
TITLE_GUESSED = N_("pakken får tittelen «{title}» etter filnavnet")
DURATION_GUESSED = N_("arbeidsboken oppgir ingen varighet; pakken får {duration}")
ROLES_INFERRED = N_(
    "arbeidsboken har ikke arket «{sheet}»; rollene hentes fra standardkatalogen: {roles}"
)

# --- the workbook written ---------------------------------------------------------------
DROPDOWN_TITLE = N_("Ukjent verdi")
DROPDOWN_ERROR = N_("Velg en verdi fra listen (den står i arket med samme navn).")

# --- the dry run ------------------------------------------------------------------------
SUMMARY_PACK = N_(
    "Pakken «{id}» ({title}): {phases} faser, {injects} innspill, {roles} roller, {goals} mål, "
    "{board} punkter i situasjonsbildet, {responses} motspill, {variables} variabler"
)
SUMMARY_FILE = N_("  fil: {file}")
SUMMARY_PHASE = N_("  fase {id}: {title}")
SUMMARY_INJECT = N_("    {at}  {id}: {title} ({questions} spørsmål)")

# --- the column mapping file ------------------------------------------------------------
MAPPING_NOT_TABLE = N_(
    "kolonnetilordningen må være en tabell med «ark», «overskriftsrad» og «kolonner»"
)
MAPPING_UNKNOWN_KEY = N_("«{key}» er ukjent; bruk «ark», «overskriftsrad» eller «kolonner»")
MAPPING_BAD_VALUE = N_(
    "«{key}» har en verdi av feil slag (ark: navn, overskriftsrad: tall, kolonner: tabell)"
)
MAPPING_NOT_HEADER = N_(
    'skriv overskriften i dreieboken som kolonnen skal leses som, eller "" for å hoppe over den'
)
MAPPING_UNKNOWN_HEADER = N_("«{header}» er ikke en kolonne i dreieboken")
NO_SUCH_PROFILE = N_("pakken har ingen profil «{profile}»; den har {profiles}")
