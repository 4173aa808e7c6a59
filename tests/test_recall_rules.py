"""Rules of the ground stage that add what the article's lead states: the lead is the body's first
sentence, and each casualty count gets its own clause."""

from __future__ import annotations

from summarizer.verify import recall
from summarizer.verify.grounding import Article

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


def test_numbers_of_dates_times_ages_shares_and_magnitudes_are_no_counts():
    from summarizer.verify.numbers import counts_in

    assert counts_in("4 drones on 11 March") == [4]
    assert counts_in("a 70% discount on drones") == []
    assert counts_in("a boy aged 6") == []
    assert counts_in("زلزال بقوة 6.1 درجات") == []
    assert counts_in("قتل 12 شخصا في 5 آذار") == [12]
    assert counts_in("الساعة 5 مساء") == []


def test_a_fragment_of_a_sentence_is_no_source():
    from summarizer.verify.recall import not_a_source_name

    fragments = (
        "it awaits the names of the released",
        "at a press conference",
        "A crowd had gathered at the beach",
        "بيان",
        "the statement",
    )
    for fragment in fragments:
        assert not_a_source_name(fragment), fragment
    for source in ("President Luis Guillermo Solis Rivera", "Kurdistan 24", "أمجد الساري", "مصادر محلية", "officials"):
        assert not_a_source_name(source) is None, source


def test_whose_weapon_the_lead_names_is_the_attacker():
    text = "قتل 25 فلسطينياً برصاص الاحتلال الإسرائيلي الاثنين على حدود قطاع غزة."
    article = Article(text)
    assert recall.weapon_owner(article, recall.lead(article, None, 2)) == "الاحتلال الإسرائيلي"
    # a weapon after a weapon ("قذائف الهاون") and an adjective ("طائرات سورية") name no owner here
    for text in ("سقطت قذائف الهاون على المدينة.", "حلقت طائرات سورية فوق المدينة."):
        article = Article(text)
        assert recall.weapon_owner(article, recall.lead(article, None, 2)) is None
