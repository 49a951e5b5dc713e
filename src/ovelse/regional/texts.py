"""What the regional roll-up says, in bokmål, in one place.

Read at use time (``texts.X``); ``ovelse.i18n`` swaps them for the nynorsk or English
catalogue. The reasons a file is left out are shown after its name («oslo.ovelseresultat:
…»), so they start in lower case.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_, NN_

KIND = N_("Regional oppsummering")
TITLE = N_("Regional oppsummering – {pack}")
SUBJECT = N_("Resultater fra kommunenes diskusjonsøvelser, samlet for statsforvalteren")
KEYWORD = N_("regional oppsummering")
REGION_FALLBACK = N_("Statsforvalteren")
REPORTED_OF = N_("{reported} av {invited} inviterte kommuner har rapportert")
REPORTED = NN_("{count} kommune har rapportert", "{count} kommuner har rapportert")

# --- facts on the cover and the summary page ---------------------------------------------
FACT_PACK = N_("Scenariopakke")
FACT_VERSION = N_("Versjon")
FACT_KOMMUNER = N_("Kommuner med resultat")
FACT_PARTICIPANTS = N_("Deltakere i alt")
FACT_INVITED = N_("Inviterte kommuner")
FACT_MISSING = N_("Ikke rapportert")
FACT_REJECTED = N_("Filer som ikke er tatt med")
FACT_FOLLOW_UP = N_("Punkter som trenger oppfølging")
FACT_DATES = N_("Øvelsene ble holdt")

# --- chapters ----------------------------------------------------------------------------
SUMMARY = N_("Sammendrag")
MATRIX = N_("Måloppnåelse per kommune")
SPREAD = N_("Spredning per mål")
LEARNING = N_("Læringspunkter")
IMPROVEMENTS = N_("Forbedringspunkter")
FOLLOW_UP = N_("Trenger oppfølging fra region/stat")
MISSING = N_("Kommuner som ikke har rapportert")
REJECTED = N_("Filer som ikke er tatt med")
METHOD = N_("Slik er punktene gruppert")

SUMMARY_LEAD = NN_(
    "{reported} kommune har sendt resultat fra øvelsen «{pack}» (versjon {version}). "
    "Sammendraget er skrevet for statsforvalterens egen rapport til DSB.",
    "{reported} kommuner har sendt resultat fra øvelsen «{pack}» (versjon {version}). "
    "Sammendraget er skrevet for statsforvalterens egen rapport til DSB.",
)
SUMMARY_GOALS = N_("Måloppnåelse")
SUMMARY_GOAL_LINE = N_("{goal}: {counts}")
SUMMARY_COUNT = N_("{label} {count}")
SUMMARY_RECURRING = N_("Læringspunkter flest kommuner har")
SUMMARY_IMPROVEMENTS = N_("Forbedringspunkter flest kommuner har")
SUMMARY_IN_KOMMUNER = NN_("{text} ({count} kommune)", "{text} ({count} kommuner)")
SUMMARY_FOLLOW_UP = NN_(
    "{count} punkt er merket «trenger oppfølging fra region/stat» (kapittel {chapter}).",
    "{count} punkter er merket «trenger oppfølging fra region/stat» (kapittel {chapter}).",
)
SUMMARY_MISSING = NN_(
    "{count} invitert kommune har ikke rapportert: {names}.",
    "{count} inviterte kommuner har ikke rapportert: {names}.",
)
SUMMARY_REJECTED = NN_(
    "{count} fil er ikke tatt med; se kapittel {chapter}.",
    "{count} filer er ikke tatt med; se kapittel {chapter}.",
)
NONE_MISSING = N_("Alle inviterte kommuner har rapportert.")
NO_INVITATION = N_("Ingen invitasjonsliste er lagt inn, så det er ikke sjekket hvem som mangler.")
NONE_FOLLOW_UP = N_("Ingen kommune har merket punkter for oppfølging.")
NONE_REJECTED = N_("Alle filene er tatt med.")
NONE_POINTS = N_("Ingen kommune har skrevet slike punkter.")
NONE_KOMMUNER = N_("Ingen resultatfil er tatt med.")
MATRIX_LEAD = N_("Målene er nummerert slik:")
GOAL_KEY = N_("Målene")
# Sheets whose chapter's name is longer than the 31 characters Excel allows.
FOLLOW_UP_SHEET = N_("Oppfølging")
MISSING_SHEET = N_("Ikke rapportert")
GOAL_NUMBER = N_("M{number}")
NO_GOAL = N_("Ikke knyttet til et mål")
METHOD_TEXT = N_(
    "Punktene er gruppert først etter målet de er knyttet til, og så etter lik ordlyd. "
    "Hvert punkt blir en mengde ord: små bokstaver, uten tall og småord som «og», «i» og "
    "«på». Vanlige endelser som -en, -et, -ene, -er, -es og -e tas av hvert ord så "
    "lenge minst {letters} bokstaver står igjen, og en doblet sistebokstav blir enkel; "
    "resten av ordet sammenlignes helt, så sammensatte ord som «beredskapsplan» og "
    "«beredskapslager» er ulike ord. Et punkt havner i den første gruppen der minst "
    "{percent} % av ordene er felles med gruppens første punkt (Jaccard-overlapp: ord i "
    "begge delt på ord i minst ett av dem) og begge sier «ikke», eller ingen av dem gjør "
    "det. Gruppen vises med den første formuleringen. Ingen data sendes noe sted, og samme "
    "filer gir alltid samme grupper."
)

# --- columns -----------------------------------------------------------------------------
COLUMN_KOMMUNE = N_("Kommune")
COLUMN_GOAL = N_("Mål")
COLUMN_NUMBER = N_("Nr.")
COLUMN_COUNT = N_("Antall")
COLUMN_WORDING = N_("Formulering")
COLUMN_KOMMUNER = N_("Kommuner")
COLUMN_KIND = N_("Type")
COLUMN_TEXT = N_("Tekst")
COLUMN_FILE = N_("Fil")
COLUMN_REASON = N_("Årsak")
COLUMN_DATE = N_("Dato")
COLUMN_NOT_RATED = N_("Ikke vurdert")
WITHHELD = N_("Skjermet")

KIND_LEARNING = N_("Læringspunkt")
KIND_IMPROVEMENT = N_("Forbedringspunkt")
KIND_ACTION = N_("Tiltak")
KIND_STRENGTH = N_("Det som fungerte")

# --- why a file is left out --------------------------------------------------------------
SAME_FILE = N_("samme fil som {other}; den er tatt med én gang")
SAME_KOMMUNE = N_("{kommune} er allerede med fra {other}; én fil per kommune tas med, den nyeste")
OTHER_PACK = N_(
    "gjelder «{pack}» versjon {version}, men oppsummeringen gjelder «{chosen}» versjon "
    "{chosen_version}"
)
OTHER_PACK_ID = N_(
    "gjelder «{pack}» versjon {version}, men oppsummeringen gjelder pakken «{chosen}», som "
    "ingen av filene er for"
)
NOT_A_RESULT = N_("filen er ikke en resultatfil (.ovelseresultat)")
NO_RESULT_FILES = N_("ingen resultatfiler (.ovelseresultat) her")

# --- the invitation list -----------------------------------------------------------------
INVITED_UNREADABLE = N_("invitasjonslisten kan ikke leses: {reason}")
INVITED_TOO_BIG = N_("invitasjonslisten er over {limit} kB; den skal ha én kommune per linje")
INVITED_NOT_TEXT = N_("invitasjonslisten er ikke tekst (UTF-8); lagre den som tekst eller CSV")
