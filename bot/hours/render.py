"""What /hours shows in Discord, as plain text (the cog adds the controls)."""

from __future__ import annotations

from bot.hours.model import (
    FORMAT_LABELS,
    KIND_LABELS,
    PART_LABELS,
    STATE_LABELS,
    Attestation,
    HoursEntry,
    hours_text,
)
from bot.hours.report import Totals
from bot.inert import as_typed, bidi_closers, typed_pieces
from bot.limits import ELLIPSIS, clip
from bot.privacy import redact
from bot.wording import counted

PAGE_SIZE = 10
# An entry's text in a message, with room for what the message says around it.
DETAIL_MAX = 1700


def line(e: HoursEntry) -> str:
    span = f" {e.start}–{e.end}" if e.start else ""
    return (
        f"`#{e.id}` {e.day.isoformat()}{span} · {hours_text(e.minutes)} · {KIND_LABELS[e.kind]}"
        f" · {FORMAT_LABELS[e.format]} · {PART_LABELS[e.part]} · *{STATE_LABELS[e.state]}*"
    )


def option_label(e: HoursEntry) -> str:
    return clip(
        f"#{e.id} {e.day.isoformat()} · {hours_text(e.minutes)} · {KIND_LABELS[e.kind]}", 100
    )


def list_text(items: list[HoursEntry], page: int, total: int) -> str:
    if not total:
        return "You haven't logged any consultation hours yet. Add one with `/hours add`."
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    head = f"**Your consultation hours** (page {page + 1} of {pages}, {total} in all)"
    return "\n".join([head, *(line(e) for e in items), pick_what(items)])


def pick_what(items: list[HoursEntry]) -> str:
    """What picking an entry of the page lets the member do, as its actions say: an entry
    waiting for attestation can only be deleted, an attested one only asked to reopen, and
    one whose reopening she asked for only seen."""
    can = ["see"]
    if any(e.editable for e in items):
        can.append("edit")
    if any(not e.locked for e in items):
        can.append("delete")
    if any(e.state is Attestation.ATTESTED for e in items):
        can.append("ask to reopen")
    said = can[0] if len(can) == 1 else f"{', '.join(can[:-1])} or {can[-1]}"
    told = f"Pick one to {said} it."
    if all(e.locked for e in items):
        told = f"These are attested, so they are locked. {told}"
    return told


def more_waiting(shown: int, total: int) -> str:
    """For /hours pending: that more requests wait than one message lists (empty when it
    lists them all). The oldest are listed first, so answering them brings the rest up."""
    if total <= shown:
        return ""
    return (
        f"\n\nShowing the {shown} oldest of {counted(total, 'request')} waiting here; "
        "answer these to see the rest."
    )


def as_typed_within(text: str, limit: int) -> str:
    """`as_typed(text)` in at most `limit` characters: cut between typed characters (never
    inside an escape) and marked with an ellipsis when cut."""
    shown = as_typed(text)
    if len(shown) <= limit:
        return shown
    kept: list[str] = []
    used = 0
    for piece in typed_pieces(text):
        if used + len(piece) > limit - len(ELLIPSIS):
            break
        kept.append(piece)
        used += len(piece)
    while True:  # the closers of what is kept count towards the limit too
        cut = "".join(kept).rstrip()
        closed = cut + bidi_closers(cut)
        if len(closed) + len(ELLIPSIS) <= limit or not kept:
            return closed + ELLIPSIS
        kept.pop()


def share_out(lengths: list[int], budget: int) -> list[int]:
    """Each length cut so that together they use at most `budget`: the shorter ones keep
    theirs, the longest give up space first (an equal share each of what is left)."""
    given = [0] * len(lengths)
    left = budget
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    for n, i in enumerate(order):
        given[i] = max(0, min(lengths[i], left // (len(order) - n)))
        left -= given[i]
    return given


def detail(e: HoursEntry, *, for_attester: bool = False, budget: int = DETAIL_MAX) -> str:
    """The entry as text of at most about `budget` characters: what was typed is shown
    inert (escaping can double its length), and the longest texts are shortened first, so
    that a message holding it stays within Discord's 2,000 characters."""
    labels = {
        "group": "Group and facilitator",
        "topic": "Topic",
        "learning": "Learning goal",
        "reflection": "Reflection",
    }
    shown = ("group", "topic") if for_attester else tuple(labels)
    # (text before, what was typed, text after), in order
    rows: list[tuple[str, str, str]] = [(line(e), "", "")]
    if not for_attester:
        rows.append((f"Minutes on my own practice: {e.own_minutes}", "", ""))
    rows += [
        (f"**{labels[k]}:** ", clip(_typed(e, k, for_attester), 900), "")
        for k in shown
        if e.text(k)
    ]
    if e.locked:
        when = e.attested_at.strftime("%Y-%m-%d %H:%M UTC") if e.attested_at else ""
        rows.append(("Attested by ", e.attested_as, f", {when}. It is locked."))
    if e.state is Attestation.REOPEN_ASKED:
        rows.append(("Reopening it was asked for.", "", ""))
    if e.state is Attestation.DECLINED and not for_attester:
        rows.append(("Attestation was declined: ", e.declined_reason, ""))
    fixed = sum(len(before) + len(after) + 1 for before, _, after in rows)
    limits = share_out([len(as_typed(typed)) for _, typed, _ in rows], budget - fixed)
    return "\n".join(
        f"{before}{as_typed_within(typed, limit)}{after}"
        for (before, typed, after), limit in zip(rows, limits, strict=True)
    )


def _typed(e: HoursEntry, key: str, for_attester: bool) -> str:
    """What the member typed; the topic a facilitator sees is anonymized: attesting hours
    needs no client's name, and the member may have typed one (the form only asks not to)."""
    text = e.text(key)
    return redact(text) if for_attester and key == "topic" else text


def totals_text(t: Totals, label: str) -> str:
    if not t.sessions:
        return f"No consultation hours logged for {label}."
    rows = [
        f"**Consultation hours, {label}**",
        f"Total: {hours_text(t.minutes)} in {counted(t.sessions, 'session')}; "
        f"on my own practice: {hours_text(t.own_minutes)}; "
        f"attested: {hours_text(t.attested_minutes)}.",
    ]
    for title, by in (("By type", t.by_kind), ("By format", t.by_format), ("By role", t.by_part)):
        rows.append(f"{title}: " + ", ".join(f"{k} {hours_text(v)}" for k, v in by.items()))
    rows.append("The CSV and the printable page are attached (open the page and print it to PDF).")
    return "\n".join(rows)


def member_told(e: HoursEntry, state: Attestation, server: str) -> str:
    """The short DM a member gets when a facilitator of `server` (its name, as shown)
    attests, declines or reopens her entry: which entry by its date and length only, never
    its topic or anything else typed in it, nor the facilitator's words."""
    length = hours_text(e.minutes)
    what = f"your consultation hours entry `#{e.id}` of {e.day.isoformat()} ({length})"
    by = f"A facilitator of **{as_typed(clip(server, 100))}**"
    if state is Attestation.ATTESTED:
        return (
            f"{by} attested {what}. It is now locked; `/hours report` shows who attested it "
            "and when."
        )
    if state is Attestation.DECLINED:
        return (
            f"{by} declined to attest {what}. `/hours list` shows their reason; you can edit "
            "the entry and ask again."
        )
    return (
        f"{by} reopened {what}: its attestation is withdrawn and you can edit it in `/hours list`."
    )


# What the facilitator is told of that DM, after their own answer.
MEMBER_TOLD = " The member was told by DM."
MEMBER_LEFT = (
    " The member is no longer in this server, so I didn't DM them; they see it in `/hours list`."
)
MEMBER_NOT_TOLD_CLOSED = (
    " I couldn't tell the member by DM (they don't accept DMs from Sparkle); they see it in "
    "`/hours list`."
)
MEMBER_TOLD_LATER = (
    " Discord didn't take the DM to the member just now; I'll try again, and meanwhile they "
    "see it in `/hours list`."
)
MEMBER_TOLD_SOON = (
    " I couldn't DM the member just now; I'll try again shortly, and meanwhile they see it in "
    "`/hours list`."
)
MEMBER_NOT_TOLD = (
    " I couldn't tell the member by DM just now (Discord refused it); they see it in `/hours list`."
)
