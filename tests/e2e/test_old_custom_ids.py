"""Custom ids that earlier versions sent still reach the component or form that answers them.

Old messages in channels and DMs keep their buttons for ever: every shape below was sent by an
earlier version and must keep working after an upgrade, answered by exactly one component
class (or form key) with the fields it carried.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from discord import ui

from cogs._interactions import Key
from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    as_form_of_old,
    bot_of,
    forge_click,
    forge_select,
    new_page_id,
    open_first_page,
    texts,
)

# The subject (custom-id routing) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# (custom id as sent, what the one class that answers it must decode from it)
STEPS = "go edit later discard discardyes keep done resume consent note share delete deleteyes"
STEPS += " quote qedit qok qno"
OLD_IDS: list[tuple[str, dict[str, Any]]] = [
    *((f"sk:{step}:12:3", {"entry": 12, "page": 3}) for step in STEPS.split()),
    ("sk:qok:12:987654321", {"entry": 12, "page": 987654321}),  # an excerpts digest
    ("sk:start:sparkle", {"script": "sparkle"}),
    ("sk:start:exception", {"script": "exception"}),
    ("sk:reopen:0123456789abcdef", {"token": "0123456789abcdef"}),
    ("sk:list:10:next:exception:draft", {"offset": 10, "kind": "exception", "status": "draft"}),
    ("sk:list:0:prev:all:all", {"offset": 0, "direction": "prev"}),
    ("sk:pick:20", {"offset": 20}),
    ("sk:cgs:12", {"entry": 12}),
    ("sk:notefmt:12", {"entry": 12}),
    *(
        (f"sk:shp:{action}:44", {"post": 44})
        for action in ("post", "named", "edit", "cancel", "del")
    ),
    ("sk:shr:named:12:345", {"action": "named", "a": 12, "b": 345}),
    ("sk:shrg:12", {"entry": 12}),
    ("sk:forget:555", {"user": 555}),
    ("sk:sumpost:777:20260302", {"guild": 777, "week": 20260302}),
    # forms
    ("sk:page:sparkle:0:0", {"script": "sparkle", "entry": 0, "page": 0}),
    ("sk:page:exception:12:2", {"script": "exception", "entry": 12, "page": 2}),
    ("sk:page:sparkle:12:1:3:777", {"entry": 12, "page": 1, "version": 3, "guild": 777}),
    ("sk:qmodal:12", {"entry": 12}),
    ("sk:shredit:44", {"post": 44}),
]


def _answering(bot: Any, custom_id: str) -> list[Any]:
    """The decoded keys of every bound component class or form key that takes `custom_id`."""
    keys = []
    for kind in bot.handlers:
        if isinstance(kind, type) and issubclass(kind, ui.DynamicItem):
            match = kind.__discord_ui_compiled_template__.fullmatch(custom_id)  # pyright: ignore[reportAttributeAccessIssue]
            if match is not None:
                keys.append(kind.key_type.decode(match.groupdict()))  # pyright: ignore[reportAttributeAccessIssue]
        elif (
            isinstance(kind, type)
            and issubclass(kind, Key)
            and (key := kind.parse(custom_id)) is not None
        ):
            keys.append(key)
    return keys


@pytest.mark.parametrize(("custom_id", "fields"), OLD_IDS, ids=[i for i, _ in OLD_IDS])
async def test_an_old_custom_id_has_exactly_one_answer(
    world: World, custom_id: str, fields: dict[str, Any]
) -> None:
    (key,) = _answering(bot_of(world.env), custom_id)
    assert {name: getattr(key, name) for name in fields} == fields
    assert key.encode() == custom_id  # and a new message would carry the very same id


async def test_old_buttons_answer_as_before(world: World) -> None:
    w = world
    privacy = await w.alice.slash(w.channel, "privacy")
    assert privacy.response is not None
    on = privacy.response.message

    started = await forge_click(w.alice, on, "sk:start:sparkle")
    assert started.modal is not None and re.fullmatch(new_page_id(), started.modal["custom_id"])

    old_share = await forge_click(w.alice, on, "sk:shr:post:3:4")
    assert (
        old_share.response is not None and "This preview has expired" in old_share.response.content
    )

    listed = await forge_click(w.alice, on, "sk:list:0:next:all:all")
    assert listed.response is not None and texts(listed)[0] == "## Your entries"
    assert listed.response.content == "" and listed.response.embeds == []  # laid out anew

    gone = await forge_click(w.alice, on, "sk:reopen:0123456789abcdef")
    assert gone.response is not None and "I no longer hold that page" in gone.response.content

    nothing = await forge_select(w.alice, on, "sk:cgs:999999", str(w.guild.id))
    assert nothing.response is not None and nothing.response.content == NOT_AVAILABLE


async def test_an_old_page_form_saves_its_answers(world: World) -> None:
    w = world
    first = await open_first_page(w.alice, w.channel)
    assert first.modal is not None and re.fullmatch(new_page_id(), first.modal["custom_id"])
    old = as_form_of_old(first, "sk:page:sparkle:0:0")  # opened before the one-time ids
    saved = await w.alice.submit_modal(old, {"moment": "An old form.", "signs": "Calmer."})
    assert saved.acknowledged
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == {"moment": "An old form.", "signs": "Calmer."}
