"""English noun phrases into Arabic by structure (the other side of English articles)."""

from __future__ import annotations

import pytest

from summarizer.verify.phrase_en import render_english


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("a small plane", "طائرة صغيرة"),
        ("12 people", "12 شخصاً"),
        ("at least 20 civilians", "20 مدنياً على الأقل"),
        ("about 30 people", "نحو 30 شخصاً"),
        ("three soldiers", "3 جنود"),
        ("two planes", "طائرتان"),
        ("unknown gunmen", "مسلحون مجهولون"),
        ("the local council", "المجلس المحلي"),
        ("security forces", "قوات الأمن"),
        ("near Las Vegas", "قرب لاس فيغاس"),
        ("the Dutch city of Arnhem", "مدينة آرنم الهولندية"),
    ],
)
def test_english_phrases_render_into_arabic(english, arabic):
    assert render_english(english).text == arabic


def test_a_direction_stays_with_its_place_and_a_name_is_written_by_its_sound():
    assert render_english("western Germany").text.endswith("ألمانيا")
    assert render_english("western Germany").text != "ألمانيا", "the direction is not dropped"
    # A name after a title is written by its sound, not translated or invented.
    assert render_english("spokesman Garba Shehu").text == "متحدث غاربا شيهو"


def test_a_direction_noun_before_a_place():
    assert render_english("northwest Costa Rica").text == "شمال غرب كوستاريكا"
