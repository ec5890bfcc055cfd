"""A script's intro as it opens a reply (the progress reply after the first page, or a
one-page script's recap): inert, and never so long that the reply passes
Discord's 2000 characters, however much escaping lengthens it."""

from __future__ import annotations

from bot.conversation.library import load_shipped
from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from cogs._entry_layout import LEAD_MAX
from cogs._intro import INTRO_ROOM, intro_lead
from cogs._recap import HERE, SAVED_AGAIN, recap_lead


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


def _one_page(script: Script) -> Script:
    return script.model_copy(update={"pages": script.pages[:1]})


def test_a_longer_scripts_recap_says_no_intro() -> None:
    script = load_shipped()[ScriptKind.SPARKLE]
    assert script.intro not in recap_lead(script)
    assert recap_lead(script).startswith("**All saved.**")
    assert recap_lead(script, again=True).startswith("**Already saved**")


def test_a_one_page_scripts_recap_opens_with_its_intro() -> None:
    script = _one_page(load_shipped()[ScriptKind.SPARKLE])
    assert recap_lead(script) == f"{script.intro}\n\n**All saved.** {HERE}"
    assert recap_lead(script, again=True) == f"{SAVED_AGAIN} {script.intro}\n\n{HERE}"


def test_a_long_intro_leaves_the_recaps_own_words_whole() -> None:
    script = _one_page(load_shipped()[ScriptKind.SPARKLE])
    script = script.model_copy(update={"intro": "*_" * 1000})
    for again in (False, True):
        lead = recap_lead(script, again=again)
        assert len(lead) <= LEAD_MAX and lead.endswith(HERE)
        assert "\\*\\_" * 250 in lead
