"""Rules drawn from pool AD's worked half (session 37): clashes between two states have the two states
as their sides, a town the article puts in an area the gazetteer's namesake lies far from loses its pin
(and the prose chains the two as the article wrote them), members "of" a force are its members, and
injured who are not the killed are named."""

from summarizer.verify.grounding import Article

_CLASH = (
    "مواجهات مسلحة بين أذربيجان وأرمينيا\n\n"
    "أعلنت وزارة الدفاع الأذربيجانية مقتل أربعة عسكريين، في اشتباكات حدودية مع أرمينيا، اندلعت يوم الجمعة.\n\n"
    "وأشارت إلى أن الوحدات المسلحة الأرمينية أطلقت النيران على مواقع الجيش الأذربيجاني في قرية أغدام بمحافظة "
    "طوفوز الأذربيجانية، مما أسفر عن مقتل أربعة عسكريين. وقالت المتحدثة إن القوات المسلحة الأرمينية تصدت لهم."
)


def test_clashes_between_two_states_in_the_title_have_the_two_states_as_sides():
    from summarizer.stages.ground import _battle_sides
    from summarizer.stages.run import Run

    run = Run(Article(_CLASH), "ar", None)
    assert _battle_sides(run, "مقتل أربعة عسكريين، في اشتباكات حدودية مع أرمينيا") == ("أذربيجان", "أرمينيا")
    # one state named twice is no two sides
    same = Run(Article("مواجهات بين مصر ومصر\n\nاشتباكات في القاهرة."), "ar", None)
    assert _battle_sides(same, "اشتباكات في القاهرة") is None


def test_a_town_the_article_puts_in_an_area_far_from_its_namesake_loses_its_pin():
    from summarizer.stages.extract import ExtractedPlace
    from summarizer.stages.ground import _unpinned_outside_their_area
    from summarizer.stages.run import Run
    from summarizer.verify.gazetteer import lookup, lookup_transliterated, written_within

    assert written_within(_CLASH, "أغدام", "طوفوز") == "area"
    assert written_within("killed in Aghdam, Tovuz on Friday", "Aghdam", "Tovuz") == "plain"
    assert written_within(_CLASH, "طوفوز", "أغدام") is None
    run = Run(Article(_CLASH), "ar", None)
    aghdam, tovuz = lookup("أغدام", "AZ"), lookup_transliterated("طوفوز", "AZ")
    assert aghdam is not None and tovuz is not None  # the Karabakh town, and Tovuz 156 km away
    places = [(ExtractedPlace(name="أغدام", role="site"), aghdam), (ExtractedPlace(name="طوفوز", role="area"), tovuz)]
    out = _unpinned_outside_their_area(run, places)
    assert out[0][1] is None and out[1][1] is tovuz
    assert any("namesake" in n for n in run.notes)
    # a town the gazetteer puts in the area it is said to lie in keeps its pin
    text = "قتل شخصان في مدينة دوما بمحافظة ريف دمشق."
    douma, rif = lookup("دوما", "SY"), lookup("ريف دمشق", "SY")
    places = [(ExtractedPlace(name="دوما", role="site"), douma), (ExtractedPlace(name="ريف دمشق", role="area"), rif)]
    assert _unpinned_outside_their_area(Run(Article(text), "ar", None), places)[0][1] is douma


def test_members_of_a_force_are_its_members():
    from summarizer.verify.casualties import victims

    assert victims("أسفر عن جرح عنصرين من الجيش", 2).en_plural == "soldiers"
    assert victims("مقتل ثلاثة عناصر من الشرطة", 3).en_plural == "police officers"
    assert victims("مقتل ثلاثة عناصر من التنظيم", 3) is None  # a body's members stay people


_PATROL = (
    "هجوم على دورية للجيش شمال البلاد ومقتل اثنين من المهاجمين\n\n"
    "أفادت مصادر إخبارية بتعرض دورية موريتانية منتصف اليوم لهجوم مباغت في منطقة الشگات.\n\n"
    "وقد أعلن الجيش الموريتاني مقتل اثنين من المهاجمين، وقال في بيان إن الاشتباك أسفر عن جرح عنصرين من الجيش."
)


def test_injured_who_are_not_the_killed_are_named_in_both_languages(monkeypatch):
    from fake_model import scripted_facts, summarize_scripted

    facts = scripted_facts(
        event="تعرض دورية موريتانية منتصف اليوم لهجوم مباغت",
        killed="مقتل اثنين من المهاجمين",
        injured="جرح عنصرين من الجيش",
    )
    s = summarize_scripted(_PATROL, facts, "2024-03-10", monkeypatch)
    assert "2 attackers were killed and 2 soldiers were injured" in s.summary.en, s.summary.en
    assert "وإصابة جنديين" in s.summary.ar, s.summary.ar


def test_a_count_of_things_is_never_a_toll_and_a_singular_casualty_counts_one():
    from summarizer.verify.casualties import casualty_figure

    title = "قتيل وجريح في هجوم متطرف على ثلاثة كنائس بالجزيرة الخضراء"
    assert casualty_figure(title, "injured") == (1, "exact")  # the churches are three, the injured one
    assert casualty_figure("مخلفا قتيلا وجريحا", "injured") == (1, "exact")  # the accusative's alif after "و"
    assert casualty_figure("قتل 5 أشخاص في هجوم على 3 قرى", "killed") == (5, "exact")


def test_a_number_in_a_groups_name_counts_no_one():
    from summarizer.verify.numbers import counts_in

    assert counts_in("police and soldiers killed members of the Barrio 18 gang in the township") == []
    assert counts_in("killed 18 gang members") == [18]  # members of a gang are counted


def test_the_gazetteers_own_arabic_name_is_the_place_not_its_words():
    from summarizer.verify.gazetteer import lookup, lookup_transliterated, own_name

    algeciras = lookup("الجزيرة الخضراء", "ES")
    assert algeciras is not None and algeciras.name_en == "Algeciras" and own_name("الجزيرة الخضراء", algeciras)
    # Dutch and Flemish "ch" is said as kh; an opening alef only carries the hamza of its "u"
    assert lookup_transliterated("سخاربيك", "BE").name_en == "Schaerbeek"
    assert lookup_transliterated("أوتريخت", "NL").name_en == "Utrecht"


def test_a_proper_name_makes_its_construct_definite():
    from summarizer.verify.phrase import render_phrase

    assert render_phrase("كنيسة أوروبا", name_slot=True).text == "the church of Europe"


def test_an_office_before_a_strike_noun_is_no_strike():
    from summarizer.verify import recall
    from summarizer.verify.grounding import Span

    lead = "وقال رئيس عمليات الشرطة بوسط هولندا إنه تم القبض على المشتبه به."
    assert recall.weapon_owner(Article(lead), [Span(lead, 0, len(lead))]) is None


def test_a_place_name_stops_at_the_clauses_verb():
    from summarizer.verify import recall
    from summarizer.verify.grounding import Span

    lead = "إطلاق النار داخل محطة للترام في مدينة أوتريخت أودى بحياة 3 أشخاص."
    assert recall.named_places(Article(lead), [Span(lead, 0, len(lead))]) == ["أوتريخت"]


def test_a_killing_with_its_manner_is_said_as_englishs_passive():
    from summarizer.verify.clause import render_clause

    assert render_clause("شرطيًا قتل طعنًا مساء أمس الخميس، في بلدية سخاربيك").text == (
        "A police officer was stabbed to death"
    )
    assert render_clause("قتل 5 أشخاص رميا بالرصاص").text == "5 people were shot dead"
    assert render_clause("قتل 5 أشخاص في هجوم").text == "5 people were killed in an attack"


def test_the_group_an_attacker_followed_is_the_perpetrator():
    from summarizer.verify import main_incident, recall

    text = (
        "ليالي فيينا الدامية\n\nارتفعت حصيلة هجوم فيينا إلى ثلاثة قتلى، فيما رجحت التحقيقات أن منفذ الهجوم "
        'الذي قتل من أنصار تنظيم "داعش".'
    )
    a = Article(text)
    assert recall.attacker_follows(a, main_incident.main_sentences(a)[:4]) == 'أنصار تنظيم "داعش"'
    b = Article(
        "Attack in Paris\n\nA man killed two people. Police said the attacker was a supporter of Islamic State."
    )
    assert recall.attacker_follows(b, main_incident.main_sentences(b)[:4]) == "Islamic State"


def test_english_subjects_and_victims():
    from summarizer.verify import recall
    from summarizer.verify.grounding import Span

    def subject(text):
        return recall.english_attacker_subject([Span(text, 0, len(text))])

    assert subject("A man armed with a bow and arrow has killed five people in Norway.") == (
        "A man armed with a bow and arrow"
    )
    assert subject("Police and soldiers killed four gang members.") == "Police and soldiers"
    assert subject("A man was killed in Oslo.") is None
    text = "Police and soldiers killed members of the Barrio 18 gang in the township."
    assert recall.english_killed_group(Article(text), "Barrio 18 gang")
    assert not recall.english_killed_group(Article("The Barrio 18 gang attacked a bus."), "Barrio 18 gang")


def test_english_renderings_of_armed_attackers_and_headline_passives():
    from summarizer.templates import indefinite, main_clause, without_country_end
    from summarizer.verify.phrase_en import render_english

    assert render_english("A man armed with a knife").text == "رجل مسلح بسكين"
    assert render_english("bow and arrow").text == "قوس وسهم"
    assert indefinite("passers-by") == "passers-by"
    assert main_clause("three men killed this morning in Spanish Town") == (
        "three men were killed this morning in Spanish Town"
    )
    assert main_clause("three men killed a guard") == "three men killed a guard"  # active, with its object
    assert without_country_end("He killed five people in Norway", "Norway", "en") == "He killed five people"


def test_the_time_of_an_arrest_the_lead_opens_on_is_when_it_was_reported():
    from summarizer.verify import recall

    lead = Article(
        "قتلى في هولندا\n\nألقت الشرطة الهولندية، مساء الاثنين، القبض على المشتبه بتنفيذه إطلاق النار داخل محطة للترام."
    )
    assert recall.arrested_on(lead, "مساء الاثنين")
    assert not recall.arrested_on(Article("هجوم\n\nقتل ثلاثة أشخاص مساء الاثنين في هجوم على محطة."), "مساء الاثنين")


def test_this_morning_and_an_attack_on_a_place_in_the_other_language():
    from summarizer.verify.phrase import render_phrase
    from summarizer.verify.timeexpr import arabic_time

    assert arabic_time("this morning") == "صباح اليوم"
    assert render_phrase("هجوم العاصمة النمساوية فيينا").text == "the attack in the Austrian capital Vienna"
    assert render_phrase("هجوم الجيش").text == "the attack of the army"  # a force's attack stays its own


def test_a_target_that_repeats_the_tolls_victims_is_no_target():
    from summarizer.stages.ground import _victims_counted

    killed = "Six people including two police officers were killed"
    assert _victims_counted("Six people including two police officers", killed)
    assert not _victims_counted("a police station", killed)


def test_a_casualty_participle_before_people_agrees_as_their_adjective():
    from summarizer.verify.phrase_en import render_english

    assert render_english("the wounded man").text == "الرجل الجريح"  # was "رجل الجريح", a construct
    assert render_english("injured people").text == "أشخاص مصابون"
    assert render_english("wounded soldiers").text == "جنود جرحى"  # the listed broken plural
    assert render_english("Afghan soldiers").text == "جنود أفغان"


def test_a_bearing_before_a_country_or_town_is_a_part_of_it_not_its_name():
    from summarizer.verify.phrase import render_phrase

    assert render_phrase("الشرطة بوسط بغداد", name_slot=True).text == "the police in central Baghdad"
    assert render_phrase("وسط هولندا", name_slot=True).text == "central Netherlands"
    assert render_phrase("بجنوب لبنان", name_slot=True).text == "in southern Lebanon"
    assert render_phrase("شمال دارفور", name_slot=True).text == "North Darfur"  # the bearing opens its name
