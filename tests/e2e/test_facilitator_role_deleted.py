"""The facilitator role deleted on Discord after /setup facilitator chose it. Its former holders
are told, when refused, that the role was deleted and who can choose another (not only "only
facilitators can"); /setup show tells the admin the setting points at a deleted role and what
to do; once another role is chosen, its holders are facilitators and nothing says "deleted"."""

from __future__ import annotations

from typing import Any

from simcord import InteractionResult, MemberActor, assert_responded

from bot.round import Phase
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, share_with_question, the_post
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_summary_flow import members_reflected


async def _role_deleted(w: World, role_id: int) -> None:
    """A moderator deletes the role on Discord."""
    w.env.backend.delete_role(w.guild.id, role_id)
    await w.env.settle()


def _told_role_deleted(result: InteractionResult) -> None:
    assert_responded(result, ephemeral=True)
    told = result.response.content  # type: ignore[union-attr]
    assert "facilitator role was deleted" in told and "`/setup facilitator`" in told, told
    assert "Manage Server" in told, told  # who the facilitators are meanwhile


def _role_line(shown: InteractionResult) -> str:
    assert_responded(shown, ephemeral=True)
    (line,) = [x for x in shown.response.content.splitlines() if "Facilitator role" in x]  # type: ignore[union-attr]
    return line


async def test_a_deleted_facilitator_role_is_named_to_those_refused_and_to_the_admin(
    world: World, facilitation: Any
) -> None:
    w = world
    admin, fiona, facilitators, _weekly = facilitation
    saved = await admin.slash(w.channel, "setup facilitator", role=facilitators)
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert_responded(await fiona.slash(w.channel, "summary"), ephemeral=True)
    assert (
        "Only the server's facilitators"
        not in (await fiona.slash(w.channel, "summary")).response.content
    )  # type: ignore[union-attr]

    await _role_deleted(w, facilitators.id)
    _told_role_deleted(await fiona.slash(w.channel, "summary"))
    _told_role_deleted(await fiona.slash(w.channel, "hours pending"))
    line = _role_line(await admin.slash(w.channel, "setup show"))
    assert f"<@&{facilitators.id}>" in line and "deleted" in line, line
    assert "`/setup facilitator`" in line, line
    # the setting itself is kept as chosen until an admin chooses another
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.facilitator_role_id == facilitators.id
    assert w.channel.history() == []  # nothing public, no ping

    again = w.guild.create_role("Group leads")
    lead: MemberActor = w.guild.add_member(w.env.create_user("lena"), roles=[again])
    done = await admin.slash(w.channel, "setup facilitator", role=again)
    assert_responded(done, contains="Saved.", ephemeral=True)
    assert "deleted" not in done.response.content
    assert "deleted" not in _role_line(await admin.slash(w.channel, "setup show"))
    pulled = await lead.slash(w.channel, "summary")
    assert_responded(pulled, ephemeral=True)
    assert "Only the server's facilitators" not in pulled.response.content  # type: ignore[union-attr]
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).facilitator_role_id == again.id


async def test_a_summary_preview_clicked_after_the_role_was_deleted_posts_nothing_and_says_why(
    world: World, facilitation: Any
) -> None:
    w = world
    _admin, fiona, facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert_responded(preview, ephemeral=True)
    await _role_deleted(w, facilitators.id)
    clicked = await fiona.click(preview.response.message, label="Post to the summary channel")
    _told_role_deleted(clicked)
    assert weekly.history() == [] and w.channel.history() == []
    repos = bot_of(w.env).repos
    assert await repos.outbox.summaries_of(w.guild.id) == []
    assert await repos.audit.kinds("summary_post") == []


async def test_a_facilitator_whose_role_was_deleted_is_told_why_she_cannot_move_a_round_on(
    group: Group,
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await _role_deleted(w, g.facilitators.id)
    refused = await g.fiona.click(the_post(w), label="Next phase")
    assert_responded(refused, contains="Only the presenter or a facilitator", ephemeral=True)
    _told_role_deleted(refused)
    assert (await bot_of(w.env).repos.round.get(g.share_id)).phase is Phase.CLARIFYING  # type: ignore[union-attr]
    # a member never given the role is told the same: nobody holds it any more
    _told_role_deleted(await w.bob.click(the_post(w), label="Next phase"))
    # the presenter still moves her own round on
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert moved.ephemeral and "Affirmations" in moved.response.content  # type: ignore[union-attr]
