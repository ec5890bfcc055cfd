"""The anonymizer's word lists load on first use; load them once per test process so that
no timed property test pays for the loading."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.fixture(scope="session", autouse=True)
def _word_lists_loaded() -> None:
    redact("Warm-up: Ana met Dr Lee at Te Aroha Clinic on 3 May.")
