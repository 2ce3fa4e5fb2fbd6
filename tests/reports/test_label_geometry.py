"""Label sheets: the presets match Avery's published geometry, and every label lands where it should."""

from __future__ import annotations

import pytest

from segdesk.reports.label_sheets import (
    INCH,
    PRESETS,
    first_slot,
    label_box,
    label_boxes,
    preset,
    sheets_needed,
)

# Avery's published figures (mm): page, columns x rows, label size, top and side margins, pitches.
AVERY = {
    "L7160": ((210, 297), 3, 7, 63.5, 38.1, 15.1, 7.2, 66.0, 38.1),
    "L7161": ((210, 297), 3, 6, 63.5, 46.6, 8.7, 7.2, 66.0, 46.6),
    "L7163": ((210, 297), 2, 7, 99.1, 38.1, 15.1, 4.7, 101.6, 38.1),
    "5160": ((215.9, 279.4), 3, 10, 66.675, 25.4, 12.7, 4.7625, 69.85, 25.4),
    "5161": ((215.9, 279.4), 2, 10, 101.6, 25.4, 12.7, 3.96875, 106.3625, 25.4),
    "5163": ((215.9, 279.4), 2, 5, 101.6, 50.8, 12.7, 3.96875, 106.3625, 50.8),
}


@pytest.mark.parametrize("name", sorted(AVERY))
def test_presets_are_within_half_a_millimetre_of_avery(name: str) -> None:
    page, columns, rows, width, height, top, left, pitch_x, pitch_y = AVERY[name]
    sheet = PRESETS[name]
    assert (sheet.columns, sheet.rows) == (columns, rows)
    for ours, theirs in [
        (sheet.page_width, page[0]),
        (sheet.page_height, page[1]),
        (sheet.label_width, width),
        (sheet.label_height, height),
        (sheet.top, top),
        (sheet.left, left),
        (sheet.pitch_x, pitch_x),
        (sheet.pitch_y, pitch_y),
    ]:
        assert ours == pytest.approx(theirs, abs=0.5)
    assert sheet.problems() == []


@pytest.mark.parametrize("name", sorted(AVERY))
def test_every_label_of_a_sheet_is_on_the_page_and_the_grid(name: str) -> None:
    sheet = PRESETS[name]
    boxes = list(label_boxes(sheet, sheet.per_sheet))
    assert {b.sheet for b in boxes} == {0}
    last = boxes[-1]
    assert (last.row, last.column) == (sheet.rows, sheet.columns)
    # Symmetric margins: the last column ends as far from the right edge as the first starts from the left.
    assert sheet.page_width - (last.x + last.width) == pytest.approx(boxes[0].x, abs=0.05)
    assert last.y == pytest.approx(sheet.page_height - sheet.top - sheet.rows * sheet.pitch_y, abs=0.01)
    assert boxes[0].y + boxes[0].height == pytest.approx(sheet.page_height - sheet.top)


def test_5160_positions_in_inches() -> None:
    sheet = PRESETS["5160"]
    box = label_box(sheet, 4)  # row 2, column 2
    assert (box.row, box.column) == (2, 2)
    assert box.x == pytest.approx((3 / 16 + 2.75) * INCH)
    assert box.y == pytest.approx((11 - 0.5 - 2) * INCH)


def test_a_half_used_sheet_starts_at_the_given_row_and_column() -> None:
    sheet = PRESETS["L7160"]
    start = first_slot(sheet, 3, 2)
    assert start == 7
    boxes = list(label_boxes(sheet, 16, start))
    assert (boxes[0].sheet, boxes[0].row, boxes[0].column) == (0, 3, 2)
    assert (boxes[13].sheet, boxes[13].row, boxes[13].column) == (0, 7, 3)
    assert (boxes[14].sheet, boxes[14].row, boxes[14].column) == (1, 1, 1)
    assert sheets_needed(sheet, 16, start) == 2
    assert sheets_needed(sheet, 14, start) == 1
    assert sheets_needed(sheet, 0, start) == 0


@pytest.mark.parametrize(("row", "column"), [(0, 1), (8, 1), (1, 4), (1, 0)])
def test_a_start_outside_the_sheet_is_refused(row: int, column: int) -> None:
    with pytest.raises(ValueError, match="7 rows and 3 columns"):
        first_slot(PRESETS["L7160"], row, column)


def test_offsets_move_right_and_down() -> None:
    sheet = PRESETS["L7163"]
    plain, moved = label_box(sheet, 0), label_box(sheet, 0, offset_x=1.5, offset_y=-2.0)
    assert moved.x - plain.x == pytest.approx(1.5)
    assert moved.y - plain.y == pytest.approx(2.0)  # up the page: y counts from the bottom


def test_preset_names_and_custom_sheets() -> None:
    assert preset("avery l7160") is PRESETS["L7160"]
    assert preset(" 5163 ") is PRESETS["5163"]
    custom = preset("A4:2x4:100x70:5x2")
    assert (custom.columns, custom.rows, custom.pitch_x, custom.pitch_y) == (2, 4, 105, 72)
    assert custom.left == pytest.approx((210 - 205) / 2)
    assert custom.top == pytest.approx((297 - 286) / 2)
    odd = preset("100x150:1x2:90x70")
    assert (odd.page_width, odd.page_height) == (100, 150)


@pytest.mark.parametrize(
    ("spec", "message"),
    [("L9999", "Unknown label sheet"), ("A4:4x8:60x40", "do not fit"), ("Letter:1x1:0x10", "positive size")],
)
def test_bad_sheets_are_explained(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        preset(spec)
