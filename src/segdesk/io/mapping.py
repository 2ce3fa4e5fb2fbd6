"""Which field each column of a file goes to: targets, header synonyms in six languages, saved mappings.

A mapping is one target per column: a field id, ``custom.KEY`` (created on
import when new), or None to ignore the column. Saved as JSON keyed by header
text, so the same mapping fits the next export of the same program.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.fields import CUSTOM_PREFIX, CUSTOM_TYPES
from segdesk.domain.names import sort_key
from segdesk.io.errors import SourceError
from segdesk.io.layouts import LAYOUT_OVERRIDES

__all__ = [
    "MAPPING_VERSION",
    "TARGETS",
    "ColumnMapping",
    "mapping_from_json",
    "propose_mapping",
]

MAPPING_VERSION = 1
# Import target -> how its cells are read. Besides the catalogue's fields: ``full_name`` splits a
# whole name, ``address`` is Mailchimp's one-cell address, ``notes`` the free text, ``consent_at``
# when the consent in the file was given.
TARGETS: dict[str, str] = {
    "kind": "choice", "first_name": "text", "last_name": "text", "full_name": "name", "company": "text",
    "job_title": "text", "email": "email", "phone": "phone", "mobile": "phone", "website": "text",
    "street": "text", "postal_code": "text", "city": "text", "region": "text", "country": "country",
    "address": "address", "language": "language", "birth_date": "date", "gender": "choice",
    "education": "choice", "income_band": "choice", "industry": "text", "legal_form": "text",
    "employees": "integer", "annual_revenue": "money", "stage": "choice", "source": "text",
    "owner": "owner", "tags": "set", "needs": "set", "email_ok": "boolean", "phone_ok": "boolean",
    "mail_ok": "boolean", "notes": "text", "consent_at": "datetime",
}  # fmt: skip

SYNONYMS: dict[str, str] = {
    "first_name": "first name|firstname|first|given name|forename|nome|prénom|prenom|imię|imie|vorname|"
    "nombre",
    "last_name": "last name|lastname|surname|family name|cognome|nom|nom de famille|nazwisko|nachname|"
    "familienname|apellido|apellidos|primer apellido",
    "full_name": "name|full name|contact name|display name|contact|nome completo|nominativo|nom complet|"
    "imię i nazwisko|imie i nazwisko|vollständiger name|kontakt|nombre completo|contatto",
    "company": "company|company name|organisation|organization|org|business|azienda|ragione sociale|"
    "società|entreprise|société|raison sociale|firma|nazwa firmy|unternehmen|firmenname|empresa|compañía|"
    "razón social",
    "job_title": "job title|position|role|job|mansione|ruolo|qualifica|fonction|poste|stanowisko|funkcja|"
    "berufsbezeichnung|funktion|cargo|puesto",
    "email": "email|e-mail|e mail|mail|email address|e-mail address|email 1|indirizzo email|"
    "posta elettronica|courriel|adresse e-mail|adresse email|adres e-mail|adres email|e-mail-adresse|correo|"
    "correo electrónico|dirección de correo|dirección de email",
    "phone": "phone|telephone|tel|phone number|business phone|work phone|home phone|telefono|"
    "numero di telefono|téléphone|numéro de téléphone|telefon|nr telefonu|numer telefonu|telefonnummer|"
    "teléfono|telefono fisso|fijo",
    "mobile": "mobile|mobile phone|cell|cell phone|cellphone|cellulare|portable|téléphone portable|komórka|"
    "telefon komórkowy|tel kom|handy|mobiltelefon|mobil|móvil|celular|teléfono móvil",
    "website": "website|web site|web|url|homepage|web page|sito|sito web|site web|site internet|strona www|"
    "strona internetowa|www|webseite|internetseite|sitio web|página web",
    "street": "street|address|address line 1|street address|business street|home street|via|indirizzo|rue|"
    "adresse|ulica|adres|straße|strasse|anschrift|calle|dirección|domicilio",
    "postal_code": "postal code|postcode|post code|zip|zip code|business postal code|home postal code|cap|"
    "code postal|cp|kod pocztowy|kod|plz|postleitzahl|código postal|codigo postal",
    "city": "city|town|business city|home city|città|citta|comune|località|ville|commune|localité|miasto|"
    "miejscowość|ort|stadt|wohnort|ciudad|localidad|población|municipio",
    "region": "region|state|province|county|business state|home state|regione|provincia|région|département|"
    "województwo|bundesland|kanton|estado|comunidad autónoma",
    "country": "country|country/region|business country/region|home country/region|nation|paese|nazione|"
    "stato|pays|kraj|państwo|land|staat|país|nación",
    "language": "language|lang|lingua|langue|język|sprache|idioma|lengua",
    "birth_date": "birthday|birth date|date of birth|dob|data di nascita|compleanno|date de naissance|"
    "anniversaire|data urodzenia|urodziny|geburtsdatum|geburtstag|fecha de nacimiento|cumpleaños",
    "gender": "gender|sex|genere|sesso|sexe|genre|płeć|geschlecht|género|sexo",
    "industry": "industry|sector|settore|secteur|branża|branche|industria",
    "legal_form": "legal form|forma giuridica|forme juridique|forma prawna|rechtsform|forma jurídica",
    "employees": "employees|number of employees|staff|dipendenti|numero dipendenti|salariés|effectif|"
    "employés|pracownicy|liczba pracowników|mitarbeiter|anzahl mitarbeiter|empleados|número de empleados",
    "annual_revenue": "annual revenue|revenue|turnover|fatturato|chiffre d'affaires|przychód|obrót|umsatz|"
    "jahresumsatz|facturación|ingresos",
    "stage": "stage|lifecycle stage|fase|stadio|étape|stade|etap|phase|etapa",
    "source": "source|lead source|origin|fonte|origine|provenienza|źródło|quelle|herkunft|fuente|origen",
    "owner": "owner|account owner|assigned to|responsabile|referente|propriétaire|responsable|opiekun|"
    "właściciel|verantwortlich|zuständig|betreuer|propietario",
    "tags": "tags|tag|labels|label|categories|category|keywords|group membership|etichette|categorie|"
    "étiquettes|catégories|mots-clés|tagi|etykiety|kategorie|schlagwörter|etiquetas|categorías",
    "needs": "needs|need|bisogni|esigenze|besoins|potrzeby|bedürfnisse|bedarf|necesidades",
    "email_ok": "email consent|email opt-in|email ok|newsletter|subscribed|consenso email|"
    "consenso newsletter|consentement email|zgoda email|zgoda na newsletter|einwilligung e-mail|"
    "newsletter-einwilligung|consentimiento email",
    "phone_ok": "phone consent|phone ok|consenso telefono|consentement téléphone|zgoda telefon|"
    "einwilligung telefon|consentimiento teléfono",
    "mail_ok": "post consent|mail ok|postal consent|consenso posta|consentement courrier|zgoda poczta|"
    "einwilligung post|consentimiento correo postal",
    "notes": "notes|note|comments|comment|remarks|description|memo|commenti|osservazioni|remarques|"
    "commentaires|notatki|uwagi|notizen|bemerkung|bemerkungen|kommentar|notas|comentarios|observaciones",
}
_PUNCT = re.compile(r"[\s_.\-:/]+")
_NUMBER_SUFFIX = re.compile(r" 1$")


def _key(header: str) -> str:
    return _NUMBER_SUFFIX.sub("", _PUNCT.sub(" ", sort_key(header)).strip())


_SYNONYM_INDEX: dict[str, str] = {}
for _target, _names in SYNONYMS.items():
    for _name in _names.split("|"):
        _SYNONYM_INDEX.setdefault(_key(_name), _target)


@dataclass
class ColumnMapping:
    """One target per column (None: ignored), new custom fields, and values for every row."""

    targets: list[str | None]
    custom_fields: dict[str, tuple[str, str]] = field(default_factory=dict)  # new key -> (type, label)
    constants: dict[str, str] = field(default_factory=dict)

    def to_json(self, headers: Sequence[str]) -> dict[str, Any]:
        return {
            "version": MAPPING_VERSION,
            "columns": dict(zip(headers, self.targets, strict=True)),
            "custom_fields": {k: {"type": t, "label": label} for k, (t, label) in self.custom_fields.items()},
            "constants": dict(self.constants),
        }

    def dumps(self, headers: Sequence[str]) -> str:
        return json.dumps(self.to_json(headers), ensure_ascii=False, indent=2)


def propose_mapping(
    headers: Sequence[str],
    *,
    layout: str | None = None,
    hints: Mapping[str, str | None] | None = None,
    custom_labels: Mapping[str, str] | None = None,
    field_labels: Mapping[str, str] | None = None,
) -> list[str | None]:
    """A target for each header: the layout's own, a field id, a known label or synonym, a custom field."""
    overrides = {**LAYOUT_OVERRIDES.get(layout or "", {}), **(hints or {})}
    by_label: dict[str, str] = {}
    for field_id, label in (field_labels or {}).items():
        if field_id in TARGETS:
            by_label.setdefault(_key(label), field_id)
    for key, label in (custom_labels or {}).items():
        by_label.setdefault(_key(label), CUSTOM_PREFIX + key)
        by_label.setdefault(_key(key), CUSTOM_PREFIX + key)
    targets: list[str | None] = []
    for header in headers:
        if header in overrides:
            targets.append(overrides[header])
            continue
        stripped = header.strip()
        if stripped in TARGETS:
            targets.append(stripped)
            continue
        if (
            stripped.startswith(CUSTOM_PREFIX)
            and custom_labels
            and stripped[len(CUSTOM_PREFIX) :] in custom_labels
        ):
            targets.append(stripped)
            continue
        key = _key(header)
        targets.append(by_label.get(key) or _SYNONYM_INDEX.get(key))
    return targets


def _bad_mapping(detail: str) -> SourceError:
    return SourceError(i18n.fill(i18n.translate("Import", "The mapping file is not usable: %1"), detail))


def mapping_from_json(
    data: Any, headers: Sequence[str], proposed: Sequence[str | None], existing_custom: Mapping[str, str]
) -> ColumnMapping:
    """A saved mapping applied to ``headers``; columns it does not name keep the ``proposed`` target.

    ``existing_custom`` maps the database's custom field keys to their types.
    """
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise _bad_mapping(i18n.translate("Import", "it is not a segdesk mapping"))
    columns: dict[str, Any] = data.get("columns", {})
    custom_json = data.get("custom_fields", {}) or {}
    if not isinstance(custom_json, dict):
        raise _bad_mapping("custom_fields")
    custom: dict[str, tuple[str, str]] = {}
    for key, spec in custom_json.items():
        value_type = spec.get("type", "text") if isinstance(spec, dict) else "text"
        if value_type not in [t.value for t in CUSTOM_TYPES]:
            raise _bad_mapping(
                i18n.fill(i18n.translate("Import", "unknown custom field type “%1”"), value_type)
            )
        label = spec.get("label", key) if isinstance(spec, dict) else key
        custom[str(key)] = (value_type, str(label))
    targets: list[str | None] = []
    for header, proposal in zip(headers, proposed, strict=True):
        target = columns.get(header, proposal) if header in columns else proposal
        if target is not None and not isinstance(target, str):
            raise _bad_mapping(header)
        targets.append(target)
    mapping = ColumnMapping(targets, {}, {str(k): str(v) for k, v in (data.get("constants") or {}).items()})
    check_targets(mapping, existing_custom, custom)
    return mapping


def check_targets(
    mapping: ColumnMapping, existing_custom: Mapping[str, str], new_custom: Mapping[str, tuple[str, str]]
) -> None:
    """Fill ``mapping.custom_fields`` with the new custom fields it needs; SourceError for unknown targets."""
    for target in list(mapping.targets) + list(mapping.constants):
        if target is None or target in TARGETS:
            continue
        if not target.startswith(CUSTOM_PREFIX) or not _valid_key(target[len(CUSTOM_PREFIX) :]):
            raise _bad_mapping(i18n.fill(i18n.translate("Import", "unknown field “%1”"), target))
        key = target[len(CUSTOM_PREFIX) :]
        if key not in existing_custom and key not in mapping.custom_fields:
            mapping.custom_fields[key] = new_custom.get(key, ("text", key))


def _valid_key(key: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9_]{1,60}", key))
