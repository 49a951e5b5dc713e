"""What the dreiebok import and export say about a file, in bokmål, in one place.

Each message is shown after a place («Innspill!D14: roller 1: …»), so it starts in lower
case and says what to do. Read them at use time (``messages.X``); ``ovelse.i18n`` swaps
them for the nynorsk or English catalogue. Sheet and column names are the file format's
and stay as they are in every language, so they come in as ``{sheet}`` and ``{column}``.
"""

from __future__ import annotations

HINT = " (mente du «{hint}»?)"

# --- the file as a whole ---------------------------------------------------------------
NO_FILE = "filen finnes ikke"
IS_FOLDER = "forventet en fil, men dette er en mappe"
NOT_REGULAR = "dette er ikke en vanlig fil"
CANNOT_READ = "filen kan ikke leses: {reason}"
FILE_TOO_BIG = (
    "filen er {size} MB; en dreiebok som leses inn kan være høyst {limit} MB – fjern bilder "
    "og ark som ikke trengs, eller del den opp"
)
MACROS = (
    "arbeidsboken har makroer (.xlsm); Øvelse leser ikke makroer – lagre den som vanlig "
    "Excel-arbeidsbok (.xlsx) og prøv igjen"
)
OLD_OR_ENCRYPTED = (
    "filen er en passordbeskyttet arbeidsbok eller i det gamle .xls-formatet – fjern passordet "
    "og lagre den som Excel-arbeidsbok (.xlsx)"
)
NOT_XLSX = "filen er ikke en Excel-arbeidsbok (.xlsx) – lagre den som .xlsx, eller som CSV UTF-8"
ZIP_BOMB = (
    "arbeidsboken pakkes ut til langt mer enn den fyller (over 100 ganger); den leses ikke, "
    "for den kan fylle minnet"
)
ZIP_TOO_BIG = "arbeidsboken blir over {limit} MB når den pakkes ut; den leses ikke"
TOO_MANY_CELLS = (
    "arbeidsboken har over {limit} celler; en dreiebok har langt færre – slett tomme rader og "
    "kolonner som er formatert helt ned, eller del den opp"
)
ZIP_MEMBERS = "arbeidsboken har over {limit} deler inni seg; den leses ikke"
UNREADABLE = (
    "arbeidsboken er skadet og kan ikke leses – åpne den i Excel eller LibreOffice og lagre "
    "den på nytt"
)
CSV_NOT_UTF8 = (
    "CSV-filen er ikke UTF-8 (byte {byte}, trolig «{letter}» i Windows-1252) – lagre den "
    "som «CSV UTF-8 (kommadelt)» og prøv igjen"
)
CSV_UTF16 = "CSV-filen er UTF-16 – lagre den som «CSV UTF-8 (kommadelt)» og prøv igjen"
CSV_BROKEN = "CSV-filen kan ikke leses: {detail}"
NO_SUCH_SHEET = "arbeidsboken har ikke arket «{sheet}»; den har {sheets}"
NO_VISIBLE_SHEET = "arbeidsboken har ingen synlige ark"
OUTPUT_NOT_EMPTY = "mappen finnes allerede og er ikke tom; velg en ny mappe for pakken"
MORE_PROBLEMS = "… og {count} feil til (bare de første 100 vises)"

# --- sheets, rows and cells ------------------------------------------------------------
HIDDEN_SHEET = "arket er skjult – vis det (høyreklikk på arkfanen, «Vis») og prøv igjen"
HIDDEN_SHEET_IGNORED = "skjult ark som ikke hører til dreieboken; leses ikke"
SHEET_IGNORED = "arket hører ikke til dreieboken og leses ikke"
FIRST_SHEET_USED = "fant ikke arket «{sheet}»; innspillene leses fra dette arket"
MERGED = (
    "sammenslåtte celler – verdien står bare i den første; del opp sammenslåingen og skriv "
    "verdien i hver celle"
)
HIDDEN_ROW = "raden er skjult – vis den, eller slett den hvis den ikke skal være med"
HIDDEN_COLUMN = (
    "kolonnen «{header}» er skjult – vis den, eller slett den hvis den ikke skal være med"
)
EMPTY_ROWS = "tom rad hoppes over"
UNKNOWN_COLUMN = (
    "kolonnen «{header}» er ukjent og leses ikke (se kolonnetilordning i docs/dreiebok.md)"
)
DUPLICATE_COLUMN = "kolonnen «{header}» betyr det samme som kolonne {other}; slett den ene"
NO_HEADERS = "fant ingen kjente kolonneoverskrifter i denne raden"
TOO_MANY_ROWS = "arket har over {limit} rader; bare de første leses"
TOO_MANY_COLUMNS = "arket har over {limit} kolonner og leses ikke"
ERROR_VALUE = "cellen har feilverdien {value} – rett formelen eller skriv inn verdien"
TEXT_AT_CELL_LIMIT = (
    "teksten fyller hele cellen ({limit} tegn, det meste Excel har plass til) og kan være "
    "kuttet; del den opp, eller skriv den i scenario.yaml"
)
TEXT_TOO_LONG = "teksten er {length} tegn; en tekst kan være høyst {limit} tegn"
FORMULA_CACHED = (
    "cellen har en formel; Øvelse regner aldri ut formler og bruker verdien som sist ble "
    "lagret i filen"
)
FORMULA_NO_VALUE = (
    "cellen har en formel uten lagret verdi; Øvelse regner aldri ut formler – skriv inn "
    "verdien (eller åpne og lagre filen i Excel eller LibreOffice)"
)
CONTROL_IN_CELL = "teksten har styretegnet {code}, som ikke kan stå i en pakke; slett det"
CONTROL_CHARACTER = "teksten har et styretegn som en arbeidsbok ikke kan ha"

# --- what a row says -------------------------------------------------------------------
NOT_A_TIME = "«{value}» er ikke et tidspunkt (skriv for eksempel +00:25, 00:25 eller 25)"
NOT_A_SCENARIO_TIME = "«{value}» er ikke en scenariotid (skriv for eksempel {example})"
TIME_TOO_LATE = "tidspunktet er over {hours} timer etter start"
BEFORE_START = "klokken {value} er før øvelsens start"
CLOCK_START = "klokkeslettene regnes fra {start} (første rad) som øvelsens start"
NO_TIME = "raden mangler planlagt tid"
NO_TITLE = "raden mangler tittel"
NO_INJECTS = "fant ingen innspill"
ROW_WITHOUT_ID = "raden mangler id"
ROW_WITHOUT_NAME = "raden mangler navn"
VARIABLE_TWICE = "variabelen «{name}» står to ganger"
NO_SUCH_ROLE = "rollen «{role}» finnes ikke"
NO_SUCH_PHASE = "fasen «{phase}» finnes ikke i arket «{sheet}»"
NO_PARENT_GOAL = "målet «{goal}» finnes ikke over denne raden"
PHASE_SPLIT = "fasen «{phase}» står også lenger opp, med en annen fase imellom; rader i samme fase må stå samlet"
PHASE_GUESSED = "raden har ingen fase; innspillene legges i «{phase}»"
QUESTION_WITHOUT_ROLE_COLUMN = "spørsmålet mangler rolle – fyll ut «{column}»"
ROLES_WITHOUT_QUESTION = "rollene står uten spørsmål"
QUESTION_WITHOUT_ROLES = (
    "«{line}» mangler rolle – skriv «rolle: spørsmål», f.eks. «ordforer: Hva gjør dere?»"
)
BOARD_LINE = (
    "«{line}» – skriv en endring per linje som «punkt: verdi» eller «punkt: verdi [kritisk]»"
)
BOARD_STATUS = "«{status}» er ikke en status; skriv [normal], [redusert], [kritisk] eller [ukjent]"
MIXED_TIMES = (
    "klokkeslett her, men tid fra start i raden over (eller omvendt); skriv alle tidene på "
    "samme måte"
)
BOARD_TWICE = "punktet «{item}» endres to ganger i samme innspill"
MEDIA_LINE = "«{line}» – skriv et bilde per linje som «sti | bildetekst | beskrivelse»"
YES_NO = "«{value}» – skriv «ja» eller «nei»"
FIELD_NOT_HERE = "feltet «{field}» hører ikke til på denne raden"
INDICATOR_ON_GOAL = "bare delmål har indikator; flytt den til et delmål under dette målet"
EXERCISE_NO_FIELD = "verdien står uten felt i kolonne A"
EXERCISE_UNKNOWN_FIELD = "feltet «{field}» er ukjent"
ID_GUESSED = "arbeidsboken har ikke arket «{sheet}»; pakken får id-en «{id}»"
TITLE_GUESSED = "pakken får tittelen «{title}» etter filnavnet"
DURATION_GUESSED = "arbeidsboken oppgir ingen varighet; pakken får {duration}"
ROLES_INFERRED = (
    "arbeidsboken har ikke arket «{sheet}»; rollene hentes fra standardkatalogen: {roles}"
)

# --- the workbook written ---------------------------------------------------------------
DROPDOWN_TITLE = "Ukjent verdi"
DROPDOWN_ERROR = "Velg en verdi fra listen (den står i arket med samme navn)."

# --- the dry run ------------------------------------------------------------------------
SUMMARY_PACK = (
    "Pakken «{id}» ({title}): {phases} faser, {injects} innspill, {roles} roller, {goals} mål, "
    "{board} punkter i situasjonsbildet, {responses} motspill, {variables} variabler"
)
SUMMARY_FILE = "  fil: {file}"
SUMMARY_PHASE = "  fase {id}: {title}"
SUMMARY_INJECT = "    {at}  {id}: {title} ({questions} spørsmål)"

# --- the column mapping file ------------------------------------------------------------
MAPPING_NOT_TABLE = (
    "kolonnetilordningen må være en tabell med «ark», «overskriftsrad» og «kolonner»"
)
MAPPING_UNKNOWN_KEY = "«{key}» er ukjent; bruk «ark», «overskriftsrad» eller «kolonner»"
MAPPING_BAD_VALUE = (
    "«{key}» har en verdi av feil slag (ark: navn, overskriftsrad: tall, kolonner: tabell)"
)
MAPPING_NOT_HEADER = (
    'skriv overskriften i dreieboken som kolonnen skal leses som, eller "" for å hoppe over den'
)
MAPPING_UNKNOWN_HEADER = "«{header}» er ikke en kolonne i dreieboken"
NO_SUCH_PROFILE = "pakken har ingen profil «{profile}»; den har {profiles}"
