"""Names of English articles written in Arabic letters, and only names: common words stay the
lexicon's ("State Department"), titles are translated ("Assistant Sheriff"), places the gazetteer
knows keep its Arabic name."""

from __future__ import annotations

import pytest

from summarizer.verify.arabize import arabize
from summarizer.verify.phrase_en import render_english
from summarizer.verify.rendering import rendering_problems


@pytest.mark.parametrize(
    ("name", "arabic"),
    [
        ("Stephen Paddock", "ستيفن بادوك"),  # unstressed e before the last consonant not written
        ("Phillip Pitts", "فيليب بيتس"),  # doubled consonants once
        ("Global Times", "غلوبال تايمس"),  # a silent final e lengthens the vowel
        ("Aaron", "آرون"),  # an initial long a
        ("Chibok", "تشيبوك"),
        ("Larry Hadfield", "لاري هادفيلد"),
        ("Cecil", "سيسيل"),  # soft c
        ("Wright", "ريت"),  # silent w and gh
    ],
)
def test_english_names_are_written_by_their_sound(name, arabic):
    assert arabize(name) == arabic


@pytest.mark.parametrize(
    ("english", "name_slot", "arabic"),
    [
        ("Stephen Paddock", False, "ستيفن بادوك"),
        ("officer Maria Lopez", False, "الضابط ماريا لوبز"),  # a title before a name is definite
        ("Assistant Sheriff Tom Roberts", False, "مساعد قائد شرطة المقاطعة توم روبرتس"),
        ("Terrigal Beach", False, "شاطئ تيريغال"),  # the place word is the Arabic head
        ("Hebei province", False, "محافظة هيباي"),
        ("Croydon", True, "كرويدون"),  # one word only where a name stands
        ("Costa Rica", True, "كوستاريكا"),  # the gazetteer's Arabic name, not a transcription
        ("the State Department", False, "وزارة الخارجية الأمريكية"),
    ],
)
def test_names_only_where_a_name_stands(english, name_slot, arabic):
    rendered = render_english(english, name_slot=name_slot)
    assert rendered.text == arabic
    assert rendering_problems(english, rendered.text, "ar") == []


@pytest.mark.parametrize("english", ["Croydon", "Eyewitnessing", "Bloodshed"])
def test_one_capitalised_word_outside_a_name_slot_is_not_transcribed(english):
    assert render_english(english).text is None


def test_gazetteer_arabic_names_with_other_scripts_letters_are_refused():
    assert render_english("Sydney", name_slot=True).text == "سيدنى"  # not GeoNames' "sډny"


def test_an_institutions_name_is_not_spelt_out():
    # Translated by its compound structure, or not rendered: never "لوندون أمبولانس سيرفيس".
    # the entry whose own English it is ("خدمة الإسعاف"), before one that lists it as an alternative
    assert render_english("London Ambulance Service", name_slot=True).text == "خدمة الإسعاف في لندن"
    # The unknown name is spelt out, the common word after it never ("ترانسيت").
    text = render_english("Frobnitz Transit Authority", name_slot=True).text
    assert text is None or ("فروبنيتز" in text and "ترانسيت" not in text)


def test_names_arabic_news_spell_their_own_way():
    from summarizer.verify.arabize import arabize
    from summarizer.verify.romanize import romanize

    assert arabize("Donald Trump") == "دونالد ترامب", "not the letter-by-letter 'ترومب'"
    # Muslim given names in Somali, West African and South Asian spellings keep their Arabic spelling
    assert arabize("Ahmed Abdulle Afrax").split()[:2] == ["أحمد", "عبدلي"], "not 'أبدول'"
    assert arabize("Oumar Moussa") == "عمر موسى" and arabize("Abdel Fattah") == "عبد الفتاح"
    # a given name joined to "ullah" is the name "of God" ("Ahmadullah" = "أحمد الله", was "أهمادولاه")
    assert arabize("Ahmadullah").split() == [arabize("Ahmad"), "الله"]
    assert romanize("خالد محسود") == "Khalid Mehsud", "not 'Mushood'"
    # a hashtag is the name it joins with underscores, not "Arami Al-Hamad al-La"
    assert romanize("#رامي_الحمد_الله") == romanize("رامي الحمد الله") == "Rami Hamdallah"


def test_initials_and_short_acronyms_are_read_by_their_letters_names():
    from summarizer.verify.arabize import arabize

    assert arabize("George W. Bush") == "جورج دبليو بوش"
    assert arabize("E. Pyle") == "إي بايل"
    assert arabize("NPR") == "إن بي آر" and arabize("UMC") == "يو إم سي"
    assert arabize("NATO") == "ناتو", "a longer acronym is read as a word"


def test_an_arabic_given_name_keeps_its_arabic_spelling_whatever_its_english_one():
    from summarizer.verify.arabize import arabize

    assert arabize("Mohammad Asim").startswith("محمد ")
    assert arabize("Muhammad") == arabize("Mohammed") == "محمد"
    assert arabize("Ahmad Khan") == "أحمد خان"


def test_abd_and_a_name_of_god_and_the_article_are_written_as_arabic_writes_them():
    from summarizer.verify.arabize import arabize

    assert arabize("Abdifatah Adan Hassan") == "عبد الفتاح آدم حسن"  # was "أبديفاتاه أدان حسن"
    assert arabize("Abdul Rahman") == arabize("Abdulrahman") == "عبد الرحمن"
    assert arabize("Abdul Hanan Zadran") == "عبد الحنان زدران"
    assert arabize("Abdel Fattah el-Sisi") == "عبد الفتاح السيسي"
    assert arabize("Osama bin Laden") == "أسامة بن لادن"
    assert arabize("Abdou Diouf").startswith("أبدو"), "no name of God after it: by its letters"


def test_a_country_in_a_name_is_written_as_arabic_writes_it_but_not_a_given_name():
    from summarizer.verify.arabize import arabize

    assert arabize("Pakistan Railways").startswith("باكستان")  # was "باكيستان"
    assert arabize("Jordan Peterson").startswith("جوردان"), "a given name before a surname"


@pytest.mark.parametrize(
    ("name", "arabic"),
    [("Tomáš Taraba", "توماش تارابا"), ("Robert Kaliňák", "روبرت كالينياك"), ("Luis Díaz", "لويس دياز")],
)
def test_a_letter_with_a_mark_is_spelt_by_its_sound_not_dropped(name: str, arabic: str):
    assert arabize(name) == arabic


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("Lt Gen Ahmed Sharif Chaudhry", "الفريق أحمد شريف تشاودهري"),
        ("Maj Gen Ahmed Ali", "اللواء أحمد علي"),
        ("Col. John Smith", "العقيد جون سميث"),
        ("Director General Lt Gen Ahmed Sharif Chaudhry", "المدير العام الفريق أحمد شريف تشاودهري"),
    ],
)
def test_english_ranks_and_their_abbreviations_are_arabic_ranks_and_two_titles_stand_apart(english, arabic):
    assert render_english(english, name_slot=True).text == arabic


def test_an_english_only_rank_leaves_the_arabic_word_its_own_sense():
    from summarizer.lang.lexicon import LEXICON
    from summarizer.lang.text import fold

    assert all(s.en != "lieutenant general" for s in LEXICON[fold("فريق")]), "فريق alone is a team"


def test_a_place_before_a_title_phrase_takes_the_place_of_its_definite_last_word():
    assert render_english("Balochistan Chief Minister Sarfraz Bugti", name_slot=True).text == (
        "رئيس وزراء إقليم بلوشستان سارفراز بوغتي"
    )
    assert render_english("Jammu and Kashmir Chief Minister Omar Abdullah", name_slot=True).text == (
        "رئيس وزراء إقليم جامو وكشمير عمر عبدالله"
    ), "a joining word inside a place's name"


def test_leaders_surnames_as_the_news_spells_them():
    from summarizer.verify.romanize import romanize

    assert romanize("مايك بومبيو") == "Mike Pompeo"
    assert romanize("دانييل أورتيغا") == "Daniel Ortega"
    assert romanize("حمزة عبد العال") == "Hamza Abdul Aal"  # "عبد" and a name of God the list lacks
