"""Capitalised words that the words of their own language beside them show to be nouns.

A practitioner who writes in French, Catalan, Portuguese, Kriolu or Spanish, or who quotes
a client in it, writes nouns with a capital as English would not ("sa Mère", "un Iogurt",
"la seva Mare", "nha Mai"); words of kinship of many languages come after an English owner
("her Avi", "his Pabbi", "her Shicheii"); services, diagnoses and measures of those
countries are named by letters ("le TDAH"); and a language is
named after a verb of speaking ("in Kriolu"). Each of these is in the lists of given
names or towns often enough that the proper-noun rules take it for one. Three cues, each
a general rule of the language, keep them:

- a possessive, demonstrative or indefinite determiner of a Romance language or Kriolu
  right before the word: such a determiner comes before a noun, never before a person's
  or place's name (names take no determiner in these languages, or a definite article,
  which is no cue here: "la Montse", "le Plateau");
- an English or Romance owner before a kinship word of one of many languages (a real list
  of the class), with no capitalised word after it ("her Avi", not "her Avi Cohen");
- a word in the lists of diagnoses named by letters, or of languages;
- "the" before a word in no list of names, surnames, towns or regions, with no word of
  place or membership before "the" ("at", "from", "joined") and a lower-case word or a
  stop after it that names no person's act or place ("prays the Rużarju to", "after the
  Kinaaldá his sister"): English puts no article before a person's name, and a town or
  body after "the" is reached by a word of place or membership.

- "a" or "an" before the word and a small word or a stop after it ("gave his Mare a Rosa
  and", "as a Veronica,"): English puts no indefinite article before a person's or town's
  name ("a Brockton family" is no cue: a noun follows);
- a joining word of the word's own language after it and a lower-case noun after that
  ("Cahier de gratitude", "Messe du dimanche", "Saltkjöt og baunir"): a noun phrase of that
  language, for a word in no list of given names or towns;
- a dose after it ("Sertralina 50 mg", "Prazosin 2 mg"): a medicine;
- "what" before it and "means", "feels like", "looks like" after it ("I asked what Saħħa
  means"): a word asked about, for a word in no list of given names.

A title, a place preposition or a capitalised word after the word leaves the candidate as
it is (a full name: "ma Julie Tremblay").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._cultural import span_tokens
from ._function_words import tables
from ._romance_lower_words import PRONOUNS as ROMANCE_PRONOUNS
from ._romance_places import town_after_romance_a
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]

# Possessive, demonstrative and indefinite determiners of French, Catalan, Spanish,
# Portuguese, Italian and Kriolu. Left out: those that are English words too ("son", "ton",
# "a", "no", "si", "me", "es", "nos", "cap") or that come before given names or places ("la",
# "el", "le", "o", "na").
_ROMANCE_DETERMINERS = frozenset(
    (
        # French
        "sa ses ma mon mes ta tes notre nos votre vos leur leurs cette cet ces un une "
        "quelques chaque aucun aucune "
        # Catalan
        "meu meva meus meves seu seva seus seves teu teva teus teves nostre nostra nostres "
        "vostre vostra vostres aquest aquesta aquests aquestes aquell aquella cada una uns "
        "unes "
        # Spanish
        "su sus mis tus nuestro nuestra nuestros nuestras vuestro vuestra este esta estos "
        "estas ese esa esos esas unos unas algún alguna cada "
        # Portuguese and Kriolu
        "minha meus minhas sua suas nosso nossa nossos nossas uma umas esse essa "
        "aquele aquela nha nhas bu ses kel kes "
        # Italian
        "mio mia miei mie tuo tua tuoi suo suoi nostro vostro uno questa questo quella quello"
    ).split()
)
# Owners in English and the possessives above that make the next word a relation.
_OWNERS = frozenset("her his their my our your".split()) | _ROMANCE_DETERMINERS
# Kinship and address words of many languages, said of a relative by role.
_KIN = frozenset(
    (
        # French and the French of Québec
        "mère père maman papa mémère pépère grand-maman grand-papa grand-mère grand-père "
        "matante mononcle tante oncle marraine parrain cousin cousine frère soeur sœur "
        "belle-mère beau-père fils fille chum blonde conjoint conjointe "
        # Catalan
        "mare pare iaia iaio avi àvia avia padrí padrina tiet tieta germà germana cosí "
        "cosina fill filla sogra sogre nét néta padrastre madrastra "
        # Spanish
        "abuela abuelo tía tío mamá papá hermano hermana suegra suegro "
        # Maltese
        "omm ommi missier missieri nanna nannu ziju zija ħija oħti kuġin kuġina mamà "
        "mammà papà neputi "
        # Icelandic
        "amma afi mamma pabbi frænka frændi bróðir systir móðir faðir langamma langafi "
        # Finnish
        "äiti isä iskä äiskä mummo mummi vaari ukki pappa täti setä eno serkku veli sisko "
        "isoäiti isoisä mumma faija mutsi "
        # Diné (Navajo)
        "shimá shizhé'é shicheii shimásání shinálí shideezhí shínaaí shádí shitsilí "
        "shiyáázh shich'é'é shimá yázhí shidá'í shibízhí shichó shimásáni "
        # Kriolu of Cabo Verde and Portuguese
        "mai pai avó avô vovó vovô tia tiu madrinha padrinhu padrinho kumadri kumpadri "
        "fidju irmon primu prima mamai papai "
        # Lebanese Arabic
        "teta tata sitto jeddo jiddo jeddi khalto khalti khalo khali ammo ammi amto amti "
        "akhi ukhti "
        # Asunción, La Paz, Nuuk, Iqaluit, Nuku'alofa, Erbil, Dhaka, Kochi, Yangon: kinship
        # words that are also given names, surnames or towns elsewhere ("her Chechi", "his
        # Daya", "her Atiq's family")
        "sy ru taita jarýi mamala tatala awicha achachi anaana ataata aanaa atiq kui tamai "
        "faʻē fae daya dayk bawk kak xwişk pûre chechi mol molu monu chettan ammachi "
        "kunjamma ame amay aphay apwa ahpo nyima "
    ).split()
)
_LETTER_TERMS = frozenset(
    # diagnoses named by letters in French and Catalan (services and agencies are left out:
    # one named alone may be the body that handled the client's case)
    "tdah tda tca imc tag toc tspt tsa tlp tpl tdm".split()
)
# Languages and ways of speaking that the word lists miss.
_LANGUAGES = frozenset(
    (
        "kriolu kriol kriolo crioulo badiu sampadjudu català valencià aranès occità "
        "diné bizaad navajo íslenska suomi svenska malti québécois joual chiac "
        "libnéné lubnani darija amazigh tamazight arabizi fusha fuṣḥā"
    ).split()
)
_TITLES = frozenset("mr mrs ms miss dr mx sir dame rev prof mme mlle m sra sr dra".split())
_OPENERS = frozenset('.!?:;\n"“(')
# Words before "the" that make the next word a place or a body reached, joined or left.
_PLACE_ORG_BEFORE = frozenset(
    (
        "at in from to near into inside outside by behind across around through toward "
        "towards past opposite beside via visiting visited visit visits left leave leaves "
        "leaving joined join joins joining quit attends attended attend attending within "
        "for of with on onto off outta up down along"
    ).split()
)
# Words after a word that make it a person (an act) or a place or body (a noun of one).
_PERSON_OR_PLACE_AFTER = frozenset(
    (
        "said says told tells asked asks came comes went goes would will was is has had "
        "can could lives lived cried called wants wanted thinks felt feels family families "
        "boys girls kids brothers sisters school college clinic hospital centre center club "
        "church street road estate park station team office shop store branch group house "
        "home community area district village town city nurse nurses doctor doctors staff "
        "manager teacher teachers worker workers people crew gang"
    ).split()
)
# Small words after "a Rosa": a preposition, a conjunction or a relative word.
_SMALL_AFTER = frozenset(
    "and or to for with from at in on of that which as but so by into than nor".split()
)
# Joining words inside a noun phrase of French, Catalan, Spanish, Icelandic and the
# Scandinavian languages: "Cahier de gratitude", "Saltkjöt og baunir".
_JOINERS = frozenset("de du des del dels della og och".split())
# Function words after a joining word: "Maria de los Ángeles" is a name, not a phrase.
_NOT_PHRASE_AFTER = frozenset(
    "la le les los las el l els un una une mi ma mon sa son su sus seu seva hans hennar "
    "hún hann".split()
)
_DOSE = re.compile(r"\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|ml|g|iu|ui)\b", re.IGNORECASE)
_GIVING = frozenset("gave give gives giving prescribed prescribe prescribes to for offered".split())
_ASKED_AFTER = re.compile(
    r"\s+(?:means|meant|mean|stands\s+for|(?:feels|felt|looks|looked|sounds|sounded)\s+like)\b"
)
HINTS = (
    frozenset({"the", "a", "an", "what", "mg"})
    | _JOINERS
    | _OWNERS
    | _KIN
    | _LETTER_TERMS
    | _LANGUAGES
)


def may_hold_language_terms(lows: list[str]) -> bool:
    """Whether any cue of this module can apply (cheap: a set check on the words)."""
    return not HINTS.isdisjoint(lows)


def _capital_follows(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word right after ``toks[i]`` (a full name, "Avi Cohen")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.word[:1].isupper() and text[toks[i].end : nxt.start] in (" ", "-")


def _determined(text: str, toks: list[Token], i: int) -> bool:
    """ "sa Mère", "un Iogurt", "nha Mai": a Romance determiner right before the word."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low not in _ROMANCE_DETERMINERS or text[prev.end : toks[i].start] != " ":
        return False
    if prev.word != prev.low and not _opens_sentence(text, prev):
        return False  # "Notre Dame", "SA Fête": a name or an abbreviation of one
    return not _capital_follows(text, toks, i)


def _opens_sentence(text: str, tok: Token) -> bool:
    """``tok`` is the first word of the text or of a sentence."""
    before = text[: tok.start].rstrip()
    return not before or before[-1] in _OPENERS


def _owned_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "her Avi", "his Pabbi", "la seva Mare": a kinship word after an owner."""
    tok = toks[i]
    if tok.low not in _KIN or i == 0:
        return False
    prev = toks[i - 1]
    if prev.low not in _OWNERS or text[prev.end : tok.start] != " ":
        return False
    return not _capital_follows(text, toks, i)


def _owned_pair(text: str, toks: list[Token], idx: list[int]) -> bool:
    """ "his Nha Mai", "her Sa Mère": a determiner written with a capital and a kinship word."""
    first, second = toks[idx[0]], toks[idx[1]]
    return (
        first.low in _ROMANCE_DETERMINERS
        and second.low in _KIN
        and text[first.end : second.start] == " "
        and not _capital_follows(text, toks, idx[1])
    )


def _determiner_of_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "said Nha Avó laughed": a capitalised possessive taken alone, before a kinship word."""
    tok = toks[i]
    if tok.low not in _ROMANCE_DETERMINERS or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.low in _KIN and text[tok.end : nxt.start] == " "


def _named_term(text: str, toks: list[Token], i: int) -> bool:
    """ "le TDAH", "the CSMA psychiatrist", "in Kriolu": a listed letter term or language."""
    tok = toks[i]
    if tok.low in _LETTER_TERMS:
        return tok.word.isupper() and (i == 0 or toks[i - 1].low not in _TITLES)
    return tok.low in _LANGUAGES and not _capital_follows(text, toks, i)


def _thing_after_the(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "prays the Rużarju to", "after the Kinaaldá his sister": an unlisted word after "the"
    that no word of place, membership, act or person makes a name, place or body."""
    tok = toks[i]
    if i == 0 or tok.possessive or tok.word.isupper() or not tok.word[:1].isupper():
        return False
    prev = toks[i - 1]
    if prev.low != "the" or text[prev.end : tok.start] != " ":
        return False
    if i >= 2 and toks[i - 2].low in _PLACE_ORG_BEFORE:
        return False
    low = tok.low
    if low in lex.given_names or low in lex.surnames or low in lex.places or low in lex.regions:
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        gap = text[tok.end : nxt.start]
        if gap.strip() == "" and (nxt.word[:1].isupper() or nxt.low in _PERSON_OR_PLACE_AFTER):
            return False
    return True


def _indefinite_thing(text: str, toks: list[Token], i: int) -> bool:
    """ "gave his Mare a Rosa and", "as a Veronica,": "a" or "an", the word, a small word."""
    tok = toks[i]
    if i == 0 or tok.possessive or tok.word.isupper():
        return False
    prev = toks[i - 1]
    if prev.word not in ("a", "an") or text[prev.end : tok.start] != " ":
        return False
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    gap = text[tok.end : nxt.start]
    if gap.strip():
        return gap.strip()[:1] in ",.;:!?)"
    return nxt.low in _SMALL_AFTER


def _noun_phrase_head(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Cahier de gratitude", "Saltkjöt og baunir": a joining word and a lower-case noun."""
    tok = toks[i]
    if i + 2 >= len(toks) or tok.possessive:
        return False
    joiner, noun = toks[i + 1], toks[i + 2]
    if joiner.word not in _JOINERS or noun.word != noun.low or noun.low in _NOT_PHRASE_AFTER:
        return False  # "Polyvalente de l'Ancienne-Lorette": a name goes on after the joiner
    if "'" in noun.word or "’" in noun.word:
        return False
    if text[tok.end : joiner.start] != " " or text[joiner.end : noun.start] != " ":
        return False
    # "Zeynep'i de yanına": the name before a case ending after an apostrophe is looked up
    base = tok.low.replace("’", "'").split("'", 1)[0]
    return all(w not in lex.given_names and w not in lex.places for w in {tok.low, base})


def _medicine(text: str, toks: list[Token], i: int) -> bool:
    """ "Sertralina 50 mg": a word before a dose, not after a verb of giving."""
    if not _DOSE.match(text, toks[i].end):
        return False
    return i == 0 or toks[i - 1].low not in _GIVING


def _asked_about(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "I asked what Saħħa means": a word asked about, in no list of given names."""
    if i == 0 or toks[i - 1].low != "what" or toks[i].low in lex.given_names:
        return False
    return _ASKED_AFTER.match(text, toks[i].end) is not None


def without_language_terms(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Drop the one-word candidates that the words of their language show to be nouns."""
    kept: list[Candidate] = []
    for cand in out:
        if cand[2] in ("name", "place", "org"):
            idx = span_tokens(toks, cand)
            if len(idx) == 1 and (
                _named_term(text, toks, idx[0])
                or _owned_kin(text, toks, idx[0])
                or _determined(text, toks, idx[0])
                or _thing_after_the(text, toks, idx[0], lex)
                or (
                    _indefinite_thing(text, toks, idx[0])
                    and not town_after_romance_a(toks, idx[0], lex.places)
                )
                or _noun_phrase_head(text, toks, idx[0], lex)
                or _medicine(text, toks, idx[0])
                or _asked_about(text, toks, idx[0], lex)
            ):
                continue
            if len(idx) == 2 and _owned_pair(text, toks, idx):
                continue
            if len(idx) == 1 and _determiner_of_kin(text, toks, idx[0]):
                continue
        kept.append(cand)
    return kept


# Function words of the languages practitioners quote in chat (Catalan, French of Québec,
# Icelandic, Finnish, Maltese, Kriolu, Lebanese Arabic in Latin letters). Some are given
# names too ("hans", "hana", "una", "ana", "sano"); beside another function word of the
# same language they are that language's word, not a name typed in lower case.
_FUNCTION_WORDS = (
    frozenset(
        (
            "la el els les un una uns unes de del dels amb per que ni va vaig vas van és era "
            "seva seu meva meu teva aquest aquesta molt més bon bona ja li ho hi em ens us "
            "sense quan perquè però tot tota res també diu ha han hem mai sí ara encara "
            "després abans vegada"
        ).split()
    ),
    frozenset(
        (
            "et de la le les pis ça qui que sa son à en pour pas avec mais sur dans elle il "
            "on moi toi lui même tout juste gars une un des du au aux est était"
        ).split()
    ),
    frozenset(
        (
            "og að í á um við sem en hún hann hans hennar hana það þetta ekki var er hefur hefði "
            "hefðu hafa sagði segir líka mjög núna bara gott til frá með fyrir eftir ég þú "
            "þeir þær hvað hvort þegar því hlær barn"
        ).split()
    ),
    frozenset(
        (
            "ja et että se sen sano sanoi on oli ei ku kun mut mutta eka kerta kans myös nyt "
            "vaan hän mä sä me te ne niin jo vielä tosi ihan mun sun sit sitten koska jos "
            "täällä siellä tänään eilen"
        ).split()
    ),
    frozenset(
        (
            "u li ma tal il qalli qaltli kien kienet kienu imma għax hawn hemm ukoll issa "
            "miegħu magħha mhux ġie jiena hu hi huma dan din dawk wisq ħafna biss meta kif "
            "fejn xi wieħed"
        ).split()
    ),
    frozenset(
        (
            "fla ma e é sta ka ta na pa ku di si bu nha dja tanbe tudu dreto sô gosi mas el "
            "es nos nu bo ami mi kel kes"
        ).split()
    ),
    frozenset(
        (
            "ana inta inte huwwe hiyye ult 2al 2alet bas kamen inno ya3ni fi ma mesh mish "
            "shu eza iza lek yalla khalas wallah hek kif lesh halla2 ba3d ktir"
        ).split()
    ),
)
_ALL_FUNCTION_WORDS = frozenset().union(*_FUNCTION_WORDS)


def foreign_function_word(lows: list[str], i: int) -> bool:
    """ "amma hans í", "ni una vegada", "w ana ult": a function word of another language
    beside another function word of the same language."""
    low = lows[i]
    if low not in _ALL_FUNCTION_WORDS:
        return False
    for words in _FUNCTION_WORDS:
        if low in words and (
            (i > 0 and lows[i - 1] in words) or (i + 1 < len(lows) and lows[i + 1] in words)
        ):
            return True
    return False


# "Skola Primarja tal-Qormi", "Kazin tal-Banda": a Maltese article of belonging ("of the")
# joins a capitalised word to the name before it.
_MALTESE_TAIL = re.compile(
    r" (?:tal|tad|tat|tas|taż|tax|taċ|tar|tan|taz|ta['’])[- ]?"
    r"(?:[A-ZĊĠĦŻ][^\W\d_]*(?:[- ](?:il|l|ix|iż|is|it)-)?)+"
)


def with_maltese_tails(text: str, out: list[Candidate]) -> list[Candidate]:
    """Each name, place or body followed by "tal-" and a capitalised word, with that tail."""
    extra: list[Candidate] = []
    for start, end, kind in out:
        if kind in ("name", "place", "org"):
            m = _MALTESE_TAIL.match(text, end)
            if m:
                extra.append((start, m.end(), "org" if kind == "name" else kind))
    return extra


# Verbs of saying, telling and calling in the languages above, and Spanish and Portuguese:
# a lower-case word opening a sentence before one is its speaker ("josmar qalli li").
SAYING_VERBS = frozenset(
    (
        "diu deia explica digué qalli qaltli qal qalet qalat qalit qaluli qalilha jgħid tgħid "
        "ċempel "
        "ċemplitli sagði segir sagðist spurði hringdi sano sanoi sanoo kerto kertoi soitti "
        "kysyi fla flâ kontâ ligá 2al 2alet 2alit 2alli 2alatli dijo dice contó disse falou "
        "contou ligou raconte disait"
        # leaks11 homes: Albanian, Macedonian, Lithuanian, Romanian, Russian, Jordanian
        # Arabizi, Dari, Bemba, Nyanja, Shona, Mozambican Portuguese, Lingala
        " tha thotë thote vika reče rece kaže kaze sakė sake sako rašė rase zice spune zis "
        "сказал сказала говорит bt2ool bt2oul bi2ool goft gofta megoya bati atile anati akuti "
        "vanoti akati anoti vakati diz alobi alobaki alobaka"
    ).split()
)
_MIN_SPEAKER = 3
# laughter and chat openers before a verb of saying: "hahah qalli", "kkkk el fla", "lol sano"
_LAUGHTER = re.compile(r"(?:[hj][aeiou])+h?|k{3,}|(?:lol|lmao|omg|xd|yalla|wallah|ok|okay|pis|bon)")


def lowercase_speakers(
    text: str, toks: list[Token], lows: list[str], ordinary: frozenset[str]
) -> list[Candidate]:
    """ "josmar qalli li", "gunni sagði að": a lower-case word in no list of everyday or
    function words, opening a sentence right before a verb of saying, is a person."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        if lows[i + 1] not in SAYING_VERBS:
            continue
        tok = toks[i]
        low = lows[i]
        if (
            tok.capital
            or len(low) < _MIN_SPEAKER
            or low in ordinary
            or low in _ALL_FUNCTION_WORDS
            or low in _KIN
            or (low in ROMANCE_PRONOUNS and lows[i + 1] not in ordinary)  # "ela disse": "she"
            or _LAUGHTER.fullmatch(low)
            or text[tok.end : toks[i + 1].start] != " "
            or not _opens_sentence(text, tok)
        ):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


# capitalised before a verb of saying of another language, these are no one's name
_NOT_SPEAKERS = frozenset(
    """
    i you he she we they him her them me us it mi yu dem unu mo nou li ou yo él ella dia
    saya aku kami kita beliau mama papa mum mom dad mother father teacher doctor pastor
    miss sir coach nurse everybody everyone nobody somebody someone all both people family
    """.split()
)
_SPEAKER_KINDS = frozenset({Kind.NAME, Kind.WORD_NAME, Kind.ORDINARY})
# Verbs of saying beyond those above, said after a capitalised given name only (in lower
# case, before them, a relative's word of the language stands as often as a name: "nenek
# bilang", "mteja alisema"): Indonesian and Malay, Hindi and Urdu, Swahili, the creoles
CAPITAL_SAYING_VERBS = SAYING_VERBS | frozenset("bilang bola boli amesema alisema seh sey".split())


def capital_speakers(
    text: str, toks: list[Token], lows: list[str], lex: Lexicon
) -> list[Candidate]:
    """ "Gift amesema", "Sunny bola ki", "Blessing seh her": a capitalised given name
    opening a sentence right before a verb of saying of another language is its speaker,
    though it is an everyday word too, unless it is a pronoun, a word of kinship, role or
    address, or a function word of a language ("Hoy dijo"). A word in no list may be a
    relative's or a role's word of that language ("Klien bilang", "Mbahnya bilang") and
    stays; a weekday or an app says nothing."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        if lows[i + 1] not in CAPITAL_SAYING_VERBS:
            continue
        tok = toks[i]
        low = lows[i]
        if (
            not tok.capital
            or tok.acronym
            or tok.possessive
            or len(low) < _MIN_SPEAKER
            or not tok.word[1:].islower()
            or tok.kind not in _SPEAKER_KINDS
            or (tok.kind is Kind.ORDINARY and low not in lex.given_names)
            or low in _NOT_SPEAKERS
            or low in _KIN
            or low in _ALL_FUNCTION_WORDS
            or low in tables().langs  # "Hoy dijo", "Ella dice"
            or text[tok.end : toks[i + 1].start] != " "
            or not _opens_sentence(text, tok)
        ):
            continue
        out.append((tok.start, tok.end, "name"))
    return out
