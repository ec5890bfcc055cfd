"""Anonymised highlights: at most one per author, in an order unrelated to who wrote them.

Nothing is quoted that its author has not seen and approved: `proposed_excerpts` is what the
author is shown (already anonymized and cut), and `choose` only ever picks among approved
excerpts, quoting them exactly as approved.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from bot.conversation.blank import is_blank
from bot.conversation.script import Script, library
from bot.digest import texts_digest
from bot.limits import ELLIPSIS, head
from bot.models import QuoteStatus

EXCERPT_MAX = 300
MIN_LENGTH = 20
HIGHLIGHTS_MAX = 5

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

Candidate = tuple[bytes, str]
"""A candidate highlight: the SHA-256 digest of its text, and the text."""


def candidate(text: str, minimum: int = MIN_LENGTH) -> Candidate | None:
    """`text` as a candidate highlight, or None when it is too short to say anything."""
    text = " ".join(text.split())
    if len(text) < minimum or is_blank(text):  # an excerpt showing nothing quotes nothing
        return None
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), text


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """The leading whole sentences of `text` that fit in `limit`; else its words, clipped."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        joined = f"{kept} {sentence}" if kept else sentence
        if len(joined) > limit:
            break
        kept = joined
    if kept:
        return kept
    start = head(text, limit - 1)
    cut = start.rsplit(" ", 1)[0] if " " in start else start
    return cut.rstrip(" ,;:") + ELLIPSIS


def proposed_excerpts(
    script: Script | str, answers: Mapping[str, str], redact: Callable[[str], str]
) -> dict[str, str]:
    """The excerpts that could be quoted from an entry, by question id, exactly as they would be.

    Which answers may be quoted is the script's word (`feeds.highlight`); `script` is the
    entry's own script version, or a shipped script's id.
    """
    if isinstance(script, str):
        script = library()[script]
    out: dict[str, str] = {}
    for question in script.questions():
        text = answers.get(question.id, "")
        if not question.feeds.highlight or candidate(text) is None:
            continue
        if shown := final_excerpt(text, redact):
            out[question.id] = shown
    return out


def final_excerpt(text: str, redact: Callable[[str], str]) -> str | None:
    """`text` anonymized and cut exactly as it would be quoted; None when too short to quote."""
    shown = excerpt(redact(" ".join(text.split())))
    return shown if len(shown) >= MIN_LENGTH // 2 and not is_blank(shown) else None


def excerpts_digest(excerpts: Mapping[str, str]) -> int:
    """A short number naming one exact set of excerpts, so an approval is of what was shown."""
    return texts_digest(excerpts)


def edit_changes_nothing(
    status: QuoteStatus, stored: Mapping[str, str], edited: Mapping[str, str]
) -> bool:
    """Whether an excerpt edit, anonymized, is the wording already stored and shown (or
    approved): the same Edit form submitted twice, say. Such an edit is not applied again,
    so it never withdraws an approval given in between."""
    shown = status in (QuoteStatus.PENDING, QuoteStatus.APPROVED)
    return shown and bool(edited) and dict(stored) == dict(edited)


def edit_form_is_current(
    status: QuoteStatus,
    stored: Mapping[str, str],
    stored_by: Iterable[str | None],
    *,
    shown: int,
    form: str,
) -> bool:
    """Whether an Edit form may store its wording: the excerpts stored are still the ones it
    was opened on (`shown`, their digest), or were stored by this very form (`form`, its
    one-time id: the same form submitted again). Otherwise they changed in another window
    since it was opened (an edit, "Don't quote me", an edit of the entry), and storing the
    form's wording would overwrite the newer choice."""
    if form in set(stored_by):
        return True
    on_show = status in (QuoteStatus.PENDING, QuoteStatus.APPROVED)
    return on_show and bool(stored) and excerpts_digest(stored) == shown


def default_seed(week_start: date, digests: Iterable[bytes]) -> bytes:
    """A seed that depends only on the week and the set of candidate texts."""
    h = hashlib.sha256(week_start.isoformat().encode())
    for digest in sorted(digests):
        h.update(digest)
    return h.digest()


def choose(
    by_author: Iterable[Sequence[Candidate]],
    *,
    rng: random.Random,
    limit: int = HIGHLIGHTS_MAX,
) -> tuple[str, ...]:
    """Pick one approved excerpt per author, shuffle, keep `limit`, each quoted as approved.

    Everything is ordered by text digest before the random steps, so the result depends on
    the texts and the seed only: not on author ids, entry ids or the order of the input.
    """
    groups = sorted((sorted(set(group)) for group in by_author if group), key=lambda g: g[0][0])
    picked = sorted(rng.choice(group) for group in groups)
    rng.shuffle(picked)
    out: list[str] = []
    for _, text in picked:
        if len(out) == limit:
            break
        if text not in out:
            out.append(text)
    return tuple(out)
