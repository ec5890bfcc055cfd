"""The text of an anonymized share: chosen answers, every one passed through the anonymizer."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from bot.conversation.blank import is_blank
from bot.conversation.roles import Role, ScriptKind
from bot.conversation.script import QuestionKind, Script, answer_as_read
from bot.digest import texts_digest
from bot.inert import as_typed, own_markdown_closed
from bot.labelled import LABEL_LINE, SETTLING_ROUNDS, redacted_as_posted, whole_keeping
from bot.limits import clip

SHARE_TEXT_MAX = 3500  # leaves room in a 4,096-character embed description


def _redact_default(text: str) -> str:
    from bot.privacy import redact

    return redact(text)


def share_title(
    script: Script, answers: Mapping[str, str], *, redact: Callable[[str], str] | None = None
) -> str:
    if script.id is ScriptKind.EXCEPTION:
        value = script.answer(answers, Role.AREA)
        area = script.choice_label(Role.AREA, value) if value != "other" else None
        if not area:
            return "A client exception"
        # The label is a server's admins' typing: anonymized (before it is lower-cased, which
        # would hide a name) and inert, as the share's question labels are.
        shown = as_typed((redact or _redact_default)(area)).lower()
        return f"A client exception ({shown})"
    return "A sparkling moment"


def share_text(
    script: Script, answers: Mapping[str, str], *, redact: Callable[[str], str] | None = None
) -> str:
    """Markdown for a share: each answer its script marks shareable, under its question,
    anonymized. Everything else stays private."""
    clean = redact or _redact_default
    parts: list[str] = []
    for question in script.questions():
        text = answers.get(question.id, "").strip()
        if not question.feeds.share or is_blank(text):  # an optional answer showing nothing
            continue
        # The label is a server's admins' typing: inert, and anonymized as the answers are,
        # so that the door's second pass (cogs.sharing) posts exactly the preview.
        if question.kind is QuestionKind.TEXT:  # her own markdown, closed before the next label
            shown = own_markdown_closed(clean(text))
        elif question.kind is QuestionKind.CHOICE:  # its label, typed by the server's admins
            shown = clean(as_typed(answer_as_read(question, text)))
        else:  # a number the form checked, a scale out of its top as the recap shows it
            shown = answer_as_read(question, text)
        parts.append(f"**{clean(as_typed(question.label))}**\n{shown}")
    if not parts:
        return "(no answers to share)"
    # each answer was read alone; the door reads them together (a word one answer shows to
    # be a name is one in every answer): shown as the door will post it
    return as_posted(clip("\n\n".join(parts), SHARE_TEXT_MAX), clean)


_ESCAPE = re.compile(r"\\([\\*_~`|>#\[\]<])")


def _unescaped(shown: str, *showers: Callable[[str], str]) -> str:
    """`shown` as it was typed: without the backslashes one of `showers` put in it (checked:
    what it shows again is `shown`), else as it is (she typed backslashes of her own)."""
    typed = _ESCAPE.sub(r"\1", shown)
    return typed if any(show(typed) == shown for show in showers) else shown


def _pieces(shown: str) -> list[tuple[bool, str]]:
    """A share's text cut into its labels' lines (True, the label as shown, its markdown
    off) and the words between them (False, several lines as shown)."""
    pieces: list[tuple[bool, str]] = []
    words: list[str] = []
    for line in shown.split("\n"):
        label = LABEL_LINE.fullmatch(line)
        if label is None or (words and words[-1]):  # a label opens the text or a paragraph
            words.append(line)
            continue
        pieces.append((False, "\n".join(words)))
        words = []
        pieces.append((True, label[1]))
    pieces.append((False, "\n".join(words)))
    return pieces


def redacted_again(shown: str, redact: Callable[[str], str] | None = None) -> str:
    """A share's text anonymized once more, as it is posted: as a whole, its labels kept as
    shown (`bot.labelled`)."""
    return redacted_as_posted(shown, redact or _redact_default)


def as_posted(shown: str, redact: Callable[[str], str] | None = None) -> str:
    """`shown` as the door posts it (`redacted_again`, clipped to `SHARE_TEXT_MAX`): a preview
    made of it is posted exactly as shown, never stopped at the door for what the door's pass
    would change. `redacted_again` already reads until it changes nothing; only a clip, which
    can leave a cut word the pass reads otherwise, needs the pass again."""
    for _ in range(SETTLING_ROUNDS):
        settled = redacted_again(shown, redact)
        again = clip(settled, SHARE_TEXT_MAX)
        if again in (settled, shown):
            return again
        shown = again
    return shown


def edit_redacted(typed: str, shown_before: str, redact: Callable[[str], str] | None = None) -> str:
    """An edit of a share (`typed`, from the form `editable(shown_before)` filled) anonymized:
    as a whole, each line that is one of the labels of `shown_before` kept as typed
    (`bot.labelled`), so that `shown_again` finds it."""
    plain = {_unescaped(text, as_typed) for label, text in _pieces(shown_before) if label}

    def labels(lines: list[str]) -> set[int]:
        return {i for i, line in enumerate(lines) if line.strip() in plain}

    return whole_keeping(typed, labels, redact or _redact_default)


def editable(shown: str) -> str:
    """A share's text as its Edit form shows it: her words as she typed them (without the
    backslashes that closed the markdown she left open) and the bot's labels as plain lines,
    so that she edits only what she wrote."""
    lines = [
        _unescaped(text, as_typed) if label else _unescaped(text, own_markdown_closed, as_typed)
        for label, text in _pieces(shown)
    ]
    return "\n".join(lines[1:] if lines and not lines[0] and len(lines) > 1 else lines)


def shown_again(typed: str, shown_before: str) -> str:
    """An edit of a share (`typed`, from the form `editable(shown_before)` filled) as shown:
    a line that is one of the labels of `shown_before` is that label again, bold, and her
    words between them are closed in themselves, as the first preview showed them."""
    labels = {_unescaped(text, as_typed): text for label, text in _pieces(shown_before) if label}
    parts: list[str] = []
    words: list[str] = []
    for line in typed.split("\n"):
        label = labels.get(line.strip())
        if label is None or (words and words[-1].strip()):  # as `_pieces` reads labels
            words.append(line)
            continue
        if words:
            parts.append(own_markdown_closed("\n".join(words)))
            words = []
        parts.append(f"**{label}**")
    if words:
        parts.append(own_markdown_closed("\n".join(words)))
    return "\n".join(parts)


KEPT_WORDS_MAX = 700  # characters of words listed; the whole note stays far below 2,000


def kept_in_share(
    script: Script, answers: Mapping[str, str], *, redact: Callable[[str], str] | None = None
) -> list[str]:
    """Words the anonymizer kept in the shared answers that may still name someone
    (capitalised words, lower-case words in no list), each once, so that the author can
    catch a name it took for an ordinary word."""
    from bot.privacy import kept_words

    clean = redact or _redact_default
    words: list[str] = []
    for question in script.questions():
        text = answers.get(question.id, "").strip()
        if question.feeds.share and not is_blank(text):
            words.extend(kept_words(text, redacted=clean(text)))
    return list(dict.fromkeys(words))


def share_preview(script: Script, answers: Mapping[str, str]) -> tuple[str, list[str]]:
    """A share's text (`share_text`) and the words it kept (`kept_in_share`), each answer
    anonymized once for both: anonymizing is the dear part of a preview."""
    once = cache(_redact_default)  # this preview's answers only: dropped with it
    return share_text(script, answers, redact=once), kept_in_share(script, answers, redact=once)


def kept_words_note(words: Sequence[str], limit: int = KEPT_WORDS_MAX) -> str:
    """One line for the preview naming the kept words, shortened to ``limit`` characters
    of words with a count of the rest; empty when there are none."""
    shown: list[str] = []
    size = 0
    for word in words:
        if size + len(word) + 2 > limit:
            continue  # a word too long to list hides none of the shorter ones after it
        size += len(word) + 2
        shown.append(word)
    if not shown:
        return ""
    rest = len(words) - len(shown)
    more = f" and {rest} more" if rest else ""
    return (
        f"Kept as ordinary words: {', '.join(shown)}{more}. If one of them identifies "
        "someone, choose **Edit text** and change it."
    )


def preview_digest(
    text: str,
    key_question: str | None,
    shared_before: int | None = None,
    channel: int | None = None,
    signer: str | None = None,
) -> int:
    """A short number naming one exact preview (its text and key question, the latest earlier
    post of its entry in that server that it says is up already, if any, the channel it was to
    be posted in and, for **Post with my name**, the name it said it signs with), carried by
    the buttons that post it: a click posts only the preview its message showed, where it was
    to go, signed as it said."""
    texts = {"text": text, "key_question": key_question or ""}
    if shared_before is not None:  # a preview naming no earlier post keeps its old digest
        texts["shared_before"] = str(shared_before)
    if channel is not None:
        texts["channel"] = str(channel)
    if signer is not None:
        texts["signer"] = signer
    return texts_digest(texts)
