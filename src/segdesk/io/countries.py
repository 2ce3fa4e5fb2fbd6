"""Country names in the six languages (and a few more spellings) to ISO 3166-1 alpha-2 codes.

The names come from phonenumbers' locale data (every region, in en, it, fr,
pl, de and es), plus the codes themselves, common alpha-3 codes, native names
of European countries and everyday aliases ("USA", "UK", "Holland").
"""

from __future__ import annotations

import functools
import re

from segdesk.domain.names import sort_key

__all__ = ["country_code", "country_name"]

LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.A.", "U.S.", "United States of America", "America", "Stati Uniti d'America", "EEUU",
           "EE.UU.", "Etats-Unis d'Amerique", "Vereinigte Staaten", "Stany Zjednoczone"),
    "GB": ("UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "Inghilterra", "Angleterre", "Anglia", "Inglaterra", "Gran Bretagna", "Grande-Bretagne",
           "Großbritannien", "Gran Bretaña", "Wielka Brytania"),
    "NL": ("Holland", "Nederland", "The Netherlands", "Olanda", "Hollande", "Holandia", "Holanda",
           "Países Bajos"),
    "DE": ("BRD", "RFN", "Federal Republic of Germany", "Bundesrepublik Deutschland"),
    "CZ": ("Czech Republic", "Česko", "Česká republika", "Repubblica Ceca", "République tchèque", "Czechy",
           "Tschechische Republik", "República Checa"),
    "RU": ("Russian Federation", "Россия"),
    "KR": ("South Korea", "Korea", "Republic of Korea"),
    "TR": ("Türkiye", "Turkey"),
    "CI": ("Ivory Coast",),
    "VA": ("Vatican", "Vatican City", "Città del Vaticano"),
    "BE": ("België", "Belgique", "Belgien"),
    "CH": ("Schweiz", "Suisse", "Svizzera", "Svizra", "Helvetia"),
    "AT": ("Österreich",),
    "DK": ("Danmark",),
    "SE": ("Sverige",),
    "NO": ("Norge", "Noreg"),
    "FI": ("Suomi",),
    "SK": ("Slovensko",),
    "HU": ("Magyarország",),
    "RO": ("România",),
    "HR": ("Hrvatska",),
    "SI": ("Slovenija",),
    "GR": ("Ελλάδα", "Hellas", "Ellada"),
    "IE": ("Éire", "Eire"),
    "LU": ("Lëtzebuerg",),
    "LT": ("Lietuva",),
    "LV": ("Latvija",),
    "EE": ("Eesti",),
    "UA": ("Україна", "Ukraina"),
    "BG": ("България",),
    "PL": ("Polska", "Rzeczpospolita Polska"),
    "ES": ("España",),
    "IT": ("Italia",),
    "SM": ("San Marino",),
    "MC": ("Monaco",),
}  # fmt: skip
ALPHA3 = {
    "ITA": "IT", "FRA": "FR", "DEU": "DE", "POL": "PL", "ESP": "ES", "GBR": "GB", "USA": "US", "CHE": "CH",
    "AUT": "AT", "BEL": "BE", "NLD": "NL", "LUX": "LU", "PRT": "PT", "IRL": "IE", "DNK": "DK", "SWE": "SE",
    "NOR": "NO", "FIN": "FI", "CZE": "CZ", "SVK": "SK", "HUN": "HU", "ROU": "RO", "HRV": "HR", "SVN": "SI",
    "GRC": "GR", "CAN": "CA", "MEX": "MX", "BRA": "BR", "ARG": "AR", "AUS": "AU", "JPN": "JP", "CHN": "CN",
    "IND": "IN", "RUS": "RU", "UKR": "UA", "TUR": "TR", "LTU": "LT", "LVA": "LV", "EST": "EE", "BGR": "BG",
}  # fmt: skip
@functools.cache
def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' country names in every language: about 130 MB, so read on first use only."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return LOCALE_DATA


_PUNCTUATION = re.compile(r"[\s.\-'’,()]+")


def _key(text: str) -> str:
    return _PUNCTUATION.sub(" ", sort_key(text)).strip()


@functools.cache
def _lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for code, names in _locale_data().items():
        if len(code) != 2 or not code.isalpha():
            continue
        found[_key(code)] = code
        for language in LANGUAGES:
            name = names.get(language, "")
            if name.startswith("*"):
                name = names.get(name[1:], "")
            if name:
                found.setdefault(_key(name), code)
    for code, extra in EXTRA_NAMES.items():
        for name in extra:
            found[_key(name)] = code
    for alpha3, code in ALPHA3.items():
        found.setdefault(_key(alpha3), code)
    found[_key("UK")] = "GB"
    return found


@functools.lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO code of a country written as a code or a name; None when not recognised."""
    key = _key(text)
    if not key:
        return None
    code = _lookup().get(key)
    if code is None and key.startswith("the "):
        code = _lookup().get(key[4:])
    return code


def country_name(code: str, language: str = "en") -> str:
    """The name of an ISO country code in ``language`` (the code itself when unknown)."""
    names = _locale_data().get(code.upper(), {})
    name = names.get(language, "") or names.get("en", "")
    if name.startswith("*"):
        name = names.get(name[1:], "")
    return name or code
