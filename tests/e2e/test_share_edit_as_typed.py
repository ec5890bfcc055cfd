"""A share's Edit text form shows her words as she typed them.

Before, it was prefilled with the share's text as shown: the bot's labels in their markdown
("**How could you tell it was going well?**") and a backslash before each marker she left open
("It went \\*\\*well"), none of which she typed. Now the labels read as plain lines and her
words as typed; a save without a change changes nothing, and a save with one keeps the labels
the bot's own (bold) and her open markers closed in themselves, as the first preview did."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import modal_defaults
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_double_submit import _the_draft  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_unclosed_markdown import UNCLOSED, assert_nothing_open_before

# The subject (what the form shows and how a save is put under the labels) sits above storage.
pytestmark = pytest.mark.sqlite_only

LABEL = "How could you tell it was going well?"
TYPED = {**UNCLOSED, "italic, and not markdown": "It went *well, 5*3 and snake_case"}


@pytest.mark.parametrize("typed", list(TYPED.values()), ids=list(TYPED))
async def test_the_edit_form_shows_her_words_as_typed_and_a_save_keeps_the_labels(
    configured: World, typed: str
) -> None:
    w = configured
    preview = await _preview(w, moment=typed)
    assert preview.response is not None
    before = await _the_draft(w)
    assert f"**{LABEL}**" in before.text  # the bot's label, bold
    form = await w.alice.click(preview.response.message, label="Edit text")
    shown = modal_defaults(form)["text"]
    assert typed in shown  # before: her open markers escaped ("\\*\\*well")
    assert "\\" not in shown
    assert LABEL in shown and "**" + LABEL not in shown  # a plain line, not markdown

    unchanged = await w.alice.submit_modal(form, {"text": shown})
    assert_responded(unchanged, contains="Already saved", ephemeral=True)
    assert await _the_draft(w) == before  # nothing written

    again = await w.alice.click(preview.response.message, label="Edit text")
    edited = shown.replace("well", "very well", 1)
    saved = await w.alice.submit_modal(again, {"text": edited})
    assert_responded(saved, contains="Preview of your edited text", ephemeral=True)
    assert saved.response is not None
    description = saved.response.embeds[0].description or ""
    assert "very well" in description
    assert_nothing_open_before(description, f"**{LABEL}**")  # still the bot's, bold
    stored = await _the_draft(w)
    assert stored.text == description and stored.text != before.text
    reopened = await w.alice.click(saved.response.message, label="Edit text")
    assert modal_defaults(reopened)["text"] == edited  # her words as she typed them
    posted = await w.alice.click(saved.response.message, label="Post anonymously")
    assert posted.acknowledged
    (message,) = posts(w)
    assert message.embeds[0].description == description  # posted as previewed
