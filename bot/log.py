"""Logging set-up: one place, quiet library loggers, secrets scrubbed from every line.

Lines go to stderr. Under systemd (``JOURNAL_STREAM`` set) each line starts with a syslog
priority such as ``<4>`` and carries no timestamp, since journald adds both; ``LOG_FORMAT=json``
writes one JSON object per line instead. Secrets are removed from the finished line, so they
never appear even inside an exception's text or traceback.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

_TOKENISH = re.compile(r"[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")
MARK = "[secret]"

# Libraries that announce routine steps at INFO: only shown when LOG_LEVEL=DEBUG.
_CHATTY = ("alembic", "discord.client", "discord.gateway", "discord.voice_state", "discord.player")
_SYSLOG_PRIORITY = {"DEBUG": 7, "INFO": 6, "WARNING": 4, "ERROR": 3, "CRITICAL": 2}

REQUEST_ID: ContextVar[str] = ContextVar("request_id", default="-")
# The texts kept out of the log lines of the interaction or background pass being handled:
# what the member typed into it (its options and form fields), and what it works on
# (`keep_out_of_log`). One holder (an ordered set) for the interaction or pass, shared with the
# tasks it starts (a send run to the end in a task of its own copies the context, so this very
# holder): what such a task keeps out is kept out of the pass's lines too.
HELD: ContextVar[dict[str, None] | None] = ContextVar("held", default=None)
TYPED_MARK = "[typed]"
_WORD = re.compile(r"\w{3,}")


def bind_request(interaction_id: int, data: Any = None) -> None:
    """Tag every log line of this interaction's task with a short request id, and keep what
    the member typed into it (`data`, the interaction's payload) out of those lines."""
    REQUEST_ID.set(format(interaction_id, "x")[-8:])
    HELD.set(dict.fromkeys(typed_in(data)))


def bind_pass() -> None:
    """Start a background loop's pass: nothing it kept out of the log before is held on to."""
    HELD.set({})


def keep_out_of_log(texts: Iterable[str]) -> None:
    """Keep `texts` (members' answers this task is about to work on, outside an interaction:
    a weekly summary's, say) out of every later log line of this task, as typed text is, and
    of its loop's pass or interaction and the tasks they started (`bind_pass`)."""
    held = HELD.get()
    if held is None:  # outside any interaction or pass: this task's own, from now on
        held = {}
        HELD.set(held)
    held.update(dict.fromkeys(texts))  # seen by the pass and every task it started


def typed_in(data: Any) -> Iterable[str]:
    """The text values in an interaction's payload: slash options, autocomplete input and
    form fields (a form field's "value"; a select's chosen "values" are the bot's own)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "value" and isinstance(value, str) and value.strip():
                yield value
            elif isinstance(value, dict | list):
                yield from typed_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from typed_in(item)


def _is_exception_line(line: str) -> bool:
    """A traceback line that is an exception's own text, not a frame or its source."""
    return bool(line) and not line[0].isspace() and not line.startswith("Traceback (")


def scrub_typed(text: str, typed: Iterable[str] | None = None, *, words: bool = True) -> str:
    """`text` without what was typed: each typed value anywhere, and each word of it (three
    letters or more, any case) in an exception's own text, where a failing lookup or parse
    quotes the word it choked on (KeyError('maria'))."""
    if typed is None:
        typed = HELD.get() or ()
    values = [v for v in typed if len(v.strip()) >= 3]
    if not values:
        return text
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, TYPED_MARK)
    lines = text.split("\n")
    if not words or not any(map(_is_exception_line, lines)):
        return text
    found = sorted({w.casefold() for v in values for w in _WORD.findall(v)}, key=len)[::-1]
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, found)) + r")(?!\w)", re.IGNORECASE
    )
    return "\n".join(
        pattern.sub(TYPED_MARK, line) if _is_exception_line(line) else line for line in lines
    )


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


def _variants(secret: str) -> set[str]:
    """A secret as written, and a base64 key in its other alphabet and without padding."""
    text = secret.strip()
    forms = {text, text.rstrip("=")}
    forms |= {f.replace("-", "+").replace("_", "/") for f in set(forms)}
    forms |= {f.replace("+", "-").replace("/", "_") for f in set(forms)}
    return {f for f in forms if len(f) >= 8}


class Scrubber:
    """Replaces known secrets, and anything shaped like a bot token, with a marker."""

    def __init__(self, secrets: list[str]) -> None:
        forms = set().union(*(_variants(s) for s in secrets if s)) if secrets else set()
        self._secrets = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MARK)
        return _TOKENISH.sub(MARK, text)


class SecretFilter(logging.Filter):
    """Scrubs the message of each record (the formatter scrubs the whole line as well)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._scrub = Scrubber(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class PayloadFilter(logging.Filter):
    """Drops discord.py's debug lines that print a raw payload (a dict or a list): at DEBUG its
    gateway logs every event whole, with an interaction's token, what a member typed into a
    form and a message's text. Its other debug lines (ids, event names, timings) stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG or not record.name.startswith("discord"):
            return True
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        return not any(isinstance(arg, dict | list | tuple) for arg in args)


class VoiceNoticeFilter(logging.Filter):
    """Drops discord.py's start-up notice that voice is unsupported: Sparkle has no voice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in str(record.msg)


def _without_typed(line: str, record: logging.LogRecord) -> str:
    """A formatted record without what was typed; its first line (time, level, request id,
    logger, the bot's own message) only loses whole typed values."""
    head, newline, rest = line.partition("\n")
    return scrub_typed(head, words=False) + newline + (scrub_typed(rest) if rest else "")


class TextFormatter(logging.Formatter):
    """One line per record (tracebacks follow it), scrubbed; journald-style when asked."""

    def __init__(self, scrub: Scrubber, *, journald: bool) -> None:
        layout = "[%(request_id)s] %(name)s: %(message)s"
        if not journald:
            layout = "%(asctime)s %(levelname)-7s " + layout
        super().__init__(layout, "%Y-%m-%d %H:%M:%S")
        self._scrub = scrub
        self._journald = journald

    def format(self, record: logging.LogRecord) -> str:
        text = self._scrub(_without_typed(super().format(record), record))
        if self._journald:
            priority = _SYSLOG_PRIORITY.get(record.levelname, 6)
            text = "\n".join(f"<{priority}>{line}" for line in text.splitlines())
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request id, message, traceback."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__()
        self._scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": self._scrub(scrub_typed(record.getMessage(), words=False)),
        }
        if record.exc_info:
            trace = self.formatException(record.exc_info)
            entry["traceback"] = self._scrub(scrub_typed(trace))
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str, secrets: list[str], log_format: str = "text") -> None:
    """Send every log line to stderr, scrubbed of `secrets`, in the chosen format."""
    scrub = Scrubber(secrets)
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(JsonFormatter(scrub))
    else:
        handler.setFormatter(TextFormatter(scrub, journald=bool(os.environ.get("JOURNAL_STREAM"))))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(PayloadFilter())
    handler.addFilter(SecretFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet = logging.DEBUG if level == "DEBUG" else logging.WARNING
    if level != "DEBUG":
        handler.addFilter(VoiceNoticeFilter())
    for name in _CHATTY:
        logging.getLogger(name).setLevel(quiet)
    logging.getLogger("discord").setLevel(max(logging.INFO, logging.getLevelName(level)))
    logging.getLogger("discord.http").setLevel(logging.WARNING)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)  # it logs bound parameters
