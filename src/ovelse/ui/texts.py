"""Every text the Qt interface shows, in bokmål, in one module so it can be translated.

Texts the engine owns (run states, entry kinds, ratings, markings, «om 2 min») come from
``ovelse.exercise.labels`` and are not repeated here. ``ovelse.i18n`` swaps these
constants for the nynorsk or English catalogue at start-up, so read them when a widget is
built (``texts.X``), never with ``from texts import X`` or in a module-level table.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_, NP_

APP_NAME = N_("Øvelse")
WINDOW_TITLE = N_("Øvelse – diskusjonsøvelser")
WINDOW_TITLE_SESSION = N_("{title} – Øvelse")

# --- steps --------------------------------------------------------------------------------
STEP_LIBRARY = N_("1 Bibliotek")
STEP_PREPARE = N_("2 Forbered")
STEP_RUN = N_("3 Gjennomfør")
STEP_HOT_WASH = N_("4 Rundt bordet")  # the umiddelbar evaluering (hot wash)
STEP_HOT_WASH_TIP = N_(
    "Umiddelbar evaluering rundt bordet etter øvelsen: hva fungerte, hva kan bli bedre, hva vi endrer"
)
STEP_EVALUATE = N_("5 Evaluer")
STEP_REPORT = N_("6 Rapport")

# --- the hot wash (umiddelbar evaluering) ---------------------------------------------------
HOT_WASH_HEADING = N_("Umiddelbar evaluering")
HOT_WASH_HINT = N_(
    "Gå rundt bordet. Enter lagrer svaret og går videre · ↑/↓ forrige/neste spørsmål · "
    "Ctrl+PgDn/Ctrl+PgUp neste/forrige rolle · Alt+1 … Alt+9 velg rolle · F3 oppsummering "
    "på storskjermen · F2 rett valgt svar · Delete slett · Ctrl+U skjerm"
)
HOT_WASH_PLACE = N_("{number} av {total}")
HOT_WASH_WHO = N_("{role} – {names}")
HOT_WASH_COUNT = NN_("{count} svar", "{count} svar")
HOT_WASH_ROLES = N_("Rundt bordet")
HOT_WASH_ANSWERS = N_("Lagrede svar fra denne rollen")
HOT_WASH_SUMMARY = N_("Oppsummering")
HOT_WASH_CHANGES = N_("Dette endrer vi i planen")
HOT_WASH_SHOW_SUMMARY = N_("Oppsummering på storskjermen (F3)")
HOT_WASH_SHOW_ROUND = N_("Tilbake til runden (F3)")
HOT_WASH_NEXT = N_("Neste rolle (Ctrl+PgDn)")
HOT_WASH_PREVIOUS = N_("Forrige rolle (Ctrl+PgUp)")
HOT_WASH_TO_EVALUATE = N_("Til evaluering")
HOT_WASH_NO_ROLES = N_("Øvelsen har ingen roller å gå rundt til.")
HOT_WASH_EDIT = N_("Rett svaret")
HOT_WASH_DELETE = N_("Slette svaret?")
HOT_WASH_SAVED = N_("Lagret: {prompt}")
HOT_WASH_UNSAVED = N_(
    "Teksten i feltet er ikke lagret: trykk Enter for å lagre den, eller tøm feltet."
)
EVAL_HOT_WASH_TAB = N_("&Umiddelbar evaluering ({count})")
EVAL_HOT_WASH_HINT = N_(
    "Svar fra den umiddelbare evalueringen som ikke er tatt inn ennå. Enter tar inn valgt svar "
    "der det hører hjemme (fungerte → styrke, bli bedre → forbedringspunkt, endre i planen → "
    "tiltak); S, F eller T velger styrke, forbedringspunkt eller tiltak. Teksten følger med, "
    "og punktet viser tilbake til svaret."
)
EVAL_HOT_WASH_LINE = N_("{id} · {role} · {prompt}  {text}")
EVAL_HOT_WASH_ACCEPTED = N_("{answer} er tatt inn som {item}.")
EVAL_HOT_WASH_AS_STRENGTH = N_("Som styrke (S)")
EVAL_HOT_WASH_AS_IMPROVEMENT = N_("Som forbedringspunkt (F)")
EVAL_HOT_WASH_AS_ACTION = N_("Som tiltak (T)")

# --- menus --------------------------------------------------------------------------------
MENU_FILE = N_("&Fil")
MENU_EXERCISE = N_("&Øvelse")
MENU_VIEW = N_("&Vis")
MENU_HELP = N_("&Hjelp")
ACTION_OPEN_SESSION = N_("Åpne økt …")
ACTION_OPEN_FOLDER = N_("Åpne mappe …")
ACTION_EXPORT_DREIEBOK = N_("Eksporter dreiebok …")
ACTION_IMPORT_DREIEBOK = N_("Importer dreiebok …")
DREIEBOK_EXPORT_CAPTION = N_("Lagre dreieboken som regneark")
DREIEBOK_EXPORT_FILTER = N_("Excel-arbeidsbok (*.xlsx);;CSV UTF-8, bare innspillene (*.csv)")
DREIEBOK_IMPORT_CAPTION = N_("Velg en dreiebok (Excel eller CSV)")
DREIEBOK_IMPORT_FILTER = N_("Regneark (*.xlsx *.csv)")
DREIEBOK_NO_PACK = N_("Velg en pakke i biblioteket først; det er den som skrives som dreiebok.")
ACTION_SHARE_PACK = N_("Del pakke …")
ACTION_IMPORT_PACK = N_("Importer pakke …")
SHARE_PACK_CAPTION = N_("Lagre pakken som delt pakkefil")
PACK_FILE_FILTER = N_("Delt scenariopakke (*.ovelsepakke)")
SHARE_PACK_NO_PACK = N_("Velg en pakke i biblioteket først; det er den som deles.")
SHARE_PACK_DONE = N_(
    "Skrev {path} – send filen til kommunene; de åpner den med «Fil → Importer pakke …»"
)
SHARE_PACK_FAILED = N_("Pakken ble ikke delt: {error}")
IMPORT_PACK_CAPTION = N_("Velg en delt pakkefil")
IMPORT_PACK_FAILED = N_("Pakkefilen ble ikke importert:\n{problems}")
IMPORT_PACK_MORE = NN_("… og {count} feil til", "… og {count} feil til")
IMPORT_PACK_UPDATE_TITLE = N_("Oppdatere pakken?")
IMPORT_PACK_UPDATE_QUESTION = N_("{offer}\n\nOppdatere til versjon {new}?")
LIBRARY_SHARED = N_("Fra statsforvalteren")
LIBRARY_SHARED_VERSION = N_("versjon {version}")
LIBRARY_SHARED_FROM = N_("Fra statsforvalteren · versjon {version} · skrevet av {author}")
LIBRARY_SHARED_FROM_NO_AUTHOR = N_("Fra statsforvalteren · versjon {version}")
EDITOR_DREIEBOK_NOT_LOADABLE = N_(
    "Utkastet har feil som må rettes før det kan skrives som dreiebok; se listen over feil."
)
DREIEBOK_EXPORTED = N_("Skrev dreieboken til {path}")
DREIEBOK_EXPORT_FAILED = N_("Dreieboken kunne ikke skrives:\n{error}")
DREIEBOK_IMPORT_TITLE = N_("Importer dreiebok")
DREIEBOK_IMPORT_INTRO = N_(
    "Velg hva hver kolonne i «{file}» skal leses som. Valgene huskes for ark med de "
    "samme kolonnene."
)
DREIEBOK_COLUMN_THEIRS = N_("Kolonne i arket")
DREIEBOK_COLUMN_OURS = N_("Leses som")
DREIEBOK_COLUMN_SKIP = N_("(leses ikke)")
DREIEBOK_CHECK = N_("&Kontroller")
DREIEBOK_IMPORT = N_("&Importer")
DREIEBOK_CANCEL = N_("Avbryt")
DREIEBOK_START = N_("Klokkeslett i arket regnes fra kl.")
DREIEBOK_HEADER_ROW = N_("Overskriftene står i &rad")
DREIEBOK_OK = N_("Ingen feil. Dette blir laget:")
DREIEBOK_PROBLEMS = N_("{count} feil må rettes i regnearket først:")
DREIEBOK_NOTE = N_("merk: {note}")
DREIEBOK_REFUSED = N_("Filen kan ikke leses inn:")
DREIEBOK_IMPORTED = N_("Pakken «{title}» er lagt i {folder}.")
ACTION_CLOSE_SESSION = N_("Lukk økten")
ACTION_QUIT = N_("Avslutt")
SAVE_AS_ACTION = N_("Lagre som …")
SAVE_AS_TITLE = N_("Lagre økten som")
SAVE_AS_HINT = N_(
    "Velg Fil → Lagre som … for å fortsette i en ny fil; ingenting som er lagret, går tapt."
)
SAVE_AS_DONE = N_("Økten fortsetter i {path}.")
SAVE_AS_FAILED = N_("Kunne ikke lagre økten som «{path}»: {error}")
SAVE_AS_COPY = N_("{stem} (kopi)")
MENU_LANGUAGE = N_("Språk")
LANGUAGE_RESTART = N_("Øvelse bruker det nye språket neste gang programmet starter.")
ACTION_ABOUT = N_("Om Øvelse")
ABOUT_TEXT = N_(
    "Øvelse {version}\n\nDiskusjonsøvelser for kommuner, uten nett.\n"
    "Programmet kobler seg aldri til Internett."
)

# --- library ------------------------------------------------------------------------------
LIBRARY_HEADING = N_("Velg en scenariopakke")
LIBRARY_BUILTIN = N_("Innebygde scenariopakker")
LIBRARY_RECENT = N_("Siste økter")
LIBRARY_NO_RECENT = N_("Ingen økter ennå.")
LIBRARY_OPEN_FOLDER = N_("Åpne mappe …")
LIBRARY_OPEN_SESSION = N_("Åpne økt …")
LIBRARY_PREPARE = N_("Forbered øvelse")
LIBRARY_REOPEN = N_("Åpne valgt økt")
LIBRARY_PACK_DETAILS = NN_(
    "{region} · {hazard} · {injects} innspill · {duration}",
    "{region} · {hazard} · {injects} innspill · {duration}",
)
LIBRARY_PACK_PROFILES = N_("Profiler: {profiles}")
LIBRARY_NO_PROFILES = N_("Ingen ferdige profiler – fyll ut skjemaet")
LIBRARY_BROKEN = N_("Kan ikke brukes: {name}")
LIBRARY_ERRORS_HEADING = N_("Feil i pakken")
LIBRARY_MISSING_FILE = N_("{path} (finnes ikke lenger)")
CHOOSE_PACK_FOLDER = N_("Velg mappen med scenario.yaml")
CHOOSE_SESSION_FILE = N_("Åpne økt")
SESSION_FILTER = N_("Øvelse-økter (*.ovelse)")

RESUME_BANNER = N_("Økten «{name}» ble ikke lukket ordentlig sist. Vil du fortsette der du slapp?")
RESUME_YES = N_("Fortsett økten")
RESUME_NO = N_("Ikke nå")

# Answers to a yes/no question (confirm.py).
ANSWER_YES = N_("Ja")
ANSWER_NO = N_("Nei")

# --- prepare ------------------------------------------------------------------------------
PREPARE_HEADING = N_("Forbered: {title}")
PREPARE_PROFILE = N_("Tilpasning")
PREPARE_PROFILE_CUSTOM = N_("Egne verdier (fyll ut skjemaet)")
PREPARE_PROFILE_DEFAULTS = N_("Standardverdier")
PREPARE_VARIABLES = N_("Verdier")
PREPARE_PREVIEW = N_("Forhåndsvisning av innspillene")
PREPARE_PREVIEW_EMPTY = N_("Velg et innspill for å se teksten slik den blir.")
PREPARE_ROLES = N_("Roller rundt bordet")
PREPARE_ROLE_ESSENTIAL = N_("{title} (bør være med)")
PREPARE_PARTICIPANTS = N_("Deltakere")
PREPARE_PARTICIPANT_HINT = N_("Navn er valgfritt: mange kommuner logger bare rolle.")
PREPARE_ADD_PARTICIPANT = N_("Legg til deltaker")
PREPARE_REMOVE_PARTICIPANT = N_("Fjern deltaker")
PREPARE_PARTICIPANT_COLUMNS = (N_("Navn"), N_("Organisasjon"), N_("Roller"))
PREPARE_AUTO_RELEASE = N_("Gi innspill automatisk når tiden er inne")
PREPARE_SHORT_VERSION = N_("Kort versjon ({minutes} min)")
PREPARE_SHOW_TRANSLATION = N_("Vis det andre språket på storskjermen ({language})")
PREPARE_TRANSLATION_NOTE = N_("Om oversettelsen: {note}")
PREPARE_OPTIONAL_INJECT = N_("{title} (valgfritt)")
PREPARE_SAVE_AS = N_("Øktfil")
PREPARE_CHOOSE_FILE = N_("Velg …")
PREPARE_START = N_("Opprett økten og gå til gjennomføring")
PREPARE_BACK = N_("Tilbake til biblioteket")
PREPARE_RENDER_ERROR = N_("Tekstene kan ikke lages med disse verdiene:")
PREPARE_FILE_EXISTS = N_("Filen «{path}» finnes allerede. Velg et annet navn.")
PREPARE_NO_FILE = N_("Velg hvor økten skal lagres.")
PREPARE_CREATE_FAILED = N_("Økten kunne ikke opprettes: {error}")
PREPARE_PREVIEW_FACILITATOR = N_("Bare øvingsleder ser")

# --- Prepare: the øvingsdirektiv's texts and «Skriv ut …» (the paper kit) ---------------
PREPARE_DIRECTIVE = N_("Øvingsdirektiv")
PREPARE_DIRECTIVE_HINT = N_(
    "Det pakken ikke kan vite. Tekstene står i øvingsdirektivet i utskriftssettet, lagres i "
    "økten, og i profilen til neste gang når pakken ikke er innebygd."
)
PREPARE_DIRECTIVE_BUILTIN = N_(
    "Det pakken ikke kan vite. Tekstene står i øvingsdirektivet i utskriftssettet. Pakken er "
    "innebygd, så tekstene lagres bare i økten, ikke i profilen til neste gang."
)
PREPARE_DIRECTIVE_FIELDS = {
    "date": N_("Dato"),
    "time": N_("Tid"),
    "place": N_("Sted"),
    "scope": N_("Øvingsforutsetninger"),
    "rules": N_("Spilleregler"),
    "practical": N_("Praktisk informasjon"),
    "contact": N_("Kontakt"),
}
PREPARE_DIRECTIVE_RULES_DEFAULT = N_("Tomt: programmets standardregler for diskusjonsøvelser")
PREPARE_DIRECTIVE_SAVED = N_("Tekstene til øvingsdirektivet er lagret i profilen «{profile}».")
PREPARE_DIRECTIVE_NOT_SAVED = N_("Ikke lagret i profilen: {reason}")
PREPARE_PRINT = N_("Skriv ut …")
PRINT_TITLE = N_("Skriv ut utskriftssettet")
PRINT_DOCUMENTS = N_("Dokumenter (PDF, A4):")
PRINT_DOCUMENT = N_("{document} ({audience})")
PRINT_ALL_QUESTIONS = N_("Alle spørsmål på rollekortene (avslører senere innspill)")
PRINT_FOLDER = N_("Mappe")
PRINT_CHOOSE_FOLDER = N_("Velg mappe …")
PRINT_OK = N_("Skriv ut")
PRINT_NONE_CHOSEN = N_("Velg minst ett dokument.")
PRINT_NO_FOLDER = N_("Velg mappen PDF-filene skal skrives til.")
PRINT_FAILED = N_("Kunne ikke skrive «{path}»: {error}")
PRINT_WRITTEN = NN_(
    "Skrev {count} dokument til «{folder}».", "Skrev {count} dokumenter til «{folder}»."
)
PRINT_FOLDER_NAME = N_("{pack}-utskrift")
ACTION_PRINT_KIT = N_("Skriv ut utskriftssettet …")
PRINT_NO_PACK = N_("Velg en scenariopakke eller åpne en økt før du skriver ut utskriftssettet.")

# Inject sections, shared by the preview and the console.
INJECT_NOTES = N_("Notater til øvingsleder")
INJECT_QUESTIONS = N_("Problemstillinger")
INJECT_EXPECTED = N_("Forventede handlinger")
INJECT_STALL = N_("Hvis diskusjonen stopper opp")
INJECT_RESPONSES = N_("Motspill")
INJECT_MEDIA = N_("Bilder")
INJECT_BOARD = N_("Endrer situasjonsbildet")
INJECT_SOURCE = N_("Fra: {source}")
INJECT_PLANNED = N_("Planlagt {offset}")
INJECT_SCENARIO_TIME = N_("Scenariotid: {time}")
INJECT_ROLES = N_("til {roles}")
INJECT_RESPONSE_LINE = N_("{actor} ({channel})")

# --- console ------------------------------------------------------------------------------
CLOCK_EXERCISE = N_("Øvingstid")
CLOCK_SCENARIO = N_("Scenariotid")
CLOCK_WALL = N_("Klokka")
CLOCK_WALL_ZONE = N_("Klokka i øktens tidssone, {zone}, som i loggen og rapporten")
STATE_PAUSED = N_("PAUSE")
STATE_RUNNING = N_("PÅGÅR")
STATE_NOT_STARTED = N_("IKKE STARTET")
STATE_ENDED = N_("AVSLUTTET")
CONSOLE_CURRENT = N_("Nå")
CONSOLE_NOTHING_SHOWN = N_("Ingen innspill er gitt ennå.")
CONSOLE_HOLD_SHOWN = N_("Storskjermen viser ventebildet.")
CONSOLE_NEXT = N_("Neste innspill")
CONSOLE_DUE_BANNER = N_("Innspill skal gis: {title} ({due})")
BTN_START = N_("Start øvelsen")
BTN_PAUSE = N_("Pause")
BTN_RESUME = N_("Fortsett")
BTN_RELEASE_NEXT = N_("Gi neste innspill")
BTN_RELEASE_CHOSEN = N_("Gi valgt innspill")
BTN_SKIP = N_("Hopp over valgt")
BTN_SHOW_PREVIOUS = N_("Vis tidligere …")
BTN_HOLD = N_("Vis ventebilde")
BTN_ADHOC = N_("Nytt innspill …")
BTN_BOARD = N_("Situasjonsbilde …")
BTN_END = N_("Avslutt øvelsen")
BTN_PARTICIPANT = N_("Storskjerm")
BTN_EVALUATE = N_("Gå til evaluering")
SCREEN_CHOICE = N_("Storskjerm på")
SCREEN_SAME = N_("{name} (samme skjerm – bytt med F12)")
SCREEN_OTHER = N_("{name}")
SCREEN_NAME = N_("Skjerm {number} – {width}×{height}")
SCREEN_NAME_MODEL = N_("Skjerm {number}: {model} – {width}×{height}")
SOUND_ON_DUE = N_("Lyd når et innspill skal gis")
AUTO_RELEASE_LABEL = N_("Automatisk innspill")
CONFIRM_END_TITLE = N_("Avslutte øvelsen?")
CONFIRM_END = N_(
    "Øvelsen avsluttes og klokka stopper. Du kan fortsatt rette loggen og skrive evalueringen."
)
CONFIRM_SKIP_TITLE = N_("Hoppe over innspillet?")
CONFIRM_QUIT_TITLE = N_("Avslutte programmet?")
CONFIRM_QUIT = N_(
    "Øvelsen er i gang. Alt som er logget, er lagret, og når økten åpnes igjen, står"
    " klokken på pause fra nå. Avslutte programmet?"
)
CONFIRM_EVALUATE_TITLE = N_("Gå til evaluering?")
CONFIRM_EVALUATE = N_(
    "Øvelsen er ikke avsluttet, og klokken går videre. Gå til evalueringen likevel?"
    " Avslutt øvelsen med «Avslutt øvelsen» når dere er ferdige."
)
CONFIRM_SKIP = N_("«{title}» blir ikke gitt. Det står i loggen at det ble hoppet over.")
DOWNTIME_PAUSED = N_(
    "Øvelsen står på pause fra {time}: tiden programmet var lukket, teller ikke som"
    " øvingstid. Fortsett når rommet er klart."
)
COVERED_TYPING = NN_(
    "Logg: {kind} · {roles} · {count} tegn", "Logg: {kind} · {roles} · {count} tegn"
)
COVERED_HINT = N_("Enter lagrer · F12 viser konsollen")
COVERED_REFUSED = N_("{key} virker bare i konsollen – F12 viser den")
RESUME_SHOW_CONSOLE_TITLE = N_("Vise konsollen?")
RESUME_SHOW_CONSOLE = N_(
    "Storskjermen var oppe da programmet stoppet, og viser nå ventebildet. Vise"
    " øvingslederkonsollen, med notatene, på denne skjermen nå? Svar nei hvis skjermen"
    " deles med rommet: F12 bytter når dere er klare."
)
CHOOSE_PREVIOUS_TITLE = N_("Vis et tidligere innspill")
CHOOSE_PREVIOUS_LABEL = N_("Hvilket innspill skal storskjermen vise igjen?")
ENGINE_REFUSED = N_("{message}")
STORE_FAILED = N_(
    "Kunne ikke lagre i øktfilen: {error}. Ingenting er tapt fra skjermen – prøv igjen."
)
READ_ONLY = N_("Økten er åpen et annet sted og vises bare for lesing.")
# Who holds a session shown read-only (read_only.py), and taking it over.
READ_ONLY_HELD = N_(
    "«{name}» er åpen for endring i et annet Øvelse-vindu {where}{since}. Her kan du bare lese "
    "økten."
)
HELD_HERE = N_("på denne maskinen (prosess {pid})")
HELD_ON_HOST = N_("på {host} (prosess {pid})")
HELD_ELSEWHERE = N_("i et annet program")
HELD_SINCE = N_(" siden {time}")
HELD_SINCE_FORMAT = NP_("long date", "%d.%m.%Y kl. %H:%M")  # strftime, local time
RESUME_HELD = N_(
    "Økten «{name}» er åpen i et annet Øvelse-vindu {where}{since}. Du kan åpne den for lesing her."
)
RESUME_READ_ONLY = N_("Åpne for lesing")
TAKE_OVER = N_("Overta økten")
TAKE_OVER_TITLE = N_("Overta økten?")
TAKE_OVER_QUESTION = N_(
    "«{name}» er åpen for endring i et annet Øvelse-vindu {where}{since}.\n\n"
    "Overtar du økten, lagres endringene herfra, og det andre vinduet får ikke lagre mer. "
    "Gjør det bare når det andre vinduet ikke er i bruk lenger, for eksempel når maskinen "
    "har hengt seg opp.\n\nVil du overta økten?"
)
SCHEDULE_COLUMNS = (N_("Planlagt"), N_("Innspill"), N_("Status"))
SCHEDULE_STATUS_DUE = N_("{status} – {due}")
SCHEDULE_ADHOC = N_("ekstra")
SCHEDULE_SHOWN = N_(" (vises)")

# Ad-hoc inject and board dialogs.
ADHOC_TITLE = N_("Nytt innspill")
ADHOC_HEADING = N_("Overskrift")
ADHOC_TEXT = N_("Tekst til deltakerne")
ADHOC_NOTES = N_("Notater til øvingsleder (vises ikke på storskjermen)")
ADHOC_QUESTION = N_("Problemstilling (valgfri)")
ADHOC_QUESTION_ROLES = N_("Rettet til")
ADHOC_RELEASE = N_("Gi innspillet nå")
BOARD_TITLE = N_("Oppdater situasjonsbildet")
BOARD_ITEM = N_("Punkt")
BOARD_VALUE = N_("Verdi")
BOARD_STATUS = N_("Status")
BOARD_STATUS_LABELS = {
    "normal": N_("Normal"),
    "redusert": N_("Redusert"),
    "kritisk": N_("Kritisk"),
    "ukjent": N_("Ukjent"),
}

# --- log ----------------------------------------------------------------------------------
LOG_HEADING = N_("Beslutningslogg")
LOG_PLACEHOLDER = N_("Skriv hva som ble besluttet, gjort eller spurt om – Enter lagrer")
LOG_ROLE = N_("Rolle")
LOG_KIND = N_("Type")
LOG_INJECT = N_("Innspill")
LOG_ALL_ROLES = N_("Alle roller")
LOG_ALL_KINDS = N_("Alle typer")
LOG_ALL_INJECTS = N_("Alle innspill")
LOG_NO_INJECT = N_("(uten innspill)")
LOG_COLUMNS = (N_("Tid"), N_("Rolle"), N_("Type"), N_("Tekst"), N_("Innspill"))
LOG_EDIT = N_("Rediger")
LOG_DELETE = N_("Slett")
LOG_HISTORY = N_("Historikk")
LOG_CONFIRM_DELETE_TITLE = N_("Slette loggføringen?")
LOG_CONFIRM_DELETE = N_(
    "«{text}» fjernes fra loggen. Den blir stående i historikken og kan hentes fram igjen."
)
LOG_EDIT_TITLE = N_("Rediger loggføring")
LOG_HISTORY_TITLE = N_("Historikk for loggføringen")
LOG_HISTORY_LINE = N_("{time} · {action} · {kind} · {roles}\n{text}")
LOG_ACTIONS = {
    "added": N_("skrevet"),
    "edited": N_("endret"),
    "deleted": N_("slettet"),
    "restored": N_("hentet"),
}
LOG_OWNER = N_("Ansvarlig")
LOG_DEADLINE = N_("Frist")
LOG_SAVED = N_("Lagret {time}")
LOG_NEED_ROLE = N_(
    "Velg rolle: Alt+1–9, eller skriv rollens forkortelse fulgt av kolon (f.eks. «ord:»)."
)
LOG_ROLE_HINT = N_(
    "Alt+1–9 velger rolle · Alt+Shift+1–9 legger til en · Ctrl+B/T/S/O/L velger type · Enter lagrer"
)
LOG_COUNT = NN_("{shown} av {total} føring", "{shown} av {total} føringer")
LOG_NOT_SAVED = N_("IKKE LAGRET: {message}")
LOG_PIN = N_("Fest rolle")
LOG_PIN_TIP = N_("Behold rollevalget til neste føring ({key})")
LOG_ROLES_PINNED = N_("{roles} (festet)")
LOG_NO_ROLE_CHIP = N_("Ingen rolle valgt")
LOG_ROLE_BUTTON_TIP = N_(
    "Alt+{number} velger rollen · Alt+Shift+{number} eller Ctrl+klikk legger den til"
)
LOG_ROLE_BUTTON_TIP_NO_KEY = N_("Klikk velger rollen · Ctrl+klikk legger den til")

# --- participant view ---------------------------------------------------------------------
PARTICIPANT_WINDOW_TITLE = N_("Øvelse – storskjerm")
HOLD_BEFORE = N_("Øvelsen starter snart")
HOLD_PAUSE = N_("Pause")
HOLD_BETWEEN = N_("Neste innspill kommer")
HOLD_ENDED = N_("Øvelsen er avsluttet – takk for innsatsen")
STAGE_QUESTIONS = N_("Problemstillinger")
STAGE_BOARD = N_("Situasjonsbilde")
STAGE_QUESTION_ROLES = N_("→ {roles}")
STAGE_STATUS = {
    "normal": N_("NORMAL"),
    "redusert": N_("REDUSERT"),
    "kritisk": N_("KRITISK"),
    "ukjent": N_("UKJENT"),
}

# --- evaluation ---------------------------------------------------------------------------
EVAL_HEADING = N_("Evaluering")
EVAL_GOALS = N_("Mål og måloppnåelse")
EVAL_GOAL_COMMENT = N_("Kommentar")
EVAL_NO_GOALS = N_("Scenarioet har ingen mål å vurdere.")
EVAL_FINDINGS = N_("Funn")
EVAL_ADD = N_("Legg til")
EVAL_EDIT = N_("Rediger")
EVAL_DELETE = N_("Slett")
EVAL_UP = N_("Flytt opp")
EVAL_DOWN = N_("Flytt ned")
EVAL_FROM_LOG = N_("Fra loggen …")
EVAL_FROM_LOG_TITLE = N_("Læringspunkter fra loggen")
EVAL_FROM_LOG_LABEL = N_("Velg loggføringer som skal bli læringspunkter:")
EVAL_NOTE_TEXT = N_("Tekst")
EVAL_ACTION_PLAN = N_("Tiltaksplan")
EVAL_ACTION_COLUMNS = (
    N_("Tiltak"),
    N_("Ansvarlig"),
    N_("Frist"),
    N_("Status"),
    N_("Plan/ROS-avsnitt"),
    N_("Prioritet"),
)
EVAL_ACTION_TITLE = N_("Tiltak")
EVAL_ACTION_MEASURE = N_("Tiltak")
EVAL_ACTION_OWNER = N_("Ansvarlig")
EVAL_ACTION_DEADLINE = N_("Frist")
EVAL_ACTION_STATUS = N_("Status")
EVAL_ACTION_SECTION = N_("Plan- eller ROS-avsnitt")
EVAL_TEXTS = N_("Sammendrag og veien videre")
EVAL_MARKING = N_("Merking (offentleglova)")
EVAL_MARKING_CUSTOM = N_("Egen merketekst")
EVAL_SAVED = N_("Lagret.")
EVAL_TO_REPORT = N_("Gå til rapport")
EVAL_DATE_HINT = N_("åååå-mm-dd")
EVAL_BACKGROUND_HINT = N_(
    "Hvorfor øvelsen ble holdt, hvem som bestilte den og hvilken plan eller ROS-analyse den "
    "prøver. Står feltet tomt, brukes hensikten fra scenariopakken."
)
EVAL_DEFAULT_HINT = N_("Står feltet tomt, brukes denne teksten i rapporten:")
EVAL_ACTION_PRIORITY = N_("Prioritet")

# --- report -------------------------------------------------------------------------------
REPORT_HEADING = N_("Rapport og eksport")
REPORT_PDF = N_("Lag evalueringsrapport (PDF) …")
REPORT_BY_ROLE = N_("Ta med beslutningsloggen etter rolle som eget vedlegg")
REPORT_LANGUAGE = N_("Rapportens språk:")
REPORT_CSV = N_("Eksporter beslutningsloggen (CSV) …")
REPORT_ACTIONS_CSV = N_("Eksporter de forventede handlingene med kryss (CSV) …")
REPORT_JSON = N_("Eksporter hele økten (JSON) …")
REPORT_OPEN = N_("Åpne filen")
REPORT_OPEN_FOLDER = N_("Åpne mappen")
REPORT_WRITTEN = N_("Skrev {path}")
REPORT_FAILED = N_("Kunne ikke skrive {path}: {error}")
REPORT_FILTER_PDF = N_("PDF (*.pdf)")
REPORT_FILTER_CSV = N_("CSV (*.csv)")
REPORT_FILTER_JSON = N_("JSON (*.json)")
REPORT_FILE_STEMS = {
    "pdf": NP_("file name", "evalueringsrapport"),
    "csv": N_("beslutningslogg"),
    "json": N_("okt"),
}
REPORT_FILE_MARKED = N_("UNNTATT-OFFENTLIGHET")  # in the suggested file name of a marked session
REPORT_BACK = N_("Tilbake til evalueringen")
REPORT_INTRO = N_(
    "Rapporten og eksportene lages fra øktfilen. Du kan komme tilbake og lage dem på nytt "
    "når evalueringen er endret."
)

# --- errors -------------------------------------------------------------------------------
OPEN_FAILED = N_("Økten «{path}» kan ikke åpnes: {error}")

# --- shortcuts sheet ----------------------------------------------------------------------
SHORTCUTS_TITLE = N_("Hurtigtaster")
SHORTCUTS_HINT = N_("F1 viser denne listen. Esc lukker den.")
KEY_SPACE = N_("Mellomrom")
# What each key in shortcuts.py does, by its name there.
SHORTCUT_LABELS = {
    "release_next": NP_("shortcut list", "Gi neste innspill"),
    "toggle_run": N_("Start øvelsen / pause / fortsett"),
    "hold": N_("Vis ventebildet på storskjermen / vis innspillet igjen"),
    "adhoc": N_("Nytt innspill"),
    "board": N_("Oppdater situasjonsbildet"),
    "checklist": N_("Kryss av forventede handlinger for innspillet som drøftes"),
    "tick_digits": N_(
        "I listen over forventede handlinger: kryss av handling nr. 1–9 som gjort; samme tall"
        " igjen gir delvis, ikke gjort og fjerner krysset"
    ),
    "tick_chosen": N_(
        "I listen over forventede handlinger: det samme for handlingen valgt med piltastene"
    ),
    "edit_observed": N_("I listen over forventede handlinger: rett valgt observert handling"),
    "use_suggestion": N_(
        "Evaluer: sett den foreslåtte vurderingen for målet markøren står i (som «Bruk forslaget»)"
    ),
    "release_chosen": N_("Gi innspillet som er valgt i listen"),
    "skip": N_("Hopp over innspillet som er valgt i listen"),
    "show_previous": N_("Vis et tidligere innspill på storskjermen"),
    "schedule": N_("Gå til innspillisten"),
    "end": N_("Avslutt øvelsen (spør først)"),
    "picture": N_("Vis bildet stort på storskjermen / vis hele innspillet igjen"),
    "participant_full": N_("Storskjermen i fullskjerm av/på"),
    "swap_screens": (
        N_(
            "Én skjerm: bytt mellom storskjerm og konsoll (det du skriver mens storskjermen"
            " dekker konsollen, går til loggen)"
        )
    ),
    "help": N_("Vis hurtigtastene"),
    "roles": N_("Velg rolle nr. 1–9 i stedet for den som var valgt (tallene står på knappene)"),
    "add_role": N_("Legg til eller fjern én rolle i valget (også Ctrl+klikk på knappen)"),
    "clear_roles": N_("Fjern valgte roller"),
    "pin_roles": N_("Fest rollevalget, så det blir stående etter Enter (av/på)"),
    "prefix": N_("Rolle med forkortelse: skriv starten av rollen og kolon"),
    "decision": N_("Type: beslutning"),
    "action": N_("Type: tiltak"),
    "question": N_("Type: spørsmål"),
    "observation": N_("Type: observasjon"),
    "learning": N_("Type: læringspunkt"),
    "save": (
        N_(
            "Lagre føringen; rollevalget tømmes etterpå hvis det ikke er festet"
            " (teksten blir stående hvis den ikke ble lagret)"
        )
    ),
    "focus_log": N_("Gå til loggen; Esc tilbake til skrivefeltet"),
    "edit": N_("Rediger valgt føring"),
    "delete": N_("Slett valgt føring (spør først)"),
    "history": N_("Vis historikken til valgt føring"),
    "steps": N_("Gå til trinn 1–6 (tallene står på knappene)"),
    "tailor": N_("Tilpass: endre pakken som er valgt i biblioteket eller i forberedelsen"),
    "print_kit": N_(
        "Forbered: skriv ut utskriftssettet (øvingsdirektiv, dreiebok, kort og skjemaer)"
    ),
    "hot_wash_round": N_("Rundt bordet: neste / forrige rolle (Alt+1 … Alt+9 velger en rolle)"),
    "hot_wash_summary": N_("Rundt bordet: oppsummering på storskjermen / tilbake til runden"),
    "hot_wash_edit": N_("Rundt bordet: rett valgt svar (Delete sletter det)"),
    "form_next": N_("I et skjema: til neste felt, også fra et tekstfelt med flere linjer"),
    "form_confirm": N_("I et skjema: bekreft (OK) fra hvilket som helst felt"),
}

# --- Qt's own words -----------------------------------------------------------------------
# Qt ships no bokmål catalogue, so its standard buttons (OK/Cancel/Close in every dialog)
# and the text fields' context menu would be English. language.py answers Qt's lookups
# for these source texts (Qt's English, with & before the shortcut letter) from here.
QT_STANDARD_TEXTS = {
    "OK": N_("OK"),
    "Cancel": N_("Avbryt"),
    "Close": N_("Lukk"),
    "Save": N_("Lagre"),
    "Open": N_("Åpne"),
    "Apply": N_("Bruk"),
    "Reset": N_("Tilbakestill"),
    "Help": N_("Hjelp"),
    "Discard": N_("Forkast"),
    "&Yes": N_("&Ja"),
    "&No": N_("&Nei"),
    "Abort": NP_("Qt: Abort", "Avbryt"),
    "Retry": N_("Prøv igjen"),
    "Ignore": N_("Ignorer"),
    "&Undo": N_("&Angre"),
    "&Redo": N_("&Gjør om"),
    "Cu&t": N_("Klipp &ut"),
    "&Copy": N_("&Kopier"),
    "Copy &Link Location": N_("Kopier &lenkeadresse"),
    "&Paste": N_("&Lim inn"),
    "Delete": N_("Slett"),
    "Select All": N_("Merk alt"),
}

# The words of Qt's own file dialog (used when the system's would speak another language,
# see file_dialogs.py), keyed like QT_STANDARD_TEXTS by Qt's English source text.
QT_FILE_DIALOG_TEXTS = {
    "Look in:": N_("Se i:"),
    "&Look in:": N_("&Se i:"),
    "Files of &type:": N_("Fil&type:"),
    "Show ": N_("Vis "),
    "File &name:": N_("Fil&navn:"),
    "Files of type:": N_("Filtype:"),
    "Directory:": N_("Mappe:"),
    "&Open": N_("&Åpne"),
    "&Save": N_("&Lagre"),
    "&Choose": N_("&Velg"),
    "Open": N_("Åpne"),
    "Save As": N_("Lagre som"),
    "Find Directory": N_("Finn mappe"),
    "Back": N_("Tilbake"),
    "Forward": N_("Fram"),
    "Parent Directory": N_("Overordnet mappe"),
    "Go back": N_("Gå tilbake"),
    "Go forward": N_("Gå fram"),
    "Go to the parent directory": N_("Gå til den overordnede mappen"),
    "Create New Folder": N_("Lag ny mappe"),
    "Create a New Folder": N_("Lag en ny mappe"),
    "List View": N_("Liste"),
    "Detail View": N_("Detaljer"),
    "Change to list view mode": N_("Vis som liste"),
    "Change to detail view mode": N_("Vis med detaljer"),
    "New Folder": N_("Ny mappe"),
    "&New Folder": N_("&Ny mappe"),
    "&Rename": N_("&Gi nytt navn"),
    "&Delete": N_("&Slett"),
    "Delete": N_("Slett"),
    "Remove": N_("Fjern"),
    "Show &hidden files": N_("Vis &skjulte filer"),
    "Sidebar": N_("Sidestolpe"),
    "List of places and bookmarks": N_("Steder og bokmerker"),
    "Recent Places": N_("Nylig brukte steder"),
    "My Computer": N_("Datamaskinen"),
    "Computer": N_("Datamaskin"),
    "Directories": N_("Mapper"),
    "Files": N_("Filer"),
    "File": N_("Fil"),
    "Folder": N_("Mappe"),
    "File Folder": N_("Filmappe"),
    "Drive": N_("Stasjon"),
    "Shortcut": N_("Snarvei"),
    "Alias": N_("Alias"),
    "Unknown": N_("Ukjent"),
    "%1 File": N_("%1-fil"),
    "All Files (*)": N_("Alle filer (*)"),
    "All files (*)": NP_("Qt: All files (*)", "Alle filer (*)"),
    "Name": N_("Navn"),
    "Size": N_("Størrelse"),
    "Type": N_("Type"),
    "Kind": NP_("Qt: Kind", "Type"),
    "Date Modified": N_("Sist endret"),
    "Invalid filename": N_("Ugyldig filnavn"),
    "%1 already exists.\nDo you want to replace it?": N_(
        "%1 finnes allerede.\nVil du erstatte den?"
    ),
    "%1\nFile not found.\nPlease verify the correct file name was given.": N_(
        "%1\nFinner ikke filen.\nSjekk at filnavnet er riktig."
    ),
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": N_(
        "%1\nFinner ikke mappen.\nSjekk at mappenavnet er riktig."
    ),
    "Are you sure you want to delete '%1'?": N_("Er du sikker på at du vil slette «%1»?"),
    "'%1' is write protected.\nDo you want to delete it anyway?": N_(
        "«%1» er skrivebeskyttet.\nVil du slette den likevel?"
    ),
    "Could not delete directory.": N_("Kunne ikke slette mappen."),
}

# --- the scenario editor («Tilpass») -------------------------------------------------------
STEP_TAILOR = N_("Tilpass")
STEP_TAILOR_TIP = N_("Endre innspill, tider, roller og tekster i pakken før øvelsen")
EDITOR_HEADING = N_("Tilpass pakken")
EDITOR_OUTLINE = N_("Innhold")
EDITOR_PACK = N_("Pakken")
EDITOR_OBJECTIVES = N_("Mål")
EDITOR_ROLES = N_("Roller")
EDITOR_VARIABLES = N_("Variabler")
EDITOR_BOARD = N_("Situasjonsbilde")
EDITOR_RESPONSES = NP_("pack editor", "Motspill")
EDITOR_PHASES = N_("Faser og innspill")
EDITOR_PROFILES = N_("Profiler")
EDITOR_QUESTION = N_("Spørsmål: {text}")
EDITOR_NAME = N_("Navn")
EDITOR_DEFAULT_CHOICE = N_("(som øvelsen er satt opp)")
EDITOR_YES = N_("ja")
EDITOR_NO = N_("nei")
EDITOR_LIST_HINT = N_("Én per linje")
EDITOR_SECOND_LANGUAGE = N_("{field} ({language})")
EDITOR_SECOND_QUESTIONS_HINT = N_(
    "Én per linje, i samme rekkefølge som problemstillingene; tom linje for en som ikke er oversatt"
)
EDITOR_IDS_HINT = N_("Id-er skilt med komma")
EDITOR_ROLE_UNKNOWN = N_("{id} – finnes ikke i pakken")
EDITOR_NO_PROBLEMS = N_("Ingen feil: pakken kan brukes.")
EDITOR_PROBLEMS = N_(
    "{count} feil – pakken kan lagres som utkast, men ikke brukes før de er rettet."
)
EDITOR_SAVE = N_("Lagre som ny pakke")
EDITOR_SAVE_TIP = N_(
    "Lagrer en kopi under «Mine pakker» (Ctrl+S); den innebygde pakken endres ikke"
)
EDITOR_SAVE_IN = N_("Lagre i mappe …")
EDITOR_SAVE_IN_CAPTION = N_("Velg en tom mappe for pakken")
EDITOR_SAVED = N_("Lagret i «{folder}».")
EDITOR_SAVED_WITH_PROBLEMS = N_(
    "Lagret som utkast i «{folder}». Rett feilene før pakken kan brukes."
)
EDITOR_KEYS = N_(
    "Insert: legg til etter · Ctrl+Insert: legg til under · Delete: slett · Ctrl+D: dupliser · "
    "Alt+↑/↓: flytt · Alt+Shift+↑/↓: til forrige/neste fase · Ctrl+Z/Ctrl+Y: angre/gjør om · "
    "Ctrl+E i en tekst: sett inn en variabel · Enter: til feltene, Esc: tilbake · "
    "Mellomrom: kryss av i en liste"
)
EDITOR_UNSAVED_TITLE = N_("Endringer som ikke er lagret")
EDITOR_UNSAVED_TEXT = N_("Pakken har endringer som ikke er lagret. Vil du forlate dem?")
EDITOR_OPEN_FAILED = N_("Pakken kan ikke åpnes for tilpasning:\n{error}")
EDITOR_PICTURE = N_("Legg til bilde …")
EDITOR_PICTURE_CAPTION = N_("Velg et bilde (PNG, JPEG eller SVG)")
EDITOR_PICTURE_FILTER = N_("Bilder (*.png *.jpg *.jpeg *.svg)")
LIBRARY_MINE = N_("Mine pakker · {title}")
EDITOR_PICTURE_ROW = N_("Bilde: {path}")
EDITOR_REHEARSE = N_("Prøvekjøring")
EDITOR_REHEARSE_TIP = N_(
    "Kjør pakken på en rask klokke (×10 eller ×60) uten å lagre noen økt, for å se flyten, "
    "innspillene og situasjonsbildet før øvelsen"
)
REHEARSAL_TITLE = N_("Prøvekjøring – {title}")
REHEARSAL_NOTE = N_(
    "Prøvekjøring: ingenting lagres. Innspillene gis automatisk når tiden er inne; klokken går "
    "raskere enn vanlig."
)
REHEARSAL_SPEED = N_("×{speed}")
REHEARSAL_NEXT = N_("Neste innspill")
REHEARSAL_PAUSE = N_("Pause")
REHEARSAL_RESUME = N_("Fortsett")
REHEARSAL_CLOSE = N_("Lukk")
REHEARSAL_STATUS = N_("Øvingstid {time} av {end}")
EDITOR_TAB_FIELDS = N_("Felt")
EDITOR_TAB_PREVIEW = N_("Forhåndsvisning")
EDITOR_PREVIEW_DEFAULTS = N_("Standardverdiene")
EDITOR_PREVIEW_WAITS = N_("Forhåndsvisningen vises når feilene i pakken er rettet.")
EDITOR_PREVIEW_CHOOSE = N_("Velg et innspill i innholdet for å se det slik storskjermen viser det.")
EDITOR_BOARD_HINT = N_("Én endring per linje: punkt-id: ny verdi [kritisk]")
EDITOR_VALUES_HINT = N_("Én verdi per linje: variabel: verdi")
EDITOR_TABLE_LINE = N_("linje {line}: skriv «navn: verdi»")
EDITOR_TABLE_TWICE = N_("linje {line}: «{key}» står to ganger")
# The form's label for each field of the format; a field not named here shows its key.
EDITOR_FIELD_LABELS = {
    "format": N_("Formatversjon"),
    "id": N_("Id"),
    "title": N_("Tittel"),
    "summary": N_("Sammendrag"),
    "hazard": NP_("pack editor", "Uønsket hendelse"),
    "region": N_("Region"),
    "duration": N_("Varighet"),
    "exercise_form": NP_("pack editor", "Øvelsesform"),
    "language": N_("Språk"),
    "version": N_("Versjon"),
    "author": N_("Forfatter"),
    "background": N_("Bakteppe"),
    "purpose": N_("Hensikt"),
    "tags": N_("Stikkord"),
    "short_duration": N_("Varighet, kortversjon"),
    "marking": N_("Gradering"),
    "based_on": N_("Laget fra"),
    "description": N_("Beskrivelse"),
    "at": N_("Tidspunkt"),
    "text": N_("Tekst"),
    "scenario_time": N_("Scenariotid"),
    "source": N_("Kilde"),
    "notes": NP_("pack editor", "Notater til øvingsleder"),
    "expected_actions": N_("Forventede handlinger"),
    "stall_prompts": N_("Hjelpespørsmål"),
    "responses": NP_("pack editor", "Motspill"),
    "objectives": N_("Mål"),
    "auto_release": N_("Gis automatisk"),
    "optional": N_("Valgfritt"),
    "short_at": N_("Tidspunkt, kortversjon"),
    "indicator": N_("Indikator"),
    "essential": N_("Nødvendig rolle"),
    "label": N_("Ledetekst"),
    "default": N_("Standardverdi"),
    "help": N_("Hjelpetekst"),
    "value": N_("Verdi"),
    "status": N_("Farge"),
    "actor": N_("Aktør"),
    "channel": N_("Kanal"),
    "municipality": N_("Kommune"),
    "sami_language_area": N_("Samisk forvaltningsområde"),
    "show_translation": N_("Vis andre språk på storskjermen"),
    "path": N_("Bilde"),
    "caption": N_("Bildetekst"),
    "alt": N_("Beskrivelse av bildet"),
    "roles": N_("Roller"),
    "board": N_("Situasjonsbilde"),
    "media": NP_("pack editor", "Bilder"),
    "values": N_("Verdier"),
}

# --- expected actions: the checklist in the run and the evidence beside each goal --------
BTN_CHECKLIST = N_("Kryss av …")
CHECKLIST_TITLE = N_("Forventede handlinger – {title}")
CHECKLIST_HINT = N_(
    "Trykk tallet for å krysse av handlingen som gjort; samme tall igjen gir delvis, ikke "
    "gjort og fjerner krysset. Mellomrom gjør det samme for handlingen valgt med piltastene. "
    "Tab til notat og observert handling, Enter lagrer, F2 retter en observert handling, Esc "
    "lukker."
)
CHECKLIST_NOTE = N_("Notat")
CHECKLIST_NOTE_HINT = N_("Notat til valgt handling (Enter lagrer)")
CHECKLIST_OBSERVED = N_("Observert handling")
CHECKLIST_OBSERVED_HINT = N_("Noe bordet gjorde som pakken ikke forventet (Enter legger til)")
CHECKLIST_EMPTY = N_("Innspillet har ingen forventede handlinger. Legg til en observert handling.")
CHECKLIST_NO_INJECT = N_("Gi et innspill først: handlingene krysses av for innspillet som drøftes.")
EVIDENCE_PICK_GOAL = N_("Gå til et mål eller delmål for å se grunnlaget for vurderingen.")
EVIDENCE_HEADING = N_("Grunnlag: {title}")
EVIDENCE_SUGGESTION = N_("Forslag fra avkrysningene: {rating}. {rule}")
EVIDENCE_NO_SUGGESTION = N_("ingen")
EVIDENCE_USE = N_("Bruk forslaget")
EVIDENCE_ALL_KINDS = N_("Alle typer")
EVIDENCE_ALL_ROLES = N_("Alle roller")
EVIDENCE_INJECTS = N_("Innspill som øver målet, med forventede handlinger")
EVIDENCE_NOT_GIVEN = N_("(ikke gitt)")
EVIDENCE_ENTRIES = N_("Loggføringer til disse innspillene ({count})")
EVIDENCE_STRENGTHS = N_("Hva fungerte bra, koblet til målet")
EVIDENCE_IMPROVEMENTS = N_("Forbedringspunkter koblet til målet")
EVIDENCE_NONE = N_("Ingen.")

# --- exempt parts (skjerming) and the report's formats ------------------------------------
EVAL_EXEMPT = N_("Skjerming")
EVAL_EXEMPT_INTRO = N_(
    "Det som merkes skjermet, står i den fullstendige rapporten, men utelates i den "
    "offentlige versjonen. Hjemmelen er merkingen under Rapporttekster. Mellomrom krysser av "
    "en loggføring; i funnlistene og tiltaksplanen skjermer Ctrl+U punktet som er valgt."
)
EVAL_EXEMPT_ENTRIES = N_("Loggføringer")
EVAL_EXEMPT_TEXTS = N_("Tekster")
EVAL_EXEMPT_APPENDICES = N_("Hele vedlegg")
EVAL_EXEMPT_BUTTON = N_("Skjerm (Ctrl+U)")
EVAL_EXEMPT_TAG = N_("[skjermet] ")
EVAL_EXEMPT_GOAL = N_("Skjermet")
EVAL_EXEMPT_GOAL_TIP = N_("Vurderingen og kommentaren utelates i den offentlige versjonen")
REPORT_DOCX = N_("Lag evalueringsrapport (Word) …")
REPORT_PUBLIC_PDF = N_("Lag offentlig versjon (PDF) …")
REPORT_PUBLIC_DOCX = N_("Lag offentlig versjon (Word) …")
REPORT_FILTER_DOCX = N_("Word-dokument (*.docx)")
REPORT_FILE_PUBLIC = N_("offentlig")  # in the suggested file name of the public version
REPORT_ACCESSIBLE_HINT = N_(
    "Word-filen er den tilgjengelige utgaven (overskrifter, tabelloverskrifter, språk); "
    "PDF-en er til utskrift og arkiv."
)

# --- «Send til statsforvalteren»: the result file (.ovelseresultat) ----------------------
MENU_REPORT = N_("&Rapport")
ACTION_SEND_RESULT = N_("Send til statsforvalteren …")
REPORT_SEND_RESULT = N_("Send til statsforvalteren (resultatfil) …")
SEND_RESULT_NO_SESSION = N_("Åpne en evaluert økt først; resultatfilen lages fra økten.")
SEND_TITLE = N_("Send til statsforvalteren")
SEND_INTRO = N_(
    "Resultatfilen har kommunens vurderinger, funn og tiltaksplan, slik at statsforvalteren "
    "kan se dem sammen med de andre kommunenes. Kryss av for punktene som trenger oppfølging "
    "fra region eller stat (mellomrom krysser av); avkrysningen lagres i økten."
)
SEND_WHAT = N_("Dette sendes")
SEND_KOMMUNE = N_("Kommune: {kommune} · Pakke: {pack} (versjon {version}) · Dato: {date}")
SEND_NO_DATE = N_("ikke satt")
SEND_COUNTS = N_(
    "Vurderte mål og delmål: {rated} av {goals} · Styrker: {strengths} · "
    "Forbedringspunkter: {improvements} · Læringspunkter: {learning} · Tiltak: {actions} · "
    "Deltakere: {people}"
)
SEND_MARKING = N_("Merking: {marking}")
SEND_MARKING_NONE = N_("Merking: ingen")
SEND_NAMES_NO = N_("Navn på deltakerne: sendes ikke (bare antall per rolle)")
SEND_NAMES_YES = N_("Navn på deltakerne: sendes")
SEND_EXEMPT_NONE = N_("Skjermet innhold: ingenting er skjermet")
SEND_EXEMPT_NO = NN_(
    "Skjermet innhold: holdes tilbake ({count} del)",
    "Skjermet innhold: holdes tilbake ({count} deler)",
)
SEND_EXEMPT_YES = NN_(
    "Skjermet innhold: tas med ({count} del) – send filen på en måte som passer merkingen",
    "Skjermet innhold: tas med ({count} deler) – send filen på en måte som passer merkingen",
)
SEND_FLAGGED = N_("Trenger oppfølging fra region/stat: {count}")
SEND_NOT_ENDED = N_("Øvelsen er ikke avsluttet; varigheten i filen er tiden så langt.")
SEND_ITEMS = N_("&Punkter som trenger oppfølging fra region/stat:")
SEND_ITEM = N_("{section} {id}: {text}")
SEND_ITEM_LEFT_OUT = N_("[skjermet – sendes ikke] ")
SEND_INCLUDE_NAMES = N_("Ta med &navn på deltakerne")
SEND_INCLUDE_EXEMPT = N_("Ta med &skjermet innhold (unntatt offentlighet)")
SEND_SAVE = N_("&Lagre resultatfil …")
SEND_CLOSE = N_("Lukk")
SEND_CAPTION = N_("Lagre resultatfilen")
SEND_FILTER = N_("Resultatfil fra Øvelse (*.ovelseresultat)")
SEND_SAVED = N_("Lagret {path}. Send filen til statsforvalteren slik statsforvalteren har bedt om.")
SEND_FAILED = N_("Resultatfilen ble ikke lagret: {error}")
SEND_READ_ONLY = N_("Økten er åpen bare for lesing; avkrysningene kan ikke endres her.")

# --- regional oppsummering (the roll-up of the kommuners' result files) ------------------
ACTION_ROLLUP = N_("Regional oppsummering …")
ROLLUP_TITLE = N_("Regional oppsummering")
ROLLUP_INTRO = N_(
    "Dra resultatfiler (.ovelseresultat) eller en mappe med dem hit, eller velg dem. "
    "Filene leses bare; de endres ikke."
)
ROLLUP_ADD_FILES = N_("Legg til &filer …")
ROLLUP_ADD_FOLDER = N_("Legg til &mappe …")
ROLLUP_CLEAR = N_("&Tøm")
ROLLUP_FILES_CAPTION = N_("Velg resultatfiler")
ROLLUP_FOLDER_CAPTION = N_("Velg mappen med resultatfiler")
ROLLUP_FILES_FILTER = N_("Resultatfiler fra Øvelse (*.ovelseresultat);;Alle filer (*)")
ROLLUP_INVITED = N_("&Inviterte kommuner (én per linje, eller lim inn fra et regneark):")
ROLLUP_INVITED_FILE = N_("&Hent liste fra fil …")
ROLLUP_INVITED_CAPTION = N_("Velg invitasjonslisten")
ROLLUP_INVITED_FILTER = N_("Tekst eller CSV (*.txt *.csv);;Alle filer (*)")
ROLLUP_PACK = N_("P&akke:")
ROLLUP_PACK_ITEM = N_("«{title}» versjon {version} – filer: {count}")
ROLLUP_EMPTY = N_("Ingen resultatfiler er lagt til ennå.")
ROLLUP_NONE_TAKEN = N_("Ingen av filene kunne tas med; se hvorfor under «Ikke tatt med».")
ROLLUP_STATUS = N_(
    "«{pack}» versjon {version} · kommuner med resultat: {kommuner} · filer ikke tatt med: "
    "{rejected} · inviterte som ikke har rapportert: {missing}"
)
ROLLUP_TAB_MATRIX = N_("Mål&oppnåelse")
ROLLUP_TAB_REJECTED = N_("Ikke tatt me&d ({count})")
ROLLUP_TAB_MISSING = N_("Ikke &rapportert ({count})")
ROLLUP_TAB_FOLLOW_UP = N_("Oppfø&lging ({count})")
ROLLUP_SAVE_PDF = N_("Lagre &PDF …")
ROLLUP_SAVE_XLSX = N_("Lagre &Excel …")
ROLLUP_CLOSE = N_("Lukk")
ROLLUP_PDF_CAPTION = N_("Lagre oppsummeringen som PDF")
ROLLUP_PDF_FILTER = N_("PDF (*.pdf)")
ROLLUP_XLSX_CAPTION = N_("Lagre oppsummeringen som Excel-arbeidsbok")
ROLLUP_XLSX_FILTER = N_("Excel-arbeidsbok (*.xlsx)")
ROLLUP_PDF_NAME = N_("oppsummering.pdf")
ROLLUP_XLSX_NAME = N_("oppsummering.xlsx")
ROLLUP_SAVED = N_("Lagret {path}.")
ROLLUP_SAVE_FAILED = N_("Oppsummeringen ble ikke lagret: {error}")
