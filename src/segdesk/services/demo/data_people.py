"""Names for demo contacts, per country: first names by gender, family names, job
titles, and how companies are named there (patterns and legal forms)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Naming:
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    job_titles: tuple[str, ...]
    company_patterns: tuple[str, ...]  # "{last}" and "{city}" are filled in
    legal_forms: tuple[str, ...]  # the first is the most common
    double_surname: float = 0.0  # share of people with two family names (Spain)
    feminine_surnames: bool = False  # Polish -ski/-cki/-dzki take -ska/-cka/-dzka


def _t(words: str) -> tuple[str, ...]:
    return tuple(words.split(", "))


NAMING: dict[str, Naming] = {
    "IT": Naming(
        _t(
            "Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessia, Elisa, Federica, Silvia, "
            "Laura, Elena, Anna, Paola, Roberta, Noemi, Beatrice, Ilaria, Lucrezia, Aurora"
        ),
        _t(
            "Marco, Luca, Alessandro, Andrea, Matteo, Francesco, Lorenzo, Davide, Simone, Federico, "
            "Riccardo, Giuseppe, Stefano, Paolo, Niccolò, Giacomo, Tommaso, Gabriele, Mattia, Nicolò"
        ),
        _t(
            "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, "
            "Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, "
            "Fontana, Santoro, Mariani, Rinaldi, Caruso, D'Angelo, Galli, Ferrara, Sanfilippo"
        ),
        _t("Titolare, Responsabile acquisti, Direttrice generale, Capo barista, Office manager, Socio"),
        _t(
            "Caffè {last}, Torrefazione {last}, Panificio {last}, {last} & Figli, Pasticceria {last}, "
            "Trattoria da {last}, Hotel {last}, Coworking {city}"
        ),
        _t("S.r.l., S.p.A., S.n.c., S.a.s."),
    ),
    "FR": Naming(
        _t(
            "Camille, Léa, Manon, Chloé, Inès, Zoé, Emma, Juliette, Océane, Hélène, Élodie, Sophie, "
            "Clémence, Anaïs, Maëlle, Margaux, Céline, Brigitte, Nathalie, Isabelle"
        ),
        _t(
            "Lucas, Hugo, Louis, Théo, Nathan, Jules, Émile, Mathéo, Raphaël, Gabriel, Arthur, Noël, "
            "François, Jérôme, Benoît, Stéphane, Julien, Nicolas, Pierre, Thierry"
        ),
        _t(
            "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
            "Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, "
            "Girard, André, Mercier, Dupont, Lambert, Bonnet, Chevalier, Rousseau, Faure"
        ),
        _t("Gérant, Responsable des achats, Directrice, Chef barista, Assistante de direction, Associé"),
        _t(
            "Café {last}, Brûlerie {last}, Boulangerie {last}, {last} et Fils, Pâtisserie {last}, "
            "Bistrot {last}, Hôtel {last}, Espace Coworking {city}"
        ),
        _t("SARL, SAS, SA, EURL"),
    ),
    "PL": Naming(
        _t(
            "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Zofia, "
            "Joanna, Magdalena, Monika, Aleksandra, Natalia, Żaneta, Halina, Grażyna, Beata, Dorota"
        ),
        _t(
            "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Łukasz, Jakub, Grzegorz, "
            "Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kacper"
        ),
        _t(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
            "Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, "
            "Grabowski, Nowakowski, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, "
            "Nowicki, Majewski, Olszewski, Stępień, Jaworski, Malinowski"
        ),
        _t("Właściciel, Kierownik zakupów, Prezes zarządu, Główny barista, Office manager, Wspólnik"),
        _t(
            "Kawiarnia {last}, Palarnia Kawy {city}, Piekarnia {last}, {last} i Wspólnicy, "
            "Cukiernia {last}, Restauracja Pod Lipami, Hotel {city}, Biuro Coworking {city}"
        ),
        _t("sp. z o.o., S.A., sp.j., sp.k."),
        feminine_surnames=True,
    ),
    "DE": Naming(
        _t(
            "Anna, Lena, Leonie, Sophie, Marie, Hannah, Lea, Emma, Mia, Julia, Katharina, Sabine, "
            "Petra, Ursula, Jana, Claudia, Birgit, Monika, Zoë, Jördis"
        ),
        _t(
            "Lukas, Jonas, Leon, Finn, Paul, Felix, Maximilian, Elias, Jürgen, Jörg, Uwe, Klaus, "
            "Stefan, Thomas, Michael, Andreas, Matthias, Björn, Sören, Tobias"
        ),
        _t(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, "
            "Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, "
            "Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, Lehmann, Köhler, Weiß"
        ),
        _t("Inhaber, Einkaufsleiterin, Geschäftsführer, Barista, Büroleiterin, Prokurist"),
        _t(
            "Café {last}, Rösterei {last}, Bäckerei {last}, {last} & Söhne, Konditorei {last}, "
            "Gasthaus zur Post, Hotel Zur Linde, Coworking {city}"
        ),
        _t("GmbH, UG (haftungsbeschränkt), AG, KG, e.K."),
    ),
    "ES": Naming(
        _t(
            "María, Lucía, Carmen, Ana, Laura, Marta, Paula, Sofía, Elena, Cristina, Isabel, Pilar, "
            "Rocío, Inés, Begoña, Nuria, Raquel, Alba, Beatriz, Julia"
        ),
        _t(
            "Antonio, José, Manuel, Francisco, David, Juan, Javier, Daniel, Carlos, Jesús, Alejandro, "
            "Miguel, Rafael, Pablo, Sergio, Álvaro, Jorge, Íñigo, Adrián, Rubén"
        ),
        _t(
            "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
            "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, "
            "Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Núñez, Ibáñez"
        ),
        _t("Propietario, Responsable de compras, Directora general, Jefe de barra, Administrativa, Socio"),
        _t(
            "Cafetería {last}, Tostadero {last}, Panadería {last}, {last} e Hijos, Pastelería {last}, "
            "Mesón El Rincón, Hotel {city} Centro, Coworking {city}"
        ),
        _t("S.L., S.A., S.L.U., S.Coop."),
        double_surname=0.7,
    ),
    "GB": Naming(
        _t(
            "Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Chloe, Zoë, Charlotte, Eleanor, Hannah, "
            "Lucy, Sarah, Rebecca, Siobhán, Niamh, Catherine, Margaret, Jessica"
        ),
        _t(
            "Oliver, George, Harry, Jack, Noah, Charlie, Thomas, James, William, Oscar, Daniel, "
            "Samuel, Joseph, Liam, Seán, Owen, Rhys, Callum, Alexander, Edward"
        ),
        _t(
            "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Johnson, Roberts, "
            "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, "
            "Clarke, Patel, Jackson, Wood, Turner, Cooper, O'Brien, McDonald, Murphy"
        ),
        _t("Owner, Purchasing Manager, Managing Director, Head Barista, Office Manager, Partner"),
        _t(
            "{last}'s Coffee House, {city} Coffee Roasters, {last} Bakery, {last} & Sons, "
            "{last}'s Patisserie, The Red Lion, {city} Grand Hotel, {city} Works Coworking"
        ),
        _t("Ltd, PLC, LLP"),
    ),
}

_FEMININE = (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka"))


def feminine(surname: str) -> str:
    """The feminine form of a Polish adjectival surname (Kowalski -> Kowalska)."""
    for masculine, female in _FEMININE:
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + female
    return surname
