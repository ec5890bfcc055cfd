"""A share's text anonymized once more at posting, and an edit of it anonymized: as a whole,
its labels as shown."""

from __future__ import annotations

import re

from bot.labelled import redacted_as_posted
from bot.share import edit_redacted, editable, redacted_again, shown_again

SHOWN = "**What happened?**\nShe saw her Dr.\n\n**How did you help?**\nHow I paused."


def _title_then_word(text: str) -> str:
    """An anonymizer that, like the real one, reads a title with the word after it, across
    lines and markdown, and then replaces that word wherever it stands (never a placeholder's
    word: read again, its output stays as it is)."""
    found = re.search(r"Dr\.[^\w\[]+(\w+)", text)
    return text.replace(found[1], "[name]") if found else text


def test_a_label_is_not_read_with_the_answer_before_it() -> None:
    again = redacted_again(SHOWN, _title_then_word)
    assert again.split("\n")[3] == "**How did you help?**"
    assert again.split("\n")[4] == "[name] I paused."  # her words go as the whole pass gives


def test_a_label_holding_something_on_its_own_is_anonymized() -> None:
    shown = "**What happened?**\nIt went well.\n\n**Maria said**\nYes."
    again = redacted_again(shown, lambda t: t.replace("Maria", "[name]"))
    assert again == shown.replace("Maria", "[name]")


def test_a_replacement_across_lines_gives_the_whole_pass() -> None:
    again = redacted_again(SHOWN, lambda t: t.replace("Dr.\n\n", "[name] "))
    assert again == SHOWN.replace("Dr.\n\n", "[name] ")


def test_nothing_found_changes_nothing() -> None:
    assert redacted_again(SHOWN, lambda t: t) == SHOWN


def test_a_bold_line_inside_an_answer_is_her_words() -> None:
    shown = "**What happened?**\nShe saw her Dr.\n**How** it went"
    again = redacted_again(shown, _title_then_word)
    assert again == "**What happened?**\nShe saw her Dr.\n**[name]** it went"


def test_an_edit_keeps_the_labels_it_was_given() -> None:
    typed = editable(SHOWN).replace("paused.", "paused twice.")
    assert "How did you help?" in typed.split("\n")
    redacted = edit_redacted(typed, SHOWN, _title_then_word)
    assert shown_again(redacted, SHOWN).split("\n")[3] == "**How did you help?**"


def test_an_edit_of_a_label_holding_a_name_is_anonymized() -> None:
    shown = "**Maria said**\nYes."
    again = edit_redacted("Maria said\nYes, Maria.", shown, lambda t: t.replace("Maria", "[n]"))
    assert again == "[n] said\nYes, [n]."


def test_a_closing_keeps_its_labels() -> None:
    closing = "**What I'm taking away**\nAsk her Dr.\n\n**My next step**\nMy call."
    again = redacted_as_posted(closing, lambda t: t.replace("Dr.\n\n**My", "Dr.\n\n**[n]"))
    assert again == closing


def _one_word_more(text: str) -> str:
    """An anonymizer that, like the real one on a few texts, finds more when it reads its own
    output again: a capitalised word right after a placeholder goes too, one per pass."""
    return re.sub(r"(\[name\] )(?!\[)([A-Z]\w+)", r"\1[name]", text, count=1)


def test_what_is_posted_reads_the_same_when_read_again() -> None:
    """A closing is previewed with `redacted_as_posted` and posted with it again: a pass that
    finds more on its own output would post what its author never saw."""
    closing = "**My next step**\n[name] Waktu Beta."
    shown = redacted_as_posted(closing, _one_word_more)
    assert shown == "**My next step**\n[name] [name] [name]."
    assert redacted_as_posted(shown, _one_word_more) == shown


def test_a_closing_in_capitals_is_posted_as_previewed() -> None:
    """Found by reading thousands of development texts as closings (each part anonymized, then
    the whole as the thread post reads it): read once more, 'WAKTU BETA' went."""
    from bot.privacy import redact

    takeaway = redact(
        'SCALING MOVED FROM 2/10 TO 5/10. HER OMA NOTICED AND SAID, "NGANA SO BAE-BAE."'
    )
    step = redact(
        'BETA TANYA, "KAPAN LU PUNG RASA TAKUT TU KURANG?" DIA BILANG, "WAKTU BETA PI KEBUN'
        ' DENG MAMA YOSINA DI OESAPA." DIA PUNG KAKA FERDY YANG LIA DIA SU SENYUM-SENYUM.'
    )
    closing = f"**What I'm taking away**\n{takeaway}\n\n**My next step**\n{step}"
    shown = redacted_as_posted(closing, redact)
    assert redacted_as_posted(shown, redact) == shown
