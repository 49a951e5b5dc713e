"""The shared catalogue of standard municipal crisis-leadership and partner roles.

A pack can name a role by id alone (``- ordforer``) and take title and description from
here, so that twenty packs do not describe the mayor twenty slightly different ways.
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
            _role("nav", "NAV", "Økonomisk sosialhjelp og oppfølging av evakuerte."),
            _role("prest", "Kirken", "Omsorg og samtaler; del av psykososialt kriseteam."),
            _role("observator", "Observatør", "Noterer hva som skjer opp mot målene; deltar ikke."),
        ]
    )
)
