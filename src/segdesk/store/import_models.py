"""What an import changed in contacts that existed before it, so the import can be undone.

Contacts an import created carry its ``import_batch_id``; contacts it updated
get one row here with their values before the update (JSON), and the version
the update left them at (a later edit shows as a different version).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from segdesk.store import models as _models  # noqa: F401 - the tables referred to
from segdesk.store.base import Base


class ImportChange(Base):
    __tablename__ = "import_changes"
    __table_args__ = (Index("ix_import_changes_contact_id", "contact_id"),)

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    before_json: Mapped[str] = mapped_column(Text)
    version_after: Mapped[int] = mapped_column(Integer)
