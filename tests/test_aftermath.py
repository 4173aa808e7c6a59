"""What followed the incident, as an analyst's note ends: who was arrested, in both languages."""

from __future__ import annotations

from summarizer.verify.aftermath import arrests
from summarizer.verify.grounding import Article


def test_an_english_arrest_names_who_as_the_article_does():
    article = Article(
        "Tram derails\n\nAt least seven people were killed when a tram derailed on Wednesday, police said, "
        "and the driver of the tram has been arrested."
    )
    (found,) = arrests(article, "en")
    assert found.who.quote == "the driver of the tram"
    assert (found.en, found.ar) == ("The driver of the tram was arrested.", "اعتُقل سائق الترام.")


def test_an_arabic_arrest_after_the_verb_and_its_subject():
    article = Article(
        "انفجار في السوق\n\nقتل 5 أشخاص في انفجار سيارة مفخخة في سوق بغداد الأحد، "
        "واعتقلت الشرطة سائق السيارة بعد الحادث."
    )
    (found,) = arrests(article, "ar")
    assert found.who.quote == "سائق السيارة", "the police arrested; 'after the incident' is when"
    assert found.en == "The driver of the car was arrested."


def test_no_arrest_when_no_one_was_or_only_in_the_background():
    assert arrests(Article("Blast\n\nA bomb killed 3 people on Monday. No one has been arrested."), "en") == []
    background = "Blast\n\nA bomb killed 3 people on Monday. Last year, two men were arrested after a similar attack."
    assert arrests(Article(background), "en") == []


def test_what_the_incident_destroyed_as_its_arabic_sentences_say():
    from summarizer.verify.aftermath import damage

    article = Article(
        "انهيار مدرسة\n\nقالت الشرطة إن انتحاريا شن هجوما بسيارة مفخخة على مبنى حكومي مما أدى إلى انهيار مدرسة "
        "مجاورة.\nوأدى الانفجار أيضا إلى هدم منازل مجاورة وسطح أحد المساجد."
    )
    (found,) = damage(article, "ar")
    assert found.who.quote == "انهيار مدرسة مجاورة"
    assert (found.en, found.ar) == (
        "It caused the collapse of a neighbouring school.",
        "وأدى الحادث إلى انهيار مدرسة مجاورة.",
    )
    assert damage(Article("هجوم\n\nقتل 3 أشخاص في هجوم مما أدى إلى حالة من الذعر."), "ar") == [], "no damage word"


def test_an_arrest_keeps_its_count_and_stops_before_what_is_said_of_those_arrested():
    from summarizer.verify.phrase_en import more_than_one

    article = Article(
        "اعتقالات\n\nقالت وكالة الأناضول إن شرطة تركيا ألقت القبض على 14 شخصاً يشتبه بأنهم من أعضاء تنظيم داعش."
    )
    found = arrests(article, "ar")
    assert [f.who.quote for f in found] == ["14 شخصاً"] and found[0].en == "14 people were arrested."
    assert not more_than_one("the driver of the bus") and more_than_one("members of the group")


def test_how_far_the_damage_went_qualifies_the_damage_not_the_thing():
    from summarizer.verify.aftermath import damage

    article = Article("غارة\n\nأدى القصف إلى تدمير السيارة المستهدفة بالكامل، ما أسفر عن مقتل ثلاثة أشخاص.")
    (found,) = damage(article, "ar")
    assert found.en == "It caused the complete destruction of the targeted car.", found.en
