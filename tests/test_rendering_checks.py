"""The checks a model rendering must pass before it stands beside the article's own words."""

from __future__ import annotations

import pytest

from summarizer.verify.rendering import rendering_problems
from summarizer.verify.timeexpr import weekdays_in

SPAN = "أنّ العديد من الصواريخ استهدفت فجر الإثنين مطار التيفور العسكري"


@pytest.mark.parametrize(
    ("rendering", "reason"),
    [
        ("many missiles struck Tifour military airport at dawn on Tuesday", "weekday the phrase does not: Tuesday"),
        ("many bombs struck Tifour military airport at dawn on Monday", "صواريخ = missiles"),
        ("Israeli missiles struck Tifour military airport at dawn on Monday", "names israel"),
        ("12 missiles struck Tifour military airport at dawn on Monday", "adds numbers"),
    ],
)
def test_unfaithful_renderings_are_rejected_with_the_reason(rendering, reason):
    assert any(reason in p for p in rendering_problems(SPAN, rendering, "en"))


def test_a_faithful_rendering_passes():
    assert rendering_problems(SPAN, "many missiles targeted Tifour military airport at dawn on Monday", "en") == []


def test_weekdays_with_clitics_and_in_english():
    assert weekdays_in("فجر الإثنين") == {0}
    assert weekdays_in("وبالأحد وللجمعة") == {6, 4}
    assert weekdays_in("جمعة من الناس") == set(), "no article, no weekday"
    assert weekdays_in("on Sunday and monday") == {6, 0}


def test_an_armed_group_keeps_its_usual_english_name():
    from summarizer.verify.glossary import actor_name as _actor_name

    span = "حركة الشباب المجاهدين"
    assert any("al-Shabaab" in p for p in rendering_problems(span, "The Islamic youth movement", "en"))
    assert rendering_problems(span, "al-Shabaab", "en") == []
    assert _actor_name(span) == "al-Shabaab" and _actor_name("والحوثيين") == "Houthi"
    assert _actor_name("شباب الحي") is None, "youth is not the group"
    assert any("BBC" in p for p in rendering_problems("مسؤولون محليون لبي بي سي", "local officials to Baby Bear", "en"))
    assert _actor_name("لبي بي سي") == "BBC"


@pytest.mark.parametrize(
    ("english", "arabic", "faithful"),
    [
        ("Las Vegas Strip", "المالديب الحية والسينما", False),
        ("Stephen Paddock", "سبرد فلسفه", False),
        ("Hebei province", "الولاية الصينية", False),
        ("Las Vegas Strip", "شارع لاس فيغاس", True),
        ("Stephen Paddock", "ستيفن بادوك", True),
        ("Boko Haram militants", "مسلحو بوكو حرام", True),
        ("Mandalay Bay Hotel and Casino", "فندق وكازينو ماندالاي باي", True),
    ],
)
def test_an_arabic_rendering_writes_the_names_of_the_english(english, arabic, faithful):
    from summarizer.verify.rendering import rendering_problems

    problems = rendering_problems(english, arabic, "ar")
    assert (not problems) == faithful, problems
