"""Scans of a whole text written to run in C give what the plain loops they replace give:
the distinct words of ``is_german``, the words outside spans, the quote around a word, and
``plain`` leaving text without styled letters as it is."""

from __future__ import annotations

import random

from bot.privacy._german_nouns import (
    _WORD,  # pyright: ignore[reportPrivateUsage]
    _distinct_words,  # pyright: ignore[reportPrivateUsage]
)
from bot.privacy._quoted_words import (
    _MAX_QUOTE_WORDS,  # pyright: ignore[reportPrivateUsage]
    _short_quote,  # pyright: ignore[reportPrivateUsage]
)
from bot.privacy._styled import plain
from bot.privacy._text_words import TextWords

_CHARS = "aZ'’ .,-_1\t\n\u00a0\u2003é߀日ßİ\u0301"


def _texts(alphabet: str, count: int, size: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(size))) for _ in range(count)]


def test_distinct_words_are_the_words_the_pattern_finds() -> None:
    for text in _texts(_CHARS, 5000, 40):
        assert _distinct_words(text) == set(_WORD.findall(text)), repr(text)


def test_words_outside_spans() -> None:
    rng = random.Random(3)
    for text in _texts("ab  [x]", 2000, 60):
        words = TextWords.of(text)
        cuts = sorted(rng.sample(range(61), rng.choice([0, 2, 4, 6])))
        spans = list(zip(cuts[::2], cuts[1::2], strict=True))
        kept = [i for i, s in enumerate(words.starts) if not any(lo <= s < hi for lo, hi in spans)]
        got = words.outside(spans)
        assert got.starts == [words.starts[i] for i in kept]
        assert got.ends == [words.ends[i] for i in kept]
        assert got.lows == [words.lows[i] for i in kept]


def _short_quote_by_loop(text: str, start: int, end: int) -> tuple[int, int] | None:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = -1
    for k in range(line_start, start):
        if text[k] == '"':
            opened = -1 if opened >= 0 else k
        elif text[k] == "“":
            opened = k
        elif text[k] == "”":
            opened = -1
    if opened < 0:
        return None
    close = next((k for k in range(end, line_end) if text[k] in '"”'), -1)
    if close < 0 or len(text[opened + 1 : close].split()) > _MAX_QUOTE_WORDS:
        return None
    return opened + 1, close


def test_short_quote_as_the_loop_over_characters() -> None:
    rng = random.Random(5)
    for text in _texts('ab \n"“”', 5000, 40):
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        assert _short_quote(text, start, end) == _short_quote_by_loop(text, start, end)


def test_plain_keeps_text_without_styled_letters() -> None:
    text = "Zoë said “fine” — ok"
    assert plain(text) is text
    assert plain("𝐌𝐚𝐫𝐢𝐚 said hi") == "Maria said hi"
    assert plain("ᴍᴀʀɪᴀ, Zoë") == "maria, Zoë"
