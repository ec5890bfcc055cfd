"""Organisations named for the people they serve: "Korean American Family Services", "the
Somali Family Wellness Collective", "Bosnian Chamber of Commerce", "the Haitian Women's
Association".

Each word of such a name is an everyday word or a people's name, which are kept alone; together,
a people's word opening a capitalised run that ends in a word for a body names one particular
organisation, which places a client in a small community. National services named in general
("Scottish Ambulance Service", "the Welsh Government") end in no such word and stay.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

# Words that end the name of a body (plural "Services": a single "Service" is mostly a
# national one named in general).
BODY_HEADS = frozenset(
    (
        "association associations society council foundation alliance federation union league "
        "coalition network centre center services charities club collective fellowship mission "
        "committee institute project trust church mosque temple congregation parish cooperative "
        "co-op sisterhood brotherhood circle forum partnership chamber commerce"
        # leaks11: "Afghan Women's Organization", "Congolese Youth Organisation"
        " organization organisation organizations organisations"
    ).split()
)
# Peoples whose adjective is not "country + n/an/ian" ("Somali", "Polish", "Hmong").
PEOPLES = frozenset(
    (
        "polish dutch thai lao laotian filipino filipina somali chinese japanese korean "
        "vietnamese haitian greek turkish irish scottish welsh english french swiss spanish "
        "danish swedish finnish norwegian icelandic afghan pakistani bangladeshi nepali "
        "nepalese bhutanese iraqi israeli kuwaiti yemeni saudi omani emirati kurdish hmong "
        "karen tamil punjabi sikh arab latino latina latinx hispanic african caribbean asian "
        "pacific islander maori māori samoan tongan fijian aboriginal indigenous khmer "
        "cambodian burmese congolese sudanese eritrean ethiopian oromo amhara tigrayan "
        "portuguese lebanese syrian iranian persian armenian ukrainian russian romanian "
        "bulgarian serbian croatian bosnian albanian kosovar czech slovak hungarian "
        "lithuanian latvian estonian nigerian ghanaian kenyan ugandan rwandan burundian "
        "zimbabwean zambian malawian liberian senegalese ivorian cameroonian guinean "
        "malian congolese angolan mozambican tanzanian cuban dominican mexican salvadoran "
        "guatemalan honduran nicaraguan colombian venezuelan peruvian ecuadorian bolivian "
        "brazilian chilean argentine argentinian jamaican trinidadian guyanese bajan "
        "indian sri lankan malaysian indonesian singaporean taiwanese mongolian kazakh "
        "uzbek tajik chechen roma romani"
    ).split()
)
# Faiths open such names too ("Jewish Family Services"), and places of worship end them;
# two words alone ("Catholic Church", "Samoan church") name a kind, not one body.
FAITHS = frozenset("jewish catholic muslim islamic hindu sikh buddhist christian orthodox".split())
WORSHIP = frozenset("church mosque temple parish congregation".split())
_MIN_KIND_WORDS = 3
_RUN = re.compile(
    r"(?=[A-Z])(?<![\w'’-])([A-Z][\w'’-]*)((?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’-]*){1,5})(?!\s+[A-Z])"
)


def may_name_community_bodies(lows: set[str] | list[str]) -> bool:
    """Whether a word for a body stands in the text (most texts have none)."""
    return not BODY_HEADS.isdisjoint(lows)


def community_bodies(text: str, is_people: Callable[[str], bool]) -> list[Candidate]:
    """Capitalised runs opened by a people's word (``is_people`` also reads "Korean" from
    "Korea") and closed by a word for a body."""
    out: list[Candidate] = []
    for m in _RUN.finditer(text):
        start, words = m.start(), m.group(0).split()
        if words[0] == "The":  # "The Korean Association ..." opening a sentence
            start, words = text.index(words[1], start), words[1:]
        head = _head(words)
        if head is None:
            continue
        first = words[0].lower()
        if (first in FAITHS or head in WORSHIP) and len(words) < _MIN_KIND_WORDS:
            continue
        if first in PEOPLES or first in FAITHS or is_people(first):
            out.append((start, m.end(), "org"))
    return out


def _head(words: list[str]) -> str | None:
    """The word for a body that ends the name, or stands before its "of" ("the Korean
    Association of Greater Atlanta")."""
    lows = [w.lower().rstrip("'’") for w in words]
    if lows[-1] in BODY_HEADS:
        return lows[-1]
    for low, nxt in itertools.pairwise(lows[1:]):
        if nxt == "of" and low in BODY_HEADS:
            return low
    return None
