"""What a database holds, in numbers (``segdesk info``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from segdesk.store.database import Store, head_revision
from segdesk.store.models import (
    Contact,
    FollowUp,
    ImportBatch,
    Interaction,
    Order,
    OrderLine,
    Product,
    Segment,
    Tag,
    TeamMember,
)


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    backend: str
    schema_revision: str
    people: int
    companies: int
    interactions: int
    orders: int
    order_lines: int
    products: int
    tags: int
    segments: int
    team_members: int
    open_followups: int
    import_batches: int


def database_info(store: Store) -> DatabaseInfo:
    def count(entity: type, *where: object) -> int:
        return session.scalar(select(func.count()).select_from(entity).where(*where)) or 0  # type: ignore[arg-type]

    with store.sessions() as session:
        return DatabaseInfo(
            location=store.display_name,
            backend=store.engine.dialect.name,
            schema_revision=head_revision(),
            people=count(Contact, Contact.kind == "person"),
            companies=count(Contact, Contact.kind == "company"),
            interactions=count(Interaction),
            orders=count(Order),
            order_lines=count(OrderLine),
            products=count(Product),
            tags=count(Tag),
            segments=count(Segment),
            team_members=count(TeamMember),
            open_followups=count(FollowUp, FollowUp.done_at.is_(None), FollowUp.dismissed_at.is_(None)),
            import_batches=count(ImportBatch),
        )
