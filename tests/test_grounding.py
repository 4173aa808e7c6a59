"""Offsets are exact on Arabic text with diacritics, tatweel, quote variants and mixed scripts."""

from __future__ import annotations

import pytest

from summarizer.verify.grounding import Article, Span
from summarizer.verify.numbers import numbers_in, unsupported_numbers


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("قال إنّ طائراتٍ مُسيّرة استهدفت الموقع", "طائرات مسيرة", "طائراتٍ مُسيّرة"),  # diacritics
        ("استهدفـــت الطائرات المعسكر", "استهدفت الطائرات", "استهدفـــت الطائرات"),  # tatweel
        ('المدعومة من "الحرس الثوري الإيراني" في', "«الحرس الثوري الإيراني»", '"الحرس الثوري الإيراني"'),
        ("أطلقت صاروخا من طراز \u201cإف-16\u201d أمس", 'طراز "إف-16"', "طراز \u201cإف-16\u201d"),
        ("وأعلنت إسرائيل أن Patriot أصاب الهدف", "اسرائيل ان Patriot", "إسرائيل أن Patriot"),  # alef + Latin
        ("قُتل ١٧ جندياً", "قتل 17 جندياً", "قُتل ١٧ جندياً"),  # Arabic-Indic digits
        ("شرق دير الزور،\nشرق سورية", "دير الزور شرق سورية", "دير الزور،\nشرق سورية"),  # punctuation, newline
        ("İzmir'de patlama oldu, Halep", "Halep", "Halep"),  # a capital whose lower case is two letters
        ("وبالصواريخ استهدفت الطائرات", "بالصواريخ", "بالصواريخ"),  # one-letter clitic before a word
    ],
)
def test_offsets_point_into_the_original(text, quote, expected):
    span = Article(text).locate(quote)
    assert span is not None
    assert text[span.start : span.end] == span.quote == expected


def test_absent_quote_is_not_found(article_text):
    assert Article(article_text).locate("سلاح الجو الإسرائيلي") is None
    assert Article("في أطراف المدينة").locate("طراف") is None, "whole words only"
    assert Article("وللصواريخ").locate("صواريخ") is None, "one clitic letter, not two"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("الهجوم الصاروخي على قاعدة جوية بحمص", "بهجوم صاروخي على قاعدة جوية بحمص"),  # other clitics/article
        ("طار التيفور العسكري", "مطار التيفور العسكري"),  # first letter lost
        ("أربع طائرات مسير", "أربع طائرات مُسيرة"),  # last letter lost
    ],
)
def test_loose_match_returns_the_articles_own_words(quote, expected):
    text = "سانا: قتلى بهجوم صاروخي على قاعدة جوية بحمص. استهدفت أربع طائرات مُسيرة مطار التيفور العسكري."
    article = Article(text)
    assert article.locate(quote) is None, "exact matching stays exact"
    span = article.locate(quote, loose=True)
    assert span is not None and span.quote == expected == text[span.start : span.end]


def test_an_english_possessive_closes_a_name_and_a_plural_does_not():
    article = Article("Russia's defence ministry denied it. The drones flew.")
    assert article.locate("Russia") == Span("Russia", 0, 6)
    assert article.locate("drone") is None


def test_loose_match_still_refuses_other_words():
    article = Article("استهدفت أربع طائرات مسيرة معسكرا شرق دير الزور")
    assert article.locate("استهدفت خمس طائرات مسيرة", loose=True) is None
    assert article.locate("الطائرات", loose=True) is None, "one word is never matched loosely"
    assert article.locate("طائرات مسيرة إسرائيلية", loose=True) is None


def test_every_sentence_of_the_source_article_locates_exactly(article_text):
    article = Article(article_text)
    for line in article_text.splitlines():
        for piece in line.split("،"):
            if len(piece.strip()) > 3:
                span = article.locate(piece)
                assert span is not None and article_text[span.start : span.end] == span.quote


def test_numbers_in_words_and_digits():
    assert numbers_in("استهدفت أربع طائرات مُسيرة") == [4]
    assert numbers_in("قتل خمسة مدنيين وأصيب 18 آخرون") == [5, 18]
    assert numbers_in("نحو عشرة آلاف يمني") == [10000]
    assert numbers_in("Seventeen soldiers, 3 children") == [17, 3]
    assert unsupported_numbers("four drones killed 12", "أربع طائرات مسيرة") == [12]


def test_article_words_longer_than_the_field_are_cut_at_a_word():
    """A loose match can widen a span past its field's bound (the model dropped a clitic on each word):
    the ground stage keeps the article's words, cut at the last whole word that fits, and still exact."""
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import drop_unverified
    from summarizer.stages.run import Run

    words = ["بسوق", "بشارع", "بمدينة", "بقرية", "بمنطقة", "بمخيم"] * 5
    article = "وقع انفجار " + " ".join(words) + " في المساء."
    model_span = " ".join(w[1:] for w in words)[:120].rsplit(" ", 1)[0]  # at most 120 characters
    ex = Extraction(
        event="وقع انفجار",
        time=None,
        places=[],
        perpetrator=None,
        target=None,
        weapon=None,
        killed=None,
        injured=None,
        sources=[],
        uncertainties=[],
        background=[model_span],
    )
    run = Run(Article(article), "ar", None)
    (kept,) = drop_unverified(ex, run).background
    assert len(kept) <= 120 and kept.startswith("بسوق بشارع") and run.article.locate(kept).quote == kept


def test_the_places_of_the_bodys_opening_count_when_the_event_is_quoted_from_further_on():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = (
        "Two people suffered minor injuries after a fireworks malfunction at a beach party in Australia.\n\n"
        "A crowd had gathered at the beach on Sunday night. An explosion sparked a fire on a display barge. "
        "The police said two men were hurt."
    )
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    ex = Extraction(event="An explosion sparked a fire on a display barge", places=[], sources=[], **empty,
                    uncertainties=[], background=[])  # fmt: skip
    found = supplement(ex, Run(Article(text), "en", None), [])
    assert [p.name for p in found.places] == ["Australia"]


def test_a_speaker_phrase_longer_than_a_source_name_is_no_source_and_no_crash():
    from summarizer.stages.extract import SHORT_PHRASE_MAX, Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = (
        "Gunmen stormed a school in the north of the country at night.\n\n"
        "Parents of girls kidnapped by suspected Islamist militants from a secondary school in northeast "
        "Nigeria said on Monday that 200 girls were missing. The police said the gunmen came in trucks."
    )
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    ex = Extraction(event="Gunmen stormed a school in the north of the country at night", places=[], sources=[],
                    **empty, uncertainties=[], background=[])  # fmt: skip
    found = supplement(ex, Run(Article(text), "en", None), [])
    assert all(len(s.name) <= SHORT_PHRASE_MAX for s in found.sources)


def test_a_word_that_opens_with_a_clitic_letter_is_located_whole():
    article = Article("أعلنت لجنة أطباء السودان ارتفاع عدد القتلى، وقالت إن الهجوم بهجوم آخر")
    assert article.locate("جنة أطباء السودان").quote == "لجنة أطباء السودان"  # committee, not "paradise"
    assert article.locate("هجوم آخر").quote == "هجوم آخر"  # "ب" + attack: a clitic


def test_where_the_wounded_were_treated_or_a_quoted_body_is_no_place_of_the_incident():
    from summarizer.stages.extract import ExtractedPlace, ExtractedSource, Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = (
        "Shooting at a school\n\n"
        "A gunman killed four people at Lincoln High School in Fresno on Tuesday, police said. "
        "Six wounded were taken to Fresno Memorial Hospital, which said two were in critical condition. "
        "Valley Health in Madera said it had received one more."
    )
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    places = [
        ExtractedPlace(name="Lincoln High School", role="site"),
        ExtractedPlace(name="Fresno Memorial Hospital", role="site"),
        ExtractedPlace(name="Valley Health in Madera", role="site"),
    ]
    sources = [ExtractedSource(name="Valley Health in Madera", kind="organisation", claim=None)]
    ex = Extraction(event="A gunman killed four people at Lincoln High School", places=places, sources=sources,
                    **empty, uncertainties=[], background=[])  # fmt: skip
    found = [p.name for p in supplement(ex, Run(Article(text), "en", None), []).places]
    assert "Lincoln High School" in found
    assert "Fresno Memorial Hospital" not in found and "Valley Health in Madera" not in found, found


def test_a_town_spelt_with_other_long_vowels_is_found_in_the_country_its_adjective_names():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = "هجوم على مسجد\n\nقتل عشرة أشخاص في هجوم مسلح استهدف مسجدا في مدينة كرايستشيرش النيوزيلندية الجمعة."
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    ex = Extraction(event="هجوم مسلح استهدف مسجدا", places=[], sources=[], **empty, uncertainties=[], background=[])
    found = [p.name for p in supplement(ex, Run(Article(text), "ar", None), []).places]
    assert found == ["كرايستشيرش"], found  # GeoNames writes "كرايستشرش"; not also "كرايستشيرش النيوزيلندية"


def test_a_city_is_where_it_happened_not_the_target():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = "انفجار\n\nقتل 20 شخصا في انفجار شاحنة ملغومة استهدف مقديشو السبت."
    empty = dict(time=None, perpetrator=None, weapon=None, killed=None, injured=None)
    ex = Extraction(event="انفجار شاحنة ملغومة استهدف مقديشو", target="مقديشو", places=[], sources=[], **empty,
                    uncertainties=[], background=[])  # fmt: skip
    found = supplement(ex, Run(Article(text), "ar", None), [])
    assert found.target is None and "مقديشو" in [p.name for p in found.places]


def test_a_town_named_only_as_a_bearing_is_no_place_of_the_incident_in_english_too():
    from summarizer.stages.extract import ExtractedPlace, Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = (
        "Shooting\n\nA gunman killed four people at a school in Fresno on Tuesday. "
        "The attack in Fresno, some 170 miles north of Los Angeles, unfolded at noon."
    )
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    places = [ExtractedPlace(name="Fresno", role="site"), ExtractedPlace(name="Los Angeles", role="area")]
    ex = Extraction(event="A gunman killed four people at a school in Fresno", places=places, sources=[],
                    **empty, uncertainties=[], background=[])  # fmt: skip
    roles = {p.name: p.role for p in supplement(ex, Run(Article(text), "en", None), []).places}
    assert roles.get("Fresno") == "site" and roles.get("Los Angeles") in (None, "other"), roles


def test_a_short_title_right_above_the_lead_is_no_part_of_the_body():
    lead = "At least eight people were killed when heavily armed men stormed a bar in the city of Monterrey."
    article = Article(f"Gunmen launch deadly attack on Mexican bar\n{lead}\nMore text follows here.")
    assert article.text[article.body_start() :].startswith("At least eight")
    long_first = Article(f"{lead}\n{lead}")
    assert long_first.body_start() == 0, "a first line that is a sentence is the lead itself"


def test_a_byline_under_the_title_is_no_part_of_the_body():
    from summarizer.verify.grounding import Article

    def body(text: str) -> str:
        article = Article(text)
        return article.text[article.body_start() :][:20]

    assert body("Soldiers killed\n\nBy Oghenekaro Efe, Asaba | March 17, 2024\n\nPresident Tinubu ordered") == (
        "President Tinubu ord"
    )
    assert body("عنوان\n\nبقلم: أحمد علي\n\nقتل 3 أشخاص.") == "قتل 3 أشخاص."
    # a lead that opens with "By" and a time is the lead
    assert body("Title\n\nBy Sunday evening, 40 bodies had been recovered\n\nMore.").startswith("By Sunday")


def test_a_dateline_on_its_own_line_under_the_title_is_no_part_of_the_body():
    from summarizer.verify.grounding import Article

    text = "Explosives truck blast flattens mining town\nACCRA, Jan 21 (Reuters) -\n\nA truck blew up."
    assert text[Article(text).body_start() :] == "A truck blew up."
    # a byline on its own line under the title, then the body
    text = "26 hostages killed as forces end siege\nBy Our Correspondent\n\nQUETTA: Security forces ended"
    assert text[Article(text).body_start() :] == "QUETTA: Security forces ended"
    # a one-line paragraph that ends a sentence is the body's
    assert Article("Title\nGunmen killed five.\n\nMore.").body_start() <= 6
    # a short headline with a full stop, then a blank line: the body's figures come after it
    text = "Al-Shabab attack killed over a dozen in Somalia's capital of Mogadishu.\n\nAttack by ..."
    assert text[Article(text).body_start() :] == "Attack by ..."


def test_a_subtitle_under_the_title_is_no_part_of_the_body():
    from summarizer.verify.grounding import Article

    deck = "الصراع بين القبيلتين يعود للعام الماضي، إثر شجار عادي بين شخصين"
    text = f"قتلى في اشتباكات قبلية\n\n{deck}\n\nقُتل 3 أشخاص وأصيب 7 آخرون في تجدد الاشتباكات بمدينة كسلا."
    assert text[Article(text).body_start() :].startswith("قُتل 3")
    lead = "At least ten people died in a suicide bomb attack in Iraq."
    text = f"Ten dead in suicide bombing\n\nBomber targets funeral of a fighter\n\n{lead}"
    assert text[Article(text).body_start() :].startswith("At least ten")
    # a lead written without its stop, then a paragraph that goes on with the story
    text = "عنوان\n\nاستشهد 10 مواطنين إثر قصف\n\nوأسفر القصف عن دمار واسع."
    assert text[Article(text).body_start() :].startswith("استشهد")


def test_an_outlet_and_date_line_or_a_dateline_with_a_colon_under_the_title_is_no_part_of_the_body():
    from summarizer.verify.grounding import Article

    for text, body in [
        ("عنوان\n\nبي بي سي - ٢٦ سبتمبر/ أيلول ٢٠١٥\n\nارتفعت حصيلة الضحايا.", "ارتفعت"),
        ("عنوان\n\nالجزائر ـ 'القدس العربي' ـ من مراسلنا:\n\nتبنى تنظيم القاعدة الهجوم.", "تبنى"),
        ("Title\n\nGunmen killed 5 people on 3 May - police said.\n\nMore.", "Gunmen"),
    ]:
        assert text[Article(text).body_start() :].startswith(body), text


def test_inside_a_country_the_lead_names_not_where_the_targets_planned_to_strike():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = (
        "العراق يقصف غرفة عمليات لداعش داخل سوريا\n\nدمرت طائرات عراقية غرفة عمليات تابعة لتنظيم داعش داخل سوريا، "
        "في غارة جوية قتلت عددا من المسلحين الذين كانوا يخططون لشن هجمات في العراق."
    )
    empty = dict(time=None, perpetrator=None, target=None, weapon=None, killed=None, injured=None)
    event = "دمرت طائرات عراقية غرفة عمليات"
    ex = Extraction(event=event, places=[], sources=[], **empty, uncertainties=[], background=[])
    found = [p.name for p in supplement(ex, Run(Article(text), "ar", None), []).places]
    assert found == ["سوريا"], found


def test_a_hostage_is_never_the_attacker():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import supplement
    from summarizer.stages.run import Run

    text = "إطلاق نار في لييج\n\nقتل مسلح أربعة أشخاص في مدينة لييج قبل أن يحتجز امرأة رهينة في مدرسة."
    empty = dict(time=None, target=None, weapon=None, killed=None, injured=None)
    ex = Extraction(
        event="قتل مسلح أربعة أشخاص", perpetrator="امرأة رهينة", places=[], sources=[], **empty,
        uncertainties=[], background=[],
    )  # fmt: skip
    assert supplement(ex, Run(Article(text), "ar", None), []).perpetrator != "امرأة رهينة"


def test_a_place_name_without_the_participle_of_where_it_lies():
    from summarizer.stages.ground import _without_located

    assert _without_located("بيشاور الواقعة") == "بيشاور"  # was "Peshawar of the incident"
    assert _without_located("مدينة بيشاور") == "مدينة بيشاور"


def test_a_span_with_one_long_word_miscopied_is_the_articles_own_words():
    from summarizer.verify.grounding import Article

    article = Article("وتسبّبت الاشتباكات بين قوات اللواء 444 وقوات الردع الخاصة، في سقوط قتيلين.")
    found = article.locate("الشتباكات بين قوات اللواء 444 وقوات الردع الخاصة في العاصمة طرابلس", loose=True)
    assert found is not None and found.quote.startswith("الاشتباكات بين قوات اللواء 444")
    assert article.locate("الشتباكات بين قوات", loose=False) is None  # only a loose match forgives a slip
    # a number is never a slip, nor a short word
    found = article.locate("بين قوات اللواء 445 وقوات", loose=True)
    assert found is None or "444" not in found.quote


def test_a_hard_wrapped_line_goes_on_with_its_sentence():
    text = "At least 25 people were\nkilled and 11 badly wounded when gunmen burst into a bar.\nIt was in Veracruz."
    article = Article(text)
    sentence = article.sentence_around(Span("killed", text.index("killed"), text.index("killed") + 6))
    assert sentence.quote.startswith("At least 25 people were") and "11 badly wounded" in sentence.quote
    title = "25 killed in Mexico bar\nMEXICO CITY, Aug 29 - At least 25 people"
    assert Article(title).sentence_around(Span("25", 0, 2)).quote == "25 killed in Mexico bar"


@pytest.mark.parametrize(
    "text", ["Manila, Dec 29 (IANS) At least 10 people were killed", "Islamabad, Oct. 1: A suicide bomber killed 25"]
)
def test_a_dated_dateline_without_a_dash_is_a_dateline(text):
    from summarizer.verify.furniture import in_dateline

    assert in_dateline(text, 0)


def test_a_time_loses_its_conversion_to_another_zone():
    from summarizer.stages.ground import local_time

    assert local_time("10 am (0300 GMT") == "10 am"  # was rendered "300 من توقيت غرينتش الساعة 10 صباحاً"
    assert local_time("12:45 p.m. (6:45 a.m. Eastern) Friday") == "12:45 p.m. Friday"
    assert local_time("Friday (local time)") == "Friday"
    assert local_time("Monday (June 3)") == "Monday (June 3)"


def test_a_place_with_a_compound_bearing_of_its_country_is_split_at_the_bearing():
    from summarizer.stages.ground import ExtractedPlace, _bearing_split

    place = ExtractedPlace(name="محافظة محايل عسير جنوب غربي المملكة العربية السعودية", role="site")
    assert [p.name for p in _bearing_split(place)] == ["محافظة محايل عسير", "المملكة العربية السعودية"]
    # was one place, "the province of Mahayel Assir, southwest Umluj the Saudi Arab"


def test_a_target_that_is_only_the_sites_place_word_is_the_site():
    from summarizer.stages.ground import ExtractedPlace, _site_of_its_word

    article = Article("Attack\n\nThe gunmen attacked the Egbekaw village early Monday, shooting indiscriminately.")
    places = [ExtractedPlace(name="Egbekaw village", role="site")]
    assert _site_of_its_word(article, "a village", places) == "Egbekaw village"  # was "attacked a village in ..."
    assert _site_of_its_word(article, "a school", places) is None


def test_a_big_town_found_only_by_an_alternate_name_casts_no_vote_for_its_country():
    from summarizer.stages.ground import _by_its_own_name
    from summarizer.verify.gazetteer import lookup

    assert not _by_its_own_name("الجزيرة", lookup("الجزيرة"))  # Gezira is no Algiers: Algeria was the country
    assert _by_its_own_name("مقديشو", lookup("مقديشو"))


def test_a_group_that_often_attacks_said_after_its_name_is_no_perpetrator():
    from summarizer.stages.ground import _only_habitual

    text = (
        "قتلى في انفجار\n\nاستهدفت سيارة مفخخة مطعماً في مقديشو، مما أسفر عن مقتل سبعة أشخاص.\n"
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم، إلا أن حركة الشباب المتطرفة غالبا ما تنفذ هجمات دموية في مقديشو.\n"
    )
    assert _only_habitual(Article(text), "حركة الشباب المتطرفة")  # was "the article attributes the attack to"
