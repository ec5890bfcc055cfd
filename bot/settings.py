"""Settings read from the environment and one settings file, validated once at start-up.

The settings file is, in order: `--env-file` / `SPARKLE_ENV_FILE`, `./.env` if it exists, or
`.env` in the user's config folder (`$XDG_CONFIG_HOME/sparkle`, else `~/.config/sparkle`).
A relative SQLite path is resolved beside that file, never against the current directory.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import unquote, urlsplit

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/sparkle.db"
SQLITE_PREFIX = "sqlite+aiosqlite:///"
ENV_FILE_VARIABLE = "SPARKLE_ENV_FILE"
# The token in .env.example: well-formed, so only its wording gives it away.
_PLACEHOLDER_MARKS = ("replace-with", "xxxxxxxxxx", "your-token", "your_token")
# Top-level folders that, written with three slashes, were almost surely meant as absolute.
_ROOT_FOLDERS = frozenset(
    {"etc", "var", "srv", "opt", "home", "tmp", "usr", "root", "mnt", "media", "run", "Users"}
)

# A bot token is three base64url parts: the application id, a timestamp and an HMAC.
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$")
_SUPPORTED_SCHEMES = ("sqlite+aiosqlite://", "postgresql+asyncpg://")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


def decode_data_key(value: str) -> bytes:
    """Decode a base64 (standard or url-safe) 32-byte key, or raise ValueError."""
    text = value.strip()
    try:
        raw = base64.urlsafe_b64decode(
            text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4)
        )
    except (binascii.Error, ValueError) as exc:
        raise ValueError("is not valid base64") from exc
    if len(raw) != 32:
        raise ValueError(f"must decode to 32 bytes for AES-256, got {len(raw)}")
    return raw


def _sqlite_url_problem(url: str) -> str | None:
    """What makes an SQLite URL name no file the bot can keep its data in, in words."""
    if not url.startswith("sqlite+aiosqlite://"):
        return None
    path = url.removeprefix("sqlite+aiosqlite://").split("?", 1)[0]
    if path.removeprefix("/") in ("", ":memory:"):
        return (
            "names no database file, so nothing would be kept: write "
            f"{SQLITE_PREFIX}data/sparkle.db (beside the settings file) or an absolute path "
            f"with four slashes ({SQLITE_PREFIX}/var/lib/sparkle/sparkle.db)"
        )
    if not path.startswith("/"):
        return (
            "needs three slashes before a path beside the settings file "
            f"({SQLITE_PREFIX}data/sparkle.db), four before an absolute one "
            f"({SQLITE_PREFIX}/var/lib/sparkle/sparkle.db)"
        )
    return None


def _postgres_url_problem(url: str) -> str | None:
    """What makes a PostgreSQL URL unreadable, in words that never repeat any of it."""
    prefix = "postgresql+asyncpg://"
    if not url.startswith(prefix):
        return None
    before_query = url.removeprefix(prefix).split("?", 1)[0]
    if before_query.count("@") > 1:  # the driver would read part of the password as the host
        return (
            "has an @ in its user name or password: write it there as %40 (and / as %2F, "
            ": as %3A, # as %23, % as %25)"
        )
    host = before_query.rpartition("@")[2].split("/", 1)[0].rpartition("]")[2]
    port = host.partition(":")[2]
    if port and not port.isdigit():
        return (
            "cannot be read: the port after the host must be a number, as in "
            "postgresql+asyncpg://USER:PASSWORD@HOST:5432/DATABASE"
        )
    return None


def _url_passwords(url: str) -> list[str]:
    """The password of a database URL, as written and as decoded (%40 for @ and so on)."""
    try:
        written = urlsplit(url).password
    except ValueError:  # an unreadable address: the driver refuses it before any log line
        return []
    return [] if not written else [written, unquote(written)]


def _unreadable_line(path: Path) -> str | None:
    """A line of the settings file that is not NAME=value, named by its number only (it may
    hold a secret), with what to fix; None when every line reads."""
    from dotenv.parser import parse_stream

    with path.open(encoding="utf-8") as handle:
        for binding in parse_stream(handle):
            text = binding.original.string
            number = binding.original.line + len(text) - len(text.lstrip("\n"))
            if binding.error:
                return (
                    f"line {number} of {path} cannot be read: write each setting as "
                    "NAME=value, one a line, and close any quote you open"
                )
            if binding.key is not None and binding.value is None:
                return (
                    f"line {number} of {path} has no '=': write each setting as NAME=value "
                    "(DISCORD_TOKEN=..., SPARKLE_DATA_KEY=...)"
                )
    return None


class Settings(BaseSettings):
    """Everything the bot needs to run. Secrets are `SecretStr` and never printed."""

    model_config = SettingsConfigDict(
        env_file=None,
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    discord_token: SecretStr = Field(
        validation_alias=AliasChoices("DISCORD_TOKEN", "discord_token")
    )
    data_key: SecretStr = Field(
        validation_alias=AliasChoices("SPARKLE_DATA_KEY", "data_key"),
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL, validation_alias=AliasChoices("DATABASE_URL", "database_url")
    )
    dev_guild_id: Annotated[int, Field(gt=0)] | None = Field(
        default=None, validation_alias=AliasChoices("SPARKLE_DEV_GUILD_ID", "dev_guild_id")
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", validation_alias=AliasChoices("LOG_LEVEL", "log_level")
    )
    log_format: Literal["text", "json"] = Field(
        default="text", validation_alias=AliasChoices("LOG_FORMAT", "log_format")
    )
    old_data_keys: SecretStr = Field(
        default=SecretStr(""),
        validation_alias=AliasChoices("SPARKLE_OLD_DATA_KEYS", "old_data_keys"),
    )
    shard_count: Annotated[int, Field(ge=1)] | None = Field(
        default=None, validation_alias=AliasChoices("SHARD_COUNT", "shard_count")
    )
    shard_ids: str | None = Field(
        default=None, validation_alias=AliasChoices("SHARD_IDS", "shard_ids")
    )
    sqlite_busy_timeout_ms: Annotated[int, Field(ge=0)] = Field(
        default=10_000,
        validation_alias=AliasChoices("SQLITE_BUSY_TIMEOUT_MS", "sqlite_busy_timeout_ms"),
    )
    # PostgreSQL: the file recording erased data keys (a SQLite database keeps it beside itself)
    erasure_record: Path | None = Field(
        default=None,
        validation_alias=AliasChoices("SPARKLE_ERASURE_RECORD", "erasure_record"),
    )

    @field_validator("discord_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_SHAPE.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a Discord bot token (three dot-separated parts)")
        if any(mark in value.get_secret_value().lower() for mark in _PLACEHOLDER_MARKS):
            raise ValueError("is still the placeholder from .env.example")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("data_key")
    @classmethod
    def _key_shape(cls, value: SecretStr) -> SecretStr:
        decode_data_key(value.get_secret_value())
        return value

    @field_validator("old_data_keys")
    @classmethod
    def _old_keys_shape(cls, value: SecretStr) -> SecretStr:
        for part in value.get_secret_value().split(","):
            if part.strip():
                decode_data_key(part)
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids_shape(cls, value: str | None) -> str | None:
        if value is not None and not all(p.strip().isdigit() for p in value.split(",")):
            raise ValueError("must be shard numbers separated by commas, such as 0,1")
        return value

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        ids = self.shard_id_list
        if ids is not None and self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT")
        if ids is not None and self.shard_count is not None and max(ids) >= self.shard_count:
            raise ValueError(f"SHARD_IDS must be below SHARD_COUNT ({self.shard_count})")
        return self

    @field_validator("database_url")
    @classmethod
    def _url_scheme(cls, value: str) -> str:
        if not value.startswith(_SUPPORTED_SCHEMES):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        problem = _sqlite_url_problem(value) or _postgres_url_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        return value.lower() if value.lower() in ("text", "json") else value.upper()

    @property
    def key_bytes(self) -> bytes:
        return decode_data_key(self.data_key.get_secret_value())

    @property
    def old_key_bytes(self) -> tuple[bytes, ...]:
        parts = self.old_data_keys.get_secret_value().split(",")
        return tuple(decode_data_key(p) for p in parts if p.strip())

    @property
    def shard_id_list(self) -> list[int] | None:
        if not self.shard_ids:
            return None
        return sorted({int(p) for p in self.shard_ids.split(",")})

    def sqlite_path(self) -> Path | None:
        """The database file for SQLite URLs (None for PostgreSQL or in-memory)."""
        if not self.database_url.startswith(SQLITE_PREFIX):
            return None
        path = self.database_url[len(SQLITE_PREFIX) :].split("?", 1)[0]
        return Path(path) if path and path != ":memory:" else None

    def secrets(self) -> list[str]:
        """Every secret value, for scrubbing logs."""
        values = [self.discord_token.get_secret_value(), self.data_key.get_secret_value()]
        values += [k.strip() for k in self.old_data_keys.get_secret_value().split(",")]
        values += _url_passwords(self.database_url)
        return [v for v in values if v]


_ENV_NAMES = {
    "discord_token": "DISCORD_TOKEN",
    "data_key": "SPARKLE_DATA_KEY",
    "database_url": "DATABASE_URL",
    "dev_guild_id": "SPARKLE_DEV_GUILD_ID",
    "log_level": "LOG_LEVEL",
    "log_format": "LOG_FORMAT",
    "old_data_keys": "SPARKLE_OLD_DATA_KEYS",
    "shard_count": "SHARD_COUNT",
    "shard_ids": "SHARD_IDS",
    "sqlite_busy_timeout_ms": "SQLITE_BUSY_TIMEOUT_MS",
}

_HINTS = {
    "DISCORD_TOKEN": (
        "copy it from the Developer Portal (Bot → Reset Token) or run `sparkle-bot init`"
    ),
    "SPARKLE_DATA_KEY": "generate one with `sparkle-bot keygen` or run `sparkle-bot init`",
}


def config_dir() -> Path:
    """The user's config folder for Sparkle (where `init` writes when nothing says otherwise)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser().absolute() / "sparkle"


def find_env_file(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The settings file to use (absolute); it may not exist yet."""
    chosen = explicit or os.environ.get(ENV_FILE_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute()
    local = Path(".env").absolute()
    return local if local.exists() else config_dir() / ".env"


def resolve_database_url(url: str, home: Path) -> str:
    """Make a relative SQLite path absolute, beside the settings file (`home` is its folder)."""
    if not url.startswith(SQLITE_PREFIX):
        return url
    rest = url[len(SQLITE_PREFIX) :]
    path, sep, query = rest.partition("?")
    if not path or path == ":memory:" or path.startswith("/"):
        return url
    first = Path(path).parts[0]
    if first in _ROOT_FOLDERS and not (home / first).exists():
        raise SettingsError(
            f"DATABASE_URL points at {path}, relative to {home}: for the absolute path /{path} "
            f"write four slashes: {SQLITE_PREFIX}/{path}"
        )
    return f"{SQLITE_PREFIX}{(home / path).absolute()}{sep}{query}"


def load_settings(env_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Build Settings from the environment and the settings file, with an absolute database.

    A validation failure becomes one readable `SettingsError` line. An explicitly named
    settings file that does not exist is an error; the fallbacks are simply skipped.
    """
    path = find_env_file(env_file)
    try:
        return _load(path, env_file, overrides)
    except PermissionError:
        raise SettingsError(
            f"this user cannot read the settings file {path}: run sparkle-bot as the user it "
            "is for (for the service: runuser -u sparkle -- /opt/sparkle/bin/sparkle-bot ...)"
        ) from None


def _load(
    path: Path, env_file: str | os.PathLike[str] | None, overrides: dict[str, Any]
) -> Settings:
    if path.is_dir():  # skipping it would blame a missing DISCORD_TOKEN instead
        raise SettingsError(
            f"settings file {path} is a folder, not a file: remove the folder, then put the "
            "settings file there (or run `sparkle-bot init`)"
        )
    if (env_file or os.environ.get(ENV_FILE_VARIABLE)) and not path.is_file():
        raise SettingsError(
            f"settings file {path} does not exist (from --env-file or {ENV_FILE_VARIABLE})"
        )
    settings = _validated(path if path.is_file() else None, overrides)
    settings.database_url = resolve_database_url(settings.database_url, path.parent)
    if settings.erasure_record is not None:  # a relative path is beside the settings file
        settings.erasure_record = (path.parent / settings.erasure_record.expanduser()).absolute()
    return settings


def _validated(path: Path | None, overrides: dict[str, Any]) -> Settings:
    try:
        unreadable = _unreadable_line(path) if path is not None else None
        if unreadable:
            raise SettingsError(unreadable)
        return Settings(_env_file=path, **overrides)  # pyright: ignore[reportCallIssue]
    except UnicodeDecodeError as exc:  # an editor saved it as UTF-16, Latin-1…
        raise SettingsError(
            f"settings file {path} is not UTF-8 text (byte {exc.start} is not UTF-8): open it "
            "in a text editor and save it as UTF-8"
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:  # a rule across settings: its message names them
            raise SettingsError(str(first["msg"]).removeprefix("Value error, ")) from None
        field = str(first["loc"][0])
        name = _ENV_NAMES.get(field, field.upper())
        if first["type"] == "missing":
            problem = "is missing"
        else:
            # Never echo the value itself: it may be a secret.
            message = str(first["msg"])
            if message.startswith("Value error, "):
                problem = message.removeprefix("Value error, ")
            else:
                problem = "is invalid: " + message[:1].lower() + message[1:]
        hint = _HINTS.get(name)
        raise SettingsError(f"{name} {problem}" + (f": {hint}" if hint else "")) from None
