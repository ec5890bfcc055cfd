"""The two cells of last round's fault matrix still open: /whatworks showing back hostile text
the member typed (markdown, mentions, a client's name), and /export while the database is
down."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_error

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_after_the_post import refused_table as refused_table  # the fixture
from tests.e2e.test_whatworks import reflect

HOSTILE_STEP = "@everyone <@&1> # Heading ||spoiler|| ```code``` ask what else"


async def test_hostile_next_steps_are_shown_to_their_author_only_and_ping_no_one(
    world: World,
) -> None:
    w = world
    await reflect(w, w.alice.id, "4", "**Bold** move <@123>", "@here my peer", HOSTILE_STEP)
    await reflect(w, w.bob.id, "7", "Bob's own move.", "Bob's peer", "Bob's private step")
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    message = shown.response.message
    assert message is not None and not message.mention_everyone
    pinged = w.env.backend.get_message(message.channel.id, message.id).ping_user_ids
    assert not pinged
    text = shown.response.content + str([e.to_dict() for e in shown.response.embeds])
    assert "ask what else" in text
    assert "Bob's private step" not in text and "Bob's own move" not in text
    assert w.channel.history() == []  # nothing in the channel for others


async def _down(*_: Any, **__: Any) -> Any:
    raise RuntimeError("database is down")


async def test_export_while_the_database_is_down_says_so_and_sends_no_file(world: World) -> None:
    w = world
    await reflect(w, w.alice.id, "4", "I slowed down.", "My peer", "Pause more.")
    repos = bot_of(w.env).repos
    export = repos.userdata.export
    repos.userdata.export = _down  # type: ignore[method-assign]
    failed = await w.alice.slash(w.channel, "export")
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    told = "\n".join([failed.response.content, *(f.content for f in failed.followups)])
    assert "went wrong" in told and "reference" in told and "try again" in told
    assert failed.response.attachments == [] and all(not f.attachments for f in failed.followups)
    assert_error(w.env, RuntimeError)
    assert await repos.audit.kinds("export") == []  # no export on record
    repos.userdata.export = export  # type: ignore[method-assign]
    again = await w.alice.slash(w.channel, "export")
    assert again.response is not None
    names = sorted(a.filename for a in again.response.attachments)
    assert names == ["sparkle-export.json", "sparkle-export.md"]


@pytest.mark.postgres_too
async def test_export_whose_audit_record_fails_still_sends_her_files(
    world: World, refused_table: list[str]
) -> None:
    """The export's audit record is written after the files are made: when that write fails
    (the database locked), she still gets her files, not "something went wrong" (before, she
    got nothing and an error for an export that was ready)."""
    w = world
    await reflect(w, w.alice.id, "4", "I slowed down.", "My peer", "Pause more.")
    refused_table.append("audit_events")
    done = await w.alice.slash(w.channel, "export")
    refused_table.clear()
    assert done.acknowledged and done.ephemeral and done.response is not None
    told = "\n".join([done.response.content, *(f.content for f in done.followups)])
    assert "went wrong" not in told and "Here is everything Sparkle holds about you" in told
    files = {a.filename: a for a in done.response.attachments}
    assert sorted(files) == ["sparkle-export.json", "sparkle-export.md"]
    assert "Pause more." in (await files["sparkle-export.md"].read()).decode()
    assert await bot_of(w.env).repos.audit.kinds("export") == []  # the record alone is missing
    assert w.env.errors == []  # answered in full: nothing failed for her
