"""Affirmations the presenter keeps with her entry are other members' typed words, shown in
her /entries card under "Affirmations from the group": there they are shown inert, as every
typed text is. A line of an affirmation that starts a numbered list, a "+" list, or a heading
or quote after a few spaces was live markdown of the card (the card's own layout broken by
another member's text); each now shows as typed, and nothing pings."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import accept_agreement
from tests.e2e.helpers import bot_of, texts
from tests.e2e.test_hostile_input import HOSTILE, LINES, assert_inert
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in

# The subject (what the card shows around typed text) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

OPENERS = "Well done.\n1. numbered\n10. tenth\n+ plus item\n  # spaced heading\n  > spaced quote"
CASES = {
    "line openers": OPENERS,
    "every markdown line": "You stayed with it.\n" + LINES,
    "mentions": "Thank you " + HOSTILE["mentions"],
}


@pytest.mark.parametrize("typed", list(CASES.values()), ids=list(CASES))
async def test_a_kept_affirmation_is_shown_inert_in_the_presenters_card(
    group: Group, typed: str
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, typed)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert "Kept: 1 affirmation" in kept.response.content
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    listing = await w.alice.slash(w.channel, "entries")
    card = await w.alice.select(listing.response.message, [str(entry.id)])
    assert card.acknowledged and card.ephemeral
    shown = "\n".join(texts(card))
    assert_inert(shown, typed)
    # the kept affirmations' own lines: under their heading, above the card's footer
    kept_lines = shown.split("### Affirmations from the group\n")[1].split("\n-# ")[0]
    assert kept_lines.startswith("• ")
    for line in kept_lines.splitlines():
        assert not line.lstrip(" ").startswith(("#", ">")), f"formatting escaped: {line!r}"
        assert not line.startswith(("10. ", "+ ")), f"formatting escaped: {line!r}"
    stored = w.env.backend.get_message(card.response.channel_id, card.response.id)
    assert not stored.ping_user_ids and not stored.ping_role_ids and not stored.mention_everyone


async def test_a_named_affirmation_names_its_writer_inert(group: Group) -> None:
    """A named affirmation's title carries the writer's name in the server, as she chose it:
    markdown, a masked link or a right-to-left override in it was live in the title of the
    private reply and of the thread's post; now it is shown as typed."""
    g, w = group, group.w
    await _at_affirmations(g)
    nick = "**Dr** [x](https://e.example) \u202eKim"
    evi = w.guild.add_member(w.env.create_user("evi"), nick=nick)
    await accept_agreement(w.env, w.guild.id, evi.id)
    done = await affirm(evi, w, "You kept the pace.", sign="named")
    title = done.response.embeds[0].title or ""
    assert title.startswith("Affirmation from ") and "Kim" in title
    assert_inert(title, nick)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    titles = [m.embeds[0].title for m in said_in(thread_of(w)) if m.embeds]
    assert title in titles
