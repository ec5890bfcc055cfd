"""When an everyday word that is also a given name (Hope, Will) names a person or a thing."""

from __future__ import annotations

import re

from ._lexicon import Lexicon
from ._name_cues import (
    _ABSTRACT_NAMES,
    _ADVERBS,
    _COPULAS,
    _MIN_PAST_TENSE,
    _NOUN_ENDINGS,
    _OWNERS,
    _SENTENCE_END_AHEAD,
    _TITLE_WORDS,
    _WHAT_LABELS,
    _apposition,
    _strong_person_cue,
)
from ._person_states import person_state_after
from ._vocab import PERSON_ONLY_VERBS, PERSON_VERBS, RELATIONS
from ._word_classes import Kind, Token


def _lone_initial(text: str, tok: Token) -> bool:
    """One capital letter with a full stop that is not part of "U.S." or "C.B.T."."""
    if len(tok.word) != 1 or not tok.initial or text[tok.end : tok.end + 1] != ".":
        return False
    after = text[tok.end + 1 : tok.end + 2]
    return not after.isalpha() and (tok.start == 0 or text[tok.start - 1] != ".")


def _addressed(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A word-name or given name opening a sentence and spoken to: "Hope, you'd be proud",
    '"Rocky, sit properly"', '"Sunny, well done"'. A comma, then "you" or a command, makes
    it a person addressed ("Faith, you know, is hard" and "Grace, you could say" stay)."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or not _word_or_given_name(tok, lex):
        return False
    nxt = toks[i + 1]
    if nxt.capital or text[tok.end : nxt.start] != ", ":
        return False
    if nxt.low in _YOU_WORDS:
        after = toks[i + 2].low if i + 2 < len(toks) else ""
        return after not in _YOU_ASIDES
    return nxt.low in _COMMANDS and text[nxt.end : nxt.end + 1] in (" ", "!")


_YOU_WORDS = frozenset("you you'd you're you've you'll your you’d you’re you’ve you’ll".split())
_YOU_ASIDES = frozenset("know see could might would must may think guess bet reckon say".split())
# Commands said to a person by name; none of them follows a feeling or virtue and a comma
# ("Hope, sit" is a call to someone, "Hope, then" no command).
_COMMANDS = frozenset(
    "tell sit come stop listen look wait stand slow breathe hurry please thanks well "
    "don't dont remember hold enough calm quiet".split()
)


def _word_name_acts(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A word-name or given name opening a sentence is a person when a verb only people do
    follows it ("Patience giggled", "Sandy finally confessed") or when it heads a note whose
    entry starts with a person's verb ("Sunny: slept through", "Dawn: went back to choir")."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or not _word_or_given_name(tok, lex):
        return False
    nxt = toks[i + 1]
    gap = text[tok.end : nxt.start]
    if gap in _LABEL_GAPS:
        return not nxt.capital and (
            nxt.low in PERSON_VERBS or nxt.low in PERSON_ONLY_VERBS or _asked_to(text, toks, i + 1)
        )
    if gap != " ":
        return False
    if tok.low not in _NATURE_WORDS and person_state_after(text, toks, i):
        return True  # "Hope was quiet at first", "Lovely is a 45-year-old cleaner"
    j = i + 1
    while (  # "Sandy finally confessed", "Lucky isn't smoking", "Faith has been sleeping"
        j + 1 < len(toks)
        and j - i <= _MAX_AUXILIARIES
        and (toks[j].low in _ADVERBS or toks[j].low in _AUXILIARIES or _manner_adverb(toks[j]))
        and text[toks[j].end : toks[j + 1].start] in _AUXILIARY_GAPS
    ):
        j += 1
    verb = toks[j].low
    if verb in PERSON_ONLY_VERBS or verb in _PERSON_ONLY_ING:
        return True
    if _doing_for_own(text, toks, i, j):
        return True
    if verb in _WAITING_VERBS:
        return True  # "Gift attended all six", "Sky waited outside"
    if verb in _ATTENDING_VERBS and tok.low not in _NATURE_WORDS | _ABSTRACT_NAMES:
        return True  # "Angel drew a ladder", not "Summer arrived early"
    if verb in _TURNING and _AGE_TURNED.match(text, toks[j].end):
        return True  # "Will turned 15 last week"
    if tok.low in _NATURE_WORDS | _ABSTRACT_NAMES and verb not in PERSON_VERBS | _ATTENDING_VERBS:
        return False  # "Storm rolled in. He said", "Hope faded. She told me": the word
    return _pronoun_refers_back(text, toks[j])


def _doing_for_own(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "Gift walking his sister to the gate", "Precious helping her nan": a word-name that
    is no virtue or weather word, before a verb in "-ing" and "his" or "her", is a person
    doing something with their own."""
    tok, verb = toks[i], toks[j]
    if tok.low in _NATURE_WORDS or tok.low in _ABSTRACT_NAMES or j + 1 >= len(toks):
        return False
    if verb.capital or len(verb.low) <= _MIN_PAST_TENSE or not verb.low.endswith("ing"):
        return False
    owner = toks[j + 1]
    return owner.low in _OWNERS and text[verb.end : owner.start] == " "


def _manner_adverb(tok: Token) -> bool:
    """ "Honour barely spoke", "Sky quietly left": a lower-case "-ly" word before a verb."""
    return not tok.capital and len(tok.low) > _MIN_PAST_TENSE and tok.low.endswith("ly")


def _pronoun_refers_back(text: str, verb: Token) -> bool:
    """ "Storm kicked the chair. He calmed down": a word-name opening a sentence before a
    person's verb, or a verb in "-ed" taking an object ("the", "her" ...), with "she" or
    "he" among the first words of the next sentence, is the person the pronoun refers to.
    Verbs that weather, seasons and feelings take too ("Storm passed", "Hope was") do not
    count."""
    low = verb.low
    if verb.capital or low in _THING_VERBS or low in _ABSTRACT_VERBS or low.endswith("s"):
        return False
    if low not in PERSON_VERBS and not (
        len(low) >= _MIN_PAST_TENSE and low.endswith("ed") and _OBJECT_AFTER.match(text, verb.end)
    ):
        return False  # "Treasure hunted.", "Chance favoured her": no person's act shown
    end = _SENTENCE_END_AHEAD.search(text, verb.end, verb.end + _PRONOUN_REACH)
    if end is None or " its " in text[verb.end : end.start()]:
        return False  # "Chance played its part": a thing
    return _PRONOUN_OPENS.match(text, end.end()) is not None


# Verbs of coming to sessions, phoning, crying, drawing: things a person does, though
# weather and feelings "arrive" too ("Summer arrived", "Hope drew her back").
_ATTENDING_VERBS = frozenset("arrived arrives drew draws cried kicked".split())
# Verbs of coming to sessions, waiting and phoning that weather and feelings never take.
_WAITING_VERBS = frozenset(
    "attended attends phoned rang sobbed waited screamed painted colored coloured signed "
    "enrolled".split()
)
_TURNING = frozenset({"turned", "turns", "turning"})
_AGE_TURNED = re.compile(r" (?:\d{1,2}|sixteen|seventeen|eighteen|thirteen|fourteen|fifteen)\b")
_OBJECT_AFTER = re.compile(r" (?:(?:the|a|an|his|her|their|my|our|your) |(?:me|us|him|them)\b)")

_PRONOUN_OPENS = re.compile(r"(?:[A-Za-z]+,?\s+){0,3}(?:[Ss]he|[Hh]e)\b")
_PRONOUN_REACH = 160


_MAX_AUXILIARIES = 3
_AUXILIARIES = frozenset(
    "has had is was isn wasn hasn hadn didn doesn can could couldn will won would been now".split()
)
_AUXILIARY_GAPS = frozenset({" ", "'t ", "’t "})  # "isn't", split as "isn" + "'t"

_PERSON_ONLY_ING = frozenset(
    "sleeping drinking smoking texting praying crying laughing apologising apologizing "
    "volunteering studying revising cooking journaling journalling giggling sobbing "
    "whispering".split()
    # "Charity asking if she could", "Treasure explaining to her brother": only a person
    # asks, explains or tells
    + "asking explaining telling describing".split()
)


def _thing_verb_follows(text: str, toks: list[Token], i: int) -> bool:
    """ "Rain kept the group indoors", "River walks help", "June felt long": the verb after
    the word is one that weather, seasons and places "do" as well as people."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if text[tok.end : nxt.start] != " " or nxt.capital:
        return False
    return nxt.low in _THING_VERBS


# Verbs a season, the weather or a place "does" as well as a person (not "skipped", "said").
_THING_VERBS = frozenset(
    "kept keeps felt feels made makes took takes held holds helped helps left leaves started "
    "starts stopped stops seemed seems looked looks moved moves lost loses ran runs walks "
    "passed passes dragged drags flew flies".split()
)


# Word-names that are first weather, seasons, times of day or landscape: opening a sentence
# before a verb things do too, they are the word.
_NATURE_WORDS = frozenset(
    "rain storm stormy sunny windy breeze gale sunshine summer autumn dawn river ocean forest "
    "meadow sky".split()
)


def _reads_as_thing(text: str, toks: list[Token], i: int) -> bool:
    """A word-name opening a sentence that the words after it show to be a thing: a plural
    noun before a plural verb ("River walks are her reset", "Pat answers help no one"), an
    amount ("Bill came to forty pounds"), or a word named as a word, rating or theme ("Will
    was the word she used", "Amber was the rating")."""
    tok = toks[i]
    if tok.possessive or i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    if text[tok.end : nxt.start] != " " or nxt.capital or text[nxt.end : after.start] != " ":
        return False
    if nxt.low.endswith("s") and after.low in _PLURAL_VERBS:
        return True
    if _plural_before_past(nxt, after):
        return True  # "Heath walks cleared his head"
    if nxt.low in _CAME and after.low == "to" and _AMOUNT_AFTER.match(text, after.end):
        return True
    if nxt.low in _PAID and after.low == "off":
        return True  # "Patience paid off": the idiom
    if nxt.low in _COPULAS and after.low in _ARTICLES and i + 3 < len(toks):
        return toks[i + 3].low in _META_NOUNS
    return False


def _plural_before_past(nxt: Token, after: Token) -> bool:
    """A word in "-s" straight before a verb in "-ed" is a plural noun ("walks cleared"), as
    a verb in "-s" is not followed by another verb, save linking ones ("gets bored")."""
    low = nxt.low
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and low not in _LINKING_S
        and len(after.low) >= _MIN_PAST_TENSE
        and after.low.endswith("ed")
        and not after.capital
    )


_LINKING_S = frozenset(
    "gets seems feels looks sounds appears becomes stays goes keeps grows is was has".split()
)
_PLURAL_VERBS = frozenset("are were have help make keep feel seem".split())
_CAME = frozenset({"came", "comes"})
_PAID = frozenset({"paid", "pays"})
_AMOUNT_AFTER = re.compile(
    r"\s+(?:[$£€]|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)"
)
_ARTICLES = frozenset({"the", "a", "an"})
# Nouns that name a word, a rating or a theme: "Hope was the theme", not "Bee was the one".
_META_NOUNS = frozenset(
    "word words theme themes rating colour color focus topic answer message name title "
    "password motto mantra value".split()
)


def _word_or_given_name(tok: Token, lex: Lexicon) -> bool:
    return tok.kind is Kind.WORD_NAME or (
        tok.kind is Kind.ORDINARY and (tok.low in lex.given_names or tok.low in lex.word_names)
    )


_LABEL_GAPS = frozenset({": ", " - ", " – ", " — "})
# a request put to the one named before the colon: "Pat: can you fax it", "Joy: could you"
_ASKING = frozenset("can could would will".split())


def _asked_to(text: str, toks: list[Token], j: int) -> bool:
    """Whether the entry after a label opens with a request to a person ("can you",
    "could you"): the label is whom the message is for ("Pat: can you send the form")."""
    if toks[j].low not in _ASKING or j + 1 >= len(toks):
        return False
    return toks[j + 1].low == "you" and text[toks[j].end : toks[j + 1].start] == " "


def _listed_under_what_label(text: str, toks: list[Token], i: int) -> bool:
    """ "Values: Hope, Faith, Love", "Themes: Grace and Justice": a word in a list right
    after a heading that asks what (values, themes, strengths) is one of those things,
    unless something marks it as a person ("Hope's", "Hope (9)")."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return False
    if _apposition(text, tok, toks, i) and not toks[i + 2].capital:
        return False  # "Strengths: Grace and her mum": a person described
    j = i
    while j > 0:
        k = j - 2 if j > 1 and toks[j - 1].low in _LIST_WORDS else j - 1
        if not toks[k].capital or text[toks[k].end : toks[j].start] not in _LIST_GAPS:
            break
        j = k
        if toks[j].possessive:
            return False
    if _subject_of_a_sentence(text, toks, i) and (j == i or _acts_after_a_list(toks, i)):
        return False  # "Best hopes: Storm wants to sleep": alone, and a verb follows
    return (
        j > 0 and toks[j - 1].low in _WHAT_LABELS and text[toks[j - 1].end : toks[j].start] == ": "
    )


# What follows the one who will do something in a plan ("Anna will practise", "Mark to call").
_ACTION_STARTS = frozenset(
    "will to would can could should must shall agreed plans wants needs".split()
)


def _acts_after_a_list(toks: list[Token], i: int) -> bool:
    """ "Plan: CBT, Anna will practise at home": the last item of a list under a what-label,
    followed by a modal or "to", is the person who will act; a virtue stays one of the items
    ("Strengths: Humour, Patience will help")."""
    return toks[i].low not in _ABSTRACT_NAMES and toks[i + 1].low in _ACTION_STARTS


def _subject_of_a_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether a lower-case word other than a list word follows ``toks[i]`` after a space."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and not nxt.capital
        and nxt.low not in _LIST_WORDS
        and text[toks[i].end : nxt.start] == " "
    )


def _listed_with_abstracts(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Strengths: Humour, Persistence, Faith": an abstract word that is also a name, listed
    among capitalised everyday nouns, one of them abstract ("-ness", "-ence", "-ship"), is
    one of them, unless a person's verb follows it."""
    tok = toks[i]
    if tok.low not in _ABSTRACT_NAMES or tok.possessive:
        return False
    near = []
    if i > 0 and text[toks[i - 1].end : tok.start] in _LIST_GAPS:
        near.append(toks[i - 1])
    if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] in _LIST_GAPS:
        near.append(toks[i + 1])
    if (
        bool(near)
        and all(t.capital and _plain_word(t, lex) for t in near)
        and any(t.low.endswith(_ABSTRACT_ENDINGS) for t in near)
    ):
        return not _strong_person_cue(text, toks, i)
    return _among_listed_values(text, toks, i, lex) and not _strong_person_cue(text, toks, i)


def _among_listed_values(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Wisdom, Love, Respect, Bravery, Honesty": in a longer list of single capitalised words,
    nearly all everyday nouns or virtues, a virtue that is also a name is one of the values."""
    items = [toks[i]]
    for step in (-1, 1):
        j = i
        while len(items) < _VALUE_LIST_REACH and 0 <= j + step < len(toks):
            a, b = (toks[j + step], toks[j]) if step < 0 else (toks[j], toks[j + step])
            if text[a.end : b.start] not in _LIST_GAPS:
                break
            j += step
            items.append(toks[j])
    if len(items) < _MIN_VALUE_LIST:
        return False
    plain = sum(t.capital and _plain_word(t, lex) for t in items)
    values = all(t.capital and (t.low in _ABSTRACT_NAMES or _plain_word(t, lex)) for t in items)
    return values and plain >= _MIN_PLAIN_VALUES


_MIN_VALUE_LIST = 4
_MIN_PLAIN_VALUES = 2  # "Hope, Grace, Faith, Joy" alone may be four girls
_VALUE_LIST_REACH = 8
_LIST_WORDS = frozenset({"and", "or"})
_ABSTRACT_ENDINGS = (*_NOUN_ENDINGS, "ence", "ance", "ship", "hood", "dom", "our", "or")


def _amount_of_virtue(text: str, tok: Token) -> bool:
    """ "a lot of Patience", "a bit of Hope", "full of Grace": a virtue that is also a name,
    measured out after a word of amount, is the virtue."""
    if tok.low not in _ABSTRACT_NAMES or tok.possessive:
        return False
    return _AMOUNT_BEFORE.search(text, max(0, tok.start - _AMOUNT_REACH), tok.start) is not None


_AMOUNT_BEFORE = re.compile(r"\b(?:lots?|bit|plenty|full|deal|amount|sense|ounce|kind) of $")
_AMOUNT_REACH = 12


def _among_plain_words(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Happy, Sad, Scared, Calm", "Mercy, Truth and Peace": an everyday word or virtue that
    a name list also holds, listed among capitalised everyday words and virtues only (one of
    them no name and no kinship word), is one of those words, unless marked as a person
    ("Sad's", "Peace (9)"); "Hope, Grace and Dad" stays a list of people."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and text[tok.end : nxt.start] == " " and nxt.low in PERSON_VERBS:
        return False  # "Belonging, Hope said hi": a person speaks
    others: list[Token] = []
    for step in (-1, 1):
        j = i
        while len(others) < _VALUE_LIST_REACH:
            k = j + step
            if 0 <= k < len(toks) and toks[k].low in _LIST_WORDS and not toks[k].capital:
                k += step  # "Truth and Peace": the list word is a token of its own
            if not 0 <= k < len(toks):
                break
            a, b = (toks[k], toks[j]) if step < 0 else (toks[j], toks[k])
            if text[a.end : b.start] not in _LIST_GAPS:
                break
            j = k
            others.append(toks[j])
    if len(others) < _MIN_PLAIN_LIST - 1:
        return False
    plain = [
        t
        for t in others
        if t.capital
        and _plain_word(t, lex)
        and t.low not in RELATIONS
        and t.low not in _TITLE_WORDS
    ]
    return bool(plain) and all(
        t.capital and (t in plain or (t.low in _ABSTRACT_NAMES and not t.possessive))
        for t in others
    )


_MIN_PLAIN_LIST = 2


def _region_after_and(toks: list[Token], last: int, lex: Lexicon) -> bool:
    """ "India and South Korea": a country joined by "and" to another region is listed with
    it, not described as a person ("Georgia and Amir")."""
    if last + 2 >= len(toks) or toks[last + 1].word != "and" or toks[last].possessive:
        return False
    words: list[str] = []
    for tok in toks[last + 2 : last + 5]:
        if not tok.capital:
            break
        words.append(tok.low)
        if " ".join(words) in lex.regions:
            return True
    return False


def _defined_word(toks: list[Token], i: int) -> bool:
    """ "Will is what she lacks", "Summer is when it gets worse": an everyday word opening a
    sentence and defined by "is what/when/how/why" reads as the word, not a person."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or tok.possessive or i + 2 >= len(toks):
        return False
    verb, wh = toks[i + 1], toks[i + 2]
    return verb.low in _COPULAS and wh.low in _DEFINING and not wh.capital


_DEFINING = frozenset("what when how why".split())


def _everyday_after_with(text: str, toks: list[Token], seg: list[int], lex: Lexicon) -> bool:
    """ "continue with Solution-Focused Brief Therapy", "worked with Grounding": after "with"
    a run of everyday words that no one is named is a thing, not a person."""
    if seg[0] == 0 or toks[seg[0] - 1].low not in _WITH_WORDS:
        return False
    # an initial is someone's: "spoke with J. about it"
    return all(_plain_word(toks[i], lex) and not _lone_initial(text, toks[i]) for i in seg)


_WITH_WORDS = frozenset({"with", "w/"})


def _plain_word(tok: Token, lex: Lexicon) -> bool:
    """An everyday word that is no given name, word-name or surname."""
    low = tok.low
    return (
        tok.kind in (Kind.ORDINARY, Kind.STOP)
        and not tok.acronym
        and not tok.possessive
        and low not in lex.given_names
        and low not in lex.word_names
        and low not in lex.surnames
    )


def _abstract_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "Hope is something...", "Faith helps her": an abstract word that is also a name,
    opening a sentence before a verb such words take, reads as the word. A verb in "-ing",
    a number or a capital after the verb ("Hope is coming", "Joy is 15") reads as a person."""
    tok = toks[i]
    if tok.low not in _ABSTRACT_NAMES or tok.possessive or i + 1 >= len(toks):
        return False
    verb = toks[i + 1]
    if text[tok.end : verb.start] == " " and _CARRIED_THROUGH.match(text, verb.start):
        return True  # "Faith got her through", "Hope kept him going": what carries a person
    if text[tok.end : verb.start] == " " and _SURFACED.match(text, verb.start):
        return True  # "Hope came up as a theme", "Joy came back a little": talked of, felt
    if text[tok.end : verb.start] != " " or verb.low not in _ABSTRACT_VERBS:
        return False
    if _NUMBER_AFTER.match(text, verb.end):
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and _place_after(toks, i + 2):
        return False  # "Liberty is where she grew up": a place
    doing = after is not None and after.low.endswith("ing") and not after.low.endswith("thing")
    return after is None or not (after.capital or doing)


_CARRIED_THROUGH = re.compile(
    r"(?:got|gets|pulled|pulls|carried|carries|kept|keeps|saw|sees) "
    r"(?:her|him|them|me|us) (?:through|going)\b"
)
# what a feeling does in a session: it comes up or comes back, and no person's errand
# follows ("Joy came back to group", "Hope came up with a plan" are people)
_SURFACED = re.compile(
    r"(?:(?:is|was) )?(?:came|comes|coming) (?:up|back)"
    r",? (?:a (?:little|lot|bit)|too|as|slowly|gradually|often|again|when|while"
    r"|during|throughout|more|several|repeatedly|once|twice)\b"
)

_ABSTRACT_VERBS = frozenset(
    "is was has had helps helped makes made matters mattered means meant comes keeps kept "
    "gives gave brings seems seemed grows grew can will would could might must does "
    "isn't wasn't doesn't".split()
)
_PLACE_AFTER_VERB = frozenset({"where", "near", "in", "on", "home"})
_PLACE_PREPS_AFTER = frozenset({"in", "on"})


def _place_after(toks: list[Token], j: int) -> bool:
    """Does the word at ``j`` (after "is"/"was") say where ("where", "near", "home", or "in"
    before a capitalised word or a place people are: "in Texas", "in year 9")? "Hope was in
    short supply" says how much."""
    low = toks[j].low
    if low not in _PLACE_AFTER_VERB:
        return False
    if low not in _PLACE_PREPS_AFTER:
        return True
    return j + 1 < len(toks) and (toks[j + 1].capital or toks[j + 1].low in _PERSON_PLACES)


# After "is in": where a person is ("Justice is in year 9", "Joy is in hospital").
_PERSON_PLACES = frozenset(
    "year grade class form hospital care prison jail school college rehab foster court".split()
)


_NUMBER_AFTER = re.compile(r"\s+\d")


# pronouns and words of Spanish, Portuguese, Italian and French that are also given names,
# and the small words beside which they are those words ("y ella", "ella la", "que elle")
_ROMANCE_PRONOUNS = frozenset(
    "ella ellas elle ele ela elas eles nada toda todo sola mia mio".split()
)
_ROMANCE_WORDS = frozenset(
    "y que q la el los las de del con pero ya se su sus mi es fue muy não com ao porque "
    "cuando lo le les est et qui pas ne ce dijo durmio durmió tiene está esta".split()
)


def _beside_romance_words(lows: list[str], i: int) -> bool:
    return (i > 0 and lows[i - 1] in _ROMANCE_WORDS) or (
        i + 1 < len(lows) and lows[i + 1] in _ROMANCE_WORDS
    )


_LIST_GAPS = frozenset({", ", " and ", ", and ", " & ", " or "})
