"""A member's permission taken away between a command and the click or form that finishes
it (Discord's default_permissions are checked on the command, never on its buttons or forms):
the bot checks again at the click. A facilitator whose role was removed after her /summary
preview posts nothing; an admin who lost Manage Server while writing the group agreement saves
nothing and gets back what she typed (with the answer the permission matrix gives any member
who sends that form: the same as for an id that does not exist)."""

from __future__ import annotations

from typing import Any

from simcord import MemberActor

from cogs._render import NOT_AVAILABLE
from cogs.summary import NOT_FACILITATOR
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import members_reflected


async def _roles_taken(w: World, member: MemberActor) -> None:
    """A moderator takes every role the member had."""
    w.env.backend.edit_member(w.guild.id, member.id, {"role_ids": []})
    await w.env.settle()


async def test_a_facilitator_whose_role_was_removed_after_the_preview_posts_nothing(
    world: World, facilitation: Any, fiona: MemberActor
) -> None:
    w = world
    weekly = facilitation[3]
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    await _roles_taken(w, fiona)
    clicked = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert clicked.ephemeral and clicked.response.content == NOT_FACILITATOR
    assert weekly.history() == []
    repos = bot_of(w.env).repos
    assert await repos.outbox.summaries_of(w.guild.id) == []
    assert await repos.outbox.problems_in(w.guild.id) == []
    assert await repos.audit.kinds("summary_post") == []


async def test_an_admin_who_lost_manage_server_while_writing_the_agreement_saves_nothing(
    world: World, admin: MemberActor
) -> None:
    w = world
    opened = await admin.slash(w.channel, "setup agreement")
    await _roles_taken(w, admin)
    typed = "Be kind. Keep it confidential."
    sent = await admin.submit_modal(opened, {"agreement": typed})
    assert sent.ephemeral and sent.response is not None
    told = [m.content for m in [sent.response, *sent.followups]]
    assert told[0] == NOT_AVAILABLE, told
    assert any(f"> {typed}" in t for t in told), told  # what she typed comes back
    repos = bot_of(w.env).repos
    assert await repos.round.agreement(w.guild.id) is None
    assert await repos.audit.kinds("setup") == []
