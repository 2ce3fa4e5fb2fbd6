"""Checking a mapped file and deciding, row by row, what an import will do.

:func:`check` validates every row (no database writes); :func:`decide` matches
the drafts with existing contacts and earlier rows and applies the caller's
choice per match. Both run again inside the import's own transaction, so what
is written always agrees with the database at that moment.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.io.countries import country_code
from segdesk.io.mapping import ColumnMapping
from segdesk.io.rows import Draft, HasProblems, Problem, RowOptions, Validation
from segdesk.io.tables import Table
from segdesk.services.dedupe import ContactIndex, Match
from segdesk.services.errors import UserError
from segdesk.services.imports.checking import ImportCancelled, Progress, validate_table

__all__ = [
    "ACTIONS",
    "CheckedFile",
    "Decider",
    "Decisions",
    "ImportCancelled",
    "ImportOptions",
    "ImportReport",
    "Progress",
    "check",
    "decide",
    "row_options",
]

ACTIONS = ("update", "skip", "keep")
MATCH_PROGRESS_ROWS = 10_000


@dataclass(frozen=True)
class ImportOptions:
    today: date
    country: str | None = None  # for phone numbers without a country code
    language: str = "en"  # the user's: messages, legacy encoding, decimal separator
    on_duplicate: str = "skip"  # update, skip or keep, for every match without its own decision
    decisions: Mapping[int, str] = field(default_factory=dict)  # row number -> action, per match

    def action_for(self, row: int) -> str:
        return self.decisions.get(row, self.on_duplicate)


@dataclass
class ImportReport(HasProblems):
    """What an import did (or, in a dry run or with errors, would do)."""

    file_name: str
    file_format: str
    layout: str | None
    encoding: str | None
    encoding_guessed: bool
    rows: int  # data rows in the file
    problems: list[Problem] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # matched, update chosen, nothing different
    skipped: int = 0  # matched and skipped, or merged into an earlier row
    batch_id: int | None = None
    dry_run: bool = False
    backup: Path | None = None
    # The rows as checked, for a later import of the same table to reuse (the wizard's real import).
    checked: CheckedFile | None = field(default=None, repr=False, compare=False)

    @property
    def written(self) -> bool:
        return self.batch_id is not None


@dataclass(frozen=True)
class CheckedFile:
    """A table's rows as checking them found: the drafts to import and every problem.

    Importing the same table object again with an equal mapping and equal options gives
    the same rows, so the import can skip its check: the wizard's real import reuses its
    dry run's. An import never changes the drafts it is given (merges and company links
    change copies), so they can serve again.
    """

    table: Table
    mapping: ColumnMapping  # a copy: the caller's may be edited afterwards
    options: RowOptions
    validation: Validation

    @classmethod
    def of(
        cls, table: Table, mapping: ColumnMapping, options: RowOptions, validation: Validation
    ) -> CheckedFile:
        return cls(table, copy.deepcopy(mapping), options, validation)

    def fits(self, table: Table, mapping: ColumnMapping, options: RowOptions) -> bool:
        return self.table is table and self.mapping == mapping and self.options == options


@dataclass
class Decisions:
    """The drafts to create, the contacts to update (drafts merged per contact), and the matches found."""

    create: list[Draft]
    update: dict[int, Draft]  # contact id -> merged draft
    matches: list[Match]
    skipped: int


def row_options(
    table: Table, mapping: ColumnMapping, options: ImportOptions, custom: Mapping[str, str]
) -> RowOptions:
    """How the rows are to be read; a UserError when the mapping or the options make no sense."""
    if len(mapping.targets) != len(table.headers):
        raise UserError(i18n.translate("Import", "The mapping does not fit the file's columns."))
    for action in {options.on_duplicate, *options.decisions.values()}:
        if action not in ACTIONS:
            raise UserError(
                i18n.fill(
                    i18n.translate("Import", "Unknown choice for duplicates “%1”; choose one of: %2."),
                    action,
                    ", ".join(ACTIONS),
                )
            )
    country = None
    if options.country:
        country = country_code(options.country)
        if country is None:
            raise UserError(
                i18n.fill(
                    i18n.translate("Import", "“%1” is not a country code such as IT or PL."), options.country
                )
            )
    return RowOptions(options.today, country, options.language, dict(custom))


def check(
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions,
    custom: Mapping[str, str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Validation:
    reading = row_options(table, mapping, options, custom)
    return validate_table(table, mapping, reading, progress=progress, cancelled=cancelled)


def _merge(into: Draft, later: Draft) -> None:
    """Later values win; sets are joined."""
    into.values.update({k: v for k, v in later.values.items() if v is not None and k != "kind"})
    into.tags += [t for t in later.tags if t.casefold() not in {x.casefold() for x in into.tags}]
    into.needs += [n for n in later.needs if n.casefold() not in {x.casefold() for x in into.needs}]
    into.custom.update(later.custom)
    into.consent.update(later.consent)
    into.owner = later.owner or into.owner
    into.consent_at = later.consent_at or into.consent_at


class Decider:
    """Matches drafts as they come, in row order, and applies the choice for each match.

    Existing contacts are matched first, then earlier rows of the file. Drafts fed are left
    as they are: a draft that later rows are merged into is copied first. An import feeds
    each chunk of checked rows as it arrives, so matching overlaps the rest of the check.
    """

    def __init__(self, session: Session, options: ImportOptions) -> None:
        self.options = options
        self.index = ContactIndex.load(session)
        self.in_file = ContactIndex()
        self.by_row: dict[int, int] = {}  # row number -> its place in ``create``
        self.merged: set[int] = set()  # contact ids and row numbers whose draft is already a copy
        self.row_label = i18n.translate("Import", "row %1")
        self.decisions = Decisions([], {}, [], 0)

    def feed(self, drafts: Sequence[Draft]) -> None:
        for draft in drafts:
            self._decide(draft)

    def _decide(self, draft: Draft) -> None:
        found = self.index.find(draft)
        if found is not None:
            self._existing(draft, *found)
            return
        earlier = self.in_file.find(draft)
        if earlier is not None and self._earlier_row(draft, -earlier[0], earlier[1]):
            return
        self._new(draft)

    def _existing(self, draft: Draft, ref: int, reason: str, score: int) -> None:
        decisions = self.decisions
        decisions.matches.append(Match(draft.row, ref, None, reason, score, self.index.label(ref)))
        action = self.options.action_for(draft.row)
        if action == "skip":
            decisions.skipped += 1
        elif action == "keep":
            self._new(draft)
        elif ref not in decisions.update:
            decisions.update[ref] = draft
        else:
            if ref not in self.merged:
                decisions.update[ref] = decisions.update[ref].copy()
                self.merged.add(ref)
            _merge(decisions.update[ref], draft)

    def _earlier_row(self, draft: Draft, first_row: int, reason: str) -> bool:
        """Whether ``draft``, matching the earlier row ``first_row``, is done with (skipped or merged)."""
        decisions = self.decisions
        label = i18n.fill(self.row_label, first_row)
        decisions.matches.append(Match(draft.row, None, first_row, reason, 100, label))
        action = self.options.action_for(draft.row)
        if action == "keep":
            return False
        if action == "update":
            place = self.by_row[first_row]
            if -first_row not in self.merged:
                decisions.create[place] = decisions.create[place].copy()
                self.merged.add(-first_row)
            _merge(decisions.create[place], draft)
        decisions.skipped += 1
        return True

    def _new(self, draft: Draft) -> None:
        values = draft.values
        self.by_row[draft.row] = len(self.decisions.create)
        self.decisions.create.append(draft)
        self.in_file.add(
            -draft.row,
            values["kind"],
            values.get("first_name"),
            values.get("last_name"),
            values.get("company_name"),
            values.get("city"),
            values.get("postal_code"),
            values.get("email"),
            (values.get("phone"), values.get("mobile")),
            "",  # labelled when a later row matches it
            fuzzy=False,
        )


def decide(
    session: Session, drafts: list[Draft], options: ImportOptions, progress: Progress | None = None
) -> Decisions:
    """Every draft matched, and the choice for its match applied (see :class:`Decider`)."""
    decider = Decider(session, options)
    for start in range(0, len(drafts), MATCH_PROGRESS_ROWS):
        if progress is not None and start:
            progress("match", start, len(drafts))
        decider.feed(drafts[start : start + MATCH_PROGRESS_ROWS])
    return decider.decisions
