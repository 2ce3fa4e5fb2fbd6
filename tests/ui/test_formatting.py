"""Dates in the window read the way the user's locale writes them, always with four-digit years."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from segdesk.ui.formatting import date_format


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "09/03/2023"),
        ("it_IT", "09/03/2023"),
        ("pl_PL", "9.03.2023"),
        ("de_DE", "09.03.2023"),
        ("C", "2023-03-09"),  # a machine without a locale: ISO, not Qt's "9 03 2023"
    ],
)
def test_short_dates_have_four_digit_years(locale: str, expected: str) -> None:
    qt_locale = QLocale(locale)
    day = date(2023, 3, 9)
    assert qt_locale.toString(day, date_format(qt_locale)) == expected
