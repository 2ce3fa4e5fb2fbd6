"""People imported with a company name are linked to that company (existing or from the same file)."""

from __future__ import annotations

from pathlib import Path

from segdesk.services.imports import undo_import
from segdesk.store.database import Store
from tests.factories import make_contact
from tests.io.support import contact, run_import, snapshot


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _companies(store: Store) -> tuple[int, int, int]:
    with store.transaction() as session:
        rossi = make_contact(session, kind="company", company_name="Rossi SRL", city="Milano")
        societe = make_contact(session, kind="company", company_name="Société Générale Café")
        twin_a = make_contact(session, kind="company", company_name="Twin Spa")
        make_contact(session, kind="company", company_name="TWIN SPA", city="Roma")
        return rossi.id, societe.id, twin_a.id


PEOPLE = """First name,Last name,Email,Company
Mario,Rossi,mario@rossi.example.it,rossi srl
Anne,Dupont,anne@sg.example.fr,SOCIETE GENERALE CAFE
Gino,Doppio,gino@twin.example.it,Twin Spa
Paola,Sola,paola@example.it,Nessuna Srl
"""


def test_people_are_linked_to_the_one_company_of_that_name(store: Store, tmp_path: Path) -> None:
    rossi, societe, _ = _companies(store)
    before = snapshot(store)
    report = run_import(store, _file(tmp_path, PEOPLE))
    assert report.created == 4
    assert contact(store, first_name="Mario")["company_id"] == rossi
    assert contact(store, first_name="Anne")["company_id"] == societe  # case and accents ignored
    assert contact(store, first_name="Gino")["company_id"] is None  # two companies with that name
    assert contact(store, first_name="Paola")["company_id"] is None  # no such company: none created
    assert contact(store, first_name="Mario")["company_name"] == "rossi srl"  # as the file says

    undo_import(store, report.batch_id or 0)
    after = snapshot(store)
    before["import_batches"] = after["import_batches"]
    assert after == before


def test_a_company_created_by_the_same_import_gets_its_people(store: Store, tmp_path: Path) -> None:
    text = (
        "Kind,First name,Last name,Company,Email\n"
        "person,Luca,Bianchi,Bianchi Caffè,luca@bianchi.example.it\n"
        "company,,,Bianchi Caffè,info@bianchi.example.it\n"
    )
    report = run_import(store, _file(tmp_path, text))
    assert report.created == 2
    company = contact(store, kind="company")
    luca = contact(store, first_name="Luca")
    assert luca["company_id"] == company["id"] and luca["id"] < company["id"]  # ids stay in row order
    undo_import(store, report.batch_id or 0)
    assert snapshot(store, skip=frozenset({"import_batches"}))["contacts"] == []


def test_an_updated_person_is_linked_and_undo_puts_the_old_link_back(store: Store, tmp_path: Path) -> None:
    rossi, societe, _ = _companies(store)
    with store.transaction() as session:
        mario = make_contact(
            session, first_name="Mario", last_name="Rossi", email="mario@rossi.example.it", company_id=societe
        )
        mario_id = mario.id
    before = snapshot(store)
    report = run_import(store, _file(tmp_path, PEOPLE), on_duplicate="update")
    assert report.updated == 1
    assert contact(store, id=mario_id)["company_id"] == rossi
    undo_import(store, report.batch_id or 0)
    after = snapshot(store)
    before["import_batches"] = after["import_batches"]
    assert after == before
    assert contact(store, id=mario_id)["company_id"] == societe
