"""Reading a debrief answer the way a documentation reviewer would, without rewriting it.

These helpers only classify typed text (non-answer, one word, first person, overstated, how
many occasions it describes) or tidy its form (invisible characters, emoji, list markers,
joining items): they never add words of their own.
"""

from __future__ import annotations

import re

from bot.conversation.blank import is_blank
from bot.number_words import TENS, UNITS

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
_EMOJI = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\u3030\u303d\u3297\u3299\U0001f000-\U0001faff\U0001fc00-\U0001ffff]"
)
_DISCORD_EMOJI = re.compile(r"<a?:\w{1,32}:\d{1,20}>|:[a-z0-9_+-]{2,32}:")
_BULLET = re.compile(r"^(?:[-*•+>#]+|\d{1,2}[.)])\s+")
_EMPHASIS = re.compile(r"(\*\*|__|~~|\|\||`+)(.+?)\1|(?<!\w)([*_])(?!\s)(.+?)(?<!\s)\3(?!\w)")
_EXCLAIM = re.compile(r"\s*[!?]*![!?]*")
_SPACE = re.compile(r"[ \t\u00a0]+")

# Whole answers that say nothing (compared lowercased, without surrounding punctuation).
NON_ANSWERS = frozenset(
    """
    no nope nah n/a na n.a n.a. none nil nothing - -- --- ? ?? ... . x idk dk dunno unsure
    unknown skip pass tbd tbc same ok okay yes yeah yep maybe
    """.split()
) | {
    "not sure",
    "don't know",
    "dont know",
    "do not know",
    "not applicable",
    "no idea",
    "see above",
    "as above",
    "the usual",
    "usual",
    "as usual",
    "usual ones",
    "the usual ones",
    "see notes",
    "n/k",
    "didn't say",
    "didnt say",
    "did not say",
    "not discussed",
    "not asked",
    "not recorded",
    "unclear",
    "can't remember",
    "cant remember",
    "can't recall",
    "forgot",
    "none really",
    "nothing really",
    "not really",
}

# Answers to "who noticed" that are a real answer: nobody did.
NO_ONE = frozenset({"no one", "noone", "nobody", "no-one", "no one noticed", "nobody noticed"})

_FIRST_PERSON = re.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|[Oo]urs|us|[Oo]urselves)\b|\bI[’']"
)
_QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]")

OVERSTATEMENTS = (
    "resolved",
    "cured",
    "fixed",
    "gone",
    "healed",
    "eliminated",
    "never again",
    "no more",
    "no longer",
    "completely",
    "totally",
    "entirely",
    "fully",
    "100%",
    "all better",
    "back to normal",
    "perfect",
    "perfectly",
)
_OVERSTATED = re.compile(
    r"(?<![\w%])(" + "|".join(re.escape(w) for w in OVERSTATEMENTS) + r")(?![\w%])", re.IGNORECASE
)

NUMBER_WORDS = [*UNITS, TENS[0]]  # "zero" to "twenty"
_WORD_VALUE = {word: value for value, word in enumerate(NUMBER_WORDS)}
_TIMES = re.compile(
    r"\b(?:(twice)|(three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:times|occasions|days"
    r"|mornings|evenings|nights|afternoons))\b",
    re.IGNORECASE,
)
# Full day names in any case; the short forms ("Sat", "Sun") only capitalised, so "sat in
# the sun" is not two days.
_WEEKDAY = re.compile(
    r"\b(?:(?i:(mon|tues|wednes|thurs|fri|satur|sun)day)|(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri"
    r"|Sat|Sun)\b)s?"
)


def tidy(text: str) -> str:
    """`text` without invisible characters or emoji, runs of spaces folded, lines kept."""
    text = _INVISIBLE.sub("", text)
    text = _DISCORD_EMOJI.sub("", text)
    text = _EMOJI.sub("", text)
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    kept = "\n".join(line for line in lines if line)
    return "" if is_blank(kept) else kept  # stray marks alone (combining, U+FFFD) say nothing


def items(text: str) -> list[str]:
    """The answer's lines as items, list markers and trailing full stops dropped."""
    found = [_BULLET.sub("", line).strip() for line in tidy(text).splitlines()]
    return [item.rstrip(" .;,") for item in found if item.rstrip(" .;,")]


def calm(text: str) -> str:
    """Exclamation marks become a full stop (the words stay as typed)."""
    return _EXCLAIM.sub(lambda m: "." if "!" in m.group(0) else m.group(0), text).replace("..", ".")


def is_non_answer(text: str) -> bool:
    core = tidy(text).strip(" .!,;:").lower()
    return not core or core in NON_ANSWERS or not re.search(r"[a-z0-9]", core)


def is_no_one(text: str) -> bool:
    return tidy(text).strip(" .!").lower() in NO_ONE


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’\[\]-]+", tidy(text)))


def first_person(text: str) -> bool:
    """The clinician (or client) speaks as "I" outside any quotation."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", tidy(text))))


def is_quoted(text: str) -> bool:
    core = tidy(text).strip()
    return len(core) > 2 and core[0] in '"“' and core[-1] in '"”' and bool(_QUOTED.fullmatch(core))


def overstated(text: str) -> list[str]:
    """The overstating words in `text`, lowercased, each once, in order of appearance."""
    seen: list[str] = []
    for match in _OVERSTATED.finditer(tidy(text)):
        word = match.group(1).lower()
        if word not in seen:
            seen.append(word)
    return seen


def occasions(text: str) -> int:
    """How many separate occasions an exception answer appears to describe (at least 1)."""
    lines = len(items(text))
    days = len({(m.group(1) or m.group(2)).lower()[:3] for m in _WEEKDAY.finditer(tidy(text))})
    times = 0
    for match in _TIMES.finditer(text):
        word = (match.group(1) or match.group(2)).lower()
        times = max(
            times,
            2 if word == "twice" else int(word) if word.isdigit() else _WORD_VALUE[word],
        )
    return max(1, lines, days, times)


def in_words(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def join_naturally(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; 'a, x; b; and c' when an item has its own commas."""
    if len(parts) < 2:
        return "".join(parts)
    if any("," in p or ":" in p or ";" in p for p in parts):
        return "; ".join(parts[:-1]) + "; and " + parts[-1]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def lower_first(text: str) -> str:
    """Lowercase an ordinary leading capital ("Laid out" -> "laid out"); keep "I", "TV", days."""
    match = re.match(r"([A-Z])([a-z’']*)(?![A-Z])", text)
    if not match or match.group(0) in ("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"):
        return text
    if _WEEKDAY.match(text) or _MONTH.match(text):
        return text
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


_MONTH = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)


def unmark(text: str) -> str:
    """Markdown emphasis, strike-through, spoiler and code markers dropped, their words kept."""
    previous = None
    while previous != text:
        previous = text
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)
    return text
