"""Rules of the ground stage that add what the article's lead states: the lead is the body's first
sentence, and each casualty count gets its own clause."""

from __future__ import annotations

import pytest

from summarizer.verify import recall
from summarizer.verify.grounding import Article, Span

ARTICLE = (
    "اليمن: مقتل مدنيين في قصف صاروخي على مدينة مأرب\n\n"
    "قتل خمسة مدنيين وأصيب 18 آخرون بعد سقوط صاروخ في مدينة مأرب. وذكر مصدر طبي أن القصف استهدف سوقا.\n"
)


def test_the_lead_is_the_bodys_first_sentence_not_the_title():
    article = Article(ARTICLE)
    assert ARTICLE[article.body_start() :].startswith("قتل خمسة")
    first = recall.lead(article, article.locate("مقتل مدنيين في قصف صاروخي"), 1)[0]
    assert first.quote.startswith("قتل خمسة") and first.quote.endswith("مأرب.")
    assert Article("قتل خمسة مدنيين.\n\nوأصيب آخرون.").body_start() == 0, "a sentence is not a title"


def test_each_count_gets_its_own_casualty_clause():
    article = Article(ARTICLE)
    sentences = recall.lead(article, None, 2)
    assert recall.casualty_clause(article, sentences, "killed") == "قتل خمسة مدنيين"
    assert recall.casualty_clause(article, sentences, "injured").startswith("وأصيب 18 آخرون")


def test_a_shared_clause_without_numbers_stays_whole():
    text = "ذكرت الوكالة أن الصواريخ أدت إلى سقوط عدد من القتلى والجرحى."
    article = Article(text)
    sentences = recall.lead(article, None, 1)
    assert "القتلى والجرحى" in recall.casualty_clause(article, sentences, "injured")
    assert "القتلى والجرحى" in recall.casualty_clause(article, sentences, "killed")


def test_each_number_belongs_to_its_nearest_casualty_word():
    from summarizer.verify.casualties import casualty_figure

    # English puts the count before "killed" and the next count right after it.
    assert casualty_figure("59 people were killed and 515 injured", "killed")[0] == 59
    assert casualty_figure("59 people were killed and 515 injured", "injured")[0] == 515
    assert casualty_figure("killing 58 people and wounding 489", "injured")[0] == 489
    assert casualty_figure("مقتل 5 أشخاص وإصابة 18 آخرين", "killed")[0] == 5
    # a long English subject: its count, however far from its "were killed"
    long_subject = "All 150 people on board flight 4U9525 from Barcelona to Duesseldorf were killed"
    assert casualty_figure(long_subject, "killed")[0] == 150
    both = "At least seven people were killed and dozens more were injured when a tram derailed"
    assert casualty_figure(both, "injured")[0] is None, "seven were killed, not injured"
    assert casualty_figure("Police said 3 people were arrested and 2 were killed", "killed")[0] == 2


def test_numbers_of_dates_times_ages_shares_and_magnitudes_are_no_counts():
    from summarizer.verify.numbers import counts_in

    assert counts_in("4 drones on 11 March") == [4]
    assert counts_in("a 70% discount on drones") == []
    assert counts_in("a boy aged 6") == []
    assert counts_in("زلزال بقوة 6.1 درجات") == []
    assert counts_in("قتل 12 شخصا في 5 آذار") == [12]
    assert counts_in("الساعة 5 مساء") == []
    assert counts_in("تعويضات تعادل نحو 400 دولار لكل مصاب") == [], "a sum of money counts no one"
    assert counts_in("بعد يوم واحد من مقتل عشرات المتظاهرين") == [], "one day later counts no one"
    assert counts_in("the toll passed 2,000 on Sunday") == [2000], "a thousands separator writes a count"
    assert counts_in("the toll of the 2000 floods") == []
    assert counts_in("compensation of 500 dollars for each of 12 families") == [12]
    assert counts_in("the toll of a three-train collision after a 12-hour search") == []  # modifiers


def test_a_fragment_of_a_sentence_is_no_source():
    from summarizer.verify.recall import not_a_source_name

    fragments = (
        "it awaits the names of the released",
        "at a press conference",
        "A crowd had gathered at the beach",
        "بيان",
        "the statement",
        "إنهم مسؤولون",  # "that they are responsible": what was said
        "آخر حصيلة مؤقتة أعلنتها وزارة الداخلية",  # the toll it announced
        "مرارا",  # repeatedly
        "The victims include women and children",  # "The" opens the sentence; it names no one
        "the strike on its Telegram channel but",  # "did not acknowledge ... but said": a clause's end
        "بيان مقتضب",  # a brief statement: what was said
        "Rebels with the 3R, a self-defense militia formed during",  # cut short
        "36 people",  # whom the speaker counted
        "videos",  # what showed it, not who said it
        "the attackers",  # whom the report tells of
        "Tuesday morning",  # when it was said
        "بسقوط 15",  # what was reported ("أفاد ... بسقوط 15 قتيلا")
        "هذه المصادر",  # sources named before, pointed back to
        "the sources",
        "Grabbing his son",  # what a witness did
        "Western Niger",  # a place
    )
    for fragment in fragments:
        assert not_a_source_name(fragment), fragment
    sources = ("President Luis Guillermo Solis Rivera", "Kurdistan 24", "أمجد الساري", "مصادر محلية", "officials")
    sources = (*sources, "Morning Star", "بي بي سي", "بلدية المدينة", "مصادر")
    for source in (*sources, "منظمة أنقذوا الأطفال الخيرية"):  # a body named by a verb
        assert not_a_source_name(source) is None, source


def test_a_speakers_name_ends_before_when_and_an_outlet_told_to_loses_its_to():
    from summarizer.verify.recall import source_name

    assert source_name("وزير الداخلية عادل الزبيدي أمس تقديم استقالته") == "وزير الداخلية عادل الزبيدي"
    assert source_name("المتحدث باسم الشرطة مساء الأحد") == "المتحدث باسم الشرطة"
    assert source_name("وزير الصحة حسن التميمي استنفار مستشفيات بغداد") == "وزير الصحة حسن التميمي"  # what he announced
    assert source_name("وزير الإعلام معمر الإرياني") == "وزير الإعلام معمر الإرياني"
    assert source_name("الرئيس التركي رجب طيب أردوغان حالة الطوارئ") == "الرئيس التركي رجب طيب أردوغان"
    assert source_name("مدير مستشفى الشفاء محمد أبو سلمية") == "مدير مستشفى الشفاء محمد أبو سلمية"
    assert source_name("مسؤولو الصليب الأحمر الإندونيسي") == "مسؤولو الصليب الأحمر الإندونيسي"  # an adjective goes on
    assert source_name("لـ«النهار»") == "«النهار»"
    assert source_name("لـ«النهار") == "النهار"
    # an outlet after its correspondent is his employer; a day's word after an outlet's word is its name
    assert source_name("مراسل لوكالة رويترز") == "مراسل لوكالة رويترز", "was 'مراسل'"
    assert source_name("مسؤول محلي لوكالة رويترز") == "مسؤول محلي", "an official told Reuters"
    assert source_name("صحيفة اليوم") == "صحيفة اليوم", "was 'صحيفة'"
    assert source_name("الجيش اليوم") == "الجيش"
    assert source_name("تصريحات وزير الصحة") == "وزير الصحة", "the minister, not his statements"
    assert source_name("بيان مقتضب") == "بيان مقتضب", "no one after the document's word"
    # an outlet whose title alone is a common word ("الأنباء": the news) names no outlet told to
    assert source_name('وكالة "سانا" للأنباء الرسمية') == 'وكالة "سانا" للأنباء الرسمية', "was 'وكالة \"سانا\"'"


def test_whose_weapon_the_lead_names_is_the_attacker():
    text = "قتل 25 فلسطينياً برصاص الاحتلال الإسرائيلي الاثنين على حدود قطاع غزة."
    article = Article(text)
    assert recall.weapon_owner(article, recall.lead(article, None, 2)) == "الاحتلال الإسرائيلي"
    # a weapon after a weapon ("قذائف الهاون") and an adjective ("طائرات سورية") name no owner here
    for text in ("سقطت قذائف الهاون على المدينة.", "حلقت طائرات سورية فوق المدينة."):
        article = Article(text)
        assert recall.weapon_owner(article, recall.lead(article, None, 2)) is None
    # a definite noun is in no construct: the adjective after it is no owner (the terrorist attack)
    article = Article("توالت الإدانات للهجوم الإرهابي الذي استهدف المدينة.")
    assert recall.weapon_owner(article, recall.lead(article, None, 2)) is None


def test_warplanes_of_two_states_are_both_states_attack():
    # "طائرات حربية سورية وروسية": the weapon's own adjective, then two nationalities: both states
    text = "قصفت طائرات حربية سورية وروسية الجمعة منطقة حوض اليرموك، ما أسفر عن مقتل 26 مدنيا."
    article = Article(text)
    owner = recall.weapon_owner(article, recall.lead(article, None, 2))
    assert owner == "طائرات حربية سورية"
    assert recall.with_coordinated_states(article, owner) == "طائرات حربية سورية وروسية"
    assert recall.strike_states("حربية روسية وسورية") == ("RU", "SY")
    assert recall.strike_states("قصف إسرائيلي") == ("IL",)
    # "حربية" of warplanes is no war: aircraft that fly over attacked no one
    article = Article("حلقت طائرات حربية إسرائيلية فوق بيروت.")
    assert recall.weapon_owner(article, recall.lead(article, None, 2)) is None
    # the outlet's own words, like "قصف إسرائيلي": no suspicion though a source is credited for the toll
    article = Article("قصفت طائرات حربية روسية وسورية بلدة في ريف إدلب، وفق المرصد السوري لحقوق الإنسان.")
    assert not recall.suspected(article, "طائرات حربية روسية وسورية")


def test_a_claim_of_an_earlier_years_attack_is_not_this_ones_and_an_actor_that_says_it_attacked_is_no_suspect():
    article = Article(
        "هجوم جربة\n\nاستهدف هجوم مسلح مساء الثلاثاء 9 مايو 2023 محيط كنيس الغريبة.\n"
        "ويعيد الهجوم إلى الأذهان التفجير الذي استهدف الكنيس في 11 أبريل 2002، وتبنّاه تنظيم القاعدة.\n"
    )
    assert recall.claimed_by(article) is None
    said = Article(
        "عنوان\n\nقتل مئة شخص في هجوم قوات الدعم السريع على قرية.\n"
        "وقالت قوات الدعم السريع، في بيان، إنها هاجمت معسكرات للجيش، ونفت استهداف المدنيين.\n"
    )
    assert not recall.suspected(said, "قوات الدعم السريع"), "it says it attacked, and denies only the civilians"


def test_a_claimant_ends_before_what_the_claimed_attack_hit():
    article = Article("توالت الإدانات للهجوم الذي تبنّته ميليشيات الحوثي على منشآت مدنية في أبوظبي.")
    assert recall.claimed_by(article) == "ميليشيات الحوثي"


def _lead(text: str, n: int = 2) -> tuple[Article, list]:
    article = Article(text)
    return article, recall.lead(article, None, n)


def test_the_leads_weapon_comes_from_the_whole_lexicon_as_whole_words():
    article, lead = _lead("قتل قيادي في هجوم بطائرة بلا طيار الخميس. وقالت الشرطة إن قنبلة انفجرت.")
    # the means is the noun, without the preposition glued to it ("with a drone", not "with with ...")
    assert recall.weapon_phrase(article, lead) == "طائرة بلا طيار"
    article, lead = _lead("قُتلت الناشطة بإطلاق نار في مدينة البصرة.")
    assert recall.weapon_phrase(article, lead) == "إطلاق نار"
    article, lead = _lead("قتل 30 شخصا في انفجار الأحد. وقالت الشرطة إن قنبلة وضعت داخل خيمة.")
    assert recall.weapon_phrase(article, lead) == "قنبلة", "the second sentence of the lead counts"
    article, lead = _lead("اقتحم مسلحون قاعدة قبل ساعات على إعلان الحركة وقفاً لإطلاق النار.")
    assert recall.weapon_phrase(article, lead) is None, "a ceasefire is no gunfire"
    article, lead = _lead("Two gunmen attacked the hotel on Friday.")
    assert recall.weapon_phrase(article, lead) is None, "'gun' in 'gunmen' is no weapon"
    article, lead = _lead("A gunman opened fire with an automatic rifle on Sunday.")
    assert recall.weapon_phrase(article, lead) == "automatic rifle", "the longest weapon there"


def test_the_day_it_was_said_gives_way_to_the_time_of_the_incident():
    article, lead = _lead("أعلنت مصادر، الاثنين، أن نحو 20 مدنيا قتلوا في نهاية الأسبوع في شمال مالي.")
    assert recall.time_phrase(article, lead) == "في نهاية الأسبوع"
    article, lead = _lead("قالت مصادر ليبية، الأربعاء، إن مليشيات اختطفت عضو المجلس.")
    assert recall.time_phrase(article, lead) == "الأربعاء", "when the sentence gives no other time"


def test_whose_weapon_it_was_after_belonging_words_and_not_a_guess():
    article, lead = _lead("قتل قيادي في هجوم شنته طائرة بلا طيار تابعة للولايات المتحدة، بحسب الحركة.")
    assert recall.weapon_owner(article, lead) == "للولايات المتحدة"
    article, lead = _lead("استمر تحليق طائرات الاستطلاع المرجح أنها تابعة للتحالف الدولي فوق المنطقة.")
    assert recall.weapon_owner(article, lead) is None, "'likely belonging to' is a guess"
    article, lead = _lead("قالت مصادر إن مليشيات تابعة للمجلس الرئاسي اختطفت عضو المجلس.")
    assert recall.weapon_owner(article, lead) == "مليشيات تابعة للمجلس الرئاسي"


def test_an_accusation_of_many_attacks_names_no_perpetrator():
    article, lead = _lead("قتل محسود الخميس. وقد اتهمت حركة طالبان بتنفيذ عشرات الهجمات الانتحارية.")
    assert recall.accused(article, lead) is None


def test_a_speakers_name_stops_at_the_quote_or_at_what_happened():
    assert recall.source_name("حاكم منطقة زاول محمد سعيد سرواري الهجوم") == "حاكم منطقة زاول محمد سعيد سرواري"
    assert recall.source_name('محمد عبد الكريم المسؤول الأمني "تأكد لدينا') == "محمد عبد الكريم المسؤول الأمني"
    assert recall.source_name('وكالة الأنباء الرسمية "سبأ"') == 'وكالة الأنباء الرسمية "سبأ"', "a quoted name"


def test_a_target_that_names_what_happened_is_none():
    assert recall.tells_what_happened("موقع الحادث بقرية كوم")
    assert recall.tells_what_happened('موقع تويتر "عشرات القتلى')
    assert recall.tells_what_happened("small plane crash")
    assert not recall.tells_what_happened("مركزا لتسجيل الناخبين")
    assert not recall.tells_what_happened("an outdoor music festival")


def test_a_name_as_subject_loses_the_preposition_glued_to_it():
    from summarizer.lang.text import without_preposition

    assert without_preposition("للولايات المتحدة") == "الولايات المتحدة"
    assert without_preposition("بالجيش السوري") == "الجيش السوري"
    assert without_preposition("بلال") == "بلال"


def test_the_site_is_the_most_specific_place_and_a_hometown_is_an_origin():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _only_as_origin, _site_most_specific

    article = Article(
        "قتل 24 شخصا في هجومين انتحاريين على مسجد في مدينة موبي بولاية أداماوا الثلاثاء.\n"
        "والمجبري من مدينة أجدابيا الليبية.\n"
    )
    places = [ExtractedPlace(name="أداماوا", role="site"), ExtractedPlace(name="موبي", role="area")]
    assert [(p.name, p.role) for p in _site_most_specific(places, article)] == [
        ("موبي", "site"),
        ("أداماوا", "area"),
    ], "the town, not its state, and first: the headline's place"
    assert _only_as_origin(article, "مدينة أجدابيا")
    assert not _only_as_origin(article, "موبي")
    bus = Article(
        "Bus crash\n\nThe bus travelling from Meru to Mombasa veered off the Nithi Bridge in Tharaka Nithi County.\n"
        '"We have lost 24 people on the Nithi River Bridge along the Meru - Nairobi highway," he said.'
    )
    assert _only_as_origin(bus, "Meru"), "a road named by its two towns names neither as where it happened"
    assert not _only_as_origin(bus, "Tharaka Nithi County")


def test_a_place_of_the_event_the_incident_is_dated_by_is_not_its_place():
    article, lead = _lead("قتل 25 فلسطينياً الاثنين خلال المواجهات قبل ساعات من تدشين سفارة الولايات المتحدة في القدس.")
    assert recall.places_in(article, lead[0], None) == []
    from summarizer.verify.event_span import event_clause

    text = "قبل ساعات قليلة من فتح صناديق الاقتراع، اندلعت اشتباكات في بيروت بين مناصرين من الطرفين."
    assert event_clause(Article(text), "قبل ساعات قليلة من فتح صناديق الاقتراع").startswith("اندلعت اشتباكات")


def test_a_guess_or_an_accusation_makes_the_perpetrator_suspected():
    article = Article("عنوان\n\nقتل 35 مدنيا بغارات يرجح أن طائرات روسية نفذتها على سوق في حارم.\n")
    assert recall.suspected(article, "طائرات روسية")
    article = Article("عنوان\n\nقتل 5 مدنيين بصاروخ أطلقه الحوثيون على سوق في مأرب.\n")
    assert not recall.suspected(article, "الحوثيون")
    # named only where a source is credited ("بحسب ما ذكرته الحركة"): that source's word, not the article's
    credited = Article("عنوان\n\nقتل القيادي في هجوم شنته طائرة تابعة للولايات المتحدة، بحسب ما ذكرته الحركة.\n")
    assert recall.suspected(credited, "للولايات المتحدة")
    told = Article(
        "عنوان\n\nقصفت طائرات إسرائيلية موقعا في غزة، بحسب مصادر محلية.\nوقالت إسرائيل إن طائراتها قصفت الموقع.\n"
    )
    assert not recall.suspected(told, "إسرائيل"), "also named where no source is credited"
    # the article says the actor denies it, in its title or anywhere: a suspect
    denied = Article("«حزب الله» ينفي مسؤوليته عن الصاروخ\n\nقتل 12 طفلاً بصاروخ أطلقه حزب الله على ملعب.\n")
    assert recall.suspected(denied, "حزب الله")


def test_what_was_targeted_follows_the_verb_unless_the_subject_does():
    _, lead = _lead("قتل 30 شخصا في انفجار استهدف مركزا لتسجيل الناخبين في شرق أفغانستان.")
    assert recall.targeted(lead) == "مركزا لتسجيل الناخبين"
    _, lead = _lead("استهدفت أربع طائرات مسيرة بالصواريخ معسكرا في البادية.")
    assert recall.targeted(lead) is None, "Arabic puts the subject after the verb"


def test_the_object_after_a_subject_and_its_adverbials_set_off_by_commas():
    _, lead = _lead(
        'استهدفت أربع طائرات مُسيرة بالصواريخ، مساء اليوم الثلاثاء، معسكراً تدريباً للمليشيات المدعومة من "الحرس '
        'الثوري الإيراني" في بادية العشارة.'
    )
    assert recall.targeted(lead) == "معسكراً تدريباً للمليشيات المدعومة من الحرس الثوري الإيراني", "backed by whom"
    _, lead = _lead("استهدفت طائرات مسيرة، مساء الثلاثاء، في البادية.")
    assert recall.targeted(lead) is None, "no object after the adverbials: nothing was named as hit"


def test_a_victim_seized_with_the_target_is_a_second_target():
    article = Article(
        "قالت مصادر إن مليشيات اختطفت عضو المجلس، فتحي المجبري، من منزله. وأقدمت على اختطاف المجبري رفقة عضو "
        "مجلس النواب الليبي، فتح الله السعيطي، في عملية أصيب خلالها اثنان."
    )
    assert recall.companion(article, "المجبري رفقة عضو مجلس النواب الليبي") == (
        "المجبري",
        "عضو مجلس النواب الليبي، فتح الله السعيطي",
    )
    assert recall.companion(article, "عضو المجلس") is None, "no one joined"


def test_the_day_police_said_it_is_not_the_day_it_happened():
    article, lead = _lead(
        "A ship struck a bridge and 25 people were injured, police said Wednesday. "
        "The ship hit a pillar of the bridge on Tuesday evening.",
        3,
    )
    assert recall.time_phrase(article, lead) == "Tuesday evening"
    assert recall.said_on(article, "Wednesday")


def test_one_person_opening_an_english_clause_is_a_count_of_one():
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure("A Chinese boy trapped down an abandoned well has been found dead", "killed")[0] == 1
    assert casualty_figure("a gunman killed several people", "killed")[0] is None, "the attacker is no victim"


def test_the_object_after_the_time_and_no_clause_left_hanging():
    _, lead = _lead("ذكرت الوكالة أن الصواريخ استهدفت فجر الإثنين مطار التيفور العسكري في وسط سوريا.")
    assert recall.targeted(lead) == "مطار التيفور العسكري"
    from summarizer.verify.event_span import trimmed
    from summarizer.verify.grounding import Span

    quote = "اندلعت اشتباكات في بيروت بين مناصرين من الطرفين ما أدى"
    assert trimmed(Span(quote, 0, len(quote))).quote.endswith("من الطرفين")


def test_what_an_attack_was_on_is_its_target_but_not_where_it_was():
    _, lead = _lead("قالت الشرطة إن انتحاريا شن هجوما كبيرا بسيارة مفخخة على مبنى حكومي مما أدى إلى انهيار مدرسة.")
    assert recall.targeted(lead) == "مبنى حكومي"
    _, lead = _lead("قتل 25 فلسطينياً خلال المواجهات على حدود قطاع غزة مع إسرائيل.")
    assert recall.targeted(lead) is None, "the border is where, not what was attacked"


def test_attackers_named_by_what_they_are_as_the_subject_of_an_attack_verb():
    for text, subject in (
        ("قال عضو في المجلس إن الجمعة والسبت قتل مسلحون 25 مدنيا في البلدة.", "مسلحون"),
        ("وقتل مسلحون مجهولون ثلاثة جنود.", "مسلحون مجهولون"),
        ("أطلق مسلحون النار على حافلة.", "مسلحون"),
        ("قتل مسلحون في اشتباك مع الجيش.", None),  # gunmen killed: the passive, no object
        ("هاجمت مجموعة مسلحة القرية.", None),  # an armed group's adjective, not the attackers
        # any actor noun in the nominative plural, its adjectives, then a count: the attackers
        ("قتل إرهابيون يهود أربعة فلسطينيين في بلدة قصرة.", "إرهابيون يهود"),
        ("قتل مستوطنون 3 شبان قرب رام الله.", "مستوطنون"),
        ("قتل مستوطنون إسرائيليون وأصيب آخرون في الهجوم.", None),  # the passive: no count follows
        ("قتل جنود أربعة في الكمين.", None),  # a broken plural may be the passive's subject
    ):
        article = Article(text)
        assert recall.attacker_subject(recall.lead(article, None, 2)) == subject, text
    assert recall.generic_attacker("مسلحون") and recall.generic_attacker("gunmen")
    assert not recall.generic_attacker("حركة الشباب")


def test_a_state_as_the_subject_of_an_attack_verb_is_the_attacker():
    article = Article("أطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار اقتربت من الجولان.")
    assert recall.attacker_subject(recall.lead(article, None, 2)) == "إسرائيل"


def test_a_source_named_by_a_bare_title_takes_the_body_after_it():
    article = Article("وقال عضو في المجلس المحلي لفرانس برس إن 25 قتلوا. وقال مسؤول في الشرطة المحلية، إن 5 أصيبوا.")
    assert recall.widened_title(article, "عضو") == "عضو في المجلس المحلي"
    assert recall.widened_title(article, "مسؤول") == "مسؤول في الشرطة المحلية"
    assert recall.widened_title(article, "الشرطة") is None, "not a bare title"
    from summarizer.verify.phrase import render_phrase

    assert render_phrase("عضو في المجلس المحلي", name_slot=True).text == "a member of the local council"


def test_an_english_casualty_clause_keeps_its_subject_the_one_person_killed():
    from summarizer.verify.casualties import casualty_figure

    article = Article("A Chinese boy trapped down an abandoned well has been found dead, after a rescue operation.")
    clause = recall.casualty_clause(article, recall.lead(article, None, 2), "killed")
    assert clause.startswith("A Chinese boy") and casualty_figure(clause, "killed")[0] == 1


def test_the_agent_of_an_english_passive_participle_is_who_did_it():
    article = Article(
        "Girls freed\n\nTwenty one of the 276 schoolgirls kidnapped by Boko Haram militants have been freed, "
        "officials said. The girls were taken to Abuja by the army.\n"
    )
    sentences = recall.lead(article, None, 2)
    assert recall.english_agent(sentences) == "Boko Haram militants"
    # "taken to Abuja by the army": no attack or abduction participle before "by".
    assert recall.english_agent(recall.lead(article, None, 2)[1:]) is None
    # an attack's noun names its author after "by" too; its members' body is part of who attacked
    raid = "At least 20 people were killed in an attack by CODECO militiamen on a camp."
    assert recall.english_agent([Span(raid, 0, len(raid))]) == "CODECO militiamen", "was None"
    farc = (
        "Four soldiers were killed after they were ambushed by a group of dissidents from the "
        "Revolutionary Armed Forces of Colombia (FARC)."
    )
    got = recall.english_agent([Span(farc, 0, len(farc))])
    assert got == "dissidents from the Revolutionary Armed Forces of Colombia", "was None"
    members = "Militiamen from the CODECO group attacked a camp, killing 20 people."
    assert recall.english_attacker_subject([Span(members, 0, len(members))]) == "Militiamen from the CODECO group"
    market = "At least eight civilians were killed when the Saudi-led coalition struck a popular market in Saada."
    assert recall.english_attacker_subject([Span(market, 0, len(market))]) == "the Saudi-led coalition"
    ied = "Nine were killed when an IED blast triggered by Maoists hit their vehicle."
    assert recall.english_agent([Span(ied, 0, len(ied))]) == "Maoists", "a bomb's trigger names who set it off"
    village = "Gunmen from the village of Lala attacked a camp."
    assert recall.english_attacker_subject([Span(village, 0, len(village))]) == "Gunmen", "a place is no body"


def test_an_english_incident_sentence_names_whom_it_accuses_or_who_denies():
    article = Article(
        "Strike\n\nRussia's defence ministry denied responsibility. Police said the blast killed 5.\n"
        "A U.S. official said Washington believed Russian forces had fired the missile.\n"
    )
    sentences = recall.lead(article, None, 4)
    # after the cue, a nationality's forces; the accuser before it is not taken
    assert recall.english_accused(article, sentences) == "Russian forces"
    # the denier is the accused when no sentence names a suspect ("Russia's" closes the name)
    assert recall.english_accused(article, sentences[:2]) == "Russia"
    assert recall.english_accused(article, sentences[1:2]) is None
    blamed = Article("Attack\n\nNigerian army officials blamed Boko Haram for the attack.\n")
    assert recall.english_accused(blamed, recall.lead(blamed, None, 2)) == "Boko Haram"


def test_english_speakers_are_whole_names_and_never_a_clause_or_silence():
    article = Article(
        "Crash\n\nMarseille prosecutor Brice Robin named the co-pilot. The captain pounded on the door while "
        "the co-pilot said nothing, Robin said. Officials said the search was over.\n"
    )
    found = recall.english_sources_in(article)
    assert "prosecutor Brice Robin" in found and "Officials" in found
    assert not any("door" in f or "co-pilot" in f or f == "Robin" for f in found)


def test_an_english_name_takes_the_title_the_article_gives_it():
    article = Article("Shooting\n\nPolice said officer David Nesheiwat shot the man. Mr Smith said nothing.\n")
    assert recall.english_titled(article, "David Nesheiwat") == "officer David Nesheiwat"
    assert recall.english_titled(article, "Smith") is None, "'Mr' is no title the lexicon gives a role"


def test_an_event_span_that_opens_a_quotation_is_someone_s_account():
    article = Article(
        'خبر\n\nوقال أحد الناجين إن "العبارة مالت فجأة وانقلبت خلال ثوان". '
        'واستهدفت الغارات "القاعة الكبرى" جنوبي صنعاء.\n'
    )
    assert recall.quoted_speech(article, "العبارة مالت فجأة وانقلبت")
    assert not recall.quoted_speech(article, "القاعة الكبرى"), "a quoted name is no speech"
    assert not recall.quoted_speech(article, "واستهدفت الغارات")


def test_a_place_named_only_as_where_a_person_is_from_is_his_home():
    article = Article("Shooting\n\nPayton Gendron, of Conklin, New York, opened fire in Buffalo.\n")
    assert recall.hometown(article, "Conklin") and not recall.hometown(article, "Buffalo")
    again = Article("Shooting\n\nPayton Gendron, of Conklin, opened fire. Police sealed off Conklin.\n")
    assert not recall.hometown(again, "Conklin"), "named once as a place of its own"


def test_the_object_after_a_subject_that_follows_its_verb():
    def target(text: str) -> str | None:
        return recall.targeted([Span(text, 0, len(text))])

    assert target('واستهدفت الغارات "القاعة الكبرى" جنوبي صنعاء') == "القاعة الكبرى جنوبي صنعاء"
    assert target("استهدفت الغارات الإسرائيلية مبنى سكنيا في غزة") == "مبنى سكنيا"
    assert target("استهدفت طائرة مسيرة إسرائيلية سيارة مدنية في مأرب") == "سيارة مدنية"


def test_common_words_that_name_no_speaker_are_no_source():
    for thing in ("جثتها", "الهجوم الأخير", "the latest attack", "بلاغ"):
        assert recall.not_a_source_name(thing), thing
    for speaker in ("مصادر أمنية", "وزارة الداخلية", "Reuters", "a local lawmaker", "residents", "المعمري"):
        assert recall.not_a_source_name(speaker) is None, speaker  # an unknown word may be a name


def test_a_verbal_noun_after_a_speech_verb_is_what_was_said():
    # "وأكد إفشال الهجوم": the speech verb's object, shaped like a derived verb's verbal noun, is no speaker
    for act in ("إفشال الهجوم", "وإحباط محاولة تسلل", "انتشال الجثث", "استهدافات متكررة"):
        assert recall.not_a_source_name(act), act
    # given names and bodies of the same shape stay speakers
    for speaker in ("إسلام محمد", "اتحاد العمال", "الائتلاف الوطني السوري", "ائتلاف المعارضة"):
        assert recall.not_a_source_name(speaker) is None, speaker


def test_a_source_name_ends_before_the_outlet_it_spoke_to():
    assert recall.source_name("مديرية صحة دهوك لشبكة رووداو الإعلامية") == "مديرية صحة دهوك"
    assert recall.source_name("مصدر طبي للجزيرة") == "مصدر طبي", "told Al Jazeera: no island"
    assert recall.source_name("مصادر محلية لـعنب بلدي") == "مصادر محلية"
    assert recall.source_name("المرصد السوري لحقوق الإنسان") == "المرصد السوري لحقوق الإنسان"
    # a surname that is also a common noun ("سلام", peace), last in the span: the name, not an act
    assert recall.source_name("رئيس الحكومة تمام سلام") == "رئيس الحكومة تمام سلام"


def test_a_bare_outlet_name_takes_its_outlet_word():
    article = Article('خبر\n\nوأوردت قناة "المسيرة" أن عدد القتلى بلغ 39، وقال مصدر لقناة الجزيرة إن الغارة وقعت.\n')
    assert recall.widened_outlet(article, "المسيرة") == 'قناة "المسيرة"'
    assert recall.widened_outlet(article, "الجزيرة") == "قناة الجزيرة", "the preposition stays out"
    assert recall.widened_outlet(article, "مصدر") is None


def test_an_english_source_cut_after_its_adjective_is_completed_to_its_noun():
    article = Article(
        "Release\n\nThe release was negotiated by the state services and secret intelligence agency, he said.\n"
    )
    assert recall.completed_name(article, "the state services and secret") == (
        "the state services and secret intelligence agency"
    )
    assert recall.completed_name(article, "the state services") is None, "a name that ends in a noun stays"


def test_a_full_stop_after_an_abbreviation_an_initial_or_in_a_number_ends_no_sentence():
    from summarizer.verify.grounding import Span, sentence_ends

    text = "A man was shot near 780 E. Pyle Ave. on Saturday, Nov. 11, 2017. Police said the quake was 7.5 strong."
    assert [text[: i + 1][-6:] for i in sentence_ends(text)] == [" 2017.", "trong."]
    article = Article(text)
    assert article.sentence_around(Span("Nov", text.index("Nov"), text.index("Nov") + 3)).quote.startswith("A man")


def test_earlier_the_same_day_is_the_incidents_story_not_background():
    from summarizer.verify.main_incident import background

    assert not background("وكان آلاف الفلسطينيين احتشدوا قرب الحدود في وقت سابق الاثنين، وسارع الجيش إلى إطلاق الغاز")
    assert not background("Protesters had gathered earlier on Monday near the fence.")
    assert background("وكان الجيش قصف المنطقة في وقت سابق")
    assert background("The group had attacked the town last month.")


def test_the_speaker_of_a_verb_before_its_subject_is_a_source():
    text = (
        "قتل 25 فلسطينيا برصاص الجيش. وأعلنت مصادر طبية فلسطينية سقوط 18 قتيلا وإصابة 600 آخرين. "
        "وتقول وزارة الصحة الفلسطينية إن القوات قتلت 60 فلسطينياً. "
        'وأوردت قناة "المسيرة" المتحدثة باسم الحوثيين أن عدد القتلى بلغ 39. '
        'وأعلن مصدر في المستشفى الحكومي "استقبال 37 جثة وعشرات الجرحى". وأعلنت طالبان تبنيها الهجوم.'
    )
    found = [name for name, _ in recall.sources_in(Article(text), limit=10)]
    assert found == [
        "مصادر طبية فلسطينية",
        "وزارة الصحة الفلسطينية",
        "قناة المسيرة",
        "مصدر في المستشفى الحكومي",
        "طالبان",
    ]
    assert recall.sources_in(Article("وقالت قناة فرانس 24 إن خمسة قتلوا."))[0][0] == "قناة فرانس 24", (
        "a number in a name"
    )


def test_after_an_english_said_a_clause_follows_not_a_speaker():
    text = "Assistant Sheriff Tom Roberts said officer David Nesheiwat shot and killed a man, 41, on Saturday."
    assert recall.sources_in(Article(text), limit=10) == []
    told = "At least 12 people were killed in the blast, said Ahmed Khan."
    assert [name for name, _ in recall.sources_in(Article(told), limit=10)] == ["Ahmed Khan"]


def test_an_actor_that_says_it_acted_is_no_suspect():
    text = (
        'قتل 39 مدنيا في غارة وصفتها قناة المسيرة بـ"جريمة جديدة" لطائرات التحالف الذي تقوده السعودية. '
        'من جانبه أكد التحالف الذي تقوده السعودية الخميس أنه قام بـ"عمل عسكري مشروع".'
    )
    assert recall.acknowledged(Article(text), "التحالف")
    assert recall.acknowledged(Article("The coalition acknowledged that it carried out the strike."), "The coalition")
    accused = "قتل خمسة مدنيين في سقوط صاروخ، واتهمت وكالة سبأ الحوثيين بإطلاقه."
    assert not recall.acknowledged(Article(accused), "الحوثيين") and recall.suspected(Article(accused), "الحوثيين")


def test_a_toll_without_a_figure_says_how_many_and_no_toll_is_none():
    from summarizer.verify.casualties import vague_quantity

    assert vague_quantity("وتفيد التقارير بإصابة العشرات جراء الهجوم") == ("dozens", "العشرات")
    assert vague_quantity("hundreds were injured") == ("hundreds", "المئات")
    assert vague_quantity("أصيب 12 شخصاً") is None
    text = "قتلت القذيفة 20 شخصا وقتل الباقون في وقت لاحق متأثرين بإصاباتهم. وتفيد التقارير بإصابة العشرات."
    article = Article(text)
    assert recall.casualty_clause(article, recall.lead(article, None, 1), "injured") is None, "died of wounds"
    assert "العشرات" in recall.casualty_clause(article, recall.lead(article, None, 2), "injured")
    for told in ("No officers were hurt in the shooting.", "ولم يعرف ما إذا كان هناك قتلى في صفوفهم."):
        article = Article(told)
        assert recall.casualty_clause(article, recall.lead(article, None, 1), "killed") is None, told
        assert recall.casualty_clause(article, recall.lead(article, None, 1), "injured") is None, told


def test_a_victims_age_after_the_name_is_no_part_of_the_event():
    from summarizer.verify.event_span import event_clause

    text = "Police said officer David Nesheiwat shot and killed Phillip Pitts, 41, outside a store."
    assert event_clause(Article(text), "officer David Nesheiwat shot and killed Phillip Pitts, 41").endswith("Pitts")


def test_the_day_a_source_spoke_is_no_day_of_the_event():
    told = Article("قالت مصادر ليبية، الأربعاء، إن مليشيات اختطفت عضو المجلس من منزله.")
    assert recall.said_on(told, "الأربعاء")
    article = Article("Police said on Thursday that two were killed. The attack happened on Monday.")
    assert recall.said_on(article, "Thursday") and not recall.said_on(article, "Monday")


def test_an_english_town_is_named_without_the_article_of_a_longer_name():
    from summarizer.stages.ground import _town_without_the

    assert _town_without_the("the Las Vegas") == "Las Vegas"
    assert _town_without_the("the Gaza Strip") is None and _town_without_the("the Netherlands") is None


def test_the_agency_a_speaker_told_is_a_source_and_a_title_keeps_its_holder():
    text = (
        "وقال ضابط شرطة لوكالة رويترز إن سيارة مفخخة انفجرت. "
        "وقال رئيس فريق الإنقاذ، أجوس هارونو، لوكالة رويترز للأنباء إن 20 جثة انتشلت. "
        "وقال مسؤولون محليون لبي بي سي إن 3 جنود قتلوا."
    )
    found = recall.sources_in(Article(text), limit=10)
    titled = ("رئيس فريق الإنقاذ، أجوس هارونو", "person")
    assert found[:3] == [("ضابط شرطة", "person"), ("وكالة رويترز", "outlet"), titled]
    assert all("بي بي سي" not in n for n, _ in found), "a newsroom's own 'told the BBC' is no agency cited"


def test_a_place_glued_to_its_preposition_is_read():
    title = Article("سانا: قتلى وجرحى بهجوم صاروخي على قاعدة جوية بحمص\n\nذكرت الوكالة أن صواريخ استهدفت المطار.")
    heading = recall.places_in(title, title.sentence_around(title.locate("بحمص")), "SY")
    assert [p for p, _ in heading] == ["حمص"]
    city = Article("وقع الحريق بمدينة كيميروفو.")
    assert all(p != "مدينة" for p, _ in recall.places_in(city, city.sentence_around(city.locate("بمدينة")), None))


def test_an_officials_seat_or_a_hospital_is_no_place_and_a_town_word_names_a_town():
    text = (
        "وقال المدير الجهوي للصحة بالرباط إن سبعة أشخاص توفوا. "
        "ونقلت الوكالة عن مصدر من المستشفى العسكري الدراسي محمد الخامس بالرباط قوله إن سبعة أصيبوا. "
        "وأعلن بيان فتح تحقيق لتحديد أسباب الحادث، الذي وقع قرب بلدة بوقنادل شمال العاصمة."
    )
    article = Article(text)
    first, second, third = (article.sentence_around(article.locate(w)) for w in ("المدير", "المستشفى", "بوقنادل"))
    assert recall.places_in(article, first, "MA") == [], "the health director's seat"
    assert recall.places_in(article, second, "MA") == [], "where the wounded were treated"
    town = recall.places_in(article, third, "MA")
    assert [(p, h.name_en) for p, h in town] == [("بوقنادل", "Bouknadel")], "GeoNames knows it by its Latin name only"
    assert recall.tells_occurrence(third.quote, relative=True) and not recall.tells_occurrence(third.quote)
    assert recall.tells_occurrence("ووقع الحادث صباح الأحد"), "the incident named by its anaphor"
    struck = Article("استهدف القصف المستشفى الميداني بحلب.")
    assert [p for p, _ in recall.places_in(struck, struck.sentence_around(struck.locate("بحلب")), "SY")] == ["حلب"]


def test_the_weapon_the_article_gives_the_perpetrator_is_the_means():
    text = 'قتل 39 مدنيا في هجوم على حافلة فيما وصفته قناة بـ"جريمة جديدة" لطائرات التحالف الذي تقوده السعودية.'
    article = Article(text)
    sentences = [article.sentence_around(article.locate("قتل"))]
    assert recall.actors_weapon(article, sentences, "التحالف العسكري") == "طائرات التحالف"
    assert recall.actors_weapon(article, sentences, "الحوثيين") is None, "no weapon of another actor"


def test_a_bare_english_speaker_noun_is_a_source_and_a_website_keeps_its_dots():
    text = (
        "Title\n\nTwenty one girls have been freed, officials said on Thursday. No officers were hurt, police "
        "said. Witnesses reportedly said fireworks were spraying into the crowd. A crowd had gathered from "
        "9pm, News.com.au reported. The Las Vegas Metropolitan Police Department said the gunman was dead."
    )
    found = recall.english_sources_in(Article(text), limit=10)
    assert found == ["officials", "The Las Vegas Metropolitan Police Department", "Witnesses", "News.com.au"]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # "بحسب ما ذكرته الحركة": the body as the article first named it
        (
            "نائب الحركة يقتل\n\n"
            "قتل خالد محسود، أحد أعضاء حركة طالبان باكستان في هجوم بطائرة بلا طيار، بحسب ما ذكرته الحركة.",
            ["حركة طالبان باكستان"],
        ),
        # a document's issuer speaks; a court's ruling is no statement
        ("وأصدر تيار المستقبل بيانا تحدث فيه عن إصابتين. وأصدرت المحكمة حكما بالسجن.", ["تيار المستقبل"]),
        # "كشفت" opens its speaker; "عدم كشف هويته" does not
        (
            'وكشفت حركة إنقاذ أزواد، وهي مجموعة مسلحة، في بيان "حصيلة وقتية" من سبعة مدنيين قتلوا. '
            "وأضاف المصدر، الذي طلب عدم كشف هويته، أن المهاجمين أطلقوا النار.",
            ["حركة إنقاذ أزواد"],
        ),
    ],
)
def test_the_bodies_an_arabic_article_cites(text, cited):
    assert [name for name, _ in recall.sources_in(Article(text), limit=10)] == cited


def test_means_coordinated_with_the_weapon_are_listed_too():
    text = "قصفت قوات النظام البلدة بالصواريخ والقذائف المدفعية، ما أدى إلى مقتل خمسة مدنيين."
    article = Article(text)
    sentences = recall.lead(article, None, 1)
    weapon = recall.weapon_phrase(article, sentences)
    assert weapon == "الصواريخ"
    assert recall.more_weapons(article, sentences, weapon) == ["القذائف المدفعية"]
    english = Article("Gunmen attacked the village with rifles and machetes, killing 12 people.")
    assert recall.more_weapons(english, recall.lead(english, None, 1), "rifles") == ["machetes"]
    alone = Article("قصفت الطائرات البلدة بالصواريخ. وقتل خمسة مدنيين بقذيفة في بلدة أخرى.")
    assert recall.more_weapons(alone, recall.lead(alone, None, 2), "الصواريخ") == [], "not joined to it"


def test_a_means_of_several_words_is_found_in_the_definite_state():
    article = Article("وأطلق الجيش الغاز المسيل للدموع على المحتجين، ما أدى إلى إصابة العشرات.")
    assert recall.weapon_phrase(article, recall.lead(article, None, 1)) == "الغاز المسيل للدموع"


def test_the_two_sides_of_a_clash():
    lead = "اندلعت اشتباكات في بيروت بين مناصرين من تيار المستقبل من جهة وبين مناصرين من حركة أمل وحزب الله من جهة أخرى"
    assert recall.clash_sides(lead) == ("مناصرين من تيار المستقبل", "مناصرين من حركة أمل وحزب الله")
    assert recall.clash_sides("اشتباكات بين الجيش السوري وعناصر من تنظيم داعش في ريف حمص") == (
        "الجيش السوري",
        "عناصر من تنظيم داعش",
    )
    assert recall.clash_sides("clashes between police and protesters in Lagos") == ("police", "protesters")
    assert recall.clash_sides("Clashes broke out in Lagos") is None


def test_what_an_english_lead_says_was_hit():
    article = Article("A tourist ship struck a highway bridge on the Rhine river in western Germany.")
    assert recall.english_object(recall.lead(article, None, 1)) == "a highway bridge"
    fired = Article("Fifty-eight people were killed when a gunman opened fire on an outdoor music festival on Sunday.")
    assert recall.english_object(recall.lead(fired, None, 1)) == "an outdoor music festival"
    assert recall.english_object(recall.lead(Article("A fire broke out in a mall on Sunday."), None, 1)) is None


def test_a_name_keeps_its_title_in_apposition():
    text = "وقال رضوان صبري، المتحدث باسم الصليب الأحمر الإندونيسي، لبي بي سي إن الوضع سيئ."
    assert recall.sources_in(Article(text))[0][0] == "رضوان صبري، المتحدث باسم الصليب الأحمر الإندونيسي"
    from summarizer.verify.phrase import render_phrase

    rendered = render_phrase("فلاديمير تشيرنوف، نائب حاكم منطقة كيميروفو", name_slot=True).text
    assert rendered.startswith("Vladimir ") and rendered.endswith(", deputy governor of the area of Kemerovo")


def test_english_sources_named_before_an_apposition_or_cited_by_an_outlet():
    text = (
        '"We see no link," Aaron Rouse, the special agent in charge of the FBI in Las Vegas, said on Monday. '
        "The boy was found dead, according to a rescue official cited by the Global Times. "
        "Costa Rica's Ministry of Public Security posted images of the wreckage."
    )
    found = recall.english_sources_in(Article(text), limit=10)
    assert found == ["Aaron Rouse", "a rescue official", "Costa Rica's Ministry of Public Security"]


def test_a_possessive_names_its_country_and_an_apposition_gives_the_kind():
    from summarizer.stages.ground import _kind_in
    from summarizer.verify.gazetteer import countries_named

    assert countries_named("Costa Rica's Ministry of Public Security") == ["CR"]
    text = "Aaron Rouse, the special agent in charge of the FBI in Las Vegas, said the gunman acted alone."
    assert _kind_in("Aaron Rouse", Article(text)) == "official"


def test_whom_a_clause_with_its_subject_first_seized_or_killed():
    event = "مليشيات تابعة للمجلس الرئاسي اختطفت عضو المجلس لحكومة الوفاق الوطني، فتحي المجبري"
    assert recall.person_object(event) == "عضو المجلس لحكومة الوفاق الوطني، فتحي المجبري"
    assert recall.person_object("مسلحون مجهولون اغتالوا الناشطة سعاد العلي في البصرة") == "الناشطة سعاد العلي"
    assert recall.person_object("قتل مسلحون 25 مدنيا") is None, "verb first: its subject follows it"
    # verb first written as a passive ("قُتلت"): whom it killed follows, up to how ("بإطلاق نار")
    passive = "قُتلت الناشطة العراقية سعاد العلي بإطلاق نار في مدينة البصرة"
    assert recall.person_object(passive) == "الناشطة العراقية سعاد العلي"
    assert recall.person_object("قتلت الناشطة العراقية سعاد العلي بإطلاق نار") is None, "unmarked: active or passive"


def test_the_owner_of_a_weapon_read_as_one_lexicon_phrase():
    article = Article("استشهد 25 فلسطينيا برصاص الاحتلال الإسرائيلي على حدود قطاع غزة.")
    assert recall.weapon_owner(article, recall.lead(article, None, 1)) == "الاحتلال الإسرائيلي"


def test_the_accused_group_is_not_run_together_with_its_accuser():
    article = Article('واتهمت وكالة الأنباء الرسمية "سبأ" الحوثيين بالوقوف وراء هذا الهجوم.')
    assert recall.accused(article, recall.lead(article, None, 1)) == "الحوثيين"


def test_a_victims_name_takes_what_the_article_says_he_was():
    article = Article("عنوان\n\nقتل خالد محسود، أحد أعضاء حركة طالبان باكستان في هجوم بطائرة بلا طيار الخميس.\n")
    assert recall.described(article, "خالد محسود") == "خالد محسود، أحد أعضاء حركة طالبان باكستان"
    plain = Article("عنوان\n\nقتل خالد محسود، وأصيب اثنان من مرافقيه في الهجوم.\n")
    assert recall.described(plain, "خالد محسود") is None, "what follows the comma is another clause"
    assert recall.described(article, "حركة طالبان باكستان") is None, "a body, not a person's name"


def test_a_target_described_by_what_it_carried_and_a_fuller_description_later():
    _, lead = _lead("أسفر هجوم على حافلة كانت تقل أطفالا في سوق شمال اليمن عن مقتل العشرات.")
    assert recall.targeted(lead) == "حافلة كانت تقل أطفالا"
    _, sentences = _lead("هجوم على حافلة في سوق. وأسفر هجوم على حافلة كانت تقل أطفالا عن مقتل العشرات.", 2)
    assert recall.fuller_target(sentences[1:], "حافلة") == "حافلة كانت تقل أطفالا"
    _, lead = _lead("قتل العشرات في هجومين استهدفا مسجدا وسوقا بشمال شرق نيجيريا.")
    assert recall.targeted(lead) == "مسجدا وسوقا", "a clitic preposition opens where, not more of what"


def test_a_place_with_a_bearing_of_its_country_and_a_region_named_inside_another():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _site_most_specific, _split_place

    split = _split_place(ExtractedPlace(name="دارفور غربي السودان", role="site"))
    assert [(p.name, p.role) for p in split] == [("دارفور", "site"), ("السودان", "area")]
    assert len(_split_place(ExtractedPlace(name="سوق شرقي المدينة", role="site"))) == 1, "no gazetteer place"
    article = Article("انهار جزء من تلة على قرية في جبل مرّة في دارفور.")
    places = [ExtractedPlace(name="دارفور", role="site"), ExtractedPlace(name="جبل مرّة", role="area")]
    site = _site_most_specific(places, article)[0]
    assert (site.name, site.role) == ("جبل مرّة", "site")


def test_two_regions_without_a_geonames_id_are_two_places():
    from summarizer.stages.ground import _place_key
    from summarizer.verify.gazetteer import lookup

    assert _place_key(lookup("دارفور")) != _place_key(lookup("جبل مرة"))


def test_what_a_later_sentence_says_the_victim_was():
    from summarizer.verify.main_incident import main_sentences

    article = Article(
        "مقتل نائب\n\nقتل خالد محسود، أحد أعضاء الحركة في هجوم بطائرة بلا طيار.\n"
        'وكان محسود يتولى منصب نائب قائد الحركة المحظورة المعروفة باسم "تحريك طالبان".'
    )
    clause, word, post = recall.held_post(article, "خالد محسود، أحد أعضاء الحركة", main_sentences(article))
    assert (clause.quote, word, post) == ("وكان محسود يتولى منصب نائب قائد الحركة المحظورة", "محسود", post)
    assert post == "نائب قائد الحركة المحظورة", "the post as far as the lexicon renders it"
    assert recall.held_post(article, "أحمد علي", main_sentences(article)) is None, "another person's post"


def test_what_was_fired_at_and_a_fuller_description_with_the_article():
    _, lead = _lead("أطلقت إسرائيل صاروخا الجمعة على طائرة بدون طيار اقتربت من الجولان.")
    assert recall.targeted(lead).startswith("طائرة"), "after the firing verb's 'على': the object, a weapon too"
    _, later = _lead("وقالت مصادر إن إسرائيل أطلقت صاروخا من نظام باتريوت على الطائرة السورية.")
    assert recall.fuller_target(later, "طائرة") == "الطائرة السورية", "the same head with its article"


def test_a_claim_is_the_incidents_only_when_made_for_it():
    from summarizer.verify.recall import claimed_by

    lead = "انفجار\n\nقتل خمسة أشخاص في انفجار سيارة مفخخة.\n"
    assert claimed_by(Article(lead + "وتبنى تنظيم «داعش» الهجوم في بيان.")) == "تنظيم داعش"
    assert claimed_by(Article(lead + "وأعلنت حركة الشباب مسؤوليتها عن الهجوم.")) == "حركة الشباب"
    assert claimed_by(Article(lead + "ولم تعلن أي جهة مسؤوليتها عن الهجوم.")) is None  # denied
    earlier = "وكان انفجار قد أودى بحياة 70 شخصا عام 2011، وأعلنت حركة الشباب مسؤوليتها عنه آنذاك."
    assert claimed_by(Article(lead + earlier)) is None  # another, earlier attack's claim
    that_one = "وقتل المهاجمان في ذلك الهجوم الذي تبناه حزب العمال الكردستاني."
    assert claimed_by(Article(lead + that_one)) is None  # "that attack": another one's claim


def test_an_english_claim_names_its_group_with_or_without_the_word_claim():
    lead = "Blast\n\nFive people were killed in a bombing on Monday. "
    assert (
        recall.english_claimed_by(Article(lead + "Al-Shabab claimed responsibility for the attack.\n")) == "Al-Shabab"
    )
    said = "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, said it had carried out the bombing.\n"
    assert recall.english_claimed_by(Article(lead + said)) == "Jamaat-ul-Ahrar"
    assert recall.english_claimed_by(Article(lead + "No group has claimed responsibility.\n")) is None
    then = "Al-Shabab claimed responsibility for that attack.\n"
    assert recall.english_claimed_by(Article(lead + then)) is None
    # a group described before its name and its acronym after it
    banned = "The banned Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement.\n"
    assert recall.english_claimed_by(Article(lead + banned)) == "Baloch Liberation Army"
    members = (
        "Rebels with the 3R, a self-defense militia formed during the civil war, said they attacked the village.\n"
    )
    assert recall.english_claimed_by(Article(lead + members)) == "3R", "a group's members speaking for it"
    dated = "The Pakistani Taliban on Wednesday claimed responsibility for the bombing.\n"
    assert recall.english_claimed_by(Article(lead + dated)) == "Pakistani Taliban"


def test_the_lede_is_the_lead_not_a_sentence_past_the_main_incident_that_first_names_the_weapon():
    text = (
        "هجوم على مسجدين\n\n"
        "قتل 20 شخصا في هجومين مسلحين على مسجدين في المدينة الجمعة. "
        "وقالت الشرطة إن المهاجم اعتقل. "
        "وكانت المدينة قد شهدت العام الماضي هجوما آخر. "
        "وقال أحد الناجين إنه اختبأ حتى توقف إطلاق النار."
    )
    assert recall.lede(Article(text), "إطلاق النار").startswith("قتل 20 شخصا في هجومين")


def test_a_toll_of_a_years_size_is_a_count_and_a_year_is_not():
    from summarizer.verify.numbers import counts_in

    assert counts_in("خلّف الزلزال 2122 قتيلا و2421 مصابا") == [2122, 2421]
    assert counts_in("11,300 dead and 10,100 missing") == [11300, 10100]
    assert counts_in("في عام 2011 قتل 70 شخصا") == [70]
    assert counts_in("Since 2007 the group has fought") == []


def test_a_target_ends_before_a_word_of_time():
    from summarizer.verify.grounding import Span

    text = "شن مسلحون هجوما على موكب القائد أثناء مروره في الحي"
    assert recall.targeted([Span(text, 0, len(text))]) == "موكب القائد"  # not "... during his passing"


def test_the_day_a_toll_was_raised_or_a_claim_made_is_not_when_it_happened():
    cases = {
        ("The death toll from the bombing rose to 100 on Tuesday, officials said.", "Tuesday"): True,
        ("Islamic State claimed responsibility on Thursday for the attack.", "Thursday"): True,
        ("أعلنت لجنة الأطباء، الأربعاء، ارتفاع عدد القتلى إلى 108", "الأربعاء"): True,
        ("وأعلنت طالبان تبنيها الهجوم الذي وقع ليل الجمعة.", "ليل الجمعة"): False,  # the attack's night
        ("Gunmen killed 5 people on Monday in the town.", "Monday"): False,
    }
    for (text, day), reported in cases.items():
        assert recall.said_on(Article(text), day) is reported, text


def test_a_quotation_after_a_speech_verb_is_no_speaker():
    text = 'زلزال\n\nأعلن الرئيس حالة الطوارئ، وقال: "قررنا إعلان حالة الطوارئ". وقال الناشط أمجد الساري إن القتلى 5.'
    names = [name for name, _ in recall.sources_in(Article(text))]
    assert "الناشط أمجد الساري" in names and not any("قررنا" in n for n in names), names


def test_the_source_named_again_by_its_kind_is_the_one_first_named():
    text = "قتل خمسة أشخاص، حسبما أفادت وكالة سانا نقلا عن مصدر عسكري. وقال المصدر إن الدفاعات تصدت للصواريخ."
    assert recall._named_before(Article(text), "المصدر") == "مصدر عسكري"


def test_noon_after_after_is_the_afternoon():
    from summarizer.verify.timeexpr import parse

    assert parse("بعد ظهر السبت").part_of_day == "afternoon"
    assert parse("ظهر السبت").part_of_day == "noon"


def test_a_compounds_second_word_given_alone_is_widened_to_the_compound():
    article = Article("غارة\n\nقتل خمسة أشخاص جراء ضربة صاروخية إسرائيلية استهدفت فجر الأحد حي كفرسوسة في دمشق.\n")
    assert recall.with_head_noun(article, "صاروخية") == "ضربة صاروخية"
    assert recall.weapon_owner(article, recall.lead(article, None, 2)) == "ضربة صاروخية إسرائيلية"
    assert recall.with_head_noun(article, "حي كفرسوسة") is None


def test_a_weapon_in_a_clause_dated_years_before_is_an_earlier_events():
    article = Article(
        "Bombings\n\nIslamic State claimed twin bombings that killed 84 people in Kerman in 2024.\n"
        "The blasts struck near the grave of the general, who was killed in a US drone strike in January 2020.\n"
    )
    assert recall.weapon_phrase(article, recall.lead(article, None, 2)) is None
    assert recall.english_object([article.sentence_around(article.locate("The blasts struck"))]) != "minutes apart"


def test_fragments_are_no_sources_and_a_name_ends_before_where_or_how_it_is_described():
    assert recall.not_a_source_name("باسمه بالقول")  # "on its behalf, by saying"
    assert recall.not_a_source_name("رجل قُدّم")  # a passive verb: a clause
    assert recall.not_a_source_name("In a statement")
    assert recall.source_name("وزارة الصحة في حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة") == (
        "وزارة الصحة في حكومة الوحدة الوطنية"
    )
    assert recall.source_name("مركز عمليات طوارئ الصحة في بيان") == "مركز عمليات طوارئ الصحة"
    assert recall.source_name("the ministry in a statement") == "the ministry"


def test_a_battles_two_sides_are_read_whole_from_their_quotes():
    sentence = 'واندلعت المواجهات بين "جهاز دعم الاستقرار" بقيادة عبد الغني الككلي، و"كتيبة ثوار طرابلس" بقيادة هيثم'
    assert recall.clash_sides(sentence) == ("جهاز دعم الاستقرار", "كتيبة ثوار طرابلس")


def test_a_ceasefire_is_no_weapon_even_with_an_adjective_between():
    article = Article("طرابلس\n\nودعت البعثة إلى وقف فوري لإطلاق النار في طرابلس بعد ليلة من الاشتباكات.\n")
    assert recall.weapon_phrase(article, recall.lead(article, None, 2)) is None


def test_today_and_its_parts_of_the_day_in_english():
    from summarizer.verify.timeexpr import parse

    assert parse("اليوم").english() == "today"
    assert parse("فجر اليوم").english() == "at dawn today"
    assert parse("مساء اليوم").english() == "this evening"


def test_a_day_after_who_announced_or_claimed_is_the_reports_and_as_of_times_are_no_events():
    article = Article(
        "زورق\n\nارتفع عدد ضحايا الزورق الذي غرق قبالة طرطوس إلى 94 شخصاً، حسب ما أعلنته وزارة الصحة اليوم السبت.\n"
        "وكانت حصيلة الضحايا قد بلغت حتى مساء أمس الجمعة 73 شخصاً.\n"
        "وكان الزورق قد أبحر من لبنان قبل أن يغرق بعد ظهر الخميس قرب جزيرة أرواد.\n"
    )
    assert recall.said_on(article, "السبت")
    assert recall.time_phrase(article, recall.lead(article, None, 3)) == "بعد ظهر الخميس"
    english = Article("Blasts\n\nThe Islamic State group on Thursday claimed responsibility for twin bombings.\n")
    assert recall.said_on(english, "Thursday")


def test_an_accused_force_is_named_by_its_name_not_with_its_accuser():
    article = Article(
        "غارة\n\nقتل 43 شخصاً في غارة على حافلة.\nوحمّلت الجماعة التحالف العربي بقيادة السعودية مسؤولية الهجوم.\n"
    )
    from summarizer.verify.main_incident import main_sentences

    assert recall.accused(article, main_sentences(article)) == "التحالف العربي بقيادة السعودية"  # its whole name


def test_a_speakers_name_ends_before_a_noun_and_its_adjective():
    assert recall.speakers_name("رئيس الوزراء مصطفى الكاظمي الحداد الرسمي") == "رئيس الوزراء مصطفى الكاظمي"
    assert recall.speakers_name("المتحدث باسم الصليب الأحمر الإندونيسي") == "المتحدث باسم الصليب الأحمر الإندونيسي"
    assert recall.speakers_name("الوزير محمد الحداد") == "الوزير محمد الحداد"


def test_a_source_name_ends_where_what_it_said_begins_and_victims_are_no_sources():
    assert recall.source_name("هيئة عمليات التجارة البحرية البريطانية بأن الحادث") == (
        "هيئة عمليات التجارة البحرية البريطانية"
    )
    assert recall.source_name("قائد الشرطة أختر حياة خان") == "قائد الشرطة أختر حياة خان", "a name ending in -an"
    assert recall.not_a_source_name("women") and recall.not_a_source_name("الأطفال")


def test_an_english_lead_that_counts_the_dead_is_the_lede_not_a_later_sentence_naming_the_weapon():
    article = Article(
        "Shooting\n\nBUFFALO, N.Y. (AP) — The gunman who shot 13 people, killing 10, at a supermarket was "
        "charged with murder, authorities said.\nWhen officers confronted him, he put the rifle to his neck.\n"
    )
    assert recall.lede(article, "rifle").startswith("The gunman who shot 13 people"), "past its dateline"
    quiet = Article(
        "Shooting\n\nPolice have identified the man an officer shot and killed.\nThe officer fired a rifle.\n"
    )
    assert recall.lede(quiet, "rifle").startswith("The officer fired a rifle"), "no count: the weapon's sentence"


def test_a_claim_by_adoption_with_the_attack_as_a_pronoun_or_an_indefinite_object():
    erbil = Article(
        "صواريخ\n\nقتل أربعة مدنيين في هجوم بصواريخ على أربيل، وتبنّاه «الحرس الثوري» الإيراني، مؤكدا أنه استهدف مقرا.\n"
    )
    assert recall.claimed_by(erbil) == "الحرس الثوري الإيراني"
    daraban = Article(
        'هجوم\n\nتبنت جماعة "تحريك الجهاد باكستان" المسلحة، الثلاثاء، هجوما انتحاريا استهدف مقرا لقوات الأمن.\n'
    )
    assert recall.claimed_by(daraban) == "جماعة تحريك الجهاد باكستان المسلحة"


def test_a_states_forces_named_by_nationality_are_the_accused_not_the_accuser():
    blamed = Article("قصف\n\nقتل 9 سياح في قصف مدفعي، في هجوم حمّلت الحكومة العراقية القوات التركية مسؤوليته.\n")
    assert recall.accused(blamed, recall.lead(blamed, None, 2)) == "القوات التركية"
    accuser = Article("هجوم\n\nقتل 5 أشخاص في هجوم. واتهمت القوات العراقية مسلحين بالوقوف وراء الهجوم.\n")
    assert recall.accused(accuser, recall.lead(accuser, None, 2)) is None


def test_a_weapon_phrase_in_the_accusative_is_found_whole_and_said_as_a_subject_without_its_tanwin():
    from summarizer.verify.phrase import with_case

    text = "اقتحم مسلح الكنيسة وأطلق النار على المصلين قبل أن يفجّر حزامًا ناسفًا كان يرتديه."
    article = Article(text)
    assert recall.weapon_phrase(article, [Span(text, 0, len(text))]) == "حزامًا ناسفًا"
    assert with_case("حزامًا ناسفًا", "nominative") == "حزام ناسف"
    assert with_case("حزامًا ناسفًا", "accusative").startswith("حزام")


def test_a_strike_with_a_states_nationality_is_that_states():
    from summarizer.verify.recall import english_strike_owner, strike_state

    assert strike_state("قصف إسرائيلي") == "IL" and strike_state("بقصف إسرائيلي") == "IL"
    assert strike_state("غارة جوية إسرائيلية") == "IL"  # an adjective between
    assert strike_state("ضربة صاروخية إسرائيلية") == "IL"  # a compound's second word between
    assert strike_state("غارات أمريكية") == "US"  # an irregular nisba, from demonyms.yaml
    assert strike_state("Israeli air strike") == "IL" and strike_state("a Russian missile strike") == "RU"
    assert strike_state("هجوم كردي") is None, "a community is no state"
    assert strike_state("طائرات روسية") is None, "aircraft stay the weapon's owner as written"
    assert strike_state("Israeli forces") is None and strike_state("هجوم مسلح") is None
    lead = [Span("Five people were killed in an Israeli air strike on a house in Rafah on Tuesday.", 0, 10)]
    assert english_strike_owner(lead) == "Israeli air strike"
    assert english_strike_owner([Span("The Kurdish strike ended on Monday.", 0, 10)]) is None
    # the lead says only "A ballistic missile struck"; its title says whose ("No perpetrator is named" was said)
    title = Span("Russian missile strike kills one, injures 15 in Ukraine's Kryvyi Rih", 0, 10)
    lead = [Span("A ballistic missile struck a building.", 0, 10)]
    assert english_strike_owner(lead, title) == "Russian missile strike"


def test_joined_counted_nouns_add_up_and_a_dual_counts_two():
    from summarizer.verify.casualties import casualty_figure

    two_and_two = "أسفر الهجوم عن وفاة عونين أمنيين وزائرين اثنين، أحدهما تونسي يبلغ من العمر 30 عاماً"
    assert casualty_figure(two_and_two, "killed")[0] == 4  # the dual of a phrase, and "اثنين" said again
    assert casualty_figure("مقتل جنديين و3 مدنيين", "killed")[0] == 5
    assert casualty_figure("مقتل طفلين وامرأة", "killed")[0] == 3
    assert casualty_figure("مقتل جنديين", "killed")[0] == 2
    # a sound plural is spelled like a dual: no count from it
    assert casualty_figure("مقتل مدنيين", "killed")[0] is None
    assert casualty_figure("قتل مسلحين مجهولين", "killed")[0] is None
    # a list before its verb, a count after its noun ("about 2 killed" had been filed, of 20 students and 2 teachers)
    from summarizer.schema import Qualifier

    before = "وأفاد عامل إغاثة أن نحو 20 طالبا ومعلمين اثنين قتلوا في الهجوم."
    assert casualty_figure(before, "killed") == (22, Qualifier.approximately)


def test_the_agent_of_a_relative_clause_that_committed_the_incident_is_its_perpetrator():
    from summarizer.verify.recall import committed_by

    lead = (
        "توالت اليوم الاثنين الإدانات العربية والدولية للمجزرة التي ارتكبها جيش الاحتلال الإسرائيلي مساء أمس "
        "الأحد بقصف مخيم يؤوي آلاف النازحين في منطقة تل السلطان."
    )
    assert committed_by(Article(lead), [Span(lead, 0, len(lead))]) == "جيش الاحتلال الإسرائيلي"
    other = "أدان الوزير الهجوم الذي نفذته جماعة مسلحة بقصف قرية."
    assert committed_by(Article(other), [Span(other, 0, len(other))]) == "جماعة مسلحة"
    plain = "قتل 3 أشخاص في هجوم على قرية."
    assert committed_by(Article(plain), [Span(plain, 0, len(plain))]) is None
    # an indefinite attack noun takes its relative clause with no relative pronoun; the place ends the agent
    ambush = "قتل 5 جنود في كمين نصبه عناصر في جماعة أبي سياف في جزيرة جولو جنوبي البلاد."
    assert committed_by(Article(ambush), [Span(ambush, 0, len(ambush))]) == "عناصر في جماعة أبي سياف"
    bomber = "قتل 3 جنود في تفجير نفذه انتحاري يوم الأحد."
    assert committed_by(Article(bomber), [Span(bomber, 0, len(bomber))]) == "انتحاري"
    drone = "قتل 10 أشخاص في غارة جوية نفذتها طائرة أمريكية بدون طيار بمنطقة قيفة."  # an adjective between
    assert committed_by(Article(drone), [Span(drone, 0, len(drone))]) == "طائرة أمريكية بدون طيار"
    verb = "قتل 3 جنود حين نفذه الجيش."  # no attack noun before the verb: no relative clause
    assert committed_by(Article(verb), [Span(verb, 0, len(verb))]) is None


def test_a_place_named_only_where_something_was_said_is_not_where_it_happened():
    from summarizer.verify.recall import where_said

    article = Article(
        "A fire killed 39 migrants in Ciudad Juarez. Rodriguez told a news conference in Mexico City that "
        "eight people were under investigation."
    )
    assert where_said(article, "Mexico City") and not where_said(article, "Ciudad Juarez")
    arabic = Article("قال الوزير في مؤتمر صحفي بالرباط إن الانفجار في مراكش قتل 17 شخصا.")
    assert where_said(arabic, "بالرباط") and not where_said(arabic, "مراكش")


def test_what_a_verb_of_saying_announced_is_no_speaker():
    article = Article(
        "تسرب غاز في العقبة\n\nوتوجه رئيس الوزراء إلى العقبة، وأعلن تشكيل لجنة تحقيق برئاسة وزير الداخلية."
    )
    assert not any("تشكيل" in name for name, _ in recall.sources_in(article, limit=5))


def test_a_city_named_only_in_the_dateline_is_where_the_report_was_filed():
    from summarizer.stages.ground import _only_as_bearing, _only_in_dateline
    from summarizer.verify.furniture import filed_from, in_dateline

    text = "سيول\n\nالجزيرة نت – عمّان\nجرفت السيول رحلة مدرسية قرب البحر الميت، غرب العاصمة عمّان."
    assert filed_from(text, text.index("عمّان")) and not filed_from(text, text.rindex("عمّان"))
    assert _only_as_bearing(Article(text), "عمّان"), "west of the capital: a bearing; the dateline no mention"
    assert _only_in_dateline(Article("سيول\n\nالجزيرة نت – عمّان\nجرفت السيول رحلة مدرسية."), "عمّان")
    manila = "Blast\n\nManila, Dec 29 (IANS) Ten were killed in Hilongos city. It angered the Manila Government."
    assert _only_in_dateline(Article(manila), "Manila"), "a seat named for its government is no place of the event"
    shadda = "تسرب غاز\n\nعمّان ــ العربي الجديد\n\nلقي عشرة أشخاص مصرعهم."
    assert in_dateline(shadda, shadda.index("عمّان")), "a dateline city written with its shadda"


def test_a_count_after_a_death_word_that_begins_with_waw_is_the_next_tolls():
    from summarizer.verify.casualties import casualty_clauses, casualty_figure

    # "18 حالة وفاة و185 مصاباً": "وفاة" is no "and"; 185 are the injured, never 185 killed
    clauses = casualty_clauses("أسفر الحصر النهائي عن 18 حالة وفاة و185 مصاباً، موضحة أن الرقم")
    assert [casualty_figure(c, "killed")[0] for c in clauses[:2]] == [18, None]
    assert casualty_figure(clauses[1], "injured")[0] == 185


def test_a_claimants_boasted_toll_is_filed_only_when_nothing_else_is_given():
    from summarizer.verify import main_incident

    article = Article(
        "تفجير في سوق\n\n"
        "قتل 30 شخصاً وأصيب أكثر من 50 آخرين في تفجير استهدف سوقاً شعبية في بغداد مساء الاثنين.\n\n"
        "وتبنى التنظيم الهجوم في بيان، زاعماً أن الهجوم أوقع أكثر من 40 قتيلاً و35 جريحاً."
    )
    found = main_incident.figures(article)
    assert main_incident.analyst_figure(found, article, "injured").count == 50
    claim_only = Article("تفجير\n\nتبنى التنظيم التفجير، زاعماً أنه أوقع 35 جريحاً في السوق.")
    figure = main_incident.analyst_figure(main_incident.figures(claim_only), claim_only, "injured")
    assert figure is not None and figure.count == 35, "no other figure: the claimant's, with its source"


def test_a_weapon_is_no_target_unless_it_was_stopped_in_flight():
    from summarizer.stages.ground import _a_weapon

    assert _a_weapon("الصاروخ") and _a_weapon("طائرة مسيرة")
    assert not _a_weapon("سوق شعبي") and not _a_weapon("مستودع أسلحة"), "a weapons depot is a target"


def test_a_bylines_credit_is_no_source():
    assert recall.not_a_source_name("Our Correspondent")
    assert recall.not_a_source_name("مراسلنا")
    assert recall.not_a_source_name("Pakistan Railways spokesperson") is None


def test_a_group_which_claimed_the_attack_is_its_claimant():
    text = (
        "Train siege ends\n\nForces ended the siege on Wednesday.\n\n"
        "The proscribed Baloch Liberation Army (BLA), which claimed the attack within hours, said it had "
        "killed more than 200 hostages."
    )
    assert recall.english_claimed_by(Article(text)) == "Baloch Liberation Army"


def test_a_party_someone_was_taken_to_is_no_unknown_attacker():
    from summarizer.verify.recall import unknown_actor

    taken = Article("خطف\n\nبينما اقتيد الأب إلى جهة مجهولة بعد ساعات.")
    assert unknown_actor(taken) is None, "to an unknown destination"
    assert unknown_actor(Article("هجوم\n\nاستهدفت طائرات مسيرة مجهولة معسكرا.")) == "طائرات مسيرة مجهولة"


def test_a_leader_the_model_gave_as_perpetrator_is_dropped(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    text = (
        "قصف مطار\n\n"
        "استهدف قصف صاروخي مطار التيفور العسكري في حمص فجر الإثنين، وفق وكالة سانا.\n"
        "ويأتي هذا الهجوم بعيد حديث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع نظيره الأميركي."
    )
    facts = scripted_facts(event="استهدف قصف صاروخي مطار التيفور العسكري", perpetrator="الرئيس الفرنسي إيمانويل ماكرون")
    s = summarize_scripted(text, facts, "2018-04-09", monkeypatch)
    assert not [a for a in s.incident.actors if a.role.value == "perpetrator"], s.incident.actors
    assert any(d.field == "perpetrator" and "leader" in d.reason for d in s.verification.dropped)


def test_the_two_bombings_a_group_adopted_are_its_claim():
    article = Article(
        "تفجيران\n\n"
        "تبنى تنظيم 'القاعدة في بلاد المغرب الإسلامي' التفجيرين الانتحاريين اللذين هزّا صباح الثلاثاء "
        "حيّي بن عكنون وحيدرة في أعالي العاصمة الجزائرية."
    )
    assert recall.claimed_by(article) == "تنظيم 'القاعدة في بلاد المغرب الإسلامي'"
    lead = article.sentence_around(article.locate("تبنى تنظيم"))
    assert [p for p, _ in recall.places_in(article, lead, "DZ")] == ["العاصمة الجزائرية"]


def test_a_website_is_no_target():
    sentence = "ونشر التنظيم بيانا على موقع إلكتروني يستخدمه عادة."
    article = Article("عنوان\n\n" + sentence)
    assert recall.target_phrase([article.sentence_around(article.locate("ونشر"))]) is None


def test_a_sources_name_ends_before_a_verb():
    assert recall.source_name("بعثة إنسانية شاركت في عملية التسليم") == "بعثة إنسانية"
    assert recall.source_name("المتحدث باسم الجيش العميد يحيى رسول") == "المتحدث باسم الجيش العميد يحيى رسول"


def test_the_events_own_words_give_its_toll_and_a_city_is_no_target(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    text = (
        "اعترافات\n\n"
        "بث التلفزيون الأردني مساء الأحد اعترافات امرأة شاركت في التفجيرات المتزامنة التي ضربت ثلاثة فنادق "
        "في العاصمة الأردنية وأودت بحياة سبعة وخمسين شخصا.\n"
        "وقالت إنها ذهبت مع زوجها إلى فندق في عمّان."
    )
    facts = scripted_facts(
        event="التفجيرات المتزامنة التي ضربت ثلاثة فنادق في العاصمة الأردنية وأودت بحياة سبعة وخمسين شخصا",
        target="عمّان",
        sources=[],
    )
    s = summarize_scripted(text, facts, "2005-11-13", monkeypatch)
    assert s.incident.casualties.killed.count == 57
    assert all(a.name.en != "Oman" for a in s.incident.actors), s.incident.actors


def test_the_group_whose_members_were_killed_is_a_victim_not_the_attacker():
    article = Article("أسفرت غارة عن مقتل عدد من عناصر تنظيم الدولة في البلدة.")
    assert recall.victim(article, "تنظيم الدولة")
    assert not recall.victim(Article("شن تنظيم الدولة هجوما على البلدة."), "تنظيم الدولة")


def test_a_strikes_owner_after_its_lam_and_a_force_that_announces_its_own_deed():
    for text, owner in [
        ("قتل خمسة في غارة جوية للجيش السوري على البلدة", "للجيش السوري"),
        ("قتل خمسة في غارات لطائرات التحالف الدولي", "التحالف الدولي"),
    ]:
        article = Article(text)
        assert recall.weapon_owner(article, [Span(text, 0, len(text))]) == owner
    for text, actor in [
        ("أعلنت الشرطة الفرنسية قتل مسلح في ضاحية المدينة", "الشرطة الفرنسية"),
        ("The Nigerian army said it killed 20 militants near the lake.", "The Nigerian army"),
    ]:
        assert recall.announced_own_act([Span(text, 0, len(text))]) == actor
    text = "أعلنت وزارة الصحة مقتل خمسة أشخاص"  # a death announced, no deed of the announcer
    assert recall.announced_own_act([Span(text, 0, len(text))]) is None


def test_no_count_crosses_a_preposition_and_a_toll_participle_is_no_site():
    text = "طعن رجل سائحين اثنين بسكين في محطة حافلات"
    article = Article(text)
    assert recall.weapon_phrase(article, [Span(text, 0, len(text))]) == "سكين"  # not "اثنين بسكين"
    text = "انفجار ضرب سوقا في المدينة، موقعا أكثر من عشرين قتيلا"
    assert recall.target_phrase([Span(text, 0, len(text))]) != "موقعا أكثر"


def test_a_target_phrase_ends_before_and_a_past_tense_verb():
    text = "وصلت القوات إلى مشارف مطار الحديدة وباتت المدينة في مرمى النيران"
    assert recall.target_phrase([Span(text, 0, len(text))]) == "مطار الحديدة", "was '... وباتت المدينة'"
    text = "استهدف القصف مطار الحديدة ومينائها"
    assert recall.target_phrase([Span(text, 0, len(text))]) == "مطار الحديدة ومينائها", "a noun is coordinated"


def test_the_same_source_again_and_a_headlines_event_words_are_no_sources():
    assert recall.not_a_source_name("المصدر ذاته")
    assert recall.not_a_source_name("المصدر نفسه")
    assert recall.not_a_source_name("Explosion and gunfire")
    assert recall.not_a_source_name("Fire Department") is None


def test_a_thing_hit_is_no_injury_and_a_phrase_never_ends_inside_dhat():
    text = "وأكد الهلال الأحمر إصابة المستشفى في الغارة لكنه لم يعلن حصيلة"
    assert recall.casualty_clause(Article(text), [Span(text, 0, len(text))], "injured") is None
    text = "قتل 9 مدنيين في غارة استهدفت مستشفى مدينة كبيرة ذات الغالبية الكردية."
    assert recall.targeted([Span(text, 0, len(text))]) == "مستشفى مدينة كبيرة ذات الغالبية الكردية"


def test_a_preposition_opens_no_source():
    assert recall.not_a_source_name("مع الطاقم الطبي بعد")
    assert recall.not_a_source_name("of the wife's shooting")


def test_an_article_that_speaks_of_its_attacker_is_told_so():
    assert recall.attacker_told(Article("عنوان\n\nقتل 5 في هجوم أعلن تنظيم مسلح مسؤوليته عنه.\n"))
    assert not recall.attacker_told(Article("عنوان\n\nقتل 5 في انفجار سيارة في السوق.\n"))


def test_who_only_asked_or_condemned_attacked_no_one_and_what_they_asked_for_was_not_hit():
    text = (
        "قتلى\n\nأعلنت مصادر طبية مقتل فلسطينيين في المواجهات شرقي قطاع غزة، في وقت طالبت السلطة الفلسطينية"
        " بتوفير حماية دولية للفلسطينيين."
    )
    article = Article(text)
    assert recall.only_appeals(article, "السلطة الفلسطينية")
    assert recall.in_appeal(article, "للفلسطينيين")
    article = Article("قتل\n\nأعلن الجيش الإسرائيلي قصف موقع في غزة. وقال الجيش الإسرائيلي إن الموقع لحماس.")
    assert not recall.only_appeals(article, "الجيش الإسرائيلي")


def test_what_protests_opposed_is_no_target():
    text = "احتجاجات\n\nقتل ثمانية أشخاص في اضطرابات واحتجاجات دامية ضد نظام الرئيس دانييل أورتيغا."
    article = Article(text)
    assert recall.opposed(article, "نظام الرئيس دانييل أورتيغا")
    assert recall.targeted(recall.lead(article, None, 2)) is None
    article = Article("هجوم\n\nشن مسلحون هجوما على مقر الشرطة في المدينة.")
    assert recall.targeted(recall.lead(article, None, 2)) == "مقر الشرطة"


def test_a_force_that_announces_in_a_statement_its_own_strike_is_the_attacker():
    text = "غارات\n\nأعلن الجيش الإسرائيلي في بيان شنه غارة جوية على منشآت تابعة لحركة حماس في قطاع غزة."
    article = Article(text)
    assert recall.announced_own_act(recall.lead(article, None, 2)) == "الجيش الإسرائيلي"
    # told by the outlet as the subject of the verb of attack: no suspicion for a hedge about the target
    text = "غارات\n\nدبي (CNN)— شن سلاح الجو العراقي، غارات جوية ضد هدف قال إنه لقيادات التنظيم داخل سوريا."
    assert not recall.suspected(Article(text), "سلاح الجو العراقي")


def test_a_verb_of_quoting_that_moved_things_names_no_speaker():
    article = Article("قصف\n\nونقلت الميليشيات الحوثية بعض جثث قتلاها إلى مستشفى العلفي.")
    assert recall.sources_in(article, 5) == []
    article = Article("قصف\n\nونقلت وكالة رويترز عن مصدر أمني أن خمسة قتلوا.")
    assert recall.sources_in(article, 5) == [("وكالة رويترز", "outlet")]


def test_a_claim_after_ba_and_a_count_or_a_present_tense_verb_ends_a_speakers_name():
    assert recall.source_name("المرصد السوري لحقوق الإنسان بسقوط 26 مقاتلا") == "المرصد السوري لحقوق الإنسان"
    assert recall.source_name("موقع إلكتروني يتناول أي معلومات عن الحرائق") == "موقع إلكتروني"
    assert recall.source_name("الناطق يحيى سريع") == "الناطق يحيى سريع", "a given name of that shape stays"
    assert recall.not_a_source_name("تحذير"), "a warning is what was said"


def test_a_place_inside_a_groups_name_is_no_place():
    text = "غارات\n\nشن سلاح الجو غارات ضد هدف لتنظيم الدولة الإسلامية في العراق والشام قرب البوكمال."
    article = Article(text)
    assert all(p != "العراق" for p, _ in recall.places_in(article, recall.lead(article, None, 1)[0], None))


def test_an_agency_that_relayed_a_statement_is_a_source_up_to_the_statement():
    text = "تحطم\n\nونقلت وكالة أنباء سبوتنيك الروسية الحكومية بيان وزارة الدفاع والذي جاء فيه أن 32 قتلوا."
    assert ("وكالة أنباء سبوتنيك الروسية الحكومية", "outlet") in recall.sources_in(Article(text), 5)


def test_what_a_named_person_announced_is_no_part_of_his_name():
    assert recall.source_name("نتنياهو إنهاء جلسة") == "نتنياهو"
    assert recall.source_name("حركة إنقاذ أزواد") == "حركة إنقاذ أزواد", "a body's name holds its verbal noun"
    assert recall.not_a_source_name("بأن"), "a conjunction is what was said"


def test_a_toll_update_names_what_its_toll_is_of():
    from summarizer.verify.event_span import event_clause

    text = (
        "فيضانات\n\nتواصل حصيلة ضحايا الفيضانات والانهيارات الأرضية التي ضربت غرب اليابان الارتفاع.\n"
        "وأعلنت الحكومة الخميس عن حصيلة جديدة لقتلى الفيضانات، بلغت 199 شخصا على الأقل."
    )
    article = Article(text)
    lead = recall.lead(article, None, 2)
    assert event_clause(article, lead[0].quote) == "الفيضانات والانهيارات الأرضية التي ضربت غرب اليابان"


def test_a_verbal_noun_after_a_place_word_names_no_place():
    text = "حريق\n\nوأوضحت إدارة الإطفاء أن الحريق كان صعبا جدا من ناحية التعامل معه في مدينة نيويورك."
    article = Article(text)
    assert "التعامل" not in recall.named_places(article, recall.lead(article, None, 2))


def test_who_accuses_and_who_blames_no_one_are_not_the_accused():
    def accused(text: str) -> str | None:
        article = Article("x\n\n" + text)
        return recall.accused(article, recall.lead(article, None, 3))

    assert accused("قتل الناشط السبت، وأكدت حماس أنه أحد ناشطيها لكنها لم تحمل أي جهة مسؤولية الاغتيال.") is None
    text = "أعلنت حركة حماس السبت اغتيال الناشط، بينما اتهمت عائلته جهاز الاستخبارات الإسرائيلي بقتله."
    assert accused(text) == "الاستخبارات الإسرائيلي"
    assert accused("واتهم الحوثيون التحالف العربي بتنفيذ الهجوم.") == "التحالف العربي"
    assert accused("الانفجاران يحملان بصمات جماعة بوكو حرام.") == "جماعة بوكو حرام"


def test_a_source_name_without_the_day_it_spoke_or_a_negation_cut_from_its_verb():
    assert recall.source_name("الجمعة رامي عبد الرحمن مدير المرصد السوري") == "رامي عبد الرحمن مدير المرصد السوري"
    assert recall.source_name("مصدر لم يكشف عن اسمه لمحطة") == "مصدر"


def test_the_day_a_sentence_says_the_incident_occurred_beats_the_day_of_a_statement():
    article = Article(
        "تفجيرات في نيجيريا\n\nوقالت الشرطة في بيان أصدرته الأحد، إن 20 شخصا قُتلوا. "
        "ووقعت التفجيرات في منطقة دامبوا السبت نحو الساعة 8.30 مساء."
    )
    assert recall.occurred_time(article, article_sentences(article)) == "السبت"
    english = Article("Blast\n\nPolice said on Sunday that 20 were killed. The blasts took place on Saturday evening.")
    assert recall.occurred_time(english, article_sentences(english)) == "Saturday evening"
    other = Article("Blast\n\nPolice said on Sunday that 20 were killed. An earlier attack occurred on Friday.")
    assert recall.occurred_time(other, article_sentences(other)) is None  # no incident named again


def article_sentences(article: Article) -> list[Span]:
    from summarizer.verify.main_incident import sentences

    return sentences(article)


def test_a_headline_names_the_armed_group_before_its_verb_of_attack_and_sources_their_words():
    title = "بوكو حرام تنفذ تفجيرات دامية بشمال شرق نيجيريا"
    assert recall.arabic_headline_agent(Span(title, 0, len(title))) == "بوكو حرام"
    state = "العراق يقصف غرفة عمليات لداعش داخل سوريا"
    assert recall.arabic_headline_agent(Span(state, 0, len(state))) is None  # a state, said otherwise
    assert recall.speakers_name("الجمعة رامي عبد الرحمن مدير المرصد السوري") == "رامي عبد الرحمن مدير المرصد السوري"
    assert recall.source_name("الحكومة حالة الطوارئ") == "الحكومة"  # what it declared is no part of who
    assert recall.source_name("كوبا الحداد الوطني") == "كوبا"
    assert recall.source_name("المرصد السوري لحقوق الإنسان") == "المرصد السوري لحقوق الإنسان"
    assert recall.source_name("Rabbi Jonathan Blake of the Westchester Reform Temple in").endswith("Temple")
    assert recall.not_a_source_name("Meanwhile") and recall.not_a_source_name("We've heard conflicting")


def test_what_a_plane_took_off_from_is_no_target_and_a_place_keeps_no_day():
    sentence = "تحطمت طائرة ركاب بعيد إقلاعها من مطار هافانا الجمعة في رحلة داخلية."
    article = Article(f"تحطم طائرة\n\n{sentence}")
    assert recall.target_phrase([article.locate(sentence)]) is None
    near = "انفجرت سيارة مفخخة بالقرب من مقر الحكومة."
    assert recall.target_phrase([Article(f"انفجار\n\n{near}").locate(near)]) is not None


def test_a_place_named_only_across_a_border_is_not_where_it_happened():
    article = Article(
        "غارات على درعا\n\nقتل 25 مدنيا في غارات على محافظة درعا، بينما فر آلاف صوب الحدود مع هضبة الجولان."
    )
    assert recall.across_a_border(article, "هضبة الجولان") and not recall.across_a_border(article, "درعا")


def test_the_blame_laid_on_a_state_names_the_suspect():
    article = Article(
        "قصف صاروخي\n\nلقي 12 شخصا مصرعهم في قصف صاروخي استهدف مقر الحزب.\n"
        "وألقى الحزب اللوم في هذا الهجوم على إيران، قائلا إنها استخدمت صواريخ بعيدة المدى."
    )
    assert recall.accused(article, article_sentences(article)) == "إيران"


def test_a_speakers_surname_alone_is_widened_to_the_name_the_article_gives():
    article = Article("غارات\n\nوتضمن بيان للطبيب أشرف القدرة قوله إن الطفلة قتلت. وأوضح القدرة أن 12 أصيبوا.")
    assert recall.full_name(article, "القدرة") == "أشرف القدرة"
    spokesman = Article("غارات\n\nوقال المتحدث باسم الجيش إن الغارات استهدفت مواقع. وأضاف الجيش أنه رد.")
    assert recall.full_name(spokesman, "الجيش") is None  # "باسم" is no given name here


def test_a_weapon_of_what_a_strike_answered_is_not_its_means_and_no_injury_is_no_toll():
    text = "قصف الجيش الإسرائيلي مواقع تابعة لحركة حماس، بعد انفجار عبوة ناسفة قرب جرافة عسكرية"
    article = Article(text)
    assert recall.weapon_phrase(article, [Span(text, 0, len(text))]) != "عبوة ناسفة"
    text = "قتل خمسة أشخاص بعد انفجار عبوة ناسفة في سوق"
    article = Article(text)
    assert recall.weapon_phrase(article, [Span(text, 0, len(text))]) == "عبوة ناسفة", "the killing's own bomb"
    text = "وقال الناطق إن الانفجار لم يسفر عن وقوع أي إصابات أو أضرار"
    article = Article(text)
    assert recall.casualty_clause(article, [Span(text, 0, len(text))], "injured") is None


def test_a_place_named_only_in_who_spoke_before_what_was_said_is_not_where():
    article = Article(
        "إطلاق نار\n\nأعلن متحدث باسم رجل الدين فتح الله غولن، المتهم بتدبير محاولة الانقلاب في تركيا، أن حارس"
        " أمن في مقر غولن بولاية بنسلفانيا الأميركية أطلق أعيرة نارية تحذيرية.\n"
    )
    assert recall.only_in_a_speakers_description(article, "تركيا")
    assert not recall.only_in_a_speakers_description(article, "بنسلفانيا"), "what was said tells where"


def test_a_source_name_loses_the_verbs_object_pronoun_and_what_was_said():
    assert recall.source_name("به مصادر أمنية") == "مصادر أمنية"
    assert recall.source_name("مسؤول أمني أفغاني أنهم عثروا") == "مسؤول أمني أفغاني"


def test_two_people_joined_before_when_and_where_are_two():
    from summarizer.verify.casualties import casualty_figure

    text = "توفي شاب وامرأة الأربعاء في فيضانات في الضفة الغربية المحتلة والنقب"
    assert casualty_figure(text, "killed")[0] == 2, "was 1: the list ran on into the places"


def test_who_foiled_an_attack_is_not_its_perpetrator():
    from summarizer.stages.ground import _foiled_by

    article = Article("إحباط هجوم\n\nأحبطت قوات الجيش المصري هجوما على إحدى النقاط الأمنية في مدينة الشيخ زويد.\n")
    assert _foiled_by(article, "قوات الجيش المصري")
    assert not _foiled_by(Article("هجوم\n\nهاجمت قوات الجيش المصري مواقع المسلحين.\n"), "قوات الجيش المصري")


def test_a_perpetrator_loses_a_preposition_written_apart_with_its_quote_mark():
    from summarizer.stages.ground import _without_glued_preposition

    assert _without_glued_preposition('بـ"الدولة الإسلامية') == "الدولة الإسلامية"
    assert _without_glued_preposition("لـ«داعش»") == "داعش"
    assert _without_glued_preposition("بالجيش") == "بالجيش", "a clitic glued to its word stays"


def test_a_quoted_place_name_of_several_words_is_taken_whole():
    text = 'لقي 14 من عناصر التنظيم مصرعهم في منطقة "زور الكنعوص" الواقعة بين المحافظتين'
    article = Article(text)
    assert "زور الكنعوص" in recall.named_places(article, [Span(text, 0, len(text))]), "was 'زور' (As Suwayrah)"


def test_a_weapon_named_as_what_was_targeted_is_no_means_and_owns_no_strike():
    text = "هزت انفجارات مطار حماة، بينما تحدثت مصادر عن قصف استهدف منظومة صواريخ إيرانية، مما أسفر عن مقتل 57"
    article = Article(text)
    sentences = [Span(text, 0, len(text))]
    assert recall.weapon_phrase(article, sentences) is None
    assert recall.weapon_owner(article, sentences) is None, "the Iranian system was hit, not Iran's strike"


def test_a_date_after_since_is_when_a_campaign_began():
    from summarizer.stages.ground import _a_period_start

    article = Article(
        "درعا\n\nتواصل القوات عملياتها في محافظة درعا موقعة العديد من القتلى، منذ إطلاق قوات النظام لهذه المعركة"
        " من ريف المحافظة الشرقي في 19 يونيو.\nوقتل 5 أشخاص في قصف الخميس.\n"
    )
    assert _a_period_start(article, "19 يونيو")
    assert not _a_period_start(article, "الخميس")


def test_a_target_phrase_loses_a_place_word_cut_from_its_name():
    text = "قتل شخصان في انفجار قنبلة في سوق بمدينة الخالص بمحافظة ديالى العراقية"
    assert recall.target_phrase([Span(text, 0, len(text))]) == "سوق بمدينة الخالص"


def test_who_undertook_the_act_is_its_perpetrator():
    text = "استنكر الوزير إقدام ميليشيات الحوثي الإيرانية على اختطاف اثنين من موظفي الأمم المتحدة"
    assert recall.undertaker(Article(text), [Span(text, 0, len(text))]) == "ميليشيات الحوثي الإيرانية"
    text = "أدان الوزير قيام مسلحين باختطاف صحفي"
    assert recall.undertaker(Article(text), [Span(text, 0, len(text))]) == "مسلحين"
    # a verb of succeeding at the act, its time words no part of who did it
    text = "بعدما نجحت قوات التحالف العربي قبل أيام في تصفية رئيس أركان الميليشيات"
    assert recall.undertaker(Article(text), [Span(text, 0, len(text))]) == "قوات التحالف العربي"
    text = "نجحت قوات الأمن في قتل المسلح الذي هاجم الكنيسة"
    assert recall.undertaker(Article(text), [Span(text, 0, len(text))]) is None  # the attacker killed


def test_named_victims_and_n_others_are_summed():
    from summarizer.verify.casualties import casualty_figure

    # the passive's subject, the leader "with" him, and seven others, however far from the verb
    text = 'قتل "مع قيادي حوثي آخر يدعى عبدالكريم الحوثي وسبعة آخرين في غارة للتحالف العربي'
    assert casualty_figure(text, "killed")[0] == 9
    assert casualty_figure("قتل الضابط وسبعة آخرون", "killed")[0] == 8
    assert casualty_figure("قتل القيادي مع خمسة من مرافقيه", "killed")[0] == 6
    assert casualty_figure("أسفر عن مقتل مدني و3 آخرين", "killed")[0] == 4
    assert casualty_figure("The commander was killed along with four others", "killed")[0] == 5
    # the others of another kind are not the dead
    assert casualty_figure("مقتل جندي وإصابة 3 آخرين", "killed")[0] == 1
    assert casualty_figure("مقتل جندي وإصابة 3 آخرين", "injured")[0] == 3


def test_wounded_treated_and_others_taken_to_hospital_are_summed():
    from summarizer.verify.casualties import casualty_figure

    text = "وقال الدفاع المدني اللبناني إنه عالج 46 شخصا من إصابات ونقل 14 آخرين إلى مستشفيات"
    assert casualty_figure(text, "injured")[0] == 60
    assert casualty_figure("Medics treated 46 people at the scene and took 14 others to hospital", "injured")[0] == 60
    # some of the same wounded taken on are no more; the dead are never summed so
    assert casualty_figure("أصيب 20 شخصا ونقل 5 منهم إلى المستشفى", "injured")[0] == 20
    assert casualty_figure("قتل 3 وأصيب 20 شخصا ونقل 5 آخرون إلى المستشفى", "killed")[0] == 3
    # the body's figure joins the two clauses too
    from summarizer.verify import main_incident

    article = Article(f"عنوان\n\n{text}.")
    assert main_incident.analyst_figure(main_incident.figures(article), article, "injured").count == 60


def test_a_given_name_is_no_small_town_abroad_and_a_kunya_joins_a_name():
    from summarizer.verify.phrase import render_phrase

    assert render_phrase("موسى أبو داود", name_slot=True).text == "Musa Abu Dawood", "was 'Musei of Abu Dawood'"
    assert render_phrase("الوزير عبد الرقيب فتح", name_slot=True).text.startswith("minister Abdul Raqib")


def test_a_perpetrator_named_only_in_the_background_is_dropped(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    article = (
        "انفجارات بمطار حماة\n\n"
        "هزت سلسلة انفجارات ضخمة، الجمعة، مطار حماة العسكري في وسط سوريا، مما أسفر عن مقتل 57 عنصرا.\n"
        "وخلال الأسابيع الماضية، استهدفت إسرائيل مرات عدة مواقع عسكرية في سوريا.\n"
    )
    facts = scripted_facts(event="هزت سلسلة انفجارات ضخمة، الجمعة، مطار حماة العسكري", perpetrator="إسرائيل")
    s = summarize_scripted(article, facts, "2018-05-18", monkeypatch)
    assert not any(a.role == "perpetrator" for a in s.incident.actors), s.incident.actors


def test_a_country_that_announced_something_else_is_no_source(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    article = (
        "انفجار في ديالى\n\n"
        "قتل شخصان على الأقل وأصيب 20 آخرون في انفجار قنبلة في سوق بمدينة الخالص بمحافظة ديالى العراقية.\n"
        "وأعلن العراق النصر على تنظيم داعش في ديسمبر كانون الأول.\n"
    )
    facts = scripted_facts(
        event="قتل شخصان على الأقل وأصيب 20 آخرون في انفجار قنبلة",
        sources=[{"name": "العراق", "kind": "official", "claim": None}],
    )
    s = summarize_scripted(article, facts, "2018-06-09", monkeypatch)
    assert not s.sources, s.sources


def test_a_look_back_after_the_perpetrators_clause_does_not_drop_it(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    article = (
        "اختطاف موظفين\n\n"
        "استنكر الوزير إقدام ميليشيات الحوثي على اختطاف اثنين من موظفي الأمم المتحدة، بالإضافة الى اختطاف"
        " موظف ثالث أواخر الشهر الماضي.\n"
    )
    facts = scripted_facts(event="اختطاف اثنين من موظفي الأمم المتحدة", perpetrator="ميليشيات الحوثي")
    s = summarize_scripted(article, facts, "2018-03-10", monkeypatch)
    assert [a.name.ar for a in s.incident.actors if a.role.value == "perpetrator"] == ["ميليشيات الحوثي"]


def test_an_english_source_across_a_sentences_end_or_a_possessive_is_no_source():
    assert recall.not_a_source_name("the run A statement from the police department")
    assert recall.not_a_source_name("Mr Logan's")
    assert recall.not_a_source_name("The Seattle Fire Department") is None
    assert recall.not_a_source_name("The Times of India") is None


def test_a_since_clause_classifies_nothing_and_an_area_is_no_target():
    from summarizer.stages.ground import _an_area_word, _before_since
    from summarizer.verify.recall import classify

    lead = "تواصل القوات السورية عملياتها العسكرية في محافظة درعا، منذ إطلاق قوات النظام لهذه المعركة في 19 يونيو"
    assert classify([lead])[1] is not None  # "المعركة": a battle, read whole
    assert classify([_before_since(lead)])[1] is None  # when the campaign began says nothing of the incident
    assert _before_since("Police said, since March, ...") == "Police said"
    # a place word without its name is where, not a thing that was hit
    assert _an_area_word("المحافظة الشرقي")
    assert _an_area_word("بريف المدينة")
    assert not _an_area_word("سوق الخضار")


def test_what_was_hit_meanwhile_is_no_target_of_the_incident():
    text = (
        "شنت مقاتلات التحالف العربي غارات على محافظة الحديدة، ما أسفر عن سقوط قتلى من الميليشيات، "
        "في وقت قصفت طائرات التحالف قاعدة جوية عسكرية قرب صنعاء."
    )
    assert recall.targeted([Span(text, 0, len(text))]) is None
    assert recall.target_phrase([Span(text, 0, len(text))]) is None
    text = "انفجار استهدف مركزا لتسجيل الناخبين في شرق أفغانستان"
    assert recall.targeted([Span(text, 0, len(text))]) == "مركزا لتسجيل الناخبين"


def test_a_town_only_gone_to_or_ending_a_road_is_no_site():
    from summarizer.stages.ground import _only_as_destination

    text = (
        "كان الأجانب الأربعة فى طريقهم من كافانشان إلى العاصمة الاتحادية أبوجا عندما خطفهم مسلحون بالقرب من "
        "جيرى على محور كادونا أبوجا. وأضاف أن قوة خاصة أرسلت إلى أبوجا."
    )
    assert _only_as_destination(Article(text), "أبوجا")
    assert not _only_as_destination(Article(text), "كادونا")  # the road's first town is named as such
    assert not _only_as_destination(Article("انفجرت سيارة في أبوجا. وأرسلت قوة إلى أبوجا."), "أبوجا")


def test_egyptian_hamza_on_yeh_reads_as_the_standard_spelling():
    from summarizer.lang.text import fold

    assert fold("مسئول عسكرى") == fold("مسؤول عسكري")
    assert fold("شئون") == fold("شؤون")


def test_a_speakers_office_place_and_title_before_it():
    text = (
        "قضى عشرة اشخاص غرقا في سيول اجتاحت منطقة رابغ. ونقلت عن متحدث اعلامي بمديرية الدفاع المدني في "
        "منطقة مكة المكرمة ان غرفة العمليات تلقت بلاغا."
    )
    article = Article(text)
    sentences = [article.sentence_around(article.locate("ونقلت"))]
    assert recall.named_places(article, sentences) == ["مكة المكرمة"]  # "ان" (that) ends the name
    assert recall.only_in_a_speakers_description(article, "مكة المكرمة")  # the office of who spoke
    assert not recall.only_in_a_speakers_description(article, "رابغ")
    assert recall.titled_office(article, "بمديرية الدفاع المدني") == "متحدث اعلامي بمديرية الدفاع المدني"
    assert recall.titled_office(article, "الدفاع المدني") is None


def test_an_arabic_outlet_dateline_with_a_hyphen():
    from summarizer.verify.furniture import in_dateline

    text = "المدينة نيوز - قضى عشرة اشخاص غرقا"
    assert in_dateline(text, 0)
    assert not in_dateline("قضى عشرة اشخاص - غرقا", 0)


def test_a_source_ends_where_it_attributes_to_another_and_a_side_at_its_relative():
    assert recall.before_another_source("مصدر عسكري يمني وفقا لقناة") == "مصدر عسكري يمني"
    assert recall.source_name("مصدر عسكري يمني وفقا لقناة") == "مصدر عسكري يمني"
    sides = recall.clash_sides("مواجهات بين القوات الحكومية والحوثيين الذين يسيطرون على مركز المديرية")
    assert sides == ("القوات الحكومية", "الحوثيين")


def test_a_side_of_clashes_credited_to_a_source_is_told_not_suspected():
    text = "وتسببت الاشتباكات بين قوات اللواء 444 وقوات الردع الخاصة، في سقوط قتيلين، بحسب ما أفاد مصدر طبي."
    assert not recall.suspected(Article(text), "قوات اللواء 444")
    from summarizer.stages.ground import _both_sides

    assert _both_sides("قوات اللواء 444 وقوات الردع الخاصة", ("قوات اللواء 444", "قوات الردع الخاصة"))
    assert not _both_sides("قوات اللواء 444", ("قوات اللواء 444", "قوات الردع الخاصة"))


def test_the_attacker_who_died_is_no_victim_count():
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure("وقد لقي الانتحاري حتفه", "killed")[0] is None  # the bomber
    assert casualty_figure("لقي مدني حتفه", "killed")[0] == 1
    assert casualty_figure("the gunman was killed", "killed")[0] is None


def test_an_english_actor_without_its_clause_and_a_leading_country_named():
    from summarizer.verify.gazetteer import countries_named
    from summarizer.verify.rendering import rendering_problems

    assert recall.english_core("Saudi-led coalition waging war against Yemen's Shiite rebels") == "Saudi-led coalition"
    assert recall.english_core("gunmen who stormed the hotel") == "gunmen"
    assert recall.english_core("Boko Haram fighters") == "Boko Haram fighters"
    assert countries_named("Saudi-led coalition") == ["SA"]
    assert rendering_problems("Saudi-led coalition", "التحالف بقيادة السعودية", "ar") == []
    assert "blame" in recall.ACCUSATION_CUES


def test_one_more_person_joined_to_an_english_count():
    from summarizer.verify.casualties import casualty_figure

    text = "derailed after hitting a dump truck, killing two aboard and a person in the truck, and injuring at least 50"
    assert casualty_figure(text, "killed")[0] == 3
    assert casualty_figure("killing two soldiers and a civilian", "killed")[0] == 3
    assert casualty_figure("killed two people and injured a man", "killed")[0] == 2


def test_a_mine_is_a_pit_and_a_landmine_a_weapon():
    from summarizer.verify.phrase import render_phrase
    from summarizer.verify.phrase_en import render_english

    assert render_english("Crandall Canyon mine").text == "منجم كراندال كانيون"
    assert render_english("landmine").text == "لغم"
    assert render_phrase("لغم أرضي").text == "a landmine"


def test_an_english_place_of_common_words_is_nameless_and_a_surname_takes_no_title_across_lines():
    from summarizer.stages.ground import _nameless_words

    assert _nameless_words("ferry") and _nameless_words("the dock")
    assert not _nameless_words("Jos") and not _nameless_words("the Gaza Strip")
    text = "3 dead after train derails in US\n\nAn Amtrak train derailed. Amtrak said eight cars derailed."
    assert recall.english_sources_in(Article(text)) == ["Amtrak"]


def test_a_gunbattle_is_a_clash_and_alleged_dissidents_are_suspects():
    from types import SimpleNamespace

    from summarizer.stages.ground import _classified

    text = "Two policemen were killed in a gunbattle in southern Colombia with alleged FARC dissidents."
    facts = SimpleNamespace(event=text, weapon="grenade")  # the grenade that did not explode
    assert _classified(Article(text), facts)[0].sub_event_type == "Armed clash"
    assert recall.english_accused(Article(text), [Span(text, 0, len(text))]) == "FARC dissidents"
    assert recall.english_core("two men, who opened") == "two men"


def test_an_ambush_set_for_forces_is_theirs_as_target_and_an_attack_attributed_to_a_group():
    text = "وأوضح مسؤول أن الهجوم وقع عندما نصب مسلحون تابعون للجماعة كميناً للقوات المالية"
    assert recall.weapon_owner(Article(text), [Span(text, 0, len(text))]) is None
    text = "لقي 15 جندياً مصرعهم في هجوم وقع في وسط مالي ونُسب إلى جماعة نصرة الإسلام والمسلمين،"
    assert recall.accused(Article(text), [Span(text, 0, len(text))]) == "جماعة نصرة الإسلام والمسلمين"


def test_a_headline_cut_short_is_still_the_title_and_an_ambush_no_town():
    article = Article("مالى مصرع 15 جنديًا في كمين للجماعات ...\n\nلقي 15 جندياً مصرعهم في كمين.")
    assert article.text[article.body_start() :].startswith("لقي")
    assert Article("نصب مسلحون كميناً للقوات").locate("ميناً").quote == "كميناً"  # an ambush, not Mina


def test_a_building_free_of_any_victims_reports_no_toll():
    text = "مصدر أمني أوضح أن عمليات البحث ما زالت مستمرة حتى التأكد من خلو العقار من أي ضحايا"
    assert recall.casualty_clause(Article(text), [Span(text, 0, len(text))], "killed") is None


def test_one_family_is_no_count_and_latin_type_names_fit_an_arabic_side():
    from summarizer.schema.scripts import script_problem
    from summarizer.verify.casualties import casualty_figure

    assert casualty_figure("لقي تسعة أشخاص من أسرة واحدة مصرعهم، الأحد", "killed")[0] == 9
    assert casualty_figure("مقتل 5 من عائلة واحدة", "killed")[0] == 5
    assert (
        script_problem("الطائرة من نوع Pilatus-PC، وتحطمت بعد وقت قصير من إقلاعها من مطار مدينة تشامبرلين", "ar")
        is None
    )
    assert script_problem("هجوم على Gakurdi village", "ar") is not None
    assert recall.before_another_source("التلفزيون الرسمي نقلا عن") == "التلفزيون الرسمي"


def test_a_fuel_tanker_that_exploded_is_an_accident_even_when_a_later_sentence_names_the_blast():
    from types import SimpleNamespace

    from summarizer.stages.ground import _classified

    text = (
        "قال مسؤولون إن صهريج وقود انقلب ثم انفجر في باكستان أمس مما أدى إلى مقتل 125 شخصًا.\n"
        "وقال رجال الإنقاذ إن حشدًا كبيرًا تجمع عندما وقع الانفجار."
    )
    facts = SimpleNamespace(event="صهريج وقود انقلب ثم انفجر في باكستان", weapon=None)
    assert _classified(Article(text), facts)[0].label_en == "Accidental explosion"


def test_no_toll_for_any_victims_injured_victims_projections_and_things_counted():
    from summarizer.verify.casualties import vague_quantity
    from summarizer.verify.timeexpr import arabic_time

    text = "ولم تعلن السلطات التركية حتى الآن عن أي وفيات أو إصابات"
    assert recall.casualty_clause(Article(text), [Span(text, 0, len(text))], "injured") is None
    text = "وقدر عدد الضحايا بحوالي 50 مصابا"
    assert recall.casualty_clause(Article(text), [Span(text, 0, len(text))], "killed") is None
    assert vague_quantity("28 were killed and hundreds of munitions seized") is None
    assert vague_quantity("dozens of people were killed") == ("dozens", "العشرات")
    assert arabic_time("early Tuesday") == "في وقت مبكر من يوم الثلاثاء"
    assert arabic_time("last Friday") == "الجمعة الماضي"


def test_english_words_that_name_no_speaker_are_no_source():
    assert recall.not_a_source_name("without elaborating")
    assert recall.not_a_source_name("its website")
    assert recall.not_a_source_name("a group")
    for name in ("police", "witnesses", "a security source", "Lionel Lazarre", "the authorities", "residents"):
        assert recall.not_a_source_name(name) is None, name


def test_a_disaster_affects_no_feature_quantity_or_region():
    from summarizer.stages.ground import _says_nothing_affected

    for target in ("the sea", "البحر", "Dozens", "العشرات", "central Mexico"):
        assert _says_nothing_affected(target), target
    for target in ("passengers", "a building", "the Nour charity hospital", "ركاب"):
        assert not _says_nothing_affected(target), target


def test_a_one_word_target_keeps_the_number_written_before_it():
    from summarizer.stages.ground import _with_its_count

    article = Article("زلزال تركيا.. 15 قتيلًا وتدمير 150 مبنى حصيلة أولية\n\nFire destroyed 3 houses and a school.")
    assert _with_its_count(article, "مبنى") == "150 مبنى"  # "Affected: a building" was wrong by 149
    assert _with_its_count(article, "houses") == "3 houses"
    assert _with_its_count(article, "school") == "school"


def test_one_figure_between_the_dead_and_the_wounded_is_no_toll_of_either():
    from summarizer.verify.casualties import casualty_figure

    text = "أعلنت دائرة الصحة ارتفاع حصيلة حريق المستشفى إلى 114 بين شهيد وجريح"
    assert casualty_figure(text, "killed")[0] is None  # was 114 killed: 64 dead and 50 wounded
    assert casualty_figure(text, "injured")[0] is None
    assert casualty_figure("سقوط قتيل وجريح", "killed")[0] == 1  # one of each, no "between"


def test_deaths_told_by_a_single_noun_a_killing_verb_and_not_by_a_will_to_kill_or_a_name():
    from summarizer.schema import Qualifier
    from summarizer.verify.casualties import casualty_figure
    from summarizer.verify.spans import span_problems

    assert casualty_figure("وأردوه قتيلا قبل أن يلوذوا بالفرار", "killed")[0] == 1  # shot him dead
    assert casualty_figure("A woman was lynched in central India", "killed")[0] == 1
    assert casualty_figure("Three People Beheaded in Northern Mozambique", "killed")[0] == 3
    # a will or a try to kill is no death reported
    assert casualty_figure("who wants to kill people in the compound", "killed") == (None, Qualifier.unknown)
    assert casualty_figure("نجا من محاولة قتل", "killed") == (None, Qualifier.unknown)
    # "توفيق" (Tawfiq) holds "توفي" (died): the kidnapped journalist is no toll of one
    text = "اختطفوا الصحفي توفيق التميمي وأنزلوه"
    assert casualty_figure(text, "killed")[0] is None
    assert span_problems([("killed", text)], Article(text), for_model=False)[0][2].endswith("people killed")


def test_who_attacked_after_when_is_no_victim_and_a_states_weapon_names_the_state():
    from summarizer.verify.casualties import casualty_figure

    article = Article("Fifteen people were killed when Boko Haram attacked a remote village.")
    assert not recall.victim(article, "Boko Haram")  # "killed when": the attackers' own clause
    assert recall.victim(Article("قتل خمسة عناصر من بوكو حرام في غارة."), "بوكو حرام")
    assert recall.strike_states("a Russian missile") == ("RU",)
    assert recall.strike_states("صاروخ روسي") == ("RU",)
    assert recall.strike_states("Russian soldiers") == ()
    # "one of" a kind is no count; one of the gunmen is one person
    assert casualty_figure("placing bodies from one of the war's deadliest attacks", "killed")[0] is None
    assert casualty_figure("Soldiers killed one of the gunmen", "killed")[0] == 1


def test_an_arabic_actor_without_the_verb_or_particle_before_it_and_by_the_hands_of():
    assert recall.arabic_core("اغتال مسلحون مجهولون") == "مسلحون مجهولون"
    assert recall.arabic_core('إن "مسلحين مجهولين') == "مسلحين مجهولين"
    assert recall.arabic_core("قوات الأمن") == "قوات الأمن"
    assert recall.by_hands_of("يد مسلحين") == "مسلحين"  # "على يد مسلحين": by gunmen, no target
    assert recall.by_hands_of("مسلحين") is None


def test_who_only_reported_the_attack_is_no_perpetrator_unless_it_claims_it():
    text = "هاجم مسلحون دورية أمنية، حسبما أعلن الحرس الوطني التونسي الذي أكد مقتل 3 من المهاجمين."
    assert recall.only_reports(Article(text), "الحرس الوطني التونسي")
    assert not recall.only_reports(Article("أعلن تنظيم داعش مسؤوليته عن الهجوم."), "تنظيم داعش")
    said = 'غارة\n\nوقالت منظمة "جيش أراكان" المسلحة القومية إن 17 مدنيا قضوا في غارة على قرية.'
    assert recall.only_reports(Article(said), "جيش أراكان"), "the body's word between the verb and its name"
    text = "من جانبه أكد التحالف العسكري الخميس أنه قام بعمل عسكري مشروع."
    assert not recall.only_reports(Article(text), "التحالف العسكري")  # its own act, acknowledged
    article = Article("Gunmen attacked the base, said the army.")
    assert recall.only_reports(article, "the army") and not recall.only_reports(article, "Gunmen")


def test_a_day_set_apart_by_commas_stays_in_its_clause():
    from summarizer.verify import main_incident
    from summarizer.verify.casualties import casualty_figure

    text = "قتل مهاجمون مسلحون في مالي، الأحد، 43 شخصا من بينهم عدد من الأطفال، في غارات على قريتين"
    assert casualty_figure(text, "killed")[0] == 43
    article = Article(f"عنوان\n\n{text}.\n\nوأمس السبت، قتل 26 شخصاً في هجوم على قرية.")
    assert main_incident.analyst_figure(main_incident.figures(article), article, "killed").count == 43


def test_a_vessel_is_no_place_and_initials_are_no_source():
    from summarizer.stages.ground import _VESSEL

    assert _VESSEL.match("M.V. Pinak") and _VESSEL.match("MV Sewol") and not _VESSEL.match("Mosul")
    assert recall.not_a_source_name("M.V") and recall.not_a_source_name("AFP") is None


def test_a_country_given_as_a_source_is_its_authorities_as_the_article_says():
    article = Article("Eight people were hurt in a bomb attack in Bogota on Thursday, authorities in Colombia said.")
    assert recall.authorities_of(article, "Colombia") == "authorities in Colombia"
    assert recall.authorities_of(article, "Bogota") is None


def test_a_group_announcing_its_own_abduction_is_its_perpetrator():
    text = (
        "اختطاف مواطنين روس على يد مسلحين في النيجر حيث أعلنت جماعة نصرة الإسلام والمسلمين التابعة لتنظيم "
        "القاعدة في منطقة الساحل غرب أفريقيا عن اختطافها لاثنين من المواطنين الروس في النيجر."
    )
    assert recall.announced_own_act([Span(text, 0, len(text))]) == "جماعة نصرة الإسلام والمسلمين"


def test_how_long_something_went_on_is_no_time(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    article = (
        "Landslide kills 160 in Myanmar\n\n"
        "At least 162 bodies have been found after a landslide at a jade mining site in northern Myanmar.\n"
        "Rescue work has continued all day for people still missing at the site.\n"
    )
    facts = scripted_facts(event="a landslide at a jade mining site in northern Myanmar", time="all day")
    s = summarize_scripted(article, facts, "2020-07-03", monkeypatch)
    assert s.incident.when is None or "all day" not in s.incident.when.expression.en


def test_the_day_an_outlet_can_report_is_no_day_of_the_incident():
    article = Article("Gunmen killed at least 15 civilians in Oromia State, APA can report on Friday.")
    assert recall.said_on(article, "Friday")
    assert not recall.said_on(Article("Gunmen killed at least 15 civilians on Friday in Oromia."), "Friday")


def test_a_claim_of_a_weekends_other_attack_is_no_claim_of_the_incident():
    text = (
        "انفجار عبوة ناسفة بباص\n\n"
        "لقي تسعة أشخاص حتفهم إثر انفجار عبوة ناسفة في ولاية قندهار الأربعاء.\n\n"
        "ويعد التفجير هو الثالث منذ انتهاء وقف إطلاق النار الذي أعلنته طالبان الشهر الماضي.\n\n"
        "وانفجرت قنبلة داخل مسجد في كابول مساء الثلاثاء.\n\n"
        "وأعلن مرتزقة داعش الثلاثاء مسؤوليتهم عن انفجار خلال عطلة نهاية الأسبوع أصاب حافلة في كابول."
    )
    assert recall.claimed_by(Article(text)) is None
    text = "عنوان\n\nقتل 5 أشخاص في هجوم على سوق الأربعاء.\n\nوأعلن تنظيم داعش مسؤوليته عن الهجوم."
    assert recall.claimed_by(Article(text)) == "تنظيم داعش"


def test_an_attack_thought_to_be_a_groups_makes_it_suspected():
    sentences = [Span("The attack, thought to have been carried out by al-Shabab, targeted Beni.", 0, 10)]
    article = Article(sentences[0].quote)
    assert recall.english_accused(article, sentences) == "al-Shabab"


def test_a_short_name_two_states_share_is_the_one_the_article_writes_in_full():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _state_meant

    drc = Article("مقتل 8 مدنيين شرقي الكونغو الديمقراطية\n\nوسائل إعلام في الكونغو تفيد بمقتل ثمانية.")
    assert _state_meant(drc, ExtractedPlace(name="الكونغو", role="area")).name == "الكونغو الديمقراطية"
    both = Article("Rebels attacked in Congo, near Congo-Brazzaville and the Democratic Republic of Congo.")
    assert _state_meant(both, ExtractedPlace(name="Congo", role="area")).name == "Congo", "two states: no choice"


def test_an_english_attacker_by_or_before_its_attack_is_no_victim_and_a_called_place_is_no_appeal():
    ambush = Article(
        "23 soldiers killed in Boko Haram ambush\n\n"
        "At least 23 soldiers died in an ambush by the terror group Boko Haram in a locality called Dangdala. "
        "Boko Haram elements were also killed in the army's counterattack."
    )
    assert not recall.victim(ambush, "Boko Haram")
    assert recall.victim(Article("T\n\nTroops killed 12 Boko Haram fighters on Monday."), "Boko Haram")
    assert not recall.in_appeal(ambush, "Dangdala"), "a place called X is named, not called for"
    assert recall.in_appeal(Article("T\n\nThe UN called for calm in Dangdala."), "Dangdala")
    lede = recall.lede(Article("T\n\nN’DJAMENA, March 23 (XINHUA) — " + ambush.text.split("\n\n")[1]), None)
    assert "Boko Haram" in lede and not lede.startswith("N’DJAMENA"), lede


def test_a_claim_after_an_apposition_and_a_superlative_since_a_date_are_the_incidents():
    article = Article(
        "مالي: مصرع 10 جنود في هجوم\n\n"
        "لقي عشرة جنود ماليين مصرعهم،امس الأربعاء في هجوم شنته إحدى الجماعات المسلحة في وسط البلاد.\n\n"
        "و يعتبر هذا الهجوم ،الذي استهدف قاعدة بوني العسكرية في ولاية موبتي،الأكثر دموية ضد الجيش المالي "
        "منذ بداية هذا العام.\n\n"
        "وقد أعلنت جماعة دعم الإسلام والمسلمين ، وهي تحالف جهادي محسوب على القاعدة،يقوده إياد أغ غالي،"
        "مسؤوليتها عن هذا ."
    )
    from summarizer.verify.main_incident import background

    assert not background(article.text.split("\n\n")[2], 2019), "the deadliest since: a yardstick"
    assert recall.claimed_by(article) == "جماعة دعم الإسلام والمسلمين"


def test_a_headline_label_is_the_country_and_coming_under_attack_tells_when():
    from summarizer.stages.ground import _country_as_where

    article = Article("مالي :مصرع 10 جنود في هجوم وسط البلاد\n\nلقي عشرة جنود ماليين مصرعهم في هجوم في وسط البلاد.")
    assert _country_as_where(article) == "مالي"
    assert recall.tells_occurrence("وتعرض الجنود للهجوم يوم الاثنين على قرية بوما")
    assert recall.tells_occurrence("The base came under attack on Monday")
    assert not recall.tells_occurrence("وتعرض الجنود لإصابات بليغة"), "injuries are no incident"


def test_a_day_closing_an_as_attribution_is_when_it_was_said():
    article = Article(
        "هجوم\n\nقتل مسلحو جماعة بوكو حرام 92 جنديا، حسبما كشف الرئيس التشادي، إدريس ديبي، "
        "في وقت متأخر يوم الثلاثاء.\n\n"
        "وتعرض الجنود للهجوم يوم الاثنين على قرية بوما."
    )
    assert recall.said_on(article, "الثلاثاء")
    told = Article("هجوم\n\nقتل 5 أشخاص في هجوم شنه مسلحون يوم الثلاثاء، حسبما أفادت الشرطة.")
    assert not recall.said_on(told, "يوم الثلاثاء")


def test_an_arabic_group_before_the_count_it_killed_is_no_victim():
    assert not recall.victim(Article("هجوم\n\nقتل مسلحو جماعة بوكو حرام 92 جنديًا تشاديًا."), "بوكو حرام")
    assert recall.victim(Article("هجوم\n\nقتل الجيش 12 من مسلحي بوكو حرام."), "بوكو حرام")


def test_an_english_weapon_that_names_people_is_who_attacked():
    from summarizer.stages.ground import _names_no_weapon

    assert _names_no_weapon("fighters") and _names_no_weapon("armed men")
    assert not _names_no_weapon("fighter jets") and not _names_no_weapon("a car bomb")


def test_an_english_suspect_is_whom_the_attackers_were_described_or_believed_to_be():
    fano = Article(
        "Gunmen kill 40\n\nGunmen killed at least 42 people in Oromia. Residents described the attackers as "
        "members of a volunteer militia known as Fano, mostly composed of ethnic Amharas."
    )
    assert recall.english_suspect(fano) == "Fano"
    staged = Article("Bomb\n\nA roadside bomb killed a ranger. Police believe the attack was staged by separatists.")
    assert recall.english_suspect(staged) == "separatists"
    assert recall.english_suspect(Article("Bomb\n\nA roadside bomb killed a ranger on Monday.")) is None
    blamed = Article("Bomb\n\nA car bomb killed five. Officials blamed the attack on Al-Shabaab.")
    assert recall.english_suspect(blamed) == "Al-Shabaab"
    side = Article("Bomb\n\nA car bomb killed five. The bomb is suspected to have been planted on the Kenyan side.")
    assert recall.english_suspect(side) is None


def test_a_place_a_distance_is_measured_from_is_no_place_of_the_incident():
    text = "Students returned to their village – 190 km (120 m) inland from the capital Colombo – to find it buried."
    assert recall.places_in(Article(text), Span(text, 0, len(text)), "LK") == []
    near = "A bomb exploded in Kandy on Monday."
    assert [p for p, _ in recall.places_in(Article(near), Span(near, 0, len(near)), "LK")] == ["Kandy"]


def test_a_source_name_loses_the_day_it_spoke_on():
    from summarizer.verify.recall import source_name

    assert source_name("الشرطة النيجيرية وإدارة مدرسة يوم الثلاثاء") == "الشرطة النيجيرية وإدارة مدرسة"
    assert source_name("الشرطة النيجيرية وإدارة مدرسة يوم") == "الشرطة النيجيرية وإدارة مدرسة"
    assert source_name("وكالة رويترز") == "وكالة رويترز"


def test_an_earlier_report_is_no_announcement_of_ones_own_act_and_an_arabic_toll_lead_tells_the_event():
    from summarizer.verify.recall import announced_own_act, lede

    earlier = "وكانت قد أعلنت الحكومة فى النيجر مقتل 5 مدنيين فى هجوم شنه عناصر يشتبه فى أنهم إرهابيون"
    assert announced_own_act([Span(earlier, 0, len(earlier))]) is None
    own = "أعلن الجيش الإسرائيلي في بيان شنه غارة على موقع"
    assert announced_own_act([Span(own, 0, len(own))]) == "الجيش الإسرائيلي"
    text = (
        "مقتل 37 مدنيا\n\nقُتل 37 مدنيا على الأقل في هجوم غرب النيجر.\n"
        "ونقل راديو فرنسا الدولي عن مسؤول محلي إن المهاجمين كانوا على متن دراجات نارية.\n"
    )
    assert lede(Article(text), "دراجات نارية").startswith("قُتل 37 مدنيا")


def test_an_english_source_stops_before_its_verb_and_a_train_is_no_place():
    from summarizer.stages.ground import _a_vehicles_name
    from summarizer.verify.recall import without_english_verb

    assert without_english_verb("A senior railway official ruled out sabotage") == "A senior railway official"
    assert without_english_verb("Assistant Sheriff Tom Roberts") == "Assistant Sheriff Tom Roberts"
    article = Article("Train derails\n\nThe Karachi Express derailed near Mehrabpur, officials said.")
    assert _a_vehicles_name(article, "Karachi Express") and _a_vehicles_name(article, "Karachi")
    assert not _a_vehicles_name(article, "Mehrabpur")


def test_english_leads_name_places_after_a_bearing_and_attackers_in_a_when_clause():
    from summarizer.verify.main_incident import main_sentences
    from summarizer.verify.recall import english_attacker_subject, places_in

    lead = "A car bomb exploded Tuesday at an outdoor market in a Shiite area of southwestern Baghdad."
    article = Article(f"Car bomb\n\n{lead}")
    assert [p for p, _ in places_in(article, main_sentences(article)[1], "IQ")] == ["Baghdad"]
    when = "At least seven civilians were killed when Myanmar's armed forces launched air strikes at a village."
    assert english_attacker_subject([Span(when, 0, len(when))]) == "Myanmar's armed forces"
    assert english_attacker_subject([Span("Five died when the roof collapsed.", 0, 34)]) is None
    decked = Article(
        "Myanmar military bombs village, killing seven\n\n"
        "Military planes drop bombs on a donation ceremony in Moe Tarr Lay village of Katha township\n\n"
        "At least seven civilians were killed when the army launched air strikes at a village.\n"
    )
    assert any("Moe Tarr Lay" in s.quote for s in main_sentences(decked)), "the subtitle tells the incident"


def test_targets_that_are_a_place_or_a_head_count_and_a_source_with_the_outlet_it_told():
    from summarizer.stages.ground import _lexicon_words, _only_people_counted, _place_described
    from summarizer.verify.recall import source_name, without_outlet_told

    assert _place_described("أوروميا الاثيوبية") and not _place_described("قاعدة عسكرية")
    assert _only_people_counted("20 شخصا") and _only_people_counted("20 people")
    assert not _only_people_counted("37 مدنيا"), "civilians: who was hit"
    assert without_outlet_told("مسؤولون محليون وكالة فرانس برس") == "مسؤولون محليون"
    assert source_name("مدير وكالة الأنباء") == "مدير وكالة الأنباء", "a construct: the agency's director"
    assert not _lexicon_words("جبال الأطلس الكبير"), "a named range is a place's name, not common words"


def test_a_group_named_with_abu_in_the_genitive_and_a_speaker_without_the_media_he_told():
    from summarizer.verify.phrase import render_phrase
    from summarizer.verify.recall import source_name

    assert render_phrase("جماعة أبى سياف", name_slot=True).text == "Abu Sayyaf"
    assert render_phrase("جماعة أبي سياف", name_slot=True).text == "Abu Sayyaf"
    assert source_name("الليوتنانت-كولونيل غيرى بيسانا لوسائل الاعلام") == "الليوتنانت-كولونيل غيرى بيسانا"


def test_gangs_that_attacked_are_the_attackers():
    from summarizer.verify.recall import english_attacker_subject

    lead = "Gangs attacked two upscale neighbourhoods in Haiti’s capital early Monday, killing at least a dozen."
    assert english_attacker_subject([Span(lead, 0, len(lead))]) == "Gangs"


def test_a_body_accused_by_its_common_word_keeps_the_name_before_it():
    text = "Massillon blamed the violence on the powerful Viv Ansanm gang coalition, which holds the capital."
    article = Article(text)
    assert recall.english_accused(article, [Span(text, 0, len(text))]) == "Viv Ansanm gang coalition", "was 'coalition'"


def test_an_english_headline_names_whose_strikes_they_were():
    title = "At least 10 dead in Myanmar junta airstrikes on Sagaing village"
    assert recall.english_headline_owner(Span(title, 0, len(title))) == "Myanmar junta", "was 'No perpetrator'"
    plain = "Gunmen kill 13 police in Mexico"
    assert recall.english_headline_owner(Span(plain, 0, len(plain))) is None


def test_a_count_as_of_a_day_and_a_qualifier_after_and():
    from summarizer.verify.casualties import Qualifier, casualty_figure

    assert recall.as_of("مضيفاً:”حتى") and recall.as_of("the toll as of") and not recall.as_of("وقال مسؤول")
    assert casualty_figure("ونحو خمسين جريحا", "injured") == (50, Qualifier.approximately)  # was exact
    assert casualty_figure("وأكثر من 20 جريحا", "injured")[1] == Qualifier.at_least


def test_a_dateline_names_no_source_and_an_outlet_spoken_to_loses_its_to():
    from summarizer.stages.ground import _a_dateline_city, _dateline_outlet, _without_to

    assert _dateline_outlet("أبوجا- رويترز") == "رويترز" and _dateline_outlet("أبوجا") is None
    article = Article("Islamabad, Oct. 1: A suicide bomber killed 25 people, police said. It is south of Islamabad.")
    assert _a_dateline_city(article, "Islamabad") and not _a_dateline_city(article, "police")
    told = Article("وقال وزير الصحة لفرانس برس إن 45 قتلوا، وفق ما أفاد مراسل فرانس برس.")
    assert _without_to(told, "لفرانس برس") == "فرانس برس" and _without_to(told, "لوزير") == "لوزير"


def test_a_dead_mans_wounds_are_no_injured_and_a_speaker_keeps_no_outlet_he_told():
    article = Article("استشهد مواطن لبناني، صباح اليوم، متأثرًا بجراح خطيرة أصيب بها إثر قصف طائرة حربية لمركبته.")
    assert recall.casualty_clause(article, [Span(article.text, 0, len(article.text))], "injured") is None
    assert recall.speaker_only("مصدر في وزارة الداخلية وكالة فرانس برس") == "مصدر في وزارة الداخلية"
    assert recall.speaker_only("الوكالة الوطنية للإعلام") == "الوكالة الوطنية للإعلام"  # the agency's own name
    assert recall.speaker_only("مسؤولون محليون وكالة فرانس برس") == "مسؤولون محليون"


def test_english_tolls_with_an_aside_and_three_groups_and_sentences_run_together():
    from summarizer.verify.casualties import Qualifier, casualty_figure
    from summarizer.verify.grounding import sentence_ends

    aside = "At least 27 people, most of them women and children, were killed on Monday in an air strike"
    assert casualty_figure(aside, "killed") == (27, Qualifier.at_least)  # was none: the aside ended the clause
    groups = "A local resident said 12 women, eight children and seven men died in the air strike"
    assert casualty_figure(groups, "killed")[0] == 27  # was 15: the first group was left out
    assert sentence_ends("residents said.A local resident") == [14] and not sentence_ends("News.com.au and 3.5 m")


def test_a_body_that_said_nothing_is_no_source():
    from summarizer.stages.ground import _only_silent

    text = (
        "A car bomb killed 18 people, a local official said. Al Shabaab, the Islamist group, did not immediately "
        "claim responsibility. Al Shabaab has carried out many bombings."
    )
    assert _only_silent(Article(text), "Al Shabaab")
    spoke = text + " Al Shabaab said it would fight on."
    assert not _only_silent(Article(spoke), "Al Shabaab")


def test_an_anonymity_aside_names_no_source():
    text = (
        "قصف\n\nوكشف مصدر طبي من المستشفى -فضل عدم ذكر اسمه- أن المستشفى استقبل جثث 8 قتلى. "
        "وقال شهود عيان إن القصف استمر."
    )
    article = Article(text)
    assert [name for name, _ in recall.sources_in(article)] == ["مصدر طبي من المستشفى", "شهود عيان"]
    assert recall.in_anonymity_aside(article, "فضل عدم") and recall.in_anonymity_aside(article, "اسمه-")
    assert not recall.in_anonymity_aside(article, "مصدر طبي")


def test_whom_a_speaker_addressed_is_no_source():
    from summarizer.stages.ground import _only_told

    text = "A bomb killed 10 people. \u201cNo one has claimed it,\u201d Abella told the media here."
    assert _only_told(Article(text), "the media here")
    assert not _only_told(Article(text + " The media here reported 12 dead."), "the media here")


def test_an_english_passive_subject_counts_past_whose_family_it_was():
    from summarizer.verify.casualties import casualty_figure
    from summarizer.verify.entities import unlicensed_names

    assert casualty_figure("5 people from one family were killed in Taiz", "killed")[0] == 5  # was 1
    # "عبد الله" written as one name ("Abdullah") is the phrase's, no added name
    assert not unlicensed_names("the former president Ali Abdullah Saleh", "الرئيس السابق علي عبد الله صالح")


def test_a_long_lead_whose_opening_only_sets_the_scene_is_told_from_the_clause_that_says_what_happened():
    article = Article(
        "قتلى في نزاع قبلي\n\nشهدت قرية (الحلة)، الواقعة على بعد نحو 40 كيلومتراً من مدينة (الجبلين)، عاصمة "
        "محلية الجبلين بولاية النيل الأبيض ، نزاعاً قبلياً دامياً ، أسفر عن مقتل 7 أشخاص وإصابة آخرين، بحسب "
        "مصادر محلية.\nوقالت المصادر إن الوضع هادئ.\n"
    )
    assert recall.lede(article, None) == "نزاعاً قبلياً دامياً", "not the scene cut before what happened"


def test_a_time_is_not_taken_from_a_sentence_on_an_earlier_event():
    article = Article(
        "قتلى في نزاع قبلي\n\nقتل 7 أشخاص في نزاع قبلي بقرية الحلة.\n"
        "وتجدد التوتر قبل خمسة أيام، عندما هاجم مجهولون مسجداً ليلة الإثنين الماضي.\n"
    )
    assert recall.time_phrase(article, main_incident_sentences(article)) is None


def main_incident_sentences(article: Article) -> list[Span]:
    from summarizer.verify.main_incident import sentences

    return sentences(article)[:4]


def test_an_actor_is_the_words_before_an_aside_on_who_they_are():
    from summarizer.stages.ground import _before_identity_aside

    assert _before_identity_aside("المسلحين، وهم عناصر مفترضون في بوكو حرام") == "المسلحين"
    assert _before_identity_aside("the attackers, who are believed to be members of the group") == "the attackers"
    assert _before_identity_aside("قوات الأمن، والجيش") is None, "a list, no aside"


def test_a_one_word_place_keeps_its_waw_after_a_place_word_or_a_preposition():
    from summarizer.stages.compose import _waw_of_its_name

    text = "هاجم مسلحون قرية واغا في ولاية أداماوا، وقتلوا سكانا في واغا."
    assert _waw_of_its_name(text, "واغا")
    assert not _waw_of_its_name("قصفت الطائرات حلب وادلب.", "وادلب"), "and Idlib"


def test_one_round_of_a_weapon_is_said_by_the_mass_the_article_writes():
    from summarizer.stages.ground import _mass_of_its_round

    article = Article(
        "هجوم\n\nقتل مستوطنون ثلاثة فلسطينيين في هجوم على القرية.\n"
        "وأصيب خمسة آخرون بالرصاص الحي، وارتقى أحدهم إثر إصابته برصاصة في الرأس.\n"
    )
    assert _mass_of_its_round(article, "رصاصة") == "الرصاص الحي"
    english = Article("Attack\n\nSettlers killed three Palestinians with live ammunition in the village.\n")
    assert _mass_of_its_round(english, "a bullet") == "live ammunition"
    assert _mass_of_its_round(english, "a rocket") is None


def test_a_car_that_was_hit_is_no_one_injured_and_a_colour_no_place():
    from summarizer.verify.main_incident import main_sentences

    article = Article(
        "غارة\n\nقتل ثلاثة أشخاص في غارة استهدفت سيارة بيضاء اللون.\nوقالت المصادر إن السيارة أصيبت بشكل مباشر.\n"
    )
    assert recall.casualty_clause(article, main_sentences(article), "injured") is None


def test_gunmen_of_a_known_group_are_that_group():
    assert not recall.generic_attacker("مسلحو داعش")
    assert recall.generic_attacker("مسلحون مجهولون") and recall.generic_attacker("gunmen")


def test_an_arabic_lead_that_opens_on_a_comparison_counts_its_dead_after_the_comma():
    article = Article(
        "مقتل جنود\n\nفي حادث يعيد الأذهان إلى هجمات سابقة على الجيش، قتل 14 جنديا في هجوم شنه مسلحون على "
        "نقطة تفتيش.\nوقال المتحدث إن مجموعتين قامتا بمهاجمة نقطتي مراقبة باستعمال قذائف صاروخية.\n"
    )
    assert recall.counts_dead(recall.lead(article, None, 1)[0])


def test_a_clause_or_an_adverb_is_no_part_of_a_source_name():
    assert recall.not_a_source_name("the rebels used civilians as human shields")
    assert recall.not_a_source_name("witnesses cited by Reuters") is None
    assert recall.source_name("indignantly a survivor") == "a survivor"


def test_the_province_of_a_named_region_votes_for_its_country():
    from summarizer.verify import main_incident

    assert main_incident.countries_evidenced("in the province of North Kivu in the east of the DRC") == ["CD"]


def test_a_time_with_its_glue_is_only_a_time_and_a_participle_before_with_is_no_verb():
    from summarizer.verify.clause_en import render_english_clause
    from summarizer.verify.timeexpr import only_a_time

    assert only_a_time("around midnight") and not only_a_time("around the market")
    # "armed" is no verb: the subject is the armed men, "with" their arms ("مسلحون بسواطير")
    assert render_english_clause("Men armed with machetes and rifles raided the village").text == (
        "داهم رجال مسلحون بسواطير وبنادق القرية"
    )


def test_sources_named_by_pointing_back_are_the_ones_listed():
    from summarizer.stages.ground import _points_back_to_sources

    assert _points_back_to_sources("المصدران") and _points_back_to_sources("أحد المصدرين")
    assert _points_back_to_sources("the second source")
    assert not _points_back_to_sources("مصادر محلية") and not _points_back_to_sources("مصدر طبي")


def test_a_bodys_announcement_is_no_part_of_its_name_and_a_schools_pupils_no_target():
    from summarizer.verify.grounding import Span

    assert recall.source_name("السلطات الأردنية فتح تحقيق شامل") == "السلطات الأردنية"
    assert recall.source_name("المتحدث الرسمي محمد الخالدي") == "المتحدث الرسمي محمد الخالدي"
    lead = "لقي 21 شخصا حتفهم غالبيتهم تلامذة مدرسة كانوا في حافلة جرفتها السيول"
    assert recall.target_phrase([Span(lead, 0, len(lead))]) != "مدرسة كانوا"


def test_a_story_that_opens_on_its_scene_is_told_from_the_sentence_of_the_act_its_title_names():
    article = Article(
        "القصة كاملة.. 5 ضحايا في انهيار عقار بالجيزة\n\nكان المشهد عاديًا في بدايته، بيوت تضم أسرًا بسيطة.\n"
        "في لحظات خاطفة، اهتزت أركان البيت دون سابق إنذار.\nانهار العقار بالكامل، وسقط قاطنوه تحت الركام.\n"
    )
    assert recall.told_as_its_title_says(article, recall.lede(article, None)) == "انهار العقار بالكامل"


def test_a_subject_cut_before_its_verb_of_killing_is_taken_on_to_the_verb():
    from summarizer.stages.ground import _with_its_verb

    article = Article(
        "هجوم\n\nقال سكان إن مسلحين يشتبه أنهم من جماعة بوكو حرام قتلوا 15 شخصا في هجوم على قرى بشمال نيجيريا.\n"
    )
    whole = _with_its_verb(article, "مسلحين يشتبه أنهم من جماعة بوكو حرام")
    assert whole is not None and "قتلوا 15 شخصا" in whole
    assert _with_its_verb(article, "قتلوا 15 شخصا") is None


def test_when_a_source_spoke_and_whom_it_speaks_for_cut_or_drop_it():
    assert recall.source_name("مسؤولين صوماليين عقب الحادث") == "مسؤولين صوماليين"
    assert recall.not_a_source_name("المتحدث باسم") and recall.not_a_source_name("all")
    assert recall.not_a_source_name("المتحدث باسم الجيش") is None


def test_a_source_named_by_the_bare_head_of_a_construct_takes_the_body_the_article_writes():
    article = Article(
        "في سياق متصل، أعلن جهاز الإسعاف والطوارئ الليبي إصابة مواطن. وصرح مساعد الناطق باسم وزارة الداخلية"
        " الأفغانية نصرت رحيمي، أن مدنيين قتلا."
    )
    # the service was "an apparatus", the assistant spokesman "an assistant"
    assert recall.widened_construct(article, "جهاز") == "جهاز الإسعاف والطوارئ الليبي", "not what it announced"
    assert recall.widened_construct(article, "مساعد") == "مساعد الناطق باسم وزارة الداخلية الأفغانية"
    assert recall.widened_construct(article, "الجيش") is None, "a definite name is whole"
    from summarizer.verify.phrase import render_phrase

    assert render_phrase("جهاز الإسعاف والطوارئ الليبي", name_slot=True).text == (
        "the Libyan Ambulance and Emergency Service"
    )


def test_an_outlet_named_in_quotes_is_its_name_not_its_words_senses():
    from summarizer.verify.phrase import render_phrase

    assert render_phrase('قناة "ليبيا الحدث"', name_slot=True).text == "the Libya Al-Hadth channel"
    assert render_phrase('صحيفة "الشرق الأوسط"', name_slot=True).text == "Asharq Al-Awsat", "the lexicon's outlet"
    assert render_phrase('موقع "ليبيا المستقبل"', name_slot=True).text.endswith("website")


def test_one_person_named_with_a_title_and_with_a_given_name_is_one_source():
    assert recall.same_source("Serhiy Lysak", "Governor Lysak")  # was listed twice
    assert recall.same_source("Akhtar Hayat", "Mr Hayat")
    assert not recall.same_source("Governor Lysak", "Governor Vilkul")


def test_a_state_speaks_where_it_says_something_not_where_its_adjective_names_a_strike():
    article = Article(
        "Russian missile strike kills one in Kryvyi Rih\n\nA missile struck a building, killing one person.\n"
        "Russia says it does not deliberately target civilians."
    )
    assert not recall.speaks_of_incident(article, "Russia"), "a standing denial, not words on the strike"


def test_attackers_of_a_named_group_before_their_victims_count_are_the_subject_and_the_count_is_theirs():
    from summarizer.verify.casualties import casualty_figure

    lead = "قتل متشددون من حركة الشباب الصومالية 6 أشخاص في هجوم في شمال شرق كينيا"
    article = Article(f"هجوم في كينيا\n\n{lead} امس الخميس هو الأحدث في سلسلة هجمات نفذتها الحركة في المنطقة.")
    assert recall.attacker_subject(recall.lead(article, None, 2)) == "متشددون من حركة الشباب الصومالية"
    assert casualty_figure(lead, "killed")[0] == 6, "the group's words are no distance from the verb"
    # the relative clause of the series names the group by pointing back ("the movement"): no perpetrator
    assert recall.committed_by(article, recall.lead(article, None, 2)) is None


def test_a_headlines_passive_agent_is_the_perpetrator_and_a_town_is_no_target():
    from summarizer.stages.ground import _an_english_town

    title = Span("Nine villagers killed by Cameroonian English-speaking separatists", 0, 10)
    assert recall.english_headline_agent(title) == "Cameroonian English-speaking separatists"
    assert recall.english_core("Cameroonian English-speaking separatists") == "Cameroonian English-speaking separatists"
    assert _an_english_town("Ugandan capital Kampala") and _an_english_town("the city of Kirkuk")
    assert not _an_english_town("Police") and not _an_english_town("the market in Kampala")


def test_the_event_is_no_target_and_a_verb_with_its_object_is_no_place():
    from summarizer.stages.ground import _the_event_itself

    assert _the_event_itself("اشتباكات للسيطرة على الأراضي بين عشائر متنافسة") and _the_event_itself(
        "clashes over land"
    )
    assert not _the_event_itself("قاعدة عسكرية") and not _the_event_itself("the attackers")
    article = Article("انفجار في كابول\n\nهزت انفجارات مدرسة للبنات في منطقة يسكنها الهزارة في حي داشت برشي.")
    assert recall.named_places(article, recall.lead(article, None, 2)) == ["داشت برشي"]  # not "يسكنها"


def test_an_adjective_alone_is_no_source_and_decades_count_no_one():
    from summarizer.verify.numbers import counts_in

    assert recall.not_a_source_name("Local") and recall.not_a_source_name("Police") is None
    assert recall.not_a_source_name("نورث بولاية تيريكيكا"), "a name's last word, then where"
    assert recall.not_a_source_name("متحدث بولاية كادونا") is None, "a title, then where it serves"
    assert counts_in("Morocco's deadliest earthquake in more than six decades") == []  # was a toll of 6


def test_two_ages_are_no_toll_and_returned_fire_names_no_group():
    from summarizer.verify.numbers import counts_in
    from summarizer.verify.recall import _english_armed_group

    assert counts_in("The people killed were men of 56 and 67 years of age") == []  # 56 had been a toll
    assert counts_in("The people killed were men of 56") == [], "cut from its years: still an age"
    assert counts_in("between 20 and 30 people were killed") == [20, 30]
    assert _english_armed_group("prompting police to return fire") is None  # was the group "Return" (3R)
    assert _english_armed_group("officials blamed al-Shabab") == "al-Shabab"


def test_attackers_of_a_named_group_in_the_lead_outweigh_the_attackers_and_a_speakers_clause_has_its_subject():
    article = Article(
        'بوكو حرام تقتل 10\n\nاعلن مسؤول محلي ان مسلحين من جماعة "بوكو حرام" قتلوا بالسواطير 10 اشخاص في قرية.'
    )
    assert recall.generic_attacker("المهاجمين"), "the attackers, with the article, name no one"
    assert recall.attackers_of_a_group(recall.lead(article, None, 2)) == "مسلحين من جماعة بوكو حرام"
    said = "Police Col. Manit Yimsai said Thursday that suspected insurgents detonated an improvised bomb."
    assert recall.english_attacker_subject([Span(said, 0, len(said))]) == "suspected insurgents"
    from summarizer.verify.phrase_en import render_english

    assert render_english("suspected insurgents").text == "متمردون مفترضون"  # the perpetrator had been dropped


def test_a_target_told_only_in_a_general_remark_is_no_target_but_a_later_incident_sentence_keeps_it():
    from summarizer.stages.ground import _told_in_a_remark

    article = Article(
        "Quakes kill 50\n\nA series of earthquakes killed at least 50 people on Friday. Though quakes occur "
        "frequently, buildings in rural areas are often constructed poorly. Residents said gunmen targeted "
        "Amhara residents in last week's attack."
    )
    assert _told_in_a_remark(article, "buildings in rural areas")
    assert not _told_in_a_remark(article, "Amhara residents")


def test_a_speaker_who_only_reacted_is_no_source_of_what_happened():
    text = (
        "Blast kills four police\n\n"
        "Two suicide bombers attacked a police compound on Thursday, killing four officers, police officer Bilal"
        " Faizi said.\n\n"
        "Prime Minister Shehbaz Sharif condemned the attack.\n\n"
        'Interior Minister Nancy Faeser said the authorities "are doing everything they can", while Chancellor'
        ' Olaf Scholz said he "must be caught quickly and punished".'
    )
    article = Article(text)
    assert recall.reacted_only(article, "Prime Minister Shehbaz Sharif")
    assert recall.reacted_only(article, "Interior Minister Nancy Faeser")
    assert recall.reacted_only(article, "Chancellor Olaf Scholz")
    assert not recall.reacted_only(article, "Bilal Faizi")  # he gave the toll


def test_images_that_circulated_are_no_source():
    assert recall.not_a_source_name("cellphone images circulating")
    assert recall.not_a_source_name("the police") is None
    assert recall.not_a_source_name("local media reports") is None  # the media's reports: the media
    assert recall.not_a_source_name("the initial information")  # "said the initial information suggested"


def test_a_named_speaker_in_apposition_to_a_title_without_a_name_is_a_person():
    from summarizer.stages.ground import _kind_in
    from summarizer.verify.sources import source_kind

    text = (
        "The gangsters attacked in the town of Petite-Riviere, Bertide Horace, a spokeswoman for a community"
        " association, told Agence France-Presse."
    )
    assert _kind_in("Bertide Horace", Article(text)) == "person"  # was "unnamed", from the title alone
    assert source_kind("Agence France-Presse") == "outlet"


def test_a_big_town_abroad_where_a_quake_in_the_leads_country_was_felt_is_not_where_it_happened():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _a_speakers_clause, _abroad, _country_in_lead

    text = (
        "زلزال يضرب ايران\n\n"
        "قالت هيئة المسح الجيولوجي الأمريكية إن زلزالا بلغت قوته 7.8 درجات هز إيران قرب الحدود مع باكستان.\n\n"
        "وشعر سكان منطقة الخليج ونيودلهي بهزات أرضية."
    )
    article = Article(text)
    assert _abroad(article, ExtractedPlace(name="نيودلهي", role="site"), "IR")
    assert not _abroad(article, ExtractedPlace(name="نيودلهي", role="site"), "IN")
    assert _country_in_lead(article, "IR") == "إيران"
    assert _a_speakers_clause("بيت لحم- معا- قالت هيئة المسح الجيولوجي الأمريكية")
    assert not _a_speakers_clause("قرية نتويو")


def test_a_day_before_the_agent_is_no_part_of_who_did_it():
    assert recall.arabic_core("السبت متمردو فارك") == "متمردو فارك"
    text = "قتل 15 عسكريا كولومبيا في كمين نصبه السبت متمردو فارك في شمال كولومبيا."
    article = Article(text)
    assert recall.committed_by(article, [Span(text, 0, len(text))]) == "متمردو فارك"


def test_a_source_without_the_occasion_it_spoke_at():
    assert recall.before_when_spoken("سانتوس خلال اجتماع امني") == "سانتوس"


def test_a_common_noun_or_a_relative_clause_after_an_indefinite_place_word_is_no_name():
    text = (
        "قتل 15 عسكريا في كمين في محافظة اراوكا. وتعرض العسكريون لهجوم في هذه المنطقة، وهي منطقة عبور ينشط"
        " فيها متمردو جيش التحرير الوطني."
    )
    article = Article(text)
    assert "عبور" not in " ".join(recall.named_places(article, recall.lead(article, None, 4)))


def test_a_place_named_in_an_earlier_attack_is_not_the_incidents():
    from summarizer.verify.main_incident import in_main

    text = (
        "Terrorists kill 10 in Cabo Delgado\n\n"
        "A terrorist gang attacked the administrative post of Mbau on Monday night, killing at least 10 people.\n\n"
        "The CIP observers say that, in an earlier attack, at Lindala village, two men were beheaded."
    )
    article = Article(text)
    assert in_main(article, "Mbau") and not in_main(article, "Lindala")


def test_a_title_and_the_name_set_off_after_it_are_one_source():
    text = (
        "وقال مفوض مقاطعة تالي نورث بولاية تيريكيكا على بعد 80 كيلومتراً شمال العاصمة جوبا، ابيلا مودي، إن 29"
        " شخصاً لقوا حتفهم.\n\nوذكر مودي: إن الوضع متوتر."
    )
    article = Article(text)
    assert recall.apposed_name(article, "مفوض مقاطعة تالي نورث", "مودي")
    assert not recall.apposed_name(article, "مفوض مقاطعة تالي نورث", "جوبا")  # no name set off: a place


def test_a_name_after_a_clans_word_is_the_clans_not_a_place():
    from summarizer.stages.ground import _a_kin_groups_name

    text = "إن 29 شخصاً لقوا حتفهم بعد القتال بين عشيرتي بورا وتومبيك، في ولاية تيريكيكا."
    article = Article(text)
    assert _a_kin_groups_name(article, "تومبيك") and not _a_kin_groups_name(article, "تيريكيكا")


def test_a_capital_described_by_an_adjective_before_its_name_is_a_place():
    text = "وقع الانفجار فيما كان موظفون يغادرون المكان عقب مؤتمر في العاصمة الإقليمية كويتا."
    article = Article(text)
    found = recall.places_in(article, Span(text, 0, len(text)), "PK")
    assert [(p, h.name_en) for p, h in found] == [("كويتا", "Quetta")]


def test_an_outlet_told_to_or_cited_after_a_comma_is_no_name_set_off():
    text = "وقال الناطق باسم وزارة الداخلية الأفغانية نجيب دانيش، لوكالة الصحافة الفرنسية، إن سيارة مفخخة انفجرت."
    assert not recall.apposed_name(Article(text), "الناطق باسم وزارة الداخلية الأفغانية", "وكالة الصحافة الفرنسية")
    text = "As M&C reported, citing DPA, the incident took place at a vegetable bazaar in Maimana."
    assert not recall.apposed_name(Article(text), "M&C", "DPA")


def test_a_time_after_an_english_source_is_no_part_of_its_name():
    assert recall.source_name("the Associated Press last month") == "the Associated Press"
    assert recall.without_english_time("police on Tuesday") == "police"
    assert recall.without_english_time("the Tuesday Times") == "the Tuesday Times"


def test_who_shot_the_attacker_is_the_defender_not_the_perpetrator():
    from summarizer.stages.ground import _foiled_by

    text = "أعلنت الشرطة أن مسلحا قتل 9 في مركز تجاري.\n\nوأوضحت الشرطة أن موظف أمن في المركز أطلق النار على المسلح."
    article = Article(text)
    assert _foiled_by(article, "موظف أمن في المركز") and not _foiled_by(article, "مسلحا")
    article = Article("A gunman killed 9 people at a mall. A security guard shot the gunman.")
    assert _foiled_by(article, "A security guard") and not _foiled_by(article, "A gunman")


def test_a_neighbouring_country_named_only_as_what_the_village_lies_near_is_no_place():
    text = (
        "قُتل ٣ أشخاص في هجوم على إحدى القرى الشمالية من بوركينا فاسو الواقعة بالقرب من الحدود مع النيجر.\n\n"
        "وتعد المنطقة الشمالية من بوركينا فاسو القريبة من النيجر ومالي الأكثر تضررا."
    )
    article = Article(text)
    assert recall.a_neighbour(article, "النيجر", "BF")
    assert not recall.a_neighbour(article, "بوركينا فاسو", "BF")


def test_a_town_without_what_it_lies_near_and_a_lead_that_reports_its_toll_after_an_announcement():
    from summarizer.stages.ground import _without_located

    assert _without_located("مدينة روالبندي القريبة من العاصمة الباكستانية إسلام آباد") == "مدينة روالبندي"
    text = "أعلنت الشرطة الأمريكية، اليوم الأحد، أن مسلحا قتل 9 وأصاب 7 في مركز تجاري بمدينة آلين."
    assert recall.counts_dead(Span(text, 0, len(text)))


def test_a_group_named_only_as_the_agent_of_attacks_in_the_present_is_no_perpetrator():
    from summarizer.stages.ground import _only_habitual

    text = (
        "قُتل ٣ أشخاص في هجوم قام به مسلحون على قرية.\n\n"
        "وتعد المنطقة الشمالية الأكثر تضررًا من الهجمات المسلحة التي ينفذها مسلحو القاعدة وجماعة داعش."
    )
    assert _only_habitual(Article(text), "مسلحو القاعدة وجماعة داعش")


def test_an_announced_toll_is_the_lead_and_a_rescue_later_is_no_event():
    from summarizer.stages.ground import _a_later_follow_up, _says_no_event, _without_located
    from summarizer.verify.clause import render_clause
    from summarizer.verify.main_incident import embedded_incident

    lead = "أعلن وزير الصحة في بنغلاديش، أمس الخميس، عن مصرع ما لا يقل عن 43 شخصا جراء حريق بمجمع تجاري."
    text = f"حريق في دكا\n\n{lead}\n\nوأضاف أن أفراد الإطفاء أنقذوا الناجين وانتشلوا الجثث."
    article = Article(text)
    assert embedded_incident(lead) is None  # what was announced is the incident, not an embedded one
    assert _a_later_follow_up(article, "أفراد الإطفاء أنقذوا الناجين وانتشلوا الجثث")
    assert render_clause(lead.rstrip(".")).text is None  # an announcement: the class says what happened
    assert _without_located("المبنى الواقع بمنطقة طريق") == "المبنى"
    assert _says_no_event("rescue workers and residents")
    assert not _says_no_event("A fire broke out")


def test_a_capital_named_only_as_what_the_district_lies_east_of_is_no_place():
    from summarizer.stages.ground import _only_as_bearing

    text = (
        "A roadside bomb tore through a bus killing 24 people in the central district of Moneragala, around 150"
        " miles (240 km) east of the capital Colombo."
    )
    assert _only_as_bearing(Article(text), "Colombo")


def test_a_trains_name_is_no_place_and_official_figures_are_no_source():
    from summarizer.stages.ground import _a_vehicles_name

    text = "The Bikaner-Guwahati Express train derailed outside the town of Domohani."
    assert _a_vehicles_name(Article(text), "Bikaner-Guwahati Express train")
    assert recall.not_a_source_name("official figures")


def test_a_place_without_its_word_of_nearness_and_heavy_rains_are_a_flood():
    from summarizer.stages.ground import _without_near
    from summarizer.verify.classify import classify

    assert _without_near("قرب بلدة كمبوت الليبية") == "بلدة كمبوت الليبية"
    assert _without_near("near Dhaka") == "Dhaka" and _without_near("Near East") == "Near East"
    assert classify(["The death toll from heavy rains that hit Durban rose to six"])[0].label_en == "Flood"


def test_a_claim_of_both_last_weeks_and_this_weeks_attacks_claims_this_one():
    text = (
        "Suicide bomb attack at Afghanistan mosque kills at least 50\n\n"
        "Three explosions rocked a mosque in Kandahar during prayers Friday.\n\n"
        "The Islamic State-Khorasan Province, an ISIS offshoot in Afghanistan, claimed responsibility for both"
        " last week's and this week's attacks."
    )
    assert recall.english_claimed_by(Article(text)) == "Islamic State-Khorasan Province"


def test_who_carried_out_the_attack_said_later_and_no_pronoun_of_whom_before_the_agent():
    text = (
        "مقتل 6 جنود كولومبيين في كمين\n\n"
        "قال الجيش الكولومبي، إن 6 من جنوده قتلوا في كمين، اليوم الأربعاء.\n\n"
        "وأفادت تقارير بأن القوات تعرضت لهجوم بالأسلحة.\n\n"
        "وقال قائد الجيش إدواردو إنريكي زاباتيرو إن الهجوم نفذه منشقون عن حركة فارك."
    )
    article = Article(text)
    from summarizer.verify.main_incident import main_sentences

    assert recall.committed_by(article, main_sentences(article)) is None  # the lead names no agent
    assert recall.committed_by(article, main_sentences(article), reach=8) == "منشقون عن حركة فارك"
    title = "مقتل 6 جنود كولومبيين في كمين نصبه لهم مسلحون"
    assert recall.committed_by(Article(title), [Span(title, 0, len(title))]) == "مسلحون"


def test_a_month_day_and_agency_dateline_is_furniture():
    from summarizer.verify.furniture import in_dateline

    assert in_dateline("Oct. 16 (UPI) — Three explosions rocked a mosque in Kandahar", 0)


def test_a_weapon_named_first_in_a_quotation_anchors_no_lead():
    text = (
        "Rebels kill 6 troops in ambush\n\n"
        "A communist rebel ambush killed six soldiers and wounded 20 others, the military said Tuesday.\n"
        '"They used IEDs (improvised explosive devices), leading to a large number of casualties," a military'
        " spokesman told AFP.\n"
    )
    assert recall.lede(Article(text), "IEDs").startswith("A communist rebel ambush killed six soldiers")


def test_laying_responsibility_on_a_group_known_by_a_name_accuses_it():
    text = (
        "مقتل 17 جنديا\n\n"
        "لقي 17 جنديا مصرعهم في كمين مسلح نصبه متمردون.\n"
        'ووصف الجنرال قائد الجيش -الذي ألقى بالمسؤولية على جيش المتمردين المعروف اختصارا باسم "فارك"- الكمين'
        " بأنه عمل إرهابي.\n"
    )
    article = Article(text)
    from summarizer.verify import main_incident

    assert recall.accused(article, main_incident.main_sentences(article)[:8]) == "فارك"


def test_a_group_blamed_keeps_its_people_noun():
    text = (
        "Armed men kill a dozen civilians\n\n"
        "Armed men killed at least a dozen people on Sunday night, authorities said, the latest in a string of"
        " attacks they have blamed on Ugandan Islamist rebels.\n"
    )
    assert recall.english_suspect(Article(text)) == "Ugandan Islamist rebels"  # was "Ugandan Islamist"


def test_a_title_above_the_lead_makes_no_victim_of_the_leads_subject():
    text = (
        "Bus bomb kills 20 in Sri Lanka\n"
        "Suspected Tamil Tiger rebels have blown up a crowded bus in northern Sri Lanka, killing at least 20 people.\n"
    )
    assert not recall.victim(Article(text), "Suspected Tamil Tiger rebels")  # the perpetrator had been dropped


def test_a_lead_that_tells_a_targeting_keeps_it_over_a_later_sentence_of_the_titles_class():
    lede = "Burkina Faso's government says jihadis have targeted a military base in the country's east"
    text = f"Jihadis' attack in eastern Burkina Faso kills 11 soldiers\n\n{lede}, killing at least 11 soldiers.\n"
    assert recall.told_as_its_title_says(Article(text), lede) is None  # a later sentence had been the event
