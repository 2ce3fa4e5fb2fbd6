"""Reports from a real database: SQLite always, PostgreSQL too when a server is configured."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from segdesk.reports.label_sheets import PRESETS
from segdesk.services import reports
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.reports import ReportScope
from segdesk.services.selection import Selection
from segdesk.store.database import Store
from segdesk.store.models import Contact, Setting
from tests.reports.pdfcheck import font_names, needs_pdftotext, page_count, pdf_text
from tests.reports.world import TODAY, fill

EVERYONE = ReportScope(Selection(everyone=True))


def ids(*contact_ids: int) -> Select[Any]:
    return select(Contact.id).where(Contact.id.in_(contact_ids))


def test_call_sheet_of_everyone_leaves_out_who_refused_calls(store: Store) -> None:
    shop = fill(store)
    result = reports.call_sheet(store, EVERYONE, today=TODAY)
    assert (result.listed, result.refused_phone) == (4, 1)  # the company, Łucja, Jürgen, Begoña; not Zofia
    assert result.pdf.pages == page_count(result.pdf.data) == 1
    assert font_names(result.pdf.data) == {"DejaVuSans", "DejaVuSans-Bold"}
    rows = {r.contact_id: r for r in _call_rows(store)}
    lucja = rows[shop.lucja]
    assert lucja.last_contact is not None and lucja.last_contact.channel == "call"
    assert lucja.last_contact.on == date(2026, 9, 1) and lucja.owner == "Marta"
    assert lucja.phones == ("+48221234567", "+48601234567")
    assert (lucja.phone_consent, lucja.post_consent, lucja.email_consent) == ("granted", "granted", "unknown")
    assert rows[shop.zofia].phone_consent == "refused"
    assert rows[shop.begona].post_consent == "refused"
    assert rows[shop.jurgen].phone_consent == "unknown"


def _call_rows(store: Store) -> list[Any]:
    with store.sessions() as session:
        return reports.call_rows(session, select(Contact.id))


@needs_pdftotext
def test_follow_ups_due_most_overdue_first(store: Store) -> None:
    fill(store)
    result = reports.call_sheet(store, ReportScope(followups_due=True), today=TODAY, lang="pl")
    assert (result.listed, result.refused_phone) == (2, 1)
    text = pdf_text(result.pdf.data)
    assert "Follow-ups due" in text
    assert text.index("Łucja Nowak") < text.index("Jürgen Weiß")  # 10 days before 3 days
    assert "Begoña" not in text and "Zofia" not in text
    assert "01.09.2026 · Call" in text and "Zadzwonić po 15: pytała o młynek" in text
    assert "22 123 45 67" in text and "+49 30 123456" in text  # most contacts live in Poland


@needs_pdftotext
def test_explicit_contacts_and_a_segment_header(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    shop = fill(sqlite_store)
    picked = reports.call_sheet(
        sqlite_store, ReportScope(contact_ids=ids(shop.jurgen, shop.begona)), today=TODAY
    )
    assert picked.listed == 2
    assert "Selected contacts" in pdf_text(picked.pdf.data)

    def members(session: Session, selection: Selection, today: date) -> Select[Any]:
        assert selection.segment == "Bary w Warszawie"
        return ids(shop.company, shop.lucja, shop.jurgen)

    monkeypatch.setattr(reports, "select_contacts", members)
    segment = ReportScope(Selection(segment="Bary w Warszawie"))
    result = reports.call_sheet(sqlite_store, segment, today=TODAY, lang="pl")
    text = pdf_text(result.pdf.data)
    assert "Bary w Warszawie" in text and "Owner: Marta" in text and "Właściciele małych barów" in text
    assert result.listed == 3


def test_an_unknown_segment_is_a_user_error(sqlite_store: Store) -> None:
    fill(sqlite_store)
    with pytest.raises(UserError, match="no segment named “Nope”"):
        reports.call_sheet(sqlite_store, ReportScope(Selection(segment="Nope")), today=TODAY)


def test_labels_skip_without_consent_or_address(store: Store) -> None:
    fill(store)
    result = reports.mailing_labels(
        store, EVERYONE, PRESETS["L7160"], today=TODAY, start_row=7, start_column=3
    )
    # Łucja and her company get labels; Begoña refused post; Zofia never agreed; Jürgen has no street.
    assert (result.labels, result.no_consent, result.incomplete) == (2, 2, 1)
    assert result.pdf.pages == 2  # the last slot of the first sheet, then the next sheet
    shared = reports.mailing_labels(store, EVERYONE, PRESETS["L7160"], today=TODAY, per_address=True)
    assert (shared.labels, shared.contacts) == (1, 2)


def test_a_start_outside_the_sheet_is_a_user_error(sqlite_store: Store) -> None:
    with pytest.raises(UserError, match="7 rows and 3 columns"):
        reports.mailing_labels(sqlite_store, EVERYONE, PRESETS["L7160"], today=TODAY, start_row=8)


@needs_pdftotext
def test_summary_with_snapshots(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    shop = fill(sqlite_store)
    with sqlite_store.transaction() as session:
        session.add(Setting(key="currency", value="pln"))
    current = ids(shop.company, shop.lucja, shop.jurgen)  # Zofia left, Łucja and Jürgen joined
    monkeypatch.setattr(reports, "select_contacts", lambda session, selection, today: current)
    pdf, data = reports.segment_summary(
        sqlite_store, ReportScope(Selection(segment="Bary w Warszawie")), today=TODAY, lang="pl"
    )
    assert (data.size, data.joined, data.left) == (3, 2, 1)
    assert data.history == ((date(2026, 9, 1), 1), (date(2026, 10, 1), 2))
    assert data.total_cents == 900_00 + 1234_56
    assert dict(data.by_industry) == {"hospitality": 2, None: 1}  # Łucja's company's industry is hers
    assert dict(data.by_channel) == {"in_store": 1, "online": 1, None: 1}
    assert [t.name for t in data.top] == ["Łucja Nowak", "Bar Żółw sp. z o.o."]
    assert pdf.pages == page_count(pdf.data) == 1
    text = pdf_text(pdf.data).replace("\u00a0", " ")
    for expected in (
        "Bary w Warszawie",
        "+2 / −1",
        "joined / left since 1 paź 2026",
        "2135 zł",  # headline figures in whole units (pdftotext turns the no-break space into a space)
        "Loyal customer",
        "Łucja Nowak",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert b"/Helvetica" not in pdf.data and b"Times-Roman" not in pdf.data


@needs_pdftotext
def test_summary_without_history(store: Store) -> None:
    fill(store)
    pdf, data = reports.segment_summary(store, EVERYONE, today=TODAY)
    assert data.size == 5 and data.last_snapshot is None
    text = pdf_text(pdf.data)
    assert "All contacts" in text and "No snapshot yet" in text and "Not enough history yet" in text


def test_save_pdf_replaces_the_file_whole(tmp_path: Path, sqlite_store: Store) -> None:
    fill(sqlite_store)
    pdf = reports.alignment_page(PRESETS["5163"], today=TODAY)
    target = reports.save_pdf(pdf, tmp_path / "out" / "align.pdf")
    assert target.read_bytes() == pdf.data and pdf.data.startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["align.pdf"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OperationFailed, match="Could not write"):
        reports.save_pdf(pdf, blocker / "x.pdf")


def test_followups_due_is_the_stored_date(sqlite_store: Store) -> None:
    shop = fill(sqlite_store)
    with sqlite_store.sessions() as session:
        due = set(session.scalars(select(Contact.id).where(reports.followup_due(TODAY))))
    assert due == {shop.lucja, shop.jurgen, shop.zofia}
