"""The values a condition's editor offers for a field, loaded once per field off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QThreadPool, Signal

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import Field, ValueSource
from segdesk.services.databases import Store
from segdesk.services.rule_editing import ValueChoice, value_choices
from segdesk.ui.rule_editor.count_worker import Job, run_job

__all__ = ["ValueChoices"]


def _readable(fld: Field, choice: ValueChoice) -> ValueChoice:
    """Country and language codes in the user's words (``IT`` -> Italy)."""
    label = choice.label
    if fld.values_from is ValueSource.COUNTRIES:
        territory = QLocale.codeToTerritory(choice.value)
        if territory != QLocale.Country.AnyTerritory:
            label = f"{QLocale.territoryToString(territory)} ({choice.value})"
    elif fld.values_from is ValueSource.LANGUAGES:
        language = QLocale.codeToLanguage(choice.value)
        if language != QLocale.Language.AnyLanguage:
            label = f"{QLocale.languageToString(language)} ({choice.value})"
    return ValueChoice(choice.value, label, choice.count)


class ValueChoices(QObject):
    """``get(field)`` answers at once from the cache (maybe empty) and emits ``loaded(field id)`` later."""

    loaded = Signal(str)

    def __init__(self, store: Store | None, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = pool
        self._cache: dict[str, list[ValueChoice]] = {}
        self._loading: dict[str, Job] = {}

    def get(self, fld: Field) -> list[ValueChoice]:
        found = self._cache.get(fld.id)
        if found is not None:
            return found
        if fld.values_from is ValueSource.OPTIONS or self.store is None:
            self._cache[fld.id] = [ValueChoice(o, choice_label(fld.id, o)) for o in fld.options]
            return self._cache[fld.id]
        if fld.id not in self._loading:
            store = self.store
            self._loading[fld.id] = run_job(
                self._pool,
                0,
                lambda: value_choices(store, fld),
                lambda _g, found: self._arrived(fld, found),
                lambda _g, _message: self._arrived(fld, []),
                self,
            )
        return []

    def put(self, field_id: str, choices: list[ValueChoice]) -> None:
        """Set a field's values directly (tests, and lists the editor already knows)."""
        self._cache[field_id] = choices
        self.loaded.emit(field_id)

    def _arrived(self, fld: Field, found: list[ValueChoice]) -> None:
        self._loading.pop(fld.id, None)
        self._cache[fld.id] = [_readable(fld, c) for c in found]
        self.loaded.emit(fld.id)

    def forget_all(self) -> None:
        self._cache.clear()
