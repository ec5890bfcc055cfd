"""A Spanish or Portuguese word of kinship or role after a possessive or an article stays
beside the name it introduces ("con su mama marisela", "su abuela Doña Tere", "la maestra profe
lucía"): only the name after it is removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        ("vive en el barrio con su mama marisela. ella dijo q bien", "su mama", "marisela"),
        ("Vive con su abuela Doña Tere, 84, cerca del parque.", "su abuela", "Tere"),
        ("y la maestra profe lucía dijo q ya no pelea", "la maestra", "lucía"),
        ("Ela mora com sua avó Dona Cida desde março.", "sua avó", "Cida"),
    ],
)
def test_the_relation_stays_and_the_name_goes(text: str, kept: str, name: str) -> None:
    out = redact(text)
    assert kept in out
    assert name not in out
    assert redact(out) == out
