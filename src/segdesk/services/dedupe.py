"""Finding which imported rows are contacts the database already has (or earlier rows of the file).

A row matches on its email first, then on a phone number (phone or mobile,
E.164), then on a fuzzy name that agrees on company, postal code or city
(rapidfuzz). Fuzzy candidates come from small blocks (a whole name word with the
other word's initial, or the postal code) so 100,000 existing contacts cost a
dictionary lookup and a few comparisons in C per row.
Two people whose emails differ are never a fuzzy match.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from segdesk.domain.names import sort_key
from segdesk.io.rows import Draft
from segdesk.store.models import Contact

__all__ = ["CONTEXT_CUTOFF", "NAME_CUTOFF", "ContactIndex", "Match"]

NAME_CUTOFF = 90
MAX_BLOCK = 300  # a block this big (a very common name word) no longer narrows anything: not searched
CONTEXT_CUTOFF = 85
LOAD_CHUNK = 20_000


@dataclass(frozen=True, slots=True)
class Match:
    """Row ``row`` is contact ``contact_id`` (or, when None, the earlier row ``other_row`` of the file)."""

    row: int
    contact_id: int | None
    other_row: int | None
    reason: str  # email, phone, name
    score: int  # 100 for an exact email or phone
    contact_name: str


@dataclass(frozen=True, slots=True)
class _Entry:
    ref: int  # contact id, or minus the row number of an earlier row of the file
    name: str
    company: str
    city: str
    postal: str
    email: str


_fold = functools.lru_cache(maxsize=200_000)(sort_key)  # names and cities repeat a lot


def _person_name(first: str | None, last: str | None) -> str:
    """Folded name words in sorted order, so plain ratio scores as token_sort_ratio would."""
    return " ".join(sorted(f"{_fold(first)} {_fold(last)}".split()))


def _company_name(company: str | None) -> str:
    return " ".join(sorted(_fold(company).split()))


class ContactIndex:
    """Existing contacts (and, as they are added, rows of the file) by email, phone and name blocks."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.entries: dict[int, _Entry] = {}
        # block key -> (refs, names): candidates for a fuzzy match, compared in C by rapidfuzz
        self.blocks: dict[tuple[str, ...], tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        self.labels: dict[int, str] = {}

    @classmethod
    def load(cls, session: Session) -> ContactIndex:
        index = cls()
        c = Contact.__table__.c  # Core rows: the ORM's per-row work doubled the load of 100,000
        query = (
            select(
                c.id,
                c.kind,
                c.first_name,
                c.last_name,
                c.company_name,
                c.city,
                c.postal_code,
                c.email,
                c.phone,
                c.mobile,
                c.full_name,
            )
            .order_by(c.id)
            .execution_options(yield_per=LOAD_CHUNK)
        )
        result = session.connection().execute(query)
        for cid, kind, first, last, company, city, postal, email, phone, mobile, full in result:
            index.add(cid, kind, first, last, company, city, postal, email, (phone, mobile), full, fuzzy=True)
        return index

    def add(
        self,
        ref: int,
        kind: str,
        first: str | None,
        last: str | None,
        company: str | None,
        city: str | None,
        postal: str | None,
        email: str | None,
        phones: Iterable[str | None],
        label: str,
        *,
        fuzzy: bool,
    ) -> None:
        email_key = email.casefold() if email else ""
        if email_key:
            self.by_email.setdefault(email_key, ref)
        for phone in phones:
            if phone:
                self.by_phone.setdefault(phone, ref)
        self.labels[ref] = label
        if not fuzzy:
            return
        name = _company_name(company) if kind == "company" else _person_name(first, last)
        entry = _Entry(ref, name, _fold(company), _fold(city), (postal or "").replace(" ", ""), email_key)
        self.entries[ref] = entry
        for key in _block_keys(kind, entry):
            refs, names = self.blocks[key]
            if len(refs) <= MAX_BLOCK:
                refs.append(ref)
                names.append(name)

    def find(self, draft: Draft) -> tuple[int, str, int] | None:
        """(ref, reason, score) of the contact ``draft`` most likely is, or None."""
        values = draft.values
        email = values.get("email")
        if email:
            ref = self.by_email.get(email.casefold())
            if ref is not None:
                return ref, "email", 100
        for phone in (values.get("phone"), values.get("mobile")):
            if phone and phone in self.by_phone:
                return self.by_phone[phone], "phone", 100
        return self._fuzzy(draft)

    def _fuzzy(self, draft: Draft) -> tuple[int, str, int] | None:
        if not self.blocks:
            return None
        values = draft.values
        kind = values.get("kind", "person")
        company = values.get("company_name")
        name = (
            sort_key(company)
            if kind == "company"
            else _person_name(values.get("first_name"), values.get("last_name"))
        )
        if not name:
            return None
        probe = _Entry(
            0,
            name,
            _fold(company),
            _fold(values.get("city")),
            (values.get("postal_code") or "").replace(" ", ""),
            (values.get("email") or "").casefold(),
        )
        found: dict[int, float] = {}
        for key in _block_keys(kind, probe):
            if key not in self.blocks:
                continue
            refs, names = self.blocks[key]
            if len(refs) > MAX_BLOCK:
                continue
            for _, name_score, position in process.extract(
                name, names, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF, limit=5
            ):
                found[refs[position]] = name_score
        best: tuple[int, str, int] | None = None
        for ref, name_score in found.items():
            other = self.entries[ref]
            if probe.email and other.email and probe.email != other.email:
                continue
            context = _context_score(probe, other, kind)
            if context < CONTEXT_CUTOFF:
                continue
            score = round((name_score + context) / 2)
            if best is None or score > best[2]:
                best = (ref, "name", score)
        return best

    def label(self, ref: int) -> str:
        return self.labels.get(ref, "")


def _block_keys(kind: str, entry: _Entry) -> list[tuple[str, ...]]:
    """Where to look for look-alikes: each name word whole with the other's initial, and the postal code.

    "Mario Rossi", "Rossi Mario", "Mario Rosi" and "Maria Rossi" share a block ("rossi m" or
    "mario r"), and a postal code catches a name with typos in both words.
    """
    words = sorted(entry.name.split())
    if not words:
        return []
    if kind == "company":
        return [("c", words[0], words[-1][:1]), ("c", words[-1], words[0][:1])]
    keys: list[tuple[str, ...]] = [("p", words[0], words[-1][:1]), ("p", words[-1], words[0][:1])]
    if entry.postal:
        keys.append(("z", entry.postal, words[0][:1]))
    return keys


def _context_score(a: _Entry, b: _Entry, kind: str) -> float:
    scores: list[float] = []
    if kind != "company" and a.company and b.company:
        scores.append(fuzz.token_sort_ratio(a.company, b.company))
    if a.postal and b.postal:
        scores.append(100.0 if a.postal == b.postal else 0.0)
    if a.city and b.city:
        scores.append(fuzz.ratio(a.city, b.city))
    return max(scores, default=0.0)
