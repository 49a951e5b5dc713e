"""The loader's messages to a pack's author, in bokmål, in one place.

The YAML parser (libyaml in C, or PyYAML's pure-Python twin) speaks English in two
different wordings; every message it can give is matched to one of the texts below, each
with a hint the author can act on. ``ovelse.i18n`` swaps them for the nynorsk or English
catalogue, so read them at the moment of use: ``messages.X.format(...)``, never
``from messages import X``. Most of the validator's older messages are still written
where they are raised; new ones go here.
"""

from __future__ import annotations

# --- the YAML parser ---------------------------------------------------------------------
YAML_INVALID = "ugyldig YAML: {detail}"
YAML_COLON = (
    "kolon på feil sted – en tekst med «: » i seg må stå i anførselstegn, for eksempel "
    'title: "Fase 1: Varsling"; sjekk også at linjen over har mellomrom etter «-» og «:»'
)
YAML_TAB = "tabulator er ikke lov i innrykk eller foran en verdi; bruk mellomrom"
YAML_CHARACTER = "tegnet «{character}» kan ikke stå først i en verdi; sett teksten i anførselstegn"
YAML_EXPECTED_COLON = (
    "fant ikke «:» etter nøkkelen – hver linje i en tabell er «nøkkel: verdi»; sjekk "
    "innrykket, og bruk «|» for tekst over flere linjer"
)
YAML_INDENT = (
    "innrykket stemmer ikke med linjene over – nøkler i samme tabell må stå like langt inn "
    "(med mellomrom)"
)
YAML_INDENT_LIST = (
    "innrykket stemmer ikke for listepunktet – punktene i samme liste må stå like langt inn"
)
YAML_DASH = (
    "listepunkt («- ») på et sted der det ikke kan stå – sjekk innrykket, eller sett "
    "teksten i anførselstegn"
)
YAML_QUESTION = "«?» kan ikke stå her; sett teksten i anførselstegn"
YAML_UNCLOSED_QUOTE = (
    "tekst i anførselstegn mangler avsluttende anførselstegn (ett « \" » eller « ' » er "
    "ikke lukket)"
)
YAML_ESCAPE = (
    "ukjent «\\»-kode i tekst med doble anførselstegn – bruk enkle anførselstegn ('…'), "
    "eller skriv «\\\\» for en omvendt skråstrek"
)
YAML_UNCLOSED_SEQUENCE = (
    "en liste i [ ] mangler «,» eller «]» – sett tekster med komma eller kolon i anførselstegn"
)
YAML_UNCLOSED_MAPPING = (
    "en tabell i {{ }} mangler «,» eller «}}» – sett tekster med komma eller kolon i anførselstegn"
)
YAML_UNCLOSED_FLOW = "innrykket stemmer ikke, eller en «[» eller «{{» er ikke lukket"
YAML_NO_VALUE = (
    "forventet en verdi her – sett teksten i anførselstegn hvis den begynner med et "
    "spesialtegn som «,», «]», «}}» eller «|»"
)
YAML_BLOCK_HEADER = (
    "etter «|» eller «>» kan bare «-», «+» eller et tall fra 1 til 9 stå på samme linje; "
    "teksten begynner på neste linje"
)
YAML_DIRECTIVE = (
    "en linje som begynner med «%» er et YAML-direktiv; fjern den, eller sett teksten i "
    "anførselstegn"
)
YAML_ANCHOR = (
    "«&» og «*» må følges av et navn (anker og alias) – sett teksten i anførselstegn hvis "
    "den begynner med «&» eller «*»"
)
YAML_TAG = "ugyldig tagg – sett teksten i anførselstegn hvis den begynner med «!»"
YAML_AFTER_END = "noe står etter slutten av dokumentet – sjekk innrykket, eller fjern «---»/«...»"
YAML_DEPTH = "for dyp nøsting (mer enn {limit} nivåer)"
YAML_UNKNOWN = (
    "filen kan ikke leses her – sjekk innrykk, kolon og anførselstegn på denne linjen og "
    "linjen over"
)
YAML_CONTROL_CHARACTER = "filen inneholder tegnet {code}, et styretegn som ikke er lov i YAML"

# --- what a pack may amount to -----------------------------------------------------------
EXPANDED_TOO_LONG = (
    "filen blir over {limit} tegn tekst når aliasene (*navn) er fylt ut; bruk aliaser "
    "bare for korte tekster"
)
RENDERED_TOO_LONG = (
    "tekstene blir over {limit} tegn til sammen når malene er fylt ut; kort ned "
    "variabelverdiene eller bruk dem i færre tekster"
)
RENDERED_TOTAL_TOO_LONG = (
    "profilene gir til sammen over {limit} tegn utfylt tekst; bruk færre profiler eller "
    "kortere variabelverdier"
)

# --- files -------------------------------------------------------------------------------
CANNOT_READ = "kan ikke lese filen ({reason})"
PICTURE_UNREADABLE = "bildet «{reference}» kan ikke leses ({reason})"
# Why the operating system would not read a file, by errno name; "other" names the code.
OS_REASONS = {
    "EACCES": "ingen lesetilgang",
    "EPERM": "ingen tilgang",
    "EIO": "lesefeil på disken eller minnepinnen",
    "ENAMETOOLONG": "navnet er for langt",
    "ELOOP": "for mange symbolske lenker etter hverandre",
    "ENOTDIR": "en del av stien er ikke en mappe",
    "ENXIO": "enheten finnes ikke",
    "other": "feil fra operativsystemet, kode {code}",
}
NOT_A_REGULAR_FILE = "dette er ikke en vanlig fil, men {kind}; lagre den som en vanlig fil"
FILE_KINDS = {
    "fifo": "en navngitt rørledning (FIFO)",
    "device": "en enhet",
    "socket": "en sokkel",
    "other": "noe annet",
}

# --- fields ------------------------------------------------------------------------------
NUMBER_IN_QUOTES = "forventet et heltall, fant teksten «{text}» – skriv tallet uten anførselstegn"

# --- roles -------------------------------------------------------------------------------
UNKNOWN_ROLE = "rollen «{role}» finnes ikke i standardkatalogen; gi den en «title»"
UNKNOWN_ROLE_HINT = (
    "rollen «{role}» finnes ikke i standardkatalogen – mente du «{hint}»? Er det en egen "
    "rolle, gi den en «title»"
)

# --- templates ---------------------------------------------------------------------------
# Jinja2 explains a template it cannot read in English; these say the same in bokmål.
TEMPLATE_SYNTAX = "malfeil på linje {line} i teksten: {detail}"
TEMPLATE_STRAY_BRACE = (
    "krøllparentesene står ikke i par – hver variabel skrives «{{{{ navn }}}}», med to "
    "krøllparenteser på hver side"
)
TEMPLATE_UNCLOSED_PRINT = "«{{{{» mangler sin «}}}}» – skriv «{{{{ navn }}}}»"
TEMPLATE_UNCLOSED_IF = "«{{% if … %}}» mangler sin «{{% endif %}}»"
TEMPLATE_UNKNOWN_TAG = (
    "«{{% {tag} %}}» er ikke noe malene kjenner; bruk «if», «elif», «else» og «endif»"
)
TEMPLATE_NO_EXPRESSION = "det mangler et variabelnavn eller en betingelse mellom klammene"
TEMPLATE_NO_FILTER = "det mangler et filternavn etter «|»"
TEMPLATE_CHARACTER = "tegnet «{character}» kan ikke stå her i malen"
TEMPLATE_TWO_NAMES = (
    "to ord etter hverandre mellom «{{{{» og «}}}}»; skriv ett variabelnavn, eller bruk «~» "
    "for å sette sammen"
)
TEMPLATE_UNREADABLE = "malen kan ikke leses; sjekk at «{{{{ }}}}» og «{{% %}}» står i par"
TEMPLATE_FORBIDDEN = (
    "malen bruker {what}, som ikke er tillatt i scenariotekster (bare variabler, filtre og if)"
)
TEMPLATE_CONSTRUCTS = {
    "Getattr": "punktum («a.b»)",
    "Getitem": "hakeparentes («a[0]»)",
    "Slice": "hakeparentes («a[0]»)",
    "arithmetic": "regning («+», «-», «*», «/»)",
    "For": "en løkke («for»)",
    "Call": "et funksjonskall («navn()»)",
    "Assign": "«set»",
    "Macro": "en makro",
    "Include": "«include» eller «import»",
    "other": "noe annet enn variabler, filtre og if («{name}»)",
}

# --- the editor: undo labels and the texts of new items ----------------------------------
EDIT_FIELD = "Endre felt"
ADD_ITEM = "Legg til"
DELETE_ITEM = "Slett"
MOVE_ITEM = "Flytt"
DUPLICATE_ITEM = "Dupliser"
ADD_INJECT = "Legg til innspill"
DELETE_INJECT = "Slett innspill"
DUPLICATE_INJECT = "Dupliser innspill"
MOVE_INJECT = "Flytt innspill"
RETIME_INJECT = "Endre tidspunkt"
ADD_VARIABLE = "Legg til variabel"
NAME_TAKEN = "navnet «{name}» er allerede brukt"
NEW_INJECT_TITLE = "Nytt innspill"
NEW_PHASE_TITLE = "Ny fase"
NEW_OBJECTIVE_TITLE = "Nytt mål"
NEW_SUBGOAL_TITLE = "Nytt delmål"
NEW_ROLE_TITLE = "Ny rolle"
NEW_BOARD_ITEM_LABEL = "Nytt punkt"
NEW_RESPONSE_ACTOR = "Ny aktør"
NEW_QUESTION_TEXT = "Nytt spørsmål"
NEW_PROFILE_TITLE = "Ny profil"
NEW_VARIABLE_LABEL = "Ny variabel"

# --- the editor: pictures and saving ----------------------------------------------------
PICTURE_NOT_IMAGE = "«{name}» er ikke et PNG-, JPEG- eller SVG-bilde"
PICTURE_TOO_LARGE = "bildet «{name}» er større enn {limit} MB"
PICTURE_IS_LINK = "«{name}» er en symbolsk lenke; velg selve bildefilen"
PICTURE_NOT_FILE = "«{name}» er ikke en vanlig fil"
PICTURE_NOT_READ = "bildet «{name}» kan ikke leses: {reason}"
SAVE_FAILED = (
    "pakken kunne ikke lagres i «{folder}»: {reason}. Endringene er ikke tapt; lagre i en "
    "annen mappe"
)
SAVE_BUILTIN = "en innebygd pakke kan ikke endres; lagre den som en ny pakke i en annen mappe"
SAVE_NOT_PACK_FOLDER = (
    "mappen «{folder}» inneholder andre filer og er ikke en pakke; velg en tom mappe"
)
