"""Options and menu values that look like numbers to Python but are not ASCII digits
("²", "⁰", "①"): typed in an option (which any member can type freely) or sent by a tampered
client, each gets the same plain answer as any other value that names nothing, never "something
went wrong"."""

from __future__ import annotations

from simcord import assert_responded

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, forge_select, stored_entry
from tests.e2e.test_hours import add, rows

NOT_DIGITS = "²"  # str.isdigit() says yes; int() refuses it


async def test_an_entry_option_typed_as_a_superscript_names_nothing(world: World) -> None:
    w = world
    await stored_entry(bot_of(w.env), w.alice.id, {"moment": "A moment."}, kind="exception")
    for option in (NOT_DIGITS, f"#{NOT_DIGITS}"):
        note = await w.alice.slash(w.channel, "note", entry=option, format="soap")
        assert_responded(note, content=NOT_AVAILABLE, ephemeral=True)
        prefill = await w.alice.slash(
            w.channel,
            "hours add",
            format="video",
            type="peer_group",
            role="presenter",
            reflection=option,
        )
        assert_responded(prefill, content=NOT_AVAILABLE, ephemeral=True)
    assert await rows(w) == []


async def test_a_report_period_of_superscript_digits_is_explained(world: World) -> None:
    w = world
    report = await w.alice.slash(w.channel, "hours report", period="²⁰²⁵")
    assert_responded(report, contains="I couldn't read the period", ephemeral=True)
    wide = await w.alice.slash(w.channel, "hours report", period="２０２５")  # full-width: read
    assert_responded(wide, contains="No consultation hours logged", ephemeral=True)


async def test_a_forged_hours_pick_of_a_superscript_names_nothing(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    listing = await w.alice.slash(w.channel, "hours list")
    custom_id = next(
        c["custom_id"]
        for row in listing.response.components
        for c in row.get("components", [])
        if c.get("type") == 3
    )
    picked = await forge_select(w.alice, listing.response.message, custom_id, NOT_DIGITS)
    assert_responded(picked, content=NOT_AVAILABLE, ephemeral=True)
    assert done.acknowledged and len(await rows(w)) == 1


async def test_a_forged_share_server_pick_of_a_superscript_names_nothing(configured: World) -> None:
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    w.env.create_guild("Second group").add_member(dana)  # two servers: she is asked which
    bot = bot_of(w.env)
    await stored_entry(bot, dana.id, {"moment": "Used there."}, guild_id=w.guild.id)
    entry = await stored_entry(bot, dana.id, {"moment": "A moment."})
    picker = await dana.slash("share", entry=str(entry))  # in a DM: which server?
    assert picker.response is not None and "Share to which server?" in picker.response.content
    (menu,) = picker.response.components[0]["components"]
    picked = await forge_select(dana, picker.response.message, menu["custom_id"], NOT_DIGITS)
    assert_responded(picked, content=NOT_AVAILABLE, ephemeral=True)
    assert await bot.repos.outbox.records() == []  # no preview drafted
