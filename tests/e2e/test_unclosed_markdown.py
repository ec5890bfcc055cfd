"""A share and a closing are the member's own words with their own markdown, posted under the
bot's labels in one text ("**What happened in that moment?**", "**My next step**"). A code
fence, inline code, bold, underline, strikethrough or spoiler she opened and never closed
ran on over every label after it: an open ``` turned the rest of the post into a code block,
an open ** paired with the next label's. Now what she left open is shown as typed (escaped),
what she closed keeps its formatting, and each label after her words stays the bot's own.
A single "*" or "_" (italics) left open in one answer paired with a lone one in a later answer,
making the labels between them italic; now it is closed in itself too, while a "*" or "_" that
is not markdown (5*3, snake_case, "* a list item") is shown as typed, unescaped."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_round import Group, _at_affirmations, the_post, thread_of  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

# The subject (how her text is put under the labels) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

UNCLOSED = {
    "code fence": "It went ```well",
    "inline code": "It went `well",
    "bold": "It went **well",
    "underline": "It went __well",
    "strikethrough": "It went ~~well",
    "spoiler": "It went ||well",
    "closed, then one open": "It **went** ```well``` and **then",
}
_CODE = re.compile(r"(?<!\\)```[\s\S]*?(?<!\\)```|(?<!\\)`[^`\n]*(?<!\\)`")


def assert_nothing_open_before(shown: str, label: str) -> None:
    """Before `label` in `shown`, every (unescaped) code span is closed, and every bold,
    underline, strikethrough and spoiler marker outside code has its pair."""
    before, found, _ = shown.partition(label)
    assert found, f"{label!r} not in {shown!r}"
    outside = _CODE.sub("", before)
    assert not re.search(r"(?<!\\)`", outside), f"code left open before {label!r}: {before!r}"
    for marker in (r"\*\*", "__", "~~", r"\|\|"):
        count = len(re.findall(rf"(?<!\\){marker}", outside))
        assert count % 2 == 0, f"{marker} left open before {label!r}: {before!r}"


@pytest.mark.parametrize("typed", list(UNCLOSED.values()), ids=list(UNCLOSED))
async def test_a_share_keeps_its_labels_whatever_markdown_an_answer_leaves_open(
    configured: World, typed: str
) -> None:
    w = configured
    preview = await _preview(w, moment=typed)
    shown = preview.response.embeds[0].description or ""
    assert "well" in shown
    assert_nothing_open_before(shown, "**How could you tell it was going well?**")
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # posted as previewed


@pytest.mark.parametrize("typed", list(UNCLOSED.values()), ids=list(UNCLOSED))
async def test_a_closing_keeps_its_next_step_label_whatever_markdown_it_leaves_open(
    group: Group, typed: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    done = await w.alice.submit_modal(opened, {"takeaway": typed, "step": "Pause."})
    assert done.response is not None and done.response.content.startswith("Saved")
    shown = done.response.embeds[0].description or ""
    assert_nothing_open_before(shown, "**My next step**")
    stored = await repos.round.closing(g.share_id)
    assert stored is not None and stored.takeaway == typed  # kept as typed with her entry
    await w.alice.click(done.response.message, label="Post my closing")
    (closing,) = [m for m in said_in(thread_of(w)) if m.embeds and m.embeds[0].title == "Closing"]
    assert closing.embeds[0].description == shown


# Discord's italics (simple-markdown's "em"): a lone "*" before a non-space, up to the next lone
# "*" after a non-space ("**" may sit inside); a lone "_" up to the next at a word's end.
_ITALIC = re.compile(
    r"(?<![\\*])\*(?=[^\s*])(?:\*\*|\\[\s\S]|\s+(?:\\[\s\S]|[^\s*\\]|\*\*)|[^\s*\\])+?\*(?!\*)"
    r"|(?<![\\_])_(?!_)(?:__|\\[\s\S]|[^\\_])+?_(?!\w)"
)

# (moment, signs): one answer leaves a lone marker open, a later one has a lone one to close it.
ITALICS = {
    "asterisk": ("It went *well", "They leaned in*."),
    "asterisk, closed by a product": ("It went *well", "It happened 2*3 times."),
    "underscore": ("It went _well", "They leaned in_."),
    "closed, then one open": ("It *went* well, *then", "They leaned in*."),
    "closed, then one ended by another": ("It *went* well, *then *again", "They leaned in*."),
}
# Stars and underscores that are not markdown, each kept exactly as typed.
NOT_MARKDOWN = ("5*3 and snake_case here", "* a list item\n* and another")


@pytest.mark.parametrize("typed", list(ITALICS.values()), ids=list(ITALICS))
async def test_an_italic_left_open_in_one_answer_never_spans_the_labels_after_it(
    configured: World, typed: tuple[str, str]
) -> None:
    w = configured
    moment, signs = typed
    answers = {"moment": moment, "signs": signs, "doing": "I slowed down.", "how": "Prepared."}
    answers |= {"frequency": "6", "next_step": "Pause."}
    entry = await stored_entry(bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    shown = preview.response.embeds[0].description or ""
    label = "**How could you tell it was going well?**"
    assert label in shown and "well" in shown and signs[5:] in shown.replace("\\", "")
    spans = [m.group() for m in _ITALIC.finditer(shown)]
    assert not [s for s in spans if label in s], f"an italic over the label: {shown!r}"
    assert ("*went*" in shown) == ("*went*" in moment)  # her closed italics, kept
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # posted as previewed


async def test_stars_and_underscores_that_are_not_markdown_are_shown_as_typed(
    configured: World,
) -> None:
    w = configured
    moment, signs = NOT_MARKDOWN
    answers = {"moment": moment, "signs": signs, "doing": "I slowed down.", "how": "Prepared."}
    answers |= {"frequency": "6", "next_step": "Pause."}
    entry = await stored_entry(bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    shown = preview.response.embeds[0].description or ""
    assert moment in shown and signs in shown  # untouched, no escapes
