"""Rules drawn from pool AE's worked half (session 38): a shooting or a stabbing said as such when the
article's clause has no checked rendering, people "among" a toll before its figure, a bare "morning"
widened to the day the article gives it, a town named only as what it happened near (pinned or not),
the country named first giving way to the town, and a quoted name kept whole."""

from summarizer.verify.grounding import Article


def test_a_shooting_rule_says_a_shooting_not_the_class_attack():
    from summarizer.lang.lexicon import CLASS_RULES

    by_keyword = {k: r for r in CLASS_RULES for k in r.keywords}
    assert by_keyword["إطلاق النار"].happened == {"en": "A shooting took place", "ar": "وقع إطلاق نار"}
    assert by_keyword["stabbing"].happened["en"] == "A stabbing attack took place"
    assert by_keyword["car bomb"].happened is None  # its class's own sentence ("A bombing took place")


def test_people_among_a_toll_before_its_figure_are_a_share_of_it():
    from summarizer.verify.casualties import victims_before

    found = victims_before("A policeman is among three men killed this morning in Spanish Town.", 3)
    assert found is not None and (found.share, found.who, found.start) == ("some", "A policeman", 0)
    assert victims_before("Two children were among the 12 dead", 12).who == "Two children"
    assert victims_before("طفلان من بين 5 قتلى في قصف", 5).who == "طفلان"
    assert victims_before("قتل أطفال بين 5 و10 في قصف", 5) is None  # a range
    assert victims_before("The attack is among 3 incidents this year", 3) is None  # no people


def test_a_bare_part_of_the_day_takes_the_day_the_article_gives_it():
    from summarizer.verify.recall import with_its_day
    from summarizer.verify.timeexpr import parse

    article = Article("A policeman is among three men killed this morning in Spanish Town. Shots rang out last night.")
    assert with_its_day(article, "morning") == "this morning"
    assert with_its_day(article, "night") == "last night"
    assert with_its_day(Article("It happened in the morning."), "morning") == "morning"
    assert parse("this morning").relative == "today" and parse("last night").relative == "yesterday"
    assert parse("morning").relative is None


def test_a_town_named_only_as_what_it_happened_near():
    from summarizer.verify.gazetteer import named_only_near

    assert named_only_near("a property near the small town of Kongsberg.", "Kongsberg")
    assert not named_only_near("a shooting in Kongsberg.", "Kongsberg")
    # a town the gazetteer does not know: near only when asked for any name
    text = "Four officers arrived at a property near the small town of Wieambilla on Monday."
    assert not named_only_near(text, "Wieambilla") and named_only_near(text, "Wieambilla", known=False)


def test_a_country_named_first_gives_way_to_the_town_where_it_happened():
    from summarizer.schema.models import Bilingual, Evidence, Place, PlaceRole
    from summarizer.stages.compose import _smaller_site_first

    def place(en: str, ar: str) -> Place:
        return Place(role=PlaceRole.area, name=Bilingual(en=en, ar=ar), as_written=en, evidence=[quote(en)])

    def quote(en: str) -> Evidence:
        return Evidence(quote=en, start=0, end=len(en))

    out, ranks = [place("Australia", "أستراليا"), place("Wieambilla", "ويامبيلا")], [3, 0]
    _smaller_site_first(out, ranks)
    assert [p.name.en for p in out] == ["Wieambilla", "Australia"] and ranks == [0, 3]
    kept = [place("Kabul", "كابل"), place("Afghanistan", "أفغانستان")]
    _smaller_site_first(kept, [1, 3])
    assert kept[0].name.en == "Kabul"


def test_a_possessive_says_its_place():
    from summarizer.templates import said_in

    assert said_in("Australia", "at a remote property in Australia's Queensland state")
    assert not said_in("Austria", "at a remote property in Australia's Queensland state")


def test_a_quoted_name_keeps_the_quote_it_opened():
    from summarizer.stages.ground import _without_glued_preposition

    assert _without_glued_preposition('أنصار تنظيم "داعش"') == 'أنصار تنظيم "داعش"'
    assert _without_glued_preposition('بـ"الدولة الإسلامية"') == "الدولة الإسلامية"
    assert _without_glued_preposition("«داعش»") == "«داعش»"
    assert _without_glued_preposition("داعش»") == "داعش"


def test_the_same_sources_set_before_their_noun_point_back():
    from summarizer.verify.recall import not_a_source_name

    assert "points back" in not_a_source_name("ذات المصادر")
    assert "points back" in not_a_source_name("المصادر ذاتها")
    assert not_a_source_name("وزارة الداخلية") is None
