"""A lead that tells what followed an incident (a funeral, an arrest, an apology, an order) and the
incident only in what it links to: the incident's own sentence gives its event, its day and its places,
never the follow-up's. Articles are written for these tests in the style of news reports."""

from __future__ import annotations

from fake_model import summarize_scripted

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
    facts = {
        "event": "Hundreds of mourners on Thursday buried the victims of a bombing at a vegetable market",
        "time": "Thursday",
        "places": [{"name": "Karachi", "role": "site"}, {"name": "Lahore", "role": "area"}],
        "perpetrator": None,
        "target": None,
        "weapon": None,
        "killed": "killing 14 people",
        "injured": None,
        "sources": [{"name": "Police", "kind": "official", "claim": None}],
    }
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
    facts = {
        "event": "Police on Thursday arrested six organisers of a religious festival",
        "time": "Thursday",
        "places": [],
        "perpetrator": None,
        "target": None,
        "weapon": None,
        "killed": "a stampede killed 40 people",
        "injured": "Dozens of injured people",
        "sources": [{"name": "officials", "kind": "official", "claim": None}],
    }
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
    facts = {
        "event": "غرق العبارة في نهر دجلة بمدينة الموصل",
        "time": "اليوم الجمعة",
        "places": [{"name": "الموصل", "role": "site"}],
        "perpetrator": None,
        "target": None,
        "weapon": None,
        "killed": "100 قتيل",
        "injured": None,
        "sources": [],
    }
    s = summarize_scripted(article, facts, "2024-03-10", monkeypatch)
    assert s.incident.when is not None and s.incident.when.expression.ar == "عصر الخميس", s.incident.when
