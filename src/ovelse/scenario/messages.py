"""The loader's messages to a pack's author, in bokmål, in one place.

The YAML parser (libyaml in C, or PyYAML's pure-Python twin) speaks English in two
different wordings; every message it can give is matched to one of the texts below, each
with a hint the author can act on. ``ovelse.i18n`` swaps them for the nynorsk or English
catalogue, so read them at the moment of use: ``messages.X.format(...)``, never
``from messages import X``. Most of the validator's older messages are still written
where they are raised; new ones go here.
"""

from __future__ import annotations

from ovelse.i18n.markers import N_

# --- the YAML parser ---------------------------------------------------------------------
YAML_INVALID = N_("ugyldig YAML: {detail}")
YAML_COLON = N_(
    "kolon på feil sted – en tekst med «: » i seg må stå i anførselstegn, for eksempel "
    'title: "Fase 1: Varsling"; sjekk også at linjen over har mellomrom etter «-» og «:»'
)
YAML_TAB = N_("tabulator er ikke lov i innrykk eller foran en verdi; bruk mellomrom")
YAML_CHARACTER = N_(
    "tegnet «{character}» kan ikke stå først i en verdi; sett teksten i anførselstegn"
)
YAML_EXPECTED_COLON = N_(
    "fant ikke «:» etter nøkkelen – hver linje i en tabell er «nøkkel: verdi»; sjekk "
    "innrykket, og bruk «|» for tekst over flere linjer"
)
YAML_INDENT = N_(
    "innrykket stemmer ikke med linjene over – nøkler i samme tabell må stå like langt inn "
    "(med mellomrom)"
)
YAML_INDENT_LIST = N_(
    "innrykket stemmer ikke for listepunktet – punktene i samme liste må stå like langt inn"
)
YAML_DASH = N_(
    "listepunkt («- ») på et sted der det ikke kan stå – sjekk innrykket, eller sett "
    "teksten i anførselstegn"
)
YAML_QUESTION = N_("«?» kan ikke stå her; sett teksten i anførselstegn")
YAML_UNCLOSED_QUOTE = N_(
    "tekst i anførselstegn mangler avsluttende anførselstegn (ett « \" » eller « ' » er "
    "ikke lukket)"
)
YAML_ESCAPE = N_(
    "ukjent «\\»-kode i tekst med doble anførselstegn – bruk enkle anførselstegn ('…'), "
    "eller skriv «\\\\» for en omvendt skråstrek"
)
YAML_UNCLOSED_SEQUENCE = N_(
    "en liste i [ ] mangler «,» eller «]» – sett tekster med komma eller kolon i anførselstegn"
)
YAML_UNCLOSED_MAPPING = N_(
    "en tabell i {{ }} mangler «,» eller «}}» – sett tekster med komma eller kolon i anførselstegn"
)
YAML_UNCLOSED_FLOW = N_("innrykket stemmer ikke, eller en «[» eller «{{» er ikke lukket")
YAML_NO_VALUE = N_(
    "forventet en verdi her – sett teksten i anførselstegn hvis den begynner med et "
    "spesialtegn som «,», «]», «}}» eller «|»"
)
YAML_BLOCK_HEADER = N_(
    "etter «|» eller «>» kan bare «-», «+» eller et tall fra 1 til 9 stå på samme linje; "
    "teksten begynner på neste linje"
)
YAML_DIRECTIVE = N_(
    "en linje som begynner med «%» er et YAML-direktiv; fjern den, eller sett teksten i "
    "anførselstegn"
)
YAML_ANCHOR = N_(
    "«&» og «*» må følges av et navn (anker og alias) – sett teksten i anførselstegn hvis "
    "den begynner med «&» eller «*»"
)
YAML_TAG = N_("ugyldig tagg – sett teksten i anførselstegn hvis den begynner med «!»")
YAML_AFTER_END = N_(
    "noe står etter slutten av dokumentet – sjekk innrykket, eller fjern «---»/«...»"
)
YAML_DEPTH = N_("for dyp nøsting (mer enn {limit} nivåer)")
YAML_UNKNOWN = N_(
    "filen kan ikke leses her – sjekk innrykk, kolon og anførselstegn på denne linjen og "
    "linjen over"
)
YAML_CONTROL_CHARACTER = N_("filen inneholder tegnet {code}, et styretegn som ikke er lov i YAML")

# --- what a pack may amount to -----------------------------------------------------------
EXPANDED_TOO_LONG = N_(
    "filen blir over {limit} tegn tekst når aliasene (*navn) er fylt ut; bruk aliaser "
    "bare for korte tekster"
)
RENDERED_TOO_LONG = N_(
    "tekstene blir over {limit} tegn til sammen når malene er fylt ut; kort ned "
    "variabelverdiene eller bruk dem i færre tekster"
)
RENDERED_TOTAL_TOO_LONG = N_(
    "profilene gir til sammen over {limit} tegn utfylt tekst; bruk færre profiler eller "
    "kortere variabelverdier"
)

# --- files -------------------------------------------------------------------------------
CANNOT_READ = N_("kan ikke lese filen ({reason})")
PICTURE_UNREADABLE = N_("bildet «{reference}» kan ikke leses ({reason})")
# Why the operating system would not read a file, by errno name; "other" names the code.
OS_REASONS = {
    "EACCES": N_("ingen lesetilgang"),
    "EPERM": N_("ingen tilgang"),
    "EIO": N_("lesefeil på disken eller minnepinnen"),
    "ENAMETOOLONG": N_("navnet er for langt"),
    "ELOOP": N_("for mange symbolske lenker etter hverandre"),
    "ENOTDIR": N_("en del av stien er ikke en mappe"),
    "ENXIO": N_("enheten finnes ikke"),
    "other": N_("feil fra operativsystemet, kode {code}"),
}
NOT_A_REGULAR_FILE = N_("dette er ikke en vanlig fil, men {kind}; lagre den som en vanlig fil")
FILE_KINDS = {
    "fifo": N_("en navngitt rørledning (FIFO)"),
    "device": N_("en enhet"),
    "socket": N_("en sokkel"),
    "other": N_("noe annet"),
}

# --- fields ------------------------------------------------------------------------------
NUMBER_IN_QUOTES = N_(
    "forventet et heltall, fant teksten «{text}» – skriv tallet uten anførselstegn"
)

# --- roles -------------------------------------------------------------------------------
UNKNOWN_ROLE = N_("rollen «{role}» finnes ikke i standardkatalogen; gi den en «title»")
UNKNOWN_ROLE_HINT = N_(
    "rollen «{role}» finnes ikke i standardkatalogen – mente du «{hint}»? Er det en egen "
    "rolle, gi den en «title»"
)

# --- templates ---------------------------------------------------------------------------
# Jinja2 explains a template it cannot read in English; these say the same in bokmål.
TEMPLATE_SYNTAX = N_("malfeil på linje {line} i teksten: {detail}")
TEMPLATE_STRAY_BRACE = N_(
    "krøllparentesene står ikke i par – hver variabel skrives «{{{{ navn }}}}», med to "
    "krøllparenteser på hver side"
)
TEMPLATE_UNCLOSED_PRINT = N_("«{{{{» mangler sin «}}}}» – skriv «{{{{ navn }}}}»")
TEMPLATE_UNCLOSED_IF = N_("«{{% if … %}}» mangler sin «{{% endif %}}»")
TEMPLATE_UNKNOWN_TAG = N_(
    "«{{% {tag} %}}» er ikke noe malene kjenner; bruk «if», «elif», «else» og «endif»"
)
TEMPLATE_NO_EXPRESSION = N_("det mangler et variabelnavn eller en betingelse mellom klammene")
TEMPLATE_NO_FILTER = N_("det mangler et filternavn etter «|»")
TEMPLATE_CHARACTER = N_("tegnet «{character}» kan ikke stå her i malen")
TEMPLATE_TWO_NAMES = N_(
    "to ord etter hverandre mellom «{{{{» og «}}}}»; skriv ett variabelnavn, eller bruk «~» "
    "for å sette sammen"
)
TEMPLATE_UNREADABLE = N_("malen kan ikke leses; sjekk at «{{{{ }}}}» og «{{% %}}» står i par")
TEMPLATE_FORBIDDEN = N_(
    "malen bruker {what}, som ikke er tillatt i scenariotekster (bare variabler, filtre og if)"
)
TEMPLATE_CONSTRUCTS = {
    "Getattr": N_("punktum («a.b»)"),
    "Getitem": N_("hakeparentes («a[0]»)"),
    "Slice": N_("hakeparentes («a[0]»)"),
    "arithmetic": N_("regning («+», «-», «*», «/»)"),
    "For": N_("en løkke («for»)"),
    "Call": N_("et funksjonskall («navn()»)"),
    "Assign": N_("«set»"),
    "Macro": N_("en makro"),
    "Include": N_("«include» eller «import»"),
    "other": N_("noe annet enn variabler, filtre og if («{name}»)"),
}

# --- the editor: undo labels and the texts of new items ----------------------------------
EDIT_FIELD = N_("Endre felt")
ADD_ITEM = N_("Legg til")
DELETE_ITEM = N_("Slett")
MOVE_ITEM = N_("Flytt")
DUPLICATE_ITEM = N_("Dupliser")
ADD_INJECT = N_("Legg til innspill")
DELETE_INJECT = N_("Slett innspill")
DUPLICATE_INJECT = N_("Dupliser innspill")
MOVE_INJECT = N_("Flytt innspill")
RETIME_INJECT = N_("Endre tidspunkt")
ADD_VARIABLE = N_("Legg til variabel")
NAME_TAKEN = N_("navnet «{name}» er allerede brukt")
NEW_INJECT_TITLE = N_("Nytt innspill")
NEW_PHASE_TITLE = N_("Ny fase")
NEW_OBJECTIVE_TITLE = N_("Nytt mål")
NEW_SUBGOAL_TITLE = N_("Nytt delmål")
NEW_ROLE_TITLE = N_("Ny rolle")
NEW_BOARD_ITEM_LABEL = N_("Nytt punkt")
NEW_RESPONSE_ACTOR = N_("Ny aktør")
NEW_QUESTION_TEXT = N_("Nytt spørsmål")
NEW_PROFILE_TITLE = N_("Ny profil")
NEW_VARIABLE_LABEL = N_("Ny variabel")

# --- the editor: pictures and saving ----------------------------------------------------
PICTURE_NOT_IMAGE = N_("«{name}» er ikke et PNG-, JPEG- eller SVG-bilde")
PICTURE_TOO_LARGE = N_("bildet «{name}» er større enn {limit} MB")
PICTURE_IS_LINK = N_("«{name}» er en symbolsk lenke; velg selve bildefilen")
PICTURE_NOT_FILE = N_("«{name}» er ikke en vanlig fil")
PICTURE_NOT_READ = N_("bildet «{name}» kan ikke leses: {reason}")
SAVE_FAILED = N_(
    "pakken kunne ikke lagres i «{folder}»: {reason}. Endringene er ikke tapt; lagre i en "
    "annen mappe"
)
SAVE_BUILTIN = N_("en innebygd pakke kan ikke endres; lagre den som en ny pakke i en annen mappe")
PROFILE_GONE = N_("profilen «{profile}» finnes ikke lenger i «{folder}»")
DIRECTIVE_NOT_SAVED = N_(
    "tekstene til øvingsdirektivet kunne ikke lagres i profilen «{profile}»: {reason}"
)
SAVE_NOT_PACK_FOLDER = N_(
    "mappen «{folder}» inneholder andre filer og er ikke en pakke; velg en tom mappe"
)

# --- the second language of participant texts -------------------------------------------
TRANSLATION_WITHOUT_LANGUAGE = N_(
    "innspillet har en oversettelse, men pakken sier ikke hvilket språk den er på; skriv "
    "«translation:» med «language:» (f.eks. «sme») på toppnivået"
)
TRANSLATION_UNKNOWN_LANGUAGE = N_("språkkoden «{code}» er ukjent; bruk en av {choices}")
TRANSLATION_SAME_LANGUAGE = N_(
    "det andre språket («{code}») er det samme som pakkens «language»; velg et annet språk"
)
TRANSLATION_TOO_MANY_QUESTIONS = N_(
    "oversettelsen har flere problemstillinger ({translated}) enn innspillet ({questions}); "
    "de står i samme rekkefølge som «questions»"
)
TRANSLATION_EMPTY = N_(
    "oversettelsen er tom; skriv «title», «text» eller «questions», eller fjern «translation»"
)
TRANSLATION_NOT_IN_PACK = N_(
    "profilen vil vise et andre språk, men pakken har ingen oversettelse; fjern "
    "«show_translation» eller legg til «translation» i pakken"
)
