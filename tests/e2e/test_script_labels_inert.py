"""A server's uploaded script is text its admins typed, and its labels and name are shown to
every member inside the bot's own words: the entry card, /entries, the offer to resume, a
refused page, and the share posted to the group. There they are shown inert, as a member's
typed answers are: markdown in a label never becomes a link, heading or emphasis of the
bot's message (a masked link in a label was a live link in every member's card and in the
group's channel), and a right-to-left override a label leaves open is closed before the
member's answer under it."""

from __future__ import annotations

import json
import re
from typing import Any

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World, set_consultation_channel
from tests.e2e.helpers import bot_of, modal_guidance, open_first_page, texts
from tests.e2e.test_my_data import _export  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_setup_script import _upload, edited  # pyright: ignore[reportPrivateUsage]

LINK_LABEL = "Verify [here](https://x.example) **now**"
RLO = "\u202e"
MASKED_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")  # [text]( with neither bracket escaped
NAME = "Sparkle [login](https://x.example)"
ANSWERS = {
    "moment": "It clicked.",
    "signs": "Smiles.",
    "doing": "I slowed down.",
    "how": "Prepared.",
    "frequency": "6",
    "next_step": "Pause.",
}


def _inert(text: str) -> None:
    """No live markdown from the script's wording, and no override left open on a line."""
    assert MASKED_LINK.search(text) is None and "**now**" not in text, text
    for line in text.split("\n"):
        assert line.count(RLO) <= line.count("\u202c"), repr(line)


async def _hostile_script(w: World, admin: MemberActor) -> None:
    data = edited(
        "sparkle",
        ('name = "Sparkling-moment reflection"', f'name = "{NAME}"'),
        ('label = "What happened in that moment?"', f'label = "{LINK_LABEL}"'),
        ('label = "How could you tell it was going well?"', 'label = "How could you tell?\\u202E"'),
    )
    assert_responded(await _upload(w, admin, "sparkle", data), contains="version 2")


async def test_hostile_script_wording_is_inert_in_the_card_and_the_lists(
    world: World, admin: MemberActor
) -> None:
    w = world
    await _hostile_script(w, admin)
    shown = await open_first_page(w.alice, w.channel)
    saved = await w.alice.submit_modal(shown, {"moment": "It clicked.", "signs": "Smiles."})
    assert_responded(saved, contains="Saved", ephemeral=True)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items

    listing = await w.alice.slash(w.channel, "entries")
    assert listing.response is not None
    _inert("\n".join([listing.response.content, *texts(listing)]))
    card = await w.alice.select(listing.response.message, [str(entry.id)])
    shown_texts = texts(card)
    _inert("\n".join(shown_texts))
    assert any("It clicked." in t and "Verify \\[here\\]" in t for t in shown_texts)

    resume = await w.alice.slash(w.channel, "sparkle")  # her draft: resume or start new
    assert resume.response is not None and "unfinished" in resume.response.content
    _inert(resume.response.content)


async def test_a_refused_page_names_a_hostile_label_inert(world: World, admin: MemberActor) -> None:
    w = world
    await _hostile_script(w, admin)
    shown = await open_first_page(w.alice, w.channel)
    refused: Any = await w.alice.submit_modal(shown, {"moment": " ", "signs": "Smiles."})
    assert refused.acknowledged and refused.ephemeral and refused.response is not None
    assert "Verify" in refused.response.content
    _inert(refused.response.content)


async def test_a_share_quotes_a_hostile_label_inert_in_the_preview_and_the_post(
    world: World, admin: MemberActor
) -> None:
    w = world
    await set_consultation_channel(w, admin)
    await _hostile_script(w, admin)
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="sparkle",
        guild_id=w.guild.id,
        answers=ANSWERS,
        advance_to=3,
        complete=True,
        script_version=2,
    )
    assert header is not None
    preview = await w.alice.slash(w.channel, "share", entry=str(header.id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    (shown,) = preview.response.embeds
    assert "Verify \\[here\\]([url])" in (shown.description or "")  # anonymized, as posted
    _inert(shown.description or "")
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = [m for m in w.channel.history() if m.embeds]
    assert message.embeds[0].description == shown.description  # exactly as she saw it
    _inert(message.embeds[0].description or "")


async def test_a_note_shows_a_hostile_gap_wording_and_area_label_inert(
    world: World, admin: MemberActor
) -> None:
    """The draft note's gaps say what is missing in the script's own `feeds.note` wording,
    and its area of concern is the script's choice label: both are shown inert in the note
    message, and plain in its text file."""
    w = world
    data = edited(
        "exception",
        (
            'feeds = { note = "the treatment goal this links to" }',
            'feeds = { note = "the goal: [see](https://x.example) **now**" }',
        ),
        (
            'label = "Low mood / depression"',
            'label = "Low [mood](https://x.example)"',
        ),
    )
    assert_responded(await _upload(w, admin, "exception", data), contains="version 2")
    answers = {
        "area": "low_mood",
        "problem": "Nothing gets done, the week is a write-off.",
        "exception": "One morning they got up on time and replied to a friend.",
        "different": "Clothes laid out the night before.",
        "client_did": "Laid out clothes.",
        "present": "individual",
        "questions_used": "What was different that morning?",
        "response": "Became more animated.",
        "next_step": "Lay out clothes two evenings this week.",
        "count": "1",
    }  # no treatment goal: its gap is in the note
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="exception",
        guild_id=w.guild.id,
        answers=answers,
        advance_to=3,
        complete=True,
        script_version=2,
    )
    assert header is not None
    drafted = await w.alice.slash(w.channel, "note", entry=str(header.id), format="soap")
    assert drafted.acknowledged and drafted.ephemeral and drafted.response is not None
    message = drafted.response.content
    assert "the goal: \\[see\\]" in message and "low \\[mood\\]" in message
    _inert(message)
    markdown, plain = drafted.response.attachments
    assert (await markdown.read()).decode() == message  # the Markdown file is as inert
    body = (await plain.read()).decode()
    assert "the goal: [see](https://x.example) now" in body and "\\" not in body


async def test_the_export_shows_the_entrys_own_hostile_wording_inert_and_answers_as_typed(
    world: World, admin: MemberActor
) -> None:
    """/export's Markdown file reads each entry with the script it was written with, as its
    card does: the server's name and labels are there, inert (a masked link in a label is
    no link in the file), and her own answers are exactly as she typed them."""
    w = world
    await _hostile_script(w, admin)
    answers = {**ANSWERS, "moment": "It **clicked** [see](https://mine.example) <@1>"}
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="sparkle",
        guild_id=w.guild.id,
        answers=answers,
        advance_to=3,
        complete=True,
        script_version=2,
    )
    assert header is not None
    files = await _export(w, w.alice)
    markdown = files["sparkle-export.md"].decode()
    assert f"## Sparkle \\[login\\](https://x.example) #{header.id} (complete)" in markdown
    assert "**Verify \\[here\\](https://x.example) \\*\\*now\\*\\***" in markdown
    assert f"**How could you tell?{RLO}\u202c**" in markdown  # the override closed
    _inert(markdown.replace(answers["moment"], ""))
    assert f"\n{answers['moment']}\n" in markdown  # her answer, not escaped
    document = json.loads(files["sparkle-export.json"])
    assert document["entries"][0]["answers"] == answers  # the JSON is unchanged


async def test_a_pages_hostile_guidance_is_shown_inert_at_the_top_of_its_form(
    world: World, admin: MemberActor
) -> None:
    """A page's guidance is a text display above the form's questions, where Discord renders
    markdown: an admin's masked link there was a live link in every member's form."""
    w = world
    hostile = "# Log in [here](https://x.example) **now** @everyone first\\u202E"
    data = edited(
        "sparkle",
        (
            'guidance = "One moment, however small, from a recent session. Describe it as a '
            'camera would have seen it, and leave out anything that could identify the client."',
            f'guidance = "{hostile}"',
        ),
    )
    assert_responded(await _upload(w, admin, "sparkle", data), contains="version 2")
    shown = await open_first_page(w.alice, w.channel)
    (guidance,) = modal_guidance(shown)
    _inert(guidance)
    assert guidance.startswith("\\# Log in \\[here\\](https://x.example) \\*\\*now\\*\\*")
    assert "@everyone first" in guidance and not guidance.startswith("#")
