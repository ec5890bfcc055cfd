"""Draft progress-note skeletons (SOAP, DAP, BIRP) from a client-exception debrief."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from bot.conversation.engine import parse_number
from bot.notes.escape import neutralise
from bot.notes.fields import AREA_LABELS, TEXT_FIELDS, gap

TEMPLATES = Path(__file__).with_name("templates")

_BULLET = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")


class NoteFormat(StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"


@cache
def environment() -> SandboxedEnvironment:
    """The one template environment, built on first use."""
    # Markdown, not HTML: user text is made safe by the `md` filter instead of autoescaping.
    env = SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = neutralise
    env.globals["gap"] = gap
    return env


def _sentence(text: str) -> str:
    """Lines (list markers dropped) joined into running text that ends like a sentence."""
    lines = [_BULLET.sub("", line.strip()) for line in text.splitlines()]
    parts = [line for line in lines if line]
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined += (" " if _ENDS_SENTENCE.search(joined) else "; ") + part
    return joined if _ENDS_SENTENCE.search(joined) else joined + "."


def _context(answers: Mapping[str, str], redact: Callable[[str], str]) -> dict[str, Any]:
    def clean(key: str) -> str:
        raw = (answers.get(key) or "").strip()
        return _sentence(redact(raw)) if raw else ""

    area = (answers.get("area") or "").strip()
    count = parse_number(answers.get("count") or "")
    return {
        "a": {key: clean(key) for key in TEXT_FIELDS},
        "area": AREA_LABELS.get(area.lower()) or (redact(area) if area else ""),
        "area_other": area.lower() == "other",
        "n": count,
    }


def render_note(
    answers: Mapping[str, str],
    fmt: NoteFormat,
    *,
    redact: Callable[[str], str] | None = None,
) -> str:
    """A draft note in `fmt` from debrief `answers` (by question id), as Discord Markdown.

    Every free-text answer passes through `redact` (default: `bot.privacy.redact`) and then
    the template's `md` filter; whatever the debrief left empty becomes a visible gap.
    """
    if redact is None:
        from bot.privacy import redact as default_redact

        redact = default_redact
    template = environment().get_template(f"{NoteFormat(fmt).value}.md.j2")
    return template.render(_context(answers, redact)).strip() + "\n"
