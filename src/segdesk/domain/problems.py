"""Problems found in a rule document, and the error that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Problem", "RuleError", "path_str"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a rule, located by a path such as ``rules[3].rules[0].value``.

    Problems about the document root itself have an empty path.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class RuleError(ValueError):
    """Rules that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def path_str(path: tuple[int, ...], *suffix: str) -> str:
    """``(3, 0)`` -> ``rules[3].rules[0]``; ``suffix`` parts are appended with dots."""
    parts = [f"rules[{i}]" for i in path]
    parts.extend(suffix)
    return ".".join(parts)
