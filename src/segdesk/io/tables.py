"""Any contacts file read as one table of text cells: a header row and data rows.

Every reader (delimited text, spreadsheets, vCard) produces a :class:`Table`;
mapping and validation then work the same way whatever the format. vCard and
Google files come out with field ids as headers (their own layout is resolved
while reading), so they map themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from segdesk.domain import i18n
from segdesk.io.encodings import decode
from segdesk.io.errors import SourceError

__all__ = ["FORMATS", "MAX_FILE_BYTES", "MAX_ROWS", "Table", "detect_format", "read_table"]

FORMATS = ("auto", "csv", "xlsx", "vcard")
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ROWS = 1_000_000
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    file_format: str  # csv, xlsx, vcard
    encoding: str | None = None  # None for spreadsheets
    encoding_guessed: bool = False
    delimiter: str | None = None
    layout: str | None = None  # google, google-legacy, outlook, mailchimp
    first_row_number: int = 2  # how the user counts the first data row (header is row 1)
    constants: dict[str, str] = field(default_factory=dict)  # values for every row (mailchimp consent)
    hints: dict[str, str | None] = field(default_factory=dict)  # header -> target the layout knows best
    notes: list[str] = field(default_factory=list)  # things the user should know about the file

    def row_number(self, index: int) -> int:
        return index + self.first_row_number


def detect_format(name: str, head: bytes) -> str:
    """csv, xlsx or vcard, from the content first and the file name second."""
    stripped = head.lstrip(b"\xef\xbb\xbf \r\n\t")
    if stripped[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        wide = head[2:200].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", errors="ignore")
        return "vcard" if wide.lstrip().upper().startswith("BEGIN:VCARD") else "csv"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xlsx"
    suffix = Path(name).suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return "xlsx"
    if suffix in VCARD_SUFFIXES:
        return "vcard"
    return "csv"


def read_table(
    path: Path,
    *,
    file_format: str = "auto",
    encoding: str | None = None,
    language: str = "en",
    max_rows: int | None = None,
) -> Table:
    """Read ``path`` into a Table (the first ``max_rows`` data rows only, for a preview)."""
    from segdesk.io import delimited, layouts, spreadsheet, vcard

    if file_format not in FORMATS:
        raise SourceError(
            i18n.fill(
                i18n.translate("Import", "Unknown file format “%1”; choose one of: %2."),
                file_format,
                ", ".join(FORMATS),
            )
        )
    data = read_bytes(path)
    if file_format == "auto":
        file_format = detect_format(path.name, data[:512])
    if file_format == "xlsx":
        table = spreadsheet.read_spreadsheet(path, data, max_rows=max_rows)
    else:
        decoded = decode(data, encoding, language=language)
        if file_format == "vcard":
            table = vcard.read_vcards(decoded.text, max_rows=max_rows)
        else:
            table = delimited.read_delimited(decoded.text, max_rows=max_rows)
        table.encoding, table.encoding_guessed = decoded.encoding, decoded.guessed
    if not table.rows and max_rows != 0:
        raise SourceError(i18n.translate("Import", "The file has no contacts in it."))
    if len(table.rows) > MAX_ROWS:
        raise SourceError(
            i18n.fill(i18n.translate("Import", "The file has more than %1 rows; split it first."), MAX_ROWS)
        )
    return layouts.adapt(table, path.name)


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceError(
                i18n.fill(
                    i18n.translate("Import", "The file is too big (%1 MB; at most %2 MB)."),
                    size // 2**20,
                    MAX_FILE_BYTES // 2**20,
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(
            i18n.fill(i18n.translate("Import", "Cannot read %1: %2"), str(path), exc.strerror or str(exc))
        ) from exc
    if not data.strip():
        raise SourceError(i18n.translate("Import", "The file is empty."))
    return data
