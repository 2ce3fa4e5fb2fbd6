"""Everything about one person as a PDF: from plain text, from the database, from the command line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from segdesk.reports.person_record import Facts, PersonRecord, RecordTable, render_person_record
from segdesk.services import contacts, privacy
from segdesk.store.database import Store, open_store
from segdesk.store.models import FollowUp, Interaction, Order, OrderLine, Product, Segment, SegmentListEntry
from tests.factories import NOW, fill_shop, run_cli
from tests.reports.pdfcheck import font_names, needs_pdftotext, page_count, pdf_text

EXPORTED = datetime(2026, 11, 24, 15, 5)


def _record(rows: int = 3) -> PersonRecord:
    return PersonRecord(
        name="Łucja Żurawska-Śliwińska",
        exported_at=EXPORTED,
        lang="pl",
        intro="Wszystko o osobie.",
        sections=(
            Facts("Identity", (("Name", "Łucja Żurawska-Śliwińska"), ("City", "Łódź"))),
            Facts("Segments", (), "Not in any saved segment."),
            RecordTable(
                "Interactions",
                ("When", "How", "Note"),
                tuple(
                    (f"{n + 1}.11.2026", "Call", f"Rozmowa o kawie nr {n}\nDruga linia") for n in range(rows)
                ),
                (1, 1, 3),
                "No interactions recorded.",
            ),
            RecordTable("Orders", ("When", "Total"), (), (1, 1), "No orders recorded."),
        ),
    )


@needs_pdftotext
def test_polish_letters_page_numbers_and_the_export_date_print() -> None:
    pdf = render_person_record(_record())
    text = pdf_text(pdf.data)
    assert "Łucja Żurawska-Śliwińska" in text and "Łódź" in text
    assert "Page 1 of 1" in text
    assert "24 lis 2026" in text  # the export date, the Polish way
    assert "Not in any saved segment." in text and "No orders recorded." in text
    assert "Rozmowa o kawie nr 2" in text and "Druga linia" in text
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= font_names(pdf.data)


def test_a_long_history_flows_over_pages_with_their_numbers() -> None:
    pdf = render_person_record(_record(rows=300))
    assert pdf.pages > 3 and page_count(pdf.data) == pdf.pages


def _rich_shop(store: Store) -> None:
    fill_shop(store)
    with store.transaction() as session:
        product = session.execute(
            insert(Product).values(code="MOKA-3", name="Moka Bialetti").returning(Product.id)
        ).scalar_one()
        order = session.execute(
            insert(Order)
            .values(contact_id=2, ordered_at=NOW, channel="online", total_cents=4990, reference="ZAM-17")
            .returning(Order.id)
        ).scalar_one()
        session.execute(
            insert(OrderLine).values(order_id=order, product_id=product, quantity=2, amount_cents=4990)
        )
        session.add(
            Interaction(
                contact_id=2, occurred_at=NOW, channel="visit", outcome="zadowolona", note="Ślub w maju"
            )
        )
        session.add(FollowUp(contact_id=2, due_on=EXPORTED.date(), note="Zadzwonić w piątek", created_at=NOW))
        segment = Segment(name="Targi Łódź", created_at=NOW, updated_at=NOW)
        session.add(segment)
        session.flush()
        session.add(SegmentListEntry(segment_id=segment.id, contact_id=2, role="member"))
    privacy.set_consent(store, 2, "post", True, actor="anna", source="formularz", wording="Zgoda na listy")
    version = contacts.get_contact(store, 2, EXPORTED.date()).version
    contacts.update_contact(
        store, 2, {"city": "Gdańsk"}, expected_version=version, actor="Żaneta", today=EXPORTED.date()
    )


@needs_pdftotext
def test_the_record_holds_what_the_json_holds(store: Store) -> None:
    _rich_shop(store)
    data = privacy.person_data(store, 2, today=EXPORTED.date())
    assert data["segments"] == ["Targi Łódź"]
    pdf = privacy.person_data_pdf(store, 2, lang="en", now=EXPORTED, actor="anna")
    text = " ".join(pdf_text(pdf.data).split())
    for expected in (
        "Łucja Nowak",
        "Bar Żółw sp. z o.o.",  # identity
        "lucja@example.pl",  # addresses
        "Gdańsk",
        "formularz",  # consent with its source and wording
        "Zgoda na listy",
        "Ślub w maju",  # interactions
        "ZAM-17",  # orders, with products
        "2 × Moka Bialetti",
        "Zadzwonić w piątek",  # follow-ups
        "Targi Łódź",  # segments
        "Żaneta",  # the audit trail
        "Nov 24, 2026",
        "Exported by anna.",
    ):
        assert expected in text, expected


@needs_pdftotext
def test_contact_data_writes_pdf_or_json_from_the_suffix_or_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    _rich_shop(store)
    store.close()
    as_pdf = tmp_path / "łucja.pdf"
    code, out, _ = run_cli(capsys, "--db", str(db), "contact", "data", "2", "-o", str(as_pdf))
    assert code == 0 and "łucja.pdf" in out
    assert "Łucja Nowak" in pdf_text(as_pdf.read_bytes())
    as_json = tmp_path / "lucja.json"
    code, _, _ = run_cli(capsys, "--db", str(db), "contact", "data", "2", "-o", str(as_json))
    assert code == 0 and json.loads(as_json.read_text(encoding="utf-8"))["segments"] == ["Targi Łódź"]
    forced = tmp_path / "record.dat"
    code, _, _ = run_cli(
        capsys, "--db", str(db), "contact", "data", "2", "-o", str(forced), "--format", "pdf"
    )
    assert code == 0 and forced.read_bytes().startswith(b"%PDF")
    code, _, err = run_cli(
        capsys, "--db", str(db), "contact", "data", "2", "-o", str(forced), "--format", "xml"
    )
    assert code == 2 and "invalid choice" in err
    code, _, err = run_cli(capsys, "--db", str(db), "contact", "data", "99", "-o", str(tmp_path / "n.pdf"))
    assert code == 2 and "no contact number 99" in err and not (tmp_path / "n.pdf").exists()
