"""Work-arounds for bugs of the installed Qt for Python, each measured before it is applied.

PySide6 6.12.0 loses references to two singletons:

* every ``signal.emit(...)`` made from Python drops one reference to ``True``;
* every call from C++ into a Python ``data()`` (item models) that returns ``None``
  drops one reference to ``None``.

Before Python 3.12 those objects are ordinary, reference-counted ones, so after a
few thousand emits or table cells (minutes of use) their count reaches zero and the
interpreter aborts ("bool_dealloc: deallocating True or False", "none_dealloc").
Importing this module (``segdesk.ui`` does, before any window exists) measures the
losses and, only if there are any, pins ``None``, ``True`` and ``False`` with a very
large reference count, which is what Python 3.12 does for them anyway (immortal
objects). A fixed PySide, or Python 3.12+, is left alone.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

__all__ = ["install", "losses"]

_PROBES = 32
_PIN = (1 << 40) if sys.maxsize > 2**32 else (1 << 28)
_installed = False


class _Probe(QObject):
    ping = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def losses() -> dict[str, int]:
    """References to True lost by emits and to None lost by ``data()``, per :data:`_PROBES` calls."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost_true = before - sys.getrefcount(True)
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        index.data(Qt.ItemDataRole.DisplayRole)  # C++ QModelIndex::data calls the Python data()
    lost_none = before - sys.getrefcount(None)
    return {"True": lost_true, "None": lost_none}


def _pin(obj: object) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += _PIN  # ob_refcnt is a PyObject's first field


def install() -> bool:
    """Pin None, True and False if this PySide loses references to them; True if it did (once)."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal there: a lost reference does no harm
    if not any(lost > 0 for lost in losses().values()):
        return False
    for obj in (None, True, False):
        _pin(obj)
    _installed = True
    return True


install()
