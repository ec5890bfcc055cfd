"""The bot keeps what it loads at start-up out of full garbage collections, once per process."""

from __future__ import annotations

import gc

from bot.app import GC_THRESHOLDS, SparkleBot


def test_the_heap_is_frozen_once_per_stage_and_process() -> None:
    SparkleBot._freeze_heap("a stage of this test")  # pyright: ignore[reportPrivateUsage]
    frozen = gc.get_freeze_count()
    assert frozen > 0 and gc.get_threshold() == GC_THRESHOLDS
    loaded_later = [[n] for n in range(1_000)]  # tracked containers made after the freeze
    SparkleBot._freeze_heap("a stage of this test")  # pyright: ignore[reportPrivateUsage]
    assert gc.get_freeze_count() == frozen  # not collected and frozen again
    SparkleBot._freeze_heap("another stage of this test")  # pyright: ignore[reportPrivateUsage]
    assert gc.get_freeze_count() >= frozen + len(loaded_later)
