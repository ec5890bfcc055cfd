"""A server's script may ask its scale over another range (README: "a wider one, set with
`min_value` and `max_value`, is typed and checked"): /whatworks and the weekly summary, both
"0-10", read each answer as its share of the range its entry was asked with."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import _set_up

DAY = 24 * 3600
SCALE_0_10 = (
    'label = "How often does this happen now? (0-10)"\n'
    'description = "0 means almost never; 10 means in nearly every session."\n'
    'placeholder = "A whole number from 0 to 10"\n'
    'kind = "scale"\n'
)


def _scale_over(low: int, high: int) -> bytes:
    text = shipped_source("sparkle")
    assert text.count(SCALE_0_10) == 1
    return text.replace(
        SCALE_0_10,
        f'label = "How often does this happen now? ({low}-{high})"\n'
        f'placeholder = "A whole number from {low} to {high}"\n'
        f'kind = "scale"\nmin_value = {low}\nmax_value = {high}\n',
    ).encode()


async def _upload(w: World, admin: MemberActor, low: int, high: int) -> int:
    done = await admin.slash(
        w.channel, "setup script upload", script="sparkle", file=("s.toml", _scale_over(low, high))
    )
    assert_responded(done, contains="Saved.", ephemeral=True)
    latest = await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle")
    assert latest is not None
    return latest[0]


async def _reflected(w: World, author: int, scale: str, version: int, *, consent: bool) -> int:
    bot = bot_of(w.env)
    header = await bot.repos.entries.save_page(
        entry_id=None, author_id=author, kind="sparkle", guild_id=w.guild.id,
        answers={"moment": "The client smiled.", "doing": "I slowed down.",
                 "frequency": scale, "next_step": "Keep going."},
        advance_to=3, complete=True, script_version=version,
    )  # fmt: skip
    assert header is not None
    if consent:
        assert await bot.repos.entries.set_consent(header.id, author, True)
    return header.id


async def test_whatworks_reads_a_0_100_scale_as_its_share_of_ten(
    world: World, admin: MemberActor
) -> None:
    w = world
    await _reflected(w, w.alice.id, "6", 1, consent=False)  # the default 0-10 script
    await w.env.advance_time(DAY)
    version = await _upload(w, admin, 0, 100)
    await _reflected(w, w.alice.id, "40", version, consent=False)
    await w.env.advance_time(DAY)
    await _reflected(w, w.alice.id, "85", version, consent=False)
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    text = shown.response.content
    assert "all time: 3 reflections" in text
    assert "My scale: from 6 to 8.5 (average 6.2)" in text  # 6, 40/100 and 85/100 on ten
    (chart,) = shown.response.attachments
    assert chart.description is not None
    assert "over 3 reflections" in chart.description
    assert "first 6, latest 8.5, lowest 4, highest 8.5" in chart.description


async def test_the_weekly_summary_reads_a_1_5_scale_as_its_share_of_ten(
    world: World, facilitation
) -> None:
    w = world
    admin, fiona, facilitators, weekly = facilitation
    await _set_up(w, admin, facilitators, weekly, schedule=False)
    version = await _upload(w, admin, 1, 5)
    for author, scale in ((101, "5"), (102, "5"), (103, "4")):  # 10, 10 and 7.5 out of 10
        await _reflected(w, author, scale, version, consent=True)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    embed = preview.response.embeds[0]
    shown = "\n".join([embed.description or "", *(f"{f.name}: {f.value}" for f in embed.fields)])
    assert "3 reflections from 3 contributors" in shown
    assert "(0-10): 9.2 on average" in shown
    chart = preview.response.attachments[0]
    assert chart.description is not None and "9.2" in chart.description
