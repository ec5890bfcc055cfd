"""A /setup change to what is already set (a retry after Discord lost the answer) is known as
such, so nothing is written or audited twice."""

from __future__ import annotations

from bot.models import ServerSettings


def test_settings_already_hold_a_change_only_when_every_value_matches() -> None:
    settings = ServerSettings(guild_id=1, timezone="Europe/Berlin", summary_day=0)
    assert settings.already({"timezone": "Europe/Berlin"})
    assert settings.already({"timezone": "Europe/Berlin", "summary_day": 0})
    assert not settings.already({"timezone": "Europe/Berlin", "summary_day": 1})
    assert not settings.already({"summary_time": "09:00"})  # not set yet
    assert settings.already({"summary_time": None, "facilitator_role_id": None})


def test_defaults_already_hold_the_default_minimum() -> None:
    assert ServerSettings(guild_id=1).already({"min_contributors": 3})
    assert not ServerSettings(guild_id=1).already({"min_contributors": 4})
