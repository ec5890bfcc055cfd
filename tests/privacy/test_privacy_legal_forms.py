"""A company named with its country's legal form ("Dom-Bud sp. z o.o.", "Kaya Tekstil Ltd.
Şti.", "Rossi S.r.l.", "Hansen & Sønn AS") goes whole, form and all; capitals shouted in a
sentence and the same letters as ordinary words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("He works at Dom-Bud sp. z o.o. as a builder since May.", ("Dom-Bud", "o.o")),
        ("She is at Kaya Tekstil Ltd. Şti. in the sales team.", ("Kaya", "Şti")),
        ("She works at Rossi S.r.l. as a secretary, mornings only.", ("Rossi", "r.l")),
        ("He is at Hansen & Sønn AS on the boats in winter.", ("Hansen", "Sønn")),
        ("He works for Kraft & Partner GmbH in the warehouse.", ("Kraft", "Partner")),
        ("He works at Novak a.s. in the factory near the river.", ("Novak", "a.s")),
        ("She works at Tecnologia Alfa S.A. de C.V. in the office.", ("Alfa", "C.V")),
    ],
)
def test_a_company_goes_with_its_legal_form(text: str, left: tuple[str, ...]) -> None:
    out = redact(text)
    assert "[org]" in out
    assert not any(part in out for part in left)
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "She said the NHS AS well as the GP were kind to her.",
        "AS I said last week, the scaling went up to 6.",
        "He said Inc. magazine had an article on sleep that helped.",
        "She is SO tired AS usual after nights.",
    ],
)
def test_capitals_that_are_no_company_stay(text: str) -> None:
    assert redact(text) == text
