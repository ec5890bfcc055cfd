"""/share's Post anonymously clicked while the database refuses (SQLite locked past its wait
by another program, or the server gone): the member is told privately, with a reference, to
try again; nothing is posted; the preview she edited keeps her words, as a draft; the same
button posts it once when the database is back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, failing_while_on
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

EDITED = "The walk helped, she told me. **Bold** @everyone <@&1> \u202eevil\u202c"


def _writes(sql: str) -> bool:
    return sql.startswith(("UPDATE", "INSERT", "DELETE"))


def _everything(_sql: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("fails", "message"),
    [(_writes, "database is locked"), (_everything, "server closed the connection")],
    ids=["locked", "down"],
)
async def test_a_share_confirmed_while_the_database_fails_posts_nothing_and_keeps_her_words(
    configured: World, fails: Callable[[str], bool], message: str
) -> None:
    w = configured
    repos = bot_of(w.env).repos
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(modal, {"text": EDITED})
    assert_responded(edited, contains="edited text", ephemeral=True)
    (draft,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    typed = draft.text
    assert "walk helped" in typed

    with failing_while_on(w.env, fails, message) as on:
        on.append(True)
        failed = await w.alice.click(edited.response.message, label="Post anonymously")
    assert failed.acknowledged and failed.ephemeral
    told = "\n".join(m.content for m in [failed.response, *failed.followups] if m is not None)
    assert "something went wrong" in told and "reference `" in told and "try again" in told
    assert "Shared in" not in told and "sqlite" not in told.lower() and "UPDATE" not in told
    assert posts(w) == []
    (kept,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert (kept.id, kept.state, kept.text, kept.message_id) == (
        draft.id,
        PostState.DRAFT,
        typed,
        None,
    )

    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert "walk helped" in (message.embeds[0].description or "")
    assert not message.mention_everyone and message.role_mentions == []
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert (share.id, share.state, share.message_id) == (draft.id, PostState.POSTED, message.id)
    again = await w.alice.click(edited.response.message, label="Post anonymously")
    assert again.acknowledged and len(posts(w)) == 1
