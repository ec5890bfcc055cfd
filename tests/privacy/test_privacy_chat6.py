"""Lower-case chat: workplaces, venues, teams, streets, estates and towns named by everyday
words, and postcodes named after their number.

"works at boundary meats", "the lantern drop-in": words before a kind of business or venue
name it when one of them says which, not what kind ("the community centre", "the local
bakery", "a butcher's" stay). "plays rugby for the tokoroa hawks": a team after a playing
verb, or one plural word right after "plays for". "a stall called golden spoon": the name
given to a venue being introduced.
"scoil bhride", "masjid noorani": a school or place of worship named in another language.
"on the merchant quay", "in the brookvale flats", "on northern main road": a street, estate
or block named by words before its kind. "fae redburn", "moved out to stonebridge": a word
made of two everyday words, ending as towns do, where someone is from or goes. "out of
dubbo", "from out kilcullen way", "moved from kelso to bonnyrigg", "in gilroy", "in cedar
falls", "a house in warwick": towns after "out", after the "from" of a move, a surname after
"in", listed towns of everyday words, a listed town a home is in. "the 4870 postcode",
"postcode's 2640": the number a postcode word names.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact

REMOVED = [
    ("she packs boxes at riverside produce three days a week", "riverside"),
    ("he got a start at kestrel transport last month", "kestrel"),
    ("she goes to the lantern drop-in after school", "lantern"),
    ("he's been at the anchor cafe every morning this week", "anchor"),
    ("they buy bread from the sunrise bakery on fridays", "sunrise"),
    ("she started at meadow grocery on the tills", "meadow"),
    ("mum cleans at the tawhiri centre on weekdays", "tawhiri"),
    ("he plays rugby for the tokoroa hawks now", "tokoroa"),
    ("she trains with the marsden wolves on thursdays", "marsden"),
    ("he runs a stall called golden spoon near the bus depot", "spoon"),
    ("she joined a chama called pamoja and saves a bit weekly", "pamoja"),
    ("her girl is at scoil bhride now and settled", "bhride"),
    ("dad prays at masjid noorani on fridays", "noorani"),
    ("they live in the brookvale flats near the river", "brookvale"),
    ("she sells fish on the merchant quay most mornings", "merchant"),
    ("he's living on northern main road now", "northern"),
    ("she moved to a unit in riverbend village", "riverbend"),
    ("his mum's fae redburn, came south years ago", "redburn"),
    ("they moved out to stonebridge last year", "stonebridge"),
    ("she's in the 4870 postcode now, miles from anywhere", "4870"),
    ("postcode's 2640 on the form", "2640"),
    ("the zip code's 55407 on the intake", "55407"),
    ("moved from kelso to bonnyrigg in the spring", "bonnyrigg"),
    ("the youth group meets in gilroy every friday", "gilroy"),
    ("he drives a truck out of dubbo for work", "dubbo"),
    ("she's from out kilcullen way originally", "kilcullen"),
    ("got hired at a mill in cedar falls last fall", "cedar"),
    ("works nights at the pukeko bakery in town", "pukeko"),
    ("she's doing a course at the harbourview school", "harbourview"),
    ("they rent a little house in warwick now", "warwick"),
    ("she plays netball for magpies on saturdays", "magpies"),
    ("he got taken on at ironbark fabrications last week", "ironbark"),
    ("he drives up to murtagh on weekends to see his dad", "murtagh"),
]

KEPT = [
    "she works at a butcher's near the station",
    "he goes to the community centre on fridays",
    "she helps at the food bank on saturdays",
    "he's at the youth drop-in most nights",
    "the school called about pickup again",
    "she started at the local bakery last week",
    "mum goes to the day centre twice a week",
    "they live on the same estate as her sister",
    "he's in the student flats near uni",
    "she cycles in the bus lane to work",
    "he plays footy with his cousins on sundays",
    "she trains with the team every tuesday",
    "they moved out in lockdown and never went back",
    "he's working nights at a warehouse now",
    "she grew up in the village and misses it",
    "she lives on the main road, it's noisy",
    "the bus tae school was calm today",
    "she won a tenner on the postcode lottery",
    "he's in the holiday village for the week",
    "she's out of hospital now and resting",
    "he got a job at the chip shop",
    "we talked about the coffee cart at the hospital cafe",
    "mum goes to the sunday school on the hill",
    "he walks to the high school with his mates",
    "she's at the primary school gate at three",
    "he eats lunch at the staff cafe",
    "they go to the leisure centre on saturdays",
    "she went to the job centre and asked for help",
    "he's been at the homeless drop-in for lunch",
    "she volunteers at the soup kitchen",
    "he plays pan with his uncle on weekends",
    "she stays in the old estate near the school",
    "a band called the beatles was on the radio",
    "she finally found her place in hope, she said",
    "the house in disrepair was the landlord's problem",
    "he plays for hours after school and that's ok",
    "she played for years as a kid",
    "he trains for marathons now",
    "he's at uni doing engineering",
    "they had lunch at the bowling club cafe",
    "she goes to the cancer support centre",
    "he goes to the spinal injuries centre",
    "she drops off cans at the recycling centre",
    "she's at the dads drop-in on saturday mornings",
]


@pytest.mark.parametrize(("text", "word"), REMOVED)
def test_venues_teams_streets_towns_and_postcodes_in_chat_are_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out
    assert redact(out) == out


@pytest.mark.parametrize("text", KEPT)
def test_kinds_of_venue_street_and_team_are_kept(text: str) -> None:
    assert redact(text) == text


def test_a_venue_keeps_its_article_and_loses_its_kind_word() -> None:
    assert redact("he goes to the lantern drop-in") == "he goes to the [org]"


def test_a_postcode_keeps_the_word_that_names_it() -> None:
    assert redact("she's in the 4870 postcode") == "she's in the [place] postcode"
