"""The script loader refuses scripts Discord would refuse, naming the question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.conversation.roles import Role
from bot.conversation.script import (
    ScriptError,
    distinct_choices,
    library,
    load_script,
    parse_script,
    repeated_choices,
)

# The roles a sparkle script must have, besides the moment on page 1.
REST = [
    {"id": "did", "label": "What did you do?", "role": "doing"},
    {"id": "often", "label": "How often? (0-10)", "role": "scale", "kind": "scale"},
    {"id": "step", "label": "Next step?", "role": "next_step"},
]


def _script(**question: Any) -> dict[str, Any]:
    q = {"id": "moment", "label": "What happened?", "role": "moment"} | question
    pages = [{"title": "Page", "questions": [q]}, {"title": "Rest", "questions": list(REST)}]
    return {"id": "sparkle", "name": "Demo", "pages": pages}


def test_shipped_scripts_load() -> None:
    scripts = library()
    assert "sparkle" in scripts
    assert [len(p.questions) for p in scripts["sparkle"].pages] == [3, 4, 3]


def test_label_over_45_characters_is_refused_naming_the_question() -> None:
    with pytest.raises(ScriptError, match=r"page 1 question 'moment' \(label\).*45"):
        parse_script(_script(label="x" * 46))


def test_label_of_exactly_45_characters_is_accepted() -> None:
    assert parse_script(_script(label="x" * 45)).pages[0].questions[0].label == "x" * 45


def test_placeholder_over_100_characters_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"question 'moment' \(placeholder\).*100"):
        parse_script(_script(placeholder="p" * 101))


def test_max_length_over_4000_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"question 'moment' \(max_length\).*4000"):
        parse_script(_script(max_length=4001))


def test_modal_title_over_45_characters_is_refused() -> None:
    data = _script()
    data["pages"][0]["title"] = "t" * 46
    with pytest.raises(ScriptError, match=r"page 1 \(title\).*45"):
        parse_script(data)


def test_more_than_five_questions_a_page_is_refused() -> None:
    data = _script()
    roles = ["moment", "signs", "saying", "how", "noticed", "experiencing"]
    data["pages"][0]["questions"] = [
        {"id": f"q{i}", "label": "Question", "role": role} for i, role in enumerate(roles)
    ]
    with pytest.raises(ScriptError, match=r"page 1.*6 questions.*at most 5"):
        parse_script(data)


def test_guidance_is_kept_and_limited_to_300_characters() -> None:
    data = _script()
    data["pages"][0]["guidance"] = "g" * 300
    assert parse_script(data).pages[0].guidance == "g" * 300
    data["pages"][0]["guidance"] = "g" * 301
    with pytest.raises(ScriptError, match=r"page 1 \(guidance\).*300"):
        parse_script(data)


def test_guidance_on_a_page_of_five_questions_is_refused() -> None:
    data = _script()
    roles = ["moment", "signs", "saying", "how", "noticed"]
    data["pages"][0]["questions"] = [
        {"id": f"q{i}", "label": "Question", "role": role} for i, role in enumerate(roles)
    ]
    assert len(parse_script(data).pages[0].questions) == 5
    data["pages"][0]["guidance"] = "Take your time."
    with pytest.raises(ScriptError, match=r"page 1.*5 questions and guidance.*at most 5 parts"):
        parse_script(data)


def test_duplicate_question_ids_are_refused() -> None:
    data = _script()
    data["pages"].append(
        {"title": "Two", "questions": [{"id": "moment", "label": "Again", "role": "signs"}]}
    )
    with pytest.raises(ScriptError, match="'moment' is used twice"):
        parse_script(data)


def test_a_choice_value_given_twice_is_named_and_shown_once() -> None:
    choices = [
        {"value": "a", "label": "First"},
        {"value": "b", "label": "Bee"},
        {"value": "a", "label": "Second"},
    ]
    data = _script()
    topic = {"id": "topic", "label": "Topic", "role": "signs", "kind": "choice"}
    data["pages"][0]["questions"].append(topic | {"choices": choices})
    script = parse_script(data)
    assert repeated_choices(script) == [
        "page 1 question 'topic' (choices): the value 'a' is used twice; "
        "give each choice its own value"
    ]
    question = script.pages[0].questions[1]
    assert [(c.value, c.label) for c in distinct_choices(question)] == [
        ("a", "First"),
        ("b", "Bee"),
    ]
    assert repeated_choices(library()["exception"]) == []


def test_a_choice_question_needs_choices() -> None:
    with pytest.raises(ScriptError, match="needs 1 to 25 choices"):
        parse_script(_script(kind="choice"))


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ScriptError, match="labl"):
        parse_script(_script(labl="typo"))


def test_a_broken_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("id = [", encoding="utf-8")
    with pytest.raises(ScriptError, match=r"bad\.toml"):
        load_script(path)


def test_an_unknown_role_is_refused_naming_the_question() -> None:
    with pytest.raises(ScriptError, match=r"page 1 question 'moment' \(role\)"):
        parse_script(_script(role="mood"))


def test_a_missing_required_role_is_refused_naming_it() -> None:
    data = _script()
    data["pages"][1]["questions"] = REST[:2]
    with pytest.raises(
        ScriptError, match="sparkle script needs questions with the roles: next_step"
    ):
        parse_script(data)


def test_a_role_given_twice_is_refused() -> None:
    data = _script()
    data["pages"][1]["questions"].append({"id": "again", "label": "Again?", "role": "doing"})
    with pytest.raises(ScriptError, match="role 'doing' is given to two questions"):
        parse_script(data)


def test_a_numeric_role_must_be_asked_as_a_number() -> None:
    data = _script()
    data["pages"][1]["questions"][1] = REST[1] | {"kind": "text"}
    with pytest.raises(ScriptError, match=r"question 'often'.*role 'scale' must be of kind scale"):
        parse_script(data)


def test_an_unknown_script_kind_is_refused() -> None:
    with pytest.raises(ScriptError, match=r"\(id\).*'sparkle' or 'exception'"):
        parse_script(_script() | {"id": "demo"})


def test_answers_are_read_by_role() -> None:
    script = parse_script(_script())
    answers = {"moment": "It clicked.", "often": "7", "unrelated": "x"}
    by_role = script.answers_by_role(answers)
    assert by_role[Role.MOMENT] == "It clicked."
    assert by_role[Role.SCALE] == "7"
    assert by_role[Role.NEXT_STEP] == ""
    assert "x" not in by_role.values()
    assert script.answer(answers, Role.SCALE) == "7"
    assert script.answer(answers, Role.AREA) == ""
