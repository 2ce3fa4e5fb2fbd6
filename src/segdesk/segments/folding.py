"""Case folding in SQL that agrees with Python's :meth:`str.casefold` on both databases.

Rule values are folded in Python; stored text is folded in SQL by :class:`casefold`:

- SQLite: ``lower(x)`` when ``x`` is pure ASCII (``length`` in characters equals the
  length in bytes; ``lower`` is exact there), else ``segdesk_casefold(x)``, a Python
  function registered on each connection (:mod:`segdesk.store.sqlfunctions`).
- PostgreSQL: ``lower(x)`` (Unicode-aware in a UTF-8 ``LC_CTYPE`` such as ``C.UTF-8``
  or ``en_US.UTF-8``; a database created with ``LC_CTYPE=C`` folds only ASCII). Where
  simple lower-casing differs from full case folding (``ß`` -> ``ss``, final ``ς``,
  ligatures such as ``ﬁ``, ``İ``, Cherokee...) a fix-up chain runs, only on the rows that
  hold such a character. The chain is derived at first use from Python's Unicode tables,
  assuming the server's ``lower()`` maps one character as Python's ``str.lower`` does
  (true of glibc's C.UTF-8 except ``İ``, handled apart).
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction

from segdesk.store.sqlfunctions import CASEFOLD

__all__ = ["casefold", "fold_value", "pg_fold_tables"]

_DOTTED_I = "\u0130"  # İ: glibc lowers it to "i", casefold gives "i̇"


class casefold(GenericFunction[str]):
    """``casefold(x)``: the stored text ``x`` folded like :meth:`str.casefold`."""

    type = String()
    inherit_cache = True
    name = "segdesk_fold"


def fold_value(value: object) -> str:
    """A rule value folded in Python, as the reference evaluator folds it."""
    return str(value).casefold()


@functools.cache
def pg_fold_tables() -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """(regex class of characters needing the slow path, translate from, translate to, replacements)."""
    needs_fix: list[str] = []
    fix: dict[str, str] = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lowered = "i" if char == _DOTTED_I else char.lower()
        folded = char.casefold()
        if folded == lowered:
            continue
        needs_fix.append(char)
        if char == _DOTTED_I:
            continue
        for low in lowered:
            if low.casefold() != low:
                fix[low] = low.casefold()
    special = set("]\\^-[':")
    if special & set(needs_fix) or special & set("".join(fix)) or special & set("".join(fix.values())):
        raise RuntimeError("case folding table holds SQL or regex syntax characters")
    single = sorted((k, v) for k, v in fix.items() if len(v) == 1)
    multi = tuple(sorted((k, v) for k, v in fix.items() if len(v) > 1))
    return (
        "".join(needs_fix),
        "".join(k for k, _ in single),
        "".join(v for _, v in single),
        multi,
    )


@compiles(casefold)
def _casefold_default(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(casefold, "sqlite")
def _casefold_sqlite(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    x = compiler.process(element.clauses, **kw)
    return f"(CASE WHEN length({x}) = length(CAST({x} AS BLOB)) THEN lower({x}) ELSE {CASEFOLD}({x}) END)"


@compiles(casefold, "postgresql")
def _casefold_postgresql(element: casefold, compiler: SQLCompiler, **kw: Any) -> str:
    x = compiler.process(element.clauses, **kw)
    needs_fix, from_chars, to_chars, multi = pg_fold_tables()
    slow = f"lower(replace({x}, '{_DOTTED_I}', 'i\u0307'))"
    slow = f"translate({slow}, '{from_chars}', '{to_chars}')"
    for old, new in multi:
        slow = f"replace({slow}, '{old}', '{new}')"
    return f"(CASE WHEN {x} ~ '[{needs_fix}]' THEN {slow} ELSE lower({x}) END)"


