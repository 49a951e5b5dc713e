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

# --- zips Øvelse writes (shared packs, result files): safety.zip_members ---------------
ZIP_TOO_MANY = N_("filen har over {limit} deler inni seg; den leses ikke")
ZIP_UNPACKED_TOO_BIG = N_("filen blir over {limit} MB når den pakkes ut; den leses ikke")
ZIP_BAD_NAME = N_("delen «{entry}» har et navn med styretegn; filen leses ikke")
ZIP_ABSOLUTE = N_(
    "delen «{entry}» har en absolutt sti og ville blitt pakket ut utenfor mappen sin; "
    "filen leses ikke"
)
ZIP_TRAVERSAL = N_(
    "delen «{entry}» peker ut av mappen sin («..» eller omvendt skråstrek i stien); filen "
    "leses ikke"
)
ZIP_LINK = N_("delen «{entry}» er en lenke, ikke en vanlig fil; filen leses ikke")
ZIP_ENCRYPTED = N_("delen «{entry}» er kryptert; Øvelse leser ikke krypterte filer")
ZIP_MEMBER_BOMB = N_(
    "delen «{entry}» pakkes ut til langt mer enn den fyller (over 100 ganger); filen leses "
    "ikke, for den kan fylle minnet"
)
ZIP_MEMBER_TOO_BIG = N_("delen «{entry}» er over {limit} MB utpakket; filen leses ikke")
ZIP_TWICE = N_("delen «{entry}» står to ganger i filen; filen leses ikke")
ZIP_DAMAGED = N_(
    "delen «{entry}» er skadet og kan ikke pakkes ut; be om filen på nytt fra den som sendte den"
)

# --- the manifest in such a zip: manifest.py --------------------------------------------
JSON_TOO_BIG = N_("{entry} er over {limit} kB; den leses ikke")
JSON_NOT_UTF8 = N_("{entry} er ikke skrevet i UTF-8; den leses ikke")
JSON_KEY_TWICE = N_("{entry}: nøkkelen «{key}» står to ganger")
JSON_BROKEN = N_("{entry} er ikke gyldig JSON (feil på linje {line}, kolonne {column})")
JSON_INVALID = N_("{entry} er ikke gyldig JSON")
KIND_LIST = N_("en liste")
KIND_TEXT = N_("en tekst")
KIND_WHOLE_NUMBER = N_("et heltall")
MANIFEST_NOT_OBJECT = N_("{entry} er ikke et JSON-objekt med feltene til et manifest")
MANIFEST_FIELD_TYPE = N_("{entry}: feltet «{field}» mangler eller er ikke {kind}")
MANIFEST_FIELD_CHARACTER = N_(
    "{entry}: feltet «{field}» har tegnet {code}, som ikke kan stå i et manifest; filen er "
    "endret etter at den ble laget"
)
MANIFEST_FILE_ITEM = N_(
    "{entry}: {field} må ha nøyaktig «path», «size» (et heltall) og «sha256» (64 "
    "heksadesimale tegn)"
)
MANIFEST_LISTED_TWICE = N_("«{entry}» står to ganger i manifestet; filen leses ikke")
MANIFEST_MISSING = N_(
    "«{entry}» står i manifestet, men mangler i filen; be om en ny fil fra den som sendte den"
)
MANIFEST_CHANGED = N_(
    "«{entry}» er endret etter at filen ble laget (størrelse eller SHA-256 stemmer ikke med "
    "manifestet); be om en ny fil fra den som sendte den"
)
MANIFEST_UNLISTED = N_(
    "«{entry}» ligger i filen, men står ikke i manifestet; filen er endret etter at den ble "
    "laget, og leses ikke"
)

# --- a shared pack (.ovelsepakke): packfile.py ------------------------------------------
PACK_WRONG_SUFFIX = N_(
    "filnavnet slutter ikke på «{suffix}», som en delt scenariopakke fra Øvelse gjør; har "
    "e-posten gitt filen nytt navn, gi den tilbake endelsen og prøv igjen"
)
PACK_NOT_ZIP = N_(
    "filen er ikke en delt scenariopakke fra Øvelse (den er ikke en zip-fil), eller den er "
    "skadet på veien; be om den på nytt"
)
PACK_FILE_TOO_BIG = N_(
    "filen er {size} MB; en delt scenariopakke kan være høyst {limit} MB – bruk mindre bilder"
)
PACK_NO_MANIFEST = N_("filen har ikke {entry} og er ikke en delt scenariopakke fra Øvelse")
PACK_NOT_PACK_FORMAT = N_(
    "{entry} sier at dette ikke er en scenariopakke («format» er ikke «{expected}»)"
)
PACK_FUTURE_FORMAT = N_(
    "pakken er laget av en nyere Øvelse (filformat {found}); denne versjonen leser filformat "
    "{supported} – oppdater Øvelse for å lese den"
)
PACK_BAD_FORMAT_VERSION = N_("{entry}: «format_version» {found} er ikke et gyldig filformat")
PACK_BAD_ID = N_("{entry}: «{value}» er ikke en gyldig pakke-id")
PACK_BAD_CREATED = N_("{entry}: «created» er ikke et tidspunkt (ISO 8601, f.eks. {example})")
PACK_NOT_PACK_PART = N_(
    "«{entry}» hører ikke hjemme i en scenariopakke (bare scenario.yaml, profiles/*.yaml og "
    "bilder i PNG, JPEG eller SVG); filen leses ikke"
)
PACK_NO_SCENARIO = N_("filen har ingen scenario.yaml og er ikke en scenariopakke")
PACK_SVG_OUTSIDE = N_(
    "bildet «{entry}» henter «{target}» utenfra; et bilde i en delt pakke må ha alt i seg "
    "selv, og filen leses ikke"
)
PACK_MISMATCH = N_(
    "manifestet sier pakke «{id}» versjon {version}, men scenario.yaml er «{pack_id}» versjon "
    "{pack_version}; filen er endret etter at den ble laget"
)

# --- the pack in the library («Fra statsforvalteren») ------------------------------------
PACK_ADDED = N_("«{title}» versjon {version} er lagt i biblioteket under «Fra statsforvalteren»")
PACK_UPDATE_OFFER = N_(
    "Biblioteket har «{title}» versjon {old}; filen har versjon {new}. Økter som er kjørt "
    "med versjon {old}, beholder den."
)
PACK_UPDATED = N_("«{title}» er oppdatert fra versjon {old} til {new}")
PACK_SAME = N_("«{title}» versjon {version} finnes allerede i biblioteket; ingenting er endret")
PACK_OLDER = N_(
    "Biblioteket har en nyere versjon av «{title}» ({old}) enn filen ({new}); ingenting er endret"
)
PACK_INSTALL_FAILED = N_("pakken kunne ikke legges i biblioteket ({folder}): {reason}")

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

# --- a result file (.ovelseresultat): results/reader.py -------------------------------
RESULT_WRONG_SUFFIX = N_(
    "filen heter ikke «…{suffix}»; en resultatfil fra Øvelse har den endelsen – har "
    "e-posten gitt den nytt navn, gi den tilbake endelsen og prøv igjen"
)
RESULT_FILE_TOO_BIG = N_(
    "filen er {size} MB; en resultatfil kan være høyst {limit} MB, så dette er ikke en "
    "resultatfil fra Øvelse"
)
RESULT_NOT_ZIP = N_(
    "filen er ikke en resultatfil fra Øvelse (den er ikke en zip-fil), eller den er skadet "
    "på veien; be om den på nytt"
)
RESULT_MISSING_PART = N_("filen har ikke {entry} og er ikke en resultatfil fra Øvelse")
RESULT_UNKNOWN_PART = N_(
    "delen «{entry}» hører ikke hjemme i en resultatfil (den har bare manifest.json og "
    "resultat.json); filen leses ikke"
)
RESULT_NOT_RESULT = N_(
    "{entry} sier at dette ikke er en resultatfil («format» er «{found}», ikke «{expected}»)"
)
RESULT_IS_PACK = N_(
    "dette er en delt scenariopakke, ikke en resultatfil – importer den med «Fil → Importer pakke»"
)
RESULT_FUTURE_VERSION = N_(
    "resultatfilen er laget av en nyere Øvelse (filformat {found}); denne versjonen leser "
    "filformat {supported} – oppdater Øvelse for å lese den"
)
RESULT_BAD_VERSION = N_(
    "{entry}: «format_version» {found} er ikke et gyldig filformat (et heltall fra 1)"
)
RESULT_VERSIONS_DIFFER = N_(
    "manifest.json sier filformat {manifest}, men resultat.json sier {content}; filen er "
    "endret etter at den ble laget"
)
RESULT_TOO_DEEP = N_(
    "{entry} har lister og objekter inni hverandre i over {limit} nivåer; en resultatfil "
    "har langt færre, og filen leses ikke"
)
RESULT_NOT_OBJECT = N_("{entry} er ikke et JSON-objekt med feltene til en resultatfil")

# --- one field of a result file's content (after «fil: felt:») -----------------------
RESULT_FIELD_MISSING = N_("feltet mangler")
RESULT_FIELD_UNKNOWN = N_(
    "ukjent felt; filformat {version} har det ikke (filen er endret, eller laget av et "
    "annet program)"
)
RESULT_WRONG_TYPE = N_("skal være {expected}, men er {found}")
KIND_OBJECT = N_("et JSON-objekt")
KIND_TRUE_FALSE = N_("true eller false")
KIND_NULL = N_("null")
KIND_NUMBER = N_("et tall med desimaler")
KIND_OR_NULL = N_("{kind} eller null")
RESULT_TEXT_EMPTY = N_("teksten er tom")
RESULT_TEXT_TOO_LONG = N_("teksten er {length} tegn; her kan den være høyst {limit} tegn")
RESULT_TEXT_CONTROL = N_("teksten har tegnet {code}, som ikke hører hjemme i en resultatfil")
RESULT_LIST_TOO_LONG = N_("listen har {count} elementer; her kan den ha høyst {limit}")
RESULT_NOT_ONE_OF = N_("«{value}» er ikke en gyldig verdi (gyldige: {allowed})")
RESULT_NOT_A_DATE = N_("«{value}» er ikke en dato mellom 1970 og 2199 (ÅÅÅÅ-MM-DD)")
RESULT_NOT_A_TIME = N_(
    "«{value}» er ikke et tidspunkt i UTC mellom 1970 og 2199 (f.eks. 2026-03-12T09:30:00Z)"
)
RESULT_OUT_OF_RANGE = N_("{value} er utenfor det som er mulig her ({low}–{high})")
RESULT_BAD_ID = N_(
    "«{value}» er ikke en gyldig id (bokstaver a–z og A–Z, sifre, «.», «-» og «_», høyst 64 tegn)"
)
RESULT_ID_TWICE = N_("id-en «{value}» står to ganger i filen")
RESULT_GOAL_UNKNOWN = N_("viser til målet «{value}», som ikke står i filen")
RESULT_BAD_MUNICIPALITY_NUMBER = N_("«{value}» er ikke et kommunenummer (fire sifre)")
RESULT_MARKING_TEXT_MISSING = N_("en merking må ha teksten som står på hver side")
RESULT_MARKING_TEXT_WITHOUT = N_("filen er ikke merket («kind» er «ingen»), men har en merketekst")
RESULT_WITHHELD_WITH_RATING = N_(
    "vurderingen er holdt tilbake («withheld»), men filen har likevel vurdering eller kommentar"
)
RESULT_NAMES_NOT_CHOSEN = N_(
    "filen har navn, men sier at navn ikke er tatt med («names_included» er false)"
)
RESULT_MORE_NAMES_THAN_COUNT = N_("filen har {names} navn, men bare {count} deltakere i rollen")
