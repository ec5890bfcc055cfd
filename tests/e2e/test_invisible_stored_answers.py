"""Answers that show nothing, stored as they came (by a version before such answers counted
as empty, or as an optional answer kept as typed): wherever a stored answer is shown under
its label, such an answer reads as no answer (a dash), and no bullet, quote or gap marker is
left with nothing in it. The stored text is kept, and exported, as it is."""

from __future__ import annotations

import json
import re

import pytest

from bot.conversation.blank import is_blank
from bot.conversation.script import NO_ANSWER
from bot.round.models import NotSaved
from cogs.sharing import KEY_QUESTION_LABEL
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    open_first_page,
    plain_note,
    shown_answers,
    stored_entry,
    texts,
)
from tests.e2e.matrix_actions import preview_id
from tests.e2e.test_entry_layout import _open  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_invisible_input import INVISIBLES, each_invisible
from tests.e2e.test_my_data import _export  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    posts,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import (
    _consented,  # pyright: ignore[reportPrivateUsage]
    members_reflected,
)
from tests.e2e.test_whatworks import reflect

# The subject (how stored text is shown) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

SAYING = "What were you saying or asking?"  # an optional question of /sparkle
# As an older version stored them: a lone surrogate was stored as the replacement character.
STORED = {name: text.replace("\ud83d", "\ufffd") for name, text in INVISIBLES.items()}
each_stored = pytest.mark.parametrize("invisible", list(STORED.values()), ids=list(STORED))

SPARKLE = {
    "moment": "The client laughed for the first time in weeks.",
    "signs": "Shoulders dropped.",
    "doing": "I slowed right down.",
    "how": "I reread my notes before the session.",
    "frequency": "6",
    "next_step": "Pause.",
}


@each_invisible
async def test_the_recap_shows_an_invisible_optional_answer_as_a_dash(
    world: World, invisible: str
) -> None:
    w = world
    pages = [SPARKLE_PAGES[0], SPARKLE_PAGES[1] | {"saying": invisible}, SPARKLE_PAGES[2]]
    result = await w.alice.submit_modal(await open_first_page(w.alice, w.channel), pages[0])
    for page in pages[1:]:
        assert result.response is not None
        shown = await w.alice.click(result.response.message, label="Continue")
        result = await w.alice.submit_modal(shown, page)
    card = shown_answers(result)
    assert card[SAYING] == NO_ANSWER  # before: the label over nothing
    assert card["What were you doing differently?"] == "I slowed right down."
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and not record.is_draft
    assert is_blank(record.answers.get("saying", ""))  # kept as it came, if at all


@each_stored
async def test_an_entries_card_shows_a_stored_invisible_answer_as_a_dash(
    world: World, invisible: str
) -> None:
    w = world
    answers = SPARKLE | {"saying": invisible}
    entry_id = await stored_entry(bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id)
    card = shown_answers(await _open(w, entry_id))
    assert card[SAYING] == NO_ANSWER  # before: the label over nothing
    assert card["What happened in that moment?"] == SPARKLE["moment"]
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers["saying"] == invisible  # kept as stored


@each_stored
async def test_an_export_keeps_an_invisible_answer_with_no_label_over_nothing(
    world: World, invisible: str
) -> None:
    w = world
    answers = SPARKLE | {"saying": invisible}
    await stored_entry(bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id)
    files = await _export(w, w.alice)
    (entry,) = json.loads(files["sparkle-export.json"])["entries"]
    assert entry["answers"] == answers  # exactly as stored
    markdown = files["sparkle-export.md"].decode()
    label = f"**{SAYING}**\n\n"
    assert markdown.count(label) == 1
    under = markdown.split(label, 1)[1]
    assert under.startswith(NO_ANSWER)  # before: the label over nothing
    assert invisible in markdown  # the file still carries the answer as stored


@each_stored
async def test_whatworks_lists_no_empty_noticing_or_step(world: World, invisible: str) -> None:
    w = world
    await reflect(w, w.alice.id, "4", "I slowed down.", "My supervisor", "Pause more.")
    await reflect(w, w.alice.id, "6", "I asked what else.", invisible, invisible)
    shown = await w.alice.slash(w.channel, "whatworks")
    assert shown.response is not None
    text = shown.response.content
    assert "My supervisor" in text and "Pause more." in text
    for line in text.splitlines():  # before: a dated bullet over nothing
        if line.startswith("•"):
            assert not is_blank(line.partition(": ")[2]), repr(line)
    assert text.count("\n• ") == 2
    repos = bot_of(w.env).repos
    listed = (await repos.entries.list_for_author(w.alice.id)).items
    records = [await repos.entries.get(e.id, w.alice.id) for e in listed]
    kept = {r.answers["noticed"] for r in records if r is not None}
    assert kept == {"My supervisor", invisible}  # kept as stored


EXCEPTION = {
    "area": "low_mood",
    "problem": "Nothing gets done, the week is a write-off.",
    "exception": "One morning they got up on time and replied to a friend.",
    "present": "individual",
    "count": "1",
}
OPTIONAL_TEXTS = ("goal", "different", "noticed", "client_did", "questions_used", "response")


@each_stored
@pytest.mark.parametrize("fmt", ["soap", "dap", "birp"])
async def test_a_note_quotes_no_invisible_answer(world: World, invisible: str, fmt: str) -> None:
    w = world
    answers = EXCEPTION | dict.fromkeys(OPTIONAL_TEXTS, invisible) | {"next_step": invisible}
    entry_id = await stored_entry(
        bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id, kind="exception"
    )
    result = await w.alice.slash(w.channel, "note", entry=str(entry_id), format=fmt)
    assert result.response is not None
    body = await plain_note(result)
    for shown in (result.response.content, body):
        quoted = re.findall(r"the debrief says “([^”]*)”", shown)
        assert not any(is_blank(q) for q in quoted), quoted  # before: “” around a stray mark
        assert "[clinician to complete: next step or plan]" in shown  # the gap, as for none
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers["goal"] == invisible


@each_stored
async def test_the_weekly_summary_quotes_no_invisible_excerpt(
    world: World, facilitation, invisible: str
) -> None:
    w = world
    _admin, fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    bot = bot_of(w.env)
    await _consented(bot, 200, w.guild.id, "A fourth moment went well.", approve=False)
    (entry,) = (await bot.repos.entries.list_for_author(200)).items
    quoted = {"moment": (invisible + " ") * 12}  # approved by a version that quoted it
    assert await bot.repos.entries.show_excerpts(entry.id, 200, quoted)
    assert await bot.repos.entries.approve_excerpts(entry.id, 200, quoted)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.response is not None
    (embed,) = preview.response.embeds
    shown = "\n".join([embed.description or ""] + [f.value or "" for f in embed.fields])
    assert "4 reflections from 4 contributors" in shown
    quotes = [line for line in shown.splitlines() if line.startswith(">")]
    assert quotes and all(not is_blank(q[1:]) for q in quotes), quotes


@each_stored
async def test_a_rounds_post_shows_no_invisible_key_question(
    configured: World, invisible: str
) -> None:
    w = configured
    preview = await _preview(w, moment="It went well with a quiet client.")
    assert preview.response is not None
    repos = bot_of(w.env).repos
    draft_id = preview_id(preview.response.message)
    # stored by a version that kept a key question showing nothing
    assert await repos.round.set_key_question(draft_id, w.alice.id, invisible)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged
    shown = posted.response.embeds if posted.response is not None else []
    # before: the preview was shown again, with the label over nothing, and nothing posted
    assert KEY_QUESTION_LABEL not in [f.name for e in shown for f in e.fields]
    (post,) = posts(w)
    names = [f.name for e in post.embeds for f in e.fields]
    assert "What the presenter would like from the group" not in names  # before: over nothing
    assert any((n or "").startswith("Now:") for n in names)


@each_stored
async def test_an_entries_card_lists_no_empty_kept_affirmation(
    group: Group, invisible: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You stayed with the silence.")
    # written by a version that saved an affirmation showing nothing
    saved = await repos.round.write_affirmation(
        g.share_id, g.carol.id, title="Affirmation", text=invisible, anonymous=True
    )
    assert not isinstance(saved, NotSaved)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert kept.response is not None and "Kept: 2 affirmations" in kept.response.content
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    stored = (await repos.round.kept(w.alice.id, entry.id))[entry.id]
    assert len(stored) == 2 and any(is_blank(a.text) for a in stored)  # kept as posted
    shown = "\n".join(texts(await _open(w, entry.id)))
    kept_lines = shown.split("### Affirmations from the group\n")[1].split("\n-# ")[0]
    bullets = [line for line in kept_lines.splitlines() if line.startswith("•")]
    assert bullets == ["• You stayed with the silence."]  # before: also a bullet over nothing
