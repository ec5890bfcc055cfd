"""Someone's typed text made inert in a Discord message: shown exactly as typed."""

from __future__ import annotations

import re
import unicodedata

# Discord's markdown characters, and `<` that starts a mention or a channel link.
_MARKDOWN = frozenset("\\*_~`|>#[]<")
# a list item's marker at a line's start ("- item", "+ item", "1. item"): the character
# that makes it one ("-", "+" or the number's dot)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-+]|\d+(?=\.))(?=\.?[ \t])", re.MULTILINE)

# Unicode's explicit bidi controls: embeddings and overrides (LRE, RLE, LRO, RLO), closed by
# PDF; isolates (LRI, RLI, FSI), closed by PDI. A paragraph separator ends every one of them
# (a line or page break that is no paragraph separator, U+2028, VT, FF, does not).
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
_ISOLATES = frozenset("\u2066\u2067\u2068")
_PDF, _PDI = "\u202c", "\u2069"
_LINE_BREAKS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")


def as_shown(text: str) -> str:
    """`text` as a reader's screen shows it, for reading a time, date, period or zone typed
    in an option or a form: without the format characters that show nothing (zero-width
    spaces and joiners, bidi marks, embeddings and isolates, the byte-order mark), which a
    paste from a calendar or a right-to-left keyboard can put around "18:00" unseen."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


_FULL_WIDTH = range(0xFF01, 0xFF5F)  # "！".."～": ASCII's "!".."~" shifted by 0xFEE0
_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"}


def narrowed(text: str) -> str:
    """`text` with what reads as a plain character typed so: full-width forms (an East Asian
    keyboard's "０９：３０", "ＵＴＣ＋９") as ASCII, every decimal digit of another script as
    0-9, and the dashes a page writes a minus or hyphen with as "-". For reading a time, an
    offset or a zone; superscripts and circled numbers are no digits and stay as they are."""
    return "".join(
        chr(ord(c) - 0xFEE0)
        if ord(c) in _FULL_WIDTH
        else str(unicodedata.decimal(c))
        if c.isdecimal()
        else _DASHES.get(c, c)
        for c in text
    )


def as_read(text: str) -> str:
    """`text` as a member reads what she typed into an option or a form field, for reading a
    number, entry, time, date, period or zone from it: shown (`as_shown`), narrowed
    (`narrowed`), and each run of spaces of any kind (a non-breaking space pasted from a
    calendar or a document, an East Asian keyboard's ideographic space) one plain space,
    none at either end: "last\u00a0week" is "last week"."""
    return " ".join(narrowed(as_shown(text)).split())


# A full stop that ends a sentence: ASCII's (a full-width "．" is narrowed to it) or the
# ideographic one an East Asian keyboard types ("。").
_FULL_STOPS = ".\u3002"


def without_full_stop(text: str) -> str:
    """`text` without the spaces at its ends and one full stop at its end: "18:00." and
    "14:00-15:30." end a sentence, as a member may type them, and read as "18:00" and
    "14:00-15:30"."""
    text = text.strip()
    return text[:-1].rstrip() if text[-1:] in _FULL_STOPS else text


# An entry named by its number, as a member writes it: "12", "#12", "No. 12", "Nr 12", "№12",
# "entry 12", "entry #12", with a full stop after it or not ("#12.").
_ENTRY_NUMBER = re.compile(r"(?:(?:entry|no|nr|№)\.?\s*)?#?\s*(\d{1,18})\.?", re.ASCII)


def entry_number(text: str) -> int | None:
    """The entry number `text` names as a member types or pastes it, or None: read as shown
    (`as_shown`) and narrowed (`narrowed`: a full-width "＃１２" is "#12"), whatever spaces are
    around it (a non-breaking one too), in any of the shapes she writes it in elsewhere."""
    cleaned = as_read(text).lower()
    match = _ENTRY_NUMBER.fullmatch(cleaned)
    return int(match[1]) if match else None


def bidi_closers(text: str, *, lines: bool = True) -> str:
    """The PDFs and PDIs that close every embedding, override or isolate `text` leaves open
    on its last line, innermost first: appended after it, they keep a right-to-left
    override typed by someone from reversing the words that follow on the same line.
    `lines=False` where its line breaks are not shown as such (HTML joins lines)."""
    open_: list[str] = []
    for c in text:
        if c in _EMBEDDINGS:
            open_.append(_PDF)
        elif c in _ISOLATES:
            open_.append(_PDI)
        elif c == _PDF and open_ and open_[-1] == _PDF:
            open_.pop()
        elif c == _PDI and _PDI in open_:
            while open_.pop() != _PDI:
                pass
        elif lines and c in _LINE_BREAKS:
            open_.clear()
    return "".join(reversed(open_))


def bidi_closed(text: str, *, lines: bool = True) -> str:
    """`text` with any bidi embedding, override or isolate it leaves open closed at its end;
    shown the same, and stored text is never changed by it."""
    return text + bidi_closers(text, lines=lines)


def typed_pieces(text: str) -> list[str]:
    """Each character of `text` as it is shown inert (itself, or escaped): a message may be
    cut between any two of them and stay inert."""
    markers = {
        m.end() - 1 if text[m.end() - 1] in "-+" else m.end() for m in _LIST_MARKER.finditer(text)
    }
    return [f"\\{c}" if c in _MARKDOWN or i in markers else c for i, c in enumerate(text)]


# discord.py's `escape_markdown` (a link's address left as it is, every markdown character
# escaped), except that a masked link's "[" is escaped by itself: discord.py escapes
# "[…](…)" as one match and skips what it spans, so markdown inside it, and after it up to
# the line's last ")", stayed live ("[a](b) **bold** (c)" was bold).
_URL = r"<[^: >]+:\/[^ >]+>|(?:https?|steam):\/\/[^\s<]+[^<.,:;\"\'\]\s]"
_MARKDOWN_OR_URL = re.compile(
    rf"(?P<url>{_URL})|[_\\~|*`]|^>(?:>>)?\s|\[(?=.+\]\(.+\))|^#{{1,3}}|^\s*-",
    re.MULTILINE,
)


def markdown_escaped(text: str) -> str:
    """`text` with Discord's markdown escaped, as discord.py's `escape_markdown` does it
    (links' addresses kept whole), and each masked link's "[" escaped without skipping what
    follows it."""
    return _MARKDOWN_OR_URL.sub(lambda m: m["url"] or "\\" + m.group(), text)


# What opens a list, heading or quote at a line's start, after any spaces: a "-" or "+"
# list marker, a numbered item's number, a heading's "#" or a quote's ">".
_LINE_OPENER = re.compile(r"^[ \t]*(?:[-+](?=[ \t])|\d+(?=\.[ \t])|[#>])", re.MULTILINE)


def line_openers_escaped(text: str) -> str:
    """`text` with whatever would open a list, heading or quote at a line's start escaped
    ("1\\. item", "\\+ item", "  \\# heading"): for text already through discord.py's
    `escape_markdown`, which leaves numbered and "+" items, and headings or quotes after a
    line's spaces, live."""

    def escaped(m: re.Match[str]) -> str:
        opener = m.group()
        return opener + "\\" if opener[-1].isdigit() else f"{opener[:-1]}\\{opener[-1]}"

    return _LINE_OPENER.sub(escaped, text)


def as_typed(text: str) -> str:
    """Someone's typed text made inert in a message: shown exactly as typed, never as bold,
    a heading, a list or a mention, so that it cannot pass for the bot's own words; a bidi
    control it leaves open is closed at its end."""
    return "".join(typed_pieces(text)) + bidi_closers(text)


# Someone's own markdown, put under the bot's words in one text (a share's answers, a closing).
_FENCE = re.compile(r"(?<!\\)```")
_CODE_SPAN = re.compile(r"(?<!\\)```[\s\S]*?(?<!\\)```|(?<!\\)`[^`]+(?<!\\)`")
_TICK = re.compile(r"(?<!\\)`")
_PAIRED = tuple(re.compile(rf"(?<!\\){m}") for m in (r"\*\*", "__", "~~", r"\|\|"))


def own_markdown_closed(text: str) -> str:
    """Someone's own markdown with their formatting kept, but closed in itself: a code fence,
    inline code, or a bold, underline, strikethrough, spoiler or italic marker left without
    its pair is escaped (shown as typed), so that it cannot run on over the bot's words after
    it (an open ``` made the rest of a share a code block) or pair with the bot's own markers
    or a lone one in a later answer. A "*" or "_" that is not markdown (5*3, snake_case, a
    "* " list item) is left as it is."""
    fences = list(_FENCE.finditer(text))
    if len(fences) % 2:  # the last one opens a block that never ends
        last = fences[-1]
        text = text[: last.start()] + "\\`\\`\\`" + text[last.end() :]
    outside: list[tuple[int, int]] = []  # where markdown is read (not inside code)
    at = 0
    for span in _CODE_SPAN.finditer(text):
        outside.append((at, span.start()))
        at = span.end()
    outside.append((at, len(text)))
    edits: dict[int, tuple[int, str]] = {}  # start: (end, shown instead)
    for start, end in outside:
        for tick in _TICK.finditer(text, start, end):  # a backtick no code span took
            edits[tick.start()] = (tick.end(), "\\`")
    for marker in _PAIRED:
        found = [m for start, end in outside for m in marker.finditer(text, start, end)]
        if len(found) % 2:  # the last one has no pair: it would take the bot's next one
            last = found[-1]
            edits[last.start()] = (last.end(), "".join(f"\\{c}" for c in last.group()))
    for marker, double in (("*", _PAIRED[0]), ("_", _PAIRED[1])):
        for left in _italic_left_open(text, outside, marker, double):
            edits[left] = (left + 1, f"\\{marker}")  # it would take a later answer's lone one
    for start in sorted(edits, reverse=True):
        end, shown = edits[start]
        text = text[:start] + shown + text[end:]
    return text


def _italic_left_open(
    text: str, outside: list[tuple[int, int]], marker: str, double: re.Pattern[str]
) -> list[int]:
    """Where each lone `marker` ("*" or "_", not part of a "**" or "__") opens an italic in
    `text` that nothing in it closes, read as Discord reads it: it opens at a word's start,
    before a non-space ("*well", "_well"; not 5*3, snake_case or "* item"), and is closed by
    the next lone one after a non-space ("*" anywhere then, "_" at a word's end); a lone one
    that cannot close it ends it (an italic holds no lone marker of its kind), but only until
    that one is escaped: each is given."""
    doubled = {
        i
        for start, end in outside
        for m in double.finditer(text, start, end)
        for i in range(*m.span())
    }

    def word(i: int) -> bool:  # a letter, digit or "_" of a word (not a doubled marker's)
        return 0 <= i < len(text) and (text[i].isalnum() or (text[i] == "_" and i not in doubled))

    def space(i: int) -> bool:
        return not 0 <= i < len(text) or text[i].isspace()

    unpaired: list[int] = []
    opened: int | None = None
    for start, end in outside:
        for i in range(start, end):
            if text[i] != marker or i in doubled or (i and text[i - 1] == "\\"):
                continue
            closes = not space(i - 1) and (marker == "*" or not word(i + 1))
            if opened is not None and closes:
                opened = None  # a pair: her own italics
                continue
            if opened is not None:  # ended for now, but it opens again once this is escaped
                unpaired.append(opened)
            opens = not word(i - 1) and not space(i + 1) and text[i + 1] != marker
            opened = i if opens else None
    return [*unpaired, *([] if opened is None else [opened])]
