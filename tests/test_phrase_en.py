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
        ("Russian forces", "قوات روسية"),  # a sound feminine plural takes the feminine singular
        ("armed militias", "ميليشيات مسلحة"),
        ("Lake Victoria", "بحيرة فيكتوريا"),
        ("63 others", "63 آخرين"),  # an entry written in the plural, counted
        ("market in Somali capital Mogadishu", "سوق في العاصمة الصومالية مقديشو"),  # a place word's name in apposition
        ("local official Ahmed Ali", "المسؤول المحلي أحمد علي"),  # the adjective is the title's, not the name's
        ("a suicide car bomb", "سيارة مفخخة يقودها انتحاري"),
        ("Saw Township, Magwe Region", "بلدة ساو، إقليم ماغواي"),  # the comma ends a name; a township is a town
        ("police director general Daljeet Chaudhary", "المدير العام للشرطة دالجيت تشاودهاري"),
        ("two others", "آخران"),
        (
            "Taliban authorities",
            "سلطات طالبان",
        ),  # authorities are "سلطات", not "جهات" (parties)  # the place word said, never "ليك" by its sound
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
    assert render_english("spokesman Garba Shehu").text == "المتحدث غاربا شيهو"


def test_a_direction_noun_before_a_place():
    assert render_english("northwest Costa Rica").text == "شمال غرب كوستاريكا"


def test_conjuncts_render_one_by_one_and_share_the_article():
    assert render_english("the British police and emergency services").text == "الشرطة البريطانية وخدمات الطوارئ"


def test_a_rejected_noun_phrase_falls_back_to_its_head():
    from summarizer.stages.translate import english_head

    assert english_head("276 schoolgirls kidnapped by Boko Haram militants") == "276 schoolgirls"
    assert english_head("a crowded market in the city") == "a crowded market"
    assert english_head("the police") is None, "nothing follows the head: nothing to cut"
    assert render_english("276 schoolgirls").text == "276 تلميذة"


def test_english_clauses_joined_by_and_or_when_render_one_by_one():
    from summarizer.verify.clause_en import render_english_clause

    rendered = render_english_clause(
        "At least seven people were killed and dozens more were injured when a tram derailed near London on Wednesday"
    ).text
    assert rendered == "قُتل 7 أشخاص على الأقل وأُصيب عشرات آخرون عندما خرج ترام عن القضبان قرب لندن يوم الأربعاء"
    rendered = render_english_clause(
        "A tourist ship struck a highway bridge on the Rhine river and 25 people were injured"
    )
    assert rendered.text.startswith("اصطدمت سفينة سياحية بجسر") and rendered.text.endswith("وأُصيب 25 شخصاً")
    assert "نهر الراين" in rendered.text
    # two verbs of one subject: the second, which has the object; two names around the verb: the subject
    # first, else they stand back to back after the verb and do not say who did what
    rendered = render_english_clause("officer David Nesheiwat shot and killed Phillip Pitts").text
    assert rendered.startswith("الضابط ديفيد ") and " قتل فيليب بيتس" in rendered
    assert render_english_clause("a gunman killed Phillip Pitts").text.startswith("قتل مسلح "), "no name before"


def test_a_street_address_keeps_its_number_and_a_compass_initial_is_a_word():
    assert render_english("780 E. Pyle Ave", name_slot=True).text == "780 جادة إيست بايل"


def test_passives_partitives_and_an_elided_auxiliary():
    from summarizer.verify.clause_en import render_english_clause

    # "killed is 2 and injured 9": each count with its own verb, the second sharing "were"
    assert render_english_clause("Two people were killed and nine wounded").text == "قُتل شخصان وجُرح 9 أشخاص"
    # a participle with its agent is no verb of the clause (it describes its noun); a partitive count; a
    # passive with its preposition
    freed = "Twenty one of the 276 schoolgirls kidnapped by Boko Haram militants have been freed"
    assert render_english_clause(freed).text == "أُفرج عن 21 من 276 تلميذة اختطفهن متشددو بوكو حرام"


def test_holidays_days_of_months_and_buildings_after_their_name():
    assert render_english("New Year's Eve").text == "ليلة رأس السنة", "a holiday, not a name to spell"
    assert render_english("Dec 31").text == "31 ديسمبر", "the day is kept, before its month"
    assert render_english("Mandalay Bay Hotel", name_slot=True).text == "فندق ماندالاي باي", "hotel is no name"


def test_a_names_small_lower_case_words_are_part_of_it():
    assert render_english("Rot am See", name_slot=True).text == "روت أم سي"  # was not rendered: dropped
    assert render_english("Jaral del Progreso", name_slot=True).text == "جارال ديل بروغريسو"
    assert render_english("am See", name_slot=True).text != "أم سي", "a small word opens no name"


def test_a_direction_before_a_place_word_says_where_the_town_lies():
    assert render_english("the northern city of Kano", name_slot=True).text == "مدينة كانو في الشمال"  # not north of
    rot = render_english("the southwestern German town of Rot am See", name_slot=True).text
    assert rot == "بلدة روت أم سي الألمانية في الجنوب الغربي"
    assert render_english("Ruesoh district of Narathiwat", name_slot=True).text == "قضاء روسوه في نارثيوات"
    assert render_english("Kano district of Nigeria", name_slot=True).text == "قضاء كانو في نيجيريا"  # was garbled
    assert render_english("the Memphis suburb of Collierville", name_slot=True).text == "ضاحية كليرفيل في ممفيس"


def test_a_calendar_date_is_said_day_month_year_and_a_month_alone_is_no_march():
    assert render_english("Sunday, Dec. 31, 2017").text == "الأحد، 31 ديسمبر 2017", "the day was lost"
    assert render_english("31 December 2017").text == "31 ديسمبر 2017"
    assert render_english("in March 2016").text == "في مارس 2016"
    assert render_english("in March").text == "في مارس", "was 'في زحف' (a march)"
    assert render_english("last August").text == "أغسطس الماضي"
    assert render_english("Mark 5 people").text is None, "a name is no month"


def test_a_counted_phrase_entry_is_a_part_of_it_and_keeps_its_number():
    assert render_english("two crew members").text == "اثنان من أفراد الطاقم", "the count was dropped"
    assert render_english("two Costa Rican crew members").text == "اثنان من أفراد الطاقم الكوستاريكيين"
    assert render_english("five crew members").text == "5 من أفراد الطاقم"
    assert render_english("two Syrian soldiers").text == "جنديان سوريان", "a one-word noun keeps its dual"


def test_two_dates_of_one_day_and_a_house_number():
    assert render_english("New Year's Eve Dec 31").text == "ليلة رأس السنة، 31 ديسمبر"
    assert render_english("Tuesday evening").text == "مساء الثلاثاء", "a part of the day is no second date"
    assert render_english("780 E. Pyle Ave", name_slot=True).text is not None


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        # A proper name of an institution is definite without "the"; its adjective agrees with the head.
        ("British Transport Police", "شرطة النقل البريطانية"),
        # A place before a compound is its owner (construct) or, after a definite head, where it is.
        ("the Kabul police", "شرطة كابل"),
        ("Gaza health ministry", "وزارة الصحة في غزة"),
        ("the Las Vegas Metropolitan Police Department", "شرطة لاس فيغاس الحضرية"),
        ("Costa Rica's Ministry of Public Security", "وزارة الأمن العام في كوستاريكا"),
        # A name before a place word, then the institution ("Clark County" + "Fire Department").
        ("Clark County Fire Department", "إدارة الإطفاء في مقاطعة كلارك"),
        ("the Croydon council", "مجلس كرويدون"),
        # A compound after "of", and a chain of nouns ending in a title.
        ("the Ministry of Interior spokesman", "متحدث وزارة الداخلية"),
        ("initial reports", "تقارير أولية"),
        ("the Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"),
    ],
)
def test_institution_names_render_by_their_compound_structure(english, arabic):
    assert render_english(english, name_slot=True).text == arabic


def test_a_common_word_in_an_institution_name_is_never_spelt_out():
    # "London Ambulance Service" was "خدمة لوندون أمبولانس" when the name ran up to the institution word.
    text = render_english("London Ambulance Service", name_slot=True).text
    assert text is not None and "لندن" in text and "أمبولانس" not in text


def test_newspapers_are_written_by_their_sound_and_a_bare_body_is_definite():
    assert render_english("Global Times", name_slot=True).text == "غلوبال تايمس"
    assert render_english("Police", name_slot=True).text == "الشرطة"
    # A name in quotes with its noun: the name by its sound, the noun translated.
    assert render_english("‘Bring Back Our Girls’ movement", name_slot=True).text == "حركة «برينغ باك أور جيرلس»"


def test_the_arabic_forms_of_a_counted_noun_of_people():
    from summarizer.verify.phrase_en import counted_forms

    forms = counted_forms("مدني", "مدنيون")
    assert (forms["one"], forms["two"], forms["two_nom"]) == ("مدني واحد", "مدنيين", "مدنيان")
    assert (forms["few"], forms["many"], forms["bare"]) == ("مدنيين", "مدنياً", "مدني")
    assert counted_forms("جندي", "جنود")["few"] == "جنود"


def test_a_sound_plural_in_a_construct_loses_its_nun():
    assert render_english("Boko Haram militants", name_slot=True).text == "متشددو بوكو حرام"
    assert render_english("local officials").text == "مسؤولون محليون", "no construct: the nun stays"


def test_a_definite_construct_takes_the_article_on_its_complement_only():
    assert render_english("the rescue team").text == "فريق الإنقاذ"  # not "الفريق الإنقاذ"
    assert render_english("the police station").text == "مركز الشرطة"
    assert render_english("the local council").text == "المجلس المحلي", "noun + adjective: on every word"
    assert render_english("the highway bridge").text == "جسر الطريق السريع"


def test_a_counted_noun_of_people_and_its_adjective_agree_with_the_number():
    assert render_english("2 US citizens").text == "مواطنان أمريكيان"  # the dual
    assert render_english("10 US citizens").text == "10 مواطنين أمريكيين"  # 3-10: a genitive plural
    assert render_english("12 US citizens").text == "12 مواطناً أمريكياً"  # 11 and up: singular, tanwin
    assert render_english("2 Palestinian women").text == "امرأتان فلسطينيتان"
    # no number: the plural; a listed broken plural of the adjective is the one news writes ("الأفغان")
    assert render_english("the Afghan soldiers").text == "الجنود الأفغان"


def test_what_happened_caused_the_deaths_and_a_weekday_after_a_noun_is_when():
    from summarizer.verify.clause_en import render_english_clause

    rendered = render_english_clause("A small plane crash Sunday in northwest Costa Rica killed 12 people").text
    assert rendered == "أسفر تحطم طائرة صغيرة يوم الأحد في شمال غرب كوستاريكا عن مقتل 12 شخصاً"
    assert render_english_clause("A blast killed a soldier").text == "أسفر انفجار عن مقتل جندي", "genitive after مقتل"
    assert render_english_clause("A gunman killed 12 people").text.startswith("قتل مسلح "), "a person kills"
    assert render_english("12 people, including 10 US citizens").text == "12 شخصاً بينهم 10 مواطنين أمريكيين"


def test_how_long_the_head_lasted_agrees_with_the_head():
    assert render_english("a four-day rescue operation").text == "عملية إنقاذ استمرت 4 أيام", "عملية: feminine"
    assert render_english("a two-day siege").text == "حصار استمر يومين"


def test_an_indefinite_object_before_where_takes_the_accusative():
    from summarizer.verify.clause_en import render_english_clause

    rendered = render_english_clause("An explosion sparked a fire on a display barge").text
    assert rendered.startswith("أشعل انفجار ناراً على "), rendered
    assert render_english_clause("A gunman attacked a mosque in the city").text == "هاجم مسلح مسجداً في المدينة"


def test_a_pentecostal_church_is_a_common_noun_phrase_not_a_name():
    assert render_english("a Pentecostal church").text == "كنيسة خمسينية"


def test_turkish_given_names_take_their_arabic_spelling_not_a_letter_by_letter_one():
    assert render_english("President Tayyip Erdogan", name_slot=True).text == "الرئيس طيب أردوغان"
    assert render_english("Energy Minister Fatih Donmez", name_slot=True).text == "وزير الطاقة فاتح دونمز"


def test_an_outlet_the_lexicon_knows_is_never_written_by_its_sound():
    assert render_english("Al Jazeera", name_slot=True).text == "قناة الجزيرة"
    assert render_english("Al-Jazeera", name_slot=True).text == "قناة الجزيرة"


def test_a_bodys_adjective_agrees_with_its_first_word_and_a_things_with_its_last():
    assert render_english("the Egyptian Ministry of Health and Population", name_slot=True).text == (
        "وزارة الصحة والسكان المصرية"
    )
    assert render_english("Iraqi security forces").text == "قوات الأمن العراقية"
    assert render_english("a small plane crash").text == "تحطم طائرة صغيرة"


def test_a_longer_name_the_lexicon_knows_outweighs_a_town_named_by_its_first_word():
    # Federal is a town in Argentina; "Federal Security Service" is Russia's FSB
    assert render_english("Federal Security Service chief Alexander Bortnikov", name_slot=True).text == (
        "رئيس جهاز الأمن الفيدرالي أليكساندر بورتنيكوف"
    )


def test_a_participle_after_the_noun_agrees_and_takes_its_preposition():
    from summarizer.verify.phrase_en import render_english

    got = render_english("Insurgents linked to the Islamic State group", name_slot=True).text
    assert got.split()[:2] == ["متمردون", "مرتبطون"] and "إلى" not in got  # was "متمردون إلى ... المرتبطة"
    assert render_english("a group linked to al-Qaeda").text == "جماعة مرتبطة بالقاعدة"
    assert render_english("gunmen loyal to the former president").text == "مسلحون موالون للرئيس السابق"


def test_a_places_forces_are_the_forces_in_that_place():
    # was "two nouns side by side": no Arabic side for the perpetrator
    assert render_english("Myanmar's armed forces").text == "القوات المسلحة في ميانمار"
    assert render_english("Nigeria's security forces").text == "قوات الأمن في نيجيريا"
    assert render_english("Nigeria's army").text == "جيش نيجيريا", "a single noun stays a construct"


def test_militiamen_are_militia_members_counted_as_a_part_of_them():
    assert render_english("CODECO militiamen").text == "عناصر ميليشيا كوديكو", "was no rendering"
    assert render_english("20 militiamen").text == "20 من عناصر ميليشيا", "was '20 من عنصر ميليشيا'"


def test_a_factions_name_hyphened_to_a_known_name_and_no_name_lost_after_a_name():
    assert render_english("Oromo Liberation Army-Shene").text == "جيش تحرير أورومو-شين", "was 'أورومو' alone"
    # a second name after a name was dropped without a word: now no rendering rather than half of one
    from summarizer.verify.phrase_en import _parse

    with pytest.raises(ValueError):
        _parse(["Oromo", "Liberation", "Army-Shene"])


def test_a_countrys_junta_is_its_military_council():
    assert render_english("Myanmar junta").text == "المجلس العسكري في ميانمار", "was no rendering"


def test_dozens_of_people_is_a_construct_and_a_passives_agent_is_by_the_hands_of():
    from summarizer.verify.clause_en import render_english_clause

    assert render_english("dozens of protesters").text == "عشرات المتظاهرين", "was 'عشرات متظاهرون'"
    got = render_english_clause("Dozens of protesters were killed by police").text
    assert got == "قُتل عشرات المتظاهرين على يد الشرطة", "was 'قُتل عشرات متظاهرون من شرطة'"
    assert render_english_clause("Three villagers were killed by gunmen").text == "قُتل 3 قرويين على يد مسلحين"
    bomb = render_english_clause("Two soldiers were wounded by a roadside bomb").text
    assert "على يد" not in bomb, "a weapon is no one's hands"


def test_a_rendering_that_loses_a_count_is_none():
    from summarizer.verify.clause_en import render_english_clause

    lost = render_english_clause("Security forces killed a protester and wounded 91 others in Baghdad on Saturday")
    assert lost.text is None or "91" in lost.text, lost.text


def test_a_word_that_is_noun_and_adjective_is_the_adjective_before_a_noun():
    from summarizer.verify.phrase_en import render_english

    assert render_english("Communist rebels").text == "متمردون شيوعيون"
    assert render_english("jihadist fighters").text == "مقاتلون جهاديون"
    assert render_english("Maoists").text == "ماويون"
    assert render_english("armed bandits").text == "قطاع طرق مسلحون"


def test_a_people_word_that_is_an_adjective_too_agrees_before_its_noun():
    from summarizer.verify.phrase_en import render_english

    assert render_english("rival drug gangs").text == "عصابات مخدرات متنافسة"  # was "عصابات مادة مخدرة منافس"


def test_an_adjective_of_two_words_agrees_by_its_first():
    from summarizer.verify.phrase_en import render_english

    assert render_english("English-speaking separatists").text == "انفصاليون ناطقون بالإنجليزية"


def test_a_name_after_a_title_is_spelt_out_whatever_words_it_holds():
    from summarizer.verify.phrase_en import render_english

    assert render_english("Police Chief Dale Lane").text == "قائد الشرطة ديل لين"  # was "زقاق ديل" (alley Dale)


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("Agence France-Presse", "وكالة الصحافة الفرنسية"),  # the lexicon's outlet, not "أجينس فرانسيبريس"
        ("the Associated Press", "أسوشيتد برس"),  # its usual Arabic name first
        ("Rio’s police", "شرطة ريو"),  # a name's possessive is no part of it (was "ريوس")
        ("Chancellor Olaf Scholz", "المستشار أولاف شولتس"),  # the title translated, not spelt out
    ],
)
def test_outlets_possessives_and_a_chancellor_in_a_name_slot(english, arabic):
    assert render_english(english, name_slot=True).text == arabic


def test_an_uncounted_quantity_alone_as_subject_means_people():
    from summarizer.verify.clause_en import render_english_clause

    assert render_english_clause("Two were killed and several were injured").text == "قُتل شخصان وأُصيب أشخاص عدة"
    assert render_english_clause("dozens were injured").text == "أُصيب عشرات الأشخاص"  # was "أُصيب عشرات"


def test_a_persons_name_keeps_its_small_words_and_a_mayor_is_one_construct():
    assert (
        render_english("Mayor Bill de Blasio", name_slot=True).text == "رئيس البلدية بيل دي بلاسيو"
    )  # not "الرئيس البلدية"
    lula = render_english("President Luiz Inacio Lula da Silva", name_slot=True).text
    assert lula == "الرئيس لويز إناسيو لولا دا سيلفا"  # no name part lost
    assert render_english("Fire Commissioner Daniel Nigro", name_slot=True).text == "مفوض الإطفاء دانيال نيغرو"


def test_a_lead_that_reports_what_speakers_say_renders_what_they_said():
    from summarizer.verify.clause_en import render_english_clause

    lead = "Authorities in Nigeria say gunmen killed 29 people during a late-night attack in Plateau state"
    assert render_english_clause(lead).text == "قتل مسلحون 29 شخصاً خلال هجوم ليلي في ولاية بلاتو"
    assert render_english("Plateau state", name_slot=True).text == "ولاية بلاتو"  # not "the state of the plateau"


def test_a_participle_with_its_object_is_no_compound():
    assert render_english("A car bomb targeting a police vehicle").text is None  # was "سيارة شرطة استهداف ..."
    assert render_english("a car bombing in Kabul").text == "تفجير سيارة في كابل"


def test_an_acronym_glossing_a_name_and_a_capitalised_adjective_are_no_names():
    assert render_english("suspected New People’s Army (NPA) rebels", name_slot=True).text is not None  # was dropped
    assert "سوسبيكتد" not in (render_english("Suspected Tamil Tiger rebels", name_slot=True).text or "")
    assert render_english("Tamil Tiger rebels", name_slot=True).text == "متمردو نمور التاميل"
