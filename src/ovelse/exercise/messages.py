"""The engine's refusal messages (``ExerciseError``), in bokmål, in one place.

The facilitator reads these when the engine says no. ``ovelse.i18n`` swaps them for the
nynorsk or English catalogue, so read them at the moment of refusal:
``messages.X.format(...)``, never ``from messages import X``. Each ``{field}`` is filled
in by the code that raises.
"""

from __future__ import annotations

# --- the run: start, pause, resume, end ---------------------------------------------------
ALREADY_STARTED = "Øvelsen er allerede startet."
CANNOT_PAUSE = "Øvelsen går ikke nå, så den kan ikke settes på pause."
NOT_PAUSED = "Øvelsen står ikke på pause."
NOT_UNDER_WAY = "Øvelsen er ikke i gang."
PAUSE_TOO_EARLY = "Pausen kan starte tidligst {time}, da det siste ble registrert."
START_FIRST = "Start øvelsen før du gir innspill."
EXERCISE_ENDED = "Øvelsen er avsluttet."

# --- injects -----------------------------------------------------------------------------
INJECT_NOT_FOUND = "Innspillet «{inject_id}» finnes ikke."
INJECT_EXISTS = "Innspillet «{inject_id}» finnes allerede."
INJECT_RELEASED = "«{title}» er allerede gitt."
INJECT_DONE = "«{title}» er allerede gitt eller hoppet over."
INJECT_NOT_RELEASED = "«{title}» er ikke gitt ennå, og kan ikke vises igjen."
ALL_INJECTS_DONE = "Alle innspill er gitt eller hoppet over."
INJECT_TITLE_MISSING = "Et innspill trenger en overskrift."

# --- roles and participants --------------------------------------------------------------
UNKNOWN_ROLES = "Ukjent rolle: {roles}."
ROLE_TITLE_MISSING = "Skriv navnet på rollen."
ROLE_EXISTS = "Rollen «{role_id}» finnes allerede."
PARTICIPANT_EMPTY = "En deltaker trenger navn, organisasjon eller minst én rolle."
PARTICIPANT_NOT_FOUND = "Deltakeren «{participant_id}» finnes ikke."
PARTICIPANT_EXISTS = "Deltakeren «{participant_id}» finnes allerede."

# --- the decision log --------------------------------------------------------------------
ENTRY_TEXT_MISSING = "Skriv hva som ble besluttet, gjort eller spurt om."
ENTRY_ROLE_MISSING = "Velg minst én rolle for loggføringen."
ENTRY_NOT_FOUND = "Loggføringen «{entry_id}» finnes ikke."
ENTRY_EXISTS = "Loggføringen «{entry_id}» finnes allerede."
ENTRY_DELETED = "Loggføringen «{entry_id}» er slettet."
ENTRY_NOT_DELETED = "Loggføringen «{entry_id}» er ikke slettet."

# --- the situation board -----------------------------------------------------------------
BOARD_ITEM_NOT_FOUND = "Situasjonsbildet har ikke punktet «{item_id}»."
BOARD_BAD_STATUS = "«{status}» er ikke en gyldig status for situasjonsbildet."
BOARD_VALUE_MISSING = "Skriv en verdi for punktet."

# --- the evaluation ----------------------------------------------------------------------
OBJECTIVE_NOT_FOUND = "Målet «{target_id}» finnes ikke i scenarioet."
ITEM_NOT_FOUND = "Punktet «{item_id}» finnes ikke under {section}."
ITEM_EXISTS = "Punktet «{item_id}» finnes allerede."
ITEM_CANNOT_MOVE = "Punktet kan ikke flyttes dit."
ITEM_TEXT_MISSING = "Skriv teksten for punktet."
ACTION_MEASURE_MISSING = "Beskriv tiltaket."
NOT_A_DATE = "«{value}» er ikke en dato (skriv åååå-mm-dd)."
MARKING_TEXT_MISSING = "Skriv teksten som skal stå i merkefeltet."
EXEMPT_ITEM_NOT_FOUND = "Punktet «{item_id}» finnes ikke i evalueringen og kan ikke skjermes."
EXEMPT_PART_UNKNOWN = "Rapporten har ingen del «{target_id}» som kan skjermes."

# --- replaying stored events -------------------------------------------------------------
EVENT_OUT_OF_ORDER = "Hendelse nr. {seq} kom etter nr. {last_seq}."
UNKNOWN_EVENT = "Ukjent hendelse {event}."
EVENT_TIME_BACKWARDS = "Øvelsestiden går bakover ({time} etter {last})."

# --- text the file cannot store ----------------------------------------------------------
TEXT_NOT_STORABLE = (
    "Teksten «{text}» har et tegn som ikke kan lagres (tegn nr. {position}, vist som �), "
    "trolig fra et ødelagt utklipp. Skriv eller lim inn teksten på nytt."
)

# --- stored values of the wrong shape (the detail in a «damaged file» message) ------------
PLAIN_UNKNOWN_EVENT_TYPE = "ukjent hendelsestype «{type_name}»"
PLAIN_FIELD_MISSING = "feltet «{name}» mangler"
PLAIN_UNKNOWN_FIELD = "ukjent felt «{name}»"
PLAIN_EXPECTED_OBJECT = "ventet et objekt, fant {value}"
PLAIN_EXPECTED_NULL = "ventet null, fant {value}"
PLAIN_EXPECTED_BOOL = "ventet true/false, fant {value}"
PLAIN_EXPECTED_INT = "ventet et heltall, fant {value}"
PLAIN_EXPECTED_TEXT = "ventet tekst, fant {value}"
PLAIN_EXPECTED_DATE = "ventet en dato, fant {value}"
PLAIN_EXPECTED_LIST = "ventet en liste, fant {value}"
PLAIN_UNKNOWN_VALUE = "ukjent verdi {value}"
PLAIN_UNEXPECTED_VALUE = "uventet verdi {value}"
