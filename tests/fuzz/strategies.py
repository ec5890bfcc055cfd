"""Hostile free text (what a practitioner could paste into a modal) and the checks run on it."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

import discord
from hypothesis import strategies as st
from simcord.components import COMPONENTS_V2_FLAG, validate_components

from bot.limits import EMBED_TOTAL_MAX
from tests.embed_limits import assert_within_embed_limits

TEXT_INPUT_MAX = 4000

# What could ping: @everyone/@here (Discord matches them in lower case only), or a user or
# role mention by snowflake. Notes also break channel links.
PING = re.compile(r"@(?:everyone|here)|<@[!&]?\d{17,20}>")
LIVE_MENTION = re.compile(PING.pattern + r"|<#\d{17,20}>")

# Pieces that have broken chat bots before: mentions, markdown, invisible and direction
# characters, control characters, line endings, combining marks and composed emoji.
HOSTILE_PIECES: tuple[str, ...] = (
    "@everyone",
    "@here",
    "@EVERYONE",
    "<@123456789012345678>",
    "<@!123456789012345678>",
    "<@&123456789012345678>",
    "<@&1>",
    "<#1>",
    "<#123456789012345678>",
    "</sparkle:123456789012345678>",
    "```",
    "```py\n",
    "**",
    "__",
    "~~",
    "`",
    "||x||",
    "||",
    "> ",
    ">>> ",
    "# ",
    "-# ",
    "- ",
    "1. ",
    "[link](https://example.com)",
    "https://example.com/a_b*c",
    "\\",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u2066",
    "\u2069",
    "\x00",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    " ",
    "e\u0301",
    "\u0301\u0302\u0303\u0304\u0305",
    "\U0001f600",
    "\U0001f469\u200d\U0001f4bb",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
    "\U0001f44d\U0001f3fd",
    "\U0001f1fa\U0001f1f3",
    "1\ufe0f\u20e3",
    "[name]",
    "[date]",
    "Maria Gonzalez",
    "555-201-3344",
    "maria_g@example.com",
    "3 March 2024",
    "Seattle",
)

# Any code point except surrogates, which neither JSON nor Discord can carry on their own.
_ANY = st.characters(exclude_categories=("Cs",))
_PIECE = st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(_ANY, min_size=1, max_size=16))


@cache
def hostile_text(max_size: int = TEXT_INPUT_MAX) -> st.SearchStrategy[str]:
    """Text up to `max_size` characters mixing hostile pieces with arbitrary unicode.

    Short mixes are drawn most often; one draw in four repeats a mix, often up to the full
    length, so the limits of every rendering path are exercised as well.
    """
    mixed = st.lists(_PIECE, max_size=16).map("".join)
    repeated = st.tuples(mixed, st.integers(2, 400)).map(lambda t: t[0] * t[1])
    return st.one_of(mixed, mixed, mixed, repeated).map(lambda text: text[:max_size])


# Code points a sampled hostile text draws from, each range as likely as the next: ASCII
# (controls included), Latin-1, the rest of the Basic Multilingual Plane, and beyond it.
_RANGES = ((0, 0x80), (0x80, 0x100), (0x100, 0x10000), (0x10000, 0x110000))


def _any_character(rng: random.Random) -> str:
    while True:
        lo, hi = rng.choice(_RANGES)
        character = chr(rng.randrange(lo, hi))
        if unicodedata.category(character) != "Cs":  # as `_ANY`: no lone surrogate
            return character


def _hostile_mix(rng: random.Random) -> str:
    """Up to 16 pieces, each a hostile piece or 1 to 16 arbitrary characters (`_PIECE`)."""
    pieces: list[str] = []
    for _ in range(rng.randint(0, 16)):
        if rng.random() < 0.5:
            pieces.append(rng.choice(HOSTILE_PIECES))
        else:
            pieces.append("".join(_any_character(rng) for _ in range(rng.randint(1, 16))))
    return "".join(pieces)


def sample_hostile(count: int, *, seed: int, max_size: int = TEXT_INPUT_MAX) -> list[str]:
    """`count` texts shaped as `hostile_text` draws them, for tests outside `@given`: made
    from `seed` alone, the same in every process (one in four repeats its mix up to 400
    times, so long ones are included).

    Drawn with `random.Random`, not Hypothesis: Hypothesis mixes into what it draws string
    constants of the project's modules imported so far, so one seed gave other texts where
    other modules were imported first (the whole suite collected, another test run before),
    and what one run found another could not see.
    """
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        mix = _hostile_mix(rng)
        if rng.random() < 0.25:
            mix *= rng.randint(2, 400)
        texts.append(mix[:max_size])
    return texts


def assert_layout_fits(laid: discord.ui.LayoutView) -> None:
    """Every limit Discord checks on a message laid out in components (SimCord's checker)."""
    components = laid.to_components()
    validate_components(components, flags=COMPONENTS_V2_FLAG)  # raises on any broken limit
    assert laid.content_length() <= 4000 and laid.total_children_count <= 40
    texts = [t.content for t in laid.walk_children() if isinstance(t, discord.ui.TextDisplay)]
    assert all(t.strip() for t in texts)  # no blank text display


def assert_embed_fits(embed: discord.Embed) -> None:
    """Every limit Discord checks on one embed."""
    assert len(embed) <= EMBED_TOTAL_MAX
    fields: list[tuple[str, str]] = []
    for field in embed.fields:
        assert field.name and field.name.strip()
        assert field.value and field.value.strip()
        fields.append((field.name, field.value))
    title, description = embed.title or "", embed.description or ""
    assert_within_embed_limits(title, description, fields, embed.footer.text or "")
