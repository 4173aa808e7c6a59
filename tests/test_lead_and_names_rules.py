"""Rules of session 33, each drawn from a fault on real reports the rules had never seen: datelines and
standfirsts, names that a punctuation mark ends, groups' short names, decimals, a perpetrator that is only
the country or the victims' description."""

from __future__ import annotations

from summarizer.schema import Qualifier
from summarizer.stages.extract import ExtractedPlace
from summarizer.stages.ground import (
    _a_toll,
    _a_weapon_alone,
    _after_its_context,
    _after_the_response,
    _before_a_colon,
    _closed_quote_only,
    _group_before_its_victims,
    _named_apart_from_any_act,
    _nameless,
    _split_place,
    _with_compound_head,
)
from summarizer.verify import recall
from summarizer.verify.casualties import casualty_figure, english_groups_clause
from summarizer.verify.classify import classify
from summarizer.verify.clause_en import render_english_clause
from summarizer.verify.event_span import trimmed
from summarizer.verify.gazetteer import countries_named
from summarizer.verify.grounding import Article, Span
from summarizer.verify.main_incident import background
from summarizer.verify.numbers import counts_in, numbers_in
from summarizer.verify.phrase import in_country, render_phrase
from summarizer.verify.phrase_en import render_english


def _whole(text: str) -> Span:
    return Span(text, 0, len(text))


def test_a_place_name_ends_at_a_colon():
    # "central Mexico: City Hall" (a title with its attribution) names no Mexico City
    title = "Gunmen kill 7 people at water park in central Mexico: City Hall"
    found = [hit.name_en for _, hit in recall.places_in(Article(title), _whole(title), "MX")]
    assert "Mexico City" not in found, found


def test_a_filing_date_in_a_dateline_puts_no_lead_in_the_background():
    assert not background("CELAYA (Mexico), April 16 (NNN-AGENCIES) — A band of gunmen invaded a resort.")
    assert not background("الخرطوم 13 يوليو 2025 (شينخوا) أعلن متطوعون مقتل 18 مدنيا")
    assert background("In December 2019 gunmen killed six people.")  # a month that opens the sentence still does
    assert background("وفي ديسمبر/كانون الأول اقتحم مسلح من الحركة كلية في مدينة بيشاور")


def test_the_body_begins_at_its_capitals_dateline_after_a_standfirst():
    text = (
        "15 killed in jihadist attack in Burkina Faso\n\n"
        'The raid took place on the night of Thursday to Friday with "around 20 individuals attacking the '
        'village," said a security source.\n\n'
        "OUAGADOUGOU - Armed men described as jihadists raided a village, killing 15 people, a governor said.\n"
    )
    assert text[Article(text).body_start() :].startswith("OUAGADOUGOU - Armed men")
    plain = "Title of a report\n\nGunmen killed 15 people in a village on Friday, a governor said.\n\nMore.\n"
    assert plain[Article(plain).body_start() :].startswith("Gunmen killed 15")


def test_a_long_lead_is_cut_before_its_relative_clause():
    lead = (
        "A band of gunmen invaded a resort where dozens of vacationers were spending the weekend in central "
        "Mexico and opened fire, killing six adults and a 7-year-old"
    )
    assert trimmed(_whole(lead)).quote == "A band of gunmen invaded a resort"


def test_a_lead_on_its_toll_verb_cut_before_the_toll_keeps_its_subject():
    cut = "أسفر هجوم بقنبلة هو الأول منذ أكثر من شهر في كابول"
    assert trimmed(_whole(cut)).quote == "هجوم بقنبلة هو الأول منذ أكثر من شهر في كابول"
    whole = "أسفر هجوم بقنبلة عن مقتل خمسة أشخاص"
    assert trimmed(_whole(whole)).quote == whole


def test_one_more_person_named_by_age_is_counted():
    assert casualty_figure("killing six adults and a 7-year-old, authorities said", "killed")[0] == 7
    assert casualty_figure("killing two soldiers and a civilian", "killed")[0] == 3
    assert casualty_figure("killed five people and a dog", "killed")[0] == 5


def test_decimals_are_measures_or_millions_never_counts():
    assert counts_in("a 7.8-magnitude earthquake") == [] and counts_in("7.8 magnitude") == []
    assert counts_in("3.5 million people") == [3_500_000] and numbers_in("1.5 مليون نازح") == [1_500_000]
    assert counts_in("at least 2.000 people") == [2000] and counts_in("killed 1,300") == [1300]
    assert counts_in("killed 5. Six others were hurt") == [5, 6]


def test_groups_by_their_short_names():
    with in_country("SD"):
        assert render_phrase("الدعم السريع", name_slot=True, country="SD").text == "the Rapid Support Forces"
        assert render_phrase("شبكة أطباء السودان", name_slot=True, country="SD").text == "the Sudan Doctors Network"
        # a state named by its bearing is that state, not "north of Kordofan"
        assert render_phrase("في شمال كردفان", name_slot=True, country="SD").text == "in North Kordofan"
    assert render_phrase("أبو سياف", name_slot=True).text == "Abu Sayyaf"
    assert render_english("Somalia´s al Shabaab group", name_slot=True).text == "حركة الشباب الصومالية"
    assert render_english("al Shabaab", name_slot=True).text == "حركة الشباب"


def test_plain_words_of_reports_are_rendered_not_romanised():
    assert render_phrase("ساحة انتظار السيارات").text == "the parking lot"
    assert render_phrase("عقار خشبي قديم").text == "an old wooden building"
    assert render_phrase("مسدس كهربائي").text == "a taser"


def test_the_perpetrator_is_cut_to_the_group_and_its_name():
    assert _group_before_its_victims("جماعة الحوثي المدنيين") == "جماعة الحوثي"
    assert _group_before_its_victims("مسلحون المدنيين") is None
    assert _closed_quote_only('جيش التحرير الوطني" المتمردة اليسارية') == "جيش التحرير الوطني"
    assert _closed_quote_only('"جيش التحرير"') is None


def test_a_count_with_its_qualifier_is_no_target():
    assert _a_toll("18 شخصا على الأقل") and _a_toll("at least 12 people")
    assert not _a_toll("two police officers") and not _a_toll("مركز شرطة")


def test_a_group_named_then_its_act_after_a_comma_is_named_in_an_act():
    text = (
        'وقال قائد الجيش إن جماعة "جيش التحرير الوطني" المتمردة اليسارية، مسؤولة عن الهجوم، الذي تم '
        "تنفيذه بعبوات ناسفة.\nوقال ضابط إن مقاتلين من حركة الشباب الصومالية فجروا قنبلتين في منطقة كاهدا."
    )
    assert not _named_apart_from_any_act(Article(text), 'جيش التحرير الوطني" المتمردة اليسارية')
    assert not _named_apart_from_any_act(Article(text), "حركة الشباب الصومالية")


def test_a_clitic_is_not_cut_from_a_known_town():
    place = ExtractedPlace(name="مطار لوبورجيه إلى الشمال من باريس", role="site")
    assert [p.name for p in _split_place(place)] == [place.name]  # Paris, never "ب" + Arys


def test_a_rocket_launcher_carried_by_attackers_is_no_shelling():
    lead = "In an armed attack on a police station, ten policemen were killed."
    assert classify([lead, "rocket launcher"])[0].sub_event_type == "Attack"
    assert classify(["Rockets hit the town"])[0].sub_event_type == "Shelling/artillery/missile attack"


def test_the_last_attack_before_is_background():
    assert background("ويعود آخر هجوم حصد أرواحا في كابول إلى 26 أغسطس حين قتل 72 شخصا")
    assert not background("Gunmen killed 5 people in the attack.")


def test_another_resident_is_the_resident():
    assert recall.without_another("Another resident Umaru Bawa") == "resident Umaru Bawa"
    assert recall.without_another("Another Day Foundation") == "Another Day Foundation"


def test_an_agency_is_named_once():
    assert render_english("Kyodo news agency", name_slot=True).text == "وكالة كيودو"
    assert render_english("Reuters news agency", name_slot=True).text == "وكالة رويترز"
    assert render_english("dpa news agency", name_slot=True).text == "وكالة الأنباء الألمانية"


def test_several_others_agree_in_arabic():
    said = render_english_clause("At least 16 people were killed and several others injured").text
    assert said == "قُتل 16 شخصاً على الأقل وأُصيب عدد من الأشخاص الآخرين", said


def test_a_region_spelt_with_other_long_vowels_is_found():
    with in_country("US"):
        assert render_phrase("مسيسيبي", name_slot=True, country="US").text == "Mississippi"


def test_the_weapon_is_no_target():
    assert _a_weapon_alone("an improvised explosive device suspected") and _a_weapon_alone("عبوة ناسفة بدائية الصنع")
    assert not _a_weapon_alone("a police vehicle") and not _a_weapon_alone("a weapons depot")


def test_a_qualifier_qualifies_only_the_count_it_stands_by():
    lead = "The attack started at around 7am (2:30 GMT) and six police officers were killed during a gunfight"
    assert casualty_figure(lead, "killed") == (6, Qualifier.exact)
    assert casualty_figure("about six police officers were killed", "killed") == (6, Qualifier.approximately)


def test_a_share_of_the_dead_is_not_summed_with_the_wounded():
    lead = "Five people were killed, including three soldiers, and nine others wounded in a bomb explosion"
    assert english_groups_clause(lead, "injured") is None
    assert english_groups_clause("10 Americans, 2 pilots killed", "killed") == ("10 Americans, 2 pilots killed", 12)


def test_ranks_and_nationalities_spelt_otherwise():
    with in_country("PH"):
        assert render_phrase("المايجور فيلمون تان", name_slot=True, country="PH").text == "Major Vilmon Tan"
        assert render_phrase("المتحدث باسم الجيش الفيلبيني", country="PH").text == "the Filipino army spokesman"
    assert render_phrase("مصنع للقطع المعدنية").text == "a metal parts factory"


def test_a_region_found_by_few_consonants_only_at_home():
    # "الحميدي" (a district of Port Said) shares its consonants with Kuwait's Al Ahmadi: never pinned there
    with in_country("EG"):
        assert "Ahmadi" not in (render_phrase("منطقة الحميدي", name_slot=True, country="EG").text or "")


def test_a_hedge_after_the_attackers_clause_hedges_nothing():
    lead = (
        "Six police killed\n\nSix Afghan police were killed Wednesday when Taliban attacked their checkpoint, "
        "a brazen assault likely to raise fresh questions."
    )
    assert not recall.suspected(Article(lead), "Taliban")
    hedged = "IED kills five\n\nFive officers were killed by an IED suspected to have been planted by al Shabaab."
    assert recall.suspected(Article(hedged), "al Shabaab")


def test_a_source_name_ends_at_its_colon():
    text = "Title\n\nوقال وزير الاتصال يايا سانغاري:” عثرت فرق التعزيزات على 54 جثة”.\n"
    assert _before_a_colon(Article(text), "وزير الاتصال يايا سانغاري عثرت فرق التعزيزات") == "وزير الاتصال يايا سانغاري"


def test_whose_office_is_no_place():
    text = (
        "Bomb kills 4\n\nA roadside bomb killed four rangers in Pattani province, police said.\n\n"
        "Pol. Col. Mana Daechawarit of the Sai Buri district police station said the soldiers were on patrol.\n"
    )
    assert recall.only_as_whose_office(Article(text), "Sai Buri district police station")
    assert not recall.only_as_whose_office(Article(text), "Pattani province")


def test_a_capitalised_common_noun_of_a_title_is_no_place():
    assert _nameless("Factory") and not _nameless("Kano") and not _nameless("Green Zone")


def test_counted_police_are_policemen():
    assert render_english("six Afghan police").text == "6 شرطيين أفغان"  # the listed broken plural, as news writes
    assert render_english("Afghan police").text == "الشرطة الأفغانية"
    assert render_english("police station").text == "مركز شرطة"


def test_plurals_after_a_preposition_are_genitive():
    assert render_english("an attack by jihadist militants").text == "هجوم من متشددين جهاديين"
    said = render_english("an ambush by leftist FARC guerrillas").text
    assert said == "كمين من مقاتلي حرب العصابات فارك اليساريين", said
    assert render_english("jihadist militants").text == "متشددون جهاديون"  # no preposition: nominative


def test_the_leads_setting_is_no_event():
    text = (
        "عنوان\n\nوسط هجمات متزايدة في القارة الأوروبية، قتلت الشرطة الفرنسية، اليوم الأربعاء، رجلا يحمل سكاكين "
        "في منطقة باريس.\n"
    )
    told = _after_its_context(Article(text), "هجمات متزايدة في القارة الأوروبية")
    assert told is not None and told.startswith("قتلت الشرطة الفرنسية"), told


def test_a_lead_on_the_response_gives_way_to_the_toll():
    assert recall._event_only_as_its_cause("Rescuers searched for survivors after the earthquake")
    assert not recall._event_only_as_its_cause("Gunmen attacked a village after dark, killing five")
    assert not recall._event_only_as_its_cause("A suicide bomber killed 12 people after prayers at a mosque")


def test_departed_life_frames_a_toll():
    assert casualty_figure("فارق 5 أشخاص الحياة، وفُقد 5 آخرون", "killed")[0] == 5
    assert casualty_figure("لقي 17 جنديا من القوات الحكومية الكولومبية مصرعهم", "killed")[0] == 17


def test_the_sentence_that_counts_the_dead_follows_a_lead_on_the_response():
    text = (
        "Ecuador quake\n\nMANTA, Ecuador, April 19 (UPI) -- Search and rescue teams in Ecuador are intensifying "
        "efforts to find survivors amid the rising death toll from the recent 7.8-magnitude earthquake, which is "
        "expected to keep growing.\n\nAt least 480 people died in Saturday's earthquake, officials said Tuesday, "
        "and another 2,500 were injured.\n"
    )
    article = Article(text)
    told = _after_the_response(article, "Search and rescue teams in Ecuador are intensifying efforts")
    assert told is not None and told.startswith("At least 480 people died"), told


def test_a_bearing_adjective_cut_from_its_place_goes():
    cut = "At least 23 Egyptian soldiers were killed and 26 wounded in an attack by jihadist militants in the northern"
    assert trimmed(_whole(cut)).quote.endswith("by jihadist militants")


def test_a_country_that_ends_a_towns_name_is_not_named():
    assert countries_named("gunmen started shooting along Queen Street in downtown Port of Spain on Wednesday") == []
    assert countries_named("an attack in Spain") == ["ES"]


def test_a_pronoun_of_the_verb_of_saying_is_no_part_of_the_speaker():
    assert recall.speaker_only("به القائد الإقليمي") == "القائد الإقليمي"


def test_a_quarter_is_said_with_its_word():
    text = "عنوان\n\nقالت السلطات إن المبنيين، الواقعين في حي المستقبل، انهارا ليلا.\n"
    assert _with_compound_head(Article(text), "المستقبل") == "حي المستقبل"
