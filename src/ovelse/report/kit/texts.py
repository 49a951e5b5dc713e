"""Every text the paper kit prints that does not come from the pack, in bokmål.

Ratings, entry kinds and markings come from ``ovelse.exercise.labels`` as in the report.
``ovelse.i18n`` swaps these constants for the nynorsk or English catalogue, so read them
at the moment of use (``texts.X``), never with ``from texts import X``.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_

# --- the documents, as their covers and file properties name them ----------------------
DIRECTIVE = N_("Øvingsdirektiv")
DREIEBOK = N_("Dreiebok")
INJECT_CARDS = N_("Innspillskort")
ROLE_CARDS = N_("Rollekort")
OBSERVER = N_("Observatørskjema")
HOTWASH = N_("Evalueringsskjema for deltakerne")
FOR_PARTICIPANTS = N_("Til deltakerne")
FOR_FACILITATOR = N_("Til øvingsleder – ikke del ut")
FOR_OBSERVERS = N_("Til observatører og referent")
SUBJECT = N_("{document} – {title}")

# --- øvingsdirektiv -------------------------------------------------------------------
DATE = N_("Dato")
TIME = N_("Tid")
PLACE = N_("Sted")
EXERCISE_FORM = N_("Øvelsesform")
DURATION = N_("Varighet")
HAZARD = N_("Uønsket hendelse")
PURPOSE = N_("Hensikt")
BACKGROUND = N_("Bakteppe")
GOALS = N_("Mål og delmål")
SCOPE = N_("Øvingsforutsetninger")
ROLES = N_("Deltakere og roller")
ROLE = N_("Rolle")
ESSENTIAL = N_("Bør være til stede")
PEOPLE = N_("Deltar: {names}")
RULES = N_("Spilleregler")
DEFAULT_RULES = N_(
    "Øvelsen er en diskusjonsøvelse: vi øver på planene og samarbeidet, ikke på "
    "enkeltpersoner. Svar ut fra rollen du har i kommunens kriseorganisasjon, og si det "
    "høyt når du ville gjort noe. Det finnes ingen fasit; det er lov å være usikker og å "
    "spørre. Øvingsleder gir innspillene og styrer tiden. Det som sies i øvelsen, blir "
    "ført i en logg og brukt i evalueringen, ikke til å vurdere den enkelte."
)
PRACTICAL = N_("Praktisk informasjon")
CONTACT = N_("Kontakt")
WRITE_HERE = N_("Fylles ut: ________________________________")

# --- dreiebok -------------------------------------------------------------------------
PLANNED = N_("Planlagt {offset}")
SOURCE = N_("Fra: {source}")
OPTIONAL = N_("Valgfritt innspill")
GIVEN_AT = N_("Gitt kl.")
PARTICIPANT_TEXT = N_("Til deltakerne")
NOTES = N_("Notater til øvingsleder")
QUESTIONS = N_("Problemstillinger")
EXPECTED = N_("Forventede handlinger")
STALL = N_("Hjelpespørsmål hvis diskusjonen stopper opp")
RESPONSES = N_("Motspill")
RESPONSE_LINE = N_("{actor} ({channel})")
BOARD = N_("Situasjonsbilde")
EXERCISES = N_("Øver mål")
INJECT_NUMBER = N_("Innspill {number} av {total}")
CONTINUED = N_("Fortsatt fra forrige side: {card}")  # atop a card's second sheet
SUMMARY = N_("Sammendrag")
BOARD_AT_START = N_("Situasjonsbilde ved start")
INJECT_COUNT = N_("Innspill")

# --- rollekort ------------------------------------------------------------------------
ROLE_TASKS = N_("Rollens ansvar i øvelsen")
ROLE_NO_TASKS = N_("Rollen har ingen egen beskrivelse i scenarioet.")
ROLE_FIRST = N_("Spørsmål til rollen ved start")
ROLE_ALL = N_("Spørsmål til rollen gjennom øvelsen")
ROLE_NONE = N_("Rollen har ingen spørsmål rettet til seg ved start.")
ROLE_LATER = NN_(
    "Senere i øvelsen blir rollen spurt om {count} ting til.",
    "Senere i øvelsen blir rollen spurt om {count} ting til.",
)
ROLE_TOGETHER = N_("Også spurt: {roles}")

# --- observatørskjema -----------------------------------------------------------------
OBSERVER_NAME = N_("Observatør")
OBSERVER_HELP = N_(
    "Noter det du ser og hører som viser om målet nås: beslutninger, hvem som tok dem, og "
    "hva som manglet. Kryss av for én vurdering per mål og delmål."
)
INDICATOR = N_("Indikator: {indicator}")
EXERCISED_IN = N_("Øves i: {injects}")
OBSERVATIONS = N_("Observasjoner")
RATING = N_("Vurdering")
SUBGOAL = N_("Delmål {id}")
GOAL = N_("Mål {id}")
LOG_SHEET = N_("Loggark")
LOG_SHEET_HELP = N_(
    "Én føring per linje. Kolonnene står i samme rekkefølge som loggen i programmet, så "
    "referenten kan skrive dem inn etterpå. Type: {kinds}."
)
# The console's log columns, in its order (ovelse.ui.texts.LOG_COLUMNS).
LOG_COLUMNS = (N_("Tid"), N_("Rolle"), N_("Type"), N_("Tekst"), N_("Innspill"))

# --- evalueringsskjema (its questions are the hot wash's, ovelse.exercise.labels) -------
HOTWASH_ROLE = N_("Rolle: {role}")
HOTWASH_NAME = N_("Navn (valgfritt)")
