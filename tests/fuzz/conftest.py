"""Hypothesis profiles for the fuzz tests: `HYPOTHESIS_PROFILE=ci` runs 500 examples each.

Five times Hypothesis' default of 100. At 1,000 the fuzz tests took about a sixth of the
suite's processor time (half of it now).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}

settings.register_profile("ci", max_examples=500, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
