"""The offline gazetteer: standard English names and coordinates for the places in the articles."""

from __future__ import annotations

import pytest

from summarizer.verify.gazetteer import admin1_of, lookup, lookup_variant


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


def test_an_english_short_name_is_the_country_not_a_town_of_that_name():
    for name, code in (("Russia", "RU"), ("Turkey", "TR"), ("DR Congo", "CD"), ("U.S.", "US")):
        hit = lookup(name)
        assert hit is not None and hit.is_country and hit.country_code == code, name


def test_a_region_named_like_its_seats_alias_is_the_region_and_news_spellings_win():
    akkar = lookup("عكار", "LB")  # Halba, its seat, lists "عكار" among its names
    assert akkar is not None and akkar.is_region and akkar.name_en == "Akkar"
    homs = lookup("حمص", "SY")  # a seat of the region's own name is the city
    assert homs is not None and not homs.is_region and homs.name_en == "Homs"
    assert lookup("دهوك", "IQ").name_en == "Duhok" and lookup("زاخو", "IQ").name_en == "Zakho"


def test_a_long_vowel_spelling_variant_resolves_only_within_the_known_country():
    assert lookup("هيرات") is None or lookup("هيرات").is_region, "the province's spelling, not a city's"
    hit = lookup_variant("هيرات", "AF")
    assert hit is not None and hit.name_en == "Herat"
    assert lookup_variant("هيرات", "SO") is None
    assert lookup_variant("الكمين", "AF") is None, "an ambush is no town"


def test_regions_the_city_gazetteer_lacks_resolve_to_their_seat_at_precision_3():
    hit = lookup("دارفور")
    assert hit is not None and hit.is_region and hit.country_code == "SD" and hit.name_en == "Darfur"
    assert hit.latitude is not None and hit.geonames_id is None, "the seat's coordinates, not the seat's id"
    with_word = lookup("محافظة حمص")
    assert with_word is not None and with_word.is_region, "a region word makes it the governorate"
    city = lookup("حمص")
    assert city is not None and not city.is_region, "a bare name is the city"


def test_a_region_named_by_a_common_word_needs_its_region_word_or_its_country():
    assert lookup("البحيرة") is None or not lookup("البحيرة").is_region, "the lake, in a story of nowhere"
    assert lookup("البحيرة", "EG").is_region, "Beheira, in a story from Egypt"
    assert lookup("محافظة البحيرة").is_region


def test_a_city_gets_the_first_level_region_it_lies_in():
    region = admin1_of(lookup("تدمر"))
    assert region is not None and region.name_en == "Homs" and region.country_code == "SY"
    assert admin1_of(lookup("سوريا")) is None, "a country lies in no region"


def test_every_region_has_arabic_and_english_names_and_a_seat_in_the_gazetteer():
    from summarizer.lang.lexicon import regions

    entries = regions()
    assert len(entries) > 300
    for entry in entries:
        assert entry["ar"] and entry["en"] and len(entry["country"]) == 2
        hit = lookup(entry["en"] + " " + entry["kind"], entry["country"])
        assert hit is not None and hit.country_code == entry["country"], entry["en"]


def test_a_common_word_is_a_town_only_in_a_country_the_article_names():
    from summarizer.stages.ground import _word_not_town

    mali = "قتل 20 مدنيا في شمال شرق مالي. وقالت الحركة في بيان إن الهجوم وقع السبت."
    assert _word_not_town("بيان", mali), "a statement, not Bayan in Kuwait"
    syria = "قتل خمسة مدنيين في قصف على مدينة الباب في ريف حلب في سوريا."
    assert not _word_not_town("الباب", syria), "al-Bab is a town of the country the article names"


def test_a_town_known_only_by_its_latin_name_is_matched_by_sound_within_the_country():
    from summarizer.verify.gazetteer import lookup_transliterated

    for arabic, country, english in (
        ("مدينة بالو الساحلية", "ID", "Palu"),
        ("موبي", "NG", "Mubi"),
        ("وانلاوين", "SO", "Wanlaweyn"),
        ("كوم حمادة", "EG", "Kawm Hamadah"),  # a final teh marbuta is no "h"
    ):
        hit = lookup_transliterated(arabic, country)
        assert hit is not None and hit.name_en == english and hit.country_code == country, arabic
    assert lookup_transliterated("بالو", "NG") is None, "only within the article's country"
    assert lookup_transliterated("مركز وينتر شيري التجاري", "RU") is None, "a common word (centre) is no town (Marks)"
    assert lookup_transliterated("بالا", "ID") is None, "the long vowels must match the Latin vowels (Palu)"


def test_islands_are_places_with_their_largest_city_for_coordinates():
    hit = lookup("جزيرة سولاويسي", "ID")
    assert hit is not None and hit.name_en == "Sulawesi" and hit.is_region and hit.country_code == "ID"
    assert lookup("صقلية").name_en == "Sicily"


def test_countries_are_named_as_news_name_them_not_by_their_iso_long_form():
    from summarizer.verify.gazetteer import country_names

    assert country_names("SY") == ("Syria", "سوريا")
    assert country_names("MD")[1] == "مولدوفا", "ISO's Arabic catalogue gives the Maldives here"
    assert country_names("NO")[1] == "النرويج"


def test_a_place_the_article_qualifies_with_a_countrys_adjective_lies_in_that_country():
    from summarizer.stages.ground import _as_qualified
    from summarizer.verify.gazetteer import country_of_adjective, lookup
    from summarizer.verify.grounding import Article

    assert [country_of_adjective(w) for w in ("السورية", "اليمني", "الدولي")] == ["SY", "YE", None]
    article = Article("أطلقت إسرائيل صاروخا على طائرة اقتربت من الجولان السورية المحتلة.")
    hit = _as_qualified(article, "الجولان", lookup("الجولان"))
    assert hit.country_code == "SY" and hit.latitude is not None


def test_a_town_named_only_as_what_it_happened_near_is_near_it():
    from summarizer.verify.gazetteer import named_only_near

    assert named_only_near("أطلقت إسرائيل صاروخا على طائرة اقتربت من الجولان، قرب بحيرة طبريا.", "طبريا")
    assert named_only_near("انفجرت سيارة مفخخة بالقرب من مدينة حلب.", "حلب"), "past the place word and من"
    assert named_only_near("A tram derailed near London on Wednesday.", "London")
    assert not named_only_near("A bridge near Duisburg was hit. Duisburg police said", "Duisburg"), "also named alone"
    assert not named_only_near("انفجار قرب سوريا", "سوريا"), "a country is never 'near'"
    assert not named_only_near("near 780 E. Pyle Ave", "780 E. Pyle Ave"), "an address the gazetteer does not know"


def test_a_town_named_only_as_near_is_never_made_the_site():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _site_most_specific
    from summarizer.verify.grounding import Article

    text = "أطلقت إسرائيل صاروخا على طائرة اقتربت من الجولان، قرب بحيرة طبريا."
    places = [ExtractedPlace(name="طبريا", role="area"), ExtractedPlace(name="الجولان", role="area")]
    ranked = _site_most_specific(places, Article(text), near={"طبريا"})
    assert [p.role for p in ranked if p.name == "طبريا"] == ["area"], ranked
    promoted = _site_most_specific(places, Article(text))
    assert promoted[0].name == "طبريا" and promoted[0].role == "site", "without the rule, the town wins"


def test_amman_written_with_its_shadda_is_the_city_not_oman():
    from summarizer.verify.gazetteer import countries_named

    assert lookup("عمّان").name_en == "Amman" and lookup("عمان").name_en == "Oman"
    assert countries_named("عمّان ــ العربي الجديد: في ميناء العقبة جنوبي الأردن") == ["JO"]


def test_a_phrase_that_names_its_country_reads_its_towns_there():
    from summarizer.verify.phrase import render_phrase

    # the article's country misread as Egypt: "al-'qba port", romanised, where the phrase says Jordan
    assert render_phrase("ميناء العقبة جنوبي الأردن", name_slot=True, country="EG").text == (
        "the Aqaba port, southern Jordan"
    )


def test_a_state_institutions_adjective_names_the_articles_country():
    from summarizer.verify.main_incident import countries_evidenced, named_with_adjective

    assert named_with_adjective("أعلنت وزارة الصحة السودانية اليوم الثلاثاء") == ["SD"]
    assert named_with_adjective("وقال مسلح أسترالي") == [], "a common word's adjective is no place"
    # a city of a million names its country: "شرق العاصمة بغداد ... الموالية لإيران" is about Iraq
    assert countries_evidenced("في حي المشتل شرق العاصمة بغداد، بين واشنطن والفصائل الموالية لإيران").count("IQ") == 1


def test_a_capital_named_by_its_word_and_adjective_is_the_city():
    from summarizer.verify.gazetteer import capital_named, countries_named, lookup

    assert lookup("العاصمة الجزائرية").name_en == "Algiers"
    assert capital_named("the Afghan capital").name_en == "Kabul"
    assert capital_named("العاصمة") is None and capital_named("مدينة الجزائرية") is None
    # "بلاد المغرب" and "المغرب العربي" are the Maghreb, no vote for Morocco
    assert countries_named("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي التفجيرين") == []
    assert countries_named("دول المغرب العربي") == []
    assert countries_named("قال ملك المغرب") == ["MA"]


def test_arabic_news_spellings_of_countries_the_iso_list_writes_otherwise():
    from summarizer.verify.gazetteer import countries_named

    assert countries_named("أعلنت حكومة بوركينا فاسو، الثلاثاء") == ["BF"], "the ISO list has بوركينا فاصو"
    assert countries_named("في أمريكا اللاتينية") == [], "a continent, not the United States"


def test_us_states_by_their_arabic_names():
    # with its region word the state, never the city of its name; a bare name stays the city or country
    state = lookup("ولاية نيويورك", "US")
    assert state is not None and state.is_region and state.name_en == "New York"
    assert lookup("نيويورك", "US").name_en == "New York City"
    assert lookup("ولاية كاليفورنيا").name_en == "California"
    assert lookup("جورجيا").country_code == "GE", "the country, not the US state"


def test_a_bearing_before_a_country_is_the_country_not_a_homonym_town():
    hit = lookup("شمال لبنان")
    assert hit is not None and hit.is_country and hit.country_code == "LB"  # no US town called Lebanon


def test_spelling_variants_of_regions_sounds_and_multiword_foreign_names():
    from summarizer.verify.gazetteer import lookup_transliterated, region_hit
    from summarizer.verify.phrase import render_phrase

    assert region_hit("نورث كارولينا")[0].name_en == "North Carolina"  # written without the inner alif
    assert region_hit("الجفره")[0] is None or region_hit("الجفره")[0].name_en == "Al Jufra"  # exact wins
    assert lookup_transliterated("سوتشي", "RU").name_en == "Sochi"  # "تش" is one sound
    assert lookup_transliterated("كينغز ماونتين", "US") is None  # never the first word alone (Jenks)
    assert lookup_transliterated("بالو الساحلية", "ID").name_en == "Palu"  # a name and its adjective
    assert render_phrase("بلدة غاو شمالي البلاد", name_slot=True, country="ML").text == (
        "the town of Gao, in the north of the country"
    )


def test_amman_after_the_capital_word_or_in_a_jordanian_article_is_no_oman():
    from summarizer.verify.gazetteer import countries_named

    assert countries_named("في مدينة السلط إلى الغرب من العاصمة عمان") == []
    assert countries_named("في سلطنة عمان") == ["OM"] and countries_named("العاصمة الكويت") == ["KW"]
    assert lookup("عمان", "JO").name_en == "Amman" and lookup("عمان").name_en == "Oman"
    assert lookup("لبنان", "US").name_en == "Lebanon"  # a country named as such stays one
    assert lookup("الكويت", "IQ").name_en == "Kuwait"  # only a large city at home takes a country's name


def test_an_accusative_adjective_spelt_like_a_country_names_no_country():
    from summarizer.verify.gazetteer import countries_named

    assert countries_named("لقي حوالي 22 مهاجراً سوريّاً مصرعهم قبالة السواحل") == []
    assert countries_named("لقي حوالي 22 مهاجراً سورياً مصرعهم") == []
    assert countries_named("قتل خمسة أشخاص شمالي سوريا") == ["SY"]


def test_a_nationality_in_the_plural_or_dual_names_its_country_and_is_the_last_evidence_of_it():
    from summarizer.stages.ground import _article_country
    from summarizer.verify.gazetteer import country_of_adjective
    from summarizer.verify.grounding import Article

    assert country_of_adjective("كولومبيان") == "CO" and country_of_adjective("المصريون") == "EG"
    assert country_of_adjective("جنديا") is None
    article = Article("مقتل جنديين\n\nقتل جنديان كولومبيان بعد هجوم شنه مسلحون في منطقة أروكا.")
    assert _article_country(article, []) == "CO"


def test_a_two_word_demonym_is_read_whole():
    from summarizer.verify.main_incident import _english_demonyms

    assert _english_demonyms("A South Sudanese lawmaker reported") == ["SS"]
    assert _english_demonyms("the Sudanese army") == ["SD"]


def test_arabic_names_of_towns_keep_their_article_and_lose_their_vowel_marks():
    assert lookup("Khartoum").name_ar == "الخرطوم"
    assert lookup("Cairo").name_ar == "القاهرة", "not the Persian spelling without the article"
    assert lookup("Kuwait City").name_ar == "مدينة الكويت"
    assert lookup("Mosul").name_ar == "الموصل"


def test_a_state_named_with_its_bearing_is_the_state_not_a_bearing_of_a_region():
    from summarizer.stages.compose import _with_gazetteer_name
    from summarizer.verify.gazetteer import lookup

    hit = lookup("شمال دارفور", "SD")
    assert hit is not None and hit.name_en == "North Darfur"
    assert _with_gazetteer_name("north of Darfur", "شمال دارفور", hit) == "North Darfur"


def test_a_town_whose_last_letter_is_an_alif_maqsura_is_found_by_its_a():
    # "جنوى" folds to "جنوي": it was read by sound as Cuneo
    from summarizer.verify.phrase import render_phrase

    assert lookup("جنوى").name_en == "Genoa"
    assert render_phrase("مدينة جنوى الإيطالية", name_slot=True, country="IT").text == "the Italian city of Genoa"
    assert lookup("دبي").name_en == "Dubai", "a yeh that is a yeh stays one"


def test_congo_alone_in_english_is_the_democratic_republic():
    from summarizer.verify.gazetteer import countries_named

    assert countries_named("boats capsized on the Congo river") == ["CD"]
    assert countries_named("the Republic of the Congo") == ["CG"], "named in full, Brazzaville's"


def test_a_final_alif_for_teh_marbuta_finds_the_town_of_the_articles_country():
    from summarizer.verify.gazetteer import lookup

    assert lookup("كويتا", "PK").name_en == "Quetta"  # not Coweta, Oklahoma, named so in GeoNames
    assert lookup("كويتا").country_code == "US"  # without the country, the name as written


def test_one_place_written_two_ways_is_listed_once():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _one_each
    from summarizer.verify.gazetteer import lookup

    places = [ExtractedPlace(name="بلوشستان", role="area"), ExtractedPlace(name="إقليم بلوشستان", role="site")]
    kept = _one_each([(p, lookup(p.name)) for p in places])
    assert [(p.name, p.role) for p, _ in kept] == [("بلوشستان", "site")]


def test_a_country_after_the_is_the_country():
    from summarizer.verify.gazetteer import country_hit

    assert country_hit("the U.S").country_code == "US"  # the headline had said "the U.S, United States"
    assert country_hit("the United States").country_code == "US"


def test_an_alef_maksura_inside_a_gazetteer_name_is_a_yeh():
    from summarizer.verify.gazetteer import lookup

    assert lookup("Manila").name_ar == "مانيلا"  # GeoNames' shortest Arabic spelling was "مانىلا"
