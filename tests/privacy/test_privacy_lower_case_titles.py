"""A title of respect typed in lower case in chat goes into the placeholder with the name after
it ("seu wagner", "elder mose", "mzee otieno"): it is part of how the person is called. After an
owner, and before a kinship word, such a word names a relation and stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("seu wagner passou aqui e perguntou por ela", "seu"),
        ("elder mose did a blessing before group", "elder"),
        ("mzee otieno came to pick him up", "mzee"),
        ("pastor femi said she sang again", "pastor"),
    ],
)
def test_the_title_goes_with_the_name(text: str, title: str) -> None:
    out = redact(text)
    assert out.startswith("[name]"), out
    assert title not in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Next: una trucada al seu germà Jordi.", "seu"),
        ("her pastor Femi said she sang again", "pastor"),
    ],
)
def test_a_relation_word_stays(text: str, kept: str) -> None:
    out = redact(text)
    assert "[name]" in out, out
    assert kept in out.split(), out
