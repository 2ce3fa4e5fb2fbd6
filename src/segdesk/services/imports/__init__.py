"""Importing contacts: the steps a wizard walks through, and the command line's one call.

1. :func:`preview` — the first rows as they will be read (choose another encoding if letters look wrong);
2. :func:`read_source` then :func:`propose` — the whole table and an automatic mapping
   (:func:`import_targets` lists what a column can be mapped to; :func:`load_mapping`/:func:`save_mapping`);
3. :func:`import_table` with ``dry_run=True`` — every problem by row and column, and the duplicates
   found (:attr:`ImportReport.matches`), each of which the user can answer in ``ImportOptions.decisions``;
   the report keeps the rows as checked (:attr:`ImportReport.checked`);
4. :func:`import_table` — all or nothing, after a backup; ``checked=`` the dry run's rows saves
   checking them again when the table, mapping and options are the same;
5. :func:`list_imports` and :func:`undo_import`.
"""

from __future__ import annotations

from segdesk.io.mapping import ColumnMapping
from segdesk.io.rows import Problem
from segdesk.io.tables import Table
from segdesk.services.dedupe import Match
from segdesk.services.imports.plan import ACTIONS, CheckedFile, ImportCancelled, ImportOptions, ImportReport
from segdesk.services.imports.run import import_file, import_table
from segdesk.services.imports.source import (
    Preview,
    import_targets,
    load_mapping,
    preview,
    propose,
    read_source,
    save_mapping,
)
from segdesk.services.imports.undo import ImportSummary, UndoResult, list_imports, undo_import

__all__ = [
    "ACTIONS",
    "CheckedFile",
    "ColumnMapping",
    "ImportCancelled",
    "ImportOptions",
    "ImportReport",
    "ImportSummary",
    "Match",
    "Preview",
    "Problem",
    "Table",
    "UndoResult",
    "import_file",
    "import_table",
    "import_targets",
    "list_imports",
    "load_mapping",
    "preview",
    "propose",
    "read_source",
    "save_mapping",
    "undo_import",
]
