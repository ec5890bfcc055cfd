"""An entry laid out in Discord's layout components, as the recap and /entries show it.

One container per entry: its name as a heading, each question as a small heading with the
answer below (a scale, count or choice on one line), then the actions in rows of buttons.
A message laid out so has no content or embeds; all its text displays together hold at most
4,000 characters and the whole view at most 40 components, so long answers are shortened at
a word boundary and, past the component limit, several answers share one text display.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

import discord
from discord import ui

from bot.conversation.blank import is_blank
from bot.conversation.script import Question, QuestionKind, Script, answer_as_read
from bot.inert import as_typed
from bot.limits import clip, clip_words, fit_texts
from bot.models import EntryRecord
from bot.round.models import KeptAffirmation
from cogs._buttons import EntryButton, EntryKey
from cogs._render import ACCENT, KEPT_TITLE, safe, short_date

TEXT_MAX = 4000  # Discord: every text display of one message together
COMPONENTS_MAX = 40  # Discord: every component of one message, nested ones included
BUTTONS_PER_ROW = 5
LEAD_MAX = 1500  # what is said above the entry leaves the answers most of the room
KEPT_MAX = 800
SHORTENED = "long answers are shortened here; /export has them in full"


def _heading(question: Question) -> str:
    label = as_typed(question.label)  # a server's admins typed it: shown inert, as answers are
    return f"**{label}** · " if _one_line(question) else f"### {label}\n"


def _one_line(question: Question) -> bool:
    return question.kind is not QuestionKind.TEXT


def _shown(question: Question, value: str) -> str:
    """A stored answer as the practitioner reads it: a scale out of its top, a choice's label."""
    return answer_as_read(question, value)


def _fit_inert(values: list[str], room: int) -> tuple[list[str], bool]:
    """`values` shown inert (as typed: no markdown of the writer's becomes a heading, list or
    quote of the card), shortened as `fit_texts` does so that together they fit in `room`
    once escaped; whether any was shortened."""
    fitted, shortened = fit_texts(values, room)
    shown = [as_typed(v) for v in fitted]
    while (over := sum(map(len, shown)) - room) > 0 and room > 0:
        room -= over
        fitted, _ = fit_texts(values, room)
        shown, shortened = [as_typed(v) for v in fitted], True
    return shown, shortened


def _footer(script: Script, entry: EntryRecord, shortened: bool, zone: tzinfo | None) -> str:
    footer = f"Started {short_date(entry.created_at, zone)}"
    if entry.is_draft:
        footer += f" · draft, next is page {entry.next_page + 1} of {len(script.pages)}"
    if shortened:
        footer += f" · {SHORTENED}"
    return f"-# {footer}"


def _kept_text(kept: Sequence[KeptAffirmation], room: int = KEPT_MAX) -> str:
    """The kept affirmations in at most `room` characters: as many whole as fit (the first
    shortened only if even it does not), then how many more there are and where."""
    lines = [f"### {KEPT_TITLE}"]
    whole = [f"• {safe(a.text)}" for a in kept]
    shown = 0
    while shown < len(whole):
        left = len(whole) - shown - 1
        more = len(_more_kept(left)) + 1 if left else 0
        if sum(len(x) + 1 for x in lines) + len(whole[shown]) + more > room:
            break
        lines.append(whole[shown])
        shown += 1
    if shown == 0 and kept:  # the first, shortened, rather than none
        lines.append(f"• {safe(clip_words(kept[0].text, max(40, room // 2)))}")
        shown = 1
    if shown < len(kept):
        lines.append(_more_kept(len(kept) - shown))
    return clip("\n".join(lines), room)


def _more_kept(count: int) -> str:
    return f"-# {count} more kept with this entry: /export has them all."


def row(*items: ui.Item[Any]) -> ui.ActionRow[Any]:
    """A row of persistent controls for a layout view."""
    laid: ui.ActionRow[Any] = ui.ActionRow()
    for item in items:
        laid.add_item(item)
    return laid


def _batched(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _grouped(texts: list[str], slots: int) -> list[str]:
    """`texts` in at most `slots` text displays, neighbours sharing one when they must."""
    if len(texts) <= max(slots, 1):
        return texts
    size = -(-len(texts) // max(slots, 1))
    return ["\n\n".join(group) for group in _batched(texts, size)]


def entry_layout(
    script: Script,
    entry: EntryRecord,
    *,
    title: str | None = None,
    lead: str = "",
    kept: Sequence[KeptAffirmation] = (),
    actions: Sequence[ui.Item[Any]] = (),
    zone: tzinfo | None = None,
) -> ui.LayoutView:
    """The entry in a container, `lead` above it and `actions` in rows below it; its day is
    that of `zone`, the member's."""
    heading = f"## {clip(title or f'{as_typed(script.name)} #{entry.id}', 200)}"
    kept = [a for a in kept if not is_blank(a.text)]  # one posted showing nothing says nothing
    lead = clip(lead, LEAD_MAX) if lead.strip() else ""
    asked = [q for q in script.questions() if q.id in entry.answers]
    headings = [_heading(q) for q in asked]
    longest_footer = _footer(script, entry, True, zone)
    if kept:  # as much room as the answers leave them, and at least KEPT_MAX
        answered = sum(len(h) + 4 for h in headings) + sum(
            len(as_typed(_shown(q, entry.answers[q.id]))) for q in asked
        )
        spare = TEXT_MAX - len(lead) - len(heading) - len(longest_footer) - answered
        kept_text = _kept_text(kept, max(KEPT_MAX, spare))
    else:
        kept_text = ""
    fixed = len(lead) + len(heading) + len(kept_text) + len(longest_footer)
    room = TEXT_MAX - fixed - sum(len(h) for h in headings) - 4 * len(asked)
    values, shortened = _fit_inert([_shown(q, entry.answers[q.id]) for q in asked], room)
    answers = [h + v for h, v in zip(headings, values, strict=True)]
    # Answers come first: what is said around them gives way if the total is still over.
    over = fixed + sum(len(a) + 4 for a in answers) - TEXT_MAX
    if over > 0 and kept_text:
        kept_text, over = clip(kept_text, max(0, len(kept_text) - over)), over - len(kept_text)
    if over > 0:
        lead = clip(lead, max(0, len(lead) - over))

    rows = _batched(actions, BUTTONS_PER_ROW)
    used = (
        bool(lead) + 3 + 2 * bool(kept_text) + 1 + sum(1 + len(b) for b in rows)
    )  # lead, container + heading + separator, kept, footer, rows
    laid = ui.LayoutView(timeout=None)
    if lead.strip():
        laid.add_item(ui.TextDisplay(lead))
    box = ui.Container(accent_colour=ACCENT)
    box.add_item(ui.TextDisplay(heading))
    box.add_item(ui.Separator())
    for text in _grouped(answers, COMPONENTS_MAX - used) or ["No answers yet."]:
        box.add_item(ui.TextDisplay(text))
    if kept_text:
        box.add_item(ui.Separator())
        box.add_item(ui.TextDisplay(kept_text))
    box.add_item(ui.TextDisplay(_footer(script, entry, shortened, zone)))
    laid.add_item(box)
    for buttons in rows:
        laid.add_item(row(*buttons))
    return laid


# -- changing a laid-out message in place -------------------------------------------------


def is_laid_out(message: discord.Message | None) -> bool:
    """Whether `message` uses layout components (those sent before them used embeds)."""
    return message is not None and message.flags.components_v2


def relaid(
    message: discord.Message, change: Callable[[ui.Item[Any]], ui.Item[Any] | None]
) -> ui.LayoutView:
    """`message`'s layout again, every control in its rows passed through `change`: None drops
    it, and a row left empty goes. Texts stay exactly as they were shown."""
    laid = ui.LayoutView.from_message(message, timeout=None)
    for line in [i for i in laid.walk_children() if isinstance(i, ui.ActionRow)]:
        kept = [new for old in line.children if (new := change(old)) is not None]
        line.clear_items()
        for item in kept:
            line.add_item(item)
        if not kept:
            parent = line.parent
            (parent if isinstance(parent, ui.Container) else laid).remove_item(line)
    laid.stop()  # its controls answer through their persistent classes, not through this view
    return laid


def custom_id_of(item: ui.Item[Any]) -> str:
    return str(getattr(item, "custom_id", "") or "")


def swapped(message: discord.Message, button: EntryButton) -> ui.LayoutView:
    """`message`'s layout with `button` in place of the control of its kind on its entry."""
    kind = type(button).key_type

    def change(item: ui.Item[Any]) -> ui.Item[Any]:
        key = kind.parse(custom_id_of(item))
        return button if isinstance(key, EntryKey) and key.entry == button.key.entry else item

    return relaid(message, change)


def without_actions(message: discord.Message) -> ui.LayoutView:
    """`message`'s layout with its buttons gone: what it said stays."""
    return relaid(message, lambda _: None)
