"""Every text the report prints that does not come from the user, in bokmål, in one place.

Labels of the engine's enums (ratings, entry kinds, action statuses, markings) live in
``ovelse.exercise.labels`` and are shared with the app; everything else the report says is
here. ``ovelse.i18n`` swaps these constants for the nynorsk or English catalogue, so read
them at the moment of use (``texts.X``), never with ``from texts import X``.
"""

from __future__ import annotations

PDF_LANGUAGE = "nb-NO"  # the PDF's /Lang, which screen readers use to pick a voice
REPORT_KIND = "Evalueringsrapport"
DEFAULT_EXERCISE_FORM = "Diskusjonsøvelse"
CREATOR = "Øvelse {version}"
SUBJECT = "Evalueringsrapport etter {form} – {municipality}"
KEYWORDS = ("evalueringsrapport", "øvelse", "beredskap", "kriseledelse")

PAGE_OF = "Side {page} av {total}"
NOT_FILLED_IN = "Ikke utfylt."
NONE_RECORDED = "Ingen registrert."

# --- cover ----------------------------------------------------------------------------
COVER_FACTS_FORM = "Øvelsesform"
COVER_FACTS_DATE = "Dato"
COVER_FACTS_PLACE = "Sted"
COVER_FACTS_SCENARIO = "Scenario"
COVER_FACTS_FACILITATOR = "Øvingsleder"
COVER_FACTS_EVALUATOR = "Evaluator"
COVER_PUBLIC = "Offentlig"

# --- chapters (numbered in the order they appear) -------------------------------------
CONTENTS = "Innhold"
CONTENTS_UPDATE = "Innholdsfortegnelsen fylles inn når feltene oppdateres (F9 i Word)."
CH_SUMMARY = "Sammendrag"
CH_BACKGROUND = "Bakgrunn, hensikt og mål"
CH_ABOUT = "Om øvelsen"
CH_TIMELINE = "Tidslinje"
CH_FINDINGS = "Funn per mål"
CH_LEARNING = "Læringspunkter"
CH_ACTIONS = "Tiltaksplan"
CH_WAY_FORWARD = "Veien videre"
APPENDIX = "Vedlegg {letter}"
AP_LOG_BY_INJECT = "Beslutningslogg etter innspill"
AP_LOG_BY_ROLE = "Beslutningslogg etter rolle"
AP_INJECTS = "Innspill slik de ble vist"
AP_PARTICIPANTS = "Deltakerliste"

# --- sections -------------------------------------------------------------------------
SEC_BACKGROUND = "Bakgrunn og hensikt"
SEC_BACKSTORY = "Forhistorien i scenarioet"
SEC_ASSUMPTIONS = "Øvingsforutsetninger"
SEC_METHOD = "Slik ble øvelsen evaluert"
# Printed where the evaluator wrote nothing of their own (DSB's report template has both).
DEFAULT_ASSUMPTIONS = (
    "Scenarioet er oppdiktet. Tall, navn, tidspunkter og hendelser i innspillene er øvingstall "
    "og øvingsforutsetninger, ikke opplysninger om virkelige forhold. Aktører som ikke var til "
    "stede, ble spilt av øvingsledelsen (motspill)."
)
DEFAULT_EVALUATION_METHOD = (
    "Evalueringen bygger på beslutningsloggen som ble ført under øvelsen, på det øvingsledelsen "
    "og observatørene la merke til, og på en evalueringssamtale med deltakerne rett etter "
    "øvelsen. Hvert mål og delmål er vurdert som godt ivaretatt, delvis ivaretatt, ikke "
    "ivaretatt eller ikke øvd."
)
SEC_GOALS = "Mål og delmål"
SEC_SCENARIO = "Scenario"
SEC_PHASES = "Faser"
SEC_ROLES = "Deltakere og roller"
SEC_CONTROL = "Øvingsledelse"
SEC_STRENGTHS = "Hva fungerte bra"
SEC_IMPROVEMENTS = "Forbedringspunkter"
SEC_OTHER_FINDINGS = "Funn som ikke er knyttet til ett mål"
SEC_NO_INJECT = "Loggføringer uten innspill"
SEC_NO_ROLE = "Uten rolle"

GOAL = "Mål {number}"
SUBGOAL = "Delmål {number}"
GOAL_HEADING = "Mål {number}: {title}"
INDICATOR = "Indikator: {indicator}"
RATING_COMMENT = "Vurdering"
HAZARD = "Uønsket hendelse"
PLANNED_DURATION = "Planlagt varighet"
ACTUAL_DURATION = "Faktisk varighet"
INJECT_COUNT = "Innspill"
INJECT_COUNT_VALUE = "{given} gitt, {skipped} hoppet over, {waiting} ikke gitt"
ENTRY_COUNT = "Loggføringer"
FACILITATOR = "Øvingsleder"
EVALUATOR = "Evaluator"
PHASE_INJECTS = "{count} innspill"

LINKS_PREFIX = "Knyttet til: "
LINK_GOALS = "mål {items}"
LINK_INJECTS = "innspill {items}"
LINK_ENTRIES = "logg {items}"

# --- tables ---------------------------------------------------------------------------
COL_NUMBER = "Nr."
COL_PLANNED = "Planlagt"
COL_RELEASED = "Gitt"
COL_DEVIATION = "Avvik"
COL_COMMENT = "Kommentar"
COL_MEASURE = "Tiltak"
COL_OWNER = "Ansvarlig"
COL_DEADLINE = "Frist og status"
COL_PLAN_SECTION = "Plan/ROS-del"
COL_PRIORITY = "Prioritet"
COL_EXERCISE_TIME = "Øvingstid"
COL_WALL_TIME = "Kl."
COL_KIND = "Type"
COL_ROLES = "Roller"
COL_TEXT = "Loggført"
COL_INJECT = "Innspill"
COL_NAME = "Navn"
COL_ORGANISATION = "Organisasjon"
COL_ROLE = "Rolle"
COL_PRESENT = "Til stede"
COL_ROLE_TITLE = "Rolle"
COL_ROLE_DESCRIPTION = "Ansvar i øvelsen"
COL_ROLE_PEOPLE = "Fylt av"
YES = "Ja"
NO = "Nei"

WALL_CLOCK = "kl. {time}"
LOG_TIME_ZONE = "Klokkeslettene (kl.) er i tidssonen {zone}."

INJECT_PLANNED = "Planlagt {time}"
INJECT_RELEASED = "gitt {time}"
INJECT_TITLE = "Innspill {number}: {title}"
INJECT_SKIPPED = "Hoppet over"
INJECT_SKIPPED_INLINE = "hoppet over"
INJECT_NOT_GIVEN = "Ikke gitt"
INJECT_NOT_GIVEN_INLINE = "ikke gitt"
INJECT_ADHOC = "Lagt til underveis"
INJECT_SCENARIO_TIME = "Scenariotid: {time}"
INJECT_SOURCE = "Fra: {source}"
INJECT_DELAY_LATE = "{minutes} min forsinket"
INJECT_DELAY_EARLY = "{minutes} min tidlig"
INJECT_DELAY_ON_TIME = "i rute"

# --- timeline chart -------------------------------------------------------------------
TIMELINE_INTRO = (
    "Figuren viser når hvert innspill var planlagt og når det faktisk ble gitt, i øvingstid "
    "(tid fra start, uten pauser). En skrå strek betyr at innspillet ble gitt tidligere eller "
    "senere enn planlagt. Nederst vises hvor mange loggføringer som ble gjort per {minutes} "
    "minutter, fordelt på type."
)
TIMELINE_CAPTION = "Figur 1. Innspill og loggføringer over øvingstiden."
TIMELINE_ALT = (
    "Tidslinje over øvingen: {given} av {injects} innspill ble gitt, vist som planlagt mot "
    "faktisk tidspunkt, og {entries} loggføringer, {decisions} av dem beslutninger, telt per "
    "{minutes} minutter. Tabellen under figuren gir de samme tidene."
)
LANE_PLANNED = "Planlagt"
LANE_RELEASED = "Gitt"
LANE_LOG = "Logg"
LEGEND_SKIPPED = "Hoppet over"
LEGEND_ADHOC = "Lagt til underveis"
AXIS_LABEL = "Øvingstid"

# --- dates ----------------------------------------------------------------------------
DATE_RANGE_SEPARATOR = "–"
DATE_LONG = "{day}. {month} {year}"
DATE_DAY = "{day}."  # the first day of «12.–13. mars 2026»
DATE_DAY_MONTH = "{day}. {month}"  # the first day of «30. mars – 2. april 2026»
DATE_SHORT = "{day:02d}.{month:02d}.{year}"
DURATION_HOURS_MINUTES = "{hours} t {minutes} min"
DURATION_HOURS = "{hours} t"
DURATION_MINUTES = "{minutes} min"

# --- the public version ---------------------------------------------------------------
REPORT_KIND_PUBLIC = "Offentlig versjon"
PUBLIC_NOTICE = (
    "Dette er den offentlige versjonen av rapporten. Det som er unntatt offentlighet, er "
    "utelatt: {parts}. Hjemmel: {basis}."
)
PUBLIC_NOTICE_NO_BASIS = (
    "Dette er den offentlige versjonen av rapporten. Det som er skjermet, er utelatt: "
    "{parts}. Økten oppgir ingen hjemmel; den må føres på før rapporten sendes ut."
)
PUBLIC_NOTHING_LEFT_OUT = "Dette er den offentlige versjonen av rapporten. Ingenting er utelatt."
BASIS_OFFL_24 = "offentleglova § 24 tredje ledd"
BASIS_OFFL_21 = "offentleglova § 21"
PUBLIC_PART_ITEMS = "punkter i evalueringen ({count})"
PUBLIC_PART_ENTRIES = "loggføringer ({count})"
PUBLIC_PART_ASSESSMENTS = "vurderinger av mål ({count})"
PUBLIC_PART_TEXTS = "tekstfelt: {names}"
PUBLIC_PART_APPENDIX = "vedlegget «{title}»"
PUBLIC_TEXT_LEFT_OUT = "Utelatt i den offentlige versjonen."
PUBLIC_RATING_LEFT_OUT = "Utelatt"
