"""Drop-ins, day centres and units that go by one everyday word or "<word> House".

"he's been going to the Bridge on Tuesdays", "she goes to the Lighthouse every wednesday",
"attends the Harbour on Mondays (the recovery cafe by the church)", "back playing with the
Rovers on Saturdays": a capitalised everyday word after "the", where someone goes, is or
plays, followed by when they go (a weekday in the plural, "every"/"each" and a day or week)
or by a gloss naming a kind of service, is the name of one place or club (a drop-in, a
project, a team). People one goes out or plays with ("with the Boys on Fridays") are none.
Written small it is a bridge or a harbour ("walks over the bridge on the way to school"); a
word for a kind of venue that writers capitalise ("the Gym on Tuesdays", "Church on
Sundays") names no one place. The word must be an everyday English one: a word of another
language capitalised by a writer who capitalises nouns ("goes to the Kita every Morning",
"the Kovil on Fridays") is a kind of place in that language.

"not going back to Oak House", "discharged from Cedar Lodge", "MOVED OUT OF HOLLY HOUSE": a
word with "House", "Lodge" or "Cottage" and no article, possessive or kin word before it,
after "to", "at", "from", "into", "out of" or "left", is the name of a unit, a home or
supported lodgings (typed in capitals the folding reads it small: "back to oak house").
"Back to the house", "an open house", "nan house" (chat for "nan's house"), "the halfway
house" and "a safe house" name none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate

_GOING = (
    r"(?:go|goes|going|gone|went|attend|attends|attending|attended|visit|visits|visiting"
    r"|visited|at|to|from|joined|joins|joining|back"
    r"|(?:play|plays|playing|played|train|trains|training|trained)\s+(?:with|for))"
)
_WEEKDAY = r"(?:mon|tues|tue|wednes|wed|thurs|thur|fri|satur|sat|sun)"
_WHEN = (
    rf"(?i:on\s+{_WEEKDAY}days|on\s+{_WEEKDAY}day\s+(?:mornings|afternoons|evenings|nights)"
    rf"|every\s+(?:{_WEEKDAY}day|week|weekday|morning|afternoon|evening|night)"
    rf"|each\s+(?:{_WEEKDAY}day|week)|twice\s+a\s+week|once\s+a\s+week)"
)
_SERVICE = (
    r"(?i:drop-in|drop\s+in|centre|center|club|group|project|cafe|café|hub|service|shed"
    r"|space|charity|hostel|shelter|refuge|clinic|unit|programme|program|house)"
)
_GLOSS = rf"[,(]\s*(?:the|a|an|it's|its|a\s+local)\s+(?:[\w'’-]+\s+){{0,3}}?{_SERVICE}\b"
_DROP_IN = re.compile(
    rf"(?i:\b{_GOING})\s+the\s+(?P<word>[A-Z][a-z]{{2,}})"
    rf"(?=\s+{_WHEN}|\s*{_GLOSS})"
)
# words for a kind of venue, capitalised by some writers, and days and months
VENUES = frozenset(
    """
    gym church mosque temple chapel synagogue shul gurdwara mandir pub bar club library
    market pool park group shop shops shopping centre center school college uni university
    beach hospital clinic office mall cinema bingo hall cafe café bank allotment surgery
    doctor doctors dentist meeting meetings track field course range lake river sea coast
    cemetery gp pharmacy chemist supermarket store job work station airport zoo museum
    football footy match game pictures movies theatre theater mass service services
    foodbank food bank youth leisure sauna spa salon barber barbers bakery laundrette
    laundromat launderette drop drop-in program programme course class classes
    """.split()
)
# people one goes or plays with, capitalised by some writers ("out with the Boys on Fridays")
_PEOPLE = frozenset(
    """
    kids boys girls lads lasses guys ladies men women family cousins grandkids twins
    team squad crew gang mates friends elders youth seniors
    """.split()
)
_HOUSE = re.compile(
    r"(?i:\b(?:back\s+to|to|at|from|into|out\s+of|left|leave|leaving|in)\s+)"
    r"(?P<name>(?P<word>[A-Za-z]{3,})\s+(?:House|Lodge|Cottage|house|lodge|cottage))\b"
    r"(?!\s*(?:party|parties|music|rules|plant|plants|keeping|work|chores|arrest|call|calls))"
)
# first words of a house, a lodge or a cottage that name a kind of one, or whose it is
_HOUSE_KINDS = frozenset(
    """
    the a an my his her their our your its this that these those one every each another
    safe halfway open full big small old new main guest care court coffee opera tree
    boarding play green farm town country haunted wendy bounce summer club public glass
    steak ale treasure mad foster home council custom station power light ware bath dog
    doll dolls white round full-time hunting ski fishing holiday log beach lake country
    terraced detached council rental rented family shared sharing mum mom mam nan nana
    gran granny grandma grandmas grandad grandpa auntie aunty aunt uncle cousin sister
    brother bro sis dad daddy mommy mummy papa mama baby friend friends pastor girlfriend
    boyfriend gf bf partner neighbour neighbor own same next other whole empty whose
    which what someone somebody anyone nobody parents grandparents grandmother grandfather
    chapter frat sorority dream tiny bigger smaller nice cold warm quiet busy
    """.split()
)


def may_hold(text: str) -> bool:
    """Cheap test: a word after which the names of the module stand."""
    return "ouse" in text or "odge" in text or "ottage" in text or " the " in text


def named_drop_ins(text: str, lex: Lexicon) -> list[Candidate]:
    """Drop-ins named by one capitalised word and units named "<word> House" (the module)."""
    out: list[Candidate] = []
    if " the " in text or " The " in text:
        for m in _DROP_IN.finditer(text):
            word = m.group("word").lower()
            if word in lex.ordinary and word not in VENUES and word not in _PEOPLE:
                out.append((m.start("word"), m.end("word"), "org"))
    if "ouse" in text or "odge" in text or "ottage" in text:
        for m in _HOUSE.finditer(text):
            word = m.group("word")
            if word.lower() in _HOUSE_KINDS or word.lower().endswith(("'s", "s'")):
                continue
            out.append((m.start("name"), m.end("name"), "org"))
    return out
