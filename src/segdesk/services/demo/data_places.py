"""Places for demo contacts: real cities with real postal codes and regions, street
names, and telephone number plans that the ``phonenumbers`` library accepts as valid.

Phone prefixes are E.164 digits without the "+": a city's landline prefix is the
country code plus its area code; ``local_digits`` random digits follow (the first
one from the city's ``lead`` digits: blocks that are allocated).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class City:
    name: str
    region: str
    postal_codes: tuple[str, ...]
    area: str
    local_digits: int
    lead: str  # digits a local number may start with


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    language: str
    tld: str
    weight: int
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    number_first: bool  # "12 High Street" rather than "Via Roma 12"
    mobile_prefixes: tuple[str, ...]
    mobile_digits: int


def _c(name: str, region: str, codes: str, area: str, digits: int, lead: str = "23456789") -> City:
    return City(name, region, tuple(codes.split("|" if "|" in codes else None)), area, digits, lead)


ITALY = Country(
    "IT",
    "it",
    "it",
    22,
    (
        _c("Milano", "Lombardia", "20121 20122 20123 20135 20144 20154", "3902", 8),
        _c("Roma", "Lazio", "00184 00185 00186 00187 00192 00153", "39064", 7),
        _c("Torino", "Piemonte", "10121 10122 10123 10128 10138", "39011", 7),
        _c("Napoli", "Campania", "80121 80132 80133 80138 80142", "39081", 7),
        _c("Bologna", "Emilia-Romagna", "40121 40122 40123 40126 40137", "39051", 7),
        _c("Firenze", "Toscana", "50121 50122 50123 50129 50134", "39055", 7),
        _c("Genova", "Liguria", "16121 16122 16123 16128", "39010", 7),
        _c("Venezia", "Veneto", "30121 30122 30124 30171", "39041", 7),
        _c("Palermo", "Sicilia", "90133 90134 90139 90141", "39091", 7),
        _c("Bari", "Puglia", "70121 70122 70124", "39080", 7),
        _c("Verona", "Veneto", "37121 37122 37129", "39045", 7),
    ),
    (
        "Via Roma",
        "Via Garibaldi",
        "Via Mazzini",
        "Via Dante Alighieri",
        "Corso Vittorio Emanuele II",
        "Via Cavour",
        "Viale dei Mille",
        "Piazza della Repubblica",
        "Via XX Settembre",
        "Corso Buenos Aires",
        "Via Nazionale",
        "Via Verdi",
        "Viale Monza",
        "Via Po",
        "Lungarno Corsini",
    ),
    False,
    ("39320", "39328", "39333", "39338", "39340", "39347", "39348", "39349", "39366", "39380", "39393"),
    7,
)

FRANCE = Country(
    "FR",
    "fr",
    "fr",
    20,
    (
        _c("Paris", "Île-de-France", "75001 75004 75008 75011 75015 75017 75020", "3314", 7),
        _c("Lyon", "Auvergne-Rhône-Alpes", "69001 69002 69003 69006 69007", "33472", 6),
        _c("Marseille", "Provence-Alpes-Côte d'Azur", "13001 13006 13008 13013", "33491", 6),
        _c("Toulouse", "Occitanie", "31000 31100 31200 31300 31400", "33561", 6),
        _c("Nice", "Provence-Alpes-Côte d'Azur", "06000 06100 06200 06300", "33493", 6),
        _c("Nantes", "Pays de la Loire", "44000 44100 44200 44300", "33240", 6),
        _c("Strasbourg", "Grand Est", "67000 67100 67200", "33388", 6),
        _c("Bordeaux", "Nouvelle-Aquitaine", "33000 33100 33200 33300 33800", "33556", 6),
        _c("Lille", "Hauts-de-France", "59000 59800 59160", "33320", 6),
        _c("Montpellier", "Occitanie", "34000 34070 34080 34090", "33467", 6),
        _c("Rennes", "Bretagne", "35000 35200 35700", "33299", 6),
    ),
    (
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la Paix",
        "place Bellecour",
        "rue du Faubourg Saint-Honoré",
        "avenue de la Libération",
        "quai des Chartrons",
        "rue Émile Zola",
        "boulevard Haussmann",
        "rue Sainte-Catherine",
        "impasse des Lilas",
        "chemin des Écoliers",
        "allée des Tilleuls",
    ),
    True,
    ("3361", "3362", "3364", "3366", "3367", "3368", "3375", "3376", "3377", "3378"),
    7,
)

POLAND = Country(
    "PL",
    "pl",
    "pl",
    16,
    (
        _c("Warszawa", "mazowieckie", "00-001 00-120 00-695 01-493 02-495 03-982", "4822", 7),
        _c("Kraków", "małopolskie", "30-059 31-042 31-513 30-384", "4812", 7),
        _c("Łódź", "łódzkie", "90-001 90-134 91-341 93-005 94-203", "4842", 7),
        _c("Wrocław", "dolnośląskie", "50-001 50-077 51-117 53-238 54-129", "4871", 7),
        _c("Poznań", "wielkopolskie", "60-101 61-714 60-795 61-131", "4861", 7),
        _c("Gdańsk", "pomorskie", "80-001 80-286 80-819 80-958", "4858", 7),
        _c("Szczecin", "zachodniopomorskie", "70-001 70-383 71-064", "4891", 7),
        _c("Lublin", "lubelskie", "20-001 20-072 20-412", "4881", 7),
        _c("Katowice", "śląskie", "40-001 40-097 40-287", "4832", 7),
        _c("Bydgoszcz", "kujawsko-pomorskie", "85-001 85-023 85-791", "4852", 7),
    ),
    (
        "ul. Marszałkowska",
        "ul. Długa",
        "al. Jerozolimskie",
        "ul. Piotrkowska",
        "ul. Świętokrzyska",
        "ul. Mickiewicza",
        "ul. Kościuszki",
        "ul. Słowackiego",
        "pl. Grunwaldzki",
        "ul. Żeromskiego",
        "ul. Floriańska",
        "ul. Wojska Polskiego",
        "ul. Ogrodowa",
        "ul. Lipowa",
        "os. Kościuszkowskie",
    ),
    False,
    ("48501", "48512", "48531", "48601", "48605", "48661", "48691", "48721", "48784", "48790", "48880"),
    6,
)

GERMANY = Country(
    "DE",
    "de",
    "de",
    22,
    (
        _c("Berlin", "Berlin", "10115 10117 10243 10405 10553 12043 13347", "4930", 8),
        _c("Hamburg", "Hamburg", "20095 20099 22041 22767", "4940", 8),
        _c("München", "Bayern", "80331 80333 80469 80802 81541", "4989", 8),
        _c("Köln", "Nordrhein-Westfalen", "50667 50672 50733 51063", "49221", 7),
        _c("Frankfurt am Main", "Hessen", "60311 60313 60316 60486", "4969", 8),
        _c("Stuttgart", "Baden-Württemberg", "70173 70176 70190", "49711", 7),
        _c("Düsseldorf", "Nordrhein-Westfalen", "40210 40212 40477", "49211", 7),
        _c("Leipzig", "Sachsen", "04103 04107 04109 04275", "49341", 7),
        _c("Dresden", "Sachsen", "01067 01069 01097 01307", "49351", 7),
        _c("Nürnberg", "Bayern", "90402 90403 90429", "49911", 7),
    ),
    (
        "Hauptstraße",
        "Bahnhofstraße",
        "Goethestraße",
        "Schillerstraße",
        "Lindenallee",
        "Am Markt",
        "Friedrichstraße",
        "Kastanienweg",
        "Müllerstraße",
        "Gartenstraße",
        "Königsallee",
        "Marienplatz",
        "Rosenweg",
        "Schloßstraße",
        "Weißenburger Straße",
    ),
    False,
    ("49151", "49152", "49157", "49160", "49170", "49171", "49175", "49176"),
    8,
)

SPAIN = Country(
    "ES",
    "es",
    "es",
    14,
    (
        _c("Madrid", "Comunidad de Madrid", "28001 28004 28005 28012 28013 28014 28020", "3491", 7),
        _c("Barcelona", "Cataluña", "08001 08002 08010 08013 08036", "3493", 7),
        _c("Valencia", "Comunidad Valenciana", "46001 46002 46004 46010", "3496", 7),
        _c("Sevilla", "Andalucía", "41001 41002 41003 41010", "3495", 7),
        _c("Zaragoza", "Aragón", "50001 50003 50004", "34976", 6),
        _c("Málaga", "Andalucía", "29001 29002 29005 29016", "34952", 6),
        _c("Bilbao", "País Vasco", "48001 48005 48007 48011", "3494", 7),
        _c("Palma", "Illes Balears", "07001 07002 07012", "34971", 6),
        _c("Murcia", "Región de Murcia", "30001 30002 30008", "34968", 6),
        _c("Valladolid", "Castilla y León", "47001 47002 47003", "34983", 6),
    ),
    (
        "Calle Mayor",
        "Calle de Alcalá",
        "Avenida de la Constitución",
        "Plaza de España",
        "Paseo de Gracia",
        "Calle Real",
        "Gran Vía",
        "Calle de Colón",
        "Avenida de Andalucía",
        "Calle San Vicente",
        "Rambla de Catalunya",
        "Calle Nueva",
        "Paseo del Prado",
        "Calle del Carmen",
        "Avenida Diagonal",
    ),
    False,
    ("346",),
    8,
)

UNITED_KINGDOM = Country(
    "GB",
    "en",
    "co.uk",
    16,
    (
        _c("London", "London", "SW1A 1AA|EC1A 1BB|W1D 3QF|N1 9GU|SE1 7PB|E1 6AN", "44207", 7),
        _c("Manchester", "North West", "M1 1AE|M2 5DB|M4 1HQ|M14 5RL", "44161", 7),
        _c("Birmingham", "West Midlands", "B1 1BB|B2 4QA|B5 4BU|B15 2TT", "44121", 7, "234567"),
        _c("Leeds", "Yorkshire and the Humber", "LS1 4AP|LS2 7EW|LS6 3QN", "44113", 7, "2345"),
        _c("Glasgow", "Scotland", "G1 1XQ|G2 3BZ|G12 8QQ", "44141", 7),
        _c("Edinburgh", "Scotland", "EH1 1YZ|EH2 2ER|EH8 9YL", "44131", 7, "234567"),
        _c("Bristol", "South West", "BS1 4DJ|BS1 5TR|BS8 1TH", "44117", 7, "234"),
        _c("Liverpool", "North West", "L1 8JQ|L3 9PP|L8 7NY", "44151", 7),
        _c("Cardiff", "Wales", "CF10 1EP|CF10 3AT|CF24 4HQ", "442920", 6),
        _c("Belfast", "Northern Ireland", "BT1 5GS|BT7 1NN|BT9 6AW", "442890", 6),
    ),
    (
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Avenue",
        "Park Road",
        "King Street",
        "Queen's Road",
        "Mill Lane",
        "The Crescent",
        "Albert Road",
        "Manor Way",
        "Castle Street",
        "Green Lane",
        "York Place",
        "Chapel Row",
    ),
    True,
    ("4474", "4475", "4477", "4478", "4479"),
    8,
)

COUNTRIES: tuple[Country, ...] = (ITALY, FRANCE, POLAND, GERMANY, SPAIN, UNITED_KINGDOM)
