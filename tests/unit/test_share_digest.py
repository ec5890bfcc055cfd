"""The digest a preview's post buttons carry: one exact text and key question."""

from __future__ import annotations

from bot.share import preview_digest


def test_a_preview_digest_names_its_text_and_key_question() -> None:
    text = "The walk helped, she told me."
    digest = preview_digest(text, None)
    assert digest == preview_digest(text, None) == preview_digest(text, "")  # no question
    assert 0 <= digest < 2**32  # fits a custom id's int field
    assert digest != preview_digest(text + " ", None)
    assert digest != preview_digest(text, "What else could I try?")
    # The text and the question are kept apart: moving words between them changes it.
    assert preview_digest("a b", "c") != preview_digest("a", "b c")
