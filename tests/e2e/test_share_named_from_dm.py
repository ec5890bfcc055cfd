"""A share posted with **Post with my name** is signed with the name the group knows its
author by: her display name in that server (her server nickname), whether she shared from
the server's channel or from her DM with the bot. From a DM, Discord gives the bot only her
account's own name, and the share was signed with that (a handle the group may not know,
or not one she uses professionally)."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _reflection, posts  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize("where", ["dm", "channel"])
async def test_a_named_share_is_signed_with_her_name_in_that_server(
    configured: World, where: str
) -> None:
    w = configured
    dana = w.env.create_user("dana", global_name="dana_k")
    member = w.guild.add_member(dana, nick="Dana Kovacs, LCSW")
    await accept_agreement(w.env, w.guild.id, dana.id)
    actor, channel = (dana, None) if where == "dm" else (member, w.channel)
    recap = await _reflection(actor, channel)
    preview = await actor.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    posted = await actor.click(preview.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)

    (message,) = posts(w)
    footer = message.embeds[0].footer.text or ""
    assert footer.startswith("Shared by Dana Kovacs, LCSW · ref ")
    assert "dana_k" not in str(message.embeds[0].to_dict())
    (share,) = await bot_of(w.env).repos.outbox.shares_of(dana.id)
    assert (share.message_id, share.anonymous) == (message.id, False)
