"""Logs: secrets scrubbed everywhere (tracebacks too), journald and JSON lines, quiet libraries."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from bot.cli import new_key
from bot.log import setup_logging
from tests.conftest import FAKE_TOKEN

KEY, OLD = new_key(), new_key()
# The same old key written in the standard base64 alphabet, without padding.
OLD_STANDARD = OLD.replace("-", "+").replace("_", "/").rstrip("=")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _log_a_failure() -> None:
    log = logging.getLogger("sparkle.test")
    log.info("starting with %s", KEY)
    try:
        raise RuntimeError(f"connect failed for token={FAKE_TOKEN} key={KEY} old={OLD_STANDARD}")
    except RuntimeError:
        log.exception("could not start (%s)", OLD)


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_secrets_never_reach_the_log_even_in_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, log_format: str
) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    from pydantic import SecretStr

    from bot.settings import Settings

    settings = Settings(
        discord_token=SecretStr(FAKE_TOKEN),
        data_key=SecretStr(KEY),
        old_data_keys=SecretStr(f"{new_key()}, {OLD}"),
    )
    setup_logging("INFO", settings.secrets(), log_format)
    _log_a_failure()
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError" in err  # the traceback itself is kept
    for secret in (FAKE_TOKEN, KEY, OLD, OLD_STANDARD, KEY.rstrip("=")):
        assert secret not in err
    assert err.count("[secret]") >= 4


def test_json_lines_are_one_object_each(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("INFO", [KEY], "json")
    _log_a_failure()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "INFO" and first["message"] == "starting with [secret]"
    assert second["level"] == "ERROR" and "RuntimeError" in second["traceback"]
    assert {"time", "logger", "request_id"} <= second.keys()


def test_under_systemd_lines_carry_a_priority_and_no_timestamp(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", "8:12345")
    setup_logging("INFO", [], "text")
    logging.getLogger("sparkle.test").warning("careful")
    logging.getLogger("sparkle.test").info("fine")
    assert capsys.readouterr().err.splitlines() == [
        "<4>[-] sparkle.test: careful",
        "<6>[-] sparkle.test: fine",
    ]


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_library_chatter_only_at_debug(capsys: pytest.CaptureFixture[str], level: str) -> None:
    setup_logging(level, [], "text")
    logging.getLogger("alembic.runtime.migration").info("Running upgrade 0001 -> 0002")
    logging.getLogger("discord.client").warning(
        "PyNaCl is not installed, voice will NOT be supported"
    )
    logging.getLogger("discord.client").error("Attempting a reconnect in 2.00s")
    err = capsys.readouterr().err
    assert "reconnect" in err  # a reconnect with back-off is always told
    assert ("Running upgrade" in err) == (level == "DEBUG")
    assert ("voice will NOT" in err) == (level == "DEBUG")


async def test_at_debug_no_gateway_payload_reaches_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """discord.py logs every gateway event whole at DEBUG: an interaction's token, what a
    member typed into a form, a message's text. At LOG_LEVEL=DEBUG none of it is written;
    the gateway's other debug lines still are."""
    import asyncio

    from discord.gateway import DiscordWebSocket

    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    setup_logging("DEBUG", [FAKE_TOKEN], "text")
    typed = "Mx Quill said the unsayable"
    token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA"  # pragma: allowlist secret
    event = {
        "op": 0,
        "s": 7,
        "t": "INTERACTION_CREATE",
        "d": {
            "id": "1",
            "token": token,
            "type": 5,
            "data": {
                "custom_id": "sk:page:1",
                "components": [{"type": 18, "component": {"custom_id": "q", "value": typed}}],
            },
        },
    }
    # A real gateway connection's receiving end; no socket is needed to receive one event.
    ws = DiscordWebSocket(None, loop=asyncio.get_running_loop())  # pyright: ignore[reportArgumentType]
    ws._discord_parsers = {}  # pyright: ignore[reportPrivateUsage]
    ws.shard_id = 0
    await ws.received_message(json.dumps(event))
    err = capsys.readouterr().err
    assert "Unknown event INTERACTION_CREATE" in err  # the gateway's own debug lines remain
    assert typed not in err and token not in err


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_what_a_member_typed_never_reaches_the_log_of_her_interaction(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, log_format: str
) -> None:
    """A failure while handling her form quotes a word of it (a lookup's KeyError) or all of
    it: neither reaches the line; the failure's kind and its frames do."""
    from bot.log import HELD, REQUEST_ID, bind_request

    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    setup_logging("DEBUG", [], log_format)
    typed = "Saw Maria Lopez at Riverside on Tuesday"
    form = {"custom_id": "sk:page:1", "components": [{"component": {"value": typed}}]}
    token = (REQUEST_ID.set("-"), HELD.set(None))
    try:
        bind_request(0xABC, form)
        log = logging.getLogger("sparkle.test")
        try:
            raise KeyError(typed.split()[1].lower())
        except KeyError:
            log.exception("page could not be saved")
        try:
            raise ValueError(f"cannot read {typed!r}")
        except ValueError:
            log.exception("page could not be saved")
    finally:
        REQUEST_ID.reset(token[0])
        HELD.reset(token[1])
    err = capsys.readouterr().err
    for word in ("maria", "Maria", "Lopez", "Riverside", typed):
        assert word not in err
    assert "KeyError" in err and "ValueError" in err and "page could not be saved" in err
    assert "[typed]" in err
