"""The excerpt review names each excerpt by the question its author answered: the wording of
her entry's own script version, never the shipped script's nor a question id."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_questions, open_first_page, said
from tests.e2e.pages import SPARKLE_PAGES
from tests.e2e.test_excerpts import _include
from tests.e2e.test_script_labels_inert import LINK_LABEL, _inert
from tests.e2e.test_setup_script import edited

OUR_MOMENT = "What went well in that session?"
SIGNS = "How could you tell it was going well?"
MOMENT = "The client laughed for the first time in weeks, and then again at the end."
QUOTABLE = "share = true, highlight = true"
SIGNS_TYPED = "Her shoulders dropped and she leaned forward while she told the story."


def _server_wording() -> bytes:
    """The shipped sparkle script, its moment question relabelled and the signs question
    made quotable in the weekly summary."""
    text = shipped_source("sparkle")
    changes = (
        ('label = "What happened in that moment?"', f'label = "{OUR_MOMENT}"'),
        ('role = "signs"\nfeeds = { share = true }', f'role = "signs"\nfeeds = {{ {QUOTABLE} }}'),
    )  # fmt: skip
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text.encode()


async def _written_with_the_server_script(w: World, admin: MemberActor, data: bytes):
    saved = await admin.slash(
        w.channel, "setup script upload", script="sparkle", file=("s.toml", data)
    )
    assert_responded(saved, contains="Saved.", ephemeral=True)
    pages = [{**SPARKLE_PAGES[0], "moment": MOMENT, "signs": SIGNS_TYPED}, *SPARKLE_PAGES[1:]]
    shown = await open_first_page(w.alice, w.channel)
    step = shown
    for index, answers in enumerate(pages):
        step = await w.alice.submit_modal(shown, answers)
        assert step.acknowledged and step.response is not None
        if index < len(pages) - 1:
            shown = await w.alice.click(step.response.message, label="Continue")
    assert "All saved" in said(step)
    return step


async def test_the_review_and_its_edit_form_name_the_questions_as_she_was_asked(
    world: World, admin: MemberActor
) -> None:
    w = world
    recap = await _written_with_the_server_script(w, admin, _server_wording())
    review = await _include(w.alice, recap)
    assert f"From “{OUR_MOMENT}”" in review.content
    assert f"From “{SIGNS}”" in review.content
    assert "From “signs”" not in review.content
    assert "What happened in that moment?" not in review.content
    # in her form's order: the signs were asked on page 1, what she did on page 2
    assert review.content.index(SIGNS) < review.content.index("What were you doing differently?")
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id, limit=1)).items
    stored = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert stored is not None and set(stored.excerpts) == {"moment", "signs", "doing"}

    edit = await w.alice.click(review.message, label="Edit")
    assert [q["label"] for q in modal_questions(edit)] == [
        OUR_MOMENT,
        SIGNS,
        "What were you doing differently?",
    ]

    included = await w.alice.click(review.message, label="Include")
    assert included.acknowledged
    shown = said(included) if included.response is not None else ""
    shown += "".join(m.content for m in included.followups)
    assert "**Included.**" in shown and f"From “{OUR_MOMENT}”" in shown
    assert "From “signs”" not in shown and f"From “{SIGNS}”" in shown


async def test_a_hostile_label_of_her_servers_script_is_shown_inert_in_the_review(
    world: World, admin: MemberActor
) -> None:
    """An admin's wording is not the bot's: a masked link or bold stays as typed, and a
    right-to-left override it leaves open is closed before the bot's own words go on."""
    w = world
    data = edited(
        "sparkle",
        ('label = "What happened in that moment?"', f'label = "{LINK_LABEL}"'),
        ('label = "How could you tell it was going well?"', 'label = "How could you tell?\\u202E"'),
        ('role = "signs"\nfeeds = { share = true }', f'role = "signs"\nfeeds = {{ {QUOTABLE} }}'),
    )
    recap = await _written_with_the_server_script(w, admin, data)
    review = (await _include(w.alice, recap)).content
    assert "From “Verify" in review and "How could you tell?" in review
    _inert(review)
