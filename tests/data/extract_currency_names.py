"""Rebuild bot/privacy/data/currency_names.txt from the Unicode CLDR (run once, by hand).

Build-time only: ``babel`` (PyPI, BSD-3-Clause; data from the Unicode CLDR, Unicode License
v3) is no dependency of Sparkle. The file lists the words that name a unit of money: the last
word of each currency's English name, singular and plural ("hryvnia", "hryvnias", "dirhams",
"soles", "zlotys"), and the first word of its name in the Romance languages, which put the
noun first ("dólares estadounidenses", "pesos mexicanos", "lei românești"), lower case,
for the rule that keeps a capitalised currency (bot/privacy/_currency_words.py). Only
currencies that are legal tender somewhere today are read (historic ones, "inti",
"cruzeiro", "peseta", are as often names); words of fewer than three letters and words with
digits or other scripts are left out.

Run: ``pip install babel && python tests/data/extract_currency_names.py``
"""

from __future__ import annotations

import re
from pathlib import Path

from babel import Locale  # type: ignore[import-not-found]
from babel.numbers import (  # type: ignore[import-not-found]
    get_currency_name,
    get_territory_currencies,
)

OUT = Path(__file__).parents[2] / "bot" / "privacy" / "data" / "currency_names.txt"
NOUN_FIRST = "es pt fr it ro".split()  # languages whose currency names open with the noun
_COUNTS = (1, 2)  # singular and plural
# the X codes name metals, drawing rights, units of account and test codes, not money in a
# purse, except the CFA and CFP francs and the East Caribbean dollar
_MONEY_X = {"XOF", "XAF", "XPF", "XCD"}
# index-linked units and settlement funds of ISO 4217 (units of account, no coins)
# (and the Zimbabwe gold, whose names are the metal's)
_FUNDS = {"BOV", "CHE", "CHW", "CLF", "COU", "ECV", "MXV", "USN", "USS", "UYI", "UYW", "ZWG"}
# words of age or rank the Romance names open with ("nuevo sol", "super dinar")
_AGE_WORDS = set(
    "nuevo nuevos novo novos nuovo nuovi nouveau nouveaux antiguo antiguos antico super".split()
)
_WORD = re.compile(r"^[a-zà-ÿāăąćčďđēėęěğīįıķľłńňőœřśşšţťūůűųźżžșț]{3,}$")


def _tender() -> set[str]:
    """The codes of the currencies that are legal tender in some territory today."""
    return {
        code
        for territory in Locale.parse("en").territories
        for code in get_territory_currencies(territory, tender=True)
    }


def names() -> list[str]:
    """The last words of the currencies' names, lower case, sorted."""
    words: set[str] = set()
    codes = _tender()
    for tag in ["en", *NOUN_FIRST]:
        for code in codes:
            if (code.startswith("X") and code not in _MONEY_X) or code in _FUNDS:
                continue
            for count in _COUNTS:
                name = get_currency_name(code, count=count, locale=tag)
                if not name or name == code:
                    continue
                parts = name.lower().split()
                if tag != "en" and len(parts) > 1 and parts[0] in _AGE_WORDS:
                    parts = parts[1:]
                word = parts[-1] if tag == "en" else parts[0]
                if _WORD.match(word):
                    words.add(word)
    return sorted(words)


def main() -> None:
    OUT.write_text(
        "# Words naming a unit of money (the noun of each currency's name, singular and\n"
        "# plural, in English, Spanish, Portuguese, French, Italian and Romanian) from the\n"
        "# Unicode CLDR (Unicode License v3) via babel (BSD-3-Clause); built by\n"
        "# tests/data/extract_currency_names.py.\n" + "".join(n + "\n" for n in names()),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
