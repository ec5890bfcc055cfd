"""Discord's limits at their largest, driven as members do: a member with hundreds of entries,
and an export bigger than one message can carry."""

from __future__ import annotations

import json
import random
import zipfile
from io import BytesIO

import jsonschema
import pytest
from simcord import assert_responded

from bot.app import SparkleBot
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_round import SCHEMA, Group
from tests.e2e.test_round import group as group  # the fixture

CHOICES_MAX = 25  # Discord: choices in one autocomplete answer
CHOICE_NAME_MAX = 100  # Discord: one choice's name (and value)


async def _years_of_entries(bot: SparkleBot, author: int, count: int, guild: int) -> list[int]:
    """`count` complete reflections, oldest first (ids ascending)."""
    answers = {"moment": "The client laughed.", "doing": "I waited.", "next_step": "Wait again."}
    return [await stored_entry(bot, author, answers, guild_id=guild) for _ in range(count)]


def _within_limits(choices: list[dict[str, str]]) -> None:
    assert len(choices) <= CHOICES_MAX
    for choice in choices:
        assert 1 <= len(choice["name"]) <= CHOICE_NAME_MAX
        assert 1 <= len(str(choice["value"])) <= CHOICE_NAME_MAX


@pytest.mark.postgres_too
async def test_an_old_entry_typed_by_its_number_is_offered_first_among_hundreds(
    configured: World,
) -> None:
    """After years of use she has 230 entries; typing the number of one of her first offers
    exactly that entry first (it was past the 200 newest the search looked at, so her "#3"
    offered #243, #239… and never #3), and choosing it opens its preview."""
    w = configured
    bot = bot_of(w.env)
    ids = await _years_of_entries(bot, w.alice.id, 230, w.guild.id)
    oldest = ids[2]

    for typed in (f"#{oldest}", str(oldest), f" #{oldest} "):
        choices = await w.alice.autocomplete(w.channel, "share", "entry", typed)
        _within_limits(choices)
        assert choices[0]["value"] == str(oldest), typed
        assert f"#{oldest} " in choices[0]["name"]
        assert len({c["value"] for c in choices}) == len(choices)  # offered once

    # the newest are still what an empty search offers
    newest = await w.alice.autocomplete(w.channel, "share", "entry", "")
    _within_limits(newest)
    assert [c["value"] for c in newest] == [str(i) for i in reversed(ids[-CHOICES_MAX:])]
    # bob typing her number is offered nothing of hers
    assert await w.bob.autocomplete(w.channel, "share", "entry", f"#{oldest}") == []
    # /note offers only debriefs: her old reflection's number is not offered there
    assert await w.alice.autocomplete(w.channel, "note", "entry", f"#{oldest}") == []

    preview = await w.alice.slash(w.channel, "share", entry=str(oldest))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert "The client laughed." in str(preview.response.embeds[0].description)
    assert w.channel.history() == []  # nothing posted without her confirm
    assert await bot.repos.outbox.shares_of(w.alice.id) == []
    assert (await bot.repos.entries.list_for_author(w.alice.id)).total == 230


# Discord refuses a message whose files together pass 10 MiB (a bot's upload limit).
UPLOAD_MAX = 10 * 1024 * 1024
ENTRIES = 560  # years of full-length reflections
# The default /sparkle questions at their longest (each script question's max_length).
FULL = {"last_step": 1000, "moment": 2000, "signs": 1500, "doing": 1500, "saying": 1500,
        "experiencing": 1500, "how": 1500, "noticed": 1000, "next_step": 1000}  # fmt: skip
LETTERS = "אבגדהוזחטיכלמנסעפצקרשת" + "abcdefghijklmnopqrstuvwxyzé"


def _written(rng: random.Random, length: int) -> str:
    """`length` characters of words in Hebrew and Latin letters that no dictionary holds: as
    hard to compress as writing gets, so that the export is as big as it can be. Each word is
    2 to 9 letters, a space after it; the letters and the word lengths are drawn all at once
    (one draw per letter took 1.5 s of CPU for the export's 560 entries)."""
    letters = rng.choices(LETTERS, k=length)
    word_lengths = rng.choices(range(2, 10), k=length // 3 + 1)  # more words than fit
    at = 0
    for size in word_lengths:
        at += size
        if at >= length:
            break
        letters[at] = " "
        at += 1
    return "".join(letters)


# Zipping some 30 MB of writing takes seconds of real time, many on a loaded machine.
@pytest.mark.simcord(settle_timeout=120)
async def test_a_heavy_users_export_comes_in_parts_each_within_discords_upload_limit(
    world: World,
) -> None:
    """Years of full-length reflections in Hebrew: even zipped, the export is more than one
    message may carry. She gets it in several messages, each within the limit (it was one
    zip Discord would refuse, and she got nothing); the parts hold every entry once, each
    part a whole export document, and the rest of her data (here her hours) in the first."""
    w = world
    bot = bot_of(w.env)
    rng = random.Random(55)
    for _ in range(ENTRIES):
        answers = {q: _written(rng, n) for q, n in FULL.items()} | {"frequency": "7"}
        await stored_entry(bot, w.alice.id, answers, guild_id=w.guild.id)
    logged = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    typed = {"when": "2026-01-05 60", "group": "Peer group", "topic": "Pacing"}
    await w.alice.submit_modal(logged, typed | {"learning": "", "reflection": ""})

    result = await w.alice.slash(w.channel, "export")
    assert result.acknowledged and result.ephemeral
    messages = [m for m in [result.response, *result.followups] if m is not None]
    for message in messages:  # each as Discord takes it
        assert sum(a.size for a in message.attachments) <= UPLOAD_MAX
    assert len(messages) > 1
    assert (
        f"{ENTRIES} entries" in messages[0].content
        and f"{len(messages)} parts" in messages[0].content
    )
    documents, names = [], []
    for number, message in enumerate(messages, start=1):
        assert message.ephemeral
        (archive,) = message.attachments
        assert archive.filename == f"sparkle-export-{number}-of-{len(messages)}.zip"
        with zipfile.ZipFile(BytesIO(await archive.read())) as opened:
            names += opened.namelist()
            part = json.loads(opened.read(f"sparkle-export-{number}-of-{len(messages)}.json"))
        jsonschema.validate(part, SCHEMA)
        documents.append(part)
    assert len(set(names)) == len(names)  # unzipped side by side, no part overwrites another
    ids = [e["id"] for d in documents for e in d["entries"]]
    assert sorted(ids) == sorted(e.id for e in (await _all_entries(bot, w.alice.id)))
    assert [len(d["hours"]) for d in documents] == [1] + [0] * (len(documents) - 1)
    assert w.channel.history() == []
    assert await bot.repos.audit.kinds("export") == [(w.alice.id, w.guild.id, None)]


async def _all_entries(bot: SparkleBot, author: int) -> list:
    return (await bot.repos.entries.list_for_author(author, limit=10_000)).items


async def test_many_kept_affirmations_are_shown_whole_and_the_rest_counted(group: Group) -> None:
    """Six long affirmations kept from a round: her entry shows as many whole as fit beside
    her answers and says how many more there are and where they are in full (it showed the
    first 800 characters, cut inside the first or second, and said nothing of the rest)."""
    from tests.e2e.test_round import _at_affirmations, affirm, the_post

    g, w = group, group.w
    repos = await _at_affirmations(g)
    extra = [w.guild.add_member(w.env.create_user(f"member{i}")) for i in range(3)]
    await accept_agreement(w.env, w.guild.id, *(m.id for m in extra))
    writers = [w.bob, g.carol, g.dave, *extra]
    numbers = ["one", "two", "three", "four", "five", "six"]
    texts = {
        n: (f"Affirmation {n}: you stayed with the silence and let the client lead. " * 30)[
            :1400
        ].strip()
        for n in numbers
    }
    for writer, number in zip(writers, numbers, strict=True):
        await affirm(writer, w, texts[number])
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert "Kept: 6 affirmations" in kept.response.content
    record = await repos.round.get(g.share_id)
    assert record is not None and record.entry_id is not None

    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(record.entry_id)])
    (section,) = [t for t in texts_of(opened) if t.startswith("### Affirmations from the group")]
    lines = section.splitlines()[1:]
    whole = [line for line in lines if line.startswith("• ")]
    assert whole, section
    shown = {n for n in numbers if f"• {texts[n]}" in whole}
    assert len(shown) == len(whole) >= 2  # each one shown is whole
    assert lines[len(whole) :] == [
        f"-# {6 - len(shown)} more kept with this entry: /export has them all."
    ]
    assert sum(len(t) for t in texts_of(opened)) <= 4000
    # /export holds all six, and nothing was changed by showing them
    assert len((await repos.round.kept(w.alice.id, record.entry_id))[record.entry_id]) == 6


def texts_of(result) -> list[str]:
    from tests.e2e.helpers import texts

    return texts(result)


async def test_hundreds_of_entries_and_six_cpd_years_stay_within_discords_limits(
    world: World,
) -> None:
    """A member after years of use: /entries pages to her first entry, /whatworks over 300
    reflections fits one message with every section, and /hours report over six CPD years
    totals them all; nothing is cut that the bot does not say is cut."""
    from datetime import date, timedelta

    from bot.hours.model import Format, HoursDraft, Kind, Part, When
    from tests.e2e.helpers import buttons, texts

    w = world
    bot = bot_of(w.env)
    rng = random.Random(7)
    ids = []
    for i in range(300):
        answers = {q: _written(rng, n) for q, n in FULL.items()} | {"frequency": str(i % 11)}
        ids.append(await stored_entry(bot, w.alice.id, answers, guild_id=w.guild.id))
    last = await w.alice.slash(w.channel, "entries")
    for _ in range(29):
        last = await w.alice.click(last.response.message, label="Next")
    assert texts(last)[-1] == "-# 291-300 of 300, newest first"
    assert buttons(last)[-1] == "Next"
    opened = await w.alice.select(last.response.message, [str(ids[0])])
    assert sum(len(t) for t in texts(opened)) <= 4000
    assert "long answers are shortened here; /export has them in full" in texts(opened)[-1]

    works = await w.alice.slash(w.channel, "whatworks")
    said = works.response.content
    assert len(said) <= 2000 and said.startswith("**What works for me** (all time: 300 ")
    for section in ("My scale:", "Who noticed:", "My next steps:", "How my next steps went:"):
        assert section in said
    assert said.endswith("Only you can see this.")
    (chart,) = works.response.attachments
    assert chart.description is not None and len(chart.description) <= 1024

    start = date(2021, 1, 4)
    for i in range(700):
        typed = {"group": "G" * 200, "topic": "T" * 200, "learning": "L" * 300, "reflection": "R"}
        part = Part.PRESENTER if i % 2 else Part.PARTICIPANT
        when = When(start + timedelta(days=3 * i), "18:00", "19:30", 90)
        draft = HoursDraft(when, 45, Format.VIDEO, Kind.PEER_GROUP, part, typed)
        await bot.repos.hours.add(w.alice.id, w.guild.id, draft)
    report = await w.alice.slash(w.channel, "hours report", period="2021-01-01 to 2026-12-31")
    assert report.ephemeral and len(report.response.content) <= 2000
    assert "Total: 1050 h in 700 sessions; on my own practice: 525 h" in report.response.content
    assert sum(a.size for a in report.response.attachments) <= UPLOAD_MAX
    listed_hours = await w.alice.slash(w.channel, "hours list")
    assert "(page 1 of 70, 700 in all)" in listed_hours.response.content
