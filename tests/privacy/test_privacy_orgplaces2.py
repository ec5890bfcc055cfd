"""Charities, programmes and clubs named by everyday words with no organisation noun at the
end ("Second Wind", "Open Road"): capitalised together in mid-sentence, entered, joined or
referred to, or followed by what such a service runs (its group, course, graduation), they
name one service. Lone capitalised words, services every town has and terms of the trade
stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He attends Second Wind on Mondays and says it keeps him honest.", "Second Wind"),
        ("She was referred on to Deep Roots after the assessment.", "Deep Roots"),
        ("The referral came through via Open Road last month.", "Open Road"),
        ("He joined Quiet Minds in the spring and has kept going.", "Quiet Minds"),
        ("she finished the Brave Hearts course and framed the certificate", "Brave Hearts"),
        ("At the Growing Together graduation her dad came.", "Growing Together"),
        ("He's on the Young Builders apprenticeship until June.", "Young Builders"),
        ("Her mum goes to the Tea Leaves women's group on Fridays.", "Tea Leaves"),
        ("We were signposted to Kind Words by the school nurse.", "Kind Words"),
        ("She volunteers Golden Thread shifts at the weekend.", "Golden Thread"),
        ("He's been going to Clean Slate Recovery since the summer.", "Clean Slate"),
        ("She found her mentor through Fair Winds and still texts her.", "Fair Winds"),
        ("I phoned Warm Hearth and they had a room that night.", "Warm Hearth"),
        ("He got a job with Clear Creek Fencing over the winter.", "Clear Creek"),
        ("She's been with Open Gate since March and loves the team.", "Open Gate"),
        ("the twins go to little sparrows preschool three mornings a week", "sparrows"),
        ("they worship at living word ministries now", "living word"),
        ("she goes to grace fellowship with her aunt", "grace fellowship"),
    ],
)
def test_service_named_by_everyday_words_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[org]" in out or "[place]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "She attends Family Therapy with her son every other week.",
        "The Citizens Advice drop-in is on the same day as the food bank.",
        "He joined the Tuesday group and likes the tea break.",
        "We used the Miracle Question and she described a calm breakfast.",
        "She attends church on Sundays and the choir on Wednesdays.",
        "He finished the DBT course and the CBT group before Christmas.",
        "They relocated from Queensland to Tasmania and the kids settled in well.",
        "I was referred to Mental Health Services by my GP.",
        "She volunteers at the Gym on Saturdays.",
        "He joined the Youth Group after Easter.",
        "She went to Family Therapy with her dad and it helped.",
        "He goes to Group Supervision on the first Monday.",
        "She got through Social Services paperwork in a day.",
        "the kids go to preschool three mornings a week",
        "she goes to the local preschool and loves it",
        "we went to chapel after the funeral",
        "He works with Special Needs kids at the weekend.",
        "She rang Social Services and they were helpful.",
        "She finished the Anger Management course last month.",
        "He completed the Mindful Parenting course with his partner.",
        "He attends Narcotics Anonymous on Tuesdays.",
        "They joined the Incredible Years programme.",
        "They attended Parent Teacher Interviews together.",
    ],
)
def test_everyday_capitals_beside_service_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("he's staying in fern creek now with his dad", "fern creek"),
        ("she moved from pine ridge to be near the kids", "pine ridge"),
        ("they rent a unit near rose vale shops", "rose vale"),
        ("grew up in ocean heights, left at sixteen", "ocean heights"),
    ],
)
def test_lowercase_suburb_named_by_everyday_words_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[place]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we sat in the hot springs and she finally relaxed",
        "she was at the heights of her career when it started",
        "he walked along the creek every morning",
        "they rode the ridge on bikes at the weekend",
    ],
)
def test_lowercase_landscape_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she takes him to kowhai centre on saturdays", "kowhai"),
        ("they go to sunrise church every week", "sunrise"),
        ("he's been going to harvest church since easter", "harvest"),
    ],
)
def test_lowercase_centre_or_church_named_by_words_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[org]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we went to city centre for lunch and she ordered for herself",
        "she went to baptist church as a kid",
        "he drove to garden centre with his mum",
        "they go to church every week",
        "he goes to day centre on mondays",
        "she goes to the community centre",
    ],
)
def test_lowercase_kind_of_centre_or_church_stays(text: str) -> None:
    assert redact(text) == text
