"""A client's name with an invisible mark inside it that Discord does not show (the combining
grapheme joiner U+034F, a variation selector, a tag character, a Khmer inherent vowel, a
musical formatting mark) read as the name on screen but not to the anonymizer: typed into
an affirmation, a closing or the key question, "Ma\u034fria" was posted in the round as
"Maria". Each is read as it shows, as a zero-width space already was, in every form of the
round; what the writer typed is kept as typed."""

from __future__ import annotations

import pytest
from simcord import assert_no_errors, assert_responded

from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    affirm,
    round_fields,
    said,
    share_with_question,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

MARKS = ["\u034f", "\ufe0f", "\U000e0041", "\u17b4", "\U0001d173", "\u2065"]


def _on_screen(text: str) -> str:
    """What a reader sees: the marks above show nothing."""
    return "".join(c for c in text if c not in MARKS)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("mark", ["\u034f", "\U000e0041"])
async def test_a_name_split_by_a_hidden_mark_never_reaches_the_round(
    group: Group, mark: str
) -> None:
    g, w = group, group.w
    question = f"How do I help Ma{mark}ria trust the group?"
    await share_with_question(g, question)
    assert "Maria" not in _on_screen(str(round_fields(the_post(w))))
    await w.alice.click(the_post(w), label="Next phase")
    affirmation = f"You gave Ma{mark}ria room to cry."
    await affirm(g.carol, w, affirmation)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    typed = {"takeaway": f"Ma{mark}ria needs time.", "step": f"Ask Ma{mark}ria what helps."}
    shown = await w.alice.submit_modal(opened, typed)
    assert_responded(shown, contains="exactly what will be posted", ephemeral=True)
    assert shown.response is not None
    posted = await w.alice.click(shown.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)

    thread = said(thread_of(w))
    assert {m.embeds[0].title for m in thread} >= {"Affirmation", "Closing"}
    for message in [the_post(w), *thread]:
        for embed in message.embeds:
            assert "Maria" not in _on_screen(f"{embed.title} {embed.description} {embed.fields}")
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and "Maria" not in _on_screen(record.key_question or "")
    closing = await repos.round.closing(g.share_id)
    assert closing is not None and closing.takeaway == typed["takeaway"]  # kept as typed
    assert_no_errors(w.env)
