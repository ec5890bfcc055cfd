"""Words for the people of a place in the plural ("eating with other Filipinas", "the
Bajans at church", "a few Zimbos at the depot"), kept as ordinary words.

A people word names no one, but in the plural and capitalised it looks like a family named
by its surname ("the Okafors"), and words the lists hold only in the singular ("pinay",
"filipina") were removed as names. The plurals of the people words (``data/people_words.txt``,
written for this project, and the peoples and demonyms of ``safe_words.txt``) are made here,
except where the plural is a listed given name, surname or town.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from pathlib import Path

_DATA = Path(__file__).with_name("data")
# the sections of safe_words.txt that hold peoples and demonyms
_SAFE_SECTIONS = ("# languages, nationalities and peoples", "# peoples, demonyms")
_NO_PLURAL_ENDINGS = ("s", "sh", "ch", "x", "z", "ese")


def _listed_words(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [w for line in lines if not line.startswith("#") for w in line.split()]


def _safe_people() -> list[str]:
    """The words of the people sections of safe_words.txt."""
    words: list[str] = []
    inside = False
    for line in (_DATA / "safe_words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(_SAFE_SECTIONS) or (inside and not line.strip("# "))
            continue
        if inside:
            words.extend(line.split())
    return words


def plural(word: str) -> str | None:
    """The plural of a people word ("bajan" "bajans", "vincy" "vincies"), or None for one
    whose plural is itself ("guyanese") or that already ends like one."""
    if word.endswith(_NO_PLURAL_ENDINGS):
        return None
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def people_words(*listed: Container[str]) -> frozenset[str]:
    """The plurals of the people words that are in none of the ``listed`` sets (given
    names, surnames, towns). The singulars are left to the lists that hold them: inside a
    name they qualify it ("Sindhi Camp", "Women for Afghan Women")."""

    def free(word: str) -> bool:
        return not any(word in names for names in listed)

    out: set[str] = set()
    singulars: Iterable[str] = [*_listed_words("people_words.txt"), *_safe_people()]
    for word in singulars:
        many = plural(word)
        if many and free(many):
            out.add(many)
    return frozenset(out)
