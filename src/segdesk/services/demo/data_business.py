"""The demo business: a coffee supplier selling machines, grinders, beans and
courses to households and to cafés, bakeries, hotels and offices."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProductSpec:
    code: str
    name: str
    category: str
    price_cents: int
    b2b: bool = False  # mostly bought by businesses, in bulk


PRODUCTS: tuple[ProductSpec, ...] = (
    ProductSpec("ESPRESSO-1", "Espresso machine Classic, 1 group", "machines", 89_000),
    ProductSpec("ESPRESSO-2", "Espresso machine Pro, 2 groups", "machines", 249_000, b2b=True),
    ProductSpec("ESPRESSO-HOME", "Home espresso machine", "machines", 34_900),
    ProductSpec("MOKA-6", "Moka pot, 6 cups", "machines", 3_490),
    ProductSpec("GRINDER-1", "Burr grinder Home", "grinders", 14_900),
    ProductSpec("GRINDER-2", "Commercial grinder 64 mm", "grinders", 79_000, b2b=True),
    ProductSpec("BEANS-ARABICA", "Arabica blend, 1 kg", "coffee", 2_490),
    ProductSpec("BEANS-ROBUSTA", "Robusta blend, 1 kg", "coffee", 1_690),
    ProductSpec("BEANS-DECAF", "Decaf blend, 1 kg", "coffee", 2_290),
    ProductSpec("BEANS-ETHIOPIA", "Ethiopia Yirgacheffe, 1 kg", "coffee", 3_490),
    ProductSpec("BEANS-COLOMBIA", "Colombia Huila, 1 kg", "coffee", 2_990),
    ProductSpec("BEANS-BRAZIL", "Brazil Santos, 1 kg", "coffee", 2_190),
    ProductSpec("BEANS-ORGANIC", "Organic fair-trade blend, 1 kg", "coffee", 2_890),
    ProductSpec("BEANS-BAR-6", "Bar blend, 6 kg", "coffee", 11_900, b2b=True),
    ProductSpec("CAPSULES-10", "Compatible capsules, 10", "coffee", 390),
    ProductSpec("PODS-ESE-50", "ESE paper pods, 50", "coffee", 1_490),
    ProductSpec("MILK-FROTHER", "Milk frother", "accessories", 7_900),
    ProductSpec("MILK-JUG-600", "Milk jug 600 ml", "accessories", 1_890),
    ProductSpec("TAMPER-58", "Tamper 58 mm", "accessories", 2_990),
    ProductSpec("CUPS-ESPRESSO-6", "Espresso cups, set of 6", "accessories", 2_400),
    ProductSpec("CUPS-CAPPUCCINO-6", "Cappuccino cups, set of 6", "accessories", 3_000),
    ProductSpec("V60-DRIPPER", "Pour-over dripper", "accessories", 2_200),
    ProductSpec("FRENCH-PRESS", "French press 1 l", "accessories", 3_290),
    ProductSpec("TAKEAWAY-CUPS-1000", "Takeaway cups 8 oz, 1000", "consumables", 8_900, b2b=True),
    ProductSpec("FILTER-PAPER-100", "Filter papers, 100", "consumables", 490),
    ProductSpec("DESCALER-1L", "Descaler 1 l", "consumables", 1_290),
    ProductSpec("CLEANING-TABS", "Group head cleaning tablets, 100", "consumables", 1_990),
    ProductSpec("WATER-FILTER", "Water filter cartridge", "consumables", 4_490),
    ProductSpec("SYRUP-VANILLA", "Vanilla syrup 70 cl", "consumables", 890),
    ProductSpec("COURSE-BARISTA", "Barista course, 1 day", "services", 19_000),
    ProductSpec("SERVICE-MAINT", "Maintenance visit", "services", 12_000, b2b=True),
)

TEAM: tuple[tuple[str, str], ...] = (
    ("Giulia Bianchi", "giulia.bianchi@example.com"),
    ("Marc Lefèvre", "marc.lefevre@example.com"),
    ("Anna Kowalska", "anna.kowalska@example.com"),
    ("Jonas Weber", "jonas.weber@example.com"),
    ("Lucía Fernández", "lucia.fernandez@example.com"),
)

TAGS = (
    "vip",
    "newsletter",
    "wholesale",
    "eco",
    "ambassador",
    "home_barista",
    "events",
    "decaf",
    "corporate_gifts",
    "price_sensitive",
)
NEEDS = ("delivery", "financing", "training", "maintenance", "custom_blend", "equipment_rental", "invoicing")

# In the order of the company name patterns in data_people.
INDUSTRIES = ("cafe", "roastery", "bakery", "retail", "pastry", "restaurant", "hotel", "office")
PATTERN_INDUSTRIES = INDUSTRIES
SOURCES = ("website", "referral", "trade_fair", "walk_in", "social_media", "cold_call", "newsletter_signup")
PERSON_EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
EDUCATION_WEIGHTS = (8, 42, 30, 16, 4)
INCOME_WEIGHTS = (15, 25, 30, 20, 10)

OUTCOMES: dict[str, tuple[str, ...]] = {
    "call": ("reached", "no_answer", "left_message", "call_back"),
    "email": ("sent", "replied", "no_reply"),
    "meeting": ("interested", "quote_requested", "not_interested", "order_placed"),
    "visit": ("order_placed", "tasting", "browsing"),
    "note": ("info",),
}
CHANNEL_WEIGHTS = (("call", 35), ("email", 30), ("meeting", 10), ("visit", 15), ("note", 10))

NOTES: dict[str, tuple[str, ...]] = {
    "it": (
        "Chiamata per il riordino del caffè",
        "Inviato il listino aggiornato",
        "Interessato alla nuova miscela bio",
        "Richiamare la prossima settimana",
        "Preventivo per la macchina espresso",
        "Assaggio in negozio, molto soddisfatto",
        "Chiede informazioni sul corso barista",
        "Lamentela sui tempi di consegna, risolta",
    ),
    "fr": (
        "Appel pour le réapprovisionnement en café",
        "Envoi du tarif mis à jour",
        "Intéressé par le nouveau mélange bio",
        "Rappeler la semaine prochaine",
        "Devis pour la machine à espresso",
        "Dégustation en boutique, très satisfait",
        "Demande des informations sur la formation barista",
        "Réclamation sur le délai de livraison, réglée",
    ),
    "pl": (
        "Telefon w sprawie ponownego zamówienia kawy",
        "Wysłano aktualny cennik",
        "Zainteresowany nową mieszanką ekologiczną",
        "Oddzwonić w przyszłym tygodniu",
        "Oferta na ekspres kolbowy",
        "Degustacja w sklepie, bardzo zadowolony",
        "Pyta o szkolenie baristyczne",
        "Reklamacja terminu dostawy, załatwiona",
    ),
    "de": (
        "Anruf wegen Nachbestellung Kaffee",
        "Aktuelle Preisliste geschickt",
        "Interessiert an der neuen Bio-Mischung",
        "Nächste Woche zurückrufen",
        "Angebot für die Espressomaschine",
        "Verkostung im Laden, sehr zufrieden",
        "Fragt nach dem Barista-Kurs",
        "Beschwerde über Lieferzeit, erledigt",
    ),
    "es": (
        "Llamada para reponer café",
        "Enviada la tarifa actualizada",
        "Interesado en la nueva mezcla ecológica",
        "Volver a llamar la semana que viene",
        "Presupuesto para la cafetera espresso",
        "Cata en tienda, muy satisfecho",
        "Pide información sobre el curso de barista",
        "Queja por el plazo de entrega, resuelta",
    ),
    "en": (
        "Called about restocking coffee",
        "Sent the updated price list",
        "Interested in the new organic blend",
        "Call back next week",
        "Quote for the espresso machine",
        "Tasting in the shop, very happy",
        "Asked about the barista course",
        "Complaint about delivery time, resolved",
    ),
}

CONSENT_SOURCES = ("web_form", "in_store", "phone_call", "paper_form", "trade_fair")
CONSENT_WORDING = {
    "email": "I agree to receive news and offers by email.",
    "phone": "I agree to be called about offers and my orders.",
    "post": "I agree to receive catalogues and offers by post.",
}

# key, type, label
CUSTOM_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("contract_renewal", "date", "Contract renewal"),
    ("loyalty_card", "text", "Loyalty card"),
    ("machines_installed", "number", "Machines installed"),
)
