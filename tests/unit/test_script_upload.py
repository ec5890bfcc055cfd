"""An uploaded script is checked like the shipped ones, with every problem listed."""

from __future__ import annotations

import pytest

from bot.conversation.library import ScriptRejected, changed_choices, check_upload, load_shipped
from bot.conversation.roles import ScriptKind
from bot.conversation.script import shipped_source

SHIPPED = load_shipped()
MOMENT = 'label = "What happened in that moment?"'


def _edit(kind: str, old: str, new: str) -> bytes:
    text = shipped_source(kind)
    assert text.count(old) == 1
    return text.replace(old, new).encode()


def test_the_readme_example_is_accepted() -> None:
    data = _edit("sparkle", MOMENT, 'label = "What happened in that lesson?"')
    script, text = check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    question = script.question("moment")
    assert question is not None and question.label == "What happened in that lesson?"
    assert text == data.decode()


def test_the_readme_example_with_a_made_up_role_is_refused_by_question() -> None:
    data = _edit("sparkle", 'id = "moment"\nrole = "moment"', 'id = "moment"\nrole = "lesson"')
    with pytest.raises(ScriptRejected) as refused:
        check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    (problem,) = refused.value.problems
    assert problem.startswith("page 1 question 'moment' (role): Input should be 'moment', 'signs'")


def test_every_problem_is_listed_not_just_the_first() -> None:
    data = _edit("sparkle", MOMENT, f'label = "{"x" * 46}"\nplaceholder = "{"p" * 101}"')
    data = data.replace(b'placeholder = "Describe the moment', b'# placeholder = "Describe')
    with pytest.raises(ScriptRejected) as refused:
        check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    assert [p.split(":")[0] for p in refused.value.problems] == [
        "page 1 question 'moment' (label)",
        "page 1 question 'moment' (placeholder)",
    ]


def test_relabelled_choices_are_kept_and_dropped_values_are_named() -> None:
    debrief = SHIPPED[ScriptKind.EXCEPTION]
    relabelled = _edit("exception", 'label = "Trauma"', 'label = "Trauma and its effects"')
    script, _ = check_upload(relabelled, debrief)
    assert changed_choices(debrief, script) == []
    dropped = _edit("exception", '{ value = "trauma", label = "Trauma" },', "")
    with pytest.raises(ScriptRejected, match=r"question 'area' \(choices\).*trauma"):
        check_upload(dropped, debrief)


def test_an_upload_for_the_other_conversation_is_refused() -> None:
    with pytest.raises(ScriptRejected, match='keep id = "sparkle"'):
        check_upload(shipped_source("exception").encode(), SHIPPED[ScriptKind.SPARKLE])
