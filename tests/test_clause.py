"""Rendering an Arabic event clause into English by its structure (verb, subject, object, phrases of
place, means and time), and refusing what the structure cannot tell."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summarizer.verify.clause import render_clause
from summarizer.verify.clause_en import render_english_clause
from summarizer.verify.phrase import render_phrase, with_case

DATA = Path(__file__).resolve().parent.parent / "summarizer" / "lang" / "data"


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        # verb-subject-object, the instrument after the object
        (
            "استهدفت أربع طائرات مُسيرة بالصواريخ معسكراً تدريبياً",
            "4 drones targeted a training camp with the missiles",
        ),
        ("هاجم مسلحون مجهولون حاجزا للجيش", "Unidentified gunmen attacked a checkpoint of the army"),
        # victims alone after a casualty verb: passive, the place after the verb
        ("قتل 12 شخصا في هجوم", "12 people were killed in an attack"),
        ("قتل الناشط أمجد الساري", "Activist Amjad Al-Sari was killed"),
        # two clauses joined by wa-; "others" after a count
        ("قتل خمسة أشخاص وأصيب عشرة آخرون", "5 people were killed and 10 others were injured"),
        # an intransitive verb needs no object; a subject before its verb
        ("اندلعت اشتباكات عنيفة", "Violent clashes broke out"),
        ("غارات استهدفت سوقا للخضار", "Air strikes targeted a vegetable market"),
        # a weekday is a phrase of time, not a construct complement ("the missile of Friday")
        ("أطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار", "Israel fired a missile at a drone on Friday"),
        # a noun phrase is rendered as one
        ("انفجار سيارة مفخخة", "an explosion of a car bomb"),
        # qualifiers of a count go before it; a people counted by its adjective; "بجروح" adds nothing
        ("قتل 17 جندياً أفغانياً على الأقل", "At least 17 Afghan soldiers were killed"),
        (
            "قتل 25 فلسطينياً وأصيب أكثر من 900 آخرين برصاص الاحتلال الإسرائيلي",
            "25 Palestinians were killed and more than 900 others were injured by the gunfire of the Israeli forces",
        ),
        ("قتل 11 شخصا على الاقل واصيب عشرة آخرون بجروح", "At least 11 people were killed and 10 others were injured"),
        # accident verbs take no object, and their own preposition
        ("انهار مبنى سكني في المدينة", "A residential building collapsed in the city"),
        ("انقلبت حافلة على الطريق", "A bus overturned on the road"),
        ("اصطدم قطار بشاحنة", "A train collided with a truck"),
        ("ارتطمت السفينة بالجسر", "The ship crashed into the bridge"),
        ("هرعت فرق الإنقاذ إلى المكان", "The rescue teams rushed to the place"),
        ("انقطع التيار الكهربائي عن المدينة", "The electric current was cut off from the city"),
        # a verb of two words split by its subject; the place a bearing points from
        ("لقي 20 شخصاً حتفهم في دارفور غربي السودان", "20 people died in Darfur, western Sudan"),
        ("قتل 20 شخصا في دارفور غربي السودان", "20 people were killed in Darfur, western Sudan"),
        ("أطلق مسلحون النار على المصلين", "Gunmen opened fire on the worshippers"),
        # the verb's own preposition after its subject opens the object; a count after an event's noun
        # counts its victims; a reporting verb's casualty object is a clause
        ("أسفر الهجوم عن مقتل 3 جنود", "The attack resulted in the killing of 3 soldiers"),
        ("أفادت تقارير بمقتل 37 شخصا", "Reports said 37 people were killed"),
        ("أعلنت الشرطة مقتل 5 أشخاص", "The police said 5 people were killed"),
        ("أفادت مصادر بإصابة جندي", "Sources said a soldier was injured"),
        ("أعلنت الشرطة مقتل القائد", "The police said the commander was killed"),
        # a possessive pronoun makes its noun definite; a region after a place is where it lies
        (
            "لقي 20 شخصاً حتفهم بعد انهيار تلة على قريتهم بسبب هطول غزير للأمطار",
            "20 people died after a collapse of a hill on the village due to heavy rainfall",
        ),
        (
            "قتل 10 أشخاص في محافظة البحيرة، شمالي البلاد",
            "10 people were killed in the province of Beheira, in the north of the country",
        ),
        # who the victims were is an aside after the clause, not a noun phrase of it; a number of two words
        (
            "قُتل خمسة أشخاص بينهم عسكري وأصيب خمسة عشر آخرون، بعضهم مدنيون",
            "5 people were killed, including a soldier, and 15 others were injured, including civilians",
        ),
        ("قتل 12 شخصا بينهم 3 أطفال في غارة", "12 people were killed in an air strike, including 3 children"),
        ("قتل 35 مدنيا، معظمهم نساء وأطفال", "35 civilians were killed, most of them women and children"),
    ],
)
def test_clauses_render_by_structure(arabic, english):
    assert render_clause(arabic).text == english


@pytest.mark.parametrize(
    ("arabic", "why"),
    [
        ("استهدفت أربع طائرات مُسيرة بالصواريخ", "takes an object"),  # what was targeted is not said
        ("هجوم شنته طائرة بلا طيار", "pronoun"),  # "launched it": a relative clause, not "launched a drone"
        ("قتلت الناشطة سعاد العلي وقد فر المسلحون", "neither in the lexicon"),
    ],
)
def test_what_the_structure_cannot_tell_is_refused_with_the_reason(arabic, why):
    rendered = render_clause(arabic)
    assert rendered.text is None and why in rendered.reason


def test_a_weekday_after_a_noun_is_when_it_happened():
    assert render_phrase("هجوم السبت").text == "the attack on Saturday"


def test_on_is_a_preposition_not_a_yaml_boolean():
    # YAML 1.1 reads a bare on/no/yes as a boolean: "على: on" once crashed every phrase with "على".
    assert render_phrase("قصف مدفعي على مدينة حمص").text == "artillery shelling on the city of Homs"

    def booleans(node):
        """Booleans among strings: a dict's keys, a mapping of words, a list mostly of words."""
        if isinstance(node, dict):
            words = len(node) > 3 and all(isinstance(v, str | bool) for v in node.values())
            # a flag ("means_act: true") is a boolean by design; a word mapped to on/no/yes is not
            flagged = [k for k in node if isinstance(k, bool)] + [
                v for k, v in node.items() if words and isinstance(v, bool) and "_" not in str(k)
            ]
            return flagged + [b for v in node.values() for b in booleans(v)]
        if isinstance(node, list):
            words = sum(bool(isinstance(v, str) and v) for v in node) > len(node) / 2
            return [v for v in node if words and isinstance(v, bool)] + [b for v in node for b in booleans(v)]
        return []

    for path in DATA.rglob("*.yaml"):
        assert not booleans(yaml.safe_load(path.read_text(encoding="utf-8"))), path


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        # verb first, feminine with a feminine subject; an indefinite object in the accusative
        ("A suicide bomber attacked a mosque", "هاجم انتحاري مسجداً"),
        ("a car bomb exploded near a market", "انفجرت سيارة مفخخة قرب سوق"),
        # a verb of two words keeps its second after the subject
        ("a gunman opened fire on a mosque", "أطلق مسلح النار على مسجد"),
        # the English passive is the Arabic passive, with the vowel that marks it
        ("12 people were killed in a blast", "قُتل 12 شخصاً في انفجار"),
        # "was" before a participle is no verb of its own; "المرأة" takes the article on its alif of
        # joining; the pronoun of "لقي حتفه" agrees with the subject
        ("the man was injured", "أُصيب الرجل"),
        ("the woman was killed", "لقيت المرأة حتفها"),
        # noun + noun: the second is the head, the first its complement
        ("Gunmen attacked the police checkpoint", "هاجم مسلحون حاجز الشرطة"),
        ("a tram derailed", "خرج ترام عن القضبان"),
    ],
)
def test_english_clauses_render_into_arabic(english, arabic):
    assert render_english_clause(english).text == arabic


def test_an_english_clause_with_an_unknown_word_is_refused():
    rendered = render_english_clause("a gunman opened fire on a tented music festival")
    assert rendered.text is None and "tented" in rendered.reason
    # With the word in the lexicon the same clause renders.
    assert render_english_clause("a gunman opened fire on an outdoor music festival").text == (
        "أطلق مسلح النار على مهرجان موسيقي مكشوف"
    )


def test_wa_between_nouns_is_and_not_a_construct():
    assert render_phrase("مسجدا وسوقا").text == "a mosque and a market"
    assert render_clause("عشرات القتلى والجرحى في هجوم على حافلة").text.endswith(
        "dozens of dead and wounded in an attack on a bus"
    )


def test_between_said_twice_fillers_and_conjoined_words():
    beirut = (
        "اندلع اشتباكات في بيروت بين مناصرين من تيار المستقبل من جهة وبين مناصرين من حركة أمل وحزب الله من جهة أخرى"
    )
    assert render_clause(beirut).text == (
        "Clashes broke out in Beirut between supporters of the Future Movement and supporters of Amal and Hezbollah"
    )
    assert render_phrase("قوات عسكرية وأمنية").text == "military and security forces"
    # a "و" word after a bare noun is another conjunct: refused, never "the armed army"
    assert render_clause("قتل 5 أشخاص في اشتباكات بين الجيش والمسلحين").text is None


def test_a_participle_with_its_agent_describes_its_noun_in_arabic():
    from summarizer.verify.clause_en import render_english_clause

    freed = "Twenty one of the 276 schoolgirls kidnapped by Boko Haram militants have been freed"
    assert render_english_clause(freed).text == "أُفرج عن 21 من 276 تلميذة اختطفهن متشددو بوكو حرام"
    assert render_english_clause("A boy kidnapped by gunmen was freed").text == "أُفرج عن ولد اختطفه مسلحون"


def test_a_verb_after_an_indefinite_noun_describes_it_and_a_verb_takes_its_own_preposition():
    arabic = "أطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار اقتربت من الجولان السورية المحتلة"
    english = "Israel fired a missile at a drone that approached the occupied Syrian Golan Heights on Friday"
    assert render_clause(arabic).text == english
    killed = "قتل 30 شخصا في انفجار استهدف مركزا"
    assert render_clause(killed).text == "30 people were killed in an explosion that targeted a centre"


def test_a_dual_in_construct_is_read_when_nothing_else_is():
    assert render_phrase("مسجدي المدينة").text == "the mosques of the city"
    assert render_phrase("قطاري ركاب").text == "passenger trains", "the lexicon's compound in the dual"
    assert render_phrase("مطار عسكري").text == "a military airport", "a nisba adjective stays one"


def test_describing_verbs_after_joined_clauses_and_a_root_waw():
    arabic = (
        "قتل 11 شخصا على الاقل واصيب عشرة آخرون بجروح الاربعاء في انفجار وقع في سوق مزدحم "
        "في مدينة صغيرة تقع شمال مقديشو"
    )
    english = (
        "At least 11 people were killed and 10 others were injured in an explosion that occurred in a crowded "
        "market in a small city that lies north of Mogadishu on Wednesday"
    )
    assert render_clause(arabic).text == english


def test_a_vehicle_that_struck_something_collided_with_it():
    arabic = render_english_clause("A tourist ship struck a highway bridge on the Rhine river").text
    assert arabic.startswith("اصطدمت سفينة سياحية بجسر طريق سريع")
    assert render_english_clause("A gunman struck a market").text == "ضرب مسلح سوقاً", "an attacker strikes"


def test_a_participle_with_a_place_after_its_noun_and_a_passive_across_a_preposition():
    english = "A Chinese boy trapped down an abandoned well has been found dead"
    assert render_english_clause(english).text == "عُثر على جثة ولد صيني عالق في بئر مهجور"
    assert render_english_clause("21 schoolgirls were freed").text == "أُفرج عن 21 تلميذة", "not أفرجت"


def test_a_title_its_adjective_and_the_name_are_one_person():
    english = render_clause("قُتلت الناشطة العراقية سعاد العلي بإطلاق نار في مدينة البصرة").text
    assert english == "Iraqi activist Suad al-Ali was killed in gunfire in the city of Basrah"
    assert render_phrase("الناشطة العراقية سعاد العلي", name_slot=True).text == "Iraqi activist Suad al-Ali"


def test_an_event_without_the_relative_clause_that_describes_its_town():
    from summarizer.verify.event_span import event_clause
    from summarizer.verify.grounding import Article

    text = "قتل خمسة مدنيين بعد سقوط صاروخ في مدينة مأرب التي تسيطر عليها قوات حكومية."
    assert event_clause(Article(text), text.rstrip(".")) == "قتل خمسة مدنيين بعد سقوط صاروخ في مدينة مأرب"


def test_li_after_a_verbal_noun_is_of():
    assert render_phrase("قصف عنيف للمدينة").text == "violent shelling of the city"
    assert render_phrase("مركزا لتسجيل الناخبين الجدد").text == "a centre for the registration of the new voters"


def test_victims_before_a_verb_of_killing_without_object_were_killed():
    arabic = "10 أشخاص على الأقل قتلوا وأصيب 15 آخرون من جراء تصادم قطاري ركاب في محافظة البحيرة"
    assert render_clause(arabic).text == (
        "At least 10 people were killed and 15 others were injured due to a collision of passenger trains"
        " in the province of Beheira"
    )
    assert render_clause("المسلحون قتلوا 5 مدنيين").text == "The gunmen killed 5 civilians", "with its object: active"


def test_a_passive_of_dozens_takes_the_plural_verb():
    assert render_clause("قُتل عشرات الأشخاص").text == "Dozens of people were killed"
    assert render_clause("قُتل جندي").text == "A soldier was killed"


def test_a_result_clause_is_said_with_participles():
    arabic = "قصفت طائرات حربية سورية وروسية الجمعة ريف درعا الجنوبي الغربي، ما أسفر عن مقتل 26 مدنيا"
    assert render_clause(arabic).text == (
        "Syrian and Russian warplanes shelled the south-western countryside of Dar'a on Friday, killing 26 civilians"
    )
    arabic = "انفجرت عبوة ناسفة في سوق، ما أدى إلى مقتل 3 أشخاص وإصابة 10 آخرين بجروح"
    english = "An explosive device exploded in a market, killing 3 people and injuring 10 others"
    assert render_clause(arabic).text == english
    assert render_clause("انفجرت عبوة ناسفة في سوق، مما أسفر عن مقتل وإصابة العشرات").text.endswith(
        ", killing and injuring dozens"
    )
    # a result that is no casualty is not guessed at
    assert render_clause("انفجرت عبوة ناسفة في سوق، ما أسفر عن أضرار مادية").text is None


def test_victims_before_a_verb_of_killing_with_only_adverbials_after_it_were_killed():
    assert render_clause("ثمانية أشخاص قتلوا السبت في أعمال عنف").text == "8 people were killed in violence on Saturday"


def test_a_report_of_a_killing_and_an_injury_is_two_clauses():
    arabic = "أعلنت وكالة الأنباء الفلسطينية (وفا)، الأربعاء، مقتل فلسطيني وإصابة 14 آخرين"
    assert render_clause(arabic).text == (
        "The Palestinian news agency WAFA said a Palestinian was killed and 14 others were injured on Wednesday"
    )


def test_an_aside_on_the_injured_says_no_wounds_again():
    assert render_clause("قُتل شخص وأصيب 5 آخرون، بينهم 4 رجال إطفاء بجروح").text == (
        "A person was killed and 5 others were injured, including 4 firefighters"
    )


def test_a_dual_with_its_two_after_a_passive_verb_is_the_subject():
    text = "قتل فلسطينيان اثنان، بينهم مسعف، وأصيب أكثر من 300 آخرين، برصاص الجيش الإسرائيلي الجمعة"
    assert render_clause(text).text.startswith("2 Palestinians were killed, including a paramedic"), (
        "was 'Palestinians killed 2'"
    )


def test_a_clause_read_into_an_article_before_a_plural_is_refused():
    from summarizer.verify.clause import render_clause

    got = render_clause("شاباً فلسطينياً استشهد وإصابة آخر بجروح خطيرة برصاص قوات الاحتلال")
    assert got.text is None and "plural" in got.reason  # was "... killed another injury in a serious injuries"


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        # "وسط" after a noun phrase closed by its adjective says where the event was, not "of the centre"
        (
            "وقع انفجار ضخم وسط العاصمة الصومالية مقديشو",
            "A huge explosion occurred in the centre of the Somali capital Mogadishu",
        ),
        ("انفجرت سيارة مفخخة وسط السوق", "A car bomb exploded in the centre of the market"),
        ("وقع انفجار شمال بغداد", "An explosion occurred north of Baghdad"),
        ("وقع انفجار شرق سوريا", "An explosion occurred in eastern Syria"),
        ("استهدف الجيش العاصمة كييف", "The army targeted the capital Kyiv"),
    ],
)
def test_a_direction_word_after_the_subject_is_where_the_event_was(arabic, english):
    assert render_clause(arabic).text == english  # was "The huge explosion of the centre ... occurred Mogadishu"


def test_a_subordinate_clause_is_joined_by_its_english_word_and_a_suicide_bomber_is_the_subject():
    assert render_clause("قتل 12 شخصاً على الأقل عندما فجر انتحاري سيارة مفخخة").text == (
        "At least 12 people were killed when a suicide bomber detonated a car bomb"  # was "a suicide dawn"
    )
    assert render_clause("فجرت انتحارية نفسها في سوق").text == "A suicide bomber blew herself up in a market"
    # the victims' aside goes on through "مع" (no agent "by the mission of NATO"); a plural with its "ن"
    # heads no construct ("3 civilians of contractors")
    got = render_clause("قتل 12 شخصاً بينهم ثلاثة مدنيين متعاقدين مع بعثة الحلف الأطلسي عندما فجر انتحاري سيارة مفخخة")
    assert got.text == (
        "12 people were killed, including 3 civilians, contractors with the mission of NATO, when a suicide bomber"
        " detonated a car bomb"
    )


def test_a_lead_that_tells_its_toll_by_verbal_nouns_is_a_passive_clause():
    # was "A killing of two people and the injury of 3 others due to armed clashes ...", a fragment
    got = render_clause("مقتل شخصين وإصابة ثلاثة آخرين جراء اشتباكات مسلحة في مدينة الزاوية").text
    assert got.startswith("Two people were killed and 3 others were injured due to armed clashes")
    assert render_clause("مقتل جندي في هجوم").text == "A soldier was killed in an attack"
    assert render_clause("مقتل القائد في غارة").text.startswith("the killing of"), "one named: a noun phrase"


def test_a_clause_reads_a_bearing_country_in_the_light_of_the_articles_country():
    from summarizer.verify.phrase import in_country

    clause = "قتل 29 شخصًا على الأقل في اشتباكات بين عشائر متنافسة في جنوب السودان"
    with in_country("SS"):
        assert render_clause(clause).text.endswith("in South Sudan")
    assert render_clause(clause).text.endswith("in southern Sudan"), "no country given: the south of Sudan"


def test_a_phrase_fronted_by_a_comma_follows_its_clause_and_a_second_toll_verb_opens_a_clause():
    fronted = "وفي هجوم بسكين في العاصمة الفرنسية باريس، قُتل مواطن ألماني وأصيب عدد آخر"
    assert render_clause(fronted).text == (
        "A German citizen was killed and others were injured in an attack with a knife in the French capital Paris"
    )  # was "An in an attack ... of the killing of the German citizen and an injured of other number"
    assert (
        render_clause("قُتل مواطن ألماني وأصيب شخصان").text == "A German citizen was killed and two people were injured"
    )


def test_a_nationality_spelt_with_alif_and_lam_is_no_article():
    assert render_phrase("مواطن ألماني").text == "a German citizen"  # "ألماني" folds to "الماني"
    assert render_phrase("المواطن الألماني").text == "the German citizen"


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        # a second verb after "and" shares the first's subject: said once, the verb agrees with it
        (
            "A gunman opened fire in a Moscow government services center and killed two people",
            "أطلق مسلح النار في مركز خدمات حكومة موسكو وقتل شخصين",
        ),
        ("Gunmen stormed a village and killed 22 people", "اقتحم مسلحون قرية وقتلوا 22 شخصاً"),
        ("Two gunmen stormed a bar and killed six people", "اقتحم مسلحان حانة وقتلا 6 أشخاص"),
        ("A car bomb exploded in a market and killed 14 people", "انفجرت سيارة مفخخة في سوق وقتلت 14 شخصاً"),
        # "shot and killed" is still one verb, and a dual object is no subject ("شخصان")
        ("Police shot and killed a man", "قتلت الشرطة رجلاً"),
        ("Gunmen killed two people", "قتل مسلحون شخصين"),
    ],
)
def test_a_verb_joined_by_and_shares_its_subject(english, arabic):
    assert render_english_clause(english).text == arabic


def test_a_dual_and_its_adjective_take_the_case_of_their_slot():
    assert with_case("شخصان آخران في السوق", "accusative") == "شخصين آخرين في السوق"
    assert with_case("جنديين إسرائيليين", "nominative") == "جنديان إسرائيليان"
    assert with_case("مسؤولو الصليب الأحمر", "genitive") == "مسؤولي الصليب الأحمر"  # a construct's plural
