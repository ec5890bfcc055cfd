"""The menu that asks which server's weekly summary a DM reflection counts in accepts only a
choice it offered: an entry not yet placed, in one of its author's servers. A tampered client
that sends another choice (for an entry already counted in a server, or after her pick) is
told "not available", and the entry stays where it counts. Before, such a choice moved the
entry into the weekly summary of another of her servers."""

from __future__ import annotations

from simcord import UserHandle, assert_responded

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, dm_reflection, forge_select, said


async def _dana_in_two_servers(w: World) -> tuple[UserHandle, int]:
    """Dana, in the world's server and in "Second group"; the id of the second."""
    other = w.env.create_guild("Second group")
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    other.add_member(dana)
    return dana, other.id


async def test_a_choice_after_the_pick_does_not_move_the_entry(world: World) -> None:
    w = world
    dana, other = await _dana_in_two_servers(w)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    ask, _review = done.followups
    repos = bot_of(w.env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    picked = await dana.select(ask, [str(w.guild.id)])
    assert_responded(picked, contains="Counted in the weekly summary of **Consultation**")

    moved = await forge_select(dana, ask, f"sk:cgs:{header.id}", str(other))
    assert said(moved) == NOT_AVAILABLE
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.guild_id == w.guild.id and entry.consent_summary
    listed = await dana.slash("entries")
    opened = await dana.select(listed.response.message, [str(header.id)])
    assert "Weekly group summary: included, in **Consultation**." in said(opened)

    again = await forge_select(dana, ask, f"sk:cgs:{header.id}", str(w.guild.id))
    assert_responded(again, contains="Counted in the weekly summary of **Consultation**")


async def test_an_entry_written_in_a_server_is_not_moved_by_a_forged_choice(world: World) -> None:
    w = world
    dana, other = await _dana_in_two_servers(w)
    repos = bot_of(w.env).repos
    header = await repos.entries.save_page(
        entry_id=None,
        author_id=dana.id,
        kind="sparkle",
        guild_id=w.guild.id,
        answers={"moment": "The client laughed.", "signs": "Shoulders dropped."},
        advance_to=1,
    )
    assert header is not None
    hello = await dana.send_dm("hello")

    moved = await forge_select(dana, hello, f"sk:cgs:{header.id}", str(other))
    assert said(moved) == NOT_AVAILABLE
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.guild_id == w.guild.id
