"""The event's words: page furniture (datelines, photo credits, captions) and attribution are cut from
the lead clause, and what is left is still the article's own characters."""

from __future__ import annotations

import pytest

from summarizer.verify import recall
from summarizer.verify.event_span import event_clause, is_caption
from summarizer.verify.grounding import Article


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Bus crash\n\nPhoto MADRID -- Nine people were killed when a bus overturned near Toledo on Friday, "
            "the regional police said.",
            "Photo MADRID -- Nine people were killed when a bus overturned near Toledo on",
            "Nine people were killed when a bus overturned near Toledo on Friday",
        ),
        (
            "Blast\n\n(CNN) A gas blast in a market killed 4 people, officials said.",
            "(CNN) A gas blast in a market killed 4 people, officials said.",
            "A gas blast in a market killed 4 people",
        ),
        (
            "Well\n\nImage copyright AFP Image caption Rescuers at the site on Monday A miner trapped in a "
            "flooded pit has been found alive after three days.",
            "Image copyright AFP Image caption Rescuers at the site on Monday",
            "A miner trapped in a flooded pit has been found alive after three days",
        ),
        (
            "Shooting\n\nDeputy Chief Ann Lee said an officer shot and wounded a man, 30, after a chase.",
            "Deputy Chief Ann Lee said an officer shot and wounded a man, 30",
            "an officer shot and wounded a man",  # the victim's age is no part of the event
        ),
        (
            "هجوم\n\nأعلنت مصادر أمنية، الأحد، أن 12 شخصا قتلوا في هجوم على قرية في شمال البلاد.",
            "أعلنت مصادر أمنية، الأحد",
            "12 شخصا قتلوا في هجوم على قرية في شمال البلاد",
        ),
        (  # a lead that opens on who claimed it: the event is what was claimed
            "Raid\n\nThe group claimed responsibility on Sunday for an attack on an army post that killed 9 soldiers.",
            "The group claimed responsibility on Sunday for an attack on an army post",
            "an attack on an army post",
        ),
        (  # a span cut a few words into a contrast clause ends before it
            "زلزال\n\nقتل 20 شخصا في زلزال ضرب جنوب البلاد الاثنين، فيما بلغ عدد المصابين 300.",
            "قتل 20 شخصا في زلزال ضرب جنوب البلاد الاثنين، فيما بلغ عدد",
            "قتل 20 شخصا في زلزال ضرب جنوب البلاد الاثنين",
        ),
        (  # a wire dateline with a country and a date; an Arabic one with a tatweel and guillemets
            "Raid\n\nKANO, Nigeria, May 3 (Reuters) - Gunmen killed nine villagers in a night raid.",
            "KANO, Nigeria, May 3 (Reuters) - Gunmen killed nine villagers in a night raid.",
            "Gunmen killed nine villagers in a night raid",
        ),
        (
            "انفجار\n\nعدن ـ «الشرق الأوسط»: قتل خمسة جنود في انفجار عبوة ناسفة شرق المدينة.",
            "عدن ـ «الشرق الأوسط»: قتل خمسة جنود في انفجار عبوة ناسفة شرق المدينة.",
            "قتل خمسة جنود في انفجار عبوة ناسفة شرق المدينة",
        ),
    ],
)
def test_the_event_clause_drops_furniture_and_attribution(text, span, expected):
    article = Article(text)
    clause = event_clause(article, span)
    assert clause == expected
    assert article.locate(clause) is not None, "the clause is the article's own words"


def test_a_clean_span_is_kept_as_the_model_gave_it():
    article = Article("Fire\n\nA fire in a shopping centre killed 37 people on Sunday.")
    assert event_clause(article, "A fire in a shopping centre killed 37 people") == (
        "A fire in a shopping centre killed 37 people"
    )


def test_a_caption_is_never_the_lead():
    text = (
        "Girls freed\n\nAn image taken from a video shows the kidnapped girls.\nmore\n"
        "Twenty of the girls kidnapped by militants have been freed, officials said on Thursday.\n"
    )
    assert is_caption("An image taken from a video shows the kidnapped girls.")
    assert recall.lede(Article(text), None).startswith("Twenty of the girls kidnapped")


def test_english_sources_are_the_names_before_said_and_after_according_to():
    text = (
        "Crash\n\nAt least seven people died on Wednesday, the state police and rescue services said. "
        '"It was terrible," said Mayor John Smith. The driver was arrested, according to Reuters. '
        "Later he said it was dark. The Daily Post reported that the road was closed."
    )
    found = recall.english_sources_in(Article(text), 8)
    assert found == ["the state police and rescue services", "Mayor John Smith", "Reuters", "The Daily Post"]


def test_an_english_noun_phrase_opening_its_sentence_is_read_as_the_clause_it_is_subject_of():

    text = "Crash\n\n(CNN) A small plane crash Sunday in northwest Costa Rica killed 12 people, officials said.\nMore."
    assert event_clause(Article(text), "A small plane crash") == (
        "A small plane crash Sunday in northwest Costa Rica killed 12 people"
    )
    text = "Fire\n\nA gunman opened fire on a festival, police said."
    assert event_clause(Article(text), "A gunman opened fire on a festival") == "A gunman opened fire on a festival"
