"""What happened with a demo contact: interactions, orders, consent, and the
relationship stage that follows from them.

A contact first gets a *profile* (the stage it should end up in); its order
history is drawn to fit the profile, and the stored stage is then computed from
the history by :func:`stage_for`, so the two always agree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import accumulate

from segdesk.domain.dates import shift
from segdesk.services.demo.data_business import CHANNEL_WEIGHTS, NOTES, OUTCOMES, PRODUCTS

PROFILES = ("lead", "prospect", "new", "loyal", "ambassador", "lapsed")
PROFILE_WEIGHTS = {
    "consumer": (14, 16, 12, 28, 5, 25),
    "company": (8, 14, 10, 40, 6, 22),
    "employee": (40, 45, 4, 6, 0, 5),
}
_ORDER_COUNTS = {"new": (1, 2), "loyal": (3, 9), "ambassador": (6, 15), "lapsed": (1, 5)}
_INTERACTION_COUNTS = {
    "lead": (0, 1),
    "prospect": (1, 5),
    "new": (1, 4),
    "loyal": (2, 8),
    "ambassador": (4, 10),
    "lapsed": (1, 5),
}
_CHANNELS = tuple(c for c, _ in CHANNEL_WEIGHTS)
_CHANNEL_CUM = list(accumulate(w for _, w in CHANNEL_WEIGHTS))
_CONSUMER_CUM = list(accumulate(1 if p.b2b else 6 for p in PRODUCTS))
_BUSINESS_CUM = list(
    accumulate(8 if p.b2b else 3 if p.category in ("coffee", "consumables") else 1 for p in PRODUCTS)
)


def stage_for(
    has_ambassador_tag: bool, first: date | None, last: date | None, today: date, lead: bool
) -> str:
    """The relationship stage the history supports (DESIGN.md stages)."""
    if first is None or last is None:
        return "lead" if lead else "prospect"
    if last < shift(today, -12, "months"):
        return "lapsed"
    if first >= shift(today, -6, "months"):
        return "new"
    return "ambassador" if has_ambassador_tag else "loyal"


@dataclass(slots=True)
class Order:
    at: datetime
    channel: str
    lines: list[tuple[int, int, int]]  # product index, quantity, amount in cents
    total_cents: int


@dataclass(slots=True)
class History:
    profile: str
    created: date
    interactions: list[tuple[datetime, str, str, str | None, int]] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)


class Histories:
    def __init__(self, rng: random.Random, today: date, team_size: int) -> None:
        self.r = rng
        self.today = today
        self.team_size = team_size
        self.t = today.toordinal()
        self.start = shift(today, -4, "years").toordinal()
        self.m6 = shift(today, -6, "months").toordinal()  # on or after: "within the last 6 months"
        self.m12 = shift(today, -12, "months").toordinal()

    def _moment(self, day: int, *, shop_hours: bool = True) -> datetime:
        r = self.r
        hour = r.randint(8, 18) if shop_hours else r.randint(8, 23)  # contacts are created at 7:xx
        return datetime.combine(date.fromordinal(day), time(hour, r.randrange(0, 60, 5)))

    def draw(self, kind: str, owner_slot: int, language: str, online_share: float) -> History:
        r = self.r
        profile = r.choices(PROFILES, weights=PROFILE_WEIGHTS[kind])[0]
        t, start = self.t, self.start
        order_days: list[int] = []
        if profile == "new":
            first = r.randint(self.m6, t)
            created = max(start, first - r.choice((0, 3, 10, 40, 200)))
            order_days = [first] + [r.randint(first, t) for _ in range(r.randint(*_ORDER_COUNTS["new"]) - 1)]
        elif profile in ("loyal", "ambassador"):
            created = r.randint(start, self.m6 - 30)
            first = r.randint(created, self.m6 - 1)
            last = r.randint(max(self.m12, first + 1), t)
            middle = r.randint(*_ORDER_COUNTS[profile]) - 2
            order_days = [first, last] + [r.randint(first, last) for _ in range(middle)]
        elif profile == "lapsed":
            created = r.randint(start, self.m12 - 30)
            first = r.randint(created, self.m12 - 1)
            order_days = [first] + [
                r.randint(first, self.m12 - 1) for _ in range(r.randint(*_ORDER_COUNTS["lapsed"]) - 1)
            ]
        else:
            created = r.randint(start, t - (0 if profile == "lead" else 7))
        history = History(profile, date.fromordinal(created))
        business = kind != "consumer"
        for day in sorted(order_days):
            history.orders.append(self._order(day, business, online_share))
        self._interactions(history, created, order_days, owner_slot, language)
        return history

    def _order(self, day: int, business: bool, online_share: float) -> Order:
        r = self.r
        online = r.random() < online_share
        lines: list[tuple[int, int, int]] = []
        seen: list[int] = []
        for _ in range(r.choices((1, 2, 3, 4), weights=(50, 30, 14, 6))[0] + (1 if business else 0)):
            index = r.choices(range(len(PRODUCTS)), cum_weights=_BUSINESS_CUM if business else _CONSUMER_CUM)[
                0
            ]
            if index in seen:
                continue
            seen.append(index)
            product = PRODUCTS[index]
            bulk = business and product.category in ("coffee", "consumables")
            quantity = r.randint(2, 20) if bulk else r.choices((1, 2, 3), weights=(70, 20, 10))[0]
            amount = product.price_cents * quantity
            if business:
                amount = amount * 90 // 100
            lines.append((index, quantity, amount))
        return Order(
            self._moment(day, shop_hours=not online),
            "online" if online else "in_store",
            lines,
            sum(a for _, _, a in lines),
        )

    def _interactions(
        self, history: History, created: int, order_days: list[int], owner_slot: int, language: str
    ) -> None:
        r = self.r
        count = r.randint(*_INTERACTION_COUNTS[history.profile])
        end = self.t
        if history.profile == "lapsed" and order_days:
            end = min(self.t, max(order_days) + 120)
        days = [r.randint(created, end) for _ in range(count)]
        if history.profile == "lapsed" and r.random() < 0.3:
            days.append(r.randint(created, self.t))  # a win-back call
        notes = NOTES[language]
        for day in sorted(days):
            channel = r.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]
            outcome = r.choice(OUTCOMES[channel])
            note = r.choice(notes) if channel == "note" or r.random() < 0.55 else None
            member = owner_slot if r.random() < 0.7 else r.randrange(self.team_size)
            history.interactions.append((self._moment(day), channel, outcome, note, member))
