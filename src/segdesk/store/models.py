"""The tables of a segdesk database.

Facts (interactions, orders, consent records) are the truth. Values that
segments read on every count are also kept on the contact row (last contact,
order totals, consent flags...) and updated in the same transaction as the
facts they summarise; :mod:`segdesk.store.derived` recomputes them from the
facts after bulk changes. Money is stored in integer cents.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from segdesk.store.base import Base

NAME = String(200)
SHORT = String(60)
CODE = String(20)


class TeamMember(Base):
    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(NAME, unique=True)
    email: Mapped[str | None] = mapped_column(NAME)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(CODE)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    mapping_json: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("kind IN ('person', 'company')", name="kind"),
        Index("ix_contacts_sort_name", "sort_name", "id"),
        Index("ix_contacts_city", "city"),
        Index("ix_contacts_email", "email"),
        Index("ix_contacts_company_id", "company_id"),
        Index("ix_contacts_last_contact_at", "last_contact_at"),
        Index("ix_contacts_last_purchase_at", "last_purchase_at"),
        Index("ix_contacts_total_spent", "total_spent_cents"),
        Index("ix_contacts_purchase_count", "purchase_count"),
        Index("ix_contacts_stage", "stage"),
        Index("ix_contacts_next_followup_at", "next_followup_at"),
        Index("ix_contacts_import_batch_id", "import_batch_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    company_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))

    first_name: Mapped[str | None] = mapped_column(NAME)
    last_name: Mapped[str | None] = mapped_column(NAME)
    # For a company its own name; for a person the employer's name.
    company_name: Mapped[str | None] = mapped_column(NAME)
    full_name: Mapped[str] = mapped_column(NAME, default="")
    sort_name: Mapped[str] = mapped_column(NAME, default="")
    job_title: Mapped[str | None] = mapped_column(NAME)

    email: Mapped[str | None] = mapped_column(NAME)
    phone: Mapped[str | None] = mapped_column(SHORT)
    mobile: Mapped[str | None] = mapped_column(SHORT)
    website: Mapped[str | None] = mapped_column(NAME)

    street: Mapped[str | None] = mapped_column(NAME)
    postal_code: Mapped[str | None] = mapped_column(CODE)
    city: Mapped[str | None] = mapped_column(NAME)
    region: Mapped[str | None] = mapped_column(NAME)
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str | None] = mapped_column(String(2))

    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(CODE)
    education: Mapped[str | None] = mapped_column(CODE)
    income_band: Mapped[str | None] = mapped_column(CODE)

    industry: Mapped[str | None] = mapped_column(SHORT)
    legal_form: Mapped[str | None] = mapped_column(SHORT)
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue_cents: Mapped[int | None] = mapped_column(BigInteger)

    stage: Mapped[str | None] = mapped_column(CODE)
    source: Mapped[str | None] = mapped_column(SHORT)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)

    # Latest consent per channel, mirrored from consent_records.
    email_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    mail_ok: Mapped[bool] = mapped_column(Boolean, default=False)

    # The contact's own follow-up interval, in days or calendar months (months win when set).
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    cadence_months: Mapped[int | None] = mapped_column(Integer)
    # The interval that applies (own, else shortest of its segments', else the default), and the due date.
    effective_cadence_days: Mapped[int | None] = mapped_column(Integer)
    next_followup_at: Mapped[date | None] = mapped_column(Date)

    # Summaries of interactions and orders (see module docstring).
    last_contact_at: Mapped[date | None] = mapped_column(Date)
    interaction_count: Mapped[int] = mapped_column(Integer, default=0)
    first_purchase_at: Mapped[date | None] = mapped_column(Date)
    last_purchase_at: Mapped[date | None] = mapped_column(Date)
    purchase_count: Mapped[int] = mapped_column(Integer, default=0)
    total_spent_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    online_order_count: Mapped[int] = mapped_column(Integer, default=0)
    in_store_order_count: Mapped[int] = mapped_column(Integer, default=0)
    rfm_recency: Mapped[int | None] = mapped_column(SmallInteger)
    rfm_frequency: Mapped[int | None] = mapped_column(SmallInteger)
    rfm_monetary: Mapped[int | None] = mapped_column(SmallInteger)

    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped[Contact | None] = relationship(remote_side=[id], lazy="raise")
    owner: Mapped[TeamMember | None] = relationship(lazy="raise")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declared form


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)


class ContactTag(Base):
    __tablename__ = "contact_tags"
    __table_args__ = (Index("ix_contact_tags_tag_id", "tag_id", "contact_id"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class Need(Base):
    __tablename__ = "needs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)


class ContactNeed(Base):
    __tablename__ = "contact_needs"
    __table_args__ = (Index("ix_contact_needs_need_id", "need_id", "contact_id"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("needs.id", ondelete="CASCADE"), primary_key=True)


class ConsentRecord(Base):
    """One statement of consent for one channel; the latest per channel wins."""

    __tablename__ = "consent_records"
    __table_args__ = (
        CheckConstraint("channel IN ('email', 'phone', 'post')", name="channel"),
        Index("ix_consent_records_contact", "contact_id", "channel", "recorded_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str | None] = mapped_column(SHORT)
    wording: Mapped[str | None] = mapped_column(Text)


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(SHORT, unique=True)
    name: Mapped[str] = mapped_column(NAME)
    category: Mapped[str | None] = mapped_column(SHORT)
    unit_price_cents: Mapped[int | None] = mapped_column(BigInteger)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("channel IN ('online', 'in_store')", name="channel"),
        Index("ix_orders_contact_ordered", "contact_id", "ordered_at"),
        # Covering index for windowed totals ("spent in the last 12 months").
        Index("ix_orders_window", "ordered_at", "contact_id", "total_cents"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    ordered_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10))
    total_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    reference: Mapped[str | None] = mapped_column(SHORT)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))

    lines: Mapped[list[OrderLine]] = relationship(lazy="raise", cascade="all, delete-orphan")


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        Index("ix_order_lines_order_id", "order_id"),
        Index("ix_order_lines_product_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class ContactProduct(Base):
    """Which products a contact ever bought, mirrored from order lines."""

    __tablename__ = "contact_products"
    __table_args__ = (Index("ix_contact_products_product", "product_id", "contact_id"),)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    first_bought_at: Mapped[date] = mapped_column(Date)
    last_bought_at: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class Interaction(Base):
    __tablename__ = "interactions"
    __table_args__ = (
        CheckConstraint("channel IN ('call', 'email', 'meeting', 'visit', 'note')", name="channel"),
        Index("ix_interactions_contact_occurred", "contact_id", "occurred_at"),
        Index("ix_interactions_window", "occurred_at", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str | None] = mapped_column(SHORT)
    note: Mapped[str | None] = mapped_column(Text)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))


class CustomField(Base):
    __tablename__ = "custom_fields"
    __table_args__ = (CheckConstraint("value_type IN ('text', 'number', 'date')", name="value_type"),)

    key: Mapped[str] = mapped_column(SHORT, primary_key=True)
    value_type: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(NAME)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CustomValue(Base):
    __tablename__ = "custom_values"
    __table_args__ = (
        Index("ix_custom_values_text", "field_key", "text_value"),
        Index("ix_custom_values_number", "field_key", "number_value"),
        Index("ix_custom_values_date", "field_key", "date_value"),
    )

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    field_key: Mapped[str] = mapped_column(
        ForeignKey("custom_fields.key", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True
    )
    text_value: Mapped[str | None] = mapped_column(Text)
    number_value: Mapped[float | None] = mapped_column(Float)
    date_value: Mapped[date | None] = mapped_column(Date)


class Segment(Base):
    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(NAME, unique=True)
    description: Mapped[str | None] = mapped_column(Text)  # persona, purpose
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    rules_json: Mapped[str | None] = mapped_column(Text)  # None: a static (hand-picked) segment
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    cadence_months: Mapped[int | None] = mapped_column(Integer)
    colour: Mapped[str | None] = mapped_column(String(9))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SegmentListEntry(Base):
    """Hand-picked membership: 'member' of a static segment, or always 'include'/'exclude'."""

    __tablename__ = "segment_list_entries"
    __table_args__ = (
        CheckConstraint("role IN ('member', 'include', 'exclude')", name="role"),
        Index("ix_segment_list_entries_contact", "contact_id"),
    )

    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))


class SegmentSnapshot(Base):
    __tablename__ = "segment_snapshots"
    __table_args__ = (UniqueConstraint("segment_id", "taken_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    taken_on: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    size: Mapped[int] = mapped_column(Integer)


class SnapshotMember(Base):
    """A contact id in a snapshot; no foreign key, so history survives deletions."""

    __tablename__ = "snapshot_members"
    __table_args__ = (Index("ix_snapshot_members_contact", "contact_id"),)

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("segment_snapshots.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class FollowUp(Base):
    __tablename__ = "followups"
    __table_args__ = (
        Index("ix_followups_open", "done_at", "due_on"),
        Index("ix_followups_contact", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    due_on: Mapped[date] = mapped_column(Date)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    set_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """Per-database settings (currency, default cadence...); window state lives in QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(SHORT, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what on a contact, and when. Kept when the contact is deleted; erased with the person."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_contact", "contact_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(NAME)
    action: Mapped[str] = mapped_column(CODE)  # created, updated, deleted, restored, consent, bulk
    field: Mapped[str | None] = mapped_column(SHORT)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class ErasureNote(Base):
    """That a person was erased, by whom and why: deliberately nothing that identifies them."""

    __tablename__ = "erasure_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(NAME)
    former_contact_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)


# Tables defined in their own modules register with Base.metadata when imported.
from segdesk.store import import_models as _import_models  # noqa: E402, F401
