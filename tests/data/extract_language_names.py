"""Rebuild bot/privacy/data/language_names.txt from the Unicode CLDR (run once, by hand).

Build-time only: ``babel`` (PyPI, BSD-3-Clause; data from the Unicode CLDR, Unicode License
v3) is no dependency of Sparkle. The file lists the English names of languages, whole and
in lower case ("sranan tongo", "haitian creole", "hmong"), for the rule that keeps the
language something was said in (bot/privacy/_spoken_languages.py). The codes for no
language, several or an unknown one ("zxx", "mul", "und") are left out.

Run: ``pip install babel && python tests/data/extract_language_names.py``
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale  # type: ignore[import-not-found]

OUT = Path(__file__).parents[2] / "bot" / "privacy" / "data" / "language_names.txt"
_NO_LANGUAGE = {"zxx", "mul", "und"}


def names() -> list[str]:
    """English language names, lower case, sorted."""
    languages = Locale.parse("en").languages
    return sorted({n.lower() for code, n in languages.items() if code not in _NO_LANGUAGE})


def main() -> None:
    OUT.write_text(
        "# English names of languages from the Unicode CLDR (Unicode License v3) via babel\n"
        "# (BSD-3-Clause); built by tests/data/extract_language_names.py. One a line, lower case.\n"
        + "".join(n + "\n" for n in names()),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
