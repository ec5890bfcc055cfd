"""A form left open while the bot restarted still saves what was typed into it: the page forms
are covered by test_sparkle_resume; these are the round's, the share preview's, /hours',
/setup agreement's and the weekly summary excerpt's. Each is submitted after `restart_bot`, to
the new bot instance."""

from __future__ import annotations

from simcord import assert_responded

from bot.app import create_bot
from bot.models import QuoteStatus
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, rows
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    _entry,  # pyright: ignore[reportPrivateUsage]
    posts,
    round_fields,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture


async def test_an_affirmation_form_open_across_a_restart_saves_it(group: Group) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    await w.env.restart_bot(create_bot())
    done = await w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]})
    assert_responded(done, contains="Nobody sees it until the phase ends", ephemeral=True)
    mine = await bot_of(w.env).repos.round.my_affirmation(g.share_id, w.bob.id)
    assert mine is not None and mine.text == "You stayed curious." and mine.anonymous


async def test_share_forms_open_across_a_restart_keep_the_question_and_the_edit(
    group: Group,
) -> None:
    """The key question and the edited text, both typed into forms opened before the restart
    from the same preview, are in the preview shown after it and in the post, and nothing is
    posted before the author confirms."""
    g, w = group, group.w
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    edit = await w.alice.click(preview.response.message, label="Edit text")
    assert asked.modal is not None and edit.modal is not None
    await w.env.restart_bot(create_bot())
    shown = await w.alice.submit_modal(asked, {"question": "What else could I try?"})
    assert_responded(shown, contains="Preview with your key question", ephemeral=True)
    edited = await w.alice.submit_modal(edit, {"text": "The client laughed; I slowed down."})
    assert_responded(edited, contains="Preview of your edited text", ephemeral=True)
    assert posts(w) == []
    assert edited.response is not None
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    message = the_post(w)
    assert message.embeds[0].description == "The client laughed; I slowed down."
    assert round_fields(message)["What the presenter would like from the group"] == (
        "What else could I try?"
    )
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message.id


async def test_an_hours_form_open_across_a_restart_logs_it_once(world: World) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    await w.env.restart_bot(create_bot())
    done = await w.alice.submit_modal(shown, TYPED)
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.start_time) == (w.alice.id, 90, "14:00")


async def test_the_agreement_form_open_across_a_restart_saves_it(group: Group) -> None:
    g, w = group, group.w
    shown = await g.admin.slash(w.channel, "setup agreement")
    assert shown.modal is not None
    await w.env.restart_bot(create_bot())
    done = await g.admin.submit_modal(shown, {"agreement": "We keep what is said here."})
    assert_responded(done, contains="Saved.", ephemeral=True)
    assert done.response is not None
    assert done.response.embeds[0].description == "We keep what is said here."
    assert await bot_of(w.env).repos.round.agreement(w.guild.id) == "We keep what is said here."


async def test_an_excerpt_edit_form_open_across_a_restart_saves_it_anonymized(
    world: World,
) -> None:
    """Her wording of the excerpt, typed into the Edit form opened before the restart, is
    stored (anonymized), shown to her again and waits for her Include: nothing is lost and
    nothing is approved that she has not seen."""
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    assert form.modal is not None
    await w.env.restart_bot(create_bot())
    typed = "She laughed, then phoned me on 555-201-3344 to say so."
    done = await w.alice.submit_modal(form, {"moment": typed})
    assert done.acknowledged and done.ephemeral and done.response is not None
    assert "She laughed, then phoned me on" in done.response.content
    assert "555-201-3344" not in done.response.content
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.PENDING
    assert entry.excerpts["moment"].startswith("She laughed, then phoned me on")
    assert "555-201-3344" not in entry.excerpts["moment"]
    assert w.channel.history() == []
