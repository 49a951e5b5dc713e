"""Every text the report prints that does not come from the user, in bokmål, in one place.

Labels of the engine's enums (ratings, entry kinds, action statuses, markings) live in
``ovelse.exercise.labels`` and are shared with the app; everything else the report says is
here. ``ovelse.i18n`` swaps these constants for the nynorsk or English catalogue, so read
them at the moment of use (``texts.X``), never with ``from texts import X``.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_, NP_

PDF_LANGUAGE = N_("nb-NO")  # the PDF's /Lang, which screen readers use to pick a voice
REPORT_KIND = N_("Evalueringsrapport")
DEFAULT_EXERCISE_FORM = N_("Diskusjonsøvelse")
CREATOR = N_("Øvelse {version}")
SUBJECT = N_("Evalueringsrapport etter {form} – {municipality}")
KEYWORDS = (N_("evalueringsrapport"), N_("øvelse"), N_("beredskap"), N_("kriseledelse"))

PAGE_OF = N_("Side {page} av {total}")
NOT_FILLED_IN = N_("Ikke utfylt.")
NONE_RECORDED = N_("Ingen registrert.")

# --- cover ----------------------------------------------------------------------------
COVER_FACTS_FORM = N_("Øvelsesform")
COVER_FACTS_DATE = N_("Dato")
COVER_FACTS_PLACE = N_("Sted")
COVER_FACTS_SCENARIO = N_("Scenario")
COVER_FACTS_FACILITATOR = N_("Øvingsleder")
COVER_FACTS_EVALUATOR = N_("Evaluator")

# --- chapters (numbered in the order they appear) -------------------------------------
CONTENTS = N_("Innhold")
CONTENTS_UPDATE = N_("Innholdsfortegnelsen fylles inn når feltene oppdateres (F9 i Word).")
CH_SUMMARY = N_("Sammendrag")
CH_BACKGROUND = N_("Bakgrunn, hensikt og mål")
CH_ABOUT = N_("Om øvelsen")
CH_TIMELINE = N_("Tidslinje")
CH_FINDINGS = N_("Funn per mål")
CH_LEARNING = N_("Læringspunkter")
CH_ACTIONS = N_("Tiltaksplan")
CH_WAY_FORWARD = N_("Veien videre")
CH_HOT_WASH = N_("Deltakernes egen vurdering")
HOT_WASH_INTRO = N_(
    "Rett etter øvelsen gikk øvingsleder rundt bordet og spurte hver rolle hva som fungerte, "
    "hva som kan bli bedre og én ting de vil endre i planen. Svarene står her slik de ble "
    "skrevet ned i rommet; evaluators vurdering står under funn og i tiltaksplanen."
)
HOT_WASH_ANSWER = N_("Svar")
HOT_WASH_TAKEN = N_("Tatt inn i evalueringen som {items}")
HOT_WASH_COUNT = NN_("{count} svar", "{count} svar")
# The evidence beside each goal: its expected actions as ticked in the run, and counts.
EVIDENCE_ACTIONS = N_("Forventede handlinger")
EVIDENCE_LINE = N_("Grunnlag: {parts}.")
EVIDENCE_INJECTS = NN_("{given} av {count} innspill gitt", "{given} av {count} innspill gitt")
EVIDENCE_ENTRIES = NN_("{count} loggføring", "{count} loggføringer")
EVIDENCE_STRENGTHS = NN_("{count} styrke", "{count} styrker")
EVIDENCE_IMPROVEMENTS = NN_("{count} forbedringspunkt", "{count} forbedringspunkter")
COL_EXPECTED_ACTION = N_("Forventet handling")
COL_DONE = N_("Utført")
EVIDENCE_OBSERVED = N_("(observert, ikke forventet)")
APPENDIX = N_("Vedlegg {letter}")
AP_LOG_BY_INJECT = N_("Beslutningslogg etter innspill")
AP_LOG_BY_ROLE = N_("Beslutningslogg etter rolle")
AP_INJECTS = N_("Innspill slik de ble vist")
AP_PARTICIPANTS = N_("Deltakerliste")

# --- sections -------------------------------------------------------------------------
SEC_BACKGROUND = N_("Bakgrunn og hensikt")
SEC_BACKSTORY = N_("Forhistorien i scenarioet")
SEC_ASSUMPTIONS = N_("Øvingsforutsetninger")
SEC_METHOD = N_("Slik ble øvelsen evaluert")
# Printed where the evaluator wrote nothing of their own (DSB's report template has both).
DEFAULT_ASSUMPTIONS = N_(
    "Scenarioet er oppdiktet. Tall, navn, tidspunkter og hendelser i innspillene er øvingstall "
    "og øvingsforutsetninger, ikke opplysninger om virkelige forhold. Aktører som ikke var til "
    "stede, ble spilt av øvingsledelsen (motspill)."
)
DEFAULT_EVALUATION_METHOD = N_(
    "Evalueringen bygger på beslutningsloggen som ble ført under øvelsen, på det øvingsledelsen "
    "og observatørene la merke til, og på en evalueringssamtale med deltakerne rett etter "
    "øvelsen. Hvert mål og delmål er vurdert som godt ivaretatt, delvis ivaretatt, ikke "
    "ivaretatt eller ikke øvd."
)
SEC_GOALS = N_("Mål og delmål")
SEC_SCENARIO = N_("Scenario")
SEC_PHASES = N_("Faser")
SEC_ROLES = N_("Deltakere og roller")
SEC_CONTROL = N_("Øvingsledelse")
SEC_STRENGTHS = N_("Hva fungerte bra")
SEC_IMPROVEMENTS = N_("Forbedringspunkter")
SEC_OTHER_FINDINGS = N_("Funn som ikke er knyttet til ett mål")
SEC_NO_INJECT = N_("Loggføringer uten innspill")
SEC_NO_ROLE = N_("Uten rolle")

SUBGOAL = N_("Delmål {number}")
GOAL_HEADING = N_("Mål {number}: {title}")
INDICATOR = N_("Indikator: {indicator}")
RATING_COMMENT = N_("Vurdering")
HAZARD = N_("Uønsket hendelse")
PLANNED_DURATION = N_("Planlagt varighet")
ACTUAL_DURATION = N_("Faktisk varighet")
INJECT_COUNT = NP_("count heading", "Innspill")
INJECT_COUNT_VALUE = N_("{given} gitt, {skipped} hoppet over, {waiting} ikke gitt")
ENTRY_COUNT = N_("Loggføringer")
FACILITATOR = N_("Øvingsleder")
EVALUATOR = N_("Evaluator")
PHASE_INJECTS = NN_("{count} innspill", "{count} innspill")

LINKS_PREFIX = N_("Knyttet til: ")
LINK_GOALS = N_("mål {items}")
LINK_INJECTS = N_("innspill {items}")
LINK_ENTRIES = N_("logg {items}")
LINK_HOT_WASH = N_("umiddelbar evaluering {items}")

# --- tables ---------------------------------------------------------------------------
COL_NUMBER = N_("Nr.")
COL_PLANNED = N_("Planlagt")
COL_RELEASED = N_("Gitt")
COL_DEVIATION = N_("Avvik")
COL_COMMENT = N_("Kommentar")
COL_MEASURE = N_("Tiltak")
COL_OWNER = N_("Ansvarlig")
COL_DEADLINE = N_("Frist og status")
COL_PLAN_SECTION = N_("Plan/ROS-del")
COL_PRIORITY = N_("Prioritet")
COL_EXERCISE_TIME = N_("Øvingstid")
COL_KIND = N_("Type")
COL_ROLES = N_("Roller")
COL_TEXT = N_("Loggført")
COL_INJECT = N_("Innspill")
COL_NAME = N_("Navn")
COL_ORGANISATION = N_("Organisasjon")
COL_ROLE = N_("Rolle")
COL_PRESENT = N_("Til stede")
COL_ROLE_TITLE = N_("Rolle")
COL_ROLE_DESCRIPTION = N_("Ansvar i øvelsen")
COL_ROLE_PEOPLE = N_("Fylt av")
YES = N_("Ja")
NO = N_("Nei")

WALL_CLOCK = N_("kl. {time}")
LOG_TIME_ZONE = N_("Klokkeslettene (kl.) er i tidssonen {zone}.")

INJECT_PLANNED = N_("Planlagt {time}")
INJECT_RELEASED = N_("gitt {time}")
INJECT_TITLE = N_("Innspill {number}: {title}")
INJECT_SKIPPED = N_("Hoppet over")
INJECT_SKIPPED_INLINE = N_("hoppet over")
INJECT_NOT_GIVEN = N_("Ikke gitt")
INJECT_NOT_GIVEN_INLINE = N_("ikke gitt")
INJECT_ADHOC = N_("Lagt til underveis")
INJECT_SCENARIO_TIME = N_("Scenariotid: {time}")
INJECT_SOURCE = N_("Fra: {source}")
INJECT_DELAY_LATE = N_("{minutes} min forsinket")
INJECT_DELAY_EARLY = N_("{minutes} min tidlig")
INJECT_DELAY_ON_TIME = N_("i rute")

# --- timeline chart -------------------------------------------------------------------
TIMELINE_INTRO = N_(
    "Figuren viser når hvert innspill var planlagt og når det faktisk ble gitt, i øvingstid "
    "(tid fra start, uten pauser). En skrå strek betyr at innspillet ble gitt tidligere eller "
    "senere enn planlagt. Nederst vises hvor mange loggføringer som ble gjort per {minutes} "
    "minutter, fordelt på type."
)
TIMELINE_CAPTION = N_("Figur 1. Innspill og loggføringer over øvingstiden.")
TIMELINE_ALT = N_(
    "Tidslinje over øvingen: {given} av {injects} innspill ble gitt, vist som planlagt mot "
    "faktisk tidspunkt, og {entries} loggføringer, {decisions} av dem beslutninger, telt per "
    "{minutes} minutter. Tabellen under figuren gir de samme tidene."
)
LANE_PLANNED = N_("Planlagt")
LANE_RELEASED = N_("Gitt")
LANE_LOG = N_("Logg")
LEGEND_SKIPPED = N_("Hoppet over")
LEGEND_ADHOC = N_("Lagt til underveis")
AXIS_LABEL = N_("Øvingstid")

# --- dates ----------------------------------------------------------------------------
DATE_RANGE_SEPARATOR = N_("–")
DATE_LONG = N_("{day}. {month} {year}")
DATE_DAY = N_("{day}.")  # the first day of «12.–13. mars 2026»
DATE_DAY_MONTH = N_("{day}. {month}")  # the first day of «30. mars – 2. april 2026»
DATE_SHORT = N_("{day:02d}.{month:02d}.{year}")
DURATION_HOURS_MINUTES = N_("{hours} t {minutes} min")
DURATION_HOURS = N_("{hours} t")
DURATION_MINUTES = N_("{minutes} min")

# --- the public version ---------------------------------------------------------------
REPORT_KIND_PUBLIC = N_("Offentlig versjon")
PUBLIC_NOTICE = N_(
    "Dette er den offentlige versjonen av rapporten. Det som er unntatt offentlighet, er "
    "utelatt: {parts}. Hjemmel: {basis}."
)
PUBLIC_NOTICE_NO_BASIS = N_(
    "Dette er den offentlige versjonen av rapporten. Det som er skjermet, er utelatt: "
    "{parts}. Økten oppgir ingen hjemmel; den må føres på før rapporten sendes ut."
)
PUBLIC_NOTHING_LEFT_OUT = N_(
    "Dette er den offentlige versjonen av rapporten. Ingenting er utelatt."
)
BASIS_OFFL_24 = N_("offentleglova § 24 tredje ledd")
BASIS_OFFL_21 = N_("offentleglova § 21")
PUBLIC_PART_ITEMS = N_("punkter i evalueringen ({count})")
PUBLIC_PART_ENTRIES = N_("loggføringer ({count})")
PUBLIC_PART_ASSESSMENTS = N_("vurderinger av mål ({count})")
PUBLIC_PART_TEXTS = N_("tekstfelt: {names}")
PUBLIC_PART_APPENDIX = N_("vedlegget «{title}»")
PUBLIC_TEXT_LEFT_OUT = N_("Utelatt i den offentlige versjonen.")
PUBLIC_RATING_LEFT_OUT = N_("Utelatt")
