"""Identifiers typed in styled letters (fullwidth, mathematical, circled, small capitals) are
found as the plain letters they show, and replaced as typed; styled everyday words stay."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact
from bot.privacy._styled import plain
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "typed", "kind"),
    [
        ("Client: ᴛᴀɴɪᴀ ᴏᴋᴏʀᴏ, seen weekly since spring.", "ᴛᴀɴɪᴀ ᴏᴋᴏʀᴏ", "name"),
        (
            "Her email is ｋｏｆｉ．ｍｅｎｓａｈ＠ｇｍａｉｌ．ｃｏｍ if you need it.",
            "ｋｏｆｉ．ｍｅｎｓａｈ＠ｇｍａｉｌ．ｃｏｍ",
            "email",
        ),
        ("Born １４/０２/１９７９, she told me twice.", "１４/０２/１９７９", "date"),
        ("Ⓢⓘⓞⓝⓔ said the mornings are easier now.", "Ⓢⓘⓞⓝⓔ", "name"),
        ("He signs his texts 𝓡𝓪𝓯𝓪𝓮𝓵 𝓖𝓸𝓶𝓮𝔃 with a heart.", "𝓡𝓪𝓯𝓪𝓮𝓵 𝓖𝓸𝓶𝓮𝔃", "name"),
    ],
)
def test_styled_identifiers_go_as_typed(text: str, typed: str, kind: str) -> None:
    out = redact(text)
    assert typed not in out
    assert f"[{kind}]" in out
    assert any(span.text == typed and span.kind == kind for span in find(text))
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "We talked about 𝐒𝐮𝐧𝐝𝐚𝐲𝐬 and how 𝐃𝐮𝐨𝐥𝐢𝐧𝐠𝐨 keeps her going.",
        "She wrote ＨＯＰＥ in big letters on the worksheet.",
        "ᴛʜᴇ ᴍɪʀᴀᴄʟᴇ ǫᴜᴇsᴛɪᴏɴ landed this time, she said.",
    ],
)
def test_styled_everyday_words_stay_as_typed(text: str) -> None:
    assert_kept(text)


def test_plain_keeps_length_and_leaves_other_scripts() -> None:
    text = "Ｍａｒｉａ 𝟏𝟐 ᴍᴀʀɪᴀ Ⓜ ⑫ Мария 東京（木）"
    shown = plain(text)
    assert len(shown) == len(text)
    assert shown == "Maria 12 maria M ⑫ Мария 東京(木)"
