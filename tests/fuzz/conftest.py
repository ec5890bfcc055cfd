"""Hypothesis profiles for the fuzz tests: `HYPOTHESIS_PROFILE=ci` runs 300 examples each.

Three times Hypothesis' default of 100, and more than the 200 of a run by hand. At 1,000 the
fuzz tests took about a sixth of the suite's processor time; at 500 they still took close to
two minutes of a CI run that must stay under ten.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}

settings.register_profile("ci", max_examples=300, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
