"""Label sheets: the Avery presets, custom sizes, and where each label sits (pure arithmetic, in mm).

Positions are measured the way a ruler on the sheet reads them: from the page's
left and top edges. :func:`label_box` turns a slot into a box whose ``x``/``y``
are from the bottom-left corner, as PDF draws. A calibration offset moves
everything: ``offset_x`` to the right and ``offset_y`` downwards, in mm, as
measured on a printed alignment page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from segdesk.domain import i18n

MM = 72.0 / 25.4  # points per millimetre
INCH = 25.4  # millimetres
A4 = (210.0, 297.0)
LETTER = (8.5 * INCH, 11.0 * INCH)


@dataclass(frozen=True, slots=True)
class LabelSheet:
    """One sheet of labels; every length in millimetres."""

    name: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float  # page's left edge to the first column's left edge
    top: float  # page's top edge to the first row's top edge
    pitch_x: float  # one column's left edge to the next one's
    pitch_y: float  # one row's top edge to the next one's
    corner: float = 0.0  # corner radius of the die cut, for outlines

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def problems(self) -> list[str]:
        """Why this sheet cannot be printed as described; empty when it can."""
        found = []
        if self.columns < 1 or self.rows < 1 or self.label_width <= 0 or self.label_height <= 0:
            found.append(i18n.translate("Reports", "A sheet needs at least one label of a positive size."))
        elif self.pitch_x < self.label_width or self.pitch_y < self.label_height:
            found.append(i18n.translate("Reports", "Labels on the sheet would overlap."))
        right = self.left + (self.columns - 1) * self.pitch_x + self.label_width
        bottom = self.top + (self.rows - 1) * self.pitch_y + self.label_height
        if (
            self.left < 0
            or self.top < 0
            or right > self.page_width + 0.01
            or bottom > self.page_height + 0.01
        ):
            found.append(i18n.translate("Reports", "The labels do not fit on the page."))
        return found


def _centred(
    name: str,
    page: tuple[float, float],
    columns: int,
    rows: int,
    width: float,
    height: float,
    pitch_x: float,
    pitch_y: float,
    corner: float,
) -> LabelSheet:
    """A sheet whose labels are centred on the page (as Avery's are)."""
    page_width, page_height = page
    left = (page_width - (columns - 1) * pitch_x - width) / 2
    top = (page_height - (rows - 1) * pitch_y - height) / 2
    return LabelSheet(
        name, page_width, page_height, columns, rows, width, height, left, top, pitch_x, pitch_y, corner
    )


PRESETS: dict[str, LabelSheet] = {
    # A4: 63.5 x 38.1 mm (21), 63.5 x 46.6 mm (18), 99.1 x 38.1 mm (14).
    "L7160": _centred("L7160", A4, 3, 7, 63.5, 38.1, 66.04, 38.1, 2.0),
    "L7161": _centred("L7161", A4, 3, 6, 63.5, 46.6, 66.04, 46.6, 2.0),
    "L7163": _centred("L7163", A4, 2, 7, 99.1, 38.1, 101.6, 38.1, 2.0),
    # Letter: 2 5/8 x 1 in (30), 4 x 1 in (20), 4 x 2 in (10).
    "5160": _centred("5160", LETTER, 3, 10, 2.625 * INCH, 1.0 * INCH, 2.75 * INCH, 1.0 * INCH, 1.6),
    "5161": _centred("5161", LETTER, 2, 10, 4.0 * INCH, 1.0 * INCH, 4.1875 * INCH, 1.0 * INCH, 1.6),
    "5163": _centred("5163", LETTER, 2, 5, 4.0 * INCH, 2.0 * INCH, 4.1875 * INCH, 2.0 * INCH, 1.6),
}

_CUSTOM = re.compile(
    r"^(?P<page>a4|letter|\d+(?:\.\d+)?x\d+(?:\.\d+)?):(?P<cols>\d+)x(?P<rows>\d+):"
    r"(?P<w>\d+(?:\.\d+)?)x(?P<h>\d+(?:\.\d+)?)(?::(?P<gx>\d+(?:\.\d+)?)x(?P<gy>\d+(?:\.\d+)?))?$",
    re.IGNORECASE,
)


def preset(name: str) -> LabelSheet:
    """A preset by name (``L7160``, ``5160``... case and an ``avery`` prefix ignored), or a custom spec.

    A custom sheet is written ``PAGE:COLSxROWS:WIDTHxHEIGHT[:GAPXxGAPY]`` in mm, PAGE being
    ``A4``, ``Letter`` or ``WIDTHxHEIGHT``; the labels are centred on the page. Raises
    ValueError with a message for the user.
    """
    key = name.strip().upper().removeprefix("AVERY").strip(" -_")
    if key in PRESETS:
        return PRESETS[key]
    match = _CUSTOM.match(name.strip())
    if match is None:
        raise ValueError(
            i18n.fill(
                i18n.translate(
                    "Reports",
                    "Unknown label sheet “%1”: use one of %2, or PAGE:COLSxROWS:WIDTHxHEIGHT in mm.",
                ),
                name,
                ", ".join(PRESETS),
            )
        )
    page_name = match["page"].upper()
    if page_name in ("A4", "LETTER"):
        page = A4 if page_name == "A4" else LETTER
    else:
        page_w, page_h = (float(v) for v in page_name.split("X"))
        page = (page_w, page_h)
    width, height = float(match["w"]), float(match["h"])
    gap_x, gap_y = float(match["gx"] or 0), float(match["gy"] or 0)
    sheet = _centred(
        f"custom {name.strip()}",
        page,
        int(match["cols"]),
        int(match["rows"]),
        width,
        height,
        width + gap_x,
        height + gap_y,
        0.0,
    )
    problems = sheet.problems()
    if problems:
        raise ValueError(problems[0])
    return sheet


@dataclass(frozen=True, slots=True)
class LabelBox:
    """Where one label is printed: sheet (from 0), row and column (from 1), box in mm from bottom-left."""

    sheet: int
    row: int
    column: int
    x: float
    y: float
    width: float
    height: float


def first_slot(sheet: LabelSheet, start_row: int = 1, start_column: int = 1) -> int:
    """The slot (0-based, row by row) of the first free label on a half-used sheet."""
    if not (1 <= start_row <= sheet.rows and 1 <= start_column <= sheet.columns):
        raise ValueError(
            i18n.fill(
                i18n.translate("Reports", "This sheet has %1 rows and %2 columns; start within them."),
                sheet.rows,
                sheet.columns,
            )
        )
    return (start_row - 1) * sheet.columns + (start_column - 1)


def label_box(sheet: LabelSheet, slot: int, offset_x: float = 0.0, offset_y: float = 0.0) -> LabelBox:
    """The box of label number ``slot`` counted from the first label of the first sheet."""
    page, within = divmod(slot, sheet.per_sheet)
    row, column = divmod(within, sheet.columns)
    x = sheet.left + column * sheet.pitch_x + offset_x
    top = sheet.top + row * sheet.pitch_y + offset_y
    y = sheet.page_height - top - sheet.label_height
    return LabelBox(page, row + 1, column + 1, x, y, sheet.label_width, sheet.label_height)


def label_boxes(
    sheet: LabelSheet, count: int, start: int = 0, offset_x: float = 0.0, offset_y: float = 0.0
) -> Iterator[LabelBox]:
    """Boxes for ``count`` labels, the first at slot ``start`` (see :func:`first_slot`)."""
    for slot in range(start, start + count):
        yield label_box(sheet, slot, offset_x, offset_y)


def sheets_needed(sheet: LabelSheet, count: int, start: int = 0) -> int:
    return 0 if count <= 0 else (start + count - 1) // sheet.per_sheet + 1
