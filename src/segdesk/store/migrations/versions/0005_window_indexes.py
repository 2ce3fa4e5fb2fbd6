"""covering indexes for windows and order counts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_purchase_count", ["purchase_count"], unique=False)

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interactions_occurred_at"))
        batch_op.create_index("ix_interactions_window", ["occurred_at", "contact_id"], unique=False)

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_ordered_at"))
        batch_op.create_index("ix_orders_window", ["ordered_at", "contact_id", "total_cents"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_window")
        batch_op.create_index(batch_op.f("ix_orders_ordered_at"), ["ordered_at"], unique=False)

    with op.batch_alter_table("interactions", schema=None) as batch_op:
        batch_op.drop_index("ix_interactions_window")
        batch_op.create_index(batch_op.f("ix_interactions_occurred_at"), ["occurred_at"], unique=False)

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_purchase_count")
