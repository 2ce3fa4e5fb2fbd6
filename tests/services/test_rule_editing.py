"""What the rule editor asks of the services: defaults, value shapes, countable drafts, value lists,
drafts and saving, rule files."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from segdesk.domain.fields import DEFAULT_CATALOGUE, FieldType
from segdesk.domain.rule_validation import validate
from segdesk.domain.rules import Condition, Group, parse_rules, to_json
from segdesk.services import segments
from segdesk.services.errors import UserError
from segdesk.services.rule_editing import (
    EditorKind,
    change_field,
    change_operator,
    countable,
    new_condition,
    preview_ids,
    problems_by_path,
    template_choices,
    value_choices,
    value_kind,
)
from segdesk.services.segment_drafts import (
    SegmentDraft,
    read_rules_file,
    save_draft,
    segment_draft,
    write_rules_file,
)
from segdesk.store.database import Store
from segdesk.store.models import SegmentListEntry, TeamMember
from tests.ui.conftest import fill

T = date(2026, 11, 1)


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    fill(sqlite_store)
    with sqlite_store.transaction() as session:
        session.add(TeamMember(name="Giulia", active=True))
    return sqlite_store


def test_every_field_gets_a_default_condition_of_its_type() -> None:
    for fld in DEFAULT_CATALOGUE:
        condition = new_condition(fld)
        assert condition.op in fld.operators
        complete = validate(Group("all", [condition]), DEFAULT_CATALOGUE)
        needs_a_choice = value_kind(fld, condition.op) in (EditorKind.TEXT_LIST, EditorKind.SEGMENT)
        needs_typing = (
            fld.type in (FieldType.TEXT, FieldType.NUMBER, FieldType.MONEY) and condition.value is None
        )
        assert not complete or needs_a_choice or needs_typing, (fld.id, complete)
    assert new_condition(DEFAULT_CATALOGUE["city"]).op == "in"
    assert new_condition(DEFAULT_CATALOGUE["last_contact_at"]).value == {"amount": 90, "unit": "days"}


@pytest.mark.parametrize(
    ("field", "op", "kind"),
    [
        ("city", "contains", EditorKind.TEXT),
        ("city", "in", EditorKind.TEXT_LIST),
        ("total_spent", "eq", EditorKind.NUMBER),
        ("age", "between", EditorKind.NUMBER_RANGE),
        ("birth_date", "between", EditorKind.DATE_RANGE),
        ("birth_date", "before", EditorKind.DATE),
        ("last_contact_at", "older_than", EditorKind.RELATIVE),
        ("created_at", "in_period", EditorKind.PERIOD),
        ("segment", "not_in_segment", EditorKind.SEGMENT),
        ("email_ok", "is_true", EditorKind.NONE),
        ("tags", "includes_all", EditorKind.TEXT_LIST),
    ],
)
def test_value_kinds(field: str, op: str, kind: EditorKind) -> None:
    assert value_kind(DEFAULT_CATALOGUE[field], op) is kind


def test_changing_the_operator_keeps_what_still_fits() -> None:
    city = DEFAULT_CATALOGUE["city"]
    listed = Condition("city", "in", ["Milano", "Torino"])
    assert change_operator(listed, city, "not_in").value == ["Milano", "Torino"]
    assert change_operator(listed, city, "eq").value == "Milano"
    assert change_operator(Condition("city", "eq", "Lyon"), city, "in").value == ["Lyon"]
    assert change_operator(listed, city, "is_empty").value is None
    spent = DEFAULT_CATALOGUE["total_spent"]
    assert change_operator(Condition("total_spent", "gte", 500), spent, "between").value == [500, 500]
    birth = DEFAULT_CATALOGUE["birth_date"]
    assert change_operator(Condition("birth_date", "within_last", None), birth, "on", T).value == "2026-11-01"
    assert change_operator(Condition("birth_date", "on", "2020-01-02"), birth, "between").value == [
        "2020-01-02",
        "2020-01-02",
    ]
    moved = change_field(Condition("total_spent", "gte", 5, None), DEFAULT_CATALOGUE["purchase_count"])
    assert (moved.field, moved.op, moved.value) == ("purchase_count", "gte", 5)
    assert change_field(listed, DEFAULT_CATALOGUE["email_ok"]).op == "is_true"


def test_a_half_edited_rule_counts_without_its_incomplete_parts() -> None:
    tree = parse_rules(
        {
            "version": 1,
            "match": "all",
            "rules": [
                {"field": "city", "op": "in", "value": []},
                {"match": "any", "rules": [{"field": "stage", "op": "in", "value": ["nope"]}]},
                {"match": "any", "rules": []},
                {"field": "email_ok", "op": "is_true"},
                {
                    "match": "none",
                    "rules": [{"field": "age", "op": "gt"}, {"field": "mail_ok", "op": "is_false"}],
                },
            ],
        }
    )
    plan = countable(tree, DEFAULT_CATALOGUE)
    assert plan.doc == {
        "version": 1,
        "match": "all",
        "rules": [
            {"field": "email_ok", "op": "is_true"},
            {"match": "none", "rules": [{"field": "mail_ok", "op": "is_false"}]},
        ],
    }
    assert plan.paths == {(): (), (0,): (3,), (1,): (4,), (1, 0): (4, 1)}
    assert plan.skipped == 3
    problems = problems_by_path(tree, DEFAULT_CATALOGUE)
    assert set(problems) == {(0,), (1, 0), (2,), (4, 0)}


def test_value_choices_come_from_options_or_the_database(filled: Store) -> None:
    stage = value_choices(filled, DEFAULT_CATALOGUE["stage"])
    assert [c.value for c in stage][:2] == ["lead", "prospect"]
    assert stage[3].label == "Loyal customer"
    cities = value_choices(filled, DEFAULT_CATALOGUE["city"])
    assert {c.value for c in cities} == {"Milano", "Torino", "Kraków", "Lyon", "Sevilla"}
    assert all(c.count == 6 for c in cities)
    assert [c.value for c in value_choices(filled, DEFAULT_CATALOGUE["owner"])] == ["Giulia"]
    assert [c.value for c in value_choices(filled, DEFAULT_CATALOGUE["segment"])] == ["VIP Milano"]
    assert value_choices(filled, DEFAULT_CATALOGUE["email"]) == []


def test_preview_ids_are_the_first_matching_contacts(filled: Store) -> None:
    rules = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "in", "value": ["milano"]}]}
    everyone = segments.segment_member_ids(filled, T, rules=rules)
    assert preview_ids(filled, rules, T) == everyone
    assert preview_ids(filled, rules, T, limit=2) == everyone[:2]


def test_saving_drafts_dynamic_static_renamed_and_stale(filled: Store) -> None:
    rules = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "in", "value": ["Lyon"]}]}
    with pytest.raises(UserError, match="needs a name"):
        save_draft(filled, SegmentDraft(rules=rules), T)
    with pytest.raises(UserError, match="already a segment"):
        save_draft(filled, SegmentDraft(name="VIP Milano", rules=rules), T)
    bad = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "greater", "value": 1}]}
    with pytest.raises(UserError, match="unknown operator"):
        save_draft(filled, SegmentDraft(name="Bad", rules=bad), T)
    new_id = save_draft(
        filled,
        SegmentDraft(name="Lyon", rules=rules, description="In Lyon", owner="Giulia", colour="#188038"),
        T,
        now=datetime(2026, 11, 1, 9),
    )
    draft = segment_draft(filled, new_id)
    assert (draft.owner, draft.description, draft.version, draft.is_static) == ("Giulia", "In Lyon", 1, False)
    assert segments.count_segment(filled, "Lyon", T).matched == 6

    draft.name, draft.is_static = "Lyon frozen", True
    assert save_draft(filled, draft, T) == new_id
    frozen = segment_draft(filled, new_id)
    assert (frozen.name, frozen.is_static, frozen.members, frozen.version) == ("Lyon frozen", True, 6, 2)
    with filled.sessions() as session:
        members = sorted(
            session.scalars(select(SegmentListEntry.contact_id).where(SegmentListEntry.segment_id == new_id))
        )
    assert members == segments.segment_member_ids(filled, T, rules=rules)
    with pytest.raises(UserError, match="meanwhile"):
        save_draft(filled, draft, T)  # still version 1: someone (we) saved since

    reopened = segment_draft(filled, new_id)
    assert reopened.was_static and reopened.keeps_members()
    reopened.rules = {"version": 1, "match": "all", "rules": []}  # a static segment's rules are not kept
    reopened.colour = "#d93025"
    save_draft(filled, reopened, T)
    assert segment_draft(filled, new_id).members == 6  # renaming or recolouring keeps the hand-picked list
    reopened = segment_draft(filled, new_id)
    reopened.rules, reopened.refreeze = (
        rules | {"rules": [{"field": "city", "op": "in", "value": ["Milano"]}]},
        True,
    )
    save_draft(filled, reopened, T)
    assert segment_draft(filled, new_id).members == 6  # Milano: six contacts too, but others
    with filled.sessions() as session:
        again = sorted(
            session.scalars(select(SegmentListEntry.contact_id).where(SegmentListEntry.segment_id == new_id))
        )
    assert again != members

    cycle = {
        "version": 1,
        "match": "all",
        "rules": [{"field": "segment", "op": "in_segment", "value": "Loop"}],
    }
    with pytest.raises(UserError):
        save_draft(filled, SegmentDraft(name="Loop", rules=cycle), T)


def test_rule_files_round_trip_and_bad_files_say_why(tmp_path: Path) -> None:
    tree = parse_rules({"version": 1, "match": "any", "rules": [{"field": "email_ok", "op": "is_true"}]})
    path = tmp_path / "out" / "rules.json"
    write_rules_file(path, tree)
    assert json.loads(path.read_text(encoding="utf-8")) == to_json(tree)
    assert read_rules_file(path) == tree
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad\.json does not hold segment rules: not valid JSON"):
        read_rules_file(tmp_path / "bad.json")


def test_templates_are_valid_rules() -> None:
    choices = template_choices()
    assert len(choices) > 10
    for choice in choices:
        tree = parse_rules(choice.rules)
        assert isinstance(tree, Group) and choice.name and choice.description
