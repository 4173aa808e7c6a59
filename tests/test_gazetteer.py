"""The offline gazetteer: standard English names and coordinates for the places in the articles."""

from __future__ import annotations

import pytest

from summarizer.verify.gazetteer import lookup, lookup_variant


@pytest.mark.parametrize(
    ("arabic", "english", "country"),
    [
        ("دير الزور", "Deir ez-Zor", "SY"),
        ("مأرب", "Ma'rib", "YE"),
        ("مقديشو", "Mogadishu", "SO"),
        ("هرات", "Herat", "AF"),
    ],
)
def test_places_resolve_to_standard_english_names_with_coordinates(arabic, english, country):
    hit = lookup(arabic)
    assert hit is not None and hit.name_en == english and hit.country_code == country
    assert hit.latitude is not None and hit.longitude is not None


def test_countries_resolve_without_coordinates():
    hit = lookup("سوريا")
    assert hit is not None and hit.is_country and hit.country_code == "SY"


def test_a_long_vowel_spelling_variant_resolves_only_within_the_known_country():
    assert lookup("هيرات") is None
    hit = lookup_variant("هيرات", "AF")
    assert hit is not None and hit.name_en == "Herat"
    assert lookup_variant("هيرات", "SO") is None
    assert lookup_variant("الكمين", "AF") is None, "an ambush is no town"
