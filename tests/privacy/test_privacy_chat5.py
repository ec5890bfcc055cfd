"""Lower-case chat: towns named by the outing that went there, Scots "fae", more ways of
going somewhere, names after Scots "wi" or patois "wid", hospitals, universities, places
before "where she grew up" and names joined to a relation.

"the oban trip", "after the ullapool weekend": a word between "the" and an outing noun is
where the outing went. "fae" is Scots "from". "walks to", "drives to", "travelled to" go
somewhere like "went to". "wi"/"wid" mean "with" before a name. Chat words for places and
Scots negatives ("the cafe", "the rec centre", "didnae") stay. A word in no list after
"admitted to"/"discharged from" is a hospital, a listed town after "got into" a university, a
name-like word before "where she grew up" a place, and one before "n his brother" or "n i"
a person, as is one opening a message before how someone is ("was in great spirits", "has
been sleeping").
"""

from __future__ import annotations

import pytest

from bot.privacy import redact

REMOVED = [
    ("the lerwick trip went better than she hoped", "lerwick"),
    ("since the portrush weekend he's been sleeping", "portrush"),
    ("she talks about the mbare visit a lot", "mbare"),
    ("his mum's fae kirriemuir, moved down years ago", "kirriemuir"),
    ("she's frae dingwall but stays wi her aunt now", "dingwall"),
    ("he walks to dundrum most days now", "dundrum"),
    ("she drives to neepawa for the market on sundays", "neepawa"),
    ("they travelled to borrowdale to see the cousins", "borrowdale"),
    ("had a good chat wi morag at the door", "morag"),
    ("went to the shop wi kirsty and her wee one", "kirsty"),
    ("him go a church wid shernette every sunday", "shernette"),
    ("she was admitted to craigavon in may", "craigavon"),
    ("discharged from raigmore last week", "raigmore"),
    ("her aunt works at mpilo general hospital", "mpilo"),
    ("he got into dundee for nursing", "dundee"),
    ("she talks about kinlochbervie where she grew up", "kinlochbervie"),
    ("he misses omagh where he was born", "omagh"),
    ("rudo n her sister came to the session", "rudo"),
    ("lwazi and his dad fixed the roof together", "lwazi"),
    ("chenai was in great spirits on tuesday", "chenai"),
    ("so mthunzi has been sleeping through since the new bed", "mthunzi"),
    ("kwesi is feeling calmer about the move", "kwesi"),
    ("adaeze n i agreed to meet fortnightly", "adaeze"),
    ("she's aff tae lairg for the summer", "lairg"),
    ("moved tae kinbrace wi her mum", "kinbrace"),
    ("she got accepted into uwi for nursing", "uwi"),
    ("he's studying at ucc now, first year", "ucc"),
    ("she graduated from nust in december", "nust"),
]

KEPT = [
    "the camping trip was the first time he slept outside",
    "after the long weekend she was tired but calm",
    "the school trip went fine, no panic at all",
    "he said the hen weekend was a lot but he coped",
    "she's fae the country, likes it quiet",
    "he walks to the shop every morning now",
    "she drives to work and phones her sister after",
    "we met at the cafe near the station",
    "she skated on the rec centre ice after supper",
    "he went fishing wi his pal and didnae drink at all",
    "she cannae sleep when it's windy but she tried the breathing",
    "wi go a market and she buy fish, she happy",
    "sat wi the dog for an hour and felt better",
    "the trip was long but she stayed calm",
    "she was admitted to hospital in may and came out stronger",
    "discharged from the ward on friday, home by tea time",
    "he got into trouble at school but owned it",
    "she got into crochet over lockdown, it calms her",
    "she showed me the house where she grew up on her phone",
    "we talked about the time where he was happiest",
    "cooked rice and her mum said it was perfect",
    "the general hospital was busy but she waited",
    "sertraline is doing its job, she says",
    "quetiapine was increased last week",
    "sadza was in the pot when i arrived",
    "ramadan was in april this year",
    "netflix n i are friends again lol",
    "she went tae the shop n back",
    "he wants tae go hame early",
    "put the dishes away to dry after tea",
    "studying from home is hard for him",
    "she got accepted into the program at last",
    "she graduated from rehab in june and we celebrated",
    "he studies at night after the kids sleep",
]


@pytest.mark.parametrize(("text", "word"), REMOVED)
def test_towns_and_names_in_scots_and_patois_chat_are_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out.split()
    assert redact(out) == out


@pytest.mark.parametrize("text", KEPT)
def test_outings_chat_places_and_dialect_words_are_kept(text: str) -> None:
    assert redact(text) == text


def test_a_hospital_keeps_nothing_of_its_name() -> None:
    assert redact("admitted to raigmore on friday") == "admitted to [org] on friday"


def test_an_outing_keeps_its_noun() -> None:
    assert redact("the lerwick trip helped") == "the [place] trip helped"
