"""Small helpers for SimCord tests: the world, and reading what the bot stored."""

from __future__ import annotations

from typing import Any

from simcord import InteractionResult

from bot.app import SparkleBot

SPARKLE_PAGES: list[dict[str, str]] = [
    {"moment": "The client laughed for the first time in weeks.", "signs": "Shoulders dropped."},
    {
        "doing": "I slowed right down.",
        "saying": "What else went well?",
        "experiencing": "Curious, calm.",
        "how": "I reread my notes before the session.",
    },
    {"noticed": "My supervisor would say I waited more.", "frequency": "6", "next_step": "Pause."},
]


def modal_ids(result: InteractionResult) -> list[str]:
    assert result.modal is not None, "expected a modal"
    return [c["component"]["custom_id"] for c in result.modal["components"]]


def modal_defaults(result: InteractionResult) -> dict[str, Any]:
    assert result.modal is not None, "expected a modal"
    return {c["component"]["custom_id"]: c["component"].get("value") for c in result.modal["components"]}


def buttons(result: InteractionResult) -> list[str]:
    assert result.response is not None
    return [
        child.get("label", "")
        for row in result.response.components
        for child in row.get("components", [])
    ]


def bot_of(env: Any) -> SparkleBot:
    bot = env.bot
    assert isinstance(bot, SparkleBot)
    return bot
