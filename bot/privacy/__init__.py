"""Anonymizer for client identifiers in therapists' notes (HIPAA Safe Harbor kinds).

``find`` lists identifiers as sorted, non-overlapping spans; ``redact`` replaces each
with a placeholder such as ``[name]``, ``[place]`` or ``[date]``. Both are pure and
deterministic, never raise, and leave placeholders alone, so redacting twice changes
nothing. Recall comes first: a word that looks like part of a name or place is removed
unless it is known to be safe where it stands (an everyday word used as one, a weekday,
holiday, app, religious or kinship word, a state or country). ``kept_words`` lists the
capitalised words, and the lower-case words in no list, that were kept, for the author
to check. Word lists load once, on
first use; nothing touches the network.
"""

from __future__ import annotations

import asyncio
import logging
import re
from bisect import bisect_right
from collections.abc import Callable
from contextvars import ContextVar

from ._address_echoes import names_echoed_in_addresses
from ._capitals import folded, recased
from ._case_blind import folds_as_lower
from ._date_named_holidays import date_named_holidays
from ._decided import Range, collecting, merged, moved
from ._function_words import tables
from ._german_nouns import is_german, keep_german_nouns, lowercase_identifiers
from ._hidden import as_typed, on_screen, readable
from ._irish_articles import may_hold_irish_articles, with_irish_articles
from ._kept import kept_words_in
from ._lexicon import lexicon
from ._patterns import shape_chars, structured
from ._place_echoes import place_echoes
from ._plain_words import NUMBER_MARKS, inert_capital, is_title
from ._proper_nouns import find_proper_nouns
from ._served_places import HEADS as SERVED_HEADS
from ._span import Span, select
from ._styled import plain
from ._tagger import apply as apply_tagged
from ._tagger import tag
from ._titles_before_names import may_hold_titles, with_titles_before
from ._vocab import RELATIONS, TITLES
from ._word_classes import everyday

__all__ = ["KINDS", "Span", "find", "kept_words", "redact", "redact_async"]

KINDS = ("name", "place", "date", "age", "phone", "email", "id", "url", "handle", "org")
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")
_ASYNC_THRESHOLD = 2000
_log = logging.getLogger(__name__)
# the learned second opinion (``_tagger``) on words the rules keep unsure, never where the
# rules decide (``_tagger._ruled``: glosses in brackets, everyday words after a preposition,
# words beside a word of another language); bench/train_tagger.py measures it by set
USE_TAGGER = True
_CONTEXT = 16  # characters around a placeholder whose reading it can change
_SHAPED_HINT = re.compile(
    r"\d|@|#|u/|[A-Za-z0-9][._][A-Za-z0-9]"
    r"|(?i:ninet|hundred|janu|febr|march|april|may|june|july|augu|septe|octob|novem|decem)"
)


# Named days kept whole although they hold a name: "St Patrick's Day", "Victoria Day"; after a
# possessive, typed with a small "day" in chat too ("Valentine's day was hard"). (The
# patterns open with a look-ahead for the first letters of their words: the engine skips in C
# to where a match can start instead of trying the word boundary at every character.)
_NAMED_DAY = re.compile(
    r"(?=[ACFGMNPSTVW])"
    r"\b(?:St\.?\s+[A-Z][a-z]+['’]s|Saint\s+[A-Z][a-z]+['’]s|Victoria|Canada|Anzac|Waitangi"
    r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?|Columbus|Presidents['’]?|Australia|Family"
    r"|(?:Mother|Father|Valentine|Grandparent|Parent|Teacher|Nurse)s?['’]s?|Grandparents)\s+"
    r"(?:Day|(?<=['’]s )day|(?<=s['’] )day)\b"
    r"(?!,?\s+(?:19|20)\d\d\b)"  # in a given year it is a date
)


# Holidays named by everyday words ("Boxing Day", "Heritage Day", "Labour Day").
_TITLED_DAY = re.compile(
    r"(?=[A-Z])\b([A-Z][a-z]+)\s+Day\b(?!,?\s+(?:19|20)\d\d\b)"
    # "New Day Women's Shelter": the day words open the name of a place, judged as one
    r"(?!(?:\s+[A-Z][\w'’]*){0,2}\s+(?:"
    + "|".join(sorted(w.capitalize() for w in SERVED_HEADS))
    + r")\b)"
)
_POSSESSIVE_DAY = re.compile(r"s['’] day\b|['’]s day\b")
# Practices named by words that are also names ("Tai Chi").
_PRACTICES = re.compile(r"\b(?:Tai\s+Chi|Qi\s+Gong|Kung\s+Fu|Feng\s+Shui|Tae\s+Kwon\s+Do)\b")


def _placeholders(text: str) -> list[tuple[int, int, str]]:
    """Stretches left as they are: placeholders already there, named days and practices."""
    kept = [(m.start(), m.end(), "") for m in _PLACEHOLDER.finditer(text)] if "[" in text else []
    if "Day" in text or ("day" in text and _POSSESSIVE_DAY.search(text)):
        kept.extend((m.start(), m.end(), "") for m in _NAMED_DAY.finditer(text))
        kept.extend(
            (m.start(), m.end(), "") for m in _TITLED_DAY.finditer(text) if everyday(m.group(1))
        )
    kept.extend(date_named_holidays(text))  # "the Fourth of July reunion": a holiday
    # each practice starts with one of these words ("Do" alone would let in "Don't")
    if "Tai" in text or "Qi" in text or "Kung" in text or "Feng" in text or "Tae" in text:
        kept.extend((m.start(), m.end(), "") for m in _PRACTICES.finditer(text))
    return kept


def find(text: str) -> list[Span]:
    """Return the identifiers in ``text``, sorted and non-overlapping, read as the text shows
    on screen (see `_hidden`): each span is the stretch of ``text`` it was found in. The
    rules' finds, then the tagger's among the words they kept (`_tagged`)."""
    if not isinstance(text, str) or not text:
        return []
    seen = folded(text)  # lines typed in capitals read in ordinary case, letter for letter
    if not USE_TAGGER:
        spans = _find_by_rules(seen)
    else:
        decided: list[Range] = []
        spans = _tagged(seen, _find_by_rules(seen, decided), decided)
    if seen is text:
        return spans
    return [Span(s.start, s.end, s.kind, text[s.start : s.end]) for s in spans]


def _tagged(text: str, spans: list[Span], decided: list[Range]) -> list[Span]:
    """``spans`` and the words the tagger finds in the text as they leave it, none where the
    rules ``decided`` a word is safe (``_decided``)."""
    try:
        masked, to_original, holes = _mask_with_holes(text, spans)
        kept = moved(merged(decided), [(s.start, s.end) for s in spans], holes)
        extra = _mapped(tag(masked, decided=kept), to_original)
    except Exception:  # the tagger only adds: its failure leaves the rules' finds
        _log.exception("anonymizer tagger failed; the rules' finds are kept")
        return spans
    if not extra:
        return spans
    return select(text, [_raw(s) for s in spans], extra)


def _find_by_rules(text: str, decided: list[Range] | None = None) -> list[Span]:
    """The rules' finds; ``decided``, when given, gets where they decided a word is safe."""
    if not isinstance(text, str) or as_typed(text):
        return _find(text, settle=True, decided=decided)
    shown, where = on_screen(text)
    if shown == text:
        return _find(text, settle=True, decided=decided)
    spans: list[Span] = []
    end = 0
    seen: list[Range] | None = [] if decided is not None else None
    found = _find(shown, settle=True, decided=seen)
    if decided is not None and seen:  # carried back to the text as typed
        decided.extend((where[s][0], where[e - 1][1]) for s, e in seen if s < e <= len(where))
    for span in found:
        start, stop = max(where[span.start][0], end), where[span.end - 1][1]
        if start < stop:
            spans.append(Span(start, stop, span.kind, text[start:stop]))
            end = stop
    return spans


def _find(
    text: str,
    *,
    settle: bool,
    shapes: bool = True,
    shaped: set[tuple[int, int]] | None = None,
    decided: list[Range] | None = None,
) -> list[Span]:
    if not isinstance(text, str) or not text:
        return []
    seen = plain(text)  # "𝐌𝐚𝐫𝐢𝐚" reads as "Maria": found there, replaced as typed
    try:
        spans = _detect(seen, settle=settle, shapes=shapes, shaped=shaped, decided=decided)
    except Exception:  # a detector bug must never leak text: fall back to patterns only
        _log.exception("anonymizer failed; only pattern-based identifiers were removed")
        spans = _fallback(seen)
    if seen is not text:
        return [Span(s.start, s.end, s.kind, text[s.start : s.end]) for s in spans if s.kind]
    return [s for s in spans if s.kind]


def _detect(
    text: str,
    *,
    settle: bool = True,
    shapes: bool = True,
    shaped: set[tuple[int, int]] | None = None,
    decided: list[Range] | None = None,
) -> list[Span]:
    """Shaped identifiers first, then names in the text with those masked. With ``settle``,
    the text around each replacement is looked at again as a second pass would see it
    (``redact`` does without: it repeats whole passes until nothing changes). Without
    ``shapes`` only names are looked for (a pass that knows no shape can have changed).
    ``shaped``, when given, gets where each shaped identifier stands: the name rules read
    the text with those already placeholders. ``decided``, when given, gets where the name
    rules decided a word is safe on purpose (``_decided``)."""
    shaped_spans = select(text, _placeholders(text), *(structured(text) if shapes else ()))
    if shaped is not None:
        shaped.update((s.start, s.end) for s in shaped_spans if s.kind)
    if any(s.kind for s in shaped_spans):
        masked, to_original = _mask(text, shaped_spans)
        held: list[Range] | None = [] if decided is not None else None
        with collecting(held):
            names = _mapped(find_proper_nouns(masked), to_original)
        if decided is not None and held:
            decided.extend(_mapped_ranges(held, to_original))
        if "@" in text or "_" in text or "." in text:  # "edem, edem.agbeko@outlook.com"
            names += names_echoed_in_addresses(text, shaped_spans, lexicon())
    else:  # nothing masked: offsets need no mapping
        with collecting(decided):
            names = find_proper_nouns(text)
    german = is_german(text)  # German capitalises every noun
    if german:
        names = keep_german_nouns(text, names) + lowercase_identifiers(text)
    spans = select(text, [(s.start, s.end, s.kind) for s in shaped_spans], names)
    if may_hold_titles(text, spans):  # "Elder [Agnes]", "pundit [Ramesh]": titles of no list
        spans = with_titles_before(text, spans)
    if may_hold_irish_articles(text):  # "[Seán Mac] an tSaoir": the article is the surname's
        spans = with_irish_articles(text, spans)
    echoes = place_echoes(text, spans)  # "in Bath was calm. She said Bath felt": the town again
    if echoes:
        spans = select(text, [_raw(s) for s in spans], echoes)
    if not settle:
        return spans
    focus = [s for s in spans if s.kind and _may_change_neighbours(text, s)]
    # as ``redact``, until nothing more is found: each round adds a span where none was, so
    # the rounds end (a cascade such as "1. 1. 1. ..." needs one per repeat)
    for _ in range(len(text) + 1):
        if not focus:
            break
        extra = _second_look(text, spans, focus, decided)
        if extra and german:
            extra = keep_german_nouns(text, extra)
        if not extra:
            break
        before = {(s.start, s.end) for s in spans}
        spans = select(text, [_raw(s) for s in spans], extra)
        focus = [s for s in spans if (s.start, s.end) not in before]  # look again only there
        if not focus:
            break
    if may_hold_titles(text, spans):
        spans = with_titles_before(text, spans)
    if may_hold_irish_articles(text):  # "[Seán Mac] an tSaoir": the article is the surname's
        spans = with_irish_articles(text, spans)
    return spans


_BREAKS = frozenset('.!?:;"“”()\n•*>-–—')


def _may_change_neighbours(text: str, span: Span) -> bool:
    """Whether replacing ``span`` can change how the words beside it read: it holds a
    sentence break, or a capitalised word, digit or break stands right beside it."""
    if any(c in _BREAKS for c in span.text):
        return True
    before = text[max(0, span.start - 3) : span.start].rstrip(" ,")
    after = text[span.end : span.end + 3].lstrip(" ,")
    for c in (before[-1:], after[:1]):
        if c and (c.isupper() or c.isdigit() or c in _BREAKS or c in "'’[]@#/_"):
            return True
    return False


def _second_look(
    text: str, spans: list[Span], focus: list[Span], decided: list[Range] | None = None
) -> list[tuple[int, int, str]]:
    """Look again around each replacement, as a second ``redact`` would see it.

    A placeholder changes its neighbours' context (a sentence break that was inside a
    date, a run of capitals cut short); anything found there now is added, so that
    redacting twice gives the same text as redacting once.
    """
    if not any(s.kind for s in spans):
        return []
    masked, to_original, holes = _mask_with_holes(text, spans)
    wanted = {(s.start, s.end) for s in focus if s.kind}
    windows = _windows_around(
        masked, [h for h, s in zip(holes, spans, strict=True) if (s.start, s.end) in wanted]
    )
    found: list[tuple[int, int, str]] = []
    if sum(hi - lo for lo, hi in windows) > len(masked) // 2:
        windows = [(0, len(masked))]  # dense: one pass over the whole text is cheaper
    for lo, hi in windows:
        chunk = masked[lo:hi]
        held: list[Range] | None = [] if decided is not None else None
        with collecting(held):
            layers = [find_proper_nouns(chunk)]
        if decided is not None and held:
            decided.extend(_mapped_ranges([(s + lo, e + lo) for s, e in held], to_original))
        if _SHAPED_HINT.search(chunk):
            layers.extend(structured(chunk))
        for layer in layers:
            found.extend(_mapped([(s + lo, e + lo, k) for s, e, k in layer], to_original))
    starts = [s.start for s in spans]
    return [c for c in found if c[2] and not _overlaps(c, spans, starts)]


def _overlaps(cand: tuple[int, int, str], spans: list[Span], starts: list[int]) -> bool:
    i = bisect_right(starts, cand[0]) - 1
    if i >= 0 and spans[i].end > cand[0]:
        return True
    return i + 1 < len(spans) and spans[i + 1].start < cand[1]


def _windows_around(
    masked: str, holes: list[tuple[int, int]], reach: int = _CONTEXT
) -> list[tuple[int, int]]:
    """Stretches of ``masked`` near the given placeholders (``reach`` characters on each
    side, and on to a space), merged where they touch."""
    windows: list[tuple[int, int]] = []
    for start, end in holes:
        lo = masked.rfind(" ", 0, max(0, start - reach)) + 1
        hi = masked.find(" ", end + reach)
        hi = len(masked) if hi < 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _raw(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.kind


def _mapped(
    found: list[tuple[int, int, str]], to_original: Callable[[int], int]
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        s, e = to_original(start), to_original(end)
        if s >= 0 and e > s:
            out.append((s, e, kind))
    return out


def _mapped_ranges(ranges: list[Range], to_original: Callable[[int], int]) -> list[Range]:
    """``_mapped`` for ranges without a kind."""
    return [(s, e) for s, e, _ in _mapped([(s, e, "") for s, e in ranges], to_original)]


def _mask(text: str, spans: list[Span]) -> tuple[str, Callable[[int], int]]:
    """Replace spans by placeholders, as a second pass would see the text.

    Returns the masked text and a map from its offsets back to ``text``
    (-1 for offsets inside a placeholder).
    """
    masked, to_original, _ = _mask_with_holes(text, spans)
    return masked, to_original


def _mask_with_holes(
    text: str, spans: list[Span]
) -> tuple[str, Callable[[int], int], list[tuple[int, int]]]:
    """``_mask``, plus where each span's stand-in sits in the masked text."""
    if not spans:
        return text, lambda pos: pos, []
    masked, holes = _replaced(text, spans)
    length = len(masked)
    # each kept stretch: where it begins in the masked text and in ``text``
    starts = [0]
    origins = [0]
    for span, (_, hole_end) in zip(spans, holes, strict=True):
        starts.append(hole_end)
        origins.append(span.end)

    def to_original(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        hole = bisect_right(holes, (offset, len(text) + length + 1)) - 1
        if hole >= 0 and holes[hole][0] < offset < holes[hole][1]:
            return -1
        if i < 0:
            return offset
        return origins[i] + (offset - starts[i])

    return masked, to_original, holes


def _fallback(text: str) -> list[Span]:
    try:
        return select(text, _placeholders(text), *structured(text))
    except Exception:
        return []


def redact(text: str) -> str:
    """Replace every identifier in ``text`` by ``[kind]``.

    A placeholder can change how its neighbours read (in "sister MAy A LAKE", once the place is
    a placeholder, "MAy" reads as a name after a kinship word), so the result is looked at again
    until nothing changes: redacting a redacted text gives it back unchanged. The look again is
    skipped when every replacement stands among plain lower-case words, which no rule reads
    differently beside a placeholder than beside the words it replaced, and when the text
    around the new placeholders holds nothing to find.
    """
    typed = readable(text)  # as it reads on screen: "Ma\u200bria" is "Maria"
    out, read = _redact_folded(typed)
    # a placeholder can make what is left read as typed in capitals, and so read otherwise
    # than the rules last read it ("Maria Gonzalez: NOÉMIE?" -> "[name]: NOÉMIE?", in capitals
    # but for the placeholder): such an output is read again until it reads as it was read
    for _ in range(_CAPITALS_ROUNDS):
        if folded(out) == read:
            break
        again, read = _redact_folded(out)
        if again == out:
            break
        out = again
    return out


_CAPITALS_ROUNDS = 4  # each round only adds placeholders; one is nearly always the last


def _redact_folded(typed: str) -> tuple[str, str]:
    """The redaction of ``typed`` as typed, and as the rules read it (in ordinary case)."""
    seen = folded(typed)  # lines typed in capitals read in ordinary case
    read = _redact_read(seen)
    return recased(typed, seen, read), read


def _redact_read(text: str) -> str:
    """``redact`` of text as it reads on screen, in ordinary case."""
    if not USE_TAGGER:
        return _redact_by_rules(text)
    text, decided = redact_by_rules(text)
    # the tagger reads the text as the rules leave it; what it replaces can change how the
    # rules read the words beside it, so both are repeated until neither finds more (each
    # round adds a placeholder, so the rounds end)
    for _ in range(len(text) + 1):
        try:
            found = tag(text, decided=decided)
        except Exception:  # the tagger only adds: its failure leaves the rules' text
            _log.exception("anonymizer tagger failed; the rules' redaction is kept")
            break
        if not found:
            break
        tagged = apply_tagged(text, found)
        holes = _tagged_holes(text, found)
        spans = [Span(s, e, k, text[s:e]) for s, e, k in found]
        # a capitalised word replaced changes how the whole text reads to the rules that ask
        # whether its writer capitalises names ("Yokasta, Wander ... "bueno, Dios"": with
        # one name fewer, "bueno" reads as a name): they read the whole text again
        if (
            not any(s.text[:1].isupper() for s in spans)
            and not _language_may_change(text, tagged, spans, set())
            and _nothing_nearby(tagged, holes, shapes=(shapes := _shape_nearby(tagged, holes)))
        ):
            # the rules read nothing new beside the tagger's placeholders
            carried = moved(decided, [(s, e) for s, e, _ in found], holes)
            nearby = _decided_nearby(tagged, holes, carried, shapes=shapes)
            if _decided_alike(tagged, holes, carried, nearby):
                decided, text = nearby, tagged
                continue
        text, decided = redact_by_rules(tagged)
    return text


def _tagged_holes(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where the placeholders for ``found`` (sorted, apart) stand once they replace it."""
    holes: list[tuple[int, int]] = []
    shift = 0
    for start, end, kind in found:
        size = len(kind) + 2
        holes.append((start + shift, start + shift + size))
        shift += size - (end - start)
    return holes


def _redact_by_rules(text: str) -> str:
    """``redact`` by the rules alone."""
    return _by_rules(text, None)


def redact_by_rules(text: str) -> tuple[str, list[Range]]:
    """``redact`` by the rules alone, and where in the text they leave the rules decided a
    word is safe on purpose (sorted, apart; ``_decided``): what the tagger must not judge."""
    decided: list[Range] = []
    return _by_rules(text, decided), merged(decided)


def _by_rules(text: str, decided: list[Range] | None) -> str:
    shapes = True
    # Placeholders win every overlap, so a pass that changes the text turns at least one more
    # character into a placeholder: the passes end, after at most one per character. Only
    # contrived text needs more than a few ("- 0" typed a hundred times: nine).
    for _ in range(len(text) + 1):
        shaped: set[tuple[int, int]] = set()
        here: list[Range] | None = [] if decided is not None else None
        # only spans with a kind
        spans = _find(text, settle=False, shapes=shapes, shaped=shaped, decided=here)
        if decided is not None and here is not None:
            # what the last reading of the whole text decided: the same whether or not
            # earlier passes were cut short (``_nothing_nearby`` updates it near placeholders)
            decided[:] = merged(here)
        if not spans:
            break
        once, holes = _replaced(text, spans)
        settled = not any(_may_change_words_nearby(text, s) for s in spans)
        if once == text:
            break
        if decided:  # carried to the text with this pass's placeholders
            decided[:] = moved(decided, [(s.start, s.end) for s in spans], holes)
        before, text = text, once
        if _language_may_change(before, text, spans, shaped):
            # the next pass reads the whole text again (see _shows_a_language), and looks
            # for shapes only where one could read differently: near a new placeholder, or
            # anywhere when the one thing of the whole text they ask (``is_german``) changed
            shapes = _shape_nearby(text, holes) or is_german(plain(before)) != is_german(
                plain(text)
            )
            continue
        if settled:
            break
        shapes = _shape_nearby(text, holes)
        if _nothing_nearby(text, holes, shapes=shapes):
            if decided is None:
                break
            nearby = _decided_nearby(text, holes, decided, shapes=shapes)
            if _decided_alike(text, holes, decided, nearby):
                decided[:] = nearby
                break
            # the stretches read alone decide otherwise than the whole text did (what made
            # a word safe may stand far from them): the whole pass decides
    return text


def _decided_alike(
    text: str, holes: list[tuple[int, int]], carried: list[Range], nearby: list[Range]
) -> bool:
    """Whether the stretches around the new placeholders, read alone (``nearby``, from
    ``_decided_nearby``), leave decided there what the last whole reading did
    (``carried``): only then does the whole pass they stand for decide the same."""
    windows = _windows_around(text, holes, _NEARBY_CHARS)

    def inside(ranges: list[Range]) -> set[Range]:
        return {r for r in ranges if any(r[0] < hi and lo < r[1] for lo, hi in windows)}

    return inside(merged(carried)) == inside(nearby)


def _language_may_change(
    before: str, after: str, spans: list[Span], shaped: set[tuple[int, int]]
) -> bool:
    """Whether replacing ``spans`` in ``before`` (giving ``after``) can change which
    language the whole text shows to a rule: a replaced name, place or organisation shows a
    language (see ``_shows_a_language``). A shaped identifier ("fifteenth of April",
    "x@gmail.com") the name rules already read as a placeholder in this pass, so it
    changes nothing for them; the rules that read the text with it (the German shapes and
    nouns) ask only whether the text is German (``is_german``)."""
    shown = [s for s in spans if _shows_a_language(s.text)]
    if not shown:
        return False
    if any((s.start, s.end) not in shaped for s in shown):
        return True
    return is_german(plain(before)) != is_german(plain(after))


def _shows_a_language(span_text: str) -> bool:
    """Whether a replaced span held a function word of a language other than English
    ("FOI!", "Ela", "De"): rules that ask which language the whole text is written in
    count such words, so removing one can change how words far from it read."""
    langs = tables().langs
    return any(
        (low := w.lower()) in langs and langs[low] != _CALENDAR_ONLY
        for w in _SPAN_WORD.findall(span_text)
    )


_SPAN_WORD = re.compile(r"[^\W\d_]+")
_CALENDAR_ONLY = frozenset({"cal"})  # a month or weekday name shows no language


_NEARBY_SHARE = 0.75  # windows covering more of the text: the whole pass is looked at


def _nothing_nearby(text: str, holes: list[tuple[int, int]], *, shapes: bool) -> bool:
    """Whether the stretches around the new placeholders (``_NEARBY_CHARS`` on each side,
    as far as ``_may_change_words_nearby`` looks) hold nothing to find: a placeholder
    changes only how the words near it read, so the next whole pass would find nothing
    either. When something is found there, the whole pass runs (a name found near a
    placeholder is also removed where it is repeated further away). What the rules decide
    in the stretches is kept for ``_decided_nearby``, which would read them again."""
    windows = _windows_around(text, holes, _NEARBY_CHARS)
    if sum(hi - lo for lo, hi in windows) > _NEARBY_SHARE * len(text):
        return False
    near: list[Range] = []
    for lo, hi in windows:
        here: list[Range] = []
        if _find(text[lo:hi], settle=False, shapes=shapes, decided=here):
            return False  # stops at the first window holding something
        near.extend((s + lo, e + lo) for s, e in here)
    _nearby_read.set((text, holes, shapes, near))
    return True


def _decided_nearby(
    text: str, holes: list[tuple[int, int]], decided: list[Range], *, shapes: bool
) -> list[Range]:
    """``decided`` (where the rules decided a word is safe, ``_decided``) as the next whole
    pass would leave it when ``_nothing_nearby`` holds: inside the stretches around the new
    placeholders, what their reading decides (as ``_nothing_nearby`` just read them, for
    the same text, placeholders and shapes); elsewhere, as it was."""
    windows = _windows_around(text, holes, _NEARBY_CHARS)
    read, near = _nearby_read.get(), None
    _nearby_read.set(None)
    if read is not None and read[0] is text and read[1] is holes and read[2] == shapes:
        near = read[3]
    if near is None:
        near = []
        for lo, hi in windows:
            here: list[Range] = []
            _find(text[lo:hi], settle=False, shapes=shapes, decided=here)
            near.extend((s + lo, e + lo) for s, e in here)
    far = [r for r in decided if not any(r[0] < hi and lo < r[1] for lo, hi in windows)]
    return merged(far + near)


# what the last ``_nothing_nearby`` that held read: its text, placeholders, shapes and the
# ranges the rules decided in its stretches (per thread and task: ``redact_async``)
_nearby_read: ContextVar[tuple[str, list[tuple[int, int]], bool, list[Range]] | None] = ContextVar(
    "_nearby_read", default=None
)


_SHAPE_REACH = 48  # no shape pattern looks further than this beside what it matches
_SHAPE_HINT = re.compile(_SHAPED_HINT.pattern + r"|[a-z0-9][A-Z]|[:/@#_]")


def _shape_nearby(text: str, holes: list[tuple[int, int]]) -> bool:
    """Whether any shape detector could read the text around a new placeholder differently
    from before: only then does the next pass look for shapes again."""
    return any(_shape_hint(text[max(0, lo - _SHAPE_REACH) : hi + _SHAPE_REACH]) for lo, hi in holes)


def _shape_hint(chunk: str) -> bool:
    """Whether ``_SHAPE_HINT`` matches somewhere in ``chunk`` (same answer, found faster:
    the regex, one alternation, tries every branch at every character)."""
    if shape_chars(chunk):
        return True
    if not folds_as_lower(chunk):  # case-blind matching differs from lower() there
        return _SHAPE_HINT.search(chunk) is not None
    low = chunk.lower()
    for word in _HINT_WORDS:  # noqa: SIM110 - a loop costs less than a generator here
        if word in low:
            return True
    return False


_HINT_WORDS = tuple(
    "ninet hundred janu febr march april may june july augu septe octob novem decem".split()
)


_NEARBY_CHARS = 48
_TELLING = frozenset("'’[]@#/_&+")
_LIST_WORDS = frozenset({"and", "or", "&", "+", "with", "w", "w/"})
# words joining the two ends of a range: "[date] to 1rD" reads as a range of dates
_RANGE_WORDS = frozenset({"to", "till", "til", "until", "through", "thru"})
# particles that join the words on either side into one name: "the Maison de [place]"
_PARTICLES = frozenset("de da di du do dos das del della van von der den ter ten bin ibn".split())


def _may_change_words_nearby(text: str, span: Span) -> bool:
    """Whether a second pass could read the words near ``span`` differently once it is a
    placeholder. A placeholder is a plain lower-case word that is no cue to any rule, so
    only a few things can: a line break inside the span, a span typed in lower case, a
    break right beside it, or a capital, digit or symbol in the word beside it (one word
    further across a comma or a list word such as "and"), which joins runs of capitals,
    titles, lists and shapes. (A sentence break inside a span only changes whether the next
    word opens a sentence; for a lower-case word that only takes cues away, and a
    capitalised one is looked at.)"""
    if "\n" in span.text or _lower_case_words(span.text):
        return True
    before = text[max(0, span.start - _NEARBY_CHARS) : span.start]
    after = text[span.end : span.end + _NEARBY_CHARS]
    if after[:2] in ("'s", "’s"):
        after = after[2:]  # a possessive reads the same after a placeholder
    elif after[:1] in _ENDS and _ends_with_a_word(span.text):
        after = after[1:]  # the next word opens a sentence either way
    if before[-1:] not in ("", " ") or after[:1] not in ("", " ", ","):
        return True
    if span.kind == "name" and (
        _FAMILY_NAME_AFTER.match(after)
        or _given_name_before(before)
        or _AGE_WORDS_AFTER.match(after)  # "[name], ninety-one)": an age beside a person
    ):  # "Mr. [name] Lor", "(Maya [name])": a word the lists keep may be the name's other half
        return True
    if "\n" in before[-_NEARBY_CHARS // 2 :] or "\n" in after[: _NEARBY_CHARS // 2]:
        return True
    left, right = before.split()[-_WORDS_BESIDE:][::-1], after.split()[:_WORDS_BESIDE]
    if _listed_name_beside(left) or _listed_name_beside(right):
        return True
    return _telling(left, before_others=False) or _telling(right, before_others=True)


def _listed_name_beside(words: list[str]) -> bool:
    """Whether the word right beside a span is a given name typed in lower case: beside a
    name's placeholder it reads as one more name ("anni [name]"), beside the word the
    placeholder replaced it may not have."""
    if not words:
        return False
    word = words[0].strip(",.;:!?")
    return word.islower() and word in lexicon().given_names


_ENDS = frozenset(".!?;")
_FAMILY_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_AGE_WORDS_AFTER = re.compile(
    r"[\s,(:–—-]*(?:aged?\s+)?(?:ninet|(?:one |a )?hundred)", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def _given_name_before(before: str) -> bool:
    """A capitalised word, no title or word of relation, stands one space before."""
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    low = m.group(1).lower()
    return low not in TITLES and low not in RELATIONS


def _lower_case_words(span: str) -> bool:
    """Whether ``span`` is words typed in lower case ("jun wei", "sejahtera"): the rules
    that find such names read the lower-case words around them too ("from pertubuhan
    sejahtera" is a phrase of another language, "from pertubuhan [name]" a place), so a
    placeholder there is no inert word."""
    return span.islower() and span.replace(" ", "").isalpha()


def _ends_with_a_word(span: str) -> bool:
    """Whether ``span`` ends in a word of two letters or more that is no title: a full stop
    after it ends the sentence whether the span is there or a placeholder ("Dr." or "J."
    before a full stop are read as abbreviations instead)."""
    last = span.rsplit(None, 1)[-1] if span.strip() else ""
    return (
        len(last) >= 2
        and last.isalpha()
        and not is_title(last)
        and last.lower() not in NUMBER_MARKS  # "No." reads as the mark of a number
    )


def _telling(words: list[str], *, before_others: bool) -> bool:
    """Whether the word beside a span (``words`` run outwards from it), or the one past a
    comma, list, range or particle word, owner word ("her") or lone mark such as ")", could
    read differently beside a placeholder: it holds a digit or a symbol, or a capital,
    unless it is a weekday, app or clinical word that no rule reads as a name and no
    capitalised word stands past it to join it in a run."""
    near = words[:1]
    marks = 0
    while marks < len(words) - 1 and not any(c.isalnum() for c in words[marks]):
        marks += 1  # ") )", "- -": the word past a run of lone marks is beside too
    if marks > 1:
        near = words[: marks + 1]
    elif words and (
        words[0] in _LIST_WORDS
        or words[0] in _RANGE_WORDS
        or words[0] in _PARTICLES
        or words[0].endswith(",")
        or words[0].startswith(",")
        or not any(c.isalnum() for c in words[0])  # ")", "-": a word past it is beside too
        or words[0].lower() in _OWNER_WORDS  # "her Mele": read by what stands before "her"
    ):
        near = words[:2]
    for n, word in enumerate(near):
        if _digit_or_symbol(word):
            return True
        if not _capital(word):
            continue
        beyond = words[n + 1] if n + 1 < len(words) else ""
        bare = word.strip('.,;:!?()"“”')
        if (
            _capital(beyond)
            or _digit_or_symbol(beyond)
            or not (bare.isalpha() and inert_capital(bare, before_others=before_others))
        ):
            return True
    return False


_OWNER_WORDS = frozenset("her his their my our your".split())
_WORDS_BESIDE = 5  # words read on each side of a span: lone marks may stand between
_ASCII_TELLING = re.compile(r"[0-9'\[\]@#/_&+]")


def _digit_or_symbol(word: str) -> bool:
    """Whether ``word`` holds a digit or a character in ``_TELLING``."""
    if word.isascii():
        return _ASCII_TELLING.search(word) is not None
    return any(c.isdigit() or c in _TELLING for c in word)


def _capital(word: str) -> bool:
    """Whether ``word`` holds a capital letter."""
    if word.isascii():
        return word.lower() != word
    return any(c.isupper() for c in word)


def _replaced(text: str, spans: list[Span]) -> tuple[str, list[tuple[int, int]]]:
    """The text with each span replaced by its placeholder (a span without a kind stands
    for itself), and where each stand-in now stands."""
    parts: list[str] = []
    holes: list[tuple[int, int]] = []
    pos = length = 0
    for span in spans:
        parts.append(text[pos : span.start])
        length += span.start - pos
        holder = f"[{span.kind}]" if span.kind else span.text
        parts.append(holder)
        holes.append((length, length + len(holder)))
        length += len(holder)
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts), holes


def kept_words(text: str, *, redacted: str | None = None) -> list[str]:
    """Words that ``redact(text)`` keeps although a name could hide in them, each once, for
    the author to check before sharing: capitalised words ("Duolingo", "Fajr", "Reed" when
    read as a word) and lower-case words in no list ("kakuma" where no rule took it).
    ``redacted``: ``redact(text)`` when the caller has it already (a preview just made it),
    so that the text is not anonymized twice."""
    try:
        return kept_words_in(folded(redact(text) if redacted is None else redacted, starts=False))
    except Exception:  # the preview must never fail because of this hint
        _log.exception("could not list the kept words")
        return []


async def redact_async(text: str) -> str:
    """``redact`` for the event loop: long texts go to a worker thread."""
    if len(text) > _ASYNC_THRESHOLD:
        return await asyncio.to_thread(redact, text)
    return redact(text)
