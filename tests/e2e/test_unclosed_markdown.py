"""A share and a closing are the member's own words with their own markdown, posted under the
bot's labels in one text ("**What happened in that moment?**", "**My next step**"). A code
fence, inline code, bold, underline, strikethrough or spoiler she opened and never closed
ran on over every label after it: an open ``` turned the rest of the post into a code block,
an open ** paired with the next label's. Now what she left open is shown as typed (escaped),
what she closed keeps its formatting, and each label after her words stays the bot's own."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import World
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
