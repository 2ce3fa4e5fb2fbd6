"""follow-up cadence: intervals in calendar months, and the effective interval per contact

- ``contacts.cadence_months`` / ``segments.cadence_months``: an interval of calendar
  months ("every 3 months"); when set it wins over ``cadence_days`` of the same row.
- ``contacts.effective_cadence_days``: the interval that applies to the contact (its own,
  else the shortest of its segments', else the default), in days (a month counts
  30.4375 days); derived by ``segdesk.followups.due.refresh_due_dates``, read by rules
  on the ``cadence_days`` field.

Plain ADD COLUMNs (nullable, no default): instant on PostgreSQL, and no table copy on
SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cadence_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("effective_cadence_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("segments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cadence_months", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("segments", schema=None) as batch_op:
        batch_op.drop_column("cadence_months")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("effective_cadence_days")
        batch_op.drop_column("cadence_months")
