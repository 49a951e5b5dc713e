"""The session store's messages to the user, in bokmål, in one place.

Every ``SessionError`` message and every reason a session opens read-only. ``ovelse.i18n``
swaps them for the nynorsk or English catalogue, so read them at the moment of use:
``messages.X.format(...)``, never ``from messages import X``. ``{name}`` is the file's
name; the lower-case texts are pieces that go inside a longer message.
"""

from __future__ import annotations

# --- recognising the file ----------------------------------------------------------------
NOT_A_FILE = "«{name}» er ikke en fil."
NOT_FOUND = "Finner ikke øktfilen «{name}»."
NO_READ_ACCESS = "Du har ikke lesetilgang til «{name}»."
EMPTY = "«{name}» er tom og er ikke en øktfil fra Øvelse."
NOT_A_SESSION = "«{name}» er ikke en øktfil fra Øvelse."
BAD_PAGE_SIZE = "«{name}» er skadet (ugyldig sidestørrelse)."
FOREIGN_DATABASE = "«{name}» er en database fra et annet program, ikke en øktfil fra Øvelse."
NEWER_FORMAT = (
    "«{name}» er laget med en nyere versjon av Øvelse (filformat {version}; denne versjonen "
    "leser til og med {supported}). Oppdater Øvelse for å åpne den. Filen er ikke endret."
)
TRUNCATED = (
    "«{name}» er avkortet eller skadet ({size} byte, ventet {expected}). Filen er ikke "
    "endret; åpne en sikkerhetskopi hvis du har en."
)

# --- opening and reading -----------------------------------------------------------------
CANNOT_OPEN = "Kan ikke åpne «{name}»: {error}."
CANNOT_READ = "Kan ikke lese «{name}»: {error}."
CORRUPT = (
    "«{name}» er skadet og kan ikke åpnes ({detail}). Filen er ikke endret; åpne en "
    "sikkerhetskopi hvis du har en."
)
DETAIL_UNKNOWN = "ukjent feil"
DETAIL_LAYOUT = "tabeller eller metadata mangler"
DETAIL_SCHEMA_CHANGED = "oppbyggingen av {items} er ikke slik Øvelse lager den"
FOREIGN_SCHEMA = (
    "«{name}» inneholder {items}, som en øktfil fra Øvelse ikke har. Slikt kan endre "
    "innholdet uten at det vises, så filen åpnes ikke. Filen er ikke endret."
)
SCHEMA_TRIGGER = "utløseren (trigger) «{item}»"
SCHEMA_VIEW = "visningen (view) «{item}»"
SCHEMA_TABLE = "tabellen «{item}»"
SCHEMA_INDEX = "indeksen «{item}»"
SCHEMA_MORE = "og {count} til"
DETAIL_EVENT = "hendelse nr. {seq}: {error}"
DETAIL_EXERCISE_TIME = "øvelsestiden «{value}» er ikke et antall millisekunder"
DETAIL_WALL = "tidspunktet «{value}» er ikke et tidspunkt i UTC"
DETAIL_EXERCISE_TIME_RANGE = "øvelsestiden {value} ms er lengre enn {days} døgn"
DETAIL_WALL_RANGE = "tidspunktet «{value}» ligger utenfor {earliest} – {latest}"
DETAIL_BAD_TEXT = "en tekst har et tegn som ikke kan lagres som UTF-8"
DETAIL_TOO_DEEP = "dataene er nøstet for dypt"
DETAIL_VARIABLES = "profilvariablene er ikke et JSON-objekt med tekster"
DETAIL_SCENARIO = "scenarioet kan ikke leses: {error}"
JOURNAL_DAMAGED = (
    "«{name}» ble avbrutt midt i en lagring, og journalfilen som skulle sette den tilbake, "
    "er skadet ({damage}). Filene er ikke endret; åpne en sikkerhetskopi hvis du har en, og "
    "ta vare på begge filene."
)
JOURNAL_SHORT = "journalen er kortere enn de {count} sidene den lover"
JOURNAL_BAD_SIZE = "ugyldig sektor- eller sidestørrelse i journalen"
JOURNAL_BAD_CHECKSUM = "en side i journalen stemmer ikke med kontrollsummen"
CANNOT_UPGRADE = (
    "«{name}» har filformat {version}, som denne versjonen av Øvelse ikke kan oppgradere. "
    "Filen er ikke endret."
)
UPGRADE_FAILED = (
    "Kunne ikke oppgradere «{name}» fra filformat {version}: {error}. Filen er ikke endret."
)

# --- opened read-only --------------------------------------------------------------------
OPENED_READ_ONLY = "«{name}» er åpnet skrivebeskyttet."
FOLDER_READ_ONLY = (
    "Du har ikke skrivetilgang til mappen der «{name}» ligger, så den åpnes "
    "skrivebeskyttet. Bruk «Lagre som» for å lagre en kopi du kan endre."
)
OPEN_ELSEWHERE = (
    "«{name}» er allerede åpen i Øvelse {where}{since}, og åpnes derfor skrivebeskyttet."
)
ON_HOST = "på {host}"
IN_ANOTHER_PROGRAM = "i et annet program"
SINCE = " siden {time}"
SINCE_FORMAT = "%d.%m.%Y kl. %H:%M"  # strftime, local time
DISK_FULL_READ_ONLY = (
    "Disken der «{name}» ligger, er full, så den åpnes skrivebeskyttet. Frigjør plass og "
    "åpne den på nytt, eller bruk «Lagre som» for å lagre en kopi på en annen disk."
)
LOCK_FAILED_READ_ONLY = (
    "Øvelse kunne ikke lage låsefilen til «{name}» ({reason}), så den åpnes "
    "skrivebeskyttet. Bruk «Lagre som» for å lagre en kopi du kan endre."
)
LOCK_NOT_A_FILE = (
    "Ved siden av «{name}» ligger «{lock}», som ikke er en låsefil fra Øvelse (men en mappe, "
    "en lenke eller en spesialfil), så økta åpnes skrivebeskyttet. Fjern «{lock}», eller "
    "bruk «Lagre som» for å lagre en kopi du kan endre."
)
TAKEN_OVER = (
    "«{name}» er tatt over av Øvelse {where}{since}, så denne endringen er ikke lagret i "
    "filen. Ingenting er tapt: bruk «Lagre som» for å fortsette i en egen kopi med alt som "
    "er registrert her, og gjør endringen der."
)
TAKEN_OVER_READ_ONLY = (
    "«{name}» er tatt over av Øvelse {where}{since} og vises skrivebeskyttet her. Bruk "
    "«Lagre som» for å fortsette i en egen kopi."
)
CANNOT_TAKE_OVER = "Kunne ikke ta over «{name}»: {reason}."

# --- writing -----------------------------------------------------------------------------
EXISTS = "«{name}» finnes allerede og blir ikke overskrevet."
IN_USE = "«{name}» er i bruk."
CLOSED = "«{name}» er lukket."
CANNOT_CREATE = "Kunne ikke opprette «{name}»: {error}."
FOLDER_NOT_WRITABLE = "Kan ikke skrive i mappen til «{name}»: {error}."
READ_ONLY = "«{name}» er åpnet skrivebeskyttet; endringen er ikke lagret."
MISSING = (
    "«{name}» er slettet eller flyttet mens den var åpen. Endringen er ikke lagret. Bruk "
    "«Lagre som» for å lagre økta et annet sted."
)
SAVE_AS_FAILED = "Kunne ikke lagre «{name}»: {error}. Økta er ikke flyttet; prøv et annet sted."
WRITE_FAILED = "Kunne ikke lagre i «{name}»: {reason}. {rescue}"
REASON_DISK_FULL = "disken er full"
REASON_READ_ONLY = "filen eller mappen er skrivebeskyttet"
REASON_IO = "skrivefeil (kanskje er minnepinnen eller nettverksdisken koblet fra)"
REASON_LOCKED = "filen er låst av et annet program"
REASON_CONFLICT = "et annet program har skrevet til økta samtidig"
REASON_CORRUPT = "filen er skadet"
REASON_NOT_FOUND = "filen eller mappen finnes ikke"
REASON_EXISTS = "det finnes allerede en fil med det navnet"
REASON_CODE = "feil nr. {code} fra systemet"
DETAIL_DAMAGED_STRUCTURE = "SQLite fant skadede sider eller strukturer i filen"
DETAIL_NOT_UTF8 = "en tekst i filen er ikke gyldig UTF-8"
DETAIL_INTEGRITY = "integritetskontrollen fant feil i filen"
DETAIL_NOT_JSON = "innholdet er ikke gyldig JSON (fra tegn {position})"
RESCUE_SAVE_AS = "Endringen er ikke gjort. Bruk «Lagre som» for å lagre økta et annet sted."
RESCUE_DISK_FULL = (
    "Endringen er ikke gjort. Frigjør plass, eller bruk «Lagre som» for å lagre økta på en "
    "annen disk."
)
RESCUE_REOPEN = "Endringen er ikke gjort. Lukk økta og åpne den på nytt."
