"""Every file format read into a table: the real sample files of tests/data, and broken ones refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from segdesk.io.delimited import guess_delimiter
from segdesk.io.errors import SourceError
from segdesk.io.spreadsheet import cell_text
from segdesk.io.tables import Table, read_table
from tests.io.support import DATA


def rows(table: Table) -> list[dict[str, str]]:
    return [{h: c for h, c in zip(table.headers, row, strict=False) if c} for row in table.rows]


def test_outlook_csv_in_cp1252_without_knowing_the_encoding() -> None:
    table = read_table(DATA / "outlook_cp1252.csv", language="de")
    assert (table.layout, table.encoding, table.encoding_guessed, table.delimiter) == (
        "outlook",
        "cp1252",
        True,
        ",",
    )
    first = rows(table)[0]
    assert first["First Name"] == "François" and first["Company"] == "Café Crème SARL"
    assert first["Notes"] == "Aime l'espresso € 2,50"
    assert rows(table)[1]["Birthday"] == "0/0/00"


def test_polish_semicolon_csv_in_cp1250() -> None:
    table = read_table(DATA / "polish_cp1250.csv", language="pl")
    assert (table.encoding, table.delimiter) == ("cp1250", ";")
    assert [r["Miasto"] for r in rows(table)] == ["Łódź", "Gdańsk", "Kraków"]
    assert rows(table)[2]["Nazwisko"] == "Brzęczyszczykiewicz"


def test_polish_file_read_by_an_italian_user_can_be_given_its_encoding() -> None:
    guessed = read_table(DATA / "polish_cp1250.csv", language="it")
    assert guessed.encoding == "cp1252" and rows(guessed)[0]["Miasto"] != "Łódź"
    chosen = read_table(DATA / "polish_cp1250.csv", encoding="cp1250", language="it")
    assert rows(chosen)[0]["Miasto"] == "Łódź"


def test_google_current_layout_resolves_labels_and_multi_values() -> None:
    table = read_table(DATA / "google_current.csv")
    assert table.layout == "google"
    giulia, alvaro = rows(table)
    assert giulia["email"] == "giulia.bianchi@example.it"  # first of " ::: "
    assert (giulia["mobile"], giulia["phone"]) == ("+39 333 123 4567", "011 555 1234")
    assert giulia["tags"] == "Clienti"  # "* myContacts" is Google's own
    assert (alvaro["first_name"], alvaro["birth_date"], alvaro["tags"]) == (
        "Álvaro",
        "--05-20",
        "Proveedores",
    )


def test_google_legacy_layout() -> None:
    table = read_table(DATA / "google_legacy.csv")
    assert table.layout == "google-legacy"
    (marco,) = rows(table)
    assert marco["company"] == "Ferri Caffè S.r.l." and marco["job_title"] == "Buyer"
    assert marco["mobile"] == "+39 347 765 4321" and marco["phone"] == "+39 02 8765 4321"
    assert marco["tags"] == "Fornitori;VIP" and marco["email"] == "marco.ferri@example.it"


def test_mailchimp_exports_say_whether_people_are_subscribed() -> None:
    subscribed = read_table(DATA / "mailchimp_subscribed.csv")
    unsubscribed = read_table(DATA / "mailchimp_unsubscribed.csv")
    assert (subscribed.layout, subscribed.constants) == ("mailchimp", {"email_ok": "true"})
    assert (unsubscribed.layout, unsubscribed.constants) == ("mailchimp", {"email_ok": "false"})
    assert unsubscribed.hints["UNSUB_TIME"] == "consent_at"


def test_excel_unicode_text_is_utf16_tab_separated() -> None:
    table = read_table(DATA / "unicode_text.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert rows(table)[0]["Prénom"] == "Éloïse" and rows(table)[1]["Ville"] == "Québec"


def test_vcard_21_quoted_printable_with_charsets_and_a_photo() -> None:
    table = read_table(DATA / "contacts_21.vcf")
    assert (table.file_format, table.first_row_number) == ("vcard", 1)
    juergen, renee = rows(table)
    assert (juergen["first_name"], juergen["last_name"], juergen["city"]) == ("Jürgen", "Müller", "München")
    assert juergen["street"] == "Hauptstraße 5" and juergen["country"] == "Deutschland"  # soft line break
    assert juergen["mobile"] == "+49 151 1234567" and juergen["phone"] == "030 1234567"
    assert juergen["notes"] == "Erste Zeile\nZweite Zeile"
    assert (renee["first_name"], renee["last_name"]) == ("Renée", "Dupré")  # ISO-8859-1 bytes


def test_vcard_30_apple_item_groups_categories_and_companies() -> None:
    mario, optician = rows(read_table(DATA / "contacts_30.vcf"))
    assert mario["mobile"] == "+39 333 000 1111"  # from the X-ABLabel of its item group
    assert mario["phone"] == "02 1234 5678" and mario["tags"] == "clienti;vip"
    assert (optician["kind"], optician["company"]) == ("company", "Ottica Bellavista S.r.l.")
    assert optician["notes"] == "Ordina ogni mese, pagamento a 30 giorni"


def test_vcard_40_tel_uris_and_quoted_type_lists() -> None:
    zoe, shop = rows(read_table(DATA / "contacts_40.vcf"))
    assert zoe["mobile"] == "+33-6-55-44-33-22" and zoe["phone"] == "+33-1-98-76-54-32"
    assert zoe["birth_date"] == "--0415" and zoe["tags"] == "vip;newsletter"
    assert (shop["kind"], shop["city"]) == ("company", "Lyon")


def test_xlsx_cells_become_text_dates_in_iso_form() -> None:
    table = read_table(DATA / "kunden.xlsx")
    klara, stefan = rows(table)
    assert (klara["Geburtsdatum"], klara["Telefon"], klara["Umsatz"]) == (
        "1990-05-17",
        "4930123456",
        "1250.5",
    )
    assert klara["Bemerkung"] == "=SUMME(A1:A3)"
    assert stefan["Geburtsdatum"] == "32874"  # a serial typed as a number


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.csv", "may be cut short"),
        ("binary.csv", "not a text file"),
        ("empty.csv", "is empty"),
    ],
)
def test_bad_files_are_refused_with_a_reason(name: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        read_table(DATA / name)


def test_a_vcard_without_its_end_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_bytes((DATA / "contacts_30.vcf").read_bytes()[:-12])
    with pytest.raises(SourceError, match="cut short"):
        read_table(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (60 * 1024 * 1024) + b"/>")
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 200_000
    with pytest.raises(SourceError, match="zip bomb"):
        read_table(path)


def test_xml_entities_in_a_workbook_are_refused(tmp_path: Path) -> None:
    source = zipfile.ZipFile(DATA / "kunden.xlsx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/sharedStrings.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY lol "lol">]>', 1)
            archive.writestr(info, data)
    path = tmp_path / "entities.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(SourceError, match="XML entities"):
        read_table(path)


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes((DATA / "kunden.xlsx").read_bytes()[:2000])
    with pytest.raises(SourceError, match=r"damaged|cut short|not a spreadsheet"):
        read_table(path)


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ('"Name, full";City\n"Rossi, Mario";Milano\n', ";"),
        ("only\none\n", ","),
    ],
)
def test_delimiters_are_sniffed(text: str, delimiter: str) -> None:
    assert guess_delimiter(text) == delimiter


def test_spreadsheet_cells_as_text() -> None:
    assert [cell_text(v) for v in (None, True, 3.0, 2.5, "  x ")] == ["", "true", "3", "2.5", "x"]
