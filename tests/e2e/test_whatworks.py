"""/whatworks: what works for me across my own reflections, privately, with a chart."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

DAY = 24 * 3600


async def reflect(w: World, author: int, scale: str, doing: str, noticed: str, step: str) -> None:
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None,
        author_id=author,
        kind="sparkle",
        guild_id=w.guild.id,
        answers={
            "moment": "The client smiled.",
            "doing": doing,
            "noticed": noticed,
            "frequency": scale,
            "next_step": step,
        },
        advance_to=3,
        complete=True,
    )
    assert header is not None


@pytest.mark.postgres_too
async def test_no_reflections_yet(world: World) -> None:
    shown = await world.alice.slash(world.channel, "whatworks")
    assert_responded(shown, contains="No complete reflections yet. Write one", ephemeral=True)
    assert shown.response is not None and shown.response.attachments == []
    recent = await world.alice.slash(world.channel, "whatworks", period="30")
    assert_responded(
        recent, contains="No complete reflections in the last 30 days. Write one", ephemeral=True
    )  # not "No complete reflections last 30 days yet"


@pytest.mark.runs_long
async def test_scale_chart_moves_noticing_and_next_steps(world: World) -> None:
    w = world
    await reflect(w, w.alice.id, "3", "I slowed down and paused.", "My supervisor", "Pause more.")
    for _ in range(3):
        await w.env.advance_time(5 * DAY)
    await reflect(w, w.alice.id, "5", "A scaling question, slowly.", "The client", "Ask what else.")
    for _ in range(6):
        await w.env.advance_time(5 * DAY)
    await reflect(w, w.alice.id, "8", "I asked what else.", "", "Keep asking.")
    await reflect(w, w.bob.id, "1", "Bob's own miracle question.", "Bob's peer", "Bob's step")
    draft = await bot_of(w.env).repos.entries.save_page(
        entry_id=None, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers={"moment": "Unfinished.", "frequency": "0"}, advance_to=1,
    )  # fmt: skip
    assert draft is not None

    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert "all time: 3 reflections" in text  # the draft and bob's are not hers to count
    assert "from 3 to 8 (average 5.3)" in text
    assert "Slowing down, pacing (2)" in text and '"What else?" (1)' in text
    assert "Scaling questions (1)" in text and "miracle" not in text.lower()
    assert "My supervisor" in text and "Bob" not in text
    assert text.index("Keep asking.") < text.index("Pause more.")  # newest first
    (chart,) = shown.response.attachments
    assert chart.filename == "what-works.png"
    assert (await chart.read()).startswith(b"\x89PNG")
    assert chart.description is not None
    assert "over 3 reflections, 2026-01-01 to 2026-02-15: first 3, latest 8" in chart.description
    assert w.channel.history() == []  # nothing leaves the private reply

    recent = await w.alice.slash(w.channel, "whatworks", period="30")
    assert recent.response is not None
    assert "last 30 days: 2 reflections" in recent.response.content
    assert "from 5 to 8" in recent.response.content


async def test_a_failure_is_answered(world: World) -> None:
    from simcord import assert_error

    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("database is down")

    bot_of(world.env).repos.practice.complete_entries = broken  # type: ignore[method-assign]
    shown = await world.alice.slash(world.channel, "whatworks")
    assert shown.acknowledged and shown.response is not None
    assert "went wrong" in shown.response.content
    assert_error(world.env, RuntimeError)


async def test_hostile_text_in_her_reflections_is_shown_inert(world: World) -> None:
    w = world
    hostile = "@everyone <@123> **loud** `tick` ||hidden|| \u202eevil\u200b"
    await reflect(w, w.alice.id, "4", "I waited.", hostile, "Wait @here " + "x" * 3000)
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    message = shown.response
    assert len(message.content) <= 2000 and "Wait" in message.content
    stored = w.env.backend.get_message(message.channel_id, message.id)
    assert not stored.ping_user_ids and not stored.ping_role_ids and not stored.mention_everyone
    assert w.channel.history() == []


@pytest.mark.postgres_too
async def test_many_long_reflections_are_all_shown_within_one_message(world: World) -> None:
    """Five of who noticed, five next steps and three follow-ups, each up to 200 characters:
    every section and the closing line are there, the longest texts shortened to fit, not the
    message cut at 2,000 characters in the middle of a line."""
    w = world
    bot = bot_of(w.env)
    for n in range(8):
        answers = {
            "moment": "The client smiled.",
            "doing": "I slowed down.",
            "noticed": f"Noticer {n} " + "who saw it " * 30,
            "frequency": str(n % 11),
            "next_step": f"Step {n} " + "keep going " * 30,
        }
        if n:
            answers["last_step"] = f"Review {n} " + "it went well " * 30
        header = await bot.repos.entries.save_page(
            entry_id=None, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
            answers=answers, advance_to=3, complete=True,
        )  # fmt: skip
        assert header is not None
        await w.env.advance_time(DAY)
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert len(text) <= 2000
    assert text.endswith("Only you can see this.")
    assert "How my next steps went:" in text
    for n in (3, 4, 5, 6, 7):
        assert f"Noticer {n} who saw it" in text and f"Step {n} keep going" in text
    for n in (5, 6, 7):
        assert f"Review {n} it went well" in text
    assert text.count("\n• ") == 13


async def test_her_own_markdown_links_and_bidi_are_shown_as_typed(world: World) -> None:
    """What she typed is hers, shown as typed: a masked link is no link, `# …` no heading, and
    a right-to-left override she left open reverses none of the bot's words after it."""
    w = world
    link = "[my notes](https://evil.example/x)"
    await reflect(
        w, w.alice.id, "4", "I waited.", "# Everyone\n- **me**", "Read " + link + "\u202e"
    )
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert link not in text and "\\[my notes\\](https://evil.example/x)" in text
    assert "\\# Everyone" in text and "\\*\\*me\\*\\*" in text
    assert "\n# " not in text and "\n- " not in text  # her line breaks start no heading or list
    step_line = next(line for line in text.splitlines() if "Read " in line)
    assert step_line.endswith("\u202e\u202c")  # the override she typed is closed on its line
    stored = await bot_of(w.env).repos.practice.complete_entries(w.alice.id, None)
    assert stored[0].answers["next_step"] == "Read " + link + "\u202e"  # stored as typed


async def test_a_cut_never_breaks_an_emoji_or_parts_an_accent_from_its_letter(
    world: World,
) -> None:
    """Who noticed is shown up to 200 characters: a family emoji (five code points joined by
    zero-width joiners) standing across the cut goes whole, not as the man it starts with."""
    w = world
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    noticed = "x" * 197 + family + " and more"
    await reflect(w, w.alice.id, "6", "I waited.", noticed, "Wait again, " + "e\u0301" * 150)
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert "x" * 197 + "…" in text
    assert "\U0001f468" not in text  # not a lone man, nor a couple
    step_line = next(line for line in text.splitlines() if "Wait again" in line)
    body = step_line[step_line.index("Wait again") :]
    assert body.endswith("e\u0301…")  # cut after a whole "é", not between the e and its accent
    stored = await bot_of(w.env).repos.practice.complete_entries(w.alice.id, None)
    assert stored[0].answers["noticed"] == noticed  # stored whole, as typed
