"""A script's intro as it opens a reply: inert, and never so long that the reply passes
Discord's 2000 characters, however much escaping lengthens it."""

from __future__ import annotations

from bot.conversation.library import load_shipped
from bot.conversation.roles import ScriptKind
from cogs.conversations import INTRO_ROOM, intro_lead


def test_the_shipped_intro_is_shown_whole_before_a_blank_line() -> None:
    script = load_shipped()[ScriptKind.EXCEPTION]
    assert intro_lead(script) == script.intro.strip() + "\n\n"


def test_no_intro_adds_nothing() -> None:
    script = load_shipped()[ScriptKind.SPARKLE].model_copy(update={"intro": "  "})
    assert intro_lead(script) == ""


def test_an_intro_that_escaping_doubles_is_cut_to_fit() -> None:
    script = load_shipped()[ScriptKind.SPARKLE].model_copy(update={"intro": "*_" * 500})
    lead = intro_lead(script)
    assert len(lead) <= INTRO_ROOM + 2
    assert lead.startswith("\\*\\_") and lead.endswith("…\n\n")
    assert "\\*\\_" * 300 in lead  # cut once, not to almost nothing
