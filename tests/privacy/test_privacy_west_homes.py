"""Notes of US West, Alaska and Hawaii practice: provinces and states a family comes from,
peoples, kinship words of the West's languages, the West's own programmes, shops and teams,
a town written with its state's code, and a branch where someone used to work. Each kept as
an ordinary word; a person's name or a place beside it still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "provinces-kept",
            [
                "Her grandfather grew up in Ilocos Sur and still talks about the farm.",
                "The cousins are still in Pohnpei and call every Sunday.",
                "Mom from Pangasinan says the kids fight less on school nights.",
                "Dad went back to Bohol for a month and the house was quiet.",
                "His tita in Negros Occidental sends voice notes on Saturdays.",
            ],
        ),
        *group(
            "filipino-grandparents-kept",
            [
                "Lola from Pangasinan came along today; the family speaks Ilocano at home.",
                "Visayan household, Hiligaynon at home. The kids listen when Lola calls.",
            ],
        ),
        *group(
            "peoples-kept",
            [
                "Her dad is Makah and she goes to the canoe landing each summer.",
                "His mother is Nez Perce and his father is Anglo.",
                "Chamoru client, her grandma still makes kelaguen for every fiesta.",
                "A Mien grandfather came with his grandson, who interpreted.",
                "The family is Kumeyaay and they drove down for the gathering.",
                "Sparkling moment: we planned around Hmong New Year this time.",
            ],
        ),
        *group(
            "kin-kept",
            [
                "Her Niam came to session and her Txiv waited in the truck.",
                "He said lunch with his compas after the harvest was the best part.",
                "Her Makuakāne said the ʻohana meets every Sunday after church.",
            ],
        ),
        *group(
            "foods-kept",
            [
                "Her son only eats bolillo and beans when he is stressed.",
                "Grandpa brings manapua to every family meeting.",
                "The baby likes conchas, so mom saves one every morning.",
            ],
        ),
        *group(
            "programmes-shops-teams-kept",
            [
                "OHP turned down the claim again, so we appealed.",
                "Denali KidCare finally mailed the card.",
                "Her CalFresh renewal went through on the first try.",
                "The IHS referral for the dentist finally came through.",
                "An REI gift card was the reward he picked.",
                "A Dutch Bros drink after group is her small step.",
                "The Les Schwab calendar is still on his wall.",
                "Blazers game with his uncle, then pizza.",
                "Kraken, Sounders and Mariners: his three teams.",
                "They watched Paris by Night with the grandparents.",
            ],
        ),
    ],
)
def test_an_ordinary_word_of_the_west_is_kept(text: str) -> None:
    out = redact(text)
    assert out == text, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "identifier-goes",
            [
                # a person named by a given name and the kinship title stay a name
                ("Lola Remedios came from Pangasinan with her son.", "Remedios"),
                # a town of a province is still a town
                ("Client moved from Bohol to Cebu City last year.", "Cebu"),
                # a surname that is also a people is a name
                ("Client Rosa Chamorro called twice about the form.", "Chamorro"),
                # a Pacific or Ukrainian given name
                ("Semisi and his wife came to session on Friday.", "Semisi"),
                ("Kawika said the boat trip was a 7.", "Kawika"),
                ("Svitlana said the night shift is easier now.", "Svitlana"),
                # a programme is a workplace when someone works there
                ("Her caseworker at OHP finally called back.", "OHP"),
                # a service that runs its own clinics is one of them after "at"
                ("His visit at IHS was moved to Friday.", "IHS"),
                # a branch where someone works or worked is an employer
                ("She drove to Dutch Bros on Oak Street where she used to work.", "Dutch"),
                ("He stopped at Safeway on Pine Avenue where he works nights.", "Safeway"),
                # a town written with its state's code
                ("Client (Sisters, OR) says the snow kept him in.", "Sisters"),
                ("Ray (Bend, OR) says he is sleeping better.", "Bend"),
                ("Mail goes to 14 Oak St, Paradise, CA 95969 now.", "Paradise"),
            ],
        ),
    ],
)
def test_an_identifier_of_the_west_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
