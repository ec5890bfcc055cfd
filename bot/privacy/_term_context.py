"""Capitalised words in no list that their context shows to be terms, not names.

A word of another language written with a capital ("Rằm", "Khinkali", "Ojek") is in no
list, so the proper-noun rules take it for a name. Its context often says otherwise, in
any language it comes from:

- a gloss right after it, in brackets ("Obon (the festival of the dead)", "Thứ Bảy
  (Saturday)") or after a comma with a noun of a thing ("Khao Tom, the rice soup");
- a noun of a thing before "called" ("a dish called Pilau", not "a boy called Budi");
- "during" before it ("during Giorgoba"): a time or a feast, not a person;
- a determiner before it and a noun of a thing after it ("the Soi dogs", "a Kimochi
  thermometer", not "the Smith family", "the Kariakoo traffic" or "the Ostermoor
  playground": a way, water or open space of a town is named after its place).

Each cue is checked against a person, place or organisation reading: a gloss or a noun
naming a person, relative, place or body ("Tendai (the client)", "Moshi, the town", "the
Kim boys"), a title or relation word before the word, a word in the lists of given names
or towns, or a possessive, leaves the candidate as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._cultural import span_tokens
from ._function_words import tables
from ._vocab import ORG_SUFFIXES, PERSON_ONLY_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]
PlainCheck = Callable[[str], bool]  # whether a capitalised word is one no rule takes for a name

# Nouns of things that a gloss or a determiner phrase may name: dishes and drinks, feasts
# and rites, practices and ideas, objects, clothes, music and games, ways of travelling.
_THING_HEADS = frozenset(
    (
        # food and drink
        "cake cakes bread breads soup soups stew stews curry curries dish dishes dumpling "
        "dumplings rice noodles noodle porridge pudding puddings pastry pastries pancake "
        "pancakes sweet sweets dessert desserts snack snacks biscuit biscuits cookie cookies "
        "drink drinks tea coffee liquor spirit beer wine brew sauce sauces salad sandwich "
        "roll rolls bun buns fritter fritters meal broth flatbread sausage pie pies cheese "
        "chutney pickle pickles beans greens juice cocktail candy candies donut donuts "
        "doughnut doughnuts jam paste custard cracker crackers sticks skewers kebab kebabs "
        "pie porridge gruel mash dough loaf bake treats treat delicacy speciality specialty "
        "staple cuisine spirits vodka brandy rum moonshine lager fruit vegetable vegetables "
        "greens leaves tuber roots root cassava banana bananas plantain plantains "
        # feasts, rites and times
        "festival festivals holiday holidays celebration celebrations ceremony ceremonies "
        "rite rites ritual rituals prayer prayers service vigil fast feast feasts "
        "pilgrimage procession day days night eve season week month new year "
        "custom customs tradition traditions practice practices habit "
        # practices, ideas and words
        "meditation exercise exercises idea concept notion value values virtue virtues word "
        "words term terms phrase phrases saying sayings expression expressions feeling "
        "feelings emotion principle principles duty belief beliefs teaching teachings "
        "philosophy attitude ethic art craft skill sport sports game games dance dances "
        "song songs hymn hymns chant chants music style genre lullaby proverb blessing "
        "greeting greetings respect shame pride honour honor obligation debt savings "
        "scheme system tradition mindset mentality etiquette manners gesture wish longing "
        "need fear sense state mood spirit way ideal lesson "
        # objects and clothes
        "cloth cloths wrap wraps garment garments dress dresses shawl skirt hat hats charm "
        "charms amulet amulets talisman lantern lanterns candle candles instrument "
        "instruments drum drums flute lute beads necklace bracelet toy toys doll dolls mat "
        "mats blanket blankets robe robes sandals scarf tunic sash headscarf veil fabric "
        "pot pots bowl basket baskets board cards tiles "
        # ways of travelling
        "minibus minibuses taxi taxis motorbike motorbikes scooter rickshaw ride rides "
        "ferry van"
    ).split()
)
# Nouns naming a person, a relative or a group of people.
_PERSON_NOUNS = frozenset(
    (
        "client clients patient patients mum mom mother dad father son sons daughter "
        "daughters brother brothers sister sisters wife husband partner boyfriend girlfriend "
        "friend friends aunt aunty auntie uncle cousin cousins nephew niece grandmother "
        "grandfather grandma grandpa granny nan nana gran baby babies child children kid "
        "kids boy boys girl girls man men woman women lady ladies guy guys teacher teachers "
        "neighbour neighbours neighbor neighbors colleague colleagues boss doctor nurse "
        "pastor priest imam rabbi monk monks nun elder elders worker workers officer "
        "counsellor counselor therapist student students classmate classmates person "
        "people family families parent parents stepfather stepmother stepdad stepmum "
        "godmother godfather mate mates he she him her his hers they them their who whom "
        "name names nickname pseudonym real age aged years yrs yo old year "
        "grandson granddaughter fiance fiancé spouse landlord landlady owner manager "
        "employer tenant twin twins toddler teen teenager youth youngest eldest oldest "
        "household clan tribe staff team crew group members member leader chief "
        "king queen prince princess saint god goddess singer actor player coach "
        "drummer dancer healer herbalist warrior warriors one ones someone somebody "
        "himself herself me my we us our i driver drivers rider riders seller sellers "
        "vendor vendors guard guards cleaner cleaners agent agents operator operators "
        "worker staffer volunteer volunteers trainee apprentice intern"
    ).split()
)
# Nouns naming a place, a building or a body: a gloss with one names a place or an
# organisation ("Kariakoo, the market", "Imani (the choir)").
_PLACE_ORG_NOUNS = frozenset(
    (
        "town towns city village villages suburb district area neighbourhood neighborhood "
        "street road avenue lane estate island region province county capital township "
        "settlement camp compound market markets quarter ward hill hills mountain river "
        "lake valley coast beach port station stop junction corner square park "
        "school college university clinic hospital church mosque temple shrine pagoda "
        "centre center foundation charity organisation organization company firm shop "
        "store bakery cafe café restaurant bar hotel hostel club clubs group society "
        "association agency office ministry department union programme program project "
        "business factory farm gym academy institute kindergarten nursery band choir "
        "place places home house flat apartment building hall spot side end traffic "
        "crowds bus buses train trains line weather floods riots protests streets area "
        "wedding funeral birthday party reunion anniversary case file household branch "
        "stage chapter unit ward campus site warehouse depot plant mine yard"
        # features of a town a place is named by: "the Akwa roundabout", "the Kaneshie flyover"
        " roundabout roundabouts bridge crossroads crossing intersection interchange highway "
        "motorway freeway expressway flyover overpass underpass bypass tunnel terminal rank "
        "mall plaza tower towers gardens heights court close drive crescent terrace stadium "
        "field fields ground grounds cemetery graveyard pier wharf harbour harbor dock docks "
        "airport gate gates barracks prison jail library museum pool rink arena cinema "
        "theatre theater pub inn motel lodge supermarket pharmacy chemist surgery dispensary "
        "polyclinic mission parish cathedral chapel synagogue gurdwara mandir masjid madrasa "
        "base precinct zone sector block flats projects colony reserve reservation ranch "
        "boulevard highway lot"
        # ways and waters of a town or its outskirts: "the Erlenmatt playground", "the Siyob
        # bazaar", "the Cubao route", "along the Warnemünde promenade"
        " playground playgrounds stream creek canal promenade boardwalk esplanade quay "
        "marina waterfront riverside riverbank embankment bazaar souk route trail lagoon "
        "pond reservoir dam waterfall forest woods meadow courtyard"
    ).split()
)
# Function words: after a determiner and a word, one of these is no noun of a thing.
_FUNCTION_WORDS = frozenset(
    (
        "and or but to of in on at for with from by as is was are were be been has had "
        "have do does did will would can could should may might must not no so then than "
        "that this these those which who what when where why how if because about into "
        "onto over under after before again also just only very too said says told came "
        "comes went goes got gets made makes took takes gave gives felt feels"
    ).split()
)
# articles and quantities (not owners: "our Ama came" names a person, "call her B" too)
_DETERMINERS = frozenset("the a an every some each any two three four five".split())
_GLOSS_ARTICLES = frozenset({"the", "a", "an", "that", "this", "our", "their"})
# words that end the noun phrase of a gloss: "the ceremony when ...", "the curry from ..."
_GLOSS_ENDS = frozenset("when where which that who whose from like we they you she he".split())
# small words joining the words of a term of another language: "Chai ya Tangawizi"
_CONNECTORS = frozenset("ya wa la de del di da do du des".split())
_LEAD_INS = frozenset("together again too first home daily often".split())
_CALLED = frozenset({"called", "named"})
_TITLE_LIKE = frozenset("mr mrs ms miss dr mx sir dame rev prof".split())
_MAX_GLOSS_WORDS = 7
_MAX_HEAD_REACH = 4
_MIN_TERM = 2
_GLOSS_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PLAIN_GLOSS = re.compile(r"[^\W\d_]+(?:[-'’ ,]+[^\W\d_]+)*")
_BRACKET = re.compile(r"[\"”’]?\s*\(([^()]{1,80})\)")
_COMMA_GLOSS = re.compile(r",\s+([^,;:.!?()\"“”]{1,80})")


def may_hold_terms(text: str, lows: list[str]) -> bool:
    """Whether any cue of this module can apply to ``text`` (cheap: most texts can)."""
    return "(" in text or ", " in text or not _HINTS.isdisjoint(lows)


def _listed_person_or_place(low: str, lex: Lexicon) -> bool:
    return low in lex.given_names or low in lex.places


def _in_no_list(low: str, lex: Lexicon) -> bool:
    return (
        low not in lex.given_names
        and low not in lex.surnames
        and low not in lex.places
        and low not in lex.regions
    )


def _noun_base(word: str) -> str:
    return word[:-1] if len(word) > _MIN_TERM + 1 and word.endswith("s") else word


def _person_place_or_org(word: str) -> bool:
    low = word.lower()
    return (
        low in _PERSON_NOUNS
        or low in _PLACE_ORG_NOUNS
        or _noun_base(low) in _PERSON_NOUNS
        or _noun_base(low) in _PLACE_ORG_NOUNS
    )


def _person_before(toks: list[Token], first: int, lex: Lexicon) -> bool:
    """A title, relation or person noun, or "named"/"called" after one, right before."""
    if first == 0:
        return False
    prev = toks[first - 1]
    if prev.title or prev.low in _TITLE_LIKE or prev.possessive:
        return True
    if prev.low in _PERSON_NOUNS and prev.low not in _DETERMINERS:
        return True
    if prev.low in _CALLED or prev.low in ("name", "names", "means", "meaning"):
        return True
    return prev.capital and _listed_person_or_place(prev.low, lex)


def _gloss_words_ok(words: list[str], plain: PlainCheck) -> bool:
    """A gloss of a term: a few plain words, none naming a person, place or body."""
    if not words or len(words) > _MAX_GLOSS_WORDS:
        return False
    for word in words:
        if _person_place_or_org(word):
            return False
        if word[:1].isupper() and not plain(word):
            return False
    return True


def _bracket_gloss(text: str, end: int, plain: PlainCheck) -> bool:
    """ "Rằm (the full-moon day)", "Thiền (meditation)", "Thứ Bảy (Saturday)"."""
    m = _BRACKET.match(text, end) if end >= 0 else None
    if m is None:
        return False
    gloss = m.group(1).strip()
    if not _PLAIN_GLOSS.fullmatch(gloss):
        return False  # a digit, mark or placeholder inside: a note, not a gloss
    if _speaker_after(text, m.end()):
        return False  # "Ceu (no accent) said": an aside on a person who then speaks
    words = _GLOSS_WORD.findall(gloss)
    return _gloss_words_ok(words, plain)


# a verb of speech or one only a person does, after at most one adverb: "(...) finally said"
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|just\s+|then\s+|also\s+|finally\s+)?([a-z]+)\b")


def _speaker_after(text: str, end: int) -> bool:
    """Whether a verb said only of a person follows the bracket ending at ``end``: the word
    before the bracket is its subject ("Ceu (no accent) said", "Ama (yes, really) giggled"),
    where a term's gloss goes on with its own sentence ("Rằm (the full-moon day) is")."""
    m = _VERB_AFTER.match(text, end)
    return m is not None and (m.group(1) in SPEECH_VERBS or m.group(1) in PERSON_ONLY_VERBS)


def _comma_gloss(text: str, end: int, plain: PlainCheck) -> bool:
    """ "Khao Tom, the rice soup", "Hiếu, filial duty", "Kreng Jai, that feeling of": a noun
    phrase after a comma whose head (its last noun before a function word or a mark) names
    a thing, with no person, place or body in it ("Sipho, the festival organiser" is none)."""
    m = _COMMA_GLOSS.match(text, end) if end >= 0 else None
    if m is None:
        return False
    words = _GLOSS_WORD.findall(m.group(1))
    if words and words[0].lower() in _GLOSS_ARTICLES:
        words = words[1:]
    head = ""
    for word in words[: _MAX_HEAD_REACH + 1]:
        low = word.lower()
        if low in _FUNCTION_WORDS or low in _GLOSS_ENDS:
            break
        if _person_place_or_org(word):
            return False
        if word[:1].isupper() and not plain(word):
            return False
        head = low
    else:
        if len(words) > _MAX_HEAD_REACH + 1:
            return False  # a clause, not a noun phrase
    return head in _THING_HEADS or (len(head) > _MIN_ABSTRACT and head.endswith(_ABSTRACT))


# endings of abstract nouns: "Utu, humanity towards others", "Ujamaa, familyhood"
_ABSTRACT = ("ity", "ness", "ship", "hood", "ment", "ism", "ence", "ance", "tion")
_MIN_ABSTRACT = 6


def _thing_called(toks: list[Token], first: int) -> bool:
    """ "a dish called Pilau", "the festival known as Giorgoba": a thing named."""
    j = first - 1
    if j >= 1 and toks[j].low == "as" and toks[j - 1].low == "known":
        j -= 1
    elif j < 0 or toks[j].low not in _CALLED:
        return False
    if j < 1:
        return False
    noun = toks[j - 1].low
    return noun in _THING_HEADS or _noun_base(noun) in _THING_HEADS


def _during(toks: list[Token], first: int, last: int) -> bool:
    """ "during Giorgoba", "during Ramadhani": a time or a feast (not "during Tom's visit")."""
    return first > 0 and toks[first - 1].low == "during" and not toks[last].possessive


_MIN_NOUN = 2


def _determined_thing(text: str, toks: list[Token], idx: list[int], lex: Lexicon) -> bool:
    """ "the Soi dogs", "a Kimochi thermometer", "the Ushanga work": a determiner before a
    lone word in no list and a plain noun after it that names no person, place or body."""
    if len(idx) != 1:
        return False
    i = idx[0]
    tok = toks[i]
    if i == 0 or i + 1 >= len(toks) or tok.possessive:
        return False
    det, nxt = toks[i - 1], toks[i + 1]
    if det.low not in _DETERMINERS or text[det.end : tok.start] != " ":
        return False
    if text[tok.end : nxt.start] != " " or nxt.capital or nxt.possessive:
        return False
    if len(tok.low) < _MIN_TERM + 1 or tok.low.endswith("s"):
        return False  # "the Kims", "the Nguyens": a family
    low = nxt.low
    if len(low) < _MIN_NOUN or low in _FUNCTION_WORDS or _person_place_or_org(low):
        return False  # "a Malvín y salir": a lone letter is no noun (Spanish "y" is "and")
    if low.endswith("ed"):
        return False
    if low in _WORKS_OF_PEOPLE or _worker_or_body_after(toks, i):
        return False
    return low in lex.ordinary and (low in _THING_HEADS or _noun_base(low) in lex.ordinary)


def _a_term(text: str, toks: list[Token], cand: Candidate, lex: Lexicon, plain: PlainCheck) -> bool:
    idx = span_tokens(toks, cand)
    if not idx:
        return False
    first, last = idx[0], idx[-1]
    if not all(toks[k].capital and not toks[k].acronym and not toks[k].initial for k in idx):
        return False  # "the waca", "the CWA branch", "K. Yamamoto": names and bodies
    head = toks[first]
    if head.title or head.low in _TITLE_LIKE or _person_before(toks, first, lex):
        return False
    if any(toks[k].low in lex.places or toks[k].title for k in idx):
        return False
    if len(idx) > 1 and toks[last].low in _BODY_HEADS:
        return False  # "Wan Smolbag Theatre": a body named after a word of another language
    if len(idx) == 1 and demonym(head.low, lex):
        return True  # "the Georgian feast", "Kakhetian polyphony"
    if _opened_by_class_noun(text, toks, first, last, lex):
        return True  # "Día de las Velitas", "Soto Ayam", "Wan Phra"
    # the strong cues also hold for a word that one list of given names holds ("Ujamaa")
    if all(_rare_or_unlisted(toks[k].low, lex) for k in idx) and (
        _during(toks, first, last)
        or _thing_called(toks, first)
        or _a_or_an(text, toks, first, last)
        or _comma_gloss(text, _gloss_start(text, toks, last), plain)
    ):
        return True
    if not all(_in_no_list(toks[k].low, lex) for k in idx):
        return False  # "a Les Haddad minibus": a family name inside the span
    return (
        _class_noun_after(text, toks, first, last)
        or _measure_of(toks, first)
        or _quantity_before(toks, first)
        or _shared_round(text, toks, first, last)
        or _determined_thing(text, toks, idx, lex)
        or _role_acts(text, toks, idx)
        or _spoken(toks, first, last)
        or _taken_thing(text, toks, first, last)
        or _bracket_gloss(text, _gloss_start(text, toks, last), plain)
    )


def _opened_by_class_noun(
    text: str, toks: list[Token], first: int, last: int, lex: Lexicon
) -> bool:
    """A term of another language opened by its own noun of the class ("Día" day, "Nasi"
    rice, "Wan" day, "Khao" rice): the whole stretch of capitalised words and joining
    words around the span is read, and its first word (past an article) must be such a
    noun and a word after it must be in no list of names ("Hari Krishnan" is a person)."""
    lo, hi = first, last
    while (
        lo > 0
        and text[toks[lo - 1].end : toks[lo].start] == " "
        and (
            toks[lo - 1].capital
            or (toks[lo - 1].low in _CONNECTORS and lo >= 2 and toks[lo - 2].capital)
        )
    ):
        lo -= 1
    while (
        hi + 1 < len(toks)
        and text[toks[hi].end : toks[hi + 1].start] == " "
        and (
            toks[hi + 1].capital
            or (toks[hi + 1].low in _CONNECTORS and hi + 2 < len(toks) and toks[hi + 2].capital)
        )
    ):
        hi += 1
    if toks[lo].low in _SPANISH_ARTICLES and lo < hi:
        lo += 1
    if toks[lo].low not in _CLASS_HEADS or lo == hi or toks[hi].possessive:
        return False
    rest = [toks[k] for k in range(lo + 1, hi + 1) if toks[k].capital]
    return bool(rest) and all(
        t.low not in lex.given_names
        and t.low not in lex.surnames
        and t.low not in lex.places
        and not t.title
        for t in rest
    )


_SPANISH_ARTICLES = frozenset("la el los las".split())
# nouns of a class that open a term in the languages practitioners write beside English:
# Spanish and Portuguese feasts and devotions, Indonesian, Thai, Vietnamese and Swahili
# dishes and days
_CLASS_HEADS = frozenset(
    (
        "día dia fiesta festa novena noche semana virgen caridad feria carnaval misa "
        "nasi kue bubur soto sate teh kopi hari idul lebaran "
        "khao kuay kuaytiao pad tom gaeng kaeng wan loy "
        "bánh phở bún cơm chè lễ tết ngày "
        "chai ugali wali mchuzi sikukuu"
    ).split()
)


def _rare_or_unlisted(low: str, lex: Lexicon) -> bool:
    """In no list, or only in one locale's given names and no other list."""
    return (
        lex.given_names.get(low, 0) <= 1
        and low not in lex.surnames
        and low not in lex.places
        and low not in lex.regions
    )


def _gloss_start(text: str, toks: list[Token], last: int) -> int:
    """Where a gloss of the span ending at token ``last`` would start: past capitalised
    words of the same term ("Trung Thu (...)") and a word such as "together"; -1 after a
    possessive."""
    end = toks[last].end
    k = last + 1
    while (
        k + 1 < len(toks)
        and k - last <= _MAX_HEAD_REACH
        and toks[k].low in _CONNECTORS
        and toks[k + 1].capital
        and text[end : toks[k].start] == " "
    ) or (
        k < len(toks)
        and k - last <= _MAX_HEAD_REACH
        and toks[k].capital
        and text[end : toks[k].start] == " "
    ):
        end = toks[k].end
        k += 1
    if toks[k - 1].possessive:
        return -1
    if k < len(toks) and toks[k].low in _LEAD_INS and text[end : toks[k].start] == " ":
        end = toks[k].end  # "makes Khinkali together, the dumplings"
    return end


def demonym(low: str, lex: Lexicon) -> bool:
    """ "Georgian", "Kakhetian", "Tanzanian": the adjective of a country or region."""
    if not low.endswith("n") or len(low) < _MIN_DEMONYM:
        return False
    return low[:-1] in lex.regions or (low.endswith("an") and low[:-2] in lex.regions)


_MIN_DEMONYM = 5


def _a_or_an(text: str, toks: list[Token], first: int, last: int) -> bool:
    """ "a Hikikomori", "an Omamori", "a Dala Dala": "a" or "an" before capitalised words
    makes them a kind of thing or person, not somebody's name."""
    if first == 0 or toks[last].possessive:
        return False
    det = toks[first - 1]
    if det.low not in _INDEFINITE or det.capital or text[det.end : toks[first].start] != " ":
        return False
    if first >= 2 and toks[first - 2].low in _CALLED:
        return False
    if det.low == "a" and _romance_word_near(toks, first - 1, last):
        return False  # "con su hermano a Malvín": the preposition "a" of a Romance language
    return not _worker_or_body_after(toks, last)


_ROMANCE = frozenset("es pt it fr ca gl ro".split())
_ROMANCE_REACH = 3


def _romance_word_near(toks: list[Token], det: int, last: int) -> bool:
    """Whether a lower-case function word of a Romance language that is no English word
    stands within a few words of the "a" at ``det`` or of the span's end at ``last``."""
    words = tables()
    near = toks[max(0, det - _ROMANCE_REACH) : det] + toks[last + 1 : last + _ROMANCE_REACH]
    return any(
        not t.capital
        and t.low not in words.english
        and not _ROMANCE.isdisjoint(words.langs.get(t.low, ()))
        for t in near
    )


def _worker_or_body_after(toks: list[Token], last: int) -> bool:
    """ "a Swiggy delivery rider", "an Oxfam shop": the noun phrase after the word names
    who works for it or a place or body, so the word names a company or a body."""
    for t in toks[last + 1 : last + 1 + _NOUN_PHRASE_REACH]:
        if t.capital or t.low in _FUNCTION_WORDS or t.low in _PRONOUNS:
            return False
        if _person_place_or_org(t.word):
            return True
    return False


_NOUN_PHRASE_REACH = 2
_PRONOUNS = frozenset("he she him her his hers they them their it its we us our i me my".split())


# "a Hikikomori", "every Rằm", "better than any Konyagi": never before a person's name
_INDEFINITE = frozenset("a an every each any".split())


def _role_acts(text: str, toks: list[Token], idx: list[int]) -> bool:
    """ "the Laibon blessed him", "the Cucho came": "the" before one word and a verb after
    it make the word a role, as "the pastor came" (never "the Kims", a family)."""
    if len(idx) != 1:
        return False
    i = idx[0]
    tok = toks[i]
    if i == 0 or i + 1 >= len(toks) or tok.possessive or tok.low.endswith("s"):
        return False
    det, nxt = toks[i - 1], toks[i + 1]
    if det.low != "the" or text[det.end : tok.start] != " " or text[tok.end : nxt.start] != " ":
        return False
    return not nxt.capital and (nxt.low in _ROLE_VERBS or nxt.low.endswith("ed"))


_ROLE_VERBS = frozenset(
    "came comes said says told tells blessed blesses gave gives sang sings spoke speaks "
    "teased teases prayed prays took takes let lets".split()
)


def _class_noun_after(text: str, toks: list[Token], first: int, last: int) -> bool:
    """ "Tkemali sauce", "Tết holidays", "Kolak soup": a noun of a dish, a rite or an object
    right after makes the word its kind ("the Moyo wedding", "the Kariakoo market", "the
    Zanzibar festival" name a family or a place: no such noun counts)."""
    if last + 1 >= len(toks) or toks[last].possessive:
        return False
    nxt = toks[last + 1]
    if nxt.capital or text[toks[last].end : nxt.start] != " ":
        return False
    if first > 0 and toks[first - 1].low in _PLACE_PREPS:
        return False  # "in Kiembe bread shops": a place may stand there
    return (
        nxt.low in _THING_HEADS
        and nxt.low not in _TIME_OR_PLACE_HEADS
        and nxt.low not in _WORKS_OF_PEOPLE
    )


# the last words of the names of bodies and venues: a span ending in one is no term, even
# when a word of another language opens it ("Wan Smolbag Theatre", "Dar Al Salam School")
_BODY_HEADS = ORG_SUFFIXES | frozenset(
    "theatre theater museum gallery cinema studio studios stadium troupe ensemble".split()
)
# heads that follow a town as readily as a term: "the Monduli festival", "Arusha night"
_TIME_OR_PLACE_HEADS = frozenset(
    (
        "festival festivals day days night eve season week month new year service board "
        "van ferry taxi taxis minibus minibuses ride rides music style sport sports team "
        "game games art craft"
    ).split()
)
_PLACE_PREPS = frozenset("in at from to near around outside visiting visited".split())
# what a person makes or performs: "Rangi songs" may be a singer's
_WORKS_OF_PEOPLE = frozenset(
    (
        "song songs singing chant chants hymn hymns music dance dances lullaby words "
        "teaching teachings sayings proverb style way"
    ).split()
)


def _measure_of(toks: list[Token], first: int) -> bool:
    """ "a jar of Tkemali", "two cups of Tinto": a measure of something is a thing."""
    return (
        first >= 2
        and toks[first - 1].low == "of"
        and not toks[first - 1].capital
        and (toks[first - 2].low in _MEASURES or _noun_base(toks[first - 2].low) in _MEASURES)
    )


_MEASURES = frozenset(
    (
        "jar cup glass bottle plate bowl pot piece slice loaf packet bag box tin can mug "
        "flask kilo pound litre liter spoon spoonful handful basket bucket sack tray crate "
        "pinch shot serving portion bunch"
    ).split()
)


def _quantity_before(toks: list[Token], first: int) -> bool:
    """ "Less Konyagi", "no more Pombe", "extra Chapati": an amount of a thing."""
    return first >= 1 and toks[first - 1].low in _QUANTITIES


_QUANTITIES = frozenset("less fewer extra enough plenty".split())


def _shared_round(text: str, toks: list[Token], first: int, last: int) -> bool:
    """ "brought Pandebono for everyone": what is brought for all is food or a gift."""
    return (
        first >= 1
        and toks[first - 1].low in ("brought", "brings", "bring", "shared")
        and not toks[last].possessive
        and _FOR_ALL.match(text, toks[last].end) is not None
    )


_FOR_ALL = re.compile(
    r" (?:de \w+ )?for (?:everyone|everybody|all of us|the whole group|the group)\b"
)


def _spoken(toks: list[Token], first: int, last: int) -> bool:
    """ "spoke only Maa", "speaks Kiswahili": the language someone speaks."""
    j = first - 1
    if j >= 0 and toks[j].low in _SPEAK_ADVERBS:
        j -= 1
    return j >= 0 and toks[j].low in _SPEAK_VERBS and not toks[last].possessive


_SPEAK_VERBS = frozenset("speak speaks spoke speaking spoken".split())
_SPEAK_ADVERBS = frozenset("only mostly some little fluent broken good".split())


def _taken_thing(text: str, toks: list[Token], first: int, last: int) -> bool:
    """ "smoke Bangi.", "drink Cafecito together", "selling Takoyaki and": a verb that takes
    things before the word, and after it a mark or a word that ends the object ("bought
    Tendai a phone", "watched Sipho play": a person, with a second object or a verb)."""
    j = first - 1
    article = j >= 1 and toks[j].low in _ARTICLES_AFTER_VERB
    if article:
        j -= 1
    if j < 0 or toks[last].possessive:
        return False
    if toks[j].low not in _TAKING_VERBS and not (article and toks[j].low in _DOING):
        return False  # "did the Nochebuena": "do" takes a thing only with an article
    if last + 1 >= len(toks):
        return True
    nxt = toks[last + 1]
    gap = text[toks[last].end : nxt.start]
    if gap.strip():
        return gap.strip()[0] in ".,;:!?)"
    return not nxt.capital and nxt.low in _OBJECT_ENDS


_ARTICLES_AFTER_VERB = frozenset("the some more".split())
_DOING = frozenset("do does did doing done".split())
_TAKING_VERBS = frozenset(
    (
        "eat eats ate eating drink drinks drank drinking cook cooks cooked cooking bake "
        "bakes baked baking fry fried roast roasted smoke smokes smoked smoking chew chews "
        "chewed buy buys bought buying sell sells sold selling order ordered orders read "
        "reads reading wear wears wore wearing celebrate celebrates celebrated celebrating "
        "dance dances danced dancing sing sings sang singing brew brews brewed sip sipped "
        "taste tasted serve served serves"
    ).split()
)
_OBJECT_ENDS = frozenset(
    (
        "and or for with at on in every after before together again too daily instead "
        "when while because if since until whenever"
    ).split()
)


def keep_terms(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon, plain: PlainCheck
) -> list[Candidate]:
    """Drop the candidates that their context shows to be terms rather than identifiers,
    and the other places where the same words stand ("Gaman, enduring ..., Gaman has")."""
    kept: list[Candidate] = []
    terms: set[str] = set()
    ends: set[int] = set()
    for cand in out:
        if cand[2] in ("name", "place", "org") and _a_term(text, toks, cand, lex, plain):
            terms.add(text[cand[0] : cand[1]])
            ends.add(cand[1])
            continue
        kept.append(cand)
    if terms and kept:
        kept = [
            c
            for c in kept
            if c[2] == ""
            or (text[c[0] : c[1]] not in terms and not _listed_after_term(text, toks, c, ends, lex))
        ]
    return kept


def _listed_after_term(
    text: str, toks: list[Token], cand: Candidate, ends: set[int], lex: Lexicon
) -> bool:
    """ "every Rằm and Mùng Một": words in no list joined by "and", "or" or a comma to a
    term are of its kind (a word in a list of names or towns stays: "Chapati and Neema")."""
    m = _JOIN_BEFORE.search(text, max(0, cand[0] - len(" and ")), cand[0])
    if m is None or m.start() not in ends:
        return False
    idx = span_tokens(toks, cand)
    return bool(idx) and all(
        toks[k].capital and not toks[k].possessive and _in_no_list(toks[k].low, lex) for k in idx
    )


_JOIN_BEFORE = re.compile(r"(?:,\s|\s(?:and|or|&)\s)$")


# words whose presence in a text makes one of the cues possible (a cheap test first)
_HINTS = (
    _DETERMINERS
    | _CALLED
    | _QUANTITIES
    | _TAKING_VERBS
    | _DOING
    | _SPEAK_VERBS
    | _CLASS_HEADS
    | {"during", "of", "known", "brought", "brings", "bring", "shared"}
)
