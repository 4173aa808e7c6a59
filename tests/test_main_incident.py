"""The main incident's facts by rule: casualty figures with their scope, the sentences of the main
incident apart from the background, source kinds from the words of a name, the article's country.
Sentences are written for these tests in the style of news leads, not copied from the eval articles."""

from __future__ import annotations

import pytest

from summarizer.schema import Qualifier
from summarizer.stages.ground import ACCIDENT_RULES
from summarizer.verify.casualties import casualty_figure, victims_share
from summarizer.verify.gazetteer import countries_named, lookup
from summarizer.verify.grounding import Article
from summarizer.verify.main_incident import (
    analyst_figure,
    background,
    countries_as_where,
    figures,
    in_main,
    main_sentences,
)
from summarizer.verify.numbers import counts_in, numbers_in
from summarizer.verify.sources import source_kind

E, AL, AP, RU = Qualifier.exact, Qualifier.at_least, Qualifier.approximately, Qualifier.reported_unspecified


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Thirty-four people died", [34]),
        ("ثلاثة وعشرون قتيلا", [23]),
        ("more than 1,300 people", [1300]),
        ("قتل 7 وأصيب اثنا عشر", [7, 12]),
        # Arabic tens 60-90, hundreds and their compounds (hundreds, units, tens), accusative "one"
        ("مقتل ستين شخصا وإصابة تسعين", [60, 90]),
        ("إن واحدا وأربعين شخصا قتلوا", [41]),
        ("مقتل مئتين وثلاثة عشر شخصا", [213]),
        ("مقتل مئة وخمسة وعشرين شخصا", [125]),
        ("قتل ثلاثمئة شخص ثم ثلاث مئة آخرون", [300, 300]),
        ("two hundred people", [200]),
        ("قتل ثلاثة وأصيب أربعة", [3, 4]),
        # thousands with the rest after "and", a thousand alone
        ("ارتفع عدد القتلى إلى 5 آلاف و894 شخصا", [5894]),
        ("ثلاثة آلاف وخمسمئة قتيل", [3500]),
        ("مقتل ألف شخص", [1000]),
    ],
)
def test_compound_numbers_and_thousands_separators_are_one_number(text, numbers):
    assert numbers_in(text) == numbers


@pytest.mark.parametrize(
    ("span", "killed", "injured"),
    [
        # Each count belongs to its own clause and its own qualifier.
        ("قتل 14 شخصا وأصيب أكثر من 40 آخرين", (14, E), (40, AL)),
        ("Three soldiers were killed and at least 20 wounded", (3, E), (20, AL)),
        (
            "At least nine people were killed and 31 were taken to hospital",
            (9, AL),
            (31, AL),
        ),  # a floor: others treated at the scene
        # A part of the victims is no toll; a count of killed and injured together is neither.
        ("killed 16 people, including four children", (16, E), (None, RU)),
        ("قتل 8 أشخاص بينهم طفلان", (8, E), (None, RU)),
        ("قتل وأصيب 45 شخصا في الانفجار", (None, RU), (None, RU)),
        # Counts in words: a dual, one more victim, one named or titled person.
        ("أسفر الهجوم عن سقوط قتيلين", (2, E), (None, RU)),
        ("وأصيب في الحادث شرطي آخر", (None, RU), (1, E)),
        ("gunmen shot and killed Maria Lopez outside her home", (1, E), (None, RU)),
        ("قتل الصحفي سامر الأحمد برصاص مجهولين", (1, E), (None, RU)),
        # A toll given so far can only rise.
        ("61 people have died so far", (61, AL), (None, RU)),
        ("عدد الضحايا يتجاوز 200 قتيل", (200, AL), (None, RU)),
        # A compound number in words is one count, its "and" no start of another clause.
        ("لقي ثلاثة وعشرون شخصا حتفهم وأصيب سبعة وثلاثون آخرون", (23, E), (37, E)),
        # A thousands separator splits no clause; a toll revised down is the figure it was revised to.
        ("the governor said that 1,175 people had been injured, and that 30 had died", (30, E), (1175, E)),
        ("officials revised the death toll from the collision down to 275 from 288", (275, E), (None, RU)),
        (  # a raised toll of the kind named before the comma and the day
            "ارتفع عدد القتلى جراء الزلزال، الاثنين، إلى 5 آلاف و894 شخصا، فيما بلغ عدد المصابين 34 ألفا و810",
            (5894, E),
            (34810, E),
        ),
        # Two counts of people joined by "and" are one toll; a count of the injured after "and" is not.
        ("a gunman opened fire, killing 19 children and two teachers", (21, E), (None, RU)),
        ("قتل 5 جنود و3 مدنيين في الهجوم", (8, E), (None, RU)),
        ("قتل 5 جنود وأصيب 3 آخرون", (5, E), (3, E)),
        # a second noun of the count joined by "and", the verb after both
        ("اثني عشر طفلاً وفتى قُتلوا مساء السبت بصاروخ", (12, E), (None, RU)),
        ("12 children and teenagers were killed", (12, E), (None, RU)),
        # visitors and security men: two counts of people, one toll
        ("فضلاً عن إصابة أربعة زوار وخمسة أمنيين بجروح", (None, RU), (9, E)),
        # one person after "a"; a group with its "of" phrase and one more; a number of others is no one
        ("Security forces killed a protester and wounded 91 others", (1, E), (91, E)),
        ("in which eight jawans of DRG and a driver were killed", (9, E), (None, RU)),
        ("قتل 4 أشخاص وأصيب عدد آخر", (4, E), (None, RU)),
    ],
)
def test_casualty_figures_belong_to_their_own_clause(span, killed, injured):
    assert casualty_figure(span, "killed") == killed
    assert casualty_figure(span, "injured") == injured


@pytest.mark.parametrize(
    "text, count, share, who",
    [
        ("قتل 16 مدنيا، بينهم نساء وأطفال وأكثر من 40 جريحا، في قصف", 16, "some", "نساء وأطفال"),
        ("killed 9 people, including two journalists, police said.", 9, "some", "two journalists"),
        ("وإصابة 20 آخرين من بينهم 4 أطفال.", 20, "some", "4 أطفال"),
        ("وأصيب 30 آخرون بجروح غالبيتهم من النساء", 30, "most", None),  # "من" ends it before any people
        ("وأصيب 30 آخرون بجروح معظمهم طلاب", 30, "most", "طلاب"),
        ("wounded 14 others, most of them children.", 14, "most", "children"),
        # Not this toll's: another count stands between; more than the toll; no people named.
        ("مقتل 3 جنود وإصابة 14 آخرين من بينهم 6 أطفال", 3, None, None),
        ("killed 20 people, including 30 children.", 20, None, None),
        ("killed 20 people, including the driver and two others", 20, "some", "the driver"),
        ("destroyed 20 homes, including the mosque.", 20, None, None),
    ],
)
def test_who_a_tolls_victims_include_is_read_after_its_figure(text, count, share, who):
    found = victims_share(text, count)
    if who is None:
        assert found is None
        return
    assert (found.share, found.who) == (share, who)
    assert text[found.start : found.end] == who, "the phrase as written: evidence is exact"


ARABIC_REPORT = """قتلى في قصف على سوق شعبي

قتل 12 مدنيا وأصيب 30 آخرون في قصف استهدف سوقا شعبيا في مدينة إدلب صباح الأحد.
وقال مدير الدفاع المدني إن حصيلة القتلى ارتفعت من 12 إلى 15 قتيلا.
وكانت المدينة قد تعرضت العام الماضي لقصف مماثل قتل فيه 40 شخصا في بلدة سراقب.
وفي مارس، قتل 9 أشخاص في غارة على معرة النعمان.
"""


def test_background_sentences_are_not_the_main_incident():
    article = Article(ARABIC_REPORT)
    main = " ".join(s.quote for s in main_sentences(article))
    assert "إدلب" in main and "سراقب" not in main and "معرة النعمان" not in main
    assert in_main(article, "إدلب") and not in_main(article, "سراقب")
    counts = {(f.kind, f.count) for f in figures(article)}
    assert ("killed", 40) not in counts and ("killed", 9) not in counts  # another event's tolls
    assert ("killed", 15) in counts and ("killed", 12) not in {(f.kind, f.count) for f in figures(article)[2:]}


def test_the_analyst_files_the_bodys_lead_figure_not_the_titles():
    text = "58 killed in concert shooting\n\nAt least 50 people were killed and 400 injured on Sunday night.\n"
    article = Article(text)
    found = figures(article)
    killed, injured = analyst_figure(found, article, "killed"), analyst_figure(found, article, "injured")
    assert (killed.count, killed.qualifier, injured.count) == (50, AL, 400)
    assert {f.count for f in found if f.kind == "killed"} == {58, 50}  # both kept side by side


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("مصادر أمنية", "unnamed"),
        ("شهود عيان", "unnamed"),
        ("وكالة الأنباء الرسمية", "outlet"),
        ("وسائل إعلام محلية", "outlet"),
        ("المتحدث باسم وزارة الداخلية", "official"),
        ("محافظ المدينة", "official"),
        ("الناشط الحقوقي سامر الأحمد", "person"),
        ("وزارة الصحة", "official"),
        ("منظمة العفو الدولية", "organisation"),
        ("رضوان صبري، المتحدث باسم الصليب الأحمر الإندونيسي", "person"),  # speaks for no state
        ("مسؤولو الصليب الأحمر الإندونيسي", "organisation"),
        ("police spokeswoman Jane Cole", "official"),
        ("witnesses", "unnamed"),
        ("local media", "outlet"),
        ("the Health Ministry", "official"),
    ],
)
def test_source_kind_is_read_from_the_words_of_the_name(name, kind):
    assert source_kind(name) == kind


def test_a_bare_name_leaves_the_kind_to_the_model():
    assert source_kind("سامر الأحمد") is None


def test_countries_named_in_a_lead_decide_a_homonym():
    assert countries_named("قتل 5 أشخاص في هجوم بشمال شرق نيجيريا") == ["NG"]
    assert countries_named("A plane crashed in northwest Costa Rica") == ["CR"]
    paris = lookup("Paris", "US")
    assert paris is not None and paris.country_code == "US"  # the hinted country's namesake
    assert lookup("Paris").country_code == "FR"


def test_dates_are_not_counts():
    assert counts_in("on 11 March") == [] and counts_in("at 13:20 on Friday") == []
    # a day after its month ("Tuesday November 21" had become a second toll of 21 killed)
    assert counts_in("killed in Bamenyam on Tuesday November 21.") == []
    assert counts_in("In November 21 people were killed") == [21], "a count of people after a month stays"


def test_ages_are_no_toll():
    assert casualty_figure("وقالت الوكالة إن أعمار القتلى تتراوح بين 16 و40 عاما", "killed") == (None, RU)


def test_the_victim_and_the_weapon_are_never_the_perpetrator():
    from summarizer.verify.recall import a_weapon, victim

    article = Article("اغتيال الصحفي سامر الأحمد برصاص مسلحين مجهولين في المدينة.\n")
    assert victim(article, "سامر الأحمد") and not victim(article, "مسلحين مجهولين")
    assert a_weapon("قنبلة") and a_weapon("a bomb") and not a_weapon("حركة الشباب")
    # Aircraft with whose they are name the state that flies them: an actor.
    assert not a_weapon("طائرات روسية") and not a_weapon("Israeli jets")


@pytest.mark.parametrize("name", ["Read More", "Wednesday", "اقرأ أيضا"])
def test_a_page_link_or_a_day_is_no_source(name):
    from summarizer.verify.recall import not_a_source_name

    assert not_a_source_name(name)


@pytest.mark.parametrize(
    ("phrase", "event"),
    [
        ("الكمين", True),
        ("غارة بطائرة بلا طيار", True),
        ("the ambush", True),
        ("مدينة البصرة", False),
        ("سوق مزدحم", False),
        ("Terrigal Beach", False),
    ],
)
def test_what_happened_is_no_place(phrase, event):
    from summarizer.verify.recall import an_event

    assert an_event(phrase) is event


def test_a_killed_count_the_article_gives_as_killed_and_injured_together_gives_way():
    from summarizer.verify import main_incident
    from summarizer.verify.grounding import Article

    article = Article(
        "قتل ما لا يقل عن ثلاثين شخصا في انفجار الأحد.\n"
        "قتل وأصيب 30 شخصا على الأقل في الانفجار، بحسب مسؤولين.\n"
        "وأفاد مسؤول الصحة أن 12 شخصا قتلوا على الأقل وأصيب 33 آخرون."
    )
    killed = [f.count for f in main_incident.figures(article) if f.kind == "killed"]
    assert killed == [12]
    # with no other count of the dead, the lead's stands
    alone = Article("قتل ما لا يقل عن ثلاثين شخصا في انفجار الأحد.\nقتل وأصيب 30 شخصا على الأقل في الانفجار.")
    assert [f.count for f in main_incident.figures(alone) if f.kind == "killed"] == [30]


def test_a_place_named_only_in_a_pluperfect_clause_is_background():
    from summarizer.verify import main_incident
    from summarizer.verify.grounding import Article

    article = Article(
        "خطف مسلحون عضو المجلس في طرابلس الأربعاء.\n"
        "والمجبري من مدينة أجدابيا، وكان قد أصدر بيانا الثلاثاء أيد فيه تسليم الموانئ للمؤسسة في بنغازي."
    )
    assert main_incident.in_main(article, "طرابلس")
    assert not main_incident.in_main(article, "بنغازي"), "what he had done before is background"
    # "وكانت ... قد" with a long subject between them: still what had happened before
    late = Article(
        "استهدفت طائرات مسيرة معسكرا في بادية العشارة مساء الثلاثاء.\n"
        "وكانت قاعدة التحالف الدولي بقيادة الولايات المتحدة الأميركية قد أطلقت صاروخين من حقل العمر أمس."
    )
    assert main_incident.background(late.text.splitlines()[1])
    assert len(main_incident.main_sentences(late)) == 1


def test_who_a_toll_counts_is_read_from_its_clause():
    from summarizer.verify.casualties import victims

    assert victims("قتل 17 جنديا أفغانيا على الأقل", 17).en_plural == "soldiers"
    assert victims("مقتل 25 فلسطينياً", 25).ar == "فلسطيني"
    assert victims("killed 17 Afghan soldiers", 17).ar_plural == "جنود"
    # People in general, or a count the clause does not state, name nobody in particular.
    assert victims("مقتل 35 شخصاً", 35) is None
    assert victims("At least seven people were killed", 7) is None
    assert victims("مقتل 3 جنود", 4) is None
    # members of a body counted after "من" are people, never "96 militias"
    assert victims("عن مقتل 96 من ميليشيات الحوثي", 96) is None
    assert victims("مقتل 3 من الجنود", 3).en_plural == "soldiers"


def test_a_pluperfect_without_its_particle_is_background():
    text = (
        "غارة قرب المطار\n\nاستهدفت غارة جوية منطقة قرب مطار دمشق الدولي الثلاثاء.\n"
        "وأعلن المرصد أن الصاروخين استهدفا مستودعات أسلحة.\n"
        "وكانت غارات جوية استهدفت مواقع عسكرية في شرق البلاد، وأسفرت عن مقتل العشرات من المقاتلين.\n"
    )
    told = [s.quote for s in main_sentences(Article(text))]
    assert not any("العشرات" in s for s in told), "an earlier strike's toll was taken for this one's"
    assert background("وكانت غارات جوية استهدفت مواقع عسكرية")
    assert not background("وكان الهجوم الذي استهدف السوق مروعا"), "a relative clause's verb"


def test_a_year_in_a_description_does_not_end_the_incident():
    text = (
        "حريق في مركز تجاري\n\n"
        "قتل 37 شخصا في حريق بمركز تجاري.\n"
        "يضم المركز التجاري، الذي افتتح عام 2013، دورا للسينما ومطاعم.\n"
        "وقال فلاديمير تشيرنوف إن 13 جثة عثر عليها في إحدى قاعات السينما.\n"
        "وفي عام 2009 قتل 150 شخصا في حريق ملهى.\n"
        "وقال مسؤول إن الحريق انتشر بسرعة.\n"
    )
    main = " ".join(s.quote for s in main_sentences(Article(text), 2018))
    assert "تشيرنوف" in main, "a year that dates the building, not another event"
    assert "2009" not in main and "انتشر" not in main, "a year with a toll is another event: the story ends there"


def test_an_incident_word_is_read_in_any_of_its_senses():
    from summarizer.verify.main_incident import tells_of_incident

    assert tells_of_incident('وقالت لجنة تحقيق: "انهار سقفا دارين للسينما".')  # collapsed, not "rivers"
    assert not tells_of_incident("وقال المسؤول إن المدينة تقع على ضفاف نهر كبير.")


def test_one_person_named_by_a_possessive_or_the_article_counts_one():
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure("Pitts’ wife was also struck in the gunfire", "injured")[0] == 1
    assert casualty_figure("The woman underwent surgery and is expected to survive", "injured")[0] == 1
    assert casualty_figure("the police were hurt", "injured")[0] is None, "a body, not one person"


def test_what_the_article_says_is_not_known_is_noted_in_both_languages():
    from summarizer.verify.uncertainty import unknowns

    arabic = Article(
        "قتل 11 شخصا في انفجار في سوق. ولم تعلن اي جهة حتى الآن تبنيها الاعتداء.\n"
        "ولم يعرف سبب الانفجار بعد، لكن السلطات فتحت تحقيقا."
    )
    found = {u.kind: u for u in unknowns(arabic, "ar")}
    assert found["unclaimed"].span.quote == "ولم تعلن اي جهة حتى الآن تبنيها الاعتداء"
    assert found["unclaimed"].en == "No group has claimed responsibility."
    cause = found["cause"]
    assert cause.span.quote == "ولم يعرف سبب الانفجار بعد"
    assert cause.en == "The cause of the explosion is not yet known."
    english = Article("A tram derailed in Croydon. The cause of the accident was unclear, the police said.")
    (cause,) = unknowns(english, "en")
    assert cause.span.quote == "The cause of the accident was unclear" and cause.ar == "لم يُعرف سبب الحادث بعد."
    # a claim made is no uncertainty, and a background sentence does not speak of this incident
    assert unknowns(Article("The Islamic State claimed responsibility for the attack."), "en") == []
    assert unknowns(Article("A bomb hit a market. Last year no group claimed a similar attack."), "en") == []


def test_a_casualty_word_with_a_slipped_dot_still_counts():
    # "جريجا" for "جريحا": a typist's dot; the count is the injured's
    assert casualty_figure("وأكثر من 50 جريجا", "injured") == (50, AL)
    assert casualty_figure("قتل 10 مدنيين وأكثر من 20 جريجا في القصف", "killed") == (10, E)
    from summarizer.lang.lexicon import INJURED_WORDS

    assert "خرج" not in INJURED_WORDS and "جرجي" not in INJURED_WORDS, "no slip that is another word's start"


def test_an_earlier_event_the_next_sentences_deny_was_an_attack_is_not_related():
    from summarizer.verify.main_incident import related_sentences

    text = (
        "غارة\n\nاستهدفت طائرات مسيرة معسكرا الثلاثاء. وأسفر الهجوم عن جرحى.\n"
        "وكانت قاعدة التحالف قد أطلقت، مساء أمس الإثنين، صاروخين من حقل العمر، وانفجرا في البادية.\n"
        'وأشار الناشط إلى أن "الانفجارات ناجمة عن تدريبات عسكرية"، نافياً "وجود أي استهداف".'
    )
    assert related_sentences(Article(text)) == []
    kept = text.rsplit("\n", 1)[0] + "\nوقال الناشط إن الطيران واصل التحليق."
    assert len(related_sentences(Article(kept))) == 1


def test_a_toll_in_a_where_clause_dated_another_day_is_another_events():
    from summarizer.verify.main_incident import figures

    text = (
        "غارة على حافلة\n\nقتل 39 مدنيا في غارة على حافلة في صعدة الخميس.\n"
        'وقال التحالف إن الغارة استهدفت "من خطط للهجوم على مدينة جازان" في جنوب السعودية حيث اعترضت الرياض '
        "مساء الأربعاء صاروخا وأدى تناثر شظاياه إلى مقتل شخص وإصابة 11 آخرين."
    )
    assert [(f.kind, f.count) for f in figures(Article(text), "YE", 2018)] == [("killed", 39)]


def test_a_count_of_some_of_a_group_counts_that_group():
    from summarizer.verify.casualties import victims

    assert victims("أصيب خلالها اثنان من مرافقيه", 2).en_plural == "escorts", "his escorts: a plural with 'his'"
    assert victims("قتل 5 من الجنود", 5).en_plural == "soldiers"
    assert victims("three of his bodyguards were killed", 3) is not None
    assert victims("قتل ثلاثة من عناصر التنظيم", 3) is None, "members of a body: too generic to name"
    assert victims("قتل ثلاثة من عناصر الشرطة", 3).en_plural == "police officers", "members of a force: its officers"


def test_a_superlative_yardstick_does_not_make_the_lead_background():
    lead = (
        "A gunman opened fire at a school on Tuesday, killing 19 children, in the deadliest school "
        "shooting since the massacre at a college in 2007, nearly a decade ago."
    )
    assert not background(lead, 2016)
    assert background("Two people were killed in a similar attack last month.")
    assert background("In 2007, a gunman killed 32 people at a college.", 2016)


def test_the_bodys_lead_is_the_main_incident_even_a_week_on_and_what_it_came_after_is_not():
    text = (
        "Bombing toll\n\n"
        "A suicide bombing at a school last week killed at least 53 people, the UN said on Monday. "
        "The bombing came hours after a blast at a bus station killed at least 7 people."
    )
    main = [s.quote for s in main_sentences(Article(text))]
    assert any("at least 53" in s for s in main) and not any("bus station" in s for s in main), main


def test_an_earlier_toll_in_the_pluperfect_keeps_the_incidents_story_going():
    article = Article(
        "اشتباكات\n\nارتفعت حصيلة الاشتباكات في طرابلس إلى 32 قتيلاً. "
        "وكانت الوزارة قد أعلنت مساء السبت حصيلة أولية بلغت 23 قتيلاً. "
        "واندلعت المواجهات بين جهاز دعم الاستقرار وكتيبة ثوار طرابلس."
    )
    assert any("واندلعت المواجهات" in s.quote for s in main_sentences(article))
    other = Article("هجوم\n\nقتل 5 أشخاص في هجوم. وكان الهجوم الأول قد أدى عام 2010 إلى مقتل 9 أشخاص. وقتل 3 آخرون.")
    assert not any("وقتل 3" in s.quote for s in main_sentences(other)), "an earlier event still ends the story"


def test_a_sentence_on_recurring_attacks_back_then_is_background():
    assert background("وتشهد المنطقة تفجيرات متكررة، إذ قُتل 13 شخصاً بانفجار سيارة مفخخة في تل أبيض حينها.")
    assert not background("قتل 40 مدنياً في انفجار صهريج مفخخ وسط عفرين.")


def test_a_pluperfect_in_reported_speech_is_no_earlier_event():
    from summarizer.verify.main_incident import background

    assert not background("A spokesman told AFP that 2,053 people had been killed in Herat province.")
    assert background("In 2015 a similar blast had killed 40 people in the city.", 2023)


def test_a_pluperfect_report_of_the_incident_named_again_is_its_story():
    from summarizer.verify.main_incident import _reported_again

    told = "وكانت وزارة الداخلية قد أعلنت، في بلاغ لها، أن الحادث أسفر عن وفاة 15 شخصاً، كلهم من النساء"
    assert _reported_again(told)
    assert not _reported_again("وكان الهجوم قد أسفر عن مقتل 70 شخصا عام 2011"), "no report: an earlier attack"


def test_a_dozen_multiplies_and_dozens_stay_unspecified():
    assert counts_in("About two dozen other people were wounded") == [24]
    assert counts_in("Dozens of people were wounded") == []


def test_claimed_the_lives_of_is_a_killing_and_hit_others_is_injuring():
    from summarizer.verify.casualties import casualty_clauses

    text = "وقع تدافع مميت ليل الأربعاء أودى بحياة 78 شخصاً على الأقل وأصاب 73 آخرين"
    first, second = casualty_clauses(text)
    assert casualty_figure(first, "killed") == (78, AL)
    assert casualty_figure(second, "injured") == (73, E) and casualty_figure(second, "killed")[0] is None


def test_a_lead_that_names_the_accused_state_by_its_capital_is_still_the_incidents():
    from summarizer.verify import main_incident
    from summarizer.verify.grounding import Article

    # "فيما نفت أنقرة" names Turkey's capital; "الحكومة العراقية" names Iraq: the lead's toll is the incident's
    article = Article(
        "قصف على منتجع في زاخو\n\n"
        "قُتل تسعة سياح وأصيب 23 آخرون بقصف مدفعي على منتجع في زاخو، في هجوم حمّلت الحكومة العراقية "
        "القوات التركية مسؤوليته، فيما نفت أنقرة."
    )
    found = main_incident.figures(article, "IQ")
    assert main_incident.analyst_figure(found, article, "killed").count == 9


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("with the confirmed death toll standing at forty-five", 45),
        ("death toll from Russian strike on apartment block reaches 45", 45),
        ("the death toll stood at at least 12 people", 12),
    ],
)
def test_an_english_death_toll_takes_the_figure_its_verb_gives(clause: str, count: int):
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure(clause, "killed")[0] == count
    assert casualty_figure("the death toll in 2019 was high", "killed")[0] is None


def test_a_city_of_a_million_with_a_three_letter_name_votes_for_its_country():
    from summarizer.verify.main_incident import countries_evidenced

    assert "SA" in countries_evidenced("وقع التدافع في مشعر منى قرب مكة المكرمة يوم الخميس")


def test_a_part_of_the_victims_is_no_toll_of_its_own_and_a_projection_is_no_figure():
    # "بينهم" counts some of the toll before it; the verb "لقي ... مصرعهم" closes after it
    article = Article("لقي 30 شخصا على الأقل، بينهم 9 نساء مصرعهم السبت في قصف على بلدة.")
    assert [(f.kind, f.count, f.qualifier) for f in figures(article)] == [("killed", 30, AL)]
    # "will become ten when the body is found": not yet a toll
    article = Article("قتل ثمانية أشخاص في الانفجار. وقال مسؤول إن عدد القتلى سيصبح عشرة عندما تنتشل الجثث.")
    assert [f.count for f in figures(article)] == [8]
    # a toll so far, then a projection without a count: the toll stands (the lead's "at least 50" was lost)
    article = Article("Earthquakes struck on Friday, killing at least 50 people with the toll expected to rise.")
    assert [(f.count, f.qualifier) for f in figures(article)] == [(50, AL)]
    assert figures(Article("Five people died in the fire, and the toll could rise to 20.")) != []


def test_a_country_said_as_where_outweighs_its_adjectives():
    text = "أعلنت وزارة الدفاع الروسية تحطم طائرة روسية في قاعدة جوية، غرب سوريا، بتوقيت موسكو."
    assert countries_as_where(text) == ["SY"]
    assert countries_as_where("وقع الانفجار بسوريا وباكستان") == ["SY"]


def test_a_neighbour_across_the_border_is_no_vote():
    assert countries_named("في محافظة حدودية الحدودية مع السعودية") == []
    assert countries_named("a town near the border with Syria") == []
    assert countries_named("قصف في شمال سوريا على الحدود مع تركيا") == ["SY"]


def test_a_lowercase_march_in_a_headline_is_no_month_and_a_title_ends_no_incident():
    assert not background("The march was peaceful until the shots")
    assert background("In March 2019, a bomb went off in the city")
    article = Article("Protest march in Portland marred by shooting\n\nA gunman opened fire in Portland on Friday.")
    assert in_main(article, "Portland")


def test_a_turn_to_another_matter_is_no_part_of_the_incident_and_a_share_stops_at_its_verb():
    article = Article(
        "عنوان\n\nقتل عشرة مدنيين الجمعة في قصف على بلدة في الريف. من جهة أخرى، بدأت عمليات إجلاء مقاتلين من "
        "مدينة أخرى. وقال المرصد إن القصف استمر طوال اليوم.\n"
    )
    quotes = [s.quote for s in main_sentences(article)]
    assert not any("إجلاء" in q for q in quotes) and any("استمر" in q for q in quotes)
    share = victims_share("لقي 20 شخصا، بينهم 7 أطفال مصرعهم الجمعة في القصف", 20)
    assert share is not None and share.who == "7 أطفال"


def test_a_listed_name_that_holds_a_country_names_no_country():
    from summarizer.verify.main_incident import countries_evidenced, without_listed_names

    text = "شن سلاح الجو العراقي غارات ضد تنظيم الدولة الإسلامية في العراق والشام داخل الأراضي السورية"
    assert "العراق والشام" not in without_listed_names(text)
    assert countries_as_where(text) == ["SY"], "inside Syrian territory; the group's name says no where"
    assert countries_evidenced("تنظيم الدولة الإسلامية في العراق والشام") == []


def test_what_the_incident_answered_is_an_earlier_event():
    from summarizer.verify.main_incident import before_separate, first_in_response

    text = (
        "غارات\n\nأعلن الجيش الإسرائيلي شنه غارة جوية على منشآت لحركة حماس في قطاع غزة، ردا على إطلاق نار"
        " استهدف جنودا ومنزلا في مدينة سديروت.\nوقال الجيش إن الغارة أصابت أهدافها."
    )
    article = Article(text)
    assert first_in_response(article, "مدينة سديروت") and first_in_response(article, "إطلاق نار")
    assert not first_in_response(article, "قطاع غزة")
    assert before_separate("Jets struck Gaza in retaliation for rockets fired at Sderot") == "Jets struck Gaza"


def test_a_singular_nationality_or_two_with_one_of_them_counts_the_dead():
    assert casualty_figure("أعلن الجيش الإسرائيلي مقتل فلسطيني", "killed") == (1, Qualifier.exact)
    assert casualty_figure("أعلنت مصادر طبية عن مقتل فلسطينيين أحدهما صحفي", "killed") == (2, Qualifier.exact)
    assert casualty_figure("مقتل فلسطينيين", "killed")[0] is None, "two or many: the words do not say"


def test_a_thousand_word_and_the_rest_is_one_number():
    assert counts_in("ما لا يقل عن ألف وخمسمئة جريح") == [1500]
    assert counts_in("ألفين وثلاثمئة") == [2300]
    assert counts_in("ألف و200 جريح") == [1200]
    assert counts_in("مقتل ألف شخص وإصابة خمسة") == [1000, 5], "two counts, no compound"


def test_each_count_takes_the_qualifier_beside_it():
    text = "وأوقع ذلك حوالي عشرين قتيلا بالاضافة إلى ما لا يقل عن ألف وخمسمئة جريح"
    assert casualty_figure(text, "killed") == (20, Qualifier.approximately)
    assert casualty_figure(text, "injured") == (1500, Qualifier.at_least)
    assert casualty_figure("قتل 5 أشخاص على الأقل وأصيب 10", "injured") == (10, Qualifier.exact)


def test_a_casualty_word_inside_another_word_counts_no_one():
    assert casualty_figure("وهو احتفال يهودي", "killed")[0] is None, "'احتفال' holds 'حتف' and is a celebration"
    assert casualty_figure("لقي حتفه شاب", "killed") == (1, Qualifier.exact)


def test_a_singular_casualty_noun_is_one_and_the_count_beside_the_other_is_theirs():
    assert casualty_figure("قتيل و4 جرحى بحادثة طعن في باريس", "killed") == (1, Qualifier.exact)
    assert casualty_figure("قتيل و4 جرحى بحادثة طعن في باريس", "injured") == (4, Qualifier.exact)
    assert casualty_figure("مقتل فلسطيني وإصابة 14 آخرين", "killed") == (1, Qualifier.exact)
    assert casualty_figure("وقال أحد أقارب القتيلة", "killed")[0] is None, "the dead woman named before"


def test_a_count_of_weapons_or_of_them_is_no_toll():
    text = "أحد المشتبه بهما أطلق 10 رصاصات أصابت أربع منها رأس وجسم الأستاذ الذي قتل على الفور"
    assert casualty_figure(text, "injured")[0] is None
    assert counts_in("4 drones on 11 March") == [4], "a weapon's count is a count, of weapons"
    assert casualty_figure("fired 3 rockets killing 5 people", "killed")[0] == 5


def test_allegiances_name_no_country_and_provinces_name_theirs():
    from summarizer.verify.main_incident import countries_evidenced

    assert countries_named("ميليشيات الحوثي الموالية لإيران") == []
    assert countries_named("الميليشيات المدعومة من إيران") == []
    assert countries_evidenced("مواجهات في جبهة باقم شمالي محافظة صعدة") == ["YE"]


def test_an_earlier_report_of_this_incidents_dead_does_not_end_its_story():
    text = (
        "تحطم\n\nقتل 257 شخصا على الأقل في تحطم طائرة نقل عسكرية جزائرية قرب العاصمة.\n"
        "وكانت السلطات كشفت في وقت سابق أن من بين القتلى أعضاء في جبهة البوليساريو.\n"
        "ووقع الحادث صباح الأربعاء في مطار عسكري في مدينة بوفاريك."
    )
    assert any("بوفاريك" in s.quote for s in main_sentences(Article(text)))


def test_an_ordinal_victim_is_one_more():
    assert casualty_figure("قتل 3 أشخاص وجرح رابع، الأحد", "injured") == (1, Qualifier.exact)
    assert casualty_figure("قتل 3 أشخاص وجرح رابع، الأحد", "killed") == (3, Qualifier.exact)


def test_a_noted_aside_is_background():
    text = (
        "غارة\n\nاستهدفت غارة جوية معسكرا لمتشددين شرقي بلدة بني وليد، جنوب غربي العاصمة طرابلس.\n"
        "يذكر أن الولايات المتحدة كانت قد شنت غارة استهدفت موقعا للمتشددين، مما أسفر عن مقتل قيادي."
    )
    assert not in_main(Article(text), "مما أسفر عن مقتل قيادي")


def test_a_toll_that_reaches_a_figure_counts_the_casualties_named_before():
    text = "وأعلنت الحكومة الخميس عن حصيلة جديدة لقتلى الفيضانات والانهيارات الأرضية، بلغت 199 شخصا على الأقل."
    assert casualty_figure(text, "killed") == (199, Qualifier.at_least)
    found = figures(Article("فيضانات\n\n" + text))
    assert [(f.kind, f.count) for f in found] == [("killed", 199)]


def test_a_number_typed_onto_its_noun_and_a_toll_said_as_victims_of_it():
    assert numbers_in("مقتل 9أشخاص") == [9] and numbers_in("ق1 و 5") == [5]
    clause = "أسفر عن مقتل 9أشخاص على الأقل وإصابة قرابة 40 آخرين"
    assert casualty_figure(clause, "killed") == (9, Qualifier.at_least)
    assert casualty_figure(clause, "injured") == (40, Qualifier.approximately)
    assert casualty_figure("الهجوم الذي راح ضحيته 12 شخصاً على الأقل", "killed") == (12, Qualifier.at_least)
    assert casualty_figure("No one was hurt in the blast.", "injured") == (None, Qualifier.reported_unspecified)


def test_a_place_word_before_the_country_a_named_place_target_and_a_plan_that_classifies_nothing():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _a_named_place, _bearing_split
    from summarizer.verify.classify import classify

    split = _bearing_split(ExtractedPlace(name="بلدة غاو شمالي البلاد", role="site"))
    assert [p.name for p in split] == ["بلدة غاو"]  # "the country" is the article's: no second place
    assert _a_named_place("منطقة دامبوا في جنوب ولاية بورنو") and _a_named_place("مدينة حلب")
    assert not _a_named_place("منطقة سكنية") and not _a_named_place("حي سكني")
    assert classify(["القبض على 14 شخصاً كانوا يجهزون لهجوم في أنقرة"])[1] is None
    assert classify(["police arrested men plotting an attack on a church"])[1] is None
    assert classify(["gunmen attacked a church"])[1] == "attack"


def test_the_perpetrator_the_model_names_must_stand_in_a_clause_that_tells_an_act():
    from summarizer.stages.ground import _named_apart_from_any_act

    article = Article(
        "تفجير قرب مطار قندهار\n\nقتل 11 طفلا الاثنين في تفجير انتحاري استهدف جنودا رومانيين قرب مطار قندهار. "
        "وأشار المتحدث إلى إصابة 16 شخصا، موضحا بأن الوحدة الرومانية تتولى أمن مطار قندهار."
    )
    assert _named_apart_from_any_act(article, "الوحدة الرومانية")
    assert not _named_apart_from_any_act(article, "تفجير انتحاري")


def test_a_singular_casualty_noun_ends_its_clause_and_among_the_injured_is_a_part():
    from summarizer.verify.casualties import opens_subset

    lead = "قالت الشرطة الفرنسية إن حادث طعن في باريس أسفر عن سقوط قتيل وإصابة 5 آخرين."
    assert casualty_figure(lead, "killed") == (1, Qualifier.exact)
    assert casualty_figure(lead, "injured") == (5, Qualifier.exact)
    assert opens_subset("ومن بين الجرحى اثنان في حالة خطرة") and opens_subset("among the dead were five children")
    article = Article(f"طعن في باريس\n\n{lead}\nومن بين الجرحى اثنان في حالة خطرة.")
    assert [(f.kind, f.count) for f in figures(article)] == [("killed", 1), ("injured", 5)]


def test_an_english_death_toll_set_apart_from_its_figure_by_commas():
    article = Article(
        "Death toll in Nice attack rises to 85\n\nPARIS - Death toll in Nice attack, in which a man drove a heavy "
        "truck into crowds on July 14 in the southern French city, rose to 85, the region's president said."
    )
    assert [(f.kind, f.count) for f in figures(article)] == [("killed", 85), ("killed", 85)]


def test_counted_groups_of_one_toll_a_death_said_with_her_and_a_fire_in_a_crash():
    from summarizer.verify.classify import classify

    assert casualty_figure("10 Americans, 2 pilots killed in Costa Rica air crash", "killed") == (12, Qualifier.exact)
    assert casualty_figure("three soldiers and two civilians were killed", "killed") == (5, Qualifier.exact)
    assert casualty_figure("مما أدى إلى إصابة الزوجة في الرأس، مما أدى إلى مقتلها", "killed") == (1, Qualifier.exact)
    assert casualty_figure("لقوا حتفهم في الهجوم", "killed")[0] is None  # "their deaths": not one
    crash = "the small plane they had just boarded crashed and burst into flames shortly after take-off"
    assert classify([crash], ACCIDENT_RULES)[0].label_en != "Fire"
    assert classify(["أطلق الطيران الإسرائيلي النار على مقربة من شبان"], ACCIDENT_RULES)[1] is None
    article = Article("10 Americans, 2 pilots killed in Costa Rica air crash\n\nA plane crashed on Sunday.")
    assert [(f.kind, f.count) for f in figures(article)] == [("killed", 12)]


def test_a_town_written_as_the_gazetteer_writes_it_abroad_is_kept_when_home_has_no_such_name():
    from summarizer.stages.ground import kept_abroad as _kept_abroad

    nusayrat = lookup("النصيرات")
    assert _kept_abroad(nusayrat, "النصيرات", {"IL", "PS"}, "IL")  # not Nazareth by sound
    assert not _kept_abroad(nusayrat, "النصيرات", {"IL"}, "IL")  # the article names no Palestine


def test_what_an_incident_recalls_is_no_background_and_a_count_of_all_injured_beats_one_man():
    from summarizer.verify.main_incident import analyst_figure

    article = Article(
        "غارات على غزة\n\nقتل ثلاثة أشخاص في غارات إسرائيلية على قطاع غزة الخميس.\n"
        "وقال مراسل إن الغارات كانت عنيفة وأعادت إلى الأذهان حرب 2014 الأخيرة.\n"
        "وأصيب زوجها محمد بجراح متوسطة.\nوأوضح الطبيب أن عدد المصابين بلغ 12 مصابا."
    )
    found = figures(article, "PS", 2018)
    assert ("injured", 12) in [(f.kind, f.count) for f in found]  # the 2014 war recalled ends no story
    assert analyst_figure(found, article, "injured").count == 12


def test_a_count_of_the_dead_is_a_share_not_a_toll():
    from summarizer.verify.casualties import a_share_of_the_toll

    assert a_share_of_the_toll("A family said five of the dead Americans were relatives", 5)
    assert a_share_of_the_toll("وكان ثلاثة من القتلى أطفالا", 3)
    assert not a_share_of_the_toll("five people were killed", 5)
    assert a_share_of_the_toll("Two of the fatalities were adolescents", 2)
    assert a_share_of_the_toll("One of the civilians killed played in the band", 1)
    grouped = Article(
        "12 killed in ambush\n\nMANILA, Philippines – Ten soldiers and two civilians were killed Wednesday in an "
        "ambush staged by New People’s Army rebels in Tinoc, police said."
    )
    assert ("killed", 12) in [(f.kind, f.count) for f in figures(grouped, "PH", 2012)], (
        "a curly apostrophe is English too"
    )


def test_a_toll_told_of_another_day_is_another_events():
    article = Article(
        "9 killed in gang attack\n\n"
        "Gunmen killed nine people in Haiti, a community leader said Wednesday.\n\n"
        "The gangsters attacked Tuesday evening in the town of Petite-Riviere.\n\n"
        "Over the weekend, nearly 200 people were killed in Port-au-Prince in another attack.\n\n"
        "On Wednesday, the toll rose to 11."
    )
    found = [(f.kind, f.count) for f in figures(article, "HT", 2024)]
    assert ("killed", 200) not in found, found
    assert ("killed", 11) in found, "a toll update on another day is the incident's"
    same_day = Article(
        "Gunmen attack\n\nGunmen attacked a village on Sunday, officials said.\n\n"
        "On Sunday, 12 people were killed in the village."
    )
    assert ("killed", 12) in [(f.kind, f.count) for f in figures(same_day, "HT", 2024)]


def test_two_counted_groups_in_any_number_add_up():
    from summarizer.verify.casualties import casualty_figure

    text = "Police released the names of six men and one woman killed when a packed tram derailed"
    assert casualty_figure(text, "killed")[0] == 7, "was 1: 'men' and 'woman' end in no s"


def test_a_floor_and_a_dual_keep_their_at_least():
    from summarizer.verify.casualties import casualty_figure

    text = "قتل شخصان على الأقل وأصيب 20 آخرون في انفجار قنبلة في سوق"
    assert casualty_figure(text, "killed") == (2, Qualifier.at_least), "'at least' was given to the injured"
    assert casualty_figure(text, "injured") == (20, Qualifier.exact)
    article = Article(
        "مقتل قياديين\n\nقتل قياديان ميدانيان بارزان في صفوف المليشيات، إلى جانب العشرات الآخرين، الجمعة، في قصف.\n"
    )
    assert [(f.count, f.qualifier) for f in figures(article) if f.kind == "killed"] == [(2, Qualifier.at_least)]


def test_english_demonyms_vote_for_the_articles_country():
    from summarizer.verify.main_incident import countries_evidenced

    assert "GR" in countries_evidenced("The death toll from a fire which ripped through a Greek coastal town")
    assert countries_evidenced("Saudi-led coalition") == ["SA"]  # once, as the coalition's leader


def test_a_homonym_abroad_gets_no_pin_and_the_articles_country_instead():
    from summarizer.stages.compose import _homonym_abroad

    assert _homonym_abroad("Mati", "GR", "a Greek coastal town")  # the gazetteer's Mati is in the Philippines
    assert not _homonym_abroad("Mati", "PH", "")
    assert not _homonym_abroad("Beni", "CG", "eastern Democratic Republic of Congo")  # its country is named
    assert not _homonym_abroad("Athens", None, "")


def test_a_month_named_as_past_in_its_own_clause_looks_back():
    from summarizer.verify.main_incident import background

    assert background("واندلع الحريق في 14 آب/ أغسطس الماضي، في أحد أجهزة تكييف الهواء")
    assert background("Last August, a fire broke out in a church")
    assert not background("ضمن فعاليات مسيرة العودة التي انطلقت في 30 مارس الماضي")  # when something began
    assert not background("قتل 5 في 3 مارس")


def test_a_running_total_since_a_date_is_no_toll_of_the_incident():
    from summarizer.verify import main_incident
    from summarizer.verify.grounding import Article

    text = (
        "عنوان\n\nاستشهد 5 فلسطينيين من عائلة واحدة في قصف على خان يونس.\n\n"
        "وتواصل قوات الاحتلال عدوانها على قطاع غزة منذ السابع من أكتوبر 2023، مما أسفر عن استشهاد 42010 "
        "فلسطينيين وإصابة 97720 آخرين."
    )
    article = Article(text)
    found = main_incident.figures(article)
    assert main_incident.analyst_figure(found, article, "killed").count == 5
    assert main_incident.analyst_figure(found, article, "injured") is None  # was 97720


def test_a_months_total_of_attacks_is_no_figure_of_the_incident():
    from summarizer.verify import main_incident
    from summarizer.verify.grounding import Article

    text = (
        "Ten dead in Iraq suicide bombing\n\nAt least ten people have been killed in a suicide bomb attack.\n\n"
        "The UN says 979 people - including 158 police - were killed in violent attacks in October."
    )
    found = main_incident.figures(Article(text))
    assert 979 not in [f.count for f in found] and 10 in [f.count for f in found]


def test_a_wars_whole_toll_is_no_figure_of_the_incident():
    from summarizer.verify.grounding import Article
    from summarizer.verify.main_incident import in_running_total

    text = "Aid workers were abducted. South Sudan has been devastated by three years of civil war, with tens of "
    text += "thousands killed."
    assert in_running_total(Article(text), "tens of thousands killed")


def test_what_happened_days_earlier_is_background():
    from summarizer.verify.main_incident import background

    assert background("Days earlier, RSF fighters were reported to have struck a mosque, killing at least 70 people.")
    assert not background("Earlier on Monday, gunmen killed five people.")


def test_many_events_toll_in_the_present_perfect_is_no_incident_figure():
    from summarizer.verify.grounding import Article
    from summarizer.verify.main_incident import in_running_total

    text = "Clashes between militants and security forces have claimed more than 6,000 lives, according to ICG."
    assert in_running_total(Article(text), "more than 6,000 lives")
    text = "Around 5,000 people have died in the country's unrest this year, according to the United Nations."
    assert in_running_total(Article(text), "5,000 people have died")
    assert not in_running_total(Article("At least 10 people have died after a bus crash."), "10 people have died")


def test_an_english_noun_before_the_noun_it_describes_is_no_victim():
    from summarizer.verify.casualties import victims

    assert victims("A roadside bomb killed one army ranger and wounded four others", 1).ar != "جيش"
    assert victims("two police officers were killed", 2).ar == "شرطي"
    assert victims("17 soldiers were killed", 17).en == "soldier"
    assert victims("killing 10 people, officials said", 10) is None, "the phrase ends at its comma"


def test_victims_framed_by_met_their_death_are_summed():
    from summarizer.verify.casualties import framed_toll

    assert framed_toll("لقي أربعة مدنيين على الأقل وخمسة جنود حتفهم في هجوم")[1:] == (9, Qualifier.at_least)
    assert framed_toll("لقي 12 مدنيا مصرعهم في هجوم") is None, "one group: the clause gives it"
    assert casualty_figure("لقي أربعة مدنيين على الأقل وخمسة جنود حتفهم", "killed") == (9, Qualifier.at_least)
    article = Article("مقتل تسعة\n\nلقي أربعة مدنيين على الأقل وخمسة جنود حتفهم في هجوم شمال موزمبيق.")
    assert ("killed", 9) in [(f.kind, f.count) for f in figures(article, "MZ", 2020)]
    assert ("killed", 5) not in [(f.kind, f.count) for f in figures(article, "MZ", 2020)]


def test_an_assassinated_person_is_one_killed_and_an_attempt_none():
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure("اغتيل الناشط أحمد علي صباح الثلاثاء", "killed") == (1, Qualifier.exact)
    assert casualty_figure("نجا الوزير من محاولة اغتيال", "killed")[0] is None


def test_people_missing_and_feared_dead_are_no_death_toll():
    assert casualty_figure("وإن هناك 27 مفقودا يخشى مقتلهم", "killed")[0] is None
    assert casualty_figure("27 missing, feared dead", "killed")[0] is None
    assert casualty_figure("Two people were killed and 27 are missing", "killed") == (2, Qualifier.exact)
    assert casualty_figure("قتل 12 شخصا وفقد خمسة آخرون", "killed") == (12, Qualifier.exact)


def test_without_a_publication_date_a_year_the_lead_does_not_give_is_another_events():
    from summarizer.verify.main_incident import main_sentences

    text = (
        "انهيار أرضي\n\nقالت الشرطة أمس الأربعاء إن انهيارا أرضيا دمر ثلاثة منازل.\n"
        "ووقع الانهيار الليلة الماضية في جبال هزها زلزال.\n"
        "وتسبب زلزال قوته 7.6 درجة في سقوط 73 ألف قتيل في أكتوبر عام 2005 .\n"
    )
    assert not any("2005" in s.quote for s in main_sentences(Article(text)))
    caption = "Police shooting\n\nPolice shot a man Saturday evening.\nThe scene on Saturday, Nov. 11, 2017.\nHe died."
    assert any("2017" in s.quote for s in main_sentences(Article(caption))), "a weekday dates this week's incident"


def test_a_lead_toll_that_a_later_sentence_splits_into_dead_and_hurt_counted_both():
    text = (
        "مذبحة في صعدة\n\nمذبحة جديدة راح ضحيتها 22 مدنياً جراء استهداف الطيران منزلاً في حيدان.\n"
        "وارتفعت حصيلة شهداء استهداف المنزل مساء الخميس إلى 17 شهيداً وإصابة 5.\n"
    )
    article = Article(text)
    found = figures(article, "YE", 2016)
    from summarizer.verify.main_incident import analyst_figure

    assert analyst_figure(found, article, "killed").count == 17
    assert analyst_figure(found, article, "injured").count == 5


def test_a_toll_told_after_the_background_of_the_incident_named_by_its_day_is_the_incidents():
    from summarizer.verify.main_incident import main_sentences

    text = (
        "10 soldiers killed in rebel ambush\n\n"
        "Rebels killed 10 soldiers in Samar, the military said Wednesday.\n"
        "The New People's Army launched its uprising in 1969, and thousands of people have been killed since.\n"
        "A colonel said two other soldiers were wounded in Tuesday's ambush.\n"
    )
    quotes = [s.quote for s in main_sentences(Article(text))]
    assert not any("1969" in q for q in quotes)
    assert not any("Tuesday's ambush" in q for q in quotes), "the lead names Wednesday only"
    text = text.replace("said Wednesday", "said of Tuesday's attack")
    assert any("Tuesday's ambush" in q for q in main_sentences(Article(text))[-1:] for q in [q.quote])


def test_missing_people_said_with_faqdan_are_no_dead():
    assert casualty_figure("أسفرت عن مقتل شخصين وفقدان 21 آخرين", "killed") == (2, Qualifier.exact)


def test_a_tolls_breakdown_a_construct_dual_thousand_and_an_hour_no_clock_shows():
    # "حيث تتوزع كالتالي": parts of the toll by place; "الساعة 93" is no time (no clock shows 93)
    article = Article("وخلف الزلزال إلى حدود الساعة 93 قتيلا، حيث تتوزع كالتالي 73 قتيلا بالحوز، و6 قتلى بشيشاوة.")
    assert [f.count for f in figures(article)] == [93], "was [73, 6]"
    assert counts_in("نحو ألفي قتيل") == [2000], "was [] (the construct dual of ألف)"
    assert counts_in("مئتي شخص") == [200]
    assert counts_in("الساعة 11 مساء") == [], "a clock's hour is no count"
    # "تقتل وتصيب 20": killed and injured together, neither toll
    article = Article("غارة تقتل وتصيب 20 يمنياً\n\nلقي عشرة أشخاص مصرعهم وأصيب ثمانية آخرون في غارة جوية.")
    assert [(f.kind, f.count) for f in figures(article)] == [("killed", 10), ("injured", 8)]


def test_people_missing_are_counted_apart_from_the_toll():
    from summarizer.verify.main_incident import missing

    found = missing(Article("أسفرت الفيضانات عن مقتل 12 شخصا وفقدان 21 آخرين، بحسب مسؤولين."))
    assert found is not None and (found.count, found.qualifier) == (21, Qualifier.exact)
    found = missing(Article("The ferry sank on Monday. At least 12 people are still missing, officials said."))
    assert found is not None and (found.count, found.qualifier) == (12, Qualifier.at_least)
    assert missing(Article("قتل 12 شخصا في انفجار.")) is None


def test_a_first_line_on_earlier_attacks_is_context_not_the_lead():
    article = Article(
        "مقتل 5 مدنيين في هجوم غربي النيجر\n\n"
        "مناطق النيجر الحدودية مع مالي تعاني من هجمات الإرهابيين، وكان آخرها في يناير حيث قتل 89 جنديا.\n"
        "قتل 5 مدنيين، اليوم السبت، في هجوم نفذه مسلحون على قرية غربي النيجر.\n"
        "يأتي الهجوم وسط موجة من أعمال العنف، آخرها الهجوم على جنازة والذي أسفر عن سقوط 27 قتيلاً.\n"
    )
    assert [f.count for f in figures(article)] == [5, 5], "was [5, 89, 5, 27]"


def test_a_superlative_with_a_past_year_and_no_since_tells_that_past_event():
    article = Article(
        "انفجار في منجم\n\n"
        "أفادت وسائل الإعلام الرسمية، السبت، أن انفجارا داخل منجم فحم أسفر عن مقتل 40 شخصا على الأقل.\n"
        "وشهدت تركيا أعنف كارثة في مجال تعدين الفحم في عام 2014، عندما لقي 301 شخصا حتفهم بعد انفجار.\n"
    )
    assert [f.count for f in figures(article)] == [40], "was [40, 301]"
    since = Article("قتل 12 شخصا السبت في أعنف هجوم تشهده المدينة منذ عام 2014.")
    assert [f.count for f in figures(since)] == [12], "a superlative with 'since' measures the incident"


def test_people_among_the_dead_are_a_share_of_the_toll():
    article = Article(
        "Gangs kill 40 in Haiti\n\nGangs carried out a massacre on Monday, leaving at least 40 people dead. "
        "“Twelve members of one family were among the dead,” the mayor said."
    )
    assert [f.count for f in figures(article)] == [40, 40], "was [40, 40, 1]"


def test_a_page_stamp_ends_no_story_and_the_day_before_attack_is_another_event():
    from summarizer.verify.main_incident import first_in_response

    article = Article(
        "13 police officers killed in ambush\n\n"
        "Tuesday 15 October 2019 11:20, UK\n"
        "At least 13 police officers have been killed after they were ambushed by gunmen in Mexico.\n"
        "Another nine were wounded in the attack.\n"
    )
    assert ("injured", 9) in [(f.kind, f.count) for f in figures(article)], "the stamp's month ended the story"
    lead = Article(
        "قُتل 4 جنود في مالي أمس، إثر هجوم شنه انتحاري على قاعدتهم قرب الحدود مع النيجر، غداة هجوم أسفر عن "
        "مقتل 14 جندياً قرب ثكنتهم في تمبكتو شمال البلاد."
    )
    assert [f.count for f in figures(lead)] == [4], "was [4, 14]"
    assert first_in_response(lead, "تمبكتو") and not first_in_response(lead, "النيجر")
    mourning = Article("أعلنت الحكومة الحداد ثلاثة أيام غداة تحطم طائرة أسفر عن مقتل 20 شخصا في العاصمة.")
    assert [f.count for f in figures(mourning)] == [20], "after a mourning, what came before is the incident"


def test_a_group_named_only_for_what_it_usually_does_is_no_perpetrator():
    from summarizer.stages.ground import _only_habitual
    from summarizer.verify.grounding import Article

    text = (
        "Five border policemen were killed when a roadside bomb ripped through their vehicle. There was no claim"
        " of responsibility, but roadside bombs are regularly planted by Taliban insurgents."
    )
    assert _only_habitual(Article(text), "Taliban insurgents")  # was "The article attributes the attack to ..."
    claimed = text + " Taliban insurgents said they planted the bomb."
    assert not _only_habitual(Article(claimed), "Taliban insurgents")


def test_a_month_s_toll_and_a_quantity_word_before_a_smaller_count():
    from summarizer.verify.main_incident import in_running_total, vague_before

    month = Article("Protest\n\nA protester was shot on Saturday. More than 250 people were killed in October.")
    assert in_running_total(month, "More than 250 people were killed in October")
    text = (
        "معارك\n\nقتل 21 شخصاً على الأقل وأصيب المئات بجروح في معارك بين قبيلتين. وبدأت الصدامات الخميس "
        "بعدما تسبب قرد في جرح تلميذة."
    )
    article = Article(text)
    found = [f for f in figures(article) if f.kind == "injured"]
    assert found and found[0].count == 1, "the schoolgirl's wound is a count of one"
    assert vague_before(article, found[0]).quote.startswith("وأصيب المئات"), "hundreds, not one"
    dozens = Article("Protests\n\nSecurity forces shot dead 15 people and wounded dozens on the deadliest day.")
    killed = [f for f in figures(dozens) if f.kind == "killed"]
    assert killed and vague_before(dozens, killed[0]) is None, "the dozens are the wounded, not the dead"


def test_a_day_counted_back_is_background_as_ago_is_but_not_what_has_lasted_since():
    assert background("إلا أن التوتر تجدد قبل خمسة أيام، عندما هاجم مجهولون مسجداً ليلة الإثنين الماضي")
    assert background("Tension rose again five days ago when gunmen attacked a mosque")
    assert not background("وتتواصل الاشتباكات المستمرة منذ ثلاثة أيام في المدينة"), "since when it has lasted"


def test_a_distance_is_no_after_that_ends_the_leads_own_clause():
    from summarizer.verify.main_incident import own_clause

    lead = "شهدت قرية الحلة، الواقعة على بعد 40 كيلومتراً من المدينة، نزاعاً قبلياً دامياً أسفر عن مقتل 7 أشخاص"
    assert own_clause(lead)[1] == "", "على بعد: a distance, not what the incident came after"
    assert own_clause("اعتقلت الشرطة خمسة أشخاص بعد مقتل شاب")[1].startswith("بعد")


def test_an_aside_on_who_the_victims_were_leaves_one_clause_that_states_the_toll():
    from summarizer.stages.compose import _killed_in
    from summarizer.verify.casualties import without_share_aside

    lead = "لقي 8 مدنيين، بينهم أطفال ونساء، مصارعهم وأصيب العشرات بجروح"
    assert without_share_aside(lead) == "لقي 8 مدنيين مصارعهم وأصيب العشرات بجروح"
    assert _killed_in(lead) == [8], "the lead gives the toll: it is not said twice"
    assert without_share_aside("قتل 10 أشخاص، ومن بينهم 3 أطفال، فيما أصيب 5") == "قتل 10 أشخاص فيما أصيب 5"
    assert without_share_aside("قتل 10 أشخاص، بينهم 3 أطفال") == "قتل 10 أشخاص، بينهم 3 أطفال", "no closing comma"
    assert without_share_aside("27 people, most of them women, were killed") == "27 people were killed"


@pytest.mark.parametrize(
    ("span", "count"),
    [
        ("بأن ثمانية أفراد على الأقل من أسرة واحدة قتلوا", 8),  # how sure the count is: no distance
        ("تسببت بمقتل أسرة كاملة", None),  # a whole family: no toll of one
        ("Gunmen killed a family in the village", None),
        ("قتل ثلاثة من عناصر حزب الله ومدني صباح اليوم", 4),  # and one civilian more
        ("قتل ثلاثة جنود وأصيب خمسة", 3),
    ],
)
def test_a_count_its_group_and_one_more_joined(span, count):
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure(span, "killed")[0] == count


def test_an_aside_that_counts_no_one_keeps_the_count_with_its_verb():
    from summarizer.verify.casualties import casualty_clauses

    said = "Three other people, including a head of a local hospital, were injured in the incident."
    assert len(casualty_clauses(said)) == 1
    assert casualty_clauses("27 people, including 3 children, were killed")[1] == "including 3 children"
    assert background("This incident happens just two days after 21 people sank in a ferry in Lagos.")


def test_a_headlines_source_after_its_dash_is_not_who_was_hurt():
    from summarizer.verify.casualties import victims

    assert victims("injures 80 - rebel militia", 80) is None
    assert victims("killed 3 Afghan soldiers", 3).en_plural == "soldiers"


def test_members_of_a_force_are_its_soldiers_or_officers():
    from summarizer.verify.casualties import victims

    assert victims("4 من أفراد الجيش الصومالي على الأقل مصرعهم", 4).en_plural == "soldiers"
    assert victims("3 من عناصر الشرطة", 3).en_plural == "police officers"


def test_a_count_of_those_who_fled_is_no_toll_of_the_one_injured_among_them():
    article = Article(
        "Four workers were killed on Thursday when gunmen stormed a road project. Five other workers fled to a"
        " nearby military post, including one who was injured in the attack, while three others hid in the jungle."
    )
    assert [(f.kind, f.count) for f in figures(article) if f.kind == "injured"] == [("injured", 1)]  # was 5


def test_a_later_sentence_that_says_the_toll_rose_is_the_incidents():
    article = Article(
        "Aftershock rattles Morocco\n\nSurvivors of the earthquake struggled on Sunday as the death toll of more than"
        " 2,100 seemed likely to rise. Relief workers face the challenge of reaching villages where settlements are"
        " often remote. The death toll climbed to 2,122 with 2,421 people injured."
    )
    assert ("injured", 2421) in [(f.kind, f.count) for f in figures(article)]  # "no figure for the injured" was said


def test_another_count_rushed_to_hospital_is_the_injured_not_a_separate_event():
    text = (
        "At least 36 killed after train derailed in tunnel in Taiwan\n\n"
        "At least 36 people have been killed after a train derailed inside a tunnel in Taiwan.\n\n"
        "Some 70 passengers remain trapped inside the mangled carriages, while another 40 have been rushed to"
        " hospital, after the train crashed outside the city of Hualien on Friday."
    )
    injured = [f for f in figures(Article(text)) if f.kind == "injured"]
    assert [(f.count, f.qualifier.value) for f in injured] == [(40, "at_least")]


def test_others_injured_besides_a_toll_are_no_count_of_the_injured():
    from summarizer.verify.casualties import casualty_clauses

    sentence = 'ونقلت الوكالة عن مدير خدمة أمين أن "حصيلة القتلى المؤكدة حتى الآن 15 شخصاً" فضلاً إلى إصابة آخرين.'
    clauses = casualty_clauses(sentence)
    assert [casualty_figure(c, "injured")[0] for c in clauses] == [None, None]  # was "at least 15 injured"
    assert casualty_figure(clauses[0], "killed")[0] == 15


def test_a_part_of_the_day_said_at_its_hour():
    from summarizer.verify.timeexpr import parse

    assert parse("فجر الجمعة").english() == "Friday at dawn"  # was "Friday dawn"
    assert parse("مساء الثلاثاء").english() == "Tuesday evening"


def test_a_victim_killed_before_n_others_is_one_of_the_toll():
    text = (
        "Village chief beheaded\n\n"
        "A group armed with machetes invaded the village on Thursday night, and beheaded the village chief,"
        " killed two other inhabitants and burned six houses."
    )
    killed = [(f.count, f.qualifier.value) for f in figures(Article(text)) if f.kind == "killed"]
    assert killed == [(3, "exact")]  # was 2: the chief was not counted
    assert casualty_figure("beheaded the village chief, killed two other inhabitants", "killed")[0] == 3
    assert casualty_figure("Gunmen killed the imam and two other worshippers", "killed")[0] == 3
    assert casualty_figure("Gunmen killed a soldier and wounded two others", "killed")[0] == 1


def test_a_long_description_between_met_and_death_keeps_the_count_and_a_period_total_is_background():
    text = (
        "مقتل 17 جنديا في هجوم للمتمردين\n\n"
        "لقي 17 جنديا من القوات الحكومية الكولومبية مصرعهم في كمين مسلح نصبه متمردون ماركسيون.\n"
        "وقتل المتمردون أكثر من 70 جنديا حكوميا على مدى الشهور الثلاثة الماضية في سلسلة ضربات.\n"
    )
    killed = {f.count for f in figures(Article(text)) if f.kind == "killed"}
    assert killed == {17}  # was 70: three months' attacks
    assert casualty_figure("لقي 17 جنديا من القوات الحكومية الكولومبية مصرعهم", "killed")[0] == 17


def test_a_dual_before_its_verb_counts_two_and_a_later_doubt_keeps_the_count_before_it():
    said = "واضاف ان شخصين جرحا بدون ان يوضح ما اذا كان ضحايا هذا الهجوم مدنيين"
    assert casualty_figure(said, "injured") == (2, Qualifier.exact)  # was no figure for the injured
    assert casualty_figure("Two people were injured, but it was unclear whether they were police", "injured")[0] == 2
    assert casualty_figure("It was unclear whether anyone was hurt", "injured")[0] is None


def test_the_toll_of_the_event_a_superlative_measures_against_is_no_figure():
    text = (
        "At least 15 dead in China landslide\n\n"
        "At least 15 people were found dead on Saturday after a huge landslide buried the village of Xinmo.\n"
        "“It’s the biggest landslide in this area since the Wenchuan earthquake,” said Wang Yongbo, referring to"
        " the disaster that killed 87,000 people in 2008.\n"
    )
    assert {f.count for f in figures(Article(text)) if f.kind == "killed"} == {15}  # 87,000 was "also given"


def test_victims_also_killed_are_no_lead_and_with_the_lead_make_the_titles_toll():
    from summarizer.verify import recall
    from summarizer.verify.main_incident import analyst_figure

    text = (
        "Gunmen ambush police in northwest Kenya, at least 10 dead\n\n"
        "Two civilians were also killed, the police said.\n"
        "Nairobi: Unidentified gunmen ambushed and killed at least eight Kenyan police officers in Turkana county"
        " early on Saturday, police said.\n"
        "Two civilians were also killed, the police said.\n"
    )
    article = Article(text)
    assert recall.lede(article, None).startswith("Unidentified gunmen ambushed")  # not the standfirst's "also"
    pick = analyst_figure(figures(article), article, "killed")
    assert (pick.count, pick.qualifier) == (10, AL)  # was 2
    wounded = Article(
        "Missile strike kills at least 3\n\nA Russian missile strike destroyed a building, killing at least three"
        " people. Eighteen people were also wounded.\nHours later, two more strikes left at least five people"
        " wounded.\n"
    )
    pick = analyst_figure(figures(wounded), wounded, "injured")
    assert pick.count == 18, "the wounded are also told after the dead: their count, not more of a count"


def test_those_feared_buried_are_no_toll_and_a_long_passive_subject_keeps_its_count():
    feared = "لقي ثلاثة من عمال المناجم حتفهم ويخشى أن يكون 18 آخرون طمروا، إثر انهيار منجم ذهب"
    assert casualty_figure(feared, "killed")[0] == 3  # was 19
    bus = "Local official Rakesh Mehra says at least 30 other people on the bus were injured in the accident Friday"
    assert casualty_figure(bus, "injured") == (30, AL)  # was no figure for the injured


def test_a_share_of_the_victims_without_commas_is_no_toll():
    said = "Five people including three military rangers were killed in a bomb attack"
    assert casualty_figure(said, "killed") == (5, E)  # was 3
    assert casualty_figure("12 people, including 10 US citizens, were killed", "killed")[0] == 12
