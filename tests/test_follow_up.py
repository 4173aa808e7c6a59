"""A lead that tells what followed an incident (a funeral, an arrest, an apology, an order) and the
incident only in what it links to: the incident's own sentence gives its event, its day and its places,
never the follow-up's. Articles are written for these tests in the style of news reports."""

from __future__ import annotations

from fake_model import scripted_facts, summarize_scripted

from summarizer.verify.event_span import event_clause
from summarizer.verify.grounding import Article
from summarizer.verify.main_incident import figures, follow_up_lead, main_sentences, narration

FUNERAL_AR = (
    "تشييع ضحايا انفجار حمص\n\n"
    "شيّع المئات في مدينة حمص، الخميس، ضحايا الانفجار الذي استهدف سوقاً شعبية في حي الخالدية. "
    "وأقيمت صلاة الجنازة في الجامع الكبير بحضور المحافظ. "
    "وكان انفجار قد وقع مساء الثلاثاء في السوق، ما أدى إلى مقتل 9 أشخاص وإصابة 20 آخرين."
)
MOURNERS_EN = (
    "Mourners bury victims of Lahore market bombing\n\n"
    "LAHORE, Pakistan (AP) — Hundreds of mourners on Thursday buried the victims of a bombing at a "
    "vegetable market, as police hunted for the attackers.\n"
    "Police said the explosives had been hidden in a fruit cart.\n"
    "Shortly after dusk on Tuesday, a bomb blast ripped through the crowded market in Lahore, killing 14 people.\n"
    "The funeral prayers were held at a mosque in Karachi, where some of the victims came from."
)


def test_a_funeral_lead_is_a_follow_up_and_the_pluperfect_story_is_the_incidents():
    article = Article(FUNERAL_AR)
    _lead, own = follow_up_lead(article)
    assert own.quote.startswith("شيّع المئات") and "الخميس" in own.quote and "الانفجار" not in own.quote
    told = narration(article)
    assert told is not None and told.quote.startswith("وكان انفجار قد وقع مساء الثلاثاء")
    assert any(s.start == told.start for s in main_sentences(article)), "its story is no background"
    assert {(f.kind, f.count) for f in figures(article)} >= {("killed", 9), ("injured", 20)}


def test_a_lead_that_tells_the_incident_is_no_follow_up_and_a_search_ending_is_no_story():
    assert follow_up_lead(Article("Blast\n\nA bomb killed 9 people at a market in Homs on Tuesday.")) is None
    article = Article(
        "Collapse\n\nMore than a month after the collapse of a tower, rescuers left the site.\n"
        "Miami-Dade Fire Rescue ended its search of the site on Friday after a month of work in the rubble."
    )
    assert follow_up_lead(article) is not None
    assert narration(article) is None, "a name's 'Fire' is no fire, and ending a search is no incident"


def test_the_incidents_own_sentence_is_the_event_without_its_opening_time():
    article = Article(MOURNERS_EN)
    model_event = "Hundreds of mourners on Thursday buried the victims of a bombing at a vegetable market"
    assert event_clause(article, model_event) == (
        "a bomb blast ripped through the crowded market in Lahore, killing 14 people"
    )


def test_the_follow_ups_day_and_places_are_not_the_incidents(monkeypatch):
    facts = scripted_facts(
        event="Hundreds of mourners on Thursday buried the victims of a bombing at a vegetable market",
        time="Thursday",
        places=[{"name": "Karachi", "role": "site"}, {"name": "Lahore", "role": "area"}],
        killed="killing 14 people",
        sources=[{"name": "Police", "kind": "official", "claim": None}],
    )
    s = summarize_scripted(MOURNERS_EN, facts, "2024-03-10", monkeypatch)
    assert s.incident.when is not None and s.incident.when.expression.en == "Tuesday", s.incident.when
    assert "Thursday" not in s.summary.en and "الخميس" not in s.summary.ar, s.summary
    assert [p.name.en for p in s.incident.where] == ["Lahore"], "Karachi is where the funeral was held"
    assert s.summary.en.startswith("A bomb blast ripped through the crowded market in Lahore"), s.summary.en


FUNERAL_VERB_AR = (
    "تشييع قيادي في غزة\n\n"
    "شيّعت حشود في مدينة غزة، اليوم الجمعة، القيادي أحمد سالم ورفاقه، الذين قتلوا مساء الأربعاء في غارة "
    "نفّذتها طائرة حربية على منزل في حي الرمال، فيما لم يعلن أي طرف مسؤوليته.\n"
    "وانطلق موكب التشييع من المسجد العمري الكبير إلى مقبرة الشهداء في حي الشجاعية.\n"
    "وكانت الغارة قد أسفرت عن مقتل خمسة أشخاص."
)


def test_a_lead_that_opens_on_a_funeral_verb_names_the_incident_after_its_own_clause():
    from summarizer.verify.main_incident import incident_words, only_in_follow_ups

    article = Article(FUNERAL_VERB_AR)
    _lead, own = follow_up_lead(article)
    assert own.quote.endswith("ورفاقه،") and "الجمعة" in own.quote
    assert incident_words(article).quote == "غارة نفّذتها طائرة حربية على منزل في حي الرمال"
    # the funeral's procession and burial are not where the strike hit; the strike's neighbourhood is
    assert only_in_follow_ups(article, "حي الشجاعية") and not only_in_follow_ups(article, "حي الرمال")


def test_a_hospital_the_wounded_were_taken_to_is_no_target_but_one_that_was_struck_is():
    from summarizer.verify.recall import treated_at

    taken = Article("قتل 15 شخصاً وأصيب خمسة آخرون نُقلوا إلى المستشفى الإقليمي في المدينة.")
    assert treated_at(taken, "المستشفى الإقليمي")
    struck = Article("استهدف القصف مستشفى المدينة الحكومي وأصاب العشرات.")
    assert not treated_at(struck, "مستشفى المدينة الحكومي")
    assert treated_at(Article("Dozens were taken to Civil Hospital in the city."), "Civil Hospital")


def test_a_linked_clause_that_gives_the_toll_is_said_once_with_the_injured_alone(monkeypatch):
    article = (
        "Police arrest organisers after festival crush\n\n"
        "MUMBAI, India (AP) — Police on Thursday arrested six organisers of a religious festival where a "
        "stampede killed 40 people, most of them women.\n"
        "Dozens of injured people were treated at hospitals in the district, officials said."
    )
    facts = scripted_facts(
        event="Police on Thursday arrested six organisers of a religious festival",
        time="Thursday",
        killed="a stampede killed 40 people",
        injured="Dozens of injured people",
        sources=[{"name": "officials", "kind": "official", "claim": None}],
    )
    s = summarize_scripted(article, facts, "2024-03-10", monkeypatch)
    en = s.summary.en
    assert en.startswith("A stampede killed 40 people"), en
    assert "Dozens of people were injured." in en and en.count("40") == 1, en
    assert s.incident.when is None, "Thursday is the day of the arrests"


def test_after_a_toll_update_the_incidents_own_story_gives_its_day(monkeypatch):
    article = (
        "حصيلة غرق العبارة\n\n"
        "ارتفعت حصيلة ضحايا غرق العبارة في نهر دجلة بمدينة الموصل إلى 100 قتيل، اليوم الجمعة.\n"
        "وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين.\n"
        "ووقعت الكارثة عصر الخميس، حين انقلبت عبارة مكتظة بالعائلات في النهر."
    )
    facts = scripted_facts(
        event="غرق العبارة في نهر دجلة بمدينة الموصل",
        time="اليوم الجمعة",
        places=[{"name": "الموصل", "role": "site"}],
        killed="100 قتيل",
    )
    s = summarize_scripted(article, facts, "2024-03-10", monkeypatch)
    assert s.incident.when is not None and s.incident.when.expression.ar == "عصر الخميس", s.incident.when


CONDEMNATIONS_AR = (
    "إدانات عربية ودولية لهجوم على أبوظبي\n\n"
    "أبوظبي - وكالات\n\n"
    "توالت، الثلاثاء، الإدانات العربية والدولية للهجوم الذي تبنّته جماعة مسلحة على منشآت نفطية في منطقة "
    "مصفح، أمس الاثنين، وأسفر عن مقتل 3 أشخاص، وسط دعوات إلى ضبط النفس.\n"
    "وقال وزير الخارجية في مؤتمر صحافي بالعاصمة إن بلاده تحتفظ بحق الرد."
)
BRIEFING_AR = (
    "تفاصيل جديدة حول تفجير مراكش\n\n"
    "كشف وزير الداخلية، اليوم الجمعة بالرباط، تفاصيل جديدة حول التفجير الذي استهدف مقهى بساحة المدينة "
    "القديمة بمراكش، وذلك بعد ساعات من إعلان الوزارة، مساء أمس الخميس، توقيف ثلاثة مشتبه بهم.\n"
    "وأسفر التفجير عن مقتل 17 شخصاً."
)


def test_a_dated_main_clause_that_names_the_incident_inside_it_is_what_followed():
    from summarizer.verify.main_incident import embedded_incident, incident_clause, only_in_follow_ups

    article = Article(CONDEMNATIONS_AR)
    _lead, own = follow_up_lead(article)
    assert own.quote.endswith("الإدانات العربية والدولية"), own.quote
    assert "أمس الاثنين" in incident_clause(article).quote and "وسط" not in incident_clause(article).quote
    briefing = Article(BRIEFING_AR)
    assert follow_up_lead(briefing)[1].quote.endswith("تفاصيل جديدة"), "linked by حول"
    assert "مساء أمس الخميس" not in incident_clause(briefing).quote, "the arrests' day is their clause's"
    # the minister's city, said in the lead's own clause only, when the incident's words name their own
    assert only_in_follow_ups(briefing, "الرباط", with_own=True) and not only_in_follow_ups(briefing, "الرباط")
    assert not only_in_follow_ups(briefing, "مراكش", with_own=True)
    # a lead that opens on the incident, or whose main clause has no day, names nothing inside another
    assert embedded_incident("قتل ثلاثة أشخاص، الثلاثاء، في هجوم على سوق") is None
    assert embedded_incident("Police said that gunmen on Sunday killed three people") is None
    assert embedded_incident("Rescuers pulled a woman alive on Friday from a building that collapsed") is not None


def test_the_day_of_condemnations_is_not_the_incidents_and_a_claims_day_bounds_it(monkeypatch):
    facts = scripted_facts(
        event="توالت، الثلاثاء، الإدانات العربية والدولية للهجوم الذي تبنّته جماعة مسلحة على منشآت نفطية",
        time="الثلاثاء",
        places=[{"name": "مصفح", "role": "site"}],
        killed="مقتل 3 أشخاص",
    )
    s = summarize_scripted(CONDEMNATIONS_AR, facts, "2022-01-18", monkeypatch)
    assert s.incident.when is not None and s.incident.when.weekday == "Monday", s.incident.when
    assert s.summary.ar.startswith("وقع الهجوم الذي تبنّته"), "the subject without the preposition of للهجوم"
    claim = (
        "هجوم على سفينة\n\n"
        "أعلنت جماعة الحوثيين، مساء الأربعاء، مسؤوليتها عن استهداف سفينة شحن في خليج عدن بصواريخ بحرية.\n"
        "وقالت الجماعة إن السفينة اشتعلت فيها النيران."
    )
    facts = {**facts, "event": "استهداف سفينة شحن في خليج عدن بصواريخ بحرية", "time": "مساء الأربعاء", "places": []}
    s = summarize_scripted(claim, facts, "2024-03-07", monkeypatch)
    assert s.incident.when is not None and s.incident.when.on_or_before, "the claim's day: on or before it"


def test_a_towns_people_are_no_victims_families_and_a_later_detail_is_no_event(monkeypatch):
    article = (
        "مجدل شمس تودّع أطفالها\n\n"
        "ودّع الآلاف من أهالي بلدة مجدل شمس، أمس الأحد، اثني عشر طفلاً وفتى قُتلوا مساء السبت بصاروخ سقط على "
        "ملعب لكرة القدم في طرف البلدة، في جنازة جماعية.\n"
        "وسار المشيعون في موكب التشييع إلى مقبرة البلدة.\n"
        "وعقد المجلس الوزاري اجتماعاً طارئاً مساء الأحد.\n"
        "وقال المتحدث باسم الجيش إن الصاروخ من طراز «فلق-1» ويحمل رأساً حربياً يزن نحو 50 كيلوغراماً."
    )
    _lead, own = follow_up_lead(Article(article))
    assert own.quote.endswith("وفتى"), "the town's people: the own clause runs on to the victims"
    facts = scripted_facts(
        event="الصاروخ من طراز «فلق-1» ويحمل رأساً حربياً",
        time="أمس الأحد",
        places=[{"name": "مجدل شمس", "role": "site"}],
    )
    s = summarize_scripted(article, facts, "2024-07-29", monkeypatch)
    assert s.summary.ar.startswith("سقط صاروخ على ملعب لكرة القدم"), s.summary.ar
    assert s.incident.when is not None and s.incident.when.weekday == "Saturday", s.incident.when
    assert s.incident.casualties.killed.count == 12


def test_an_english_lead_that_links_its_incident_by_a_relative_clause_names_its_noun():
    from summarizer.verify.main_incident import incident_words

    article = Article(
        "Woman pulled alive\n\nSAVAR, Bangladesh (AP) — Rescuers pulled a young woman alive on Friday from the "
        "ruins of a garment factory building that collapsed 17 days ago, as the death toll passed 1,000.\n"
        "Officials said the building had illegal floors."
    )
    assert incident_words(article).quote == "a garment factory building that collapsed 17 days ago"
    hathras = Article(
        "Arrests\n\nPolice on Thursday arrested six people who helped organize a gathering where a stampede "
        "killed 121 people."
    )
    assert incident_words(hathras).quote == "a stampede killed 121 people", "who helped: no incident's clause"


def test_the_city_where_a_minister_spoke_of_the_incident_is_not_where_it_happened(monkeypatch):
    facts = scripted_facts(
        event="التفجير الذي استهدف مقهى بساحة المدينة القديمة بمراكش",
        time="اليوم الجمعة",
        places=[{"name": "الرباط", "role": "site"}, {"name": "مراكش", "role": "area"}],
        killed="مقتل 17 شخصاً",
        sources=[{"name": "وزير الداخلية", "kind": "official", "claim": None}],
    )
    s = summarize_scripted(BRIEFING_AR, facts, "2011-05-06", monkeypatch)
    assert [p.name.en for p in s.incident.where] == ["Marrakesh"], s.incident.where
    assert s.incident.when is not None and s.incident.when.on_or_before, "the briefing's day bounds it"


def test_a_statement_on_another_day_than_the_incidents_is_what_followed():
    from summarizer.verify.main_incident import embedded_incident

    lead = "وصف الرئيس، الأربعاء، الهجوم المسلح الذي استهدف مساء أمس الثلاثاء محيط كنيس في جزيرة جربة، بأنه عمل إجرامي"
    assert lead[: embedded_incident(lead)].endswith("الأربعاء، "), "the incident has its own day"
    said = "قالت اللجنة الدولية، الاثنين، إن أكثر من مئة شخص قُتلوا في الغارات التي شنها الطيران فجر أمس الأحد"
    assert embedded_incident(said) is None, "a source's report of the incident: the day it was said"
    assert embedded_incident("وصف الرئيس، الأربعاء، الهجوم الذي استهدف الكنيس") is None, "no other day"


def test_what_a_group_said_later_is_not_the_incidents_own_story():
    article = Article(
        "Barsalogho\n\nSurvivors and relatives of people killed in an attack on the town of Barsalogho have "
        "accused the government of sending civilians to their deaths.\n"
        "A collective calling itself Justice for Barsalogho said on Wednesday that about 400 people had been killed.\n"
        "The attack began on Saturday morning in Barsalogho, a town of several thousand people."
    )
    assert narration(article).quote.startswith("The attack began on Saturday morning")


def test_an_armed_group_the_model_gave_as_a_place_is_not_made_the_target(monkeypatch):
    article = (
        "اختطاف باحثة\n\n"
        "أعلنت الحكومة، اليوم الخميس، فتح تحقيق في اختطاف الباحثة سارة أحمد في بغداد، "
        "غداة إعلان أنها محتجزة لدى فصيل كتائب حزب الله المسلح."
    )
    facts = scripted_facts(
        event="اختطاف الباحثة سارة أحمد في بغداد",
        places=[{"name": "كتائب حزب الله", "role": "site"}, {"name": "بغداد", "role": "area"}],
    )
    s = summarize_scripted(article, facts, "2023-07-06", monkeypatch)
    assert not any(a.role == "target" and "حزب الله" in a.name.ar for a in s.incident.actors), s.incident.actors
    assert [p.name.en for p in s.incident.where] == ["Baghdad"]


RELEASE_AR = (
    "الإفراج عن رجل أعمال مختطف\n\n"
    'أفرجت جماعة "جيش التحرير الوطني" الكولومبية المتمردة، الخميس، عن لويس مانويل دياز، بعد 12 يوما من '
    "اختطافه في شمال البلاد، وفق ما أعلنت بعثة إنسانية.\n"
    "وتسلّمت الرجل لجنة من الكنيسة، قبل أن تنقله مروحية إلى مدينة فاليدوبار.\n"
    "وأظهرت صور بثتها وسائل إعلام محلية الرجل وهو يلوّح بيده.\n"
    "ورحب الرئيس الكولومبي بالإفراج عنه.\n"
    "وقال جار للعائلة إن الجميع فرحوا.\n"
    "وأضاف أن البلدة احتفلت.\n"
    "وكان مسلحون على دراجات نارية قد خطفوا دياز وزوجته، مساء السبت، في محطة وقود في بارانكاس بمقاطعة لا غواخيرا."
)


def test_a_release_lead_names_the_captor_and_the_captive_and_its_handover_is_no_place_of_the_abduction():
    from summarizer.verify.recall import release_in_lead

    article = Article(RELEASE_AR)
    assert release_in_lead(article) == ('جماعة "جيش التحرير الوطني" الكولومبية المتمردة', "لويس مانويل دياز")
    assert follow_up_lead(article) is not None, "a release follows the abduction"
    told = narration(article)
    assert told is not None and told.quote.startswith("وكان مسلحون"), "a pluperfect story further on"
    assert release_in_lead(Article("Title\n\nThe ministry released a statement on the attack.")) is None


def test_a_release_leads_summary_tells_the_abduction_where_and_when_it_happened(monkeypatch):
    facts = scripted_facts(
        event="اختطافه في شمال البلاد",
        time="الخميس",
        places=[{"name": "فاليدوبار", "role": "site"}],
        sources=[],
    )
    s = summarize_scripted(RELEASE_AR, facts, "2023-11-09", monkeypatch)
    actors = {a.role.value: a for a in s.incident.actors}
    assert actors["target"].name.en == "Luis Manuel Diaz" and not actors["perpetrator"].suspected
    assert "National Liberation Army" in actors["perpetrator"].name.en
    assert [p.as_written for p in s.incident.where] == ["لا غواخيرا"], "Valledupar is where he was flown after"
    assert s.incident.when is not None and s.incident.when.expression.ar == "مساء السبت"


FUNERAL_NO_INCIDENT_AR = (
    "الآلاف يشيّعون المعارض سالم قرب مقبرة الجلاز\n\n"
    "شيّع آلاف التونسيين، أمس الجمعة، جثمان المعارض اليساري شكري بلعيد إلى مثواه الأخير في مقبرة الجلاز "
    "بالعاصمة، وسط هتافات غاضبة.\n"
    "وانطلق موكب التشييع من دار الثقافة وصولا إليه.\n"
    "ورفع المشيعون صور الفقيد.\n"
    "وقالت طالبة إنها جاءت من بنزرت.\n"
    "وأغلقت المحلات أبوابها.\n"
    "وكان بلعيد (48 عاما)، الأمين العام لحزب الوطنيين الديمقراطيين الموحد، قد اغتيل صباح الأربعاء الماضي "
    "أمام منزله في حي المنزه السادس شمال العاصمة بعدة رصاصات."
)


def test_a_funeral_lead_that_never_names_the_killing_finds_it_told_further_on_in_the_pluperfect(monkeypatch):
    article = Article(FUNERAL_NO_INCIDENT_AR)
    assert follow_up_lead(article) is not None, "a lead that opens on a funeral verb follows up"
    assert narration(article) is not None and "قد اغتيل" in narration(article).quote
    facts = scripted_facts(
        event="شيّع آلاف التونسيين، أمس الجمعة، جثمان المعارض اليساري شكري بلعيد",
        target="المعارض اليساري شكري بلعيد",
        places=[{"name": "مقبرة الجلاز", "role": "site"}],
        sources=[],
    )
    s = summarize_scripted(FUNERAL_NO_INCIDENT_AR, facts, "2013-02-09", monkeypatch)
    assert s.summary.ar.startswith("اغتيل المعارض اليساري شكري بلعيد صباح الأربعاء"), s.summary.ar
    assert "Shukri Belaid" in s.summary.en and "vehicle" not in s.summary.en, "إليه (to it) is no آلية (vehicle)"
    assert "مقبرة الجلاز" not in [p.as_written for p in s.incident.where], "where he was buried"


def test_an_arabic_lead_on_a_motive_tells_the_incident_in_its_relative_clause():
    text = "عنوان\n\nأعلنت الشرطة، الأحد، أن الرجل الذي طعن السبت ثلاثة أشخاص بسكين في سوق المدينة، تصرف بدافع شخصي.\n"
    article = Article(text)
    clause = event_clause(article, text.split("\n")[2][:60])
    assert clause == "الرجل الذي طعن السبت ثلاثة أشخاص بسكين في سوق المدينة"


def test_leads_on_mourning_and_condemnation_and_the_day_a_later_sentence_links():
    from summarizer.stages.ground import _linked_time
    from summarizer.verify.recall import time_phrase

    cuba = Article(
        "حداد في كوبا\n\nأعلنت كوبا الحداد الوطني ليومين اعتبارا من السبت، غداة حادث تحطم طائرة ركاب أسفر عن "
        "سقوط 107 قتلى.\nتحطمت طائرة ركاب بعيد إقلاعها من مطار هافانا الجمعة في رحلة داخلية."
    )
    assert follow_up_lead(cuba) is not None  # "غداة": the day after the crash
    assert time_phrase(cuba, main_sentences(cuba)[:1]) is None  # a period from Saturday is no event's time
    assert follow_up_lead(Article("إدانة\n\nدانت السعودية، الأربعاء، الهجوم الانتحاري على مقر المفوضية.")) is not None
    canada = Article(
        "تحقيق\n\nطالب رئيس الحكومة الكندي في بيان الأربعاء بتحقيق مستقل بعد قتل عشرات الفلسطينيين في غزة.\n"
        "طالب رئيس الحكومة الأربعاء بتحقيق مستقل بعد قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي الاثنين في غزة."
    )
    lead = follow_up_lead(canada)
    assert lead is not None and _linked_time(canada, lead[0]) == "الاثنين"


def test_a_target_that_only_says_when_is_dropped(monkeypatch):
    from summarizer.verify.timeexpr import only_a_time

    assert only_a_time("Tuesday evening") and only_a_time("مساء الثلاثاء")
    assert not only_a_time("a market on Tuesday")
    article = (
        "9 killed in gang attack\n\n"
        "Gunmen killed nine people in the town of Petite-Riviere, a community leader said Wednesday.\n\n"
        "The gangsters attacked Tuesday evening in the town, she said."
    )
    facts = scripted_facts(
        event="Gunmen killed nine people in the town of Petite-Riviere",
        time="Tuesday evening",
        target="Tuesday evening",
        killed="Gunmen killed nine people",
    )
    s = summarize_scripted(article, facts, "2024-10-03", monkeypatch)
    assert not any(a.role == "target" for a in s.incident.actors), s.incident.actors
    assert "target" not in s.summary.en.lower(), s.summary.en
