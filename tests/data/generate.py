"""Writes the sample import files of this folder (run: python tests/data/generate.py).

The files are committed; this script documents how each was made (encodings,
line endings, quirks of the program that exports such files) and remakes them
byte for byte.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

HERE = Path(__file__).parent


def _csv(rows: list[list[str]], *, delimiter: str = ",", quote_all: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        lineterminator="\r\n",
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    return out.getvalue()


OUTLOOK_HEADERS = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business City", "Business State", "Business Postal Code", "Business Country/Region",
    "Home Street", "Home City", "Home Postal Code", "Home Country/Region", "Business Phone", "Home Phone",
    "Mobile Phone", "Birthday", "Categories", "E-mail Address", "E-mail 2 Address", "Notes", "Gender",
    "Web Page",
]  # fmt: skip


def outlook() -> None:
    """Outlook's "Comma Separated Values" export: cp1252, every cell quoted, m/d/yyyy, 0/0/00 for none."""
    rows = [
        ["François", "", "Lefèvre", "M.", "", "Café Crème SARL", "", "Gérant", "12 rue de la Paix",
         "Paris", "",
         "75002", "France", "", "", "", "", "+33 1 42 68 53 00", "", "06 12 34 56 78", "3/15/1985",
         "Clients;VIP",
         "francois.lefevre@example.fr", "", "Aime l'espresso € 2,50", "Male", "www.cafecreme.example.fr"],
        ["Jürgen", "", "Weiß", "", "", "Bäckerei Weiß GmbH", "", "Inhaber", "Hauptstraße 5", "München",
         "Bayern",
         "80331", "Deutschland", "", "", "", "", "089 1234567", "", "", "0/0/00", "Clients",
         "juergen.weiss@example.de", "", "", "Unspecified", ""],
        ["Zoë", "", "Lambert", "", "", "", "", "", "", "", "", "", "", "8 chemin des Œillets", "Lyon",
         "69001",
         "France", "", "04 72 00 00 00", "", "12/25/1979", "", "zoe.lambert@example.fr", "", "",
         "Female", ""],
    ]  # fmt: skip
    (HERE / "outlook_cp1252.csv").write_bytes(_csv([OUTLOOK_HEADERS, *rows], quote_all=True).encode("cp1252"))


def polish() -> None:
    """A Polish Excel "CSV (separated by semicolons)": cp1250, dd.mm.yyyy, decimal commas."""
    rows = [
        ["Imię", "Nazwisko", "Firma", "E-mail", "Telefon", "Miasto", "Kod pocztowy", "Kraj", "Data urodzenia",
         "Przychód", "Tagi"],
        ["Łucja", "Wiśniewska", "Kwiaciarnia Różana", "lucja@example.pl", "22 123 45 67", "Łódź", "90-001",
         "Polska", "15.03.1985", "1 250,50", "stała klientka, vip"],
        ["Zbigniew", "Żółkiewski", "", "zbigniew@example.pl", "601 234 567", "Gdańsk", "80-001", "Polska",
         "31.12.1990", "12.345,00", "hurt"],
        ["Grzegorz", "Brzęczyszczykiewicz", "Chrząszcz Sp. z o.o.", "grzegorz@example.pl", "+48 12 345 67 89",
         "Kraków", "30-001", "Niemcy", "", "", ""],
    ]  # fmt: skip
    (HERE / "polish_cp1250.csv").write_bytes(_csv(rows, delimiter=";").encode("cp1250"))


def google() -> None:
    current = [
        ["First Name", "Middle Name", "Last Name", "Nickname", "File As", "Organization Name",
         "Organization Title",
         "Birthday", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
         "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
         "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
         "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
         "Website 1 - Label", "Website 1 - Value"],
        ["Giulia", "", "Bianchi", "", "", "Trattoria Da Giulia", "Titolare", "1988-07-04", "",
         "Clienti ::: * myContacts", "* Work", "giulia.bianchi@example.it ::: giulia@home.example.it", "", "",
         "Mobile", "+39 333 123 4567", "Work", "011 555 1234", "Work", "Via Po 10, Torino", "Via Po 10",
         "Torino",
         "", "TO", "10123", "Italia", "", "https://trattoria.example.it"],
        ["Álvaro", "", "Núñez", "", "", "", "", "--05-20", "Conocido en la feria",
         "Proveedores ::: * starred",
         "Home", "alvaro.nunez@example.es", "", "", "Home", "912 345 678", "", "", "", "", "Calle Mayor 1",
         "Madrid", "", "", "28013", "España", "", ""],
    ]  # fmt: skip
    (HERE / "google_current.csv").write_bytes(_csv(current).encode("utf-8"))
    legacy = [
        ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Name Prefix", "Name Suffix",
         "Birthday", "Gender", "Notes", "Language", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
         "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type",
         "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City", "Address 1 - Region",
         "Address 1 - Postal Code", "Address 1 - Country", "Organization 1 - Type", "Organization 1 - Name",
         "Organization 1 - Title", "Website 1 - Type", "Website 1 - Value"],
        ["Marco Ferri", "Marco", "", "Ferri", "", "", "", "1975-11-02", "male", "", "it",
         "* myContacts ::: Fornitori ::: VIP", "* Work", "marco.ferri@example.it ::: m.ferri@example.com",
         "Mobile", "+39 347 765 4321 ::: +39 347 000 0000", "Work", "+39 02 8765 4321", "Work", "",
         "Corso Buenos Aires 3", "Milano", "MI", "20124", "Italy", "", "Ferri Caffè S.r.l.", "Buyer", "", ""],
    ]  # fmt: skip
    (HERE / "google_legacy.csv").write_bytes(_csv(legacy).encode("utf-8"))


MAILCHIMP_HEADERS = [
    "Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday", "MEMBER_RATING",
    "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF",
    "TIMEZONE", "CC", "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS",
]  # fmt: skip


def mailchimp() -> None:
    subscribed = [
        MAILCHIMP_HEADERS,
        ["anna.schmidt@example.de", "Anna", "Schmidt", "Lindenallee 4  Berlin  BE  10115  DE",
         "+49 30 7654321",
         "04/12", "3", "2024-01-10 09:00:00", "", "2024-01-10 09:05:00", "", "", "", "", "", "", "DE", "BE",
         "2024-01-10 09:05:00", "1", "a1", "", '"Newsletter","Kunden"'],
        ["pablo.garcia@example.es", "Pablo", "García", "", "", "", "2", "2024-02-01 10:00:00", "",
         "2024-02-01 10:00:00", "", "", "", "", "", "", "ES", "MD", "2024-02-01 10:00:00", "2", "a2", "", ""],
    ]  # fmt: skip
    (HERE / "mailchimp_subscribed.csv").write_bytes(_csv(subscribed).encode("utf-8"))
    headers = [*MAILCHIMP_HEADERS, "UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON"]
    unsubscribed = [
        headers,
        ["marie.dubois@example.fr", "Marie", "Dubois", "", "", "", "1", "2023-03-01 08:00:00", "",
         "2023-03-01 08:00:00", "", "", "", "", "", "", "FR", "", "2024-05-05 12:00:00", "3", "a3", "", "",
         "2024-05-05 12:00:00", "Printemps", "c1", "NORMAL"],
    ]  # fmt: skip
    (HERE / "mailchimp_unsubscribed.csv").write_bytes(_csv(unsubscribed).encode("utf-8"))


def unicode_text() -> None:
    """Excel's "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab-separated, CRLF."""
    rows = [
        ["Prénom", "Nom", "Courriel", "Ville", "Pays", "Téléphone", "Date de naissance", "Étiquettes"],
        ["Éloïse", "Ménard", "eloise.menard@example.fr", "Besançon", "France", "03 81 00 00 00", "29/02/1992",
         "prospect"],
        ["Noël", "Bérubé", "noel.berube@example.ca", "Québec", "Canada", "+1 418 555 0100", "01/06/1970", ""],
    ]  # fmt: skip
    (HERE / "unicode_text.txt").write_bytes(b"\xff\xfe" + _csv(rows, delimiter="\t").encode("utf-16-le"))


def vcards() -> None:
    v21 = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
        "TEL;CELL;PREF:+49 151 1234567\r\nTEL;WORK;VOICE:030 1234567\r\n"
        "EMAIL;INTERNET:juergen.mueller@example.de\r\n"
        "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        ";;Hauptstra=C3=9Fe 5;M=C3=BCnchen;;80331;Deutsch=\r\n"
        "land\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile\r\n"
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n /9j/4AAQSkZJRgABAQAAAQABAAD\r\n\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Dupr=E9;Ren=E9e;;;\r\n"
        "TEL;HOME:+33 1 23 45 67 89\r\nEMAIL;INTERNET:renee.dupre@example.fr\r\n"
        "END:VCARD\r\n"
    )
    (HERE / "contacts_21.vcf").write_bytes(v21.encode("ascii"))
    v30 = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;;\r\nFN:Mario Rossi\r\nORG:Bar Rossi;\r\n"
        "TITLE:Barista\r\nitem1.EMAIL;type=INTERNET;type=pref:mario.rossi@example.it\r\n"
        "item1.X-ABLabel:_$!<Other>!$_\r\nitem2.TEL:+39 333 000 1111\r\nitem2.X-ABLabel:_$!<Mobile>!$_\r\n"
        "TEL;type=WORK;type=VOICE:02 1234 5678\r\n"
        "item3.ADR;type=HOME:;;Via Roma 1;Milano;MI;20121;Italia\r\n"
        "CATEGORIES:clienti,vip\r\nBDAY:1980-12-25\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Ottica Bellavista S.r.l.\r\n"
        "ORG:Ottica Bellavista S.r.l.;\r\n"
        "X-ABShowAs:COMPANY\r\nEMAIL;type=INTERNET;type=WORK:info@bellavista.example.it\r\n"
        "NOTE:Ordina ogni mese\\, pagamento a 30 giorni\r\nEND:VCARD\r\n"
    )
    (HERE / "contacts_30.vcf").write_bytes(v30.encode("utf-8"))
    v40 = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoé Dupont\r\nN:Dupont;Zoé;;;\r\n"
        'TEL;VALUE=uri;TYPE="voice,cell":tel:+33-6-55-44-33-22\r\n'
        "TEL;VALUE=uri;TYPE=work:tel:+33-1-98-76-54-32;ext=12\r\n"
        "EMAIL;TYPE=work:zoe.dupont@example.fr\r\nCATEGORIES:vip,newsletter\r\nBDAY:--0415\r\n"
        "LANG:fr\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Papeterie Ça Va\r\nORG:Papeterie Ça Va\r\n"
        "EMAIL:contact@papeterie.example.fr\r\nADR;TYPE=work:;;3 place Bellecour;Lyon;;69002;France\r\n"
        "END:VCARD\r\n"
    )
    (HERE / "contacts_40.vcf").write_bytes(v40.encode("utf-8"))


def spreadsheet() -> None:
    """A German workbook as a person makes one: real date cells, a serial number, a formula-like text."""
    path = HERE / "kunden.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    workbook.set_properties({"created": datetime(2026, 1, 1)})
    sheet = workbook.add_worksheet("Kunden")
    dates = workbook.add_format({"num_format": "dd.mm.yyyy"})
    headers = ["Vorname", "Nachname", "Firma", "E-Mail", "Telefon", "Ort", "PLZ", "Land", "Geburtsdatum",
               "Umsatz", "Kundennummer", "Bemerkung"]  # fmt: skip
    for column, header in enumerate(headers):
        sheet.write_string(0, column, header)
    rows = [
        ["Klara", "Öztürk", "Blumen Öztürk", "klara@example.de", 4930123456, "Berlin", "10115", "Deutschland",
         date(1990, 5, 17), 1250.5, 1001, "=SUMME(A1:A3)"],
        ["Stefan", "Groß", "", "stefan.gross@example.at", "+43 1 234567", "Wien", "1010", "Österreich",
         32874, 99, 1002, "Stammkunde"],
    ]  # fmt: skip
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), dates)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    workbook.close()


def bad_files() -> None:
    (HERE / "bad_rows.csv").write_bytes(
        _csv([
            ["First name", "Last name", "Email", "Phone", "Birth date", "Employees"],
            ["Anna", "Verdi", "anna.verdi@example.it", "+39 02 1234 5678", "1980-01-01", "5"],
            ["Bruno", "Neri", "bruno@@example", "+39 02 1234 5679", "1981-02-30", "many"],
            ["Carla", "Gialli", "carla@example.it", "12", "1982-03-03", "7"],
        ]).encode("utf-8")
    )  # fmt: skip
    (HERE / "truncated.csv").write_bytes(b'Name,Email\r\n"Anna Verdi",anna@example.it\r\n"Bruno Ne')
    (HERE / "binary.csv").write_bytes(bytes(range(256)) * 8)
    (HERE / "empty.csv").write_bytes(b"")


if __name__ == "__main__":
    outlook()
    polish()
    google()
    mailchimp()
    unicode_text()
    vcards()
    spreadsheet()
    bad_files()
