"""vCard files: reading 2.1, 3.0 and 4.0 (with vobject) and writing 3.0 or 4.0.

Reading resolves the vCard layout into a Table whose headers are field ids
(``first_name``, ``mobile``...), one row per card. vCard 2.1's quoted-printable
values (with soft line breaks and a CHARSET) are decoded before vobject sees
them; photos and other binary properties are dropped.

Writing escapes and folds per RFC 6350 itself: vobject takes about 0.35 ms a
card, too slow to stream a large export; tests read the output back with vobject.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import vobject
from vobject.base import ParseError

from segdesk.domain import i18n
from segdesk.io.errors import SourceError
from segdesk.io.tables import Table

__all__ = ["VCARD_COLUMNS", "read_vcards", "vcard_text"]

VCARD_COLUMNS = [
    "kind",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "mobile",
    "website",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "birth_date",
    "tags",
    "notes",
]
BINARY_PROPERTIES = ("PHOTO", "LOGO", "SOUND", "KEY")
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([\w-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)
MOBILE_WORDS = ("cell", "mobile", "iphone", "handy", "cellulare", "portable", "komórk")


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _params(raw: str) -> list[str]:
    return [p for p in raw.split(";") if p]


def _is_qp(params: list[str]) -> bool:
    return any(p.upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in params)


def _charset(params: list[str]) -> str:
    for p in params:
        if p.upper().startswith("CHARSET="):
            return p.split("=", 1)[1].strip('"')
    return "utf-8"


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    for encoding in (charset, "utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _clean_21(text: str) -> str:
    """vCard 2.1 quirks made 3.0-like: quoted-printable decoded, binary blobs dropped."""
    out: list[str] = []
    lines = iter(_unfold(text))
    for line in lines:
        match = _PROPERTY.match(line)
        if match is None:
            if line.strip():
                out.append(line)
            continue
        name, params = match.group(1).upper(), _params(match.group(2))
        if name in BINARY_PROPERTIES:  # photos: unfolded into one line (2.1: then an empty line)
            continue
        if not _is_qp(params):
            out.append(line)
            continue
        value = match.group(3)
        while value.endswith("="):  # soft line break: the value goes on on the next line
            value = value[:-1] + next(lines, "")
        decoded = _decode_qp(value, _charset(params))
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        kept = [p for p in params if not p.upper().startswith(("ENCODING=", "CHARSET=", "QUOTED-PRINTABLE"))]
        out.append(line[: match.start(2)] + "".join(";" + p for p in kept) + ":" + decoded)
    return "\r\n".join(out)


def _types(line: Any) -> list[str]:
    found: list[str] = []
    for value in line.params.get("TYPE", []):
        found += [v.strip().strip('"').lower() for v in value.split(",")]
    found += [s.lower() for s in getattr(line, "singletonparams", [])]
    if "PREF" in line.params:
        found.append("pref")
    return found


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _pick(lines: Sequence[Any]) -> Any | None:
    for line in lines:
        if "pref" in _types(line):
            return line
    return lines[0] if lines else None


def _labels(card: Any) -> dict[str, str]:
    """Apple item groups: the X-ABLabel of each group (item1 -> "_$!<Mobile>!$_")."""
    labels: dict[str, str] = {}
    for line in card.lines():
        if line.name == "X-ABLABEL" and line.group:
            labels[line.group] = str(line.value).lower()
    return labels


def _phones(card: Any, row: dict[str, str]) -> None:
    labels = _labels(card)
    others: list[str] = []
    for line in card.contents.get("tel", []):
        number = str(line.value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";", 1)[0]
        kinds = [*_types(line), labels.get(line.group or "", "")]
        if not row["mobile"] and any(word in kind for kind in kinds for word in MOBILE_WORDS):
            row["mobile"] = number
        else:
            others.append(number)
    if others:
        row["phone"] = others[0]


def _card_row(card: Any) -> dict[str, str]:
    row = dict.fromkeys(VCARD_COLUMNS, "")
    contents: Mapping[str, list[Any]] = card.contents
    if "n" in contents:
        name = contents["n"][0].value
        row["first_name"] = _text(getattr(name, "given", ""))
        row["last_name"] = _text(getattr(name, "family", ""))
    if "org" in contents:
        row["company"] = _text(
            contents["org"][0].value[:1]
            if isinstance(contents["org"][0].value, list)
            else contents["org"][0].value
        )
    if not (row["first_name"] or row["last_name"]) and "fn" in contents:
        full = _text(contents["fn"][0].value)
        if full and full != row["company"]:
            first, _, last = full.rpartition(" ")
            row["first_name"], row["last_name"] = (first, last) if first else ("", last)
    kind = _text(contents["kind"][0].value).lower() if "kind" in contents else ""
    show_as = _text(contents["x-abshowas"][0].value).upper() if "x-abshowas" in contents else ""
    if kind == "org" or show_as == "COMPANY":
        row["kind"] = "company"
    for key, field_id in (
        ("title", "job_title"),
        ("url", "website"),
        ("bday", "birth_date"),
        ("note", "notes"),
    ):
        if key in contents:
            row[field_id] = _text(contents[key][0].value)
    email = _pick(contents.get("email", []))
    if email is not None:
        row["email"] = _text(email.value)
    _phones(card, row)
    address = _pick(contents.get("adr", []))
    if address is not None:
        value = address.value
        row["street"] = _text(getattr(value, "street", ""))
        row["city"] = _text(getattr(value, "city", ""))
        row["region"] = _text(getattr(value, "region", ""))
        row["postal_code"] = _text(getattr(value, "code", ""))
        row["country"] = _text(getattr(value, "country", ""))
    tags: list[str] = []
    for line in contents.get("categories", []):
        tags += [
            t.strip() for t in (line.value if isinstance(line.value, list) else [line.value]) if t.strip()
        ]
    row["tags"] = ";".join(tags)
    return row


def read_vcards(text: str, *, max_rows: int | None = None) -> Table:
    if "BEGIN:VCARD" not in text.upper():
        raise SourceError(i18n.translate("Import", "This is not a vCard file (no BEGIN:VCARD)."))
    if text.upper().count("BEGIN:VCARD") != text.upper().count("END:VCARD"):
        raise SourceError(i18n.translate("Import", "The vCard file is cut short: a card has no END:VCARD."))
    rows: list[list[str]] = []
    try:
        for card in vobject.readComponents(_clean_21(text), validate=False):
            if card.name != "VCARD":
                continue
            values = _card_row(card)
            rows.append([values[c] for c in VCARD_COLUMNS])
            if max_rows is not None and len(rows) >= max_rows:
                break
    except (ParseError, ValueError, AttributeError, IndexError) as exc:
        raise SourceError(
            i18n.fill(
                i18n.translate("Import", "The vCard file is damaged (card %1): %2"), len(rows) + 1, str(exc)
            )
        ) from exc
    return Table(headers=list(VCARD_COLUMNS), rows=rows, file_format="vcard", first_row_number=1)


# --- writing ---------------------------------------------------------------------------------------


_SPECIAL = re.compile(r"[\\,;\r\n]")


def _escape(value: str) -> str:
    if _SPECIAL.search(value) is None:  # most values: nothing to escape
        return value
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> Iterator[str]:
    """Lines of at most 75 octets, never splitting a UTF-8 character (RFC 6350 3.2)."""
    data = line.encode("utf-8")
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        yield data[:cut].decode("utf-8")
        data = b" " + data[cut:]
        limit = 75
    yield data.decode("utf-8")


def vcard_text(record: Mapping[str, Any], *, version: str = "3.0") -> str:
    """One card for a record with field ids as keys (missing keys are empty)."""

    def get(key: str) -> str:
        value = record.get(key)
        return "" if value is None else str(value)

    is_company = record.get("kind") == "company"
    full = (
        get("full_name") or " ".join(p for p in (get("first_name"), get("last_name")) if p) or get("company")
    )
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    if version == "4.0" and is_company:
        lines.append("KIND:org")
    lines.append("FN:" + _escape(full))
    last, first = ("", "") if is_company else (get("last_name"), get("first_name"))
    lines.append(f"N:{_escape(last)};{_escape(first)};;;")
    if get("company"):
        lines.append("ORG:" + _escape(get("company")))
    if is_company and version == "3.0":
        lines.append("X-ABShowAs:COMPANY")
    if get("job_title"):
        lines.append("TITLE:" + _escape(get("job_title")))
    if get("email"):
        lines.append(("EMAIL;TYPE=INTERNET:" if version == "3.0" else "EMAIL:") + _escape(get("email")))
    for key, kinds in (("phone", "WORK,VOICE"), ("mobile", "CELL")):
        if get(key):
            if version == "4.0":
                lines.append(f'TEL;VALUE=uri;TYPE="{kinds.lower()}":tel:{get(key)}')
            else:
                lines.append(f"TEL;TYPE={kinds}:{_escape(get(key))}")
    address = [get(k) for k in ("street", "city", "region", "postal_code", "country")]
    if any(address):
        lines.append("ADR;TYPE=WORK:;;" + ";".join(_escape(part) for part in address))
    if get("website"):
        lines.append("URL:" + _escape(get("website")))
    if get("birth_date"):
        lines.append("BDAY:" + get("birth_date"))
    tags = record.get("tags")
    if tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in sorted(tags)))
    lines.append("END:VCARD")
    return "".join(map(_with_end, lines))


def _with_end(line: str) -> str:
    """``line`` and its CRLF, folded when longer than 75 octets."""
    if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
        return line + "\r\n"
    return "".join(part + "\r\n" for part in _fold(line))
