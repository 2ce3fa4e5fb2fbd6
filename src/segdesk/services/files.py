"""Writing output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from segdesk.domain import i18n
from segdesk.services.errors import OperationFailed


@contextmanager
def replacing_text_file(path: Path, *, encoding: str = "utf-8", newline: str = "") -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block succeeds."""
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise _write_failed(path, exc) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as stream:
            yield stream
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_failed(path, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _write_failed(path: Path, exc: OSError) -> OperationFailed:
    return OperationFailed(
        i18n.fill(i18n.translate("Files", "Could not write %1: %2"), str(path), exc.strerror or str(exc))
    )
