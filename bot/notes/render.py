"""Draft progress notes (SOAP, DAP, BIRP) from a client-exception debrief.

One note, two renderings: Discord Markdown for the message (user text escaped, mentions
broken) and plain text for the attached file that clinicians paste into their record system
(no escapes, emoji or invisible characters).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script, get_script
from bot.limits import ELLIPSIS, head
from bot.notes.escape import neutralise
from bot.notes.sentences import Composer
from bot.notes.wording import join_naturally, unmark

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

TEMPLATES = Path(__file__).with_name("templates")
FULL_NOTE_IN_FILE = "The full note is in the attached files."


class NoteFormat(StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"


@cache
def environment() -> SandboxedEnvironment:
    """The one template environment, built on first use (jinja2 is imported only then: the
    bot starts without it)."""
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    # Not HTML: user text is made safe by the composer's `show` instead of autoescaping.
    env = SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _plain_show(text: str) -> str:
    """User text for the plain-text file: one line, Markdown markers dropped, nothing escaped."""
    return " ".join(unmark(text).split())


def _placeholder_line(kinds: list[str]) -> str:
    if not kinds:
        return ""
    named = join_naturally(kinds)
    verb = "marks a detail" if len(kinds) == 1 else "mark details"
    return f"{named} {verb} removed to protect the client's identity."


def render_note(
    answers: Mapping[str, str],
    fmt: NoteFormat,
    *,
    redact: Callable[[str], str] | None = None,
    plain: bool = False,
    script: Script | None = None,
) -> str:
    """A draft note in `fmt` from debrief `answers` (by question id), read with `script`
    (the entry's own debrief script; the shipped one by default).

    Discord Markdown by default; `plain=True` gives the plain-text rendering for a file.
    Every free-text answer passes through `redact` (default: `bot.privacy.redact`) once;
    fixed framing never does. Whatever the debrief left empty or weak becomes a visible gap.
    """
    if redact is None:
        from bot.privacy import redact as default_redact

        redact = default_redact
    debrief = script or get_script(ScriptKind.EXCEPTION)
    composer = Composer(debrief, answers, redact, _plain_show if plain else neutralise)
    template = environment().get_template(f"{NoteFormat(fmt).value}.j2")
    text = template.render(
        s=composer, plain=plain, placeholders=_placeholder_line(composer.placeholder_kinds())
    )
    return text.strip() + "\n"


def render_both(
    answers: Mapping[str, str],
    fmt: NoteFormat,
    *,
    redact: Callable[[str], str] | None = None,
    script: Script | None = None,
) -> tuple[str, str]:
    """The note as Discord Markdown and as plain text, each answer redacted only once."""
    if redact is None:
        from bot.privacy import redact as default_redact

        redact = default_redact
    once = cache(redact)
    return render_note(answers, fmt, redact=once, script=script), render_note(
        answers, fmt, redact=once, plain=True, script=script
    )


def fit_message(text: str, limit: int) -> str:
    """`text` if it fits one message; else whole sections that fit, then a pointer to the file."""
    if len(text) <= limit:
        return text
    tail = "\n\n" + FULL_NOTE_IN_FILE
    kept = ""
    for block in text.split("\n\n"):
        candidate = f"{kept}\n\n{block}" if kept else block
        if len(candidate) + len(tail) > limit:
            break
        kept = candidate
    if not kept:
        kept = head(text, limit - len(tail) - 1).rstrip() + ELLIPSIS
    return kept + tail
