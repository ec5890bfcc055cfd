"""What a user submits in /sparkle, page by page (a select's value is a list, as Discord sends
it). Free of Sparkle's own imports, so that `bench/load.py`'s floor process can use it too."""

from __future__ import annotations

from typing import Any

SPARKLE_PAGES: list[dict[str, Any]] = [
    {"moment": "The client laughed for the first time in weeks.", "signs": "Shoulders dropped."},
    {
        "doing": "I slowed right down.",
        "saying": "What else went well?",
        "experiencing": "Curious, calm.",
        "how": "I reread my notes before the session.",
    },
    {
        "noticed": "My supervisor would say I waited more.",
        "frequency": ["6"],
        "next_step": "Pause.",
    },
]
