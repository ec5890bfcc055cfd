"""Runs of capitalised words, and the cues that one is a person: titles, kin, verbs, nicknames."""

from __future__ import annotations

import re

from ._lexicon import lexicon
from ._surname_particles import STARTS as PARTICLE_STARTS
from ._surname_particles import particles_after
from ._vocab import (
    FAMILY_NOUNS,
    KNOWN_ACRONYMS,
    NAME_CONNECTORS,
    ORG_SUFFIXES,
    PERSON_VERBS,
    RELATIONS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    STRONG_PERSON_VERBS,
    WEAK_PERSON_CUES,
)
from ._word_classes import _SENTENCE_BREAK, _WITH_SLASH, Kind, Token


def _after_kin_word(text: str, out: list[Token], start: int) -> bool:
    prev = out[-1] if out else None
    return (
        prev is not None
        and prev.capital
        and (prev.low in RELATIONS or prev.low in _TITLE_WORDS)
        and text[prev.end : start] == " "
    )


def _after_kin_title(text: str, toks: list[Token], i: int) -> bool:
    """ "Aunty Mere", "Nan Bee", "Gogo Thoko": a capitalised kinship word used as a title
    makes the capitalised word after it a name, even an everyday one (unless the words
    run on in capitals, as in a heading)."""
    prev, tok = toks[i - 1], toks[i]
    if tok.kind is Kind.STOP or tok.acronym:
        return False
    familiar = prev.word in _FAMILIAR_PREFIXES and not _starts_sentence(text, toks, i - 1)
    if (
        prev.low not in _KIN_TITLES
        and not familiar
        and not (
            (prev.low in _ROLE_TITLES or prev.word in _FAMILIAR_PREFIXES)
            and (tok.kind is not Kind.ORDINARY or tok.low in lexicon().given_names)
        )
    ):
        return False
    if text[prev.end : tok.start] != " " or len(tok.word) < _MIN_KIN_NAME:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    heading = nxt is not None and nxt.capital and text[tok.end : nxt.start] == " "
    return not ((heading or _title_case_list(text, toks, i - 1)) and tok.kind is Kind.ORDINARY)


def _title_case_list(text: str, toks: list[Token], i: int) -> bool:
    """ "Slept Better, Ate Breakfast": the item before ends in a capitalised everyday word
    inside its sentence, so the words are written in title case, as headings and lists are."""
    if i < 1:
        return False
    before = toks[i - 1]
    return (
        before.capital
        and before.kind is Kind.ORDINARY
        and text[before.end : toks[i].start] in _TITLE_LIST_GAPS
        and not _starts_sentence(text, toks, i - 1)
    )


_TITLE_LIST_GAPS = frozenset({", ", " / ", "; "})


_MIN_KIN_NAME = 2
# Familiar prefixes of Hokkien and Cantonese names: "Ah Hock", "with Ah Boy" (a kinship word
# after them stays: "Ah Ma", "Ah Gong" are grandparents). Opening a sentence "Ah" may be a
# sigh, so only a name-like word after it is a name there ("Ah Seng", not "Ah Well").
_FAMILIAR_PREFIXES = frozenset({"Ah"})
_KIN_TITLES = frozenset(
    "papa mama nana nan aunty auntie uncle coach fr father sister brother pastor grandma grandpa "
    "gran granny grandad pop nonna tia tio tita tito kuya ate gogo lolo lola ouma oupa ammachi "
    "tatay nanay abuela abuelo aunt grandma grandpa nanna nonno oma opa bibi dadi nani "
    "teta sitto jiddo nne nna "
    "koro kui whaea matua nanny poppa pop-pop grandmother grandfather grandaunt bubbe zayde "
    "baba dida ama amah ayi mamá papá titi tío tía".split()
    # Punjabi and Urdu, Afrikaans, isiXhosa, Somali, Levantine Arabic, Akan, Igbo, Korean,
    # Tagalog and Trinidadian English: "Chacha Tariq", "Oom Gert", "Tanty Merle", "Maame Esi",
    # "Halmoni Kim", "Manang Fely"
    + "chacha chachi chachu mamu mami khala khalu phupho phuppo tayi bapu oom tannie tanty "
    "tantie makhulu mkhulu ayeeyo abti teta sitto jiddo khalto ammo maame nne dede halmoni "
    "samchon manang manong sisi bhuti baji bhaji nani dadi iya yeye".split()
    # Hawaiian, Papua New Guinean, Sinhala, Quebec French, Yiddish, Greek, Luganda, Bemba,
    # Cree, Vietnamese, Appalachian and Scots English: "Tutu Kaleo", "Bubu Kila", "Seeya
    # Piyadasa", "Mémé Thérèse", "Bubby Rivka", "Yiayia Eleni", "Theia Voula", "Ông Minh"
    + "tutu kupuna bubu seeya achchi aachchi mémé pépé matante mononcle tante bubby bubbie "
    "bobe zaidy zeidy zaidie zaide yiayia yiayiá pappou papou pappoú theia thia theio thios "
    "kokum kokom mosom moshum jjajja ssenga kojja shikulu mamaw papaw meemaw memaw peepaw mawmaw "
    "granda grannie pépère mémère pepere memere ông".split()
    # Yoruba and Nigerian English, Amharic, Haitian Creole, Sri Lankan Tamil, Punjabi, Khmer
    # and isiZulu: "Iya Bose", "Alhaja Sikirat", "Emama Tsehay", "Gashe Tesfaye", "Tati
    # Marjorie", "Manmi Lourdes", "Periyamma Kamala", "Akka Vani", "Bebe Jasbir", "Ming
    # Sophal", "Yeay Sokhom", "Malume Thulani", "Mam Zanele"
    + "iya iyá egbon oga alhaji alhaja emama emaye abba gashe etye etiye weyzero "
    "woizero weizero tati manmi manman matant grann granmè granpè marenn parenn periyamma "
    "periyappa chithi chithappa akka athai appamma appappa ammamma ammappa aachi paati thatha "
    "bebe bhua masser mausi massi bua dada nana veerji paaji ming yeay bong malume mam "
    "mamncane babomncane".split()
    # Albanian, Macedonian, Lithuanian, Moldovan Romanian and Russian, Jordanian Arabic, Dari,
    # Bemba and Nyanja, Shona, Mozambican Portuguese and Changana, Lingala and Kinshasa
    # French: "Zonja Lule", "Nëna Fatbardha", "Dedo Ilija", "Močiutė Ona", "Ponia Zita",
    # "Tanti Valea", "Domnul Ceban", "Баба Рая", "Sitti Fatima", "Haji Ghulam", "Bashi
    # Chilufya", "Sekuru Mutasa", "Ambuya Chiweshe", "Amai Rumbi", "Avó Rosa", "Tonton Blaise"
    + "zonja zoti nëna nena gjyshja gjyshi xhaxhi dedo tetka tetin strina vujko čiko "
    "močiutė močiute senelis senelė senele dėdė dede ponia ponas tanti nenea bunica bunicul "
    "bunelul doamna domnul nașa nașul nănașa тётя тетя дядя баба бабушка дедушка sitti sitt "
    "hajje hajjeh haji hajji kaka khalajan bashi bamayo bambuya agogo sekuru ambuya mbuya amai "
    "mainini maiguru babamukuru vatete avó avô vovó vovô mamana kokwana maman tonton tantine "
    "nkoko mano".split()
)
# More kinship words of address written before a name: Urdu and Punjabi ("Khala Rubina",
# "Phuppo Nasreen"), Somali ("Abti Farah", "Eedo Hodan"), Trinidadian ("Tanty Merle"),
# South African ("Bra Themba", "Sisi Lindiwe", "Ntate Moloi"), Levantine, Akan, Samoan.
_MORE_ADDRESS_WORDS = (
    "khala khalu phuppo phuppi phupho mamu mamoo chacha chachi taya tayi massi bua biji "
    "abti adeer eedo habaryar ayeeyo awoowe hooyo aabo tanty tantie nennen parrain bra sisi "
    "bhuti ntate mme teta jiddo amto khalto wofa agya maame tinā".split()
)
# Words of address that stand before a name in many languages and registers.
_ADDRESS_WORDS = (
    "sir madam madame monsieur señora señor senora senor signora dona mzee ustaz ustazah "
    "sheikh shaykh sis bro mummy mammy mdm encik puan cikgu ate unnie oppa noona hyung "
    "samchon halmoni manong manang didi bhaiya bhabhi mma rra makcik pakcik cik".split()
    + _MORE_ADDRESS_WORDS
)
# Role words used as titles ("Nurse Ratu", "Officer Diaz"): before an everyday word they
# name a thing instead ("Nurse Practitioner"), so only a name-like word after them counts.
_ROLE_TITLES = frozenset(
    "nurse doctor officer detective sergeant captain judge principal bishop deacon chef "
    "teacher sensei imam rabbi reverend".split()
    # words of address of many languages: "Madame Tremblay", "Mzee Otieno", "Ustaz Farid",
    # "Sis Carmina", "Ate Liza", "Encik Rosli"; like a role word, only before a name-like word
    + _ADDRESS_WORDS
    # "Doc Ramos" as a title; "Doc" alone is how clients address a doctor or therapist
    + ["doc"]
)
_TITLE_WORDS = _KIN_TITLES | _ROLE_TITLES
# A capitalised word of address or kinship right before a name ("Aunty Mere", "Coach Dee",
# "Gogo Nomsa") is written as part of the name, and independent labellers count it so: it goes
# into the placeholder with the name, after a possessive too ("her Gogo Nomsa"); a
# lower-case relation word ("her gogo Nomsa") names the relation and stays.
# and the words of a nickname built on a name: "Big Mike", "Little Tommy"
_ADDRESS_TITLES = _TITLE_WORDS | frozenset("big little lil young wee".split())


def _starts_sentence(text: str, toks: list[Token], i: int) -> bool:
    if i == 0:
        return not text[: toks[0].start].strip(" \t\"'“‘*-–—#>")
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if gap == " " and not prev.possessive:
        return False
    if prev.possessive:
        gap = gap[2:]
    if (prev.title or prev.initial) and gap.strip() == ".":
        return prev.initial and toks[i].low in SENTENCE_OPENERS
    if gap[-2:-1].isdigit():
        return False  # "Address: 12 Kirkgate": a number, not the word, opens the sentence
    return bool(_SENTENCE_BREAK.search(gap))


def _joinable(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap in _GROUP_GAPS and (
        left.low in _GROUP_OWNERS
        or (right.capital and right.low in ORG_SUFFIXES and left.kind is not Kind.STOP)
    ):
        return True  # "Seaview Women's Refuge", "St Mary's Church", "King's College": one name
    if left.possessive:
        return False
    if left.initial and gap == ". " and right.low in SENTENCE_OPENERS:
        return False
    if left.initial or left.title:
        return gap in (". ", ".", " ") if left.title else gap in (". ", ".")
    return gap == " "


_GROUP_OWNERS = frozenset("women men children girls boys ladies mothers parents people".split())
_GROUP_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})


def _runs(text: str, toks: list[Token]) -> list[list[int]]:
    """Group indexes of capitalised tokens that stand next to each other."""
    runs: list[list[int]] = []
    n = len(toks)
    j = 0
    for i in [k for k, t in enumerate(toks) if t.capital]:
        if i < j:
            continue  # already in the run before
        run = [i]
        j = i + 1
        while j < n:
            cur = toks[run[-1]]
            nxt = toks[j]
            if nxt.word == "I" and _pronoun_i(text, toks, j):
                break  # "in Leeds I asked": the pronoun starts a clause, no part of a name
            if nxt.capital and _joinable(text, cur, nxt):
                run.append(j)
                j += 1
            elif nxt.low in PARTICLE_STARTS and (m := particles_after(text, toks, run[-1])):
                run.extend(range(j, j + m + 1))  # "Yadira de los Santos", "Josefina dela Cruz"
                j += m + 1
            elif nxt.low in NAME_CONNECTORS and _joinable(text, cur, nxt):
                k = j + 1
                if k < n and toks[k].low in NAME_CONNECTORS:
                    if not _joinable(text, nxt, toks[k]):
                        break
                    k += 1
                if k < n and toks[k].capital and _joinable(text, toks[k - 1], toks[k]):
                    run.extend(range(j, k + 1))
                    j = k + 1
                else:
                    break
            else:
                break
        runs.append(run)
    return runs


def _pronoun_i(text: str, toks: list[Token], j: int) -> bool:
    """ "I" with a lower-case word after it ("I asked", "I did not"): the pronoun."""
    if j + 1 >= len(toks) or toks[j + 1].capital:
        return False
    return text[toks[j].end : toks[j + 1].start] == " " and toks[j + 1].low.isalpha()


def _prev_word(toks: list[Token], i: int) -> str:
    return toks[i - 1].low if i > 0 else ""


def _has_relation_cue(text: str, toks: list[Token], i: int) -> bool:
    if i > 0 and toks[i - 1].low in RELATIONS and not toks[i - 1].capital:
        gap = text[toks[i - 1].end : toks[i].start]
        return "\n" not in gap and gap.strip() in ("", ",")  # a new line is a new heading
    if i > 0 and toks[i - 1].capital and toks[i].capital and _after_kin_title(text, toks, i):
        return True
    if i > 1 and toks[i - 1].low in _CALLED_WHOM and toks[i - 2].low in _CALLING:
        return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "  # "call her Tam"
    if i > 1 and toks[i - 1].low in _SELF and toks[i - 2].low in _CALLING:
        return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "  # "calls himself"
    if i > 1 and toks[i - 1].low in _NICK_PREV and _nickname_cue(text, toks, i):
        return True
    if _called_after(text, toks[i]):
        return True
    before = text[max(0, toks[i].start - 4) : toks[i].start]
    return "w/" in before and _WITH_SLASH.search(before) is not None


def _person_follows(text: str, toks: list[Token], last: int, *, weak: bool) -> bool:
    tok = toks[last]
    if tok.possessive:
        return True
    rest = text[tok.end : tok.end + 3].lstrip()
    if rest.startswith("("):
        return True
    if last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    if text[tok.end : nxt.start].strip() not in ("", ","):
        return False
    if (
        (nxt.low in _ADVERBS or _manner_adverb(nxt))
        and last + 2 < len(toks)
        and text[nxt.end : toks[last + 2].start] == " "
    ):
        nxt = toks[last + 2]  # "kiri just texted", "Sam finally said", "Noor eventually said"
    word = text[nxt.start : nxt.end + 2].lower().rstrip(" .,")
    verb = nxt.low
    if verb in PERSON_VERBS or word in PERSON_VERBS or verb in FAMILY_NOUNS:
        return True
    if _apposition(text, tok, toks, last):
        return True
    return weak and (
        verb in WEAK_PERSON_CUES
        or _past_tense_after_unknown(tok, nxt)
        or _present_tense_after_unknown(tok, nxt)
    )


_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then"
    # "Queralt now lives with her Iaia"
    " now usually often sometimes".split()
)
_MIN_MANNER_ADVERB = 6


def _manner_adverb(tok: Token) -> bool:
    """A lower-case word in "-ly" of six letters or more: an adverb between a subject and its
    verb ("eventually", "quietly", "proudly"); the verb after it still has to name a person's
    doing."""
    return (
        not tok.capital
        and len(tok.word) >= _MIN_MANNER_ADVERB
        and tok.low.endswith("ly")
        and tok.low not in FAMILY_NOUNS  # "the Okafor family said": the cue itself
        and tok.low not in _LY_NOUNS
    )


_LY_NOUNS = frozenset("assembly supply monopoly anomaly melancholy homily".split())


_NOUN_ENDINGS = ("ing", "ness", "tion", "sion", "ism", "ity", "ment", "ology", "ics")
_MIN_PAST_TENSE = 4
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*(?:,|yo\b|y/o\b|\))")
_SCHOOL_YEAR_AFTER = re.compile(
    r"\s*(?:,|\s[-–—])\s*(?:aged\s+\d{1,2}\b|\d{1,2}\s+[-–—]|(?:in\s+)?(?:[Yy]ear|[Yy]r|[Gg]rade)\s?\d{1,2}\s*(?:,|[-–—)]|$))"
)


def _past_tense_after_unknown(tok: Token, nxt: Token) -> bool:
    """A word in no list followed by a verb in the past tense is its subject: a person
    ("Tuilagi prayed"), unless the word is shaped like a common noun ("Journaling helped")."""
    return (
        not nxt.capital
        and len(nxt.word) >= _MIN_PAST_TENSE
        and nxt.low.endswith("ed")
        and not tok.low.endswith(_NOUN_ENDINGS)
    )


def _present_tense_after_unknown(tok: Token, nxt: Token) -> bool:
    """A word in no list followed by an everyday verb with "-s" ("Ikaika surfs"), unless the
    word is shaped like a common noun."""
    low = nxt.low
    if nxt.capital or len(low) < _MIN_PAST_TENSE or not low.endswith("s") or low.endswith("ss"):
        return False
    if tok.low.endswith(_NOUN_ENDINGS):
        return False
    ordinary = lexicon().ordinary
    return low[:-1] in ordinary or (low.endswith("es") and low[:-2] in ordinary)


def _apposition(text: str, tok: Token, toks: list[Token], last: int) -> bool:
    """ "Chance, her partner," or "Chance and Amir both came": a person is described."""
    if last + 2 >= len(toks):
        return False
    nxt, after = toks[last + 1], toks[last + 2]
    gap = text[tok.end : nxt.start]
    if gap == ", " and nxt.low in _POSSESSIVES and after.low in RELATIONS:
        return True
    if gap == ", " and nxt.low in _POSSESSIVES and _relation_after_adjective(text, toks, last + 2):
        return True  # "Ginger, the middle child,", "Sky, her older sister,"
    if gap == ", " and nxt.low == "the" and after.low in _BIRTH_ORDER:
        return text.startswith(",", after.end)  # "Justice, the eldest, took charge"
    if gap != " " or nxt.word not in _ANDS:
        return False
    if after.low in _OWNERS and last + 3 < len(toks) and toks[last + 3].low in RELATIONS:
        return True  # "Misty and her partner", "sione and his sister", "Misty n her mum"
    writer = after.word == "I" or (nxt.word == "n" and after.word == "i")  # "Memory n i"
    if writer and last + 3 < len(toks) and not toks[last + 3].capital:
        return text[after.end : toks[last + 3].start] == " "  # "Crystal and I worked out"
    if _PLACEHOLDER_AND.match(text, nxt.end):
        return True  # "Misty and [name] have been married", "Misty n [name] came"
    return nxt.word == "and" and after.capital and after.kind is not Kind.STOP


# "and", or "n" as chat types it: "Gift n his brother came"
_ANDS = frozenset({"and", "n"})
# a name left as a placeholder, then what people do: "and [name] have been married"
_PLACEHOLDER_AND = re.compile(
    r" \[name\] (?:(?:both|all|have|had|were|are|also) )?(?:"
    + "|".join(sorted(PERSON_VERBS | frozenset({"have", "were", "both"})))
    + r")\b"
)


_BIRTH_ORDER = frozenset("eldest youngest oldest".split())


def _relation_after_adjective(text: str, toks: list[Token], j: int) -> bool:
    """A lower-case describing word then a relation word: "middle child", "best mate"."""
    if j + 1 >= len(toks) or toks[j].capital or text[toks[j].end : toks[j + 1].start] != " ":
        return False
    return toks[j + 1].low in RELATIONS and toks[j].low not in RELATIONS


def _called_by_letter(text: str, toks: list[Token], i: int) -> bool:
    """ "I'd call her B": a lone capital letter someone is called by is a name."""
    if i < 2 or toks[i - 1].low not in _CALLED_WHOM or toks[i - 2].low not in _CALLING:
        return False
    return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "


def _letter_speaks(text: str, toks: list[Token], i: int) -> bool:
    """ "K texted me after", "B asked to come back": a lone capital letter before a verb of
    speech is someone named by an initial ("Plan B worked" has no such verb)."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return not nxt.capital and nxt.low in SPEECH_VERBS and text[toks[i].end : nxt.start] == " "


def _called_after(text: str, tok: Token) -> bool:
    """ "Chinnu, as the family calls her", '"Smiley", as he asked us to call him': a word
    followed by "as ... call(s) him/her" is what a person is called."""
    return (
        tok.capital
        and text.startswith(",", tok.end + (text[tok.end : tok.end + 1] in _QUOTES))
        and _CALLED_AFTER.match(text, tok.end) is not None
    )


_QUOTES = frozenset("\"”'’")
_CALLED_AFTER = re.compile(
    r"[\"”'’]?, as (?:[\w'’]+ ){1,5}?(?:call|calls|called) (?:him|her|them|me)\b"
)


def _nickname_cue(text: str, toks: list[Token], i: int) -> bool:
    """ "goes by Bubs", "known as Tonka", "aka Lolo", "who they call Pip": the word after
    is what a person is called (cheap look-ups first)."""
    prev, before = toks[i - 1], toks[i - 2]
    if prev.low == "aka":
        return _quoted_gap(text[prev.end : toks[i].start], "")
    if prev.low in _IS and before.low in _NAME_NOUNS:  # "her nickname is Bubbles"
        return text[before.end : toks[i].start] == f" {prev.word} "
    if prev.low == "as" and before.low in _HIM_HER and i > 2 and toks[i - 3].low in _KNOW:
        return text[toks[i - 3].end : toks[i].start] == f" {before.word} as "  # "know him as"
    if (prev.low in _BY_AS and before.low in _GOING_BY) or (
        prev.low in _CALL and before.low in _CALLERS and toks[i].capital
    ):
        return _quoted_gap(text[before.end : toks[i].start], prev.word)  # 'goes by "Jay"'
    return False


def _quoted_gap(gap: str, word: str) -> bool:
    """``gap`` is `` word `` (or a single space when ``word`` is empty), with or without an
    opening quote before the name."""
    plain = f" {word} " if word else " "
    return gap == plain or (gap[:-1] == plain and gap[-1] in _OPENING_QUOTES)


_OPENING_QUOTES = frozenset("\"“'‘")


_BY_AS = frozenset({"by", "as"})
_KNOW = frozenset({"know", "knows", "knew"})
_HIM_HER = frozenset({"him", "her"})
_NICK_PREV = frozenset(
    {"aka", "by", "as", "is", "was", "s", "call", "calls", "nickname", "nicknames"}
)
_IS = frozenset({"is", "was", "s"})
_NAME_NOUNS = frozenset({"nickname", "name", "nicknames", "names"})
_GOING_BY = frozenset({"goes", "go", "going", "went", "gone", "known"})
_CALL = frozenset({"call", "calls", "nickname", "nicknames"})
_CALLERS = frozenset(
    "they we everyone everybody people i she he you friends family mates kids who all".split()
)
_CALLED_WHOM = frozenset({"her", "him", "them", "me", "us"})
_SELF = frozenset({"himself", "herself", "themselves", "themself"})
_CALLING = frozenset({"call", "calls", "called", "calling", "nicknamed", "named"})
_POSSESSIVES = frozenset({"her", "his", "their", "my", "our", "your", "the"})
_OWNERS = frozenset({"her", "his", "their"})
# One-word answers after a heading colon that rate something ("Risk: Low") rather than name
# who did it ("Noticed by: Hope"); all are also surnames or nicknames.
_RATINGS = frozenset(
    """low high medium moderate mild severe good fair poor stable nil amber red green sad strong
    weak bright unknown one two three four five six seven eight nine ten""".split()
)
# Heading labels that ask what: the one-word answer after them is a thing ("Hobbies: Art").
_WHAT_LABELS = frozenset(
    """hobby hobbies interest interests strength strengths goal goals win wins mood sleep risk
    theme themes value values focus topic topics activity activities sport sports religion
    faith zone rag rating status outcome homework scale scaling score plan method mode type
    duration frequency diagnosis issue concern concerns problem reason intervention approach
    modality platform setting language stage progress engagement attendance feedback exception
    exceptions hope hopes resource resources support supports trigger triggers barrier barriers
    factor factors appetite medication meds formulation hypothesis summary subject subjects
    food foods game games show shows""".split()
)
# Heading labels that ask who: after them a one-word answer is a person even if a rating word.
_WHO_LABELS = frozenset(
    """by name names who client worker from to cc attendees present referrer contact parent
    carer teacher keyworker""".split()
)
_OWNERS_ALL = frozenset({"her", "his", "their", "my", "our", "your"})


def _strong_person_cue(text: str, toks: list[Token], i: int) -> bool:
    """An everyday word used as a name: "Lucky's", "Chance said", "Dawn (12)", "Jade, her
    sister,", "the Reed family", or a one-word answer after "Who noticed?" / "by:"."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return True
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        gap = text[tok.end : nxt.start]
        if gap.strip() in ("", ",") and (nxt.low in STRONG_PERSON_VERBS or nxt.low in FAMILY_NOUNS):
            return tok.low in lexicon().word_names or not _copula_before_noun(text, toks, i + 1)
        if gap == " " and _turned_up(text, toks, i + 1):
            return True
        if _apposition(text, tok, toks, i):
            return True
    if _AGE_AFTER.match(text, tok.end) or _SCHOOL_YEAR_AFTER.match(text, tok.end):
        return True  # "Angel, 15, referred by", "Storm, Year 9,", "Sky, aged 11"
    if tok.low not in _ABSTRACT_NAMES and _FROM_GROUP_AFTER.match(text, tok.end):
        return True  # "Dawn from the Tuesday group got a job"
    if _described_after(text, tok.end):
        return True  # "Lark, a nursing student,", "Lark the one from", "Lark, my quiet one"
    before = text[max(0, tok.start - 3) : tok.start]
    after = text[tok.end : tok.end + 1]
    label = toks[i - 1].low if i > 0 else ""
    if (tok.low in _RATINGS and label not in _WHO_LABELS) or label in _WHAT_LABELS:
        return False  # "Current Risk: Low", "Hobbies: Art": what, not who ("Noticed by: Amber")
    if ("?" in before or ":" in before) and _answers_what(text, tok):
        return False  # "Q: what helped? A: Rain.": a thing answers "what"
    if _alone_before_pronoun(text, tok):
        return True
    return ("?" in before or ":" in before) and after in (".", "", "\n", ";")


def _described_after(text: str, end: int) -> bool:
    """What follows the word describes a person: an apposition naming what kind of person
    ("Lark, a nursing student", "Lark, an old friend of hers"), "the one from" or "the one
    who" ("Lark the one from group"), "my quiet one", a date of birth ("Lark DOB [date]"), or
    where the person is from before a person's verb ("Lark from the clinic said", "Lark from
    [place] has offered")."""
    after = text[end : end + 2]
    if after not in _DESCRIBED_STARTS:
        return False
    if _ONE_AFTER.match(text, end) or _BORN_AFTER.match(text, end):
        return True
    if (m := _KIND_OF_PERSON_AFTER.match(text, end)) and not _PERSON_NOUNS.isdisjoint(
        m.group(1).lower().split()
    ):
        return True
    m = _FROM_WHERE_AFTER.match(text, end)
    return m is not None and (m.group(1) is not None or m.group(2) in PERSON_VERBS)


_DESCRIBED_STARTS = frozenset({", ", " t", " f", " D", " d", " b", " ("})
_ONE_AFTER = re.compile(
    r",? the one (?:from|who|with|at|that)\b|, (?:my|our|her|his) (?:[a-z]+ )?one\b(?![-'’\w])"
)
_BORN_AFTER = re.compile(r",? \(?(?:DOB|D\.O\.B\.?|dob|d\.o\.b\.?)(?:\b|:)")
# ", a nursing student", ", a Tamil father of three": the noun among the next three words
_KIND_OF_PERSON_AFTER = re.compile(r", an? ((?:[\w-]+ ){0,2}[\w-]+)")
_NOT_PERSONS = frozenset({"named", "called", "nicknamed", "w/", "with", "cousin's"})
_PERSON_NOUNS = (RELATIONS - _NOT_PERSONS) | frozenset(
    """
    man woman boy girl lady gentleman student pupil learner worker widow widower mum-of-two
    mother-of-two father-of-two grandma grandmother grandfather elder refugee volunteer
    resident tenant member regular veteran nursing-student
    """.split()
)
# where the person is from (a place's name, or its placeholder once found: both passes read
# the same), then a verb people do (after an auxiliary, any verb)
_FROM_WHERE_AFTER = re.compile(
    r" from (?:the |my |our |her |his )?(?:\[(?:place|org|name)\]|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
    r"|(?:[\w-]+ )?(?:clinic|school"
    r"|church|office|shelter|hospital|pharmacy|centre|center|daycare|library|mosque|temple"
    r"|surgery|agency|council|unit|hall|club|gym|program|programme|project|refuge|hostel))"
    r",? (?:(has|had|will|would|can|could|also|just|kindly) )?([a-z]+)\b"
)


def _alone_before_pronoun(text: str, tok: Token) -> bool:
    """ "Sparkling moment - Storm. He asked for the sheet", "Ivy\nShe got through": a word
    standing alone as a heading or a label's answer, with the next sentence opening on
    "she" or "he", names the person the pronoun refers back to."""
    if text[tok.end : tok.end + 1] not in _ALONE_ENDS:
        return False
    lead = text[: tok.start].rstrip(" \t")
    if (lead and lead[-1] not in _ALONE_LEADS) or (not lead and text[tok.end] != "\n"):
        return False  # "Rain. She hates it." opening a text is an answer, not a heading
    end = _SENTENCE_END_AHEAD.match(text, tok.end)
    return end is not None and _LEAD_PRONOUN.match(text, end.end()) is not None


_ALONE_ENDS = frozenset(".\n")
_ALONE_LEADS = frozenset(":-–—\n")
_LEAD_PRONOUN = re.compile(r"(?:She|He|she|he)\b")


def _answers_what(text: str, tok: Token) -> bool:
    """Whether the word answers a question that asks what or which, just before it."""
    q_end = text.rfind("?", max(0, tok.start - _ANSWER_REACH), tok.start)
    if q_end < 0 or len(text[q_end + 1 : tok.start].strip()) > _ANSWER_LABEL:
        return False  # "? A: " or "? " only
    q_start = max(text.rfind(c, 0, q_end) for c in ".!?\n:") + 1
    words = text[q_start:q_end].lower().split()
    return bool(words) and words[0] in _WHAT_WORDS


_ANSWER_REACH = 120
_ANSWER_LABEL = 2
_WHAT_WORDS = frozenset("what which".split())
_FROM_GROUP_AFTER = re.compile(
    r" from (?:the |my |our |her |his )?(?:[\w-]+ ){0,2}(?:group|class|team|squad|choir|ward)\b"
)


def _turned_up(text: str, toks: list[Token], j: int) -> bool:
    """ "Rain turned up on time", "Sky rocked up late", "Comfort wrote her goals": arriving
    and writing are what people do, not weather or feelings."""
    verb = toks[j]
    if verb.low in _WRITES:
        return True
    if verb.low not in _ARRIVES or j + 1 >= len(toks):
        return False
    up = toks[j + 1]
    return up.low == "up" and text[verb.end : up.start] == " "


_WRITES = frozenset({"wrote", "writes"})
_ARRIVES = frozenset({"turned", "turns", "showed", "shows", "rocked", "rocks", "fronted"})


def _copula_before_noun(text: str, toks: list[Token], j: int) -> bool:
    """ "Comfort was the priority", "Favour is not something he asks for": after "is" or
    "was", an article or "not" shows the everyday word as a subject, not a person
    ("Blessing was happy", "Gift is doing better" still name someone). Listed word-names
    ("Bee was the one who sat with him") are names first and keep the cue."""
    if toks[j].low not in _COPULAS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return text[toks[j].end : nxt.start] == " " and nxt.low in _NOUN_OPENERS


_NOUN_OPENERS = frozenset({"the", "a", "an", "not", "no", "something", "what", "key"})


def _unknown_acronym(tok: Token) -> bool:
    """An all-capitals word that is no known abbreviation or shouted word: "KJ", "SPH"."""
    return (
        len(tok.word) <= _MAX_ACRONYM
        and tok.word not in KNOWN_ACRONYMS
        and tok.kind not in (Kind.STOP, Kind.ORDINARY)
        and not _known_hyphenated(tok.word)
    )


def _known_hyphenated(word: str) -> bool:
    """A known abbreviation with a letter or a part added: "IES-R", "C-SSRS", "HAM-D"."""
    if "-" not in word:
        return False
    head = word.partition("-")[0]
    return head in KNOWN_ACRONYMS or word.replace("-", "") in KNOWN_ACRONYMS


_MAX_ACRONYM = 5
_ONE_LETTER_PARTICLES = frozenset({"Ó"})
_MIN_ORG_ACRONYM = 4


def _names_a_model(text: str, toks: list[Token], i: int) -> bool:
    """ "Hope Theory", "Strengths Model", "Anchor Technique": an everyday word naming a
    theory, model or technique is part of that name, not a person."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.capital and nxt.low in _MODEL_NOUNS and text[tok.end : nxt.start] == " "


_MODEL_NOUNS = frozenset(
    "theory theories model models method technique approach framework scale inventory "
    "questionnaire principle principles cycle wheel ladder".split()
)


def _season_in_time(toks: list[Token], i: int) -> bool:
    """ "since Autumn", "over Summer", "last Winter": a season after a word of time is the
    season, though Autumn and Summer are also given names ("with Summer" is a person)."""
    tok = toks[i]
    if tok.low not in _SEASONS or tok.possessive or i == 0:
        return False
    return toks[i - 1].low in _TIME_WORDS and not (i + 1 < len(toks) and toks[i + 1].capital)


def _season_state(text: str, toks: list[Token], i: int) -> bool:
    """ "Summer is coming and", "Sky was clear": a season or the sky in a state only weather or
    a time of year is in; "Summer was hard to reach" is a person."""
    tok = toks[i]
    return tok.low in _SKY_AND_SEASONS and _SEASON_STATE.match(text, tok.end) is not None


_SEASONS = frozenset("spring summer autumn winter".split())
_SKY_AND_SEASONS = _SEASONS | {"sky"}
_TIME_WORDS = frozenset(
    "since during over until till through throughout last this next every each before after "
    "in by early late mid".split()
)


def _after_article(text: str, toks: list[Token], i: int) -> bool:
    """ "The Council still...", "the Ward staff": an everyday word right after "the" is the
    word, even when some locale lists it as a given name; a person is rarely "the Ward"."""
    if i == 0 or toks[i].possessive or toks[i - 1].low != "the":
        return False
    return text[toks[i - 1].end : toks[i].start] == " "


_SENTENCE_END_AHEAD = re.compile(r"[.!?]+\s+|\n")


# a state only weather or a time of year is in ("is coming", "was clear"; not "hard to reach")
_SEASON_STATE = re.compile(
    r" (?:is|was|has (?:always )?been|had (?:always )?been|will be|gets|got) "
    r"(?:clear|cloudy|grey|gray|dark|cold|colder|warm|warmer|hot|wet|dry|long|brutal|harsh|mild"
    r"|hard|tough|coming|over|here|nearly here|almost here|ending|the worst|the hardest)"
    r"(?! to\b)(?=[\s.,;:!?]|$)"
)


_COPULAS = frozenset({"is", "was"})  # "isn't" is split into "isn" and "'t"

_ABSTRACT_NAMES = frozenset(
    "hope faith joy patience grace love charity mercy honour honor peace harmony serenity "
    "bliss trust destiny glory liberty justice unity promise prudence felicity memory wisdom "
    "truth courage".split()
    # virtues that Nigerian and Ghanaian given names are made of, read the same way
    + "favour favor praise goodness temperance".split()
)
