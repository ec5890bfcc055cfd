"""/setup script upload when Discord cannot hand the attached file over (its link expired, the
upload never finished, or the connection to Discord's file servers dropped): the admin is
told, privately and in words, that nothing was changed and to attach the file again; no
version and no audit record are stored, and members keep their questions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import aiohttp
import pytest
from simcord import InteractionResult, MemberActor, assert_responded

from bot.conversation.library import UPLOAD_MAX_BYTES
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_questions, open_first_page
from tests.e2e.test_setup_script import NEW_MOMENT, _upload, edited

MOMENT = 'label = "What happened in that moment?"'


def _gone(_url: str) -> bytes | None:
    return None  # Discord's file servers answer 404: the link expired or the upload failed


def _dropped(_url: str) -> bytes | None:
    raise aiohttp.ClientConnectionError("Connection reset by peer")


@contextmanager
def unreadable_attachments(w: World, fetch: Callable[[str], bytes | None]) -> Iterator[None]:
    """While inside, reading any file a member attached in the world's channel goes through
    `fetch` instead of SimCord's store of attachments (Discord's file servers)."""
    cdn = w.env.backend.cdn
    real = cdn.get
    mine = f"/attachments/{w.channel.id}/"

    def get(url: str) -> bytes | None:
        return fetch(url) if mine in url else real(url)

    cdn.get = get  # pyright: ignore[reportAttributeAccessIssue]
    try:
        yield
    finally:
        del cdn.get  # the store's own method again


def _told_to_attach_again(result: InteractionResult) -> None:
    assert_responded(result, contains="Nothing was changed", ephemeral=True)
    told = result.response.content  # type: ignore[union-attr]
    assert "could not read the file" in told and "/setup script upload" in told, told
    assert "something went wrong" not in told.lower() and "reference" not in told
    assert "cdn" not in told.lower() and "404" not in told


@pytest.mark.parametrize("fetch", [_gone, _dropped], ids=["link-expired", "connection-dropped"])
async def test_an_upload_whose_file_cannot_be_read_says_attach_it_again_and_changes_nothing(
    world: World, admin: MemberActor, fetch: Callable[[str], bytes | None]
) -> None:
    w = world
    bot = bot_of(w.env)
    data = edited("sparkle", (MOMENT, NEW_MOMENT))
    with unreadable_attachments(w, fetch):
        refused = await _upload(w, admin, "sparkle", data)
    _told_to_attach_again(refused)
    assert w.channel.history() == []
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot.repos.audit.kinds("script") == []
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What happened in that moment?"

    # Attached again once Discord hands it over, the same file is saved as it should be.
    saved = await _upload(w, admin, "sparkle", data)
    assert_responded(saved, contains="Saved", ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await bot.repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]


async def test_an_unreadable_file_leaves_a_servers_own_script_in_use(
    world: World, admin: MemberActor
) -> None:
    """A server with a script of its own keeps it, word for word, when the next file fails."""
    w = world
    bot = bot_of(w.env)
    first = edited("sparkle", (MOMENT, NEW_MOMENT))
    assert_responded(await _upload(w, admin, "sparkle", first), contains="Saved", ephemeral=True)
    second = edited("sparkle", (MOMENT, 'label = "What went brilliantly?"'))
    with unreadable_attachments(w, _gone):
        refused = await _upload(w, admin, "sparkle", second)
    _told_to_attach_again(refused)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, first.decode())
    assert await bot.repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What went well in that session?"


async def test_a_file_over_the_size_limit_is_refused_before_it_is_read_and_one_at_it_is_saved(
    world: World, admin: MemberActor
) -> None:
    """No test sent a file over the limit: it is refused in words without being downloaded
    (Discord gives its size first), and a script padded to exactly the limit is kept whole."""
    w = world
    bot = bot_of(w.env)
    text = edited("sparkle", (MOMENT, NEW_MOMENT))
    for size in (UPLOAD_MAX_BYTES + 1, 8_000_000):
        padded = text + b"#" * (size - len(text))
        with unreadable_attachments(w, _not_downloaded):
            refused = await _upload(w, admin, "sparkle", padded)
        assert_responded(refused, contains="Nothing was changed", ephemeral=True)
        assert "larger than 64 KB" in refused.response.content  # type: ignore[union-attr]
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot.repos.audit.kinds("script") == []

    at_limit = text + b"\n" + b"#" * (UPLOAD_MAX_BYTES - len(text) - 2) + b"\n"
    assert len(at_limit) == UPLOAD_MAX_BYTES
    saved = await _upload(w, admin, "sparkle", at_limit)
    assert_responded(saved, contains="Saved", ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, at_limit.decode())
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What went well in that session?"


def _not_downloaded(url: str) -> bytes | None:
    raise AssertionError(f"a file over the size limit was downloaded: {url}")
