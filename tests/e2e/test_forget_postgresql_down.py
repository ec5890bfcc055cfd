"""/forget's Erase everything while PostgreSQL refuses every connection (the server gone, not
statements made to fail): she is told plainly that nothing was erased, because the database
could not be reached (as a page save says it), with a reference; her entries and her post in
the group stay as they were; once the database is back the same erasure erases everything and
takes her post down."""

from __future__ import annotations

import discord
import pytest

from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, erase_everything, said
from tests.e2e.test_page_faults import _set_connections  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]


@pytest.mark.postgres_too
@pytest.mark.simcord(settle_timeout=20)
async def test_erase_everything_while_postgresql_refuses_connections_erases_nothing_and_says_so(
    configured: World, postgres_database_url: str, request: pytest.FixtureRequest
) -> None:
    w = configured
    admin_url = str(request.config.getoption("--postgres-url"))
    preview = await _preview(w)
    assert preview.response is not None
    shared = await w.alice.click(preview.response.message, label="Post anonymously")
    assert "Shared in" in said(shared)
    (post,) = posts(w)
    repos = bot_of(w.env).repos
    entries = (await repos.entries.list_for_author(w.alice.id)).items
    assert len(entries) == 1

    _set_connections(admin_url, postgres_database_url, allowed=False)
    try:
        cut = await erase_everything(w.alice, w.channel)
    finally:
        _set_connections(admin_url, postgres_database_url, allowed=True)
    assert cut.acknowledged and len(cut.followups) == 1 and cut.followups[0].ephemeral
    told = cut.followups[0].content
    assert told.startswith("Your erasure did not happen:") and "reference `" in told, told
    # the cause, as a page save names it: not a fault of ours
    assert "the database could not be reached" in told, told
    assert "something went wrong on our side" not in told, told
    assert "Nothing was erased" in told and "Run `/forget` again" in told
    assert "Traceback" not in told and "asyncpg" not in told and "SELECT" not in told
    assert [m.id for m in posts(w)] == [post.id]  # still up
    assert (await repos.entries.list_for_author(w.alice.id)).items == entries
    assert await repos.audit.kinds("erasure") == []

    again = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in said(again)
    await assert_nothing_stored_of(repos, w.alice.id)
    assert [m for m in w.channel.history() if m.type is discord.MessageType.default] == []
