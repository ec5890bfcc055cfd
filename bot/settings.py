"""Settings read from the environment and `.env`, validated once at start-up."""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from typing import Annotated, Any, Literal

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


class Settings(BaseSettings):
    """Everything the bot needs to run. Secrets are `SecretStr` and never printed."""

    model_config = SettingsConfigDict(
        env_file=".env",
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

    @field_validator("discord_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_SHAPE.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a Discord bot token (three dot-separated parts)")
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
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

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
        prefix = "sqlite+aiosqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        return Path(path) if path and path != ":memory:" else None


_ENV_NAMES = {
    "discord_token": "DISCORD_TOKEN",
    "data_key": "SPARKLE_DATA_KEY",
    "database_url": "DATABASE_URL",
    "dev_guild_id": "SPARKLE_DEV_GUILD_ID",
    "log_level": "LOG_LEVEL",
    "old_data_keys": "SPARKLE_OLD_DATA_KEYS",
    "shard_count": "SHARD_COUNT",
    "shard_ids": "SHARD_IDS",
}

_HINTS = {
    "DISCORD_TOKEN": (
        "copy it from the Developer Portal (Bot → Reset Token) or run `sparkle-bot init`"
    ),
    "SPARKLE_DATA_KEY": "generate one with `sparkle-bot keygen` or run `sparkle-bot init`",
}


def load_settings(**overrides: Any) -> Settings:
    """Build Settings, turning a validation failure into one readable `SettingsError` line."""
    try:
        return Settings(**overrides)
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
