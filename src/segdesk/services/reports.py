"""Printable reports: gather plain rows for a call sheet, mailing labels or a segment summary, and draw them.

Each function reads in one session and returns the finished PDF (bytes and page
count, for a print preview) with what was left out; :func:`save_pdf` writes it.
Who is in a report is a :class:`ReportScope`: a selection (everyone, a rule
document, a saved segment), explicit contact ids (the rows picked in a list),
or the follow-ups due, alone or within either.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from segdesk.domain import i18n
from segdesk.reports.callsheet import LAYOUTS, SORTS, CallSheetOptions, render_call_sheet
from segdesk.reports.label_sheets import PRESETS, LabelSheet, first_slot, preset
from segdesk.reports.labels import LabelOptions, render_alignment_page, render_labels
from segdesk.reports.rows import (
    CallRow,
    CallSheetResult,
    Consent,
    LabelsResult,
    LastContact,
    MailRow,
    RenderedPdf,
    ReportHeader,
    SummaryData,
    TopContact,
)
from segdesk.reports.summary import render_summary
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.selection import Selection, select_contacts
from segdesk.store.database import Store
from segdesk.store.models import (
    ConsentRecord,
    Contact,
    Interaction,
    Segment,
    SegmentSnapshot,
    Setting,
    SnapshotMember,
    TeamMember,
)

__all__ = [
    "LAYOUTS",
    # What the window needs to describe a report, so it never reaches below services.
    "PRESETS",
    "SORTS",
    "CallSheetOptions",
    "LabelSheet",
    "RenderedPdf",
    "ReportScope",
    "alignment_page",
    "call_sheet",
    "followup_due",
    "mailing_labels",
    "preset",
    "save_pdf",
    "segment_summary",
]

company = aliased(Contact, name="employer")


@dataclass(frozen=True)
class ReportScope:
    """Who a report covers: ``selection`` or ``contact_ids`` (or everyone), optionally only those due."""

    selection: Selection | None = None
    contact_ids: Select[Any] | None = None  # a SELECT of contact ids, e.g. the rows picked in a list
    followups_due: bool = False
    title: str | None = None  # the header's title instead of the segment's name or a default


@dataclass(frozen=True)
class _Scope:
    ids: Select[Any]
    header: ReportHeader
    segment_id: int | None


def followup_due(today: date) -> ColumnElement[bool]:
    """Contacts whose follow-up is due on ``today``.

    For now the stored ``next_followup_at``; the follow-ups engine will own this rule.
    """
    return Contact.next_followup_at <= today


def _setting(session: Session, key: str) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return value.strip().upper() if value and value.strip() else None


def _home_country(session: Session, ids: Select[Any]) -> str | None:
    """The database's country setting, else the country most of these contacts live in."""
    country = _setting(session, "country")
    if country:
        return country
    count = func.count()
    return session.scalar(
        select(Contact.country)
        .where(Contact.id.in_(ids.scalar_subquery()), Contact.country.is_not(None))
        .group_by(Contact.country)
        .order_by(count.desc(), Contact.country)
        .limit(1)
    )


def _resolve(session: Session, scope: ReportScope, today: date, lang: str) -> _Scope:
    owner: str | None = None
    description: str | None = None
    segment_id: int | None = None
    title = scope.title
    selection = scope.selection
    if selection is not None and selection.segment is not None:
        found = session.execute(
            select(Segment.id, Segment.name, Segment.description, TeamMember.name.label("owner"))
            .outerjoin(TeamMember, Segment.owner_id == TeamMember.id)
            .where(Segment.name == selection.segment)
        ).first()
        if found is None:
            raise UserError(
                i18n.fill(i18n.translate("Reports", "There is no segment named “%1”."), selection.segment)
            )
        segment_id, owner, description = found.id, found.owner, found.description
        title = title or found.name
    if scope.contact_ids is not None:
        ids = scope.contact_ids
    elif selection is not None:
        ids = select_contacts(session, selection, today)
    else:
        ids = select(Contact.id)
    if scope.followups_due:
        ids = select(Contact.id).where(Contact.id.in_(ids.scalar_subquery()), followup_due(today))
        title = title or i18n.translate("Reports", "Follow-ups due")
    if title is None:
        if selection is not None and selection.everyone:
            title = i18n.translate("Reports", "All contacts")
        else:
            title = i18n.translate("Reports", "Selected contacts")
    header = ReportHeader(
        title=title,
        today=today,
        lang=lang,
        owner=owner,
        description=description,
        currency=_setting(session, "currency"),
        home_country=_home_country(session, ids),
    )
    return _Scope(ids, header, segment_id)


def _in(ids: Select[Any]) -> ColumnElement[bool]:
    return Contact.id.in_(ids.scalar_subquery())


def _consent(granted: bool, recorded: bool) -> Consent:
    if granted:
        return Consent.GRANTED
    return Consent.REFUSED if recorded else Consent.UNKNOWN


def _recorded(channel: str) -> Any:
    """Whether any consent statement for ``channel`` exists (the flag mirrors the latest one)."""
    return exists().where(ConsentRecord.contact_id == Contact.id, ConsentRecord.channel == channel)


# Row fields read straight from contact columns.
_RENAMED = {"contact_id": "id", "name": "full_name", "company": "company_name"}


def _columns(fields: str) -> dict[str, Any]:
    return {field: getattr(Contact, _RENAMED.get(field, field)) for field in fields.split()}


_CALL_FIELDS = _columns(
    "contact_id name sort_name company job_title email city country stage next_followup_at"
)
_MAIL_FIELDS = _columns(
    "contact_id name sort_name kind last_name company street postal_code city region country mail_ok"
)


def call_rows(session: Session, ids: Select[Any]) -> list[CallRow]:
    """The call sheet's rows of the contacts in ``ids``, with their latest interaction."""
    latest = (
        select(Interaction.id)
        .where(Interaction.contact_id == Contact.id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )
    query = (
        select(
            *(column.label(name) for name, column in _CALL_FIELDS.items()),
            Contact.phone,
            Contact.mobile,
            Contact.phone_ok,
            Contact.email_ok,
            Contact.mail_ok,
            *(_recorded(channel).label(f"{channel}_recorded") for channel in ("phone", "email", "post")),
            TeamMember.name.label("owner"),
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.note,
        )
        .outerjoin(TeamMember, Contact.owner_id == TeamMember.id)
        .outerjoin(Interaction, Interaction.id == latest)
        .where(_in(ids))
    )
    rows = []
    for r in session.execute(query).mappings():
        last = LastContact(r["occurred_at"].date(), r["channel"], r["note"]) if r["occurred_at"] else None
        rows.append(
            CallRow(
                **{name: r[name] for name in _CALL_FIELDS},
                phones=tuple(p for p in (r["phone"], r["mobile"]) if p),
                owner=r["owner"],
                last_contact=last,
                phone_consent=_consent(r["phone_ok"], r["phone_recorded"]),
                email_consent=_consent(r["email_ok"], r["email_recorded"]),
                post_consent=_consent(r["mail_ok"], r["post_recorded"]),
            )
        )
    return rows


def mail_rows(session: Session, ids: Select[Any]) -> list[MailRow]:
    """The labels' rows of the contacts in ``ids``."""
    query = select(*(column.label(name) for name, column in _MAIL_FIELDS.items())).where(_in(ids))
    return [MailRow(**row) for row in session.execute(query).mappings()]


def call_sheet(
    store: Store,
    scope: ReportScope,
    *,
    today: date,
    options: CallSheetOptions | None = None,
    lang: str = "en",
) -> CallSheetResult:
    """A call sheet of the scope's contacts; those who refused phone calls are left out and counted."""
    with store.sessions() as session:
        resolved = _resolve(session, scope, today, lang)
        rows = call_rows(session, resolved.ids)
    return render_call_sheet(resolved.header, rows, options or CallSheetOptions())


def mailing_labels(
    store: Store,
    scope: ReportScope,
    sheet: LabelSheet,
    *,
    today: date,
    start_row: int = 1,
    start_column: int = 1,
    offset_x: float = 0.0,
    offset_y: float = 0.0,
    per_address: bool = False,
    outlines: bool = False,
    lang: str = "en",
) -> LabelsResult:
    """Labels on ``sheet`` from ``start_row``/``start_column``; skipped contacts are counted by reason.

    ``outlines`` draws each label's edge (for a preview, or a test on plain paper).
    """
    start = _start_slot(sheet, start_row, start_column)
    options = LabelOptions(start, offset_x, offset_y, per_address, outlines)
    with store.sessions() as session:
        resolved = _resolve(session, scope, today, lang)
        rows = mail_rows(session, resolved.ids)
    return render_labels(resolved.header, rows, sheet, options)


def _start_slot(sheet: LabelSheet, start_row: int, start_column: int) -> int:
    try:
        return first_slot(sheet, start_row, start_column)
    except ValueError as exc:
        raise UserError(str(exc)) from exc


def alignment_page(
    sheet: LabelSheet, *, today: date, offset_x: float = 0.0, offset_y: float = 0.0, lang: str = "en"
) -> RenderedPdf:
    """The alignment test page of ``sheet`` with the given calibration offsets."""
    header = ReportHeader(title=sheet.name, today=today, lang=lang)
    return render_alignment_page(header, sheet, LabelOptions(offset_x=offset_x, offset_y=offset_y))


def _counts(session: Session, ids: Select[Any], key: Any) -> tuple[tuple[str | None, int], ...]:
    query = select(key.label("key"), func.count().label("n")).select_from(Contact)
    query = query.outerjoin(company, Contact.company_id == company.id).where(_in(ids)).group_by(key)
    return tuple((r.key, r.n) for r in session.execute(query))


def _history(session: Session, segment_id: int | None, ids: Select[Any]) -> dict[str, Any]:
    """Snapshots of the segment (oldest first) and who joined or left since the latest one."""
    if segment_id is None:
        return {}
    snapshots = session.execute(
        select(SegmentSnapshot.id, SegmentSnapshot.taken_on, SegmentSnapshot.size)
        .where(SegmentSnapshot.segment_id == segment_id)
        .order_by(SegmentSnapshot.taken_on)
    ).all()
    if not snapshots:
        return {}
    last = snapshots[-1]
    members = select(SnapshotMember.contact_id).where(SnapshotMember.snapshot_id == last.id)
    joined = session.scalar(
        select(func.count())
        .select_from(Contact)
        .where(_in(ids), Contact.id.not_in(members.scalar_subquery()))
    )
    left = session.scalar(
        select(func.count())
        .select_from(SnapshotMember)
        .where(SnapshotMember.snapshot_id == last.id, SnapshotMember.contact_id.not_in(ids.scalar_subquery()))
    )
    return {
        "history": tuple((s.taken_on, s.size) for s in snapshots),
        "last_snapshot": last.taken_on,
        "joined": joined or 0,
        "left": left or 0,
    }


def summary_data(session: Session, resolved: _Scope) -> SummaryData:
    ids = resolved.ids
    size, total = session.execute(
        select(func.count(), func.coalesce(func.sum(Contact.total_spent_cents), 0)).where(_in(ids))
    ).one()
    channel = case(
        (Contact.online_order_count > Contact.in_store_order_count, "online"),
        (Contact.in_store_order_count > Contact.online_order_count, "in_store"),
        else_=None,
    )
    top = session.execute(
        select(
            Contact.full_name,
            Contact.company_name,
            Contact.city,
            Contact.total_spent_cents,
            Contact.last_purchase_at,
        )
        .where(_in(ids), Contact.total_spent_cents > 0)
        .order_by(Contact.total_spent_cents.desc(), Contact.sort_name, Contact.id)
        .limit(10)
    )
    return SummaryData(
        header=resolved.header,
        size=size,
        total_cents=int(total),
        by_stage=_counts(session, ids, Contact.stage),
        by_region=_counts(session, ids, Contact.region),
        by_industry=_counts(session, ids, func.coalesce(company.industry, Contact.industry)),
        by_channel=_counts(session, ids, channel),
        top=tuple(TopContact(r[0], r[1], r[2], r[3], r[4]) for r in top),
        **_history(session, resolved.segment_id, ids),
    )


def segment_summary(
    store: Store, scope: ReportScope, *, today: date, lang: str = "en", paper: str = "a4"
) -> tuple[RenderedPdf, SummaryData]:
    """The one- or two-page summary of a segment (or any scope); the figures drawn come back too."""
    with store.sessions() as session:
        data = summary_data(session, _resolve(session, scope, today, lang))
    return render_summary(data, paper), data


def save_pdf(pdf: RenderedPdf, path: Path) -> Path:
    """Write ``pdf`` to ``path``, replacing it only once the whole file is written."""
    path = path.expanduser()
    temp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        temp = Path(name)
        with os.fdopen(fd, "wb") as stream:
            stream.write(pdf.data)
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise OperationFailed(
            i18n.fill(
                i18n.translate("Reports", "Could not write %1: %2"), str(path), exc.strerror or str(exc)
            )
        ) from exc
    return path
