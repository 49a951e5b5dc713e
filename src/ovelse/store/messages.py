"""The session store's messages to the user, in bokmål, in one place.

Every ``SessionError`` message and every reason a session opens read-only. ``ovelse.i18n``
swaps them for the nynorsk or English catalogue, so read them at the moment of use:
``messages.X.format(...)``, never ``from messages import X``. ``{name}`` is the file's
name; the lower-case texts are pieces that go inside a longer message.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_

# --- recognising the file ----------------------------------------------------------------
NOT_A_FILE = N_("«{name}» er ikke en fil.")
NOT_FOUND = N_("Finner ikke øktfilen «{name}».")
NO_READ_ACCESS = N_("Du har ikke lesetilgang til «{name}».")
EMPTY = N_("«{name}» er tom og er ikke en øktfil fra Øvelse.")
NOT_A_SESSION = N_("«{name}» er ikke en øktfil fra Øvelse.")
BAD_PAGE_SIZE = N_("«{name}» er skadet (ugyldig sidestørrelse).")
FOREIGN_DATABASE = N_("«{name}» er en database fra et annet program, ikke en øktfil fra Øvelse.")
NEWER_FORMAT = N_(
    "«{name}» er laget med en nyere versjon av Øvelse (filformat {version}; denne versjonen "
    "leser til og med {supported}). Oppdater Øvelse for å åpne den. Filen er ikke endret."
)
TRUNCATED = N_(
    "«{name}» er avkortet eller skadet ({size} byte, ventet {expected}). Filen er ikke "
    "endret; åpne en sikkerhetskopi hvis du har en."
)

# --- opening and reading -----------------------------------------------------------------
CANNOT_OPEN = N_("Kan ikke åpne «{name}»: {error}.")
CANNOT_READ = N_("Kan ikke lese «{name}»: {error}.")
CORRUPT = N_(
    "«{name}» er skadet og kan ikke åpnes ({detail}). Filen er ikke endret; åpne en "
    "sikkerhetskopi hvis du har en."
)
DETAIL_UNKNOWN = N_("ukjent feil")
DETAIL_LAYOUT = N_("tabeller eller metadata mangler")
DETAIL_SCHEMA_CHANGED = N_("oppbyggingen av {items} er ikke slik Øvelse lager den")
FOREIGN_SCHEMA = N_(
    "«{name}» inneholder {items}, som en øktfil fra Øvelse ikke har. Slikt kan endre "
    "innholdet uten at det vises, så filen åpnes ikke. Filen er ikke endret."
)
SCHEMA_TRIGGER = N_("utløseren (trigger) «{item}»")
SCHEMA_VIEW = N_("visningen (view) «{item}»")
SCHEMA_TABLE = N_("tabellen «{item}»")
SCHEMA_INDEX = N_("indeksen «{item}»")
SCHEMA_MORE = N_("og {count} til")
DETAIL_EVENT = N_("hendelse nr. {seq}: {error}")
DETAIL_EXERCISE_TIME = N_("øvelsestiden «{value}» er ikke et antall millisekunder")
DETAIL_WALL = N_("tidspunktet «{value}» er ikke et tidspunkt i UTC")
DETAIL_EXERCISE_TIME_RANGE = N_("øvelsestiden {value} ms er lengre enn {days} døgn")
DETAIL_WALL_RANGE = N_("tidspunktet «{value}» ligger utenfor {earliest} – {latest}")
DETAIL_BAD_TEXT = N_("en tekst har et tegn som ikke kan lagres som UTF-8")
DETAIL_TOO_DEEP = N_("dataene er nøstet for dypt")
DETAIL_VARIABLES = N_("profilvariablene er ikke et JSON-objekt med tekster")
DETAIL_SCENARIO = N_("scenarioet kan ikke leses: {error}")
JOURNAL_DAMAGED = N_(
    "«{name}» ble avbrutt midt i en lagring, og journalfilen som skulle sette den tilbake, "
    "er skadet ({damage}). Filene er ikke endret; åpne en sikkerhetskopi hvis du har en, og "
    "ta vare på begge filene."
)
JOURNAL_SHORT = NN_(
    "journalen er kortere enn den {count} siden den lover",
    "journalen er kortere enn de {count} sidene den lover",
)
JOURNAL_BAD_SIZE = N_("ugyldig sektor- eller sidestørrelse i journalen")
JOURNAL_BAD_CHECKSUM = N_("en side i journalen stemmer ikke med kontrollsummen")
CANNOT_UPGRADE = N_(
    "«{name}» har filformat {version}, som denne versjonen av Øvelse ikke kan oppgradere. "
    "Filen er ikke endret."
)
UPGRADE_FAILED = N_(
    "Kunne ikke oppgradere «{name}» fra filformat {version}: {error}. Filen er ikke endret."
)

# --- opened read-only --------------------------------------------------------------------
OPENED_READ_ONLY = N_("«{name}» er åpnet skrivebeskyttet.")
FOLDER_READ_ONLY = N_(
    "Du har ikke skrivetilgang til mappen der «{name}» ligger, så den åpnes "
    "skrivebeskyttet. Bruk «Lagre som» for å lagre en kopi du kan endre."
)
OPEN_ELSEWHERE = N_(
    "«{name}» er allerede åpen i Øvelse {where}{since}, og åpnes derfor skrivebeskyttet."
)
ON_HOST = N_("på {host}")
IN_ANOTHER_PROGRAM = N_("i et annet program")
SINCE = N_(" siden {time}")
SINCE_FORMAT = N_("%d.%m.%Y kl. %H:%M")  # strftime, local time
DISK_FULL_READ_ONLY = N_(
    "Disken der «{name}» ligger, er full, så den åpnes skrivebeskyttet. Frigjør plass og "
    "åpne den på nytt, eller bruk «Lagre som» for å lagre en kopi på en annen disk."
)
LOCK_FAILED_READ_ONLY = N_(
    "Øvelse kunne ikke lage låsefilen til «{name}» ({reason}), så den åpnes "
    "skrivebeskyttet. Bruk «Lagre som» for å lagre en kopi du kan endre."
)
LOCK_NOT_A_FILE = N_(
    "Ved siden av «{name}» ligger «{lock}», som ikke er en låsefil fra Øvelse (men en mappe, "
    "en lenke eller en spesialfil), så økta åpnes skrivebeskyttet. Fjern «{lock}», eller "
    "bruk «Lagre som» for å lagre en kopi du kan endre."
)
TAKEN_OVER = N_(
    "«{name}» er tatt over av Øvelse {where}{since}, så denne endringen er ikke lagret i "
    "filen. Ingenting er tapt: bruk «Lagre som» for å fortsette i en egen kopi med alt som "
    "er registrert her, og gjør endringen der."
)
TAKEN_OVER_READ_ONLY = N_(
    "«{name}» er tatt over av Øvelse {where}{since} og vises skrivebeskyttet her. Bruk "
    "«Lagre som» for å fortsette i en egen kopi."
)
CANNOT_TAKE_OVER = N_("Kunne ikke ta over «{name}»: {reason}.")

# --- writing -----------------------------------------------------------------------------
EXISTS = N_("«{name}» finnes allerede og blir ikke overskrevet.")
IN_USE = N_("«{name}» er i bruk.")
CLOSED = N_("«{name}» er lukket.")
CANNOT_CREATE = N_("Kunne ikke opprette «{name}»: {error}.")
FOLDER_NOT_WRITABLE = N_("Kan ikke skrive i mappen til «{name}»: {error}.")
READ_ONLY = N_("«{name}» er åpnet skrivebeskyttet; endringen er ikke lagret.")
MISSING = N_(
    "«{name}» er slettet eller flyttet mens den var åpen. Endringen er ikke lagret. Bruk "
    "«Lagre som» for å lagre økta et annet sted."
)
SAVE_AS_FAILED = N_("Kunne ikke lagre «{name}»: {error}. Økta er ikke flyttet; prøv et annet sted.")
WRITE_FAILED = N_("Kunne ikke lagre i «{name}»: {reason}. {rescue}")
REASON_DISK_FULL = N_("disken er full")
REASON_READ_ONLY = N_("filen eller mappen er skrivebeskyttet")
REASON_IO = N_("skrivefeil (kanskje er minnepinnen eller nettverksdisken koblet fra)")
REASON_LOCKED = N_("filen er låst av et annet program")
REASON_CONFLICT = N_("et annet program har skrevet til økta samtidig")
REASON_CORRUPT = N_("filen er skadet")
REASON_NOT_FOUND = N_("filen eller mappen finnes ikke")
REASON_EXISTS = N_("det finnes allerede en fil med det navnet")
REASON_CODE = N_("feil nr. {code} fra systemet")
DETAIL_DAMAGED_STRUCTURE = N_("SQLite fant skadede sider eller strukturer i filen")
DETAIL_NOT_UTF8 = N_("en tekst i filen er ikke gyldig UTF-8")
DETAIL_INTEGRITY = N_("integritetskontrollen fant feil i filen")
DETAIL_NOT_JSON = N_("innholdet er ikke gyldig JSON (fra tegn {position})")
RESCUE_SAVE_AS = N_("Endringen er ikke gjort. Bruk «Lagre som» for å lagre økta et annet sted.")
RESCUE_DISK_FULL = N_(
    "Endringen er ikke gjort. Frigjør plass, eller bruk «Lagre som» for å lagre økta på en "
    "annen disk."
)
RESCUE_REOPEN = N_("Endringen er ikke gjort. Lukk økta og åpne den på nytt.")
