"""The recap and /entries cards, laid out in layout components: what the user sees, what the
database holds, and the unhappy paths (a failed edit, an entry gone, every answer at its limit)."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import InteractionResult, MemberActor
from simcord.components import walk_components

from bot.app import create_bot
from bot.conversation.script import QuestionKind, Script, fits_a_select, get_script
from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    forge_click,
    open_first_page,
    said,
    shown_answers,
    stored,
    stored_entry,
    texts,
)

# The subject (layout and rendering) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

NO, YES = "Include in weekly group summary: No", "Include in weekly group summary: Yes"
SHORTENED = "long answers are shortened here; /export has them in full"


def _types(result: InteractionResult) -> list[int]:
    """The kinds of the reply's top-level components (10 text, 17 container, 1 row)."""
    assert result.response is not None
    return [c["type"] for c in result.response.components]


def _laid_out(result: InteractionResult) -> None:
    """A reply in layout components only: private, no content, no embeds."""
    assert result.acknowledged and result.ephemeral and result.response is not None
    assert result.response.message.flags.components_v2
    assert result.response.content == "" and result.response.embeds == []


def _as_shown(script: Script, answers: dict[str, str]) -> dict[str, str]:
    """The answers as a card shows them: a scale out of its top."""
    shown = {}
    for q in script.questions():
        if q.id in answers:
            value = answers[q.id]
            shown[q.label] = f"{value} / {q.max_value}" if q.kind is QuestionKind.SCALE else value
    return shown


async def _recap(w: World, actor: MemberActor | None = None) -> InteractionResult:
    actor = actor or w.alice
    shown = await open_first_page(actor, w.channel)
    result = shown
    for index, page in enumerate(SPARKLE_PAGES):
        result = await actor.submit_modal(shown, page)
        assert result.response is not None
        if index < len(SPARKLE_PAGES) - 1:
            shown = await actor.click(result.response.message, label="Continue")
    return result


async def _open(w: World, entry_id: int) -> InteractionResult:
    listing = await w.alice.slash(w.channel, "entries")
    assert listing.response is not None
    return await w.alice.select(listing.response.message, [str(entry_id)])


async def test_the_recap_is_one_container_of_answers_with_its_actions_below(world: World) -> None:
    w = world
    recap = await _recap(w)
    _laid_out(recap)
    assert _types(recap) == [10, 17, 1]  # what happened, the entry, its actions
    assert texts(recap)[:2] == [
        "**All saved.** Here is your recap. Nothing is shared unless you choose to.",
        "## Recap: Sparkling-moment reflection",
    ]
    script = get_script("sparkle")
    assert shown_answers(recap) == _as_shown(script, stored(*SPARKLE_PAGES))
    assert texts(recap)[-1] == "-# Started 1 Jan 2026"
    assert buttons(recap) == ["Share anonymized", NO, "Done"]
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and not record.is_draft and not record.consent_summary
    assert record.answers == stored(*SPARKLE_PAGES)


async def test_consent_and_done_on_the_recap_change_only_its_buttons(world: World) -> None:
    w = world
    recap = await _recap(w)
    assert recap.response is not None
    before = texts(recap)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items

    toggled = await w.alice.click(recap.response.message, label=NO)
    assert toggled.acknowledged and toggled.response is not None
    assert texts(toggled) == before and buttons(toggled) == ["Share anonymized", YES, "Done"]
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.consent_summary

    done = await w.alice.click(toggled.response.message, label="Done")
    assert done.acknowledged and done.response is not None
    assert texts(done) == before and buttons(done) == []
    assert 1 not in [c["type"] for c in walk_components(done.response.components)]  # no row
    assert await bot_of(w.env).repos.entries.get(entry.id, w.alice.id) == record  # unchanged


async def test_an_entry_card_is_drawn_again_when_its_consent_changes(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    answers = stored(*SPARKLE_PAGES)
    entry_id = await stored_entry(bot, w.alice.id, answers, guild_id=w.guild.id)
    card = await _open(w, entry_id)
    _laid_out(card)
    assert _types(card) == [10, 17, 1]
    assert texts(card)[0] == "Weekly group summary: not included."
    assert texts(card)[1] == f"## Sparkling-moment reflection #{entry_id}"
    assert shown_answers(card) == _as_shown(get_script("sparkle"), answers)
    assert buttons(card) == ["Share anonymized", NO, "Delete"]

    assert card.response is not None
    toggled = await w.alice.click(card.response.message, label=NO)
    assert toggled.response is not None
    assert texts(toggled)[0].startswith("Weekly group summary: included, in **Consultation**.")
    assert buttons(toggled) == ["Share anonymized", YES, "Review excerpt", "Delete"]
    assert shown_answers(toggled) == shown_answers(card)
    record = await bot.repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.consent_summary


async def test_a_failed_edit_still_answers_and_the_choice_is_kept(world: World) -> None:
    w = world
    recap = await _recap(w)
    assert recap.response is not None
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    w.env.inject_error(
        "POST", "/interactions/*/callback", status=404, code=10008, message="Unknown Message"
    )
    refused = await w.alice.click(recap.response.message, label=NO)
    assert refused.acknowledged and refused.ephemeral and refused.response is not None
    assert refused.response.content == (
        "Saved: this entry is included in the weekly group summary. I couldn't update the "
        "buttons above; `/entries` shows the entry as it is now."
    )
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.consent_summary
    assert buttons(recap) == ["Share anonymized", NO, "Done"]  # the recap is as it was

    again = await w.alice.click(recap.response.message, label=NO)  # the stale button: no harm
    assert again.response is not None and buttons(again) == ["Share anonymized", YES, "Done"]
    assert (await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)) == record

    w.env.inject_error("POST", "/interactions/*/callback", status=403, code=50001)
    failed = await w.alice.click(again.response.message, label="Done")
    assert failed.acknowledged and "something went wrong on our side" in said(failed)
    # SimCord may or may not keep an error re-raised from a click; if it does, it is this one.
    assert all(isinstance(getattr(e, "original", e), discord.Forbidden) for e in w.env.errors)
    done = await w.alice.click(again.response.message, label="Done")  # trying again works
    assert done.response is not None and buttons(done) == [] and texts(done) == texts(recap)


async def test_an_entry_deleted_in_another_window_answers_not_available(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    entry_id = await stored_entry(bot, w.alice.id, stored(*SPARKLE_PAGES), guild_id=w.guild.id)
    card = await _open(w, entry_id)
    other = await _open(w, entry_id)  # the same entry, open twice
    assert other.response is not None and card.response is not None
    asked = await w.alice.click(other.response.message, label="Delete")
    assert asked.response is not None
    deleted = await w.alice.click(asked.response.message, label="Delete entry")
    assert f"Entry #{entry_id} deleted." in said(deleted)
    assert await bot.repos.entries.get(entry_id, w.alice.id) is None

    for label in ("Share anonymized", NO, "Delete"):
        stale = await w.alice.click(card.response.message, label=label)
        assert stale.acknowledged and stale.ephemeral and stale.response is not None
        assert stale.response.content == NOT_AVAILABLE
        assert stale.response.components == [] and stale.response.embeds == []
    assert texts(card) != [] and await bot.repos.entries.get(entry_id, w.alice.id) is None


def _maximal(script: Script) -> dict[str, str]:
    """Every answer as long or as large as the script allows."""
    answers = {}
    for q in script.questions():
        if q.kind is QuestionKind.TEXT:
            answers[q.id] = ("Calm steady words " * q.max_length)[: q.max_length].strip()
        elif q.kind is QuestionKind.CHOICE:
            answers[q.id] = q.choices[-1].value
        else:
            answers[q.id] = str(q.max_value)
    return answers


async def test_a_maximal_entry_fits_and_says_where_the_full_text_is(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    for kind in ("sparkle", "exception"):
        script = get_script(kind)
        answers = _maximal(script)
        entry_id = await stored_entry(bot, w.alice.id, answers, guild_id=w.guild.id, kind=kind)
        card = await _open(w, entry_id)  # Discord's limits are checked as the reply is sent
        _laid_out(card)
        shown = texts(card)
        assert sum(len(t) for t in shown) <= 4000 and shown[-1].endswith(SHORTENED)
        assert list(shown_answers(card)) == [q.label for q in script.questions()]
        for q in script.questions():
            value = shown_answers(card)[q.label]
            if q.kind is QuestionKind.TEXT and value != answers[q.id]:  # cut at a word, visibly
                assert value.endswith("…") and answers[q.id].startswith(value[:-1].rstrip())
                assert len(value) >= 40 and answers[q.id][len(value) - 1] in " …"
            elif q.kind is QuestionKind.CHOICE:
                assert value == q.choices[-1].label
        record = await bot.repos.entries.get(entry_id, w.alice.id)
        assert record is not None and record.answers == answers  # stored in full


async def test_a_maximal_recap_is_sent_whole(world: World) -> None:
    w = world
    script = get_script("sparkle")
    answers = _maximal(script)
    shown = await open_first_page(w.alice, w.channel)
    result = shown
    for index, page in enumerate(script.pages):
        typed: dict[str, Any] = {
            q.id: [answers[q.id]]
            if q.kind is QuestionKind.SCALE and fits_a_select(q)
            else answers[q.id]
            for q in page.questions
            if q.id
            in {
                c["component"]["custom_id"]
                for c in (shown.modal or {})["components"]
                if "component" in c
            }
        }
        result = await w.alice.submit_modal(shown, typed)
        assert result.response is not None
        if result.response.content.startswith("**Saved privately.**"):
            result = await w.alice.click(result.response.message, label="Keep")
            assert result.response is not None
        if index < len(script.pages) - 1:
            shown = await w.alice.click(result.response.message, label="Continue")
    _laid_out(result)
    assert "All saved" in said(result) and texts(result)[-1].endswith(SHORTENED)
    assert sum(len(t) for t in texts(result)) <= 4000
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and not record.is_draft
    assert all(record.answers[k] == v for k, v in answers.items() if k in record.answers)


async def test_buttons_on_a_recap_sent_as_an_embed_still_answer_as_before(world: World) -> None:
    """A message from before the layout: its text is content and an embed, and stays so."""
    w = world
    bot = bot_of(w.env)
    entry_id = await stored_entry(bot, w.alice.id, stored(*SPARKLE_PAGES), guild_id=w.guild.id)
    privacy = await w.alice.slash(w.channel, "privacy")  # an ephemeral embed, as old recaps were
    assert privacy.response is not None and privacy.response.embeds
    old = privacy.response.message
    assert not old.flags.components_v2

    toggled = await forge_click(w.alice, old, f"sk:consent:{entry_id}:1")
    assert toggled.acknowledged and toggled.response is not None
    assert not toggled.response.message.flags.components_v2
    assert toggled.response.embeds == privacy.response.embeds  # the text is untouched
    assert buttons(toggled) == ["Share anonymized", YES, "Done"]
    record = await bot.repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.consent_summary

    done = await forge_click(w.alice, toggled.response.message, f"sk:done:{entry_id}:0")
    assert done.response is not None and done.response.components == []
    assert done.response.embeds == privacy.response.embeds


async def test_a_laid_out_recap_keeps_working_after_a_restart(world: World) -> None:
    w = world
    recap = await _recap(w)
    assert recap.response is not None
    await w.env.restart_bot(create_bot())
    toggled = await w.alice.click(recap.response.message, label=NO)
    assert toggled.response is not None
    assert texts(toggled) == texts(recap) and buttons(toggled) == ["Share anonymized", YES, "Done"]
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.consent_summary
