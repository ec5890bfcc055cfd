"""The bot's script library: which script (and which version of it) a server uses.

Built once by `create_bot` and handed to the cogs. A server uses the shipped script until its
admins upload their own (`/setup script`); every version a server has used is kept, so an
entry is always shown, shared and rendered with the questions it was answered with. Looked up
by server and ready for a locale: only the default ("en") is shipped today.
"""

from __future__ import annotations

import asyncio
import codecs
import tomllib
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.conversation.roles import ScriptKind
from bot.conversation.script import (
    QuestionKind,
    Script,
    blank_texts,
    library,
    repeated_choices,
    script_problems,
    shipped_source,
)
from bot.models import EntryHeader

UPLOAD_MAX_BYTES = 64_000
# How long a process trusts what it last read as a server's current script. Its own uploads
# and resets show at once; another process's within this time. Pages already open always
# save with the version they were built from.
CURRENT_FRESH = timedelta(seconds=60)
DEFAULT_LOCALE = "en"


class ScriptStore(Protocol):
    """Where a server's script versions are kept (storage.repos.ScriptRepository)."""

    async def latest(self, guild_id: int, script_id: str) -> tuple[int, str] | None: ...

    async def get(self, guild_id: int, script_id: str, version: int) -> str | None: ...

    async def add(
        self,
        guild_id: int,
        script_id: str,
        source: str,
        *,
        after: int,
        audit: tuple[str, int] | None = None,
    ) -> int: ...


class ScriptRejected(ValueError):
    """An uploaded script was refused; `problems` says why, one line each, by question."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def load_shipped() -> dict[ScriptKind, Script]:
    """The scripts shipped with the bot: read from their files once per process (the models
    are frozen, so every bot of the process can share them)."""
    return {s.id: s for s in library().values()}


def _parse(text: str) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        return None, [f"the file is not valid TOML: {exc}"]
    except RecursionError:  # thousands of nested brackets: the reader runs out of stack
        return None, [
            "the file is not a script: its brackets or braces are nested too deeply "
            "(start again from `/setup script download`)"
        ]


def changed_choices(previous: Script, new: Script) -> list[str]:
    """Choice values of `previous` that `new` dropped: stored answers would lose their meaning."""
    problems: list[str] = []
    for old in previous.questions():
        if old.kind is not QuestionKind.CHOICE:
            continue
        question = new.with_role(old.role)
        kept = {c.value for c in question.choices} if question else set()
        if missing := [c.value for c in old.choices if c.value not in kept]:
            where = f"question {question.id!r}" if question else f"the {old.role.value} question"
            problems.append(
                f"{where} (choices): keep the choice values {', '.join(missing)} "
                "(change their labels freely, and add new ones)"
            )
    return problems


NOT_UTF8 = (
    "the file is not UTF-8 text: open it in a text editor and save it with the encoding UTF-8 "
    "(in Notepad: File → Save as, then Encoding: UTF-8)"
)


def _decoded(data: bytes) -> str | None:
    """The uploaded file's text, or None when it is not in an encoding it says or UTF-8 is.

    A byte order mark is an editor's, not part of the text: UTF-8's (Windows Notepad's
    UTF-8), and UTF-16's (Notepad's "Unicode"), which names its encoding unambiguously.
    UTF-16 without a mark is not read: nothing says which it is. Of plain ASCII text, every
    other byte is NUL, which UTF-8 also allows: told "not valid TOML" at a place her editor
    shows nothing wrong, an admin would not know to save it as UTF-8."""
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else None
    if encoding is None and _wide_without_a_mark(data):
        return None
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError:
        return None


def _wide_without_a_mark(data: bytes) -> bool:
    """Whether `data` reads as UTF-16 (or UTF-32) without a byte order mark: NUL bytes, never
    in a TOML text, are a quarter of it or more (half, in UTF-16 of ASCII text). A stray NUL
    in a UTF-8 file is left for the TOML reader, which says where it is."""
    return data.count(0) * 4 >= len(data) > 0


def check_upload(data: bytes, previous: Script) -> tuple[Script, str]:
    """The uploaded script and its text, or `ScriptRejected` listing every problem."""
    if len(data) > UPLOAD_MAX_BYTES:
        raise ScriptRejected([f"the file is larger than {UPLOAD_MAX_BYTES // 1000} KB"])
    text = _decoded(data)
    if text is None:
        raise ScriptRejected([NOT_UTF8])
    parsed, problems = _parse(text)
    if parsed is None:
        raise ScriptRejected(problems)
    if not parsed:  # nothing, or comments only: an editor saved before the text was in
        raise ScriptRejected(
            ["the file is empty (or only comments): start again from `/setup script download`"]
        )
    if parsed.get("id") != previous.id.value:
        raise ScriptRejected(
            [
                f"script (id): this server's {previous.id.value} script must keep id = "
                f'"{previous.id.value}"'
            ]
        )
    script, problems = script_problems(parsed)
    if script is None:
        raise ScriptRejected(problems)
    if problems := (
        blank_texts(script) + repeated_choices(script) + changed_choices(previous, script)
    ):
        raise ScriptRejected(problems)
    return script, text


def same_text(a: str, b: str) -> bool:
    """Two scripts' texts are the same, whatever line endings or trailing blanks an editor gave."""

    def plain(text: str) -> list[str]:
        return [line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n")]

    return plain(a) == plain(b)


class ScriptLibrary:
    """The scripts a bot serves, by server, kind and version. No global state: one per bot."""

    def __init__(
        self,
        store: ScriptStore,
        clock: Callable[[], datetime],
        shipped: Mapping[ScriptKind, Script] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._shipped = dict(shipped) if shipped is not None else load_shipped()
        # Versions never change once stored, so each is parsed once.
        self._parsed: dict[tuple[int, str, int], Script] = {}
        # (server, kind) -> when it was read, and the newest version then (None: the default).
        self._latest: dict[tuple[int, str], tuple[datetime, tuple[int, str] | None]] = {}
        # One read at a time per (server, kind): a crowd starting at once shares it.
        self._reading: dict[tuple[int, str], asyncio.Task[tuple[int, str] | None]] = {}

    async def _newest(
        self, guild_id: int, kind: str, *, fresh: bool = False
    ) -> tuple[int, str] | None:
        """The server's newest version, read again when `fresh` or older than CURRENT_FRESH."""
        now = self._clock()
        seen = self._latest.get((guild_id, kind))
        if not fresh and seen is not None and now - seen[0] < CURRENT_FRESH:
            return seen[1]
        key = (guild_id, kind)
        reading = None if fresh else self._reading.get(key)
        if reading is None:
            reading = asyncio.ensure_future(self._store.latest(guild_id, kind))
            self._reading[key] = reading
            reading.add_done_callback(lambda done: self._forget_read(key, done))
        latest = await asyncio.shield(reading)
        self._latest[key] = (now, latest)
        return latest

    def _forget_read(
        self, key: tuple[int, str], done: asyncio.Task[tuple[int, str] | None]
    ) -> None:
        if self._reading.get(key) is done:
            del self._reading[key]
        if not done.cancelled():
            done.exception()  # retrieved: each waiter has already been given it

    def default(self, kind: str, locale: str = DEFAULT_LOCALE) -> Script:
        """The shipped script of `kind` (one locale is shipped today)."""
        return self._shipped[ScriptKind(kind)]

    def _read(self, guild_id: int, kind: str, version: int, source: str) -> Script:
        key = (guild_id, kind, version)
        if key not in self._parsed:
            script, problems = script_problems(tomllib.loads(source))
            if script is None:  # stored only after the same check: the code has changed since
                raise ValueError(f"stored script {key} no longer loads: {problems[0]}")
            self._parsed[key] = script.model_copy(update={"version": version})
        return self._parsed[key]

    async def current(self, guild_id: int | None, kind: str) -> Script:
        """The script new entries of `kind` use in this server (the default in DMs)."""
        if guild_id is None:
            return self.default(kind)
        latest = await self._newest(guild_id, kind)
        if latest is None:
            return self.default(kind)
        return self._read(guild_id, kind, *latest)

    async def version(self, guild_id: int | None, kind: str, version: int) -> Script:
        """The script an entry was written with (a server's own versions start above the
        shipped one's, so a shipped version needs no look-up)."""
        shipped = self.default(kind)
        if guild_id is None or version <= shipped.version:
            return shipped
        key = (guild_id, kind, version)
        if key in self._parsed:
            return self._parsed[key]
        source = await self._store.get(guild_id, kind, version)
        return shipped if source is None else self._read(guild_id, kind, version, source)

    async def for_entry(self, entry: EntryHeader) -> Script:
        """The script `entry` was written with: it is always shown with those questions."""
        return await self.version(entry.guild_id, entry.kind, entry.script_version)

    async def source(self, guild_id: int, kind: str) -> str:
        """The TOML text of the server's current script, for its admins to edit."""
        latest = await self._newest(guild_id, kind, fresh=True)
        return shipped_source(kind) if latest is None else latest[1]

    async def uses_default(self, guild_id: int, kind: str) -> bool:
        """True when the server's current script is the shipped one, word for word."""
        latest = await self._newest(guild_id, kind, fresh=True)
        return latest is None or latest[1] == shipped_source(kind)

    async def upload(
        self, guild_id: int, data: bytes, kind: str, *, actor_id: int | None = None
    ) -> tuple[Script, bool]:
        """Store an edited script as the server's next version, or raise `ScriptRejected`:
        (the script now in use, whether a version was added). An upload with the same text as
        the current script (an upload retried after its answer was lost) adds none. With
        `actor_id`, a new version is audited as that member's upload in the same write."""
        latest = await self._newest(guild_id, kind, fresh=True)
        previous = self.default(kind) if latest is None else self._read(guild_id, kind, *latest)
        _, text = check_upload(data, previous)
        current = shipped_source(kind) if latest is None else latest[1]
        if same_text(text, current):
            return previous, False
        audit = None if actor_id is None else ("upload", actor_id)
        return await self._add(guild_id, kind, text, audit=audit), True

    async def reset(self, guild_id: int, kind: str, *, actor_id: int | None = None) -> Script:
        """Back to the shipped script, as the server's next version (old ones stay readable);
        with `actor_id`, audited as that member's reset in the same write."""
        audit = None if actor_id is None else ("reset", actor_id)
        return await self._add(guild_id, kind, shipped_source(kind), audit=audit)

    async def _add(
        self, guild_id: int, kind: str, text: str, *, audit: tuple[str, int] | None = None
    ) -> Script:
        version = await self._store.add(
            guild_id, kind, text, after=self.default(kind).version, audit=audit
        )
        self._latest[guild_id, kind] = (self._clock(), (version, text))
        return self._read(guild_id, kind, version, text)
