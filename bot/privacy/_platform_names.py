"""User names said right after the platform they are on, whatever their shape.

"her snap is hannahbxo", "sc: lilbee07", "steam name Vortex", "his psn is ghostrider":
the shape rules find user names by their dots, digits, underscores or inner capitals; a
plain word has none. Said as the value of a platform's name ("<platform> is X",
"<platform>: X") it is the user name all the same, unless it is an everyday word that says
how the account is ("her insta is private", "tiktok is toxic for her", "snap: blocked").
After a word that names the user name itself ("username", "handle", "gamertag", "name",
"tag", "gt", "id") any word but a function word is one ("steam name Vortex").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ._lexicon import lexicon
from ._word_classes import Candidate, Token

_PLATFORMS = (
    r"insta|instagram|ig|snap|snapchat|sc|tiktok|tt|twitter|discord|twitch|psn|xbox|steam"
    r"|roblox|fortnite|minecraft|fb|facebook|threads|yt|youtube|kik|telegram|bereal"
    r"|pinterest|tumblr|spotify|venmo|linkedin|bluesky|mastodon|vsco|wattpad"
)  # each a plain word: PLATFORM_WORDS below
_NAME_WORDS = r"user\s?name|handle|gamertag|name|tag|gt|id|acc(?:ount)?"
_SAID = re.compile(
    rf"(?i)(?<![\w@#./-])(?:{_PLATFORMS})(?:['’]s)?"
    rf"(?:\s+(?P<named>{_NAME_WORDS}))?"
    r"(?:\s+(?:is|=)\s+|\s*[:=]\s*|(?(named)\s+|(?!)))"
    r"@?(?P<user>[A-Za-z][\w.]{2,29})(?![\w@.]|\.[A-Za-z])"
)
PLATFORM_WORDS = frozenset(_PLATFORMS.replace("|", " ").split())
# words that say how an account is, or what happened to it, rather than what it is called
_STATE_WORDS = frozenset(
    """
    private public down blocked banned deleted deactivated hacked new old gone dead toxic
    bad good fine addictive everything nothing life it this that the a an my her his their
    our your on off open closed locked full huge big where how what why who when there here
    not no yes still just also now always never really so too very literally basically
    """.split()
)


def platform_names(text: str, toks: Sequence[Token]) -> Iterator[Candidate]:
    """The user names the module describes (``toks``: the text's tokens; the pattern is tried
    only where a platform's name stands, not at every character)."""
    lex = lexicon()
    for tok in toks:
        if tok.low not in PLATFORM_WORDS:
            continue
        m = _SAID.match(text, tok.start)
        if m is None:
            continue
        user = m.group("user")
        low = user.lower().rstrip(".")
        if low in _STATE_WORDS or low in lex.always_ordinary:
            continue
        if not m.group("named") and low in lex.ordinary:
            continue  # "her snap is fun", "ig: later": an everyday word
        yield m.start("user"), m.start("user") + len(user.rstrip(".")), "handle"
