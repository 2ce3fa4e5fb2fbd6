"""The plain rows reports are drawn from, and what a drawn report gives back.

``services.reports`` fills these from the database; everything in ``reports/``
works on them alone (no SQL), so each report can be tested and previewed from
hand-made rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Consent(StrEnum):
    """The latest statement for one channel: agreed, refused, or none recorded."""

    GRANTED = "granted"
    REFUSED = "refused"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """What the top of every page says, and how values are written."""

    title: str  # segment name, rule file name, "Follow-ups due"...
    today: date
    lang: str = "en"
    owner: str | None = None
    description: str | None = None  # a segment's persona or purpose
    currency: str | None = None  # ISO 4217, for money
    home_country: str | None = None  # ISO 3166-1: national phone format and no country line at home


@dataclass(frozen=True, slots=True)
class LastContact:
    on: date
    channel: str  # call, email, meeting, visit, note
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CallRow:
    """One contact to call."""

    contact_id: int
    name: str
    sort_name: str
    company: str | None = None
    job_title: str | None = None
    phones: tuple[str, ...] = ()  # E.164 as stored: phone, then mobile
    email: str | None = None
    city: str | None = None
    country: str | None = None
    stage: str | None = None
    owner: str | None = None
    next_followup_at: date | None = None
    last_contact: LastContact | None = None
    phone_consent: Consent = Consent.UNKNOWN
    email_consent: Consent = Consent.UNKNOWN
    post_consent: Consent = Consent.UNKNOWN


@dataclass(frozen=True, slots=True)
class MailRow:
    """One contact that may get a label."""

    contact_id: int
    name: str
    sort_name: str
    kind: str = "person"
    last_name: str | None = None
    company: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    mail_ok: bool = False


@dataclass(frozen=True, slots=True)
class TopContact:
    name: str
    company: str | None
    city: str | None
    total_cents: int
    last_purchase_at: date | None


@dataclass(frozen=True, slots=True)
class SummaryData:
    """Everything a segment summary shows; counts are (stored value or None, contacts)."""

    header: ReportHeader
    size: int
    history: tuple[tuple[date, int], ...] = ()  # snapshots (taken on, size), oldest first
    last_snapshot: date | None = None
    joined: int | None = None  # since the last snapshot; None without one
    left: int | None = None
    total_cents: int = 0
    by_stage: tuple[tuple[str | None, int], ...] = ()
    by_region: tuple[tuple[str | None, int], ...] = ()
    by_industry: tuple[tuple[str | None, int], ...] = ()
    by_channel: tuple[tuple[str | None, int], ...] = ()
    top: tuple[TopContact, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """A finished PDF: its bytes and how many pages it has (for a print preview)."""

    data: bytes
    pages: int


@dataclass(frozen=True, slots=True)
class CallSheetResult:
    pdf: RenderedPdf
    listed: int
    refused_phone: int  # left out: they refused phone calls


@dataclass(frozen=True, slots=True)
class LabelsResult:
    pdf: RenderedPdf
    labels: int
    contacts: int  # contacts on those labels (more than labels when addresses are shared)
    no_consent: int  # skipped: no postal consent
    incomplete: int  # skipped: street, postal code or city missing
    skipped_ids: tuple[int, ...] = field(default=())
