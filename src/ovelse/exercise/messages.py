"""The engine's refusal messages (``ExerciseError``), in bokmål, in one place.

The facilitator reads these when the engine says no. ``ovelse.i18n`` swaps them for the
nynorsk or English catalogue, so read them at the moment of refusal:
``messages.X.format(...)``, never ``from messages import X``. Each ``{field}`` is filled
in by the code that raises.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_

# --- the run: start, pause, resume, end ---------------------------------------------------
ALREADY_STARTED = N_("Øvelsen er allerede startet.")
CANNOT_PAUSE = N_("Øvelsen går ikke nå, så den kan ikke settes på pause.")
NOT_PAUSED = N_("Øvelsen står ikke på pause.")
NOT_UNDER_WAY = N_("Øvelsen er ikke i gang.")
PAUSE_TOO_EARLY = N_("Pausen kan starte tidligst {time}, da det siste ble registrert.")
START_FIRST = N_("Start øvelsen før du gir innspill.")
EXERCISE_ENDED = N_("Øvelsen er avsluttet.")

# --- injects -----------------------------------------------------------------------------
INJECT_NOT_FOUND = N_("Innspillet «{inject_id}» finnes ikke.")
INJECT_EXISTS = N_("Innspillet «{inject_id}» finnes allerede.")
INJECT_RELEASED = N_("«{title}» er allerede gitt.")
INJECT_DONE = N_("«{title}» er allerede gitt eller hoppet over.")
INJECT_NOT_RELEASED = N_("«{title}» er ikke gitt ennå, og kan ikke vises igjen.")
ALL_INJECTS_DONE = N_("Alle innspill er gitt eller hoppet over.")
INJECT_TITLE_MISSING = N_("Et innspill trenger en overskrift.")

# --- expected actions (the checklist) ------------------------------------------------------
ACTION_NOT_FOUND = N_("Innspillet «{inject_id}» har ingen forventet handling «{action_id}».")
ACTION_EXISTS = N_("Den observerte handlingen «{action_id}» finnes allerede.")
ACTION_TEXT_MISSING = N_("Skriv hva som ble gjort.")
ACTION_INJECT_NOT_GIVEN = N_(
    "«{title}» er ikke gitt ennå: handlinger krysses av for innspill som er gitt."
)
ACTION_NO_INJECT = N_("Gi et innspill før du krysser av handlinger.")

# --- roles and participants --------------------------------------------------------------
UNKNOWN_ROLES = N_("Ukjent rolle: {roles}.")
ROLE_TITLE_MISSING = N_("Skriv navnet på rollen.")
ROLE_EXISTS = N_("Rollen «{role_id}» finnes allerede.")
PARTICIPANT_EMPTY = N_("En deltaker trenger navn, organisasjon eller minst én rolle.")
PARTICIPANT_NOT_FOUND = N_("Deltakeren «{participant_id}» finnes ikke.")
PARTICIPANT_EXISTS = N_("Deltakeren «{participant_id}» finnes allerede.")

# --- the decision log --------------------------------------------------------------------
ENTRY_TEXT_MISSING = N_("Skriv hva som ble besluttet, gjort eller spurt om.")
ENTRY_ROLE_MISSING = N_("Velg minst én rolle for loggføringen.")
ENTRY_NOT_FOUND = N_("Loggføringen «{entry_id}» finnes ikke.")
ENTRY_EXISTS = N_("Loggføringen «{entry_id}» finnes allerede.")
ENTRY_DELETED = N_("Loggføringen «{entry_id}» er slettet.")
ENTRY_NOT_DELETED = N_("Loggføringen «{entry_id}» er ikke slettet.")

# --- the situation board -----------------------------------------------------------------
BOARD_ITEM_NOT_FOUND = N_("Situasjonsbildet har ikke punktet «{item_id}».")
BOARD_BAD_STATUS = N_("«{status}» er ikke en gyldig status for situasjonsbildet.")
BOARD_VALUE_MISSING = N_("Skriv en verdi for punktet.")

# --- the evaluation ----------------------------------------------------------------------
OBJECTIVE_NOT_FOUND = N_("Målet «{target_id}» finnes ikke i scenarioet.")
ITEM_NOT_FOUND = N_("Punktet «{item_id}» finnes ikke under {section}.")
ITEM_EXISTS = N_("Punktet «{item_id}» finnes allerede.")
ITEM_CANNOT_MOVE = N_("Punktet kan ikke flyttes dit.")
ITEM_TEXT_MISSING = N_("Skriv teksten for punktet.")
ACTION_MEASURE_MISSING = N_("Beskriv tiltaket.")
NOT_A_DATE = N_("«{value}» er ikke en dato (skriv åååå-mm-dd).")
MARKING_TEXT_MISSING = N_("Skriv teksten som skal stå i merkefeltet.")
EXEMPT_ITEM_NOT_FOUND = N_("Punktet «{item_id}» finnes ikke i evalueringen og kan ikke skjermes.")
EXEMPT_PART_UNKNOWN = N_("Rapporten har ingen del «{target_id}» som kan skjermes.")
FOLLOW_UP_ITEM_NOT_FOUND = N_(
    "Punktet «{item_id}» finnes ikke i evalueringen og kan ikke merkes for oppfølging."
)

# --- the hot wash (umiddelbar evaluering) ------------------------------------------------
HOT_WASH_TEXT_MISSING = N_("Skriv svaret før det lagres.")
HOT_WASH_ROLE_MISSING = N_("Velg rollen som svarer.")
HOT_WASH_NOT_FOUND = N_("Svaret «{answer_id}» fra den umiddelbare evalueringen finnes ikke.")
HOT_WASH_EXISTS = N_("Svaret «{answer_id}» fra den umiddelbare evalueringen finnes allerede.")

# --- replaying stored events -------------------------------------------------------------
EVENT_OUT_OF_ORDER = N_("Hendelse nr. {seq} kom etter nr. {last_seq}.")
UNKNOWN_EVENT = N_("Ukjent hendelse {event}.")
EVENT_TIME_BACKWARDS = N_("Øvelsestiden går bakover ({time} etter {last}).")

# --- text the file cannot store ----------------------------------------------------------
TEXT_NOT_STORABLE = N_(
    "Teksten «{text}» har et tegn som ikke kan lagres (tegn nr. {position}, vist som �), "
    "trolig fra et ødelagt utklipp. Skriv eller lim inn teksten på nytt."
)

# --- stored values of the wrong shape (the detail in a «damaged file» message) ------------
PLAIN_UNKNOWN_EVENT_TYPE = N_("ukjent hendelsestype «{type_name}»")
PLAIN_FIELD_MISSING = N_("feltet «{name}» mangler")
PLAIN_UNKNOWN_FIELD = N_("ukjent felt «{name}»")
PLAIN_EXPECTED_OBJECT = N_("ventet et objekt, fant {value}")
PLAIN_EXPECTED_NULL = N_("ventet null, fant {value}")
PLAIN_EXPECTED_BOOL = N_("ventet true/false, fant {value}")
PLAIN_EXPECTED_INT = N_("ventet et heltall, fant {value}")
PLAIN_EXPECTED_TEXT = N_("ventet tekst, fant {value}")
PLAIN_EXPECTED_DATE = N_("ventet en dato, fant {value}")
PLAIN_EXPECTED_LIST = N_("ventet en liste, fant {value}")
PLAIN_UNKNOWN_VALUE = N_("ukjent verdi {value}")
PLAIN_UNEXPECTED_VALUE = N_("uventet verdi {value}")
