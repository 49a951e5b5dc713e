"""The shared catalogue of standard municipal crisis-leadership and partner roles.

A pack can name a role by id alone (``- ordforer``) and take title and description from
here, so that twenty packs do not describe the mayor twenty slightly different ways.
The titles follow the pack's ``language``: a nynorsk pack gets «Ordførar», not
«Ordfører», beside its own nynorsk texts. Other languages (``se``) get bokmål.
"""

from __future__ import annotations

from types import MappingProxyType

from ovelse.scenario.model import Role


def _role(role_id: str, title: str, description: str) -> tuple[str, Role]:
    return role_id, Role(id=role_id, title=title, description=description)


STANDARD_ROLES: MappingProxyType[str, Role] = MappingProxyType(
    dict(
        [
            _role(
                "ordforer",
                "Ordfører",
                "Kommunens øverste leder og ansikt utad mot innbyggere og media.",
            ),
            _role("varaordforer", "Varaordfører", "Stedfortreder for ordføreren."),
            _role(
                "kommunedirektor",
                "Kommunedirektør",
                "Leder kriseledelsen operativt og har ansvar for kommunens tjenester.",
            ),
            _role(
                "beredskapskoordinator",
                "Beredskapskoordinator",
                "Sekretariat for kriseledelsen; eier planverk, situasjonsbilde og rapportering.",
            ),
            _role(
                "kommuneoverlege",
                "Kommuneoverlege",
                "Medisinskfaglig rådgiver; smittevern og helseberedskap.",
            ),
            _role(
                "helse_omsorg",
                "Kommunalsjef helse og omsorg",
                "Hjemmetjenester, sykehjem og sårbare innbyggere.",
            ),
            _role(
                "oppvekst",
                "Kommunalsjef oppvekst",
                "Skoler og barnehager, og deres bruk som evakueringssteder.",
            ),
            _role(
                "teknisk",
                "Kommunalsjef teknisk",
                "Vann og avløp, kommunale veier, bygg og eiendom.",
            ),
            _role(
                "kommunikasjon",
                "Kommunikasjonsleder",
                "Informasjon til befolkningen, nettside, media og befolkningsvarsling.",
            ),
            _role("ikt", "IKT-leder", "Digitale systemer, samband og avhengighet av ekom."),
            _role(
                "okonomi_personal", "Økonomi- og personalsjef", "Budsjettfullmakter og bemanning."
            ),
            _role("loggforer", "Loggfører", "Fører beslutningslogg og situasjonsbilde (CIM)."),
            _role(
                "politi",
                "Politiet",
                "Leder redningsinnsatsen og den lokale redningssentralen; kan beordre evakuering.",
            ),
            _role(
                "brann",
                "Brann og redning",
                "Innsats på skadested; rådgiver om brann og farlige stoffer.",
            ),
            _role(
                "helseforetak",
                "AMK og helseforetak",
                "Ambulanse, sykehus og medisinsk nødmeldetjeneste.",
            ),
            _role(
                "heimevernet",
                "Heimevernet",
                "Vakthold og sikring av kritisk infrastruktur på vegne av politiet.",
            ),
            _role(
                "sivilforsvaret",
                "Sivilforsvaret",
                "Forsterkningsressurs: evakuering, forpleining, nødstrøm og befolkningsvarsling.",
            ),
            _role(
                "frivillige",
                "Frivillige organisasjoner",
                "Røde Kors, Norsk Folkehjelp og andre: bemanning, transport og omsorg.",
            ),
            _role(
                "statsforvalter",
                "Statsforvalteren",
                "Samordner i fylket, mottar rapporter og formidler ressursbehov.",
            ),
            _role(
                "beredskapsrad",
                "Beredskapsrådet",
                "Kommunens samarbeidsforum med nødetatene, frivillige, næringsliv og "
                "nabokommuner; deler situasjonsbilde og ressurser.",
            ),
            _role("nav", "NAV", "Økonomisk sosialhjelp og oppfølging av evakuerte."),
            _role("prest", "Kirken", "Omsorg og samtaler; del av psykososialt kriseteam."),
            _role("observator", "Observatør", "Noterer hva som skjer opp mot målene; deltar ikke."),
        ]
    )
)


# id: (title, description) in the pack's language, where it is not bokmål.
_NYNORSK: dict[str, tuple[str, str]] = {
    "ordforer": (
        "Ordførar",
        "Den øvste leiaren i kommunen og andletet utetter mot innbyggjarar og media.",
    ),
    "varaordforer": ("Varaordførar", "Stedfortredar for ordføraren."),
    "kommunedirektor": (
        "Kommunedirektør",
        "Leier kriseleiinga operativt og har ansvar for tenestene i kommunen.",
    ),
    "beredskapskoordinator": (
        "Beredskapskoordinator",
        "Sekretariat for kriseleiinga; eig planverk, situasjonsbilete og rapportering.",
    ),
    "kommuneoverlege": (
        "Kommuneoverlege",
        "Medisinskfagleg rådgjevar; smittevern og helseberedskap.",
    ),
    "helse_omsorg": (
        "Kommunalsjef helse og omsorg",
        "Heimetenester, sjukeheimar og sårbare innbyggjarar.",
    ),
    "oppvekst": (
        "Kommunalsjef oppvekst",
        "Skular og barnehagar, og bruken av dei som evakueringsstader.",
    ),
    "teknisk": (
        "Kommunalsjef teknisk",
        "Vatn og avløp, kommunale vegar, bygg og eigedom.",
    ),
    "kommunikasjon": (
        "Kommunikasjonsleiar",
        "Informasjon til befolkninga, nettstad, media og befolkningsvarsling.",
    ),
    "ikt": ("IKT-leiar", "Digitale system, samband og avhengnad av ekom."),
    "okonomi_personal": ("Økonomi- og personalsjef", "Budsjettfullmakter og bemanning."),
    "loggforer": ("Loggførar", "Fører avgjerdslogg og situasjonsbilete (CIM)."),
    "politi": (
        "Politiet",
        "Leier redningsinnsatsen og den lokale redningssentralen; kan påby evakuering.",
    ),
    "brann": (
        "Brann og redning",
        "Innsats på skadestaden; rådgjevar om brann og farlege stoff.",
    ),
    "helseforetak": (
        "AMK og helseføretak",
        "Ambulanse, sjukehus og medisinsk naudmeldeteneste.",
    ),
    "heimevernet": (
        "Heimevernet",
        "Vakthald og sikring av kritisk infrastruktur på vegner av politiet.",
    ),
    "sivilforsvaret": (
        "Sivilforsvaret",
        "Forsterkingsressurs: evakuering, forpleiing, naudstraum og befolkningsvarsling.",
    ),
    "frivillige": (
        "Frivillige organisasjonar",
        "Raudekrossen, Norsk Folkehjelp og andre: bemanning, transport og omsorg.",
    ),
    "statsforvalter": (
        "Statsforvaltaren",
        "Samordnar i fylket, tek imot rapportar og formidlar ressursbehov.",
    ),
    "beredskapsrad": (
        "Beredskapsrådet",
        "Samarbeidsforumet til kommunen med naudetatane, frivillige, næringsliv og "
        "nabokommunar; deler situasjonsbilete og ressursar.",
    ),
    "nav": ("NAV", "Økonomisk sosialhjelp og oppfølging av evakuerte."),
    "prest": ("Kyrkja", "Omsorg og samtalar; del av psykososialt kriseteam."),
    "observator": (
        "Observatør",
        "Noterer kva som skjer opp mot måla; deltek ikkje.",
    ),
}

_ENGLISH: dict[str, tuple[str, str]] = {
    "ordforer": ("Mayor", "The municipality's leader and its face to residents and media."),
    "varaordforer": ("Deputy mayor", "Stands in for the mayor."),
    "kommunedirektor": (
        "Chief municipal executive",
        "Leads the crisis management team and is responsible for municipal services.",
    ),
    "beredskapskoordinator": (
        "Emergency preparedness coordinator",
        "Secretariat of the crisis team; owns the plans, the situation picture and reporting.",
    ),
    "kommuneoverlege": (
        "Chief municipal medical officer",
        "Medical adviser; infection control and health preparedness.",
    ),
    "helse_omsorg": (
        "Head of health and care",
        "Home care, nursing homes and vulnerable residents.",
    ),
    "oppvekst": (
        "Head of education",
        "Schools and kindergartens, and their use as evacuation centres.",
    ),
    "teknisk": (
        "Head of technical services",
        "Water and sewage, municipal roads, buildings and property.",
    ),
    "kommunikasjon": (
        "Head of communications",
        "Information to the public, website, media and public warning.",
    ),
    "ikt": ("Head of IT", "Digital systems, communications and dependence on telecoms."),
    "okonomi_personal": ("Head of finance and personnel", "Budget authority and staffing."),
    "loggforer": ("Log keeper", "Keeps the decision log and situation picture (CIM)."),
    "politi": (
        "Police",
        "Leads the rescue effort and the local rescue centre; can order evacuation.",
    ),
    "brann": (
        "Fire and rescue",
        "Response at the scene; adviser on fire and hazardous substances.",
    ),
    "helseforetak": (
        "Emergency medical communication centre and hospital trust",
        "Ambulances, hospitals and emergency medical dispatch.",
    ),
    "heimevernet": (
        "Home Guard",
        "Guarding and securing critical infrastructure on behalf of the police.",
    ),
    "sivilforsvaret": (
        "Civil Defence",
        "Reinforcement: evacuation, catering, emergency power and public warning.",
    ),
    "frivillige": (
        "Voluntary organisations",
        "Red Cross, Norwegian People's Aid and others: staffing, transport and care.",
    ),
    "statsforvalter": (
        "County Governor",
        "Coordinates in the county, receives reports and passes on resource needs.",
    ),
    "beredskapsrad": (
        "Emergency preparedness council",
        "The municipality's forum with the emergency services, volunteers, business and "
        "neighbouring municipalities; shares the situation picture and resources.",
    ),
    "nav": ("NAV (welfare)", "Financial assistance and follow-up of evacuees."),
    "prest": ("The Church", "Care and conversations; part of the psychosocial crisis team."),
    "observator": ("Observer", "Notes what happens against the objectives; does not take part."),
}

_BY_LANGUAGE = {"nn": _NYNORSK, "en": _ENGLISH}


# Municipalities in the Sámi language administrative area (forvaltningsområdet for samisk
# språk), Norwegian name: Sámi name, after Sametinget's list. Only there do the duties of
# sameloven chapter 3 (announcements in Sámi and Norwegian, answers in Sámi) apply, so a
# profile may claim them only for these. When the area grows, add the municipality here.
SAMI_LANGUAGE_AREA: MappingProxyType[str, str] = MappingProxyType(
    {
        # Northern Sámi
        "Kåfjord": "Gáivuotna",
        "Lavangen": "Loabák",
        "Kautokeino": "Guovdageaidnu",
        "Karasjok": "Kárášjohka",
        "Tana": "Deatnu",
        "Nesseby": "Unjárga",
        "Porsanger": "Porsáŋgu",
        "Tjeldsund": "Dielddanuorri",
        # Lule Sámi
        "Hamarøy": "Hábmer",
        # South Sámi
        "Hattfjelldal": "Aarborte",
        "Snåsa": "Snåase",
        "Røyrvik": "Raarvihke",
        "Røros": "Røros",  # the list in the sources gives no Sámi name
    }
)


def in_sami_language_area(municipality: str) -> bool:
    """Whether a municipality, written in Norwegian, Sámi or both («Unjárga/Nesseby»), is in
    the Sámi language administrative area."""
    names = {name.casefold() for pair in SAMI_LANGUAGE_AREA.items() for name in pair}
    parts = (part.strip().casefold() for part in municipality.split("/"))
    return any(part in names for part in parts)


def standard_role(role_id: str, language: str = "nb") -> Role | None:
    """The catalogue's role with this id, titled in the pack's language (bokmål otherwise)."""
    role = STANDARD_ROLES.get(role_id)
    if role is None:
        return None
    translated = _BY_LANGUAGE.get(language.strip().lower().split("-")[0].split("_")[0], {})
    if role_id not in translated:
        return role
    title, description = translated[role_id]
    return Role(id=role_id, title=title, description=description)
