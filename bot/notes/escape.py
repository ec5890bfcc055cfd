"""Make user text inert in a Discord message: no markdown formatting and no pings.

A standalone equivalent of discord.py's escape_markdown plus mention breaking, so the notes
package stays free of Discord imports.
"""

from __future__ import annotations

import re

from bot.inert import bidi_closed

ZWSP = "\u200b"

# One pass: the backslashes this adds are never escaped again.
_MARKDOWN = re.compile(r"([\\*_~`|>#])")
# @everyone, @here, and the @ in <@123>, <@!123>, <@&123>.
_AT_MENTION = re.compile(r"@(?=everyone|here|[!&]?\d)", re.IGNORECASE)
# <#123> channel links.
_CHANNEL = re.compile(r"<#(?=\d)")
_SPACE = re.compile(r"\s+")
# A masked link, [text](url): its brackets escaped, it is shown as typed.
_MASKED_LINK = re.compile(r"\[([^\[\]]*)\]\(")


def neutralise(text: str) -> str:
    """`text` on one line, with Discord markdown (masked links too) escaped and mentions broken.

    Line breaks fold into spaces, so user text can never start a heading, quote or list; a
    bidi control it leaves open is closed at its end.
    """
    text = _SPACE.sub(" ", text).strip()
    text = _AT_MENTION.sub("@" + ZWSP, text)
    text = _CHANNEL.sub("<" + ZWSP + "#", text)
    text = _MASKED_LINK.sub(r"\\[\1\\](", _MARKDOWN.sub(r"\\\1", text))
    return bidi_closed(text)
