"""Words of other languages and things with names that are not identifiers.

Foods, drinks, festivals, rites, kinship words, places of worship, clothing, music and
games are often written with a capital and appear in no English list, so the proper-noun
rules take them for names. This module keeps them in two ways: word lists by class
(written for this project), and context cues for a word in no list ("cooked Matooke",
"wore a Kuspuk", "Kalindula music", "her Jjajja"). A word with a person or place reading
nearby (a title, "from"/"in"/"at" before it) stays a candidate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING

from ._borrowed_words import BORROWED_WORDS, COMPASS, compass_people
from ._owned_named_kin import KIN_AFTER_NAMES

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]

# dishes, breads, sweets and drinks of many kitchens
_FOODS = (
    "matooke luwombo posho rolex nshima ifisashi kapenta chikanda shiro wot doro kitfo tibs "
    "genfo firfir jebena ateetee chechebsa kiribath kottu hoppers appam pittu lamprais "
    "wattalapam pitha bhuna panta bhorta khichuri fuchka jhalmuri mishti sandesh "
    "phở bún bánh chè gỏi cuốn nem cơm xôi lupulu pulu faikakai otai haupia "
    "kalua poke laulau lomi musubi spam akutaq muktuk tourtière poutine cretons tire "
    "cholent kugel challah rugelach hamantaschen latkes kreplach knish blintzes "
    "gefilte tsoureki koulourakia spanakopita galaktoboureko loukoumades pastitsio "
    "moussaka souvlaki tzatziki dolmades avgolemono horta baklava kourabiedes melomakarona "
    "clootie cranachan skink stovies haggis neeps tatties bannock tablet "
    "boxty tayto soda farl farls wheaten "
    "cornbread chowchow chow-chow sorghum grits hushpuppies moonshine "
    "mumu kaukau saksak buai kafeneio "
    "ambasha fitfit kategna atayef besso katogo muchomo sambusa lumonde ebinyebwa "
    "ndiizi munkoyo chibwantu delele impwa tehari shorshe ilish roshogolla chomchom "
    "payesh borhani polos sambol seeni lunu miris kokis kavum aluwa athirasa modakam "
    "vadai idiyappam kothu achcharu chả bò canh gà xào trôi nước lá chưng sipi ufi "
    "kumala manioke lo'i kulau aibika malasada malasadas kulolo pipikaula moco "
    "saimin agutak kuspuks qaaq cipaille pouding chômeur gorton tarte kichel "
    "yerushalmi tzimmes koulouri bougatsa loukaniko skordalia keftedes fasolada "
    "kolokithokeftedes stifado tiropita diples halva tsipouro frappé raki clapshot "
    "crowdie bridies stack-cake cracklin moonpie"
).split()
# festivals, feasts and rites
_FESTIVALS = (
    "meskel meskal timkat timket fasika enkutatash irreecha kwanjula kasiki okwanjula "
    "ukusefya ng'wena kuomboka likumbi mize pohela boishakh boishakhi mela poush sankranti "
    "avurudu poson esala perahera thaipusam réveillon misinale potlatch sing-sing "
    "ho'okupu lu'au makahiki mishloach manos kapparot tashlich simchat upsherin "
    "bris vort tenaim sheva brachot pascha panigiri name-day "
    "hidar fichee chambalaalla gifaataa shadey kuhingira kwabya lumbe nc'wala "
    "mutomboko umutomboko kulamba shakrain nabanna pandal pandals kojagori durutu "
    "navam hàn thực hiri moale nalukataq kivgiq slavi selaviq carnaval cabane "
    "brachos simchas ba'omer tish hakafos apokries kathara deftera tsiknopempti"
).split()
# places of worship, prayers and sacred music
_WORSHIP = (
    "kovil kovils poojas heiau heiaus kidase shul shtiebel davening daven "
    "mikvah mikveh yeshiva kollel pagoda chùa kirks ceilidh "
    "tabot mesgid viharaya dagoba pansala devale pandal đình shtiebels beis medrash "
    "shteibel kloister"
).split()
# clothing
_CLOTHING = (
    "netela habesha kemis gomesi kanzu kitenge chitenge saree lungi panjabi "
    "kurta shalwar áo dài ta'ovala kiekie tupenu mu'umu'u muumuu lei kuspuk parka mukluks "
    "tallit tzitzit kippah yarmulke sheitel tichel shtreimel bekishe kilt carhartt "
    "shamma kuta busuuti citenge gamcha osariya cheetta nón lá holokū holoku atikluk "
    "kamiks ceinture fléchée kapote shpitzel sgian-dubh o'shanter"
).split()
# music, dances and instruments
_MUSIC = (
    "bluegrass kalindula kadongo kamu baul dotara baila rebetiko rembetiko bouzouki "
    "eskista strathspey pibroch lakalaka tau'olunga stringband hula slack-key "
    "klezmer nigun niggun "
    "begena masenqo krar kebero washint tizita ethio-jazz larakaraka kalela zamrock "
    "bhatiyali bhawaiya geeti virindu kolam carnatic bharatanatyam vọng cổ cải lương "
    "quan họ ma'ulu'ulu garamut yuraq nigunim badchan rembetika laïko baglamas "
    "tsamiko sirtaki kalamatianos zeibekiko puirt waulking psalmody clawhammer "
    "old-time"
).split()
# games and sports
_GAMES = (
    "rook shinty camogie hurling nsolo omweso tiến lên tavli kalabus "
    "gebeta ichiyenga carrom cờ tướng lakahe sipi kolotsia"
).split()
# kinship and address words used generically
_KINSHIP = (
    "mamaw mawmaw pawpaw papaw seanair seanmhair granda emama akaakayyuu abaabayyuu "
    "jjajja ssenga kojja bamayo bashikulu banakulu nani dadu khala khalu appamma appappa "
    "achchi seeya bà ông nội ngoại má chú fa'e kāne tūtū kumu aana anaana "
    "wantok mémère pépère bubby bubbe zeidy zaidy zeide nouno nouna theia theio papou "
    "pappous "
    "akkoo abbaa haadha etete gashe taata bhabi phupu aththa mehekitanga tu'asina "
    "tumbuna lapun apaa mononc' koumbaros memaw"
).split()
# words of the same classes that are also given names or towns: kept only when written in
# lower case ("the Wee Free kirk", "nae bother") or with a cue ("a Sari", "Veda loaf")
_NAME_LIKE = frozenset(
    "buna champ gabi ika kirk kirks lu ota pooja sari veda hilsa luau babka guinness nae".split()
)
# ways of living named by a word of their language: "Hygge is not his style", "Janteloven"
_WAYS = (
    "hygge lagom sisu janteloven jantelagen ikigai wabi-sabi ubuntu saudade "
    "gezelligheid gemütlichkeit gemutlichkeit friluftsliv hiraeth craic kaizen meraki "
    "philotimo filotimo sobremesa hózhó hozho shinrin-yoku hüzün huzun pura-vida "
    "bayanihan kapwa utang-na-loob amae omotenashi mottainai nunchi "
    "simpatía simpatia respeto familismo personalismo"
).split()
CULTURE_WORDS = (
    frozenset(_FOODS + _FESTIVALS + _WORSHIP + _CLOTHING + _MUSIC + _GAMES + _KINSHIP + _WAYS)
    | BORROWED_WORDS
)

# nouns after a word that make it the name of a kind of thing: "Kalindula music"
_CLASS_NOUNS = frozenset(
    (
        "music songs song dancing dance dances singing chant chanting chants ceremony "
        "ceremonies ritual rituals rite rites festival celebrations recipe recipes bread "
        "rice pig soup stew curry loaf cake pie pudding shandy beer tea coffee jacket "
        "dress shirt guitar drum drums band talks prayers prayer culture language "
        "dumpling dumplings porridge"
    ).split()
)
# nouns of a gathering named after what it celebrates, eats or plays ("Kompa night",
# "Jiggs dinner", "Dinagyang weekend"); a listed name before them may be whose it is
_OCCASION_NOUNS = frozenset(
    (
        "night nights weekend weekends dinner dinners feast fiesta eve festival celebrations "
        "party parade holiday holidays season"
    ).split()
)
# words that lead into such a gathering ("on Dinagyang weekend", "ate Jiggs dinner"), not
# into a person addressed or asked ("asked Keoni dinner plans")
_OCCASION_BEFORE = frozenset(
    (
        "about on at during after before since the a every last this next ate eat eats "
        "eating had cooked cook cooks made"
    ).split()
)
# nouns of what a person makes: "Rangi songs" may be a singer's, so they are no cue
_WORK_NOUNS = frozenset("songs song singing band guitar drum drums talks".split())
# verbs after which a following word names a dish, a garment, a game or a dance
_THING_VERBS = frozenset(
    (
        "cooked cook cooks cooking baked bake bakes baking ate eat eats eating made make "
        "makes making roasted roast fried steamed drank drink drinks sipped brewed served "
        "shared packs packed wore wear wears wearing sewed sew sews sewing knitted wove "
        "played plays play playing danced dance dances sang sing sings singing celebrated "
        "celebrate celebrates celebrating"
    ).split()
)
_DETERMINERS = frozenset("a an some his her their my our your the".split())
_OWNERS = frozenset("his her their my our your".split())
# what may follow a dish or game after a verb: "made Pitha for", "played Rook with"
_AFTER_THING = frozenset("and or for with at on in to every after before".split())
# "call her Tam": after these, "her" is no owner and the word is what she is called
_CALLING = frozenset("call calls called calling name names named naming nicknamed".split())
_PLACE_BEFORE = frozenset("from in at to near visited".split())
_TITLES = frozenset("mr mrs ms miss dr mx sir dame rev prof".split())
_NOT_BEFORE_LISTED = _TITLES | frozenset("from in at near visited".split())
_PERSON_AFTER = frozenset(
    (
        "said says told tells asked asks came comes went goes would will was is has had "
        "can could lives lived cried called wants wanted thinks felt feels"
    ).split()
)
HINTS = (
    CULTURE_WORDS | _NAME_LIKE | _CLASS_NOUNS | _OCCASION_NOUNS | _THING_VERBS | _OWNERS | COMPASS
)


def _unknown(low: str, lex: Lexicon) -> bool:
    """In no list of names or towns: the word may be one of another language."""
    return (
        low not in lex.given_names
        and low not in lex.surnames
        and low not in lex.places
        and low not in lex.regions
    )


def _listed(text: str, toks: list[Token], idx: list[int], lex: Lexicon) -> bool:
    """Every word of the span is in a class list, and no title or place word precedes it."""
    if not all(toks[i].low in CULTURE_WORDS for i in idx) and not _listed_run(toks, idx, lex):
        return False
    first = idx[0]
    return first == 0 or toks[first - 1].low not in _NOT_BEFORE_LISTED


def _listed_run(toks: list[Token], idx: list[int], lex: Lexicon) -> bool:
    """ "Ukusefya Pa Ng'wena": a run of listed words joined by words never identifiers."""
    if len(idx) < 2 or not any(toks[i].low in CULTURE_WORDS for i in idx):
        return False
    return all(
        toks[i].low in CULTURE_WORDS
        or (toks[i].low in lex.always_ordinary and toks[i].low not in _TITLES)
        for i in idx
    )


def _name_like_dish(text: str, toks: list[Token], i: int) -> bool:
    """ "Lu pulu", "Ota ika": a word of the lists that is also a name, followed by another."""
    if toks[i].low not in _NAME_LIKE or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if i > 0 and toks[i - 1].low in _NOT_BEFORE_LISTED:
        return False
    return (
        text[toks[i].end : nxt.start] == " "
        and not nxt.word[:1].isupper()
        and (nxt.low in CULTURE_WORDS or nxt.low in _NAME_LIKE)
    )


def _name_like_after_the(toks: list[Token], i: int) -> bool:
    """ "during the Buna", "the Sari for the wedding": a word of the lists that is also a
    name, after "the" and before no capital or person verb, is the thing."""
    if toks[i].low not in _NAME_LIKE or i == 0 or toks[i - 1].low != "the":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or (not nxt.word[:1].isupper() and nxt.low not in _PERSON_AFTER)


def _thing_after_verb(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "cooked Matooke for", "wore a Kuspuk", "cooked Nshima and Ifisashi": a word after a
    verb of cooking, wearing or playing, alone in its run."""
    j = i - 1
    hops = 0
    while j >= 1 and toks[j].low in ("and", "or") and hops < 3:
        j -= 2  # walk back over "X and" to the verb of the list
        hops += 1
    if j < 0:
        return False
    determined = toks[j].low in _DETERMINERS
    if determined:
        j -= 1
    if j < 0 or toks[j].low not in _THING_VERBS:
        return False
    if not determined and not _unknown(toks[i].low, lex):
        return False  # "played Leeds", "made Tom": a team or a person
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.word[:1].isupper() or nxt.low in _PERSON_AFTER:
            return False
        if nxt.low in _WORK_NOUNS:
            return False  # "played Rangi songs": a singer's songs
        return nxt.low in _AFTER_THING or nxt.low in _CLASS_NOUNS or nxt.start > toks[i].end + 1
    return True


def _cued(text: str, toks: list[Token], i: int, lex: Lexicon, kind: str) -> bool:
    """A lone word in no list, made a thing or a relative by the words around it."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.low in _TITLES:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and not tok.possessive
        and nxt.low in _CLASS_NOUNS
        and text[tok.end : nxt.start] == " "
        and tok.low not in lex.places
        and nxt.low not in _WORK_NOUNS
        and (nxt.low != "music" or _unknown(tok.low, lex))
    ):
        return True
    if (
        nxt is not None
        and nxt.low in _OCCASION_NOUNS
        and prev is not None
        and prev.low in _OCCASION_BEFORE
        and not tok.possessive
        and text[tok.end : nxt.start] == " "
        and _unknown(tok.low, lex)
    ):
        return True  # "Kompa night": a gathering of a kind, not a person's
    if not _unknown(tok.low, lex):
        return _thing_after_verb(toks, i, lex) and prev is not None and prev.low in _DETERMINERS
    if (
        prev is not None
        and kind == "name"
        and prev.low in _OWNERS
        and text[prev.end : tok.start] == " "
        and len(tok.low) > 2
        and (i < 2 or toks[i - 2].low not in _CALLING)
        and (nxt is None or not nxt.word[:1].isupper() or nxt.start > tok.end + 1)
        and (nxt is None or nxt.low not in _PERSON_AFTER)
        and (nxt is None or nxt.low not in KIN_AFTER_NAMES)  # "her Jayaram mama": a name
    ):
        return True  # "her Jjajja", "his Wantok": a relative, not a named person
    if prev is not None and prev.low in _PLACE_BEFORE:
        return False
    return _thing_after_verb(toks, i, lex)


def _lower_name_like(tok: Token) -> bool:
    """ "kirk", "nae": a word of the lists that is also a name, written in lower case."""
    return tok.low in _NAME_LIKE and not tok.word[:1].isupper()


def _owner_opens(text: str, toks: list[Token], idx: list[int], lex: Lexicon) -> bool:
    """ "My Wantok dem look after me": a capitalised owner opening the sentence and a
    relative's word in no list of names, not the name of a person."""
    if len(idx) != 2 or toks[idx[0]].low not in _OWNERS:
        return False
    word = toks[idx[1]]
    return (
        not word.possessive
        and len(word.low) > 2
        and (word.low in CULTURE_WORDS or _unknown(word.low, lex))
        and text[toks[idx[0]].end : word.start] == " "
        and (
            word.low in CULTURE_WORDS
            or idx[1] + 1 >= len(toks)
            or toks[idx[1] + 1].low not in _PERSON_AFTER
        )
    )


def span_tokens(toks: list[Token], cand: Candidate) -> list[int]:
    """The indices of the tokens inside ``cand``."""
    first = bisect_left(toks, cand[0], key=attrgetter("start"))
    last = bisect_right(toks, cand[1] - 1, key=attrgetter("start"))
    return [k for k in range(first, last) if toks[k].end <= cand[1]]


def keep_cultural(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Drop the candidates that are words of a culture rather than identifiers."""
    kept: list[Candidate] = []
    for cand in out:
        if cand[2] in ("name", "place", "org"):
            idx = span_tokens(toks, cand)
            if idx and (
                _listed(text, toks, idx, lex)
                or (len(idx) == 1 and _lower_name_like(toks[idx[0]]))
                or (len(idx) == 1 and _name_like_dish(text, toks, idx[0]))
                or (len(idx) == 1 and _name_like_after_the(toks, idx[0]))
                or (cand[2] == "name" and _owner_opens(text, toks, idx, lex))
                or (len(idx) == 1 and _cued(text, toks, idx[0], lex, cand[2]))
                or (
                    cand[2] == "place"
                    and compass_people(toks, idx[0], idx[-1], lex.always_ordinary)
                )
            ):
                continue
        kept.append(cand)
    return kept
