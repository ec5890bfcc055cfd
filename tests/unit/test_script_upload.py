"""An uploaded script is checked like the shipped ones, with every problem listed."""

from __future__ import annotations

import codecs
import tomllib

import pytest

from bot.conversation.library import ScriptRejected, changed_choices, check_upload, load_shipped
from bot.conversation.roles import Role, ScriptKind
from bot.conversation.script import blank_texts, script_problems, shipped_source

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


def test_shipped_scripts_show_every_text() -> None:
    assert all(blank_texts(script) == [] for script in SHIPPED.values())


@pytest.mark.parametrize(
    "invisible", ["", "   ", "\u200b\u200d", "\u202e\u2066", "\u3164", "\u2800"]
)
def test_a_text_members_read_that_shows_nothing_is_refused_where_it_is(invisible: str) -> None:
    data = _edit("sparkle", MOMENT, f'label = "{invisible}"')
    if invisible == "":
        with pytest.raises(ScriptRejected, match=r"\(label\): String should have at least 1"):
            check_upload(data, SHIPPED[ScriptKind.SPARKLE])
        return
    data = data.replace(b'title = "Your sparkling moment"', f'title = "{invisible}"'.encode())
    with pytest.raises(ScriptRejected) as refused:
        check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    assert [p.split(": ")[0] for p in refused.value.problems] == [
        "page 1 (title)",
        "page 1 question 'moment' (label)",
    ]


def test_a_choice_label_that_shows_nothing_is_refused_and_visible_bidi_text_is_kept() -> None:
    debrief = SHIPPED[ScriptKind.EXCEPTION]
    blank = _edit("exception", 'label = "Trauma"', 'label = "\u200b "')
    with pytest.raises(ScriptRejected, match=r"question 'area' \(choices\): the label of 'trauma'"):
        check_upload(blank, debrief)
    rtl = _edit("exception", 'label = "Trauma"', 'label = "\u202bטראומה\u202c"')
    script, _ = check_upload(rtl, debrief)
    assert script.choice_label(Role.AREA, "trauma") == "\u202bטראומה\u202c"


def test_a_version_stored_before_the_check_still_loads() -> None:
    data = _edit("sparkle", MOMENT, 'label = "\u200b"').decode()
    script, problems = script_problems(tomllib.loads(data))
    assert problems == [] and script is not None and blank_texts(script) != []


class _Store:
    """A script store in memory that keeps each version with the audit record it came with."""

    def __init__(self) -> None:
        self.versions: list[tuple[int, str, str, int, tuple[str, int] | None]] = []

    async def latest(self, guild_id: int, script_id: str) -> tuple[int, str] | None:
        mine = [v for v in self.versions if v[:2] == (guild_id, script_id)]
        return None if not mine else (mine[-1][3], mine[-1][2])

    async def get(self, guild_id: int, script_id: str, version: int) -> str | None:
        return next((v[2] for v in self.versions if v[:2] == (guild_id, script_id)), None)

    async def add(
        self,
        guild_id: int,
        script_id: str,
        source: str,
        *,
        after: int,
        audit: tuple[str, int] | None = None,
    ) -> int:
        version = max([after, *(v[3] for v in self.versions)]) + 1
        self.versions.append((guild_id, script_id, source, version, audit))  # type: ignore[arg-type]
        return version


async def test_a_reset_by_a_member_is_stored_with_its_audit_record() -> None:
    from datetime import UTC, datetime

    from bot.conversation.library import ScriptLibrary

    store = _Store()
    library = ScriptLibrary(store, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    reset = await library.reset(7, "sparkle", actor_id=42)
    assert reset.version == 2
    assert store.versions == [(7, "sparkle", shipped_source("sparkle"), 2, ("reset", 42))]
    await library.reset(7, "sparkle")  # by the bot itself: no member to audit
    assert store.versions[-1][4] is None


async def test_an_upload_by_a_member_is_stored_with_its_audit_and_a_retry_adds_none() -> None:
    from datetime import UTC, datetime

    from bot.conversation.library import ScriptLibrary

    store = _Store()
    library = ScriptLibrary(store, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    data = shipped_source("sparkle").replace("What happened in that moment?", "What went well?")
    saved, added = await library.upload(7, data.encode(), "sparkle", actor_id=42)
    assert added and saved.version == 2
    assert store.versions == [(7, "sparkle", data, 2, ("upload", 42))]
    again, added = await library.upload(7, data.encode(), "sparkle", actor_id=42)
    assert not added and again.version == 2 and len(store.versions) == 1


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: text.encode("utf-8-sig"),  # Notepad's UTF-8 with a byte order mark
        lambda text: text.encode("utf-16"),  # Notepad's "Unicode": a mark, then little endian
        lambda text: ("\ufeff" + text).encode("utf-16-be"),  # "Unicode big endian"
    ],
)
def test_an_encoding_the_file_names_by_its_mark_is_read_without_the_mark(encode) -> None:
    text = _edit("sparkle", MOMENT, 'label = "Qu’est-ce qui a marché ?"').decode()
    script, stored = check_upload(encode(text), SHIPPED[ScriptKind.SPARKLE])
    assert stored == text
    question = script.question("moment")
    assert question is not None and question.label == "Qu’est-ce qui a marché ?"


@pytest.mark.parametrize(
    "data",
    [
        "é".encode("latin-1"),
        "marché".encode("utf-16-le"),  # no mark: nothing says it is UTF-16
        shipped_source("sparkle").encode("utf-16-le"),  # ASCII: every other byte NUL, and
        shipped_source("sparkle").encode("utf-16-be"),  # NUL is UTF-8 too
        shipped_source("sparkle").encode("utf-32-le"),
        codecs.BOM_UTF16_LE + b"\x00",  # a mark, then not UTF-16 after all
    ],
)
def test_text_in_an_encoding_nothing_names_is_refused_saying_how_to_save_it(data: bytes) -> None:
    with pytest.raises(ScriptRejected) as refused:
        check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    (problem,) = refused.value.problems
    assert "not UTF-8" in problem and "save it with the encoding UTF-8" in problem


def test_a_stray_nul_in_utf8_text_is_refused_where_it_is() -> None:
    data = shipped_source("sparkle").replace("\n", "\n\x00", 1).encode()
    with pytest.raises(ScriptRejected) as refused:
        check_upload(data, SHIPPED[ScriptKind.SPARKLE])
    (problem,) = refused.value.problems
    assert "not valid TOML" in problem and "line 2" in problem, problem
