"""The segment summary drawn from plain figures."""

from __future__ import annotations

from datetime import date

from segdesk.reports.charts import top_with_other
from segdesk.reports.rows import ReportHeader, SummaryData, TopContact
from segdesk.reports.summary import render_summary
from tests.reports.pdfcheck import font_names, needs_pdftotext, page_count, pdf_text

HEADER = ReportHeader(title="Cafés de Lyon", today=date(2026, 11, 24), lang="fr", currency="EUR")


def test_the_largest_categories_and_the_rest_as_other() -> None:
    counts = [(f"r{i}", i) for i in range(1, 11)]
    assert top_with_other(counts, "Other", 4) == [("r10", 10), ("r9", 9), ("r8", 8), ("Other", 28)]
    assert top_with_other(counts[:3], "Other", 4) == [("r3", 3), ("r2", 2), ("r1", 1)]


@needs_pdftotext
def test_a_full_summary_fits_one_page_in_the_users_language() -> None:
    data = SummaryData(
        header=HEADER,
        size=1234,
        history=((date(2026, 9, 1), 1100), (date(2026, 10, 1), 1200)),
        last_snapshot=date(2026, 10, 1),
        joined=60,
        left=26,
        total_cents=123_456_789,
        by_stage=(("loyal", 700), ("lead", 500), (None, 34)),
        by_region=tuple((f"Région {i}", 100 - i) for i in range(12)),
        by_industry=(("hospitality", 1000), (None, 234)),
        by_channel=(("online", 600), ("in_store", 500), (None, 134)),
        top=tuple(
            TopContact(f"Hélène Müller {i}", "Café Œuf", "Lyon", 1_000_00 - i, date(2026, 10, 2))
            for i in range(10)
        ),
    )
    pdf = render_summary(data)
    assert pdf.pages == page_count(pdf.data) == 1
    assert font_names(pdf.data) == {"DejaVuSans", "DejaVuSans-Bold"}
    text = pdf_text(pdf.data).replace("\u00a0", " ").replace("\u202f", " ")
    for expected in (
        "Cafés de Lyon",
        "1 234",
        "+60 / −26",
        "1 234 568 €",
        "1 000,46 €",
        "1 oct. 2026",
        "Loyal customer",
        "Hélène Müller 0",
        "Hélène Müller 9",
        "Café Œuf",
        "Other",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert text.index("Hélène Müller 0") < text.index("Hélène Müller 9")


@needs_pdftotext
def test_an_empty_segment_still_prints() -> None:
    pdf = render_summary(SummaryData(header=HEADER, size=0))
    text = pdf_text(pdf.data)
    assert pdf.pages == 1 and "No contacts" in text and "No snapshot yet" in text
