"""Holy and feast words of Spanish, Portuguese, Italian and Filipino: after an article or a
preposition of these languages they name a holy figure or a feast ("la Virgen", "en Navidad",
"sa Panginoon"), never a person or a place."""

from __future__ import annotations

HOLY_WORDS = frozenset(
    "dios deus dio diyos virgen virgem vergine señor senhor signore ginoo panginoon cristo "
    "san santa santo são navidad natal natale nochebuena nochevieja pascua páscoa pasqua "
    "capodanno reyes semana".split()
)
