"""Events ACLED does not code (disasters, accidents) are said for what they are, never "Other in ..."."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_model import answer, schema_name
from scripted_server import ScriptedServer, Step, completion

from summarizer import summarize
from summarizer.transport import resolve_backend
from summarizer.verify.classify import classify

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("event", "kind"),
    [
        ("ضرب زلزال بقوة 6.1 درجات جزيرة سولاويسي", "Earthquake"),
        ("A small plane crash Sunday in northwest Costa Rica killed 12 people", "Air crash"),
        ("a tram derailed in Croydon", "Rail accident"),
        ("اندلع حريق في مركز تجاري", "Fire"),
        ("a cruise ship collided with a bridge pillar", "Collision"),
        ("their bus veered off a bridge and plunged into a river valley", "Road accident"),
        ("مصرع 12 شخصا في انقلاب حافلة للركاب", "Road accident"),
        ("explosions at a chemical factory in western India", "Accidental explosion"),
    ],
)
def test_disasters_and_accidents_are_no_acled_event_and_say_what_happened(event, kind):
    rule, keyword = classify([event])
    assert (rule.event_type, rule.sub_event_type) == ("Not an ACLED event", "Not an ACLED event")
    assert rule.label_en == kind and keyword


def test_an_eruption_of_violence_is_no_volcano_and_a_prison_riot_is_mob_violence():
    riot = "At least 57 inmates were killed during a prison riot as rival gang factions fought each other"
    assert classify([riot])[0].label_en == "Mob violence"
    assert (
        classify(["the second major eruption of violence to rock the prison system"])[0].label_en != "Volcanic eruption"
    )
    assert classify(["Fuego volcano erupted"])[0].label_en == "Volcanic eruption"


def test_an_armed_attack_is_an_attack_and_a_clash_a_clash():
    assert classify(["لقي 12 مدنيا مصرعهم في هجوم مسلح غرب بوركينا فاسو"])[0].sub_event_type == "Attack"
    assert classify(["اندلعت اشتباكات بين الجيش ومسلحين"])[0].sub_event_type == "Armed clash"


def test_a_car_bomb_is_no_road_accident():
    assert classify(["a car bomb exploded and the car plunged into a crowd"])[0].label_en != "Road accident"


def _event_only(event: str):
    """The model's facts with the event span alone."""
    from summarizer.stages.extract import Extraction

    empty = dict.fromkeys(("time", "perpetrator", "target", "weapon", "killed", "injured"))
    return Extraction.model_validate(
        {"event": event, "places": [], "sources": [], "uncertainties": [], "background": [], **empty}
    )


def test_a_strike_that_caused_a_fire_stays_a_strike():
    rule, _ = classify(["غارة جوية أدت إلى حريق في السوق"])
    assert rule.sub_event_type == "Air/drone strike"


def test_the_headline_names_the_kind_of_event():
    text = (ROOT / "evals" / "fixtures" / "en-costa-rica-plane-crash" / "article.txt").read_text(encoding="utf-8")
    extraction = {
        "event": "A small plane crash Sunday in northwest Costa Rica killed 12 people",
        "time": "Sunday",
        "places": [{"name": "Costa Rica", "role": "site"}],
        "perpetrator": None,
        "target": None,
        "weapon": None,
        "killed": "killed 12 people",
        "injured": None,
        "sources": [],
        "uncertainties": [],
        "background": [],
    }

    def respond(body: dict, n: int) -> Step:
        if schema_name(body).startswith("Rendering_"):
            return answer(body)
        return Step(200, completion(json.dumps(extraction)))

    with ScriptedServer(responder=respond) as server:
        backend = resolve_backend(server.base_url, "scripted", "k", backoff_base_s=0.01, timeout_s=5.0)
        s = summarize(text, backend=backend)
    assert s.incident.classification.acled_event_type.value == "Not an ACLED event"
    assert s.headline.en.startswith("Air crash in Costa Rica"), s.headline.en
    assert s.headline.ar.startswith("تحطم طائرة"), s.headline.ar
    assert "Other" not in s.headline.en


def _grounded_class(text: str, event: str) -> tuple[str, str]:
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import _classified
    from summarizer.verify.grounding import Article

    rule, _ = _classified(Article(text), Extraction.model_construct(event=event, weapon=None))
    return rule.event_type, rule.label_en


def test_an_explosion_its_sentence_calls_fireworks_is_an_accident():
    text = "Fire on a barge\n\nAn explosion sparked a fire on a barge loaded with fireworks near the beach."
    found = _grounded_class(text, "An explosion sparked a fire on a barge")
    assert found == ("Not an ACLED event", "Fireworks accident")
    text = "Blast at a house\n\nAn explosion tore through a house after a gas leak, police said."
    assert _grounded_class(text, "An explosion tore through a house")[1] == "Accidental explosion"
    text = "Blast at a market\n\nAn explosion tore through a crowded market, police said."
    assert _grounded_class(text, "An explosion tore through a crowded market")[0] != "Not an ACLED event"


def test_an_event_that_says_nothing_of_how_takes_its_class_from_the_sentences_after_it():
    text = "مقتل مدنيين\n\nقتل نحو 20 مدنيا في نهاية الأسبوع. وقال شهود إن مجهولين أطلقوا النار على سكان البلدة."
    assert _grounded_class(text, "قتل نحو 20 مدنيا في نهاية الأسبوع")[1] == "Attack"


def test_a_disaster_is_a_cause_not_a_target():
    from summarizer.stages.ground import _a_cause

    assert _a_cause("المطر") and _a_cause("الأمطار الغزيرة")
    assert not _a_cause("قريتهم") and not _a_cause("سوق مزدحم")


def test_force_at_a_protest_and_a_stone_throwing_brawl_are_their_own_classes():
    from summarizer.stages.ground import _classified
    from summarizer.verify.grounding import Article

    text = (
        "غزة.. عشرات القتلى برصاص الجيش\n\n"
        "قتل 25 فلسطينياً برصاص الاحتلال الإسرائيلي الاثنين. وسقط القتلى ضمن فعاليات مسيرة العودة الكبرى.\n"
    )
    facts = _event_only("قتل 25 فلسطينياً برصاص الاحتلال الإسرائيلي")
    rule, _ = _classified(Article(text), facts)
    assert rule.sub_event_type == "Excessive force against protesters", "the march decides, not the gunfire"
    rule, _ = classify(["اندلعت اشتباكات بين مناصرين من تيار المستقبل إثر تبادل لرشق الحجارة والعصي"])
    assert (rule.event_type, rule.sub_event_type) == ("Riots", "Mob violence")
    rule, _ = classify(["اندلع حريق إثر اشتعال النيران في مركز تجاري"])
    assert rule.label_en == "Fire"
    # protesters who burn or attack make a violent demonstration (ACLED keeps excessive force for peaceful ones)
    rioting = Article(
        "قتلى وجرحى بالبصرة\n\nارتفع عدد القتلى إلى 3 في احتجاجات عنيفة بالبصرة.\n"
        "وأحرق متظاهرون غاضبون مكاتب لأحزاب في المدينة.\n"
    )
    rule, _ = _classified(rioting, facts.model_copy(update={"event": "ارتفع عدد القتلى إلى 3 في احتجاجات عنيفة"}))
    assert rule.sub_event_type == "Violent demonstration"
    rule, _ = classify(["رغم اعتداء بعض المحتجين على أربعة شرطيين"])
    assert rule.sub_event_type == "Violent demonstration"
    assert classify(["Protesters set fire to the governor's office"])[0].sub_event_type == "Violent demonstration"
    # a toll by the army's gunfire during demonstrations: force on protesters, whatever the words for them
    gaza = Article("غزة\n\nقتل فلسطينيان اثنان برصاص الجيش الإسرائيلي الجمعة، خلال تظاهرات على طول حدود قطاع غزة.\n")
    event = "قتل فلسطينيان اثنان برصاص الجيش الإسرائيلي الجمعة"
    rule, _ = _classified(gaza, facts.model_copy(update={"event": event}))
    assert rule.sub_event_type == "Excessive force against protesters"
    assert classify(["أحبطت قوات الجيش هجوما على نقطة أمنية"])[1] == "هجوم", "the accusative's alef"
    assert classify(["أرغم انفجار قوي حول بركان فويغو عمال الإنقاذ على وقف البحث"])[0].label_en == "Volcanic eruption"
    assert classify(["في قصف لمقاتلات التحالف العربي"])[0].sub_event_type == "Air/drone strike", "fighter jets"


def test_an_event_told_by_its_kind_alone_is_a_sentence_not_a_label():
    from summarizer.stages.compose import class_label

    assert class_label("Fire", "en") == "A fire broke out"
    assert class_label("Fire", "ar") == "اندلع حريق"
    assert class_label("Earthquake", "en") == "An earthquake struck"
    assert class_label("Abduction/forced disappearance", "en") == "An abduction took place"
    assert class_label("Violent demonstration", "en") == "A violent demonstration took place"


def test_police_firing_in_law_enforcement_is_no_acled_event_and_keeps_who_fired():
    text = (
        "Police identify man killed by officer\n\n"
        "An officer shot and killed a man who was pointing a gun at a woman outside a store, police said."
    )
    event, label = _grounded_class(text, "An officer shot and killed a man")
    assert (event, label) == ("Not an ACLED event", "Police shooting")
    at_protest = "Protest\n\nPolice shot at protesters in the square, killing two demonstrators."
    assert _grounded_class(at_protest, "Police shot at protesters")[1] == "Excessive force against protesters"
    # unlike an accident's, the act has an actor: the officer stays the perpetrator
    from summarizer.lang.lexicon import CLASS_RULES

    police = next(r for r in CLASS_RULES if r.label_en == "Police shooting")
    assert police.plover_event != "OTHER"


def test_a_weapon_stopped_in_flight_is_disrupted_weapons_use_not_a_strike():
    text = "صاروخ إسرائيلي يستهدف طائرة مسيرة\n\nأطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار اقتربت من الجولان."
    event, label = _grounded_class(text, "أطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار")
    assert (event, label) == ("Strategic developments", "Disrupted weapons use")
    english = "Drone downed\n\nThe army said its air defences intercepted a drone over the border on Friday."
    assert _grounded_class(english, "its air defences intercepted a drone")[1] == "Disrupted weapons use"
    strike = "غارة\n\nاستهدفت طائرة مسيرة سيارة في البلدة."
    assert _grounded_class(strike, "استهدفت طائرة مسيرة سيارة")[1] == "Drone strike", "a drone that struck"


def test_two_disasters_the_event_names_are_said_together():
    from summarizer.lang.lexicon import HAPPENED_TOGETHER

    rule, _ = classify(["ارتفع عدد الذين ماتوا بسبب زلزال وأمواج مد عاتية (تسونامي) إلى 1300"])
    assert rule.label_en == "Earthquake"
    from summarizer.stages.compose import _second_disaster
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import Grounded

    facts = Extraction.model_construct(event="ماتوا بسبب زلزال وأمواج مد عاتية (تسونامي)")
    grounded = Grounded(facts, rule, "زلزال", None, None, [], None)
    assert _second_disaster(grounded) == "Tsunami"
    assert HAPPENED_TOGETHER["Earthquake+Tsunami"]["en"] == "An earthquake and a tsunami struck"


def test_a_mine_explosion_is_an_accident_and_rainwater_a_flood():
    from summarizer.verify.classify import classify

    assert classify(["an explosion at a state-run coal mine"])[0].label_en == "Accidental explosion"
    assert classify(["غمرت مياه الأمطار قبو ورشة للنسيج"])[0].label_en == "Flood"


def test_an_explosion_is_an_accident_when_the_story_names_one_and_opened_fire_is_no_fire():
    from summarizer.stages.ground import ACCIDENT_RULES, _without_gunfire
    from summarizer.verify.classify import classify

    fire = ["Bangladesh cuts container depot blaze toll to 41", "a fire and series of explosions at a depot"]
    assert classify(_without_gunfire(fire), ACCIDENT_RULES)[0].label_en == "Fire"
    shooting = ["Gunmen opened fire after a blast at the market"]
    assert classify(_without_gunfire(shooting), ACCIDENT_RULES)[1] is None


def test_a_phrase_keyword_in_the_accusative_still_classifies():
    # "حزامًا ناسفًا": each word with the accusative's tanwin and alif; a teh marbuta takes none
    rule, keyword = classify(["وأطلق النار على المصلين قبل أن يفجّر حزامًا ناسفًا كان يرتديه"])
    assert keyword == "حزام ناسف" and rule.label_en == "Suicide bomb"
    assert classify(["زرعوا عبوةً ناسفةً على الطريق"])[1] == "عبوة ناسفة"


def test_a_massacre_is_an_attack_and_names_the_event_a_toll_is_of():
    from summarizer.verify.event_span import toll_update_event
    from summarizer.verify.grounding import Article

    assert classify(["the weekend massacre at a crowded store"])[0].label_en == "Attack"
    article = Article("Toll rises\n\nThe death toll in the weekend massacre at a crowded store rose to 22 on Monday.")
    told = toll_update_event(article, article.locate("The death toll"))
    assert told is not None and told.quote == "the weekend massacre at a crowded store"


def test_gunmen_alone_are_no_clash_and_their_shooting_is_an_attack():
    rule, keyword = classify(["The gunmen emerged from a forest and opened fire on tourists"])
    assert (rule.event_type, rule.sub_event_type) == ("Violence against civilians", "Attack"), keyword
    rule, _ = classify(["اندلعت اشتباكات بين مسلحين وقوات الأمن"])
    assert rule.sub_event_type == "Armed clash"


def test_a_campaign_of_arrests_is_acleds_arrests_even_when_gunmen_make_them():
    from summarizer.verify.classify import classify

    rule, _ = classify(["وبدأت حملة الاعتقالات الخميس الماضي، إذ داهم مسلحون حوثيون منازل ومكاتب"])
    assert (rule.event_type, rule.sub_event_type, rule.plover_event) == ("Strategic developments", "Arrests", "COERCE")
    assert classify(["Indian police arrested six people who helped organize"])[1] is None  # a follow-up
    # an attack with an arrest after it stays the attack
    assert classify(["قتل 3 في هجوم واعتقل مسلح"])[0].sub_event_type == "Attack"


def test_a_weapon_word_that_is_a_title_is_no_weapon():
    from summarizer.verify.grounding import Span
    from summarizer.verify.recall import _weapon_word

    def found(text: str) -> Span | None:
        return _weapon_word(Span(text, 0, len(text)), "مسيرة")

    assert found("في بيان تلاه مذيع على قناة «المسيرة» الناطقة باسم الحوثيين") is None  # al-Masirah TV
    assert found("على قناة المسيرة") is None
    assert found("قتل 3 بغارة طائرة مسيرة").quote == "مسيرة"


def test_a_gas_that_escapes_is_a_leak_and_a_gas_that_blows_up_an_explosion():
    from summarizer.verify.classify import classify

    leak, _ = classify(["إثر تسرب غاز الكلور السام من صهريج سقط أثناء تحميله على متن سفينة"])
    assert (leak.event_type, leak.label_en) == ("Not an ACLED event", "Toxic gas leak")
    blast, _ = classify(["قتل 3 في انفجار أسطوانة غاز داخل مطعم"])
    assert blast.label_en == "Accidental explosion"


def test_a_vehicle_that_collided_and_blew_up_is_an_explosion_not_a_collision():
    from summarizer.verify.classify import classify

    text = "A truck carrying explosives to a gold mine collided with a motorcycle and blew up on Thursday"
    assert classify([text])[0].label_en == "Accidental explosion"
    assert classify(["Two buses collided on the highway"])[0].label_en == "Collision"


def test_militants_who_stop_a_train_attack_it_and_the_arabic_label_adds_no_victims():
    from summarizer.verify.classify import classify

    rule, keyword = classify(["Militants stopped the Peshawar-bound train in a mountain pass"])
    assert (rule.label_en, keyword) == ("Attack", "militants")
    assert rule.label_ar == "هجوم", "ACLED's 'Attack', not 'an attack on civilians' the article may not say"
    assert classify(["A passenger train derailed near the station"])[0].label_en == "Rail accident"


def test_bombs_on_trains_are_a_bombing_not_a_rail_accident():
    from summarizer.verify.classify import classify

    rule, _ = classify(["Seven bombs exploded in the first-class compartments of crowded suburban trains"])
    assert rule.label_en != "Rail accident"


def test_a_knife_at_a_station_is_an_attack_not_a_rail_accident():
    rule, keyword = classify(["طعن رجل سائحين بسكين في محطة قطارات"])
    assert (rule.sub_event_type, keyword) == ("Attack", "طعن")
    assert classify(["A man stabbed two tourists at a train station"])[0].sub_event_type == "Attack"
    assert classify(["خرج قطار عن سكته"])[0].label_en == "Rail accident"


def test_a_vehicle_driven_into_a_crowd_watching_fireworks_is_an_attack():
    assert classify(["A truck rammed a crowd watching fireworks"])[0].label_en == "Attack"
    assert classify(["قتل 5 في عملية دهس بشاحنة"])[0].label_en == "Attack"
    assert classify(["انفجار ألعاب نارية خلال احتفال"])[0].label_en == "Fireworks accident"


def test_a_threat_or_a_future_classifies_nothing_until_a_word_of_sequence():
    assert classify(["هدد الرئيس التركي بضرب شمال العراق لاستهداف معسكرات المسلحين"])[1] is None
    assert classify(["هدد مسلحون بقتل الرهائن، ثم هاجموا القرية"])[1] == "هاجموا", "then it happened"
    assert classify(["The president threatened to bomb the camps"])[1] is None


def test_a_sentence_that_looks_back_does_not_classify_a_threat():
    from summarizer.stages.ground import _classified
    from summarizer.verify.grounding import Article

    article = Article(
        "إردوغان يلوح بضرب شمال العراق\n\n"
        "هدد الرئيس التركي رجب طيب إردوغان، بضرب شمال العراق لاستهداف معسكرات المسلحين الأكراد.\n"
        "وكثيرا ما تنفذ تركيا ضربات شمالي العراق وشنت غارات جوية.\n"
    )
    facts = _event_only("هدد الرئيس التركي رجب طيب إردوغان، بضرب شمال العراق")
    rule, keyword = _classified(article, facts)
    assert keyword is None, (rule.label_en, keyword)


def test_an_english_keyword_is_no_verbal_nouns_start():
    from summarizer.verify.classify import classify

    # "training camps" is no train, "firefighting" no firefight; plurals still count
    assert classify(["Boko Haram has training camps on several of the islands"])[1] is None
    assert classify(["firefighting crews put out the blaze"])[0].sub_event_type != "Armed clash"
    assert classify(["Two strong earthquakes struck north-west Iran"])[1] == "earthquake"


def test_an_arabic_raid_by_gunmen_is_an_attack_not_an_air_strike():
    from summarizer.verify.classify import classify

    assert classify(["قتل مهاجمون مسلحون 43 شخصا في غارات على قريتين"])[0].sub_event_type == "Attack"
    assert classify(["استهدفت غارات مواقع المسلحين"])[0].sub_event_type == "Air/drone strike"


def test_the_dual_of_an_air_raid_is_an_air_strike():
    from summarizer.verify.classify import classify

    assert classify(["قُتل 15 مدنياً في غارتين لطيران التحالف"])[0].sub_event_type == "Air/drone strike"


def test_prison_riots_are_mob_violence_and_a_length_cut_leaves_no_bare_number():
    from summarizer.verify.classify import classify
    from summarizer.verify.event_span import trimmed
    from summarizer.verify.grounding import Span

    rule, _ = classify(["at least 15 were injured in one of Brazil’s worst prison riots in recent years"])
    assert rule.label_en == "Mob violence"
    assert classify(["Riots erupted in the capital"])[0].label_en == "Violent demonstration"
    lead = (
        "In a tragic incident, at least 13 people lost their lives and 34 others sustained injuries after a bus "
        "plunged into 200 metres deep gorge on Thursday night in Nepal’s Baitadi district."
    )
    assert not trimmed(Span(lead, 0, len(lead))).quote.endswith("200")


def test_an_accident_a_bus_underwent_is_a_road_accident():
    from summarizer.verify.classify import classify

    rule, _ = classify(["قتل 20 شخصا وأصيب نحو 30 في حادث تعرّضت له حافلة ركاب كانت متّجهة إلى مكة"])
    assert rule.label_en == "Road accident"


def test_a_definite_phrase_keyword_and_a_weekday_in_the_possessive():
    from summarizer.verify.classify import classify
    from summarizer.verify.rendering import rendering_problems
    from summarizer.verify.timeexpr import weekdays_in

    assert classify(["الانهيارات الأرضية الناجمة عن هطول أمطار غزيرة"])[0].label_en == "Landslide"
    assert weekdays_in("two soldiers were wounded in Tuesday's ambush") == {1}
    assert weekdays_in("Tuesday’s attack, on Monday,") == {0, 1}
    assert rendering_problems("New People's Army", "جيش الشعب الجديد", "ar") == []


def test_a_short_keyword_takes_no_ka_that_makes_another_word():
    from summarizer.verify.classify import classify

    assert classify(["اضطر عدد كبير من المغاربة"])[1] is None, "'كبير' read as 'ك' + 'بئر' (a well)"
    assert classify(["سقط طفل في بئر"])[1] == "بئر"


def test_an_explosion_a_later_sentence_says_a_suicide_bomber_set_off_is_a_suicide_bomb():
    from summarizer.stages.extract import Extraction
    from summarizer.stages.ground import _classified
    from summarizer.verify.grounding import Article

    text = (
        "وقع انفجار ضخم وسط العاصمة الصومالية مقديشو صباح اليوم الأحد. وقال ضابط في الشرطة إن 4 أشخاص أصيبوا "
        "بجروح بعد أن فجر انتحارى سيارة محملة بالمتفجرات قرب نقطة تفتيش."
    )
    rule, word = _classified(Article(text), Extraction.model_construct(event="وقع انفجار ضخم", weapon=None))
    assert rule.sub_event_type == "Suicide bomb" and word  # was "Remote explosive/landmine/IED" from "انفجار"
    plain = "وقع انفجار ضخم وسط العاصمة الصومالية مقديشو صباح اليوم الأحد. وأصيب 4 أشخاص بجروح."
    rule, _ = _classified(Article(plain), Extraction.model_construct(event="وقع انفجار ضخم", weapon=None))
    assert rule.sub_event_type == "Remote explosive/landmine/IED"
    open_question = (
        "قتل 11 شخصا في انفجار وقع في سوق مزدحم. ولم يعرف إن كان الانفجار نتج عن انتحاري أو هو حدث بفعل عبوة "
        "مفخخة زرعت في السوق."
    )
    rule, _ = _classified(Article(open_question), Extraction.model_construct(event="انفجار وقع في سوق", weapon=None))
    assert rule.sub_event_type == "Remote explosive/landmine/IED"  # a question left open tells nothing
    car = ["a car laden with explosives blew up at the gate"]
    assert classify(car)[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_warplane_said_in_the_singular_makes_an_air_strike():
    assert classify(["قصف طائرة حربية إسرائيلية لمركبته"])[0].sub_event_type == "Air/drone strike"
    assert classify(["an Israeli warplane struck a car"])[0].sub_event_type == "Air/drone strike"


def test_armed_men_storming_where_civilians_gather_attacked_them_storming_a_base_is_a_clash():
    bar = "At least five people were killed when gunmen stormed a restaurant in the city centre."
    assert _grounded_class(f"Attack\n\n{bar}", bar)[0] == "Violence against civilians"
    cafe = "قتل خمسة أشخاص عندما اقتحم مسلحون مقهى في وسط المدينة."
    assert _grounded_class(f"هجوم\n\n{cafe}", cafe)[0] == "Violence against civilians"
    base = "Militants stormed an army base in the north, killing five soldiers."
    assert _grounded_class(f"Attack\n\n{base}", base)[0] == "Battles"
    # "the place": what was stormed was named before the verb
    bar_before = "قتل 11 شخصا على الأقل في حانة بوسط البلاد، عندما اقتحم مسلحون المكان وفتحوا النار بداخله."
    assert _grounded_class(f"هجوم\n\n{bar_before}", bar_before)[0] == "Violence against civilians"
    post = "قتل خمسة جنود في حاجز عندما اقتحم مسلحون المكان."
    assert _grounded_class(f"هجوم\n\n{post}", post)[0] == "Battles"


def test_a_rocket_propelled_grenade_is_a_fighters_weapon_no_shelling():
    from summarizer.verify.classify import classify

    assert classify(["هجوم باستعمال قذائف الآر بي جي وأسلحة رشاشة"])[0].label_en == "Armed clash"
    assert classify(["militants fired RPGs at the convoy"])[0].label_en == "Armed clash"
    assert classify(["سقطت قذائف هاون على الحي"])[0].label_en == "Shelling/artillery/missile attack"
