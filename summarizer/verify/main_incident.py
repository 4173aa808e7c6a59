"""The main incident's sentences, and every casualty figure they give, with the one an analyst files.

News reports put the main incident first and its background after (an earlier attack, a series of
attacks, last year's toll): figures are read from the title and the body up to the first background
sentence. Of the figures for the
killed and of the injured, the analyst files the one the body's lead gives for the whole incident
("at least" kept); later figures are often parts of it. A raised toll counts by its new figure
("rose from 844 to 1,300").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from summarizer.lang.lexicon import (
    ACTIVE_ATTACK_VERBS,
    ADDITION_WORDS,
    ADMIN_WORDS,
    AFTERMATH_AFTER,
    AFTERMATH_NOT_AFTER,
    AFTERMATH_PEOPLE,
    ANNOUNCED_OF,
    BACKGROUND_CUES,
    BEARINGS,
    BEFORE_SOURCE,
    BREAKDOWN_WORDS,
    CLAIMED_TOLL,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    CONTRAST_OPENERS,
    DAY_AFTER_OPENERS,
    DENIAL_CUES,
    EARLIER_REPORT_CUES,
    EMBEDDING_LINKS,
    ENGLISH_ATTACK_NOUNS_BY,
    ENGLISH_DEMONYMS,
    ENGLISH_HIT_VERBS,
    ENGLISH_IRREGULAR_PAST,
    ENGLISH_LEXICON,
    ENGLISH_TARGETING,
    FOLLOW_UP_CLAUSE_ENDS,
    FOLLOW_UP_NOUNS,
    FOLLOW_UP_VERBS,
    HEADLINE_ATTACK_VERBS,
    INCIDENT_ANAPHORS,
    INJURED_WORDS,
    INSIDE_WORDS,
    KILLED_WORDS,
    LEXICON,
    MONTH_NAMES,
    MONTHS,
    PARTITIVES,
    PERIODS,
    PLACE_PREPOSITIONS,
    PLUPERFECT_OPENERS,
    PLUPERFECT_PARTICLE,
    PROJECTED_TOLL,
    RELATIVES,
    REMINDERS,
    REPORT_VERBS,
    RESPONSE_OPENERS,
    SEPARATE_WORDS,
    SINCE_WORDS,
    SPEECH_VERBS,
    STATE_ADMINISTRATION,
    SUPERSEDED_CUES,
    TERRITORY_WORDS,
    TIME_WORDS,
    TOLL_REACHED,
    TOLL_REPORTS,
    TOLL_RISE,
    TOLL_RISEN,
    TOLL_UPDATE,
    TOPIC_TURNS,
    VAGUE_LEAST,
    VICTIM_WORDS,
    WAR_TOTALS,
    WEEKDAYS,
    WHERE_WORDS,
    YARDSTICKS,
)
from summarizer.lang.text import (
    ARTICLE,
    BEH,
    CONJUNCTIONS,
    LAM,
    QUOTE_MARKS,
    TEH,
    WAW,
    YEH,
    bare,
    clean,
    fold,
    has_any,
    has_arabic,
    has_cue,
    mentions,
)
from summarizer.schema import Qualifier
from summarizer.verify.casualties import (
    a_share_of_the_toll,
    casualty_clauses,
    casualty_figure,
    combined_count,
    english_groups_clause,
    english_toll_clause,
    framed_toll,
    met_death_count,
    missing_figure,
    named_before_the_others,
    opens_subset,
    others_taken,
    vague_quantity,
    with_one_joined,
    with_uncounted_others,
    without_false_casualty_words,
    without_share_aside,
)
from summarizer.verify.classify import classify
from summarizer.verify.furniture import (
    after_newsletter_box,
    in_dateline,
    is_timestamp,
    without_filing_line,
    without_furniture,
)
from summarizer.verify.gazetteer import capital_named, countries_named, country_of_adjective, lookup
from summarizer.verify.grounding import Article, Span
from summarizer.verify.numbers import a_year, counts_in, numbers_in
from summarizer.verify.phrase import analysed, senses_in
from summarizer.verify.timeexpr import days_ago, weekdays_in


@dataclass(frozen=True)
class Figure:
    kind: str  # "killed" or "injured" ("missing" for ``missing``)
    count: int
    qualifier: Qualifier
    clause: Span  # the article's words that state it
    sentence: Span


def title(article: Article) -> Span | None:
    """The article's title, when it has one (a first line before the body)."""
    text, body = article.text, article.body_start()
    start = len(text) - len(text.lstrip())
    return article.sentence_around(Span(text[start], start, start + 1)) if start < body else None


def sentences(article: Article) -> list[Span]:
    """The title (when there is one) and every sentence of the body, in order."""
    text, body = article.text, article.body_start()
    out: list[Span] = [heading] if (heading := title(article)) else []
    if heading and (sub := deck(article, heading)) is not None:
        out.append(sub)  # "Military planes drop bombs ... in Moe Tarr Lay village": the title's subtitle
    at = body
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        sentence = article.sentence_around(Span(text[at], at, at + 1))
        if sentence.quote:
            out.append(sentence)
        at = max(sentence.end, at) + 1
    return out


def deck(article: Article, heading: Span) -> Span | None:
    """The title's subtitle, a line of its own between the title and the body that tells the incident
    (where a village was bombed): no byline, no dateline, no outlet's line."""
    text, body = article.text, article.body_start()
    at = heading.end
    while at < body and not text[at].strip():
        at += 1
    if at >= body:
        return None
    line = article.sentence_around(Span(text[at], at, at + 1))
    if line.end > body or len(line.quote.split()) < _DECK_WORDS or in_dateline(text, line.start):
        return None
    if background(line.quote):
        return None  # "... وكان آخرها في يناير حيث قتل 89 جنديا": the context of earlier attacks
    return line if tells_an_event(line.quote) or _shares_words(line.quote, heading.quote) else None


def _shares_words(text: str, other: str) -> bool:
    """Two lines share a content word ("military", "bombs"): the subtitle tells the title's story."""
    words = {fold(clean(w)).lower() for w in other.split() if len(clean(w)) >= _CONTENT_LETTERS}
    return any(fold(clean(w)).lower() in words for w in text.split() if len(clean(w)) >= _CONTENT_LETTERS)


_CONTENT_LETTERS = 5
_DECK_WORDS = 6
_PLUPERFECT_REACH = 12  # words from "وكان" to its "قد"


def background(sentence: str, published_year: int | None = None, pluperfect: bool = True) -> bool:
    """The sentence tells of something other than the main incident: a cue ("last year", "منذ بدء"),
    an opening on a month ("وفي ديسمبر", "In December": another date than the incident's), the
    pluperfect ("وكان الهجوم ... قد أدى"; not when ``pluperfect`` is False), a day counted back ("قبل خمسة
    أيام", as "five days ago" is a cue), or a year before the publication's ("عام 2002")."""
    sentence = without_filing_line(sentence)  # "CELAYA (Mexico), April 16 (NNN-AGENCIES) —": when it was filed
    words = fold(sentence).split()
    measured = _before_yardstick(sentence)
    update = _a_toll_update(words)  # the toll now of the incident "a week ago": its own time, no earlier event
    cued = _a_cue(_without_past_cues(measured) if update else measured)
    if cued or _opens_on_a_month(sentence.split()[:4], words[:4]) or _last_month_named(words):
        return True
    if days_ago(measured, lasting=False) is not None and not update:
        return True  # "five days ago", unless the toll of the incident a week ago is what the sentence updates
    # "وكانت قاعدة التحالف الدولي بقيادة الولايات المتحدة الأميركية قد أطلقت": a long subject between
    if pluperfect and (is_pluperfect(sentence) or _pluperfect_without_particle(sentence)):
        return True
    tolls = counts_in(measured)  # "2122 قتيلا" is a toll of a year's size, not a year
    years = [n for n in numbers_in(measured) if a_year(n) and n not in tolls]
    return published_year is not None and any(y < published_year for y in years)


def _a_toll_update(words: list[str]) -> bool:
    """The sentence reports a toll as it now stands ("The death toll from floods ... a week ago was increased
    to 64"): a toll word among its first words, a word giving the figure later."""
    for i, w in enumerate(words[:16]):
        if w.lower() in _TOLL_WORDS and any(x.lower() in _TOLL_ENDS for x in words[i + 1 :]):
            return True
    return False


def _without_past_cues(sentence: str) -> str:
    for cue in TOLL_UPDATE["past_cues"]:
        sentence = re.sub(rf"(?<!\w){re.escape(cue)}(?!\w)", " ", sentence)
    return sentence


_TOLL_WORDS = frozenset(fold(w) for w in TOLL_UPDATE["toll_words"])
_TOLL_ENDS = frozenset(fold(w) for w in TOLL_UPDATE["ends"])


def _last_month_named(words: list[str]) -> bool:
    """A month named with "الماضي" after it or "last" before it ("واندلع الحريق في 14 آب/ أغسطس الماضي", "last
    August") in the sentence's own clause: a date already past, another event's; not in a relative clause
    or a "since" ("مسيرة العودة التي انطلقت في 30 مارس الماضي": when something began)."""
    for i, w in enumerate(words):
        if w in RELATIVES or w in SINCE_WORDS or w in ("which", "that", "who"):
            return False
        if w in MONTH_NAMES or bare(w) in MONTH_NAMES:
            after, before = words[i + 1 : i + 2], words[i - 1 : i] if i else []
            if (after and after[0] in _PAST) or (before and before[0] == "last"):
                return True
    return False


_PAST = frozenset(fold(w) for w in TOLL_UPDATE["last"])  # "الماضي": the past one
_MONTH_LEADS = ("in", "on", "since", "during", "by", "until", "last", "early", "late", "mid", "from")


def _opens_on_a_month(written: list[str], folded: list[str]) -> bool:
    """One of the first words is a month ("وفي ديسمبر", "In December 2019"): in English a capitalised
    month after a preposition or before a number, never a march or a may of a headline."""
    for i, (raw, w) in enumerate(zip(written, folded, strict=False)):
        if not (w in MONTH_NAMES or bare(w) in MONTH_NAMES):
            continue
        if not raw.isascii():
            return True
        before = written[i - 1].lower() if i else ""
        after = written[i + 1] if i + 1 < len(written) else ""
        if raw[:1].isupper() and (before in _MONTH_LEADS or after[:1].isdigit()):
            return True
    return False


def is_pluperfect(sentence: str) -> bool:
    """An Arabic sentence in the pluperfect ("وكان مسلح قد اقتحم ..."): what had happened before."""
    words = fold(sentence).split()
    return bool(words) and words[0] in PLUPERFECT_OPENERS and PLUPERFECT_PARTICLE in words[1:_PLUPERFECT_REACH]


_SUBJECT_REACH = 6  # words from "وكانت" to the perfect verb after its subject


def _pluperfect_without_particle(sentence: str) -> bool:
    """ "وكانت غارات جوية استهدفت مواقع ..." ("had struck"): "كان", a subject and a perfect verb of attack,
    the pluperfect of news Arabic without its "قد"; not a verb of a relative clause ("وكان الهجوم الذي
    استهدف ... أسفر")."""
    words = fold(sentence).split()
    if not words or words[0] not in PLUPERFECT_OPENERS:
        return False
    for k in range(2, min(_SUBJECT_REACH + 1, len(words))):
        if words[k] in ACTIVE_ATTACK_VERBS or words[k] in HEADLINE_ATTACK_VERBS:
            return words[k - 1] not in RELATIVES and not words[k].startswith(_IMPERFECT_PREFIXES)
    return False


_IMPERFECT_PREFIXES = (YEH, TEH)  # "يستهدف", "تستهدف": a present tense, no pluperfect


def tells_an_event(text: str) -> bool:
    """A class's keyword (an attack, a disaster) or a casualty word: the words tell an incident."""
    return classify([text])[1] is not None or mentions(text, KILLED_WORDS) or mentions(text, INJURED_WORDS)


def tells_a_hit(text: str) -> bool:
    """English words with a verb of hitting or targeting ("jihadis have targeted a military base")."""
    padded = f" {' '.join(clean(w) for w in text.split())} "
    return text.isascii() and any(f" {verb} " in padded for verb in (*ENGLISH_HIT_VERBS, *ENGLISH_TARGETING))


def body_lead(article: Article) -> Span | None:
    """The body's lead sentence: its first that is not a byline or a dateline alone."""
    body = article.body_start()
    return next((s for s in sentences(article) if s.start >= body and a_lead(s)), None)


def follow_up_lead(article: Article) -> tuple[Span, Span] | None:
    """The body's lead and its own clause, when that clause tells what followed an incident (an arrest,
    an apology, a funeral, an order) and the incident is told only in what the clause links to ("شيّع
    المئات ... ضحايا التفجير الذي ...", "arrested six people who helped organize a gathering where a
    stampede killed 121 people"). None when the lead's own clause tells the incident."""
    return article.memo("follow_up_lead", lambda: _follow_up_lead(article))


def _follow_up_lead(article: Article) -> tuple[Span, Span] | None:
    lead = body_lead(article)
    if lead is None:
        return None
    stripped = without_furniture(lead)  # not a caption's "after"
    own, rest = own_clause(stripped.quote)
    if tells_an_event(own) and (cut := _after_follow_up_verb(stripped.quote)) is not None:
        own, rest = stripped.quote[:cut].rstrip(), stripped.quote[cut:]
    if tells_an_event(own) and (cut := embedded_incident(stripped.quote)) is not None:
        own, rest = stripped.quote[:cut].rstrip(), stripped.quote[cut:]
    if not tells_an_event(stripped.quote) and _opens_on_follow_up_verb(stripped.quote):
        # "شيّع عشرات الآلاف ... جثمان المعارض ...": a funeral whose lead never names the killing
        return lead, Span(stripped.quote, stripped.start, stripped.end)
    if tells_an_event(own) or not tells_an_event(rest):
        return None
    return lead, Span(own, stripped.start, stripped.start + len(own))


def _opens_on_follow_up_verb(text: str) -> bool:
    return any(a_follow_up_verb(w) for w in text.split()[:_VERB_REACH])


def a_follow_up_verb(word: str) -> bool:
    """A verb of what followed an incident ("شيّعت", "وأفرجت", "arrested"), with or without a leading "و"."""
    folded = fold(clean(word)).lower()
    return folded in FOLLOW_UP_VERBS or (folded.startswith(WAW) and folded[1:] in FOLLOW_UP_VERBS)


def incident_words(article: Article) -> Span | None:
    """In a lead on what followed, the words after its own clause that name the incident: from the first
    word of an attack, a disaster or a weapon up to a comma ("... ورفاقه، الذين استشهدوا ... في ضربة
    نفّذتها طائرة مسيّرة إسرائيلية على شقة ..." -> "ضربة نفّذتها طائرة مسيّرة ..."); None without one."""
    found = follow_up_lead(article)
    if found is None:
        return None
    lead, own = found
    text = article.text
    if (antecedent := _antecedent(article, own)) is not None:
        return antecedent
    for m in re.finditer(r"\S+", text[own.end : lead.end]):
        word = clean(m.group())
        if classify([word])[1] is None and (
            mentions(word, (*KILLED_WORDS, *INJURED_WORDS)) or not tells_of_incident(word)
        ):
            continue
        start = own.end + m.start()
        if (article_word := re.search(r"\b(?:an|a|the|An|A|The)\s+$", text[own.start : start])) is not None:
            start = own.start + article_word.start()  # "an attack on an army post", with its article
        ends = [i for i in (text.find("،", start, lead.end), text.find(",", start, lead.end)) if i >= 0]
        quote = text[start : min(ends, default=lead.end)].rstrip(" .")
        return Span(quote, start, start + len(quote)) if len(quote.split()) >= 3 else None
    return None


def incident_clause(article: Article) -> Span | None:
    """In a lead on what followed, the words after its own clause up to the lead's next clause ("...
    بمراكش، وذلك بعد ساعات من إعلان الوزارة، مساء أمس الخميس، ...", "..., according to a video posted
    ... Thursday"): a day said there is the incident's. None when the lead tells the incident."""
    found = follow_up_lead(article)
    if found is None:
        return None
    lead, own = found
    rest = article.text[own.end : lead.end]
    words = [(m.start(), fold(clean(m.group())).lower()) for m in re.finditer(r"\S+", rest)]
    end = len(rest)
    for i, (start, _) in enumerate(words[1:], 1):
        for opener in CLAUSE_OPENERS:
            width = len(opener.split())
            nxt = words[i + width][1] if i + width < len(words) else ""
            if " ".join(w for _, w in words[i : i + width]) == opener and not _a_time_word(nxt):
                end = min(end, start)
    quote = rest[:end].rstrip(" ،,")
    return Span(quote, own.end, own.end + len(quote))


_ANTECEDENT_REACH = 6  # words back from an English relative word to the preposition before its noun
_ANTECEDENT_STOPS = frozenset(("of", "from", "for", "at", "in", "on", "by", "with", "to", "into", "over", "about"))


def _antecedent(article: Article, own: Span) -> Span | None:
    """In an English lead whose own clause ends on the noun an incident's relative clause tells of ("...
    from the ruins of a garment factory building | that collapsed 17 days ago"), that noun phrase with its
    clause, to a comma: "a garment factory building that collapsed 17 days ago"."""
    text = article.text
    rest = text[own.end :]
    first = rest.split(maxsplit=1)[0] if rest.split() else ""
    if not own.quote.isascii():
        return _arabic_antecedent(article, own, first)
    if first.lower() not in ("that", "who", "which"):
        return None
    if not tells_an_event(" ".join(rest.split()[1:3])):
        return None  # "six people who helped organize a gathering where ...": the clause is no incident's
    words = list(re.finditer(r"\S+", own.quote))[-_ANTECEDENT_REACH:]
    start = next((w.end() + 1 for i, w in reversed(list(enumerate(words))) if _before_the_antecedent(words[i:])), None)
    if start is None or start >= len(own.quote):
        return None
    end = own.end + min((i for i in (rest.find(","), rest.find(". ")) if i >= 0), default=len(rest.rstrip()))
    quote = text[own.start + start : end].rstrip(" .")
    return Span(quote, own.start + start, own.start + start + len(quote))


def _before_the_antecedent(words: list[re.Match]) -> bool:
    """The first of ``words`` is a preposition, or the verb whose object the noun phrase after it is
    ("hunted | a man who stabbed three people"; not the adjective of "an abandoned building")."""
    word = clean(words[0].group()).lower()
    if word in _ANTECEDENT_STOPS:
        return True
    verb = word in ENGLISH_IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
    return verb and len(words) > 1 and clean(words[1].group()).lower() in _OBJECT_OPENERS


_OBJECT_OPENERS = frozenset(("a", "an", "the", "his", "her", "their", "two", "three", "several", "dozens"))


def _arabic_antecedent(article: Article, own: Span, first: str) -> Span | None:
    """The Arabic of ``_antecedent``: "أعلنت السلطات ... أن الشاب الأفغاني | الذي أصاب الجمعة أميركيين اثنين
    بسكين ..." -> "الشاب الأفغاني الذي أصاب ... في أمستردام": the noun after the complementizer with its
    relative clause, to a comma, when the clause tells an incident."""
    text = article.text
    after = text[own.end :].split()
    if fold(clean(first)) not in RELATIVES or not tells_an_event(" ".join(after[1:6])):
        return None
    words = list(re.finditer(r"\S+", own.quote))
    at = next((i for i in range(len(words) - 1, -1, -1) if fold(clean(words[i].group())) in COMPLEMENTIZERS), None)
    if at is None or at + 1 >= len(words) or len(words) - at - 1 > _ANTECEDENT_REACH:
        return None
    start = own.start + words[at + 1].start()
    rest = text[own.end :]
    end = own.end + min((i for i in (rest.find("،"), rest.find(","), rest.find(". ")) if i >= 0), default=len(rest))
    quote = text[start:end].rstrip(" .")
    return Span(quote, start, start + len(quote))


_VERB_REACH = 10  # words from a lead's start to its main verb ("Police in northern India on Thursday arrested")


def _after_follow_up_verb(text: str) -> int | None:
    """Where a lead that opens on a verb of what followed ("شيّعت", "ووريت الثرى", "arrested", "asked for
    forgiveness") starts to name the incident: at a relative word ("الذين استشهدوا", "who") or the first
    word that tells an incident; None when no such verb opens it."""
    words = list(re.finditer(r"\S+", text))
    for i, word in enumerate(words[:_VERB_REACH]):
        if tells_an_event(text[: word.end()]):
            return None  # the incident is named first: the lead tells it
        if a_follow_up_verb(word.group()):
            for later in words[i + 1 :]:
                if fold(clean(later.group())).lower() in FOLLOW_UP_CLAUSE_ENDS or tells_an_event(text[: later.end()]):
                    return later.start()
            return None
    return None


_MAIN_CLAUSE_WORDS = 3  # fewest words before the incident that say something else (a verb, its subject)


def embedded_incident(text: str) -> int | None:
    """Where a lead names its incident inside what its dated main clause tells ("توالت، الثلاثاء،
    الإدانات العربية والدولية للهجوم الذي ...", "Rescuers pulled a young woman alive on Friday from the
    ruins of a garment factory building that collapsed"): the start of the link before the incident's
    first word (a preposition, a relative word, or Arabic "لـ" on the word itself); None when the lead
    opens on the incident, its main clause has no day, or nothing links the two (a link, or the
    incident's own other day: "وصف الرئيس، الأربعاء، الهجوم الذي استهدف مساء أمس الثلاثاء"). Not "أن"
    after a verb of saying: what a source says is the incident itself."""
    words = list(re.finditer(r"\S+", text))
    first = next((i for i, w in enumerate(words) if tells_an_event(text[: w.end()])), None)
    if first is None or first < _MAIN_CLAUSE_WORDS:
        return None
    main = [fold(clean(w.group())).lower() for w in words[:first]]
    if not any(_a_day_word(w) for w in main):
        return None
    incident = fold(clean(words[first].group()))
    if incident.startswith(LAM + LAM):
        return words[first].start()  # "للهجوم": the condemnations of the attack
    for back in (1, 2, 3):  # "for survivors of | a powerful | earthquake": an article and an adjective between
        if back > len(main):
            break
        if main[-back] in ANNOUNCED_OF and any(w.removeprefix(WAW) in REPORT_VERBS for w in main[:3]):
            return None  # "أعلن وزير الصحة ...، أمس الخميس، عن مصرع 43 شخصا": what was announced is the incident
        if main[-back] in EMBEDDING_LINKS and not (main[-back] == "that" and _reported(" ".join(main[:-back]))):
            return words[first - back].start()
    # "وصف الرئيس، الأربعاء، الهجوم المسلح الذي استهدف مساء أمس الثلاثاء ...": the incident's own day
    incident = re.split(r"[،,]", text[words[first].start() :], maxsplit=1)[0]
    said, happened = weekday_in(" ".join(main)), weekday_in(incident)
    reported = bool(COMPLEMENTIZERS & set(main))  # "قالت اللجنة، الاثنين، إن ... قُتلوا": the report's day
    if said is not None and happened is not None and said != happened and not reported:
        return words[first].start()
    return None


def dated_by_main_clause(article: Article, span: Span) -> bool:
    """``span`` is a time in the main clause of a lead that names its incident inside what that clause
    tells (a claim, condemnations, a manhunt): the day of the claim, the incident was on or before it."""
    found = follow_up_lead(article)
    if found is None or not (found[1].start <= span.start < found[1].end):
        return False
    return embedded_incident(without_furniture(found[0]).quote) is not None


def _a_day_word(word: str) -> bool:
    """A weekday or a word of a relative day or a part of one ("الثلاثاء", "أمس", "Friday", "tonight")."""
    return word in WEEKDAYS or word[1:] in WEEKDAYS or word in TIME_WORDS


def _without_names(text: str) -> str:
    """English text without its capitalised words after the first: a name's words ("Miami-Dade Fire
    Rescue") tell no event."""
    words = text.split()
    return " ".join(w for i, w in enumerate(words) if i == 0 or not w.isascii() or not w[:1].isupper())


def own_clause(sentence: str) -> tuple[str, str]:
    """The sentence's words before what it says it came after or whose victims it names ("بعد",
    "ضحايا", "after", "over", "where"; not the distance of "على بعد"), and the rest."""
    words = [(w.start(), fold(clean(w.group())).lower()) for w in re.finditer(r"\S+", sentence)]
    at = next(
        (
            start
            for i, (start, word) in enumerate(words)
            if word in AFTERMATH_AFTER
            and not (i and words[i - 1][1] in AFTERMATH_NOT_AFTER.get(word, ()))
            and not (i + 1 < len(words) and _a_time_word(words[i + 1][1]))
            and not (word in AFTERMATH_PEOPLE and not VICTIM_WORDS & {w for _, w in words[i + 1 : i + 4]})
        ),
        len(sentence),
    )
    return sentence[:at].rstrip(), sentence[at:]


def _a_time_word(word: str) -> bool:
    """A weekday, a part of the day or a clock hour: "after" it tells when ("Shortly after dusk")."""
    return _a_day_word(word) or word[:1].isdigit()


def told_in(article: Article) -> list[Span] | None:
    """After a lead on what followed the incident, the sentences that may tell it: the title, the lead,
    the next two that tell nothing of what followed (a funeral, a protest), and the later sentence with
    the incident's own story. None when the lead tells the incident itself."""
    found = follow_up_lead(article)
    if found is None:
        return None
    lead = found[0]
    later = [s for s in sentences(article) if s.start >= lead.end]
    near = [s for s in later[:2] if not follows_up(s.quote)]
    told = narration(article)
    out = [s for s in (title(article), lead, *near, told) if s is not None]
    return sorted({s.start: s for s in out}.values(), key=lambda s: s.start)


def follows_up(sentence: str) -> bool:
    """A sentence with a word of what follows an incident ("صلاة الجنازة", "mourners", "arrested") whose
    own clause names no kind of incident ("Monday's attack targeted a crowd ..." is the incident's)."""
    words = {fold(clean(w)).lower() for w in sentence.split()}
    words |= {w.removeprefix(WAW) for w in words}
    # a kind of incident, not a casualty word: a funeral's sentence names the dead ("مقبرة الشهداء")
    return bool(words & (FOLLOW_UP_VERBS | FOLLOW_UP_NOUNS)) and classify([own_clause(sentence)[0]])[1] is None


def only_in_follow_ups(article: Article, name: str, with_own: bool = False) -> bool:
    """After a lead on what followed, whether ``name`` is said only in the lead's own clause and in later
    sentences on what followed ("وأقيمت صلاة الجنازة في كنيسة الصليب المقدس بحي القصاع"): where the
    funeral was held or the minister spoke, not the incident. The own clause only when ``with_own``: the
    incident's words name a place of their own ("... بساحة جامع الفنا بمراكش"), else candles laid
    "outside Charles University" mark where the shooting was."""
    found = follow_up_lead(article)
    if found is None:
        return False
    own = found[1]
    later = [s for s in sentences(article) if s.start >= found[0].end]
    heading = title(article)
    if heading is not None and follows_up(heading.quote):
        later.append(heading)  # "عشرات الآلاف يشيّعون ... قرب مقبرة الجلاز": the title tells the funeral too
    starts = [m.start() for m in re.finditer(re.escape(name), article.text) if not in_dateline(article.text, m.start())]
    # the lead's own clause tells what followed too ("كشف الوزير، اليوم الجمعة بالرباط، تفاصيل ...")
    elsewhere = [at for at in starts if not (with_own and own.start <= at < own.end)]
    said = [next((s for s in later if s.start <= at < s.end), None) for at in elsewhere]
    return bool(starts) and all(s is not None and follows_up(s.quote) for s in said)


_NARRATION_REACH = 4  # sentences after the lead in which the incident's own story is looked for
_STORY_REACH = 8  # ... and in which it is looked for when told in the pluperfect


def narration(article: Article) -> Span | None:
    """In an article whose lead tells what followed the incident, the sentence a few after it that tells
    the incident itself on its own day ("Shortly before midnight on Tuesday, a passenger train ...
    collided head-on with a freight train", "وكان مسلح قد اقتحم الكنيسة مساء الأحد ..."): a kind of
    incident, a weekday that is not the lead's, no cue of another time, not a quotation."""
    return article.memo("narration", lambda: _narration(article))


def _narration(article: Article) -> Span | None:
    found = follow_up_lead(article)
    if found is None:
        return None
    lead, own = found
    lead_day = weekday_in(own.quote)
    later = [s for s in sentences(article) if s.start >= lead.end][:_STORY_REACH]
    for k, sentence in enumerate(later):
        text = sentence.quote.lstrip()
        if _earlier_toll(text) or _reported_again(text):
            continue  # "وكانت الحصيلة قد توقفت ... عند 42 قتيلا": a toll as first reported, no story
        if k >= _NARRATION_REACH and not is_pluperfect(text):
            continue  # further on, only a story told as what had happened ("وكان مسلحون ... قد خطفوا")
        if text[:1] in QUOTE_MARKS or background(text, pluperfect=False):
            continue
        day = weekday_in(text)
        if _says_that(text):
            continue  # "A collective ... said on Wednesday that about 400 people had been killed": a statement
        if day is not None and day != lead_day and tells_an_event(_without_names(own_clause(text)[0])):
            return sentence  # not "Rescuers ended their search on Friday after ... the collapse"
    return None


_SAID_REACH = 8  # words from a verb of saying to its "that" ("said on Wednesday that", "أعلنت، في بلاغ لها، أن")


def _says_that(sentence: str) -> bool:
    """A verb of saying and its complementizer ("said ... that", "أعلنت ... أن") before the sentence's
    first incident word: what someone said of the incident, not its story told by the report."""
    words = [fold(clean(w)).lower() for w in sentence.split()]
    first = next((i for i in range(len(words)) if tells_an_event(" ".join(words[: i + 1]))), len(words))
    verbs = {*REPORT_VERBS, *(v for v in SPEECH_VERBS if v not in BEFORE_SOURCE), "says"}
    return any(
        w in COMPLEMENTIZERS
        and any(v in verbs or v.removeprefix(WAW) in verbs for v in words[max(0, k - _SAID_REACH) : k])
        for k, w in enumerate(words[:first])
    )


def turns_to_another_matter(sentence: str) -> bool:
    """The sentence opens on a turn to another matter ("من جهة أخرى،", "In a separate development,")."""
    opening = " ".join(fold(clean(w)).lower() for w in sentence.split()[:4]).removeprefix(WAW)
    return any(opening.startswith(turn) for turn in TOPIC_TURNS)


def before_separate(sentence: str) -> str:
    """The sentence up to a clause that tells of a separate event ("..., في حين قتل ثلاثة أطفال في غارة
    منفصلة استهدفت مبنى ..."): a contrast word opens it and a word of separateness is in it."""
    words = sentence.split()
    folded = [fold(clean(w)).lower() for w in words]
    for i in range(1, len(words)):
        for opener in CONTRAST_OPENERS:
            width = len(opener.split())
            if " ".join(folded[i : i + width]) == opener and _separateness(folded, i + width):
                return " ".join(words[:i]).rstrip("،, ")
        for opener in RESPONSE_OPENERS:  # "..., ردا على إطلاق نار استهدف جنودا": the event it answered
            if " ".join(folded[i : i + len(opener.split())]) == opener:
                return " ".join(words[:i]).rstrip("،, ")
        if _day_after(folded, i):  # "قُتل 4 جنود ...، غداة هجوم ...": the day before's attack
            return " ".join(words[:i]).rstrip("،, ")
    return sentence


def _separateness(folded: list[str], start: int) -> bool:
    """A word of a separate event among the 12 words from ``start``; not "another" before a count
    ("while another 40 have been rushed to hospital": forty more of the same incident's victims)."""
    for j in range(start, min(start + 12, len(folded))):
        counted = j + 1 < len(folded) and bool(counts_in(folded[j + 1]) or folded[j + 1][:1].isdigit())
        if folded[j] in SEPARATE_WORDS and not counted:
            return True
    return False


def _day_after(folded: list[str], i: int) -> bool:
    """A "the day after" opener at ``i`` after a clause that already counts dead or hurt: what follows
    is the day before's event (after a mourning or an arrest it is the incident itself)."""
    opens = any(" ".join(folded[i : i + len(o.split())]) == o for o in DAY_AFTER_OPENERS)
    return opens and mentions(" ".join(folded[:i]), (*KILLED_WORDS, *INJURED_WORDS))


def first_in_response(article: Article, phrase: str) -> bool:
    """The body first names ``phrase`` in what the incident answered ("..., ردا على إطلاق نار استهدف جنودا
    في مدينة سديروت"): that earlier event's place or weapon, not the incident's."""
    at = article.locate(phrase, near=article.body_start())
    if at is None or at.start < article.body_start():
        return False
    sentence = article.sentence_around(at)
    kept = before_separate(sentence.quote)
    return at.start >= sentence.start + len(kept) and _response_in(sentence.quote[len(kept) :])


def _response_in(rest: str) -> bool:
    words = [f for w in rest.split()[:5] if (f := fold(clean(w)).lower())]
    return any(" ".join(words[: len(o.split())]) == o for o in (*RESPONSE_OPENERS, *DAY_AFTER_OPENERS))


def _before_yardstick(sentence: str) -> str:
    """The sentence up to a superlative that measures the incident against another ("the deadliest
    shooting ... since the massacre at Sandy Hook nearly a decade ago"); the whole when none, or when
    it opens the sentence (then the sentence is about the yardstick)."""
    words = re.findall(r"[^\s،,]+", sentence)  # "موبتي،الأكثر دموية": a comma typed without its space
    for i in range(1, len(words)):
        for y in (*REMINDERS, *YARDSTICKS):
            said = " ".join(fold(clean(w)) for w in words[i : i + len(y.split())])
            if y not in (said, said.removeprefix(WAW)):  # "وأعادت إلى الأذهان": with its "and"
                continue
            if y in YARDSTICKS and _a_past_year_told(words[i:]):
                continue  # "أعنف كارثة ... في عام 2014": the past disaster itself, not a measure
            return " ".join(words[:i])
    return sentence


def _measured_against_the_past(rest: str) -> bool:
    """The words from a superlative on name a past event: "since", or a year."""
    words = rest.split()
    return any(fold(clean(w)).removeprefix(WAW) in SINCE_WORDS for w in words) or bool(_years_named(rest))


def _a_past_year_told(words: list[str]) -> bool:
    """The words after a superlative give a year and no "since" ("... في عام 2014، عندما ...")."""
    rest = " ".join(words)
    since = any(fold(clean(w)).removeprefix(WAW) in SINCE_WORDS for w in words)
    return not since and any(a_year(n) for n in numbers_in(rest))


_TOLD_KINDS = ("attack", "casualty", "disaster", "weapon")


def tells_of_incident(sentence: str) -> bool:
    """A casualty word, or a word of an attack, a disaster or a weapon, in either language."""
    words = sentence.split()
    for first, second in itertools.pairwise(words):  # "عمل عسكري": a military action
        pair = analysed(f"{clean(first)} {clean(second)}")
        if not isinstance(pair, str) and len(pair) == 1 and pair[0].sense and pair[0].sense.kind in _TOLD_KINDS:
            return True
    for word in words:
        w = bare(fold(clean(word)))
        if w.startswith((*KILLED_WORDS, *INJURED_WORDS)):
            return True
        if word.isascii():
            if any(e.kind in _TOLD_KINDS for e in ENGLISH_LEXICON.get(clean(word).lower(), ())):
                return True
            continue
        if any(sense.kind in _TOLD_KINDS for sense in senses_in(clean(word))):
            return True  # any reading: "انهار" is "collapsed" as well as "rivers"
    return False


def _a_cue(sentence: str) -> bool:
    """A background cue, save one the incident's day follows ("في وقت سابق الاثنين", "earlier on
    Monday", "earlier today": earlier the same day, the incident's own story)."""
    folded = f" {fold(sentence)} "
    for cue in BACKGROUND_CUES:
        at = folded.find(f" {fold(cue)} ")
        if cue.startswith("had ") and at >= 0 and _reported(folded[:at]):
            continue  # "told AFP that 2,053 people had been killed": reported speech, not an earlier event
        if fold(cue) in EARLIER_REPORT_CUES and (m := re.search(re.escape(fold(cue)), folded)):
            said = [w.strip("،,.") for w in folded[m.end() :].split()[:1]]
            if said and bare(said[0]) in _SAYING:
                continue  # "وفي وقت سابق قالت وكالة تونس ...": an earlier report of this incident
        if at < 0:
            if has_any(sentence, [cue]):
                return True
            continue
        after = [w.strip("،,.") for w in folded[at + len(fold(cue)) + 2 :].split()[:2]]
        day = [w for w in after if w != "on"][:1]
        if not day or not ({day[0], bare(day[0])} & (WEEKDAYS.keys() | TIME_WORDS)):
            return True
    return False


_SAYING = frozenset(bare(fold(v)) for v in (*SPEECH_VERBS, *REPORT_VERBS))
_REPORTED = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|added)\b")


def _reported(before: str) -> bool:
    """A speech verb before the pluperfect: the tense is the reported speech's (backshift)."""
    return bool(_REPORTED.search(before))


def related_sentences(article: Article, published_year: int | None = None, limit: int = 4) -> list[Span]:
    """The sentences after the main incident's that tell of another event: a background cue (another
    time, the pluperfect) and a word of an attack, a casualty, a disaster or a weapon."""
    main = main_sentences(article, published_year)
    end = main[-1].end if main else 0
    every = sentences(article)
    found = [
        s
        for k, s in enumerate(every)
        if s.start >= end
        and background(s.quote, published_year)
        and tells_of_incident(s.quote)
        and not any(_denied(later.quote) for later in every[k + 1 : k + 3])
    ]
    return found[:limit]


def _denied(sentence: str) -> bool:
    """A sentence that says what came before was no attack ("نافياً وجود أي استهداف", "denied that ...",
    "were military exercises"): the event it follows is left out, not told as an attack."""
    return has_cue(sentence, DENIAL_CUES)


def main_sentences(article: Article, published_year: int | None = None) -> list[Span]:
    """The sentences that report the main incident: the title and the body up to its first background
    sentence (a report gives its incident first; what follows a first look back is background too,
    however it is worded: "وقتل 360 راكبا في الحادث" after "عام 2002")."""
    out = []
    body = article.body_start()
    published_year = published_year or latest_year(article)
    told = narration(article)
    heading = title(article)
    for sentence in sentences(article):
        if is_timestamp(sentence.quote):
            continue  # "Tuesday 15 October 2019 11:20, UK": the page's stamp, no day of another story
        if sentence.start >= body and not any(s.start >= body and a_lead(s) for s in out):
            if _context_line(sentence, heading):
                continue
            out.append(sentence)  # the body's lead tells the incident, even "last week" ("... killed at least 53")
            continue
        if told is not None and sentence.start == told.start:
            out.append(sentence)  # after a lead on what followed, the incident's own story, even as "وكان ... قد"
            continue
        if turns_to_another_matter(sentence.quote):
            continue  # "من جهة أخرى، بدأت عمليات إجلاء ...": no part of the incident; what follows may be
        if out and sentence.start >= body and _opens_on_another_day(sentence.quote, out):
            continue  # "Over the weekend, nearly 200 people were killed in Port-au-Prince": another event's toll
        year = published_year or _year_after_unnamed(sentence.quote, out, body)
        if background(sentence.quote, year):
            if sentence.start >= body and not background(before_separate(sentence.quote), year):
                out.append(sentence)  # "The Taliban called it a revenge attack for US airstrikes ... earlier
                continue  # this month": the earlier event is what this one answered, no end of its story
            if sentence.start < body:
                continue  # a title that looks back ends nothing: the body's lead tells the incident
            if not background(sentence.quote) and not tells_of_incident(sentence.quote):
                continue  # a year in a description ("the mall, opened in 2013, houses ..."): no other event
            if _reported_again(sentence.quote):
                out.append(sentence)  # "وكانت الداخلية قد أعلنت أن الحادث أسفر عن ...": this incident's
                continue
            if _earlier_toll(sentence.quote):
                continue  # "وكانت الوزارة قد أعلنت ... حصيلة أولية": this incident's toll as first given
            return out + _named_again(article, sentence, out, year)
        out.append(sentence)
    return out


def _context_line(sentence: Span, heading: Span | None) -> bool:
    """A body's first line that looks back ("... وكان آخرها في يناير حيث قتل 89 جنديا") with none of the
    counts the title gives ("مقتل 5 مدنيين ..."): the context of earlier attacks, not the lead."""
    if heading is None or not background(sentence.quote):
        return False
    said = set(counts_in(heading.quote))
    return bool(said) and not said & set(counts_in(sentence.quote))


def _named_again(article: Article, turn: Span, told: list[Span], year: int | None) -> list[Span]:
    """After the story turns to the background, the later sentences that give a casualty of the incident
    named again by its day ("Vestuir said two other soldiers were wounded in Tuesday's ambush")."""
    days = set().union(*(weekdays_in(s.quote) for s in told))
    return [
        s
        for s in sentences(article)
        if s.start > turn.start
        # the incident named by its day, or its toll said to have risen ("The death toll climbed to 2,122")
        and (weekdays_in(s.quote) & days or _THE_ATTACK_IN_WHICH.search(s.quote) or has_cue(s.quote, TOLL_RISEN))
        and mentions(s.quote, (*KILLED_WORDS, *INJURED_WORDS))
        and not background(s.quote, year)
        and not _opens_on_another_day(s.quote, told)
    ]


# "those who survived the attack, in which 15 more people were wounded": the incident named again by its
# definite noun, with a casualty clause of its own
_THE_ATTACK_IN_WHICH = re.compile(
    rf"\bthe (?:{'|'.join(map(re.escape, ENGLISH_ATTACK_NOUNS_BY))}),? in which\b", re.IGNORECASE
)


def _years_named(text: str) -> set[int]:
    tolls = counts_in(text)
    return {n for n in numbers_in(text) if a_year(n) and n not in tolls}


def _year_after_unnamed(sentence: str, told: list[Span], body: int) -> int | None:
    """Without a publication year: a year past the one a body sentence names when the incident's own
    sentences so far name none ("قبل 18 شهرا ... سقوط 73 ألف قتيل في أكتوبر عام 2005" after a lead told
    "أمس الأربعاء"): a year the lead does not give, without a day of the week, is another event's."""
    years = _years_named(sentence)
    if not years or weekdays_in(sentence) or not any(s.start >= body for s in told):
        return None  # "on Saturday, Nov. 11, 2017": a day of the week dates the incident's own week
    if any(_years_named(s.quote) for s in told):
        return None
    return max(years) + 1


_BYLINE_WORDS = 5
_OPENING_WORDS = 4  # words at a sentence's start in which a day opens it ("Over the weekend,", "وفي يوم الأحد")
_WEEKEND = frozenset((5, 6))


def _opens_on_another_day(sentence: str, told: list[Span]) -> bool:
    """A sentence that opens on a day (or the weekend) none of the incident's sentences so far names and
    gives a toll that is no update of the incident's ("Over the weekend, nearly 200 people were killed"
    after an attack on Tuesday evening): another event's toll."""
    opening = " ".join(sentence.split()[:_OPENING_WORDS])
    folded = fold(opening).lower()
    days = weekdays_in(opening) or (set(_WEEKEND) if any(p in folded for p in PERIODS) else set())
    named = set().union(*(weekdays_in(s.quote) for s in told))
    if not days or not named or days & named:
        return False  # no day to compare: the sentence may go on with the incident
    words = fold(sentence).lower().split()
    updated = any(w in TOLL_UPDATE["toll_words"] or w in TOLL_UPDATE["ends"] for w in words)
    return not updated and mentions(sentence, (*KILLED_WORDS, *INJURED_WORDS))


def a_lead(sentence: Span) -> bool:
    """A sentence that can be the body's lead: not a byline or a dateline alone ("صنعاء - الجزيرة نت")."""
    if after_newsletter_box(sentence.quote) >= len(sentence.quote.rstrip()) - 1:
        return False  # "... Get daily updates directly to your inbox + Subscribe Thank you for subscribing!"
    words = [w for w in sentence.quote.split() if any(c.isalnum() for c in w)]  # not a dateline's dashes
    if adds_victims(words):
        return False  # "Two civilians were also killed": more victims of an incident told elsewhere
    if superseded_toll(sentence.quote):
        return False  # "Police initially reported 10 deaths but later revised the toll downwards"
    return len(words) > _BYLINE_WORDS or tells_of_incident(sentence.quote)


def superseded_toll(sentence: str) -> bool:
    """The sentence gives a toll first reported and revised since: its figure is not the incident's."""
    return has_cue(sentence, SUPERSEDED_CUES) and mentions(sentence, TOLL_RISE)


def adds_victims(words: list[str]) -> bool:
    """A word of addition among the three words before a casualty word ("were also killed")."""
    folded = [fold(clean(w)).lower() for w in words]
    return any(
        w.startswith((*KILLED_WORDS, *INJURED_WORDS)) and any(a in ADDITION_WORDS for a in folded[max(0, k - 3) : k])
        for k, w in enumerate(folded)
    )


def latest_year(article: Article) -> int | None:
    """Without a publication date, the latest year the article names stands for it: a sentence dated
    by an earlier one ("في 2 من تشرين الثاني 2019" in a 2020 report) tells of something before."""
    tolls = set(counts_in(article.text))
    years = [n for n in numbers_in(article.text) if a_year(n) and n not in tolls]
    return max(years) if len(set(years)) > 1 else None


def _earlier_toll(sentence: str) -> bool:
    """A pluperfect sentence that gives a toll ("وكانت الوزارة قد أعلنت مساء السبت حصيلة أولية بلغت ..."):
    the incident's figure as first reported, no earlier event."""
    words = fold(sentence).split()
    pluperfect = bool(words) and words[0] in PLUPERFECT_OPENERS and PLUPERFECT_PARTICLE in words[1:_PLUPERFECT_REACH]
    toll = any(bare(w) in TOLL_REPORTS or w in TOLL_REPORTS for w in words)
    return pluperfect and toll and mentions(sentence, (*KILLED_WORDS, *INJURED_WORDS))  # a figure of the dead


_THE_DEAD = frozenset(fold(w) for w in TOLL_UPDATE["casualty_nouns"] if fold(w).startswith(ARTICLE))  # "القتلى"


def _reported_again(sentence: str) -> bool:
    """A pluperfect report of the incident named again by its definite noun ("وكانت وزارة الداخلية قد
    أعلنت ... أن الحادث أسفر عن وفاة 15 شخصاً"): this incident's story, told as already announced."""
    words = fold(sentence).split()
    if not words or words[0] not in PLUPERFECT_OPENERS:
        return False
    if PLUPERFECT_PARTICLE not in words[1:_PLUPERFECT_REACH]:
        # "وكانت السلطات كشفت في وقت سابق أن من بين القتلى ...": an earlier report of this incident's dead
        told = any(w in REPORT_VERBS for w in words[1:4])
        return told and any(w in _THE_DEAD or w in INCIDENT_ANAPHORS for w in words)
    at = words.index(PLUPERFECT_PARTICLE)
    reported = at + 1 < len(words) and words[at + 1] in REPORT_VERBS
    return (
        reported and any(w in INCIDENT_ANAPHORS for w in words) and mentions(sentence, (*KILLED_WORDS, *INJURED_WORDS))
    )


def countries_evidenced(text: str) -> list[str]:
    """The countries a text names, once per mention: by name, by the adjective after a name or a state's
    administration, by a city of a million people; none inside a listed name ("الدولة الإسلامية في العراق
    والشام" names a group, not where)."""
    text = without_listed_names(text)
    named = [*countries_named(text), *named_with_adjective(text), *_big_cities(text), *_capitals_named(text)]
    return [*named, *_regions_named(text), *_english_demonyms(text)]


def _english_demonyms(text: str) -> list[str]:
    """The countries of the English demonyms a text uses ("a Greek coastal town", "Nigerian police"), once
    per mention; none in a compound ("Saudi-led", counted as the coalition's leader)."""
    return [ENGLISH_DEMONYMS[m.group(1)] for m in _DEMONYM.finditer(text) if m.group(1) in ENGLISH_DEMONYMS]


# "South Sudanese" before "Sudanese": a two-word demonym is read whole, its second word never alone
_DEMONYM = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted((re.escape(d) for d in ENGLISH_DEMONYMS if " " in d), key=len, reverse=True))
    + r"|[A-Z][a-z]+)(?![\w-])"
)


def _regions_named(text: str) -> list[str]:
    """The countries of the provinces a text names with their region word ("محافظة صعدة", "ولاية هيرات",
    "Borno state"): where in the country it happened, whatever the actors' allegiances."""
    words = [clean(w) for w in text.split()]
    out = []
    for i, word in enumerate(words[:-1]):
        if fold(word).removeprefix(WAW) not in ADMIN_WORDS and bare(fold(word)) not in ADMIN_WORDS:
            continue
        if word.isascii() and words[i + 1].lower() == "of":  # "the province of North Kivu": its name after "of"
            for n in (3, 2, 1):
                hit = lookup(" ".join(words[i + 2 : i + 2 + n]))
                if hit is not None and hit.is_region:
                    out.append(hit.country_code)
                    break
            continue
        for n in (2, 1):
            hit = lookup(f"{bare(fold(word))} {' '.join(words[i + 1 : i + 1 + n])}")
            if hit is not None and hit.is_region:
                out.append(hit.country_code)
                break
    return out


def without_listed_names(text: str) -> str:
    """``text`` with the lexicon's names of three words or more that hold a place word ("الدولة الإسلامية
    في العراق والشام", "al-Qaeda in the Arabian Peninsula") left out."""
    words = text.split()
    found = [(n, i) for i in range(len(words)) for n in range(7, 2, -1) if _a_listed_name(words[i : i + n])]
    covered: set[int] = set()
    for n, i in sorted(found, reverse=True):  # the longest name first ("تنظيم الدولة الإسلامية في العراق ...")
        if not covered & set(range(i, i + n)):
            covered |= set(range(i, i + n))
    return " ".join("-" if k in covered else w for k, w in enumerate(words))


def _a_listed_name(words: list[str]) -> bool:
    """The words, a clitic aside, are a name the lexicon lists, in Arabic or in English."""
    folded = fold(" ".join(clean(w) for w in words))
    keys = {folded, " ".join([bare(folded.split()[0]), *folded.split()[1:]])} if folded else set()
    english = ENGLISH_LEXICON.get(folded.lower(), ())  # "al-Qaeda in the Arabian Peninsula"
    return any(s.pos == "name" for k in keys for s in LEXICON.get(k, ())) or any(w.pos == "name" for w in english)


def countries_as_where(text: str) -> list[str]:
    """The countries a text names as where something is: after a preposition of place, glued ("بسوريا")
    or not ("في سوريا", "in Syria"), or a bearing ("شرق سوريا", "north of Syria")."""
    return [code for code, _ in countries_said_as_where(text)]


def countries_said_as_where(text: str) -> list[tuple[str, str]]:
    """(ISO code, the words as written) of each country ``countries_as_where`` finds ("سوريا", "الأراضي
    السورية")."""
    words = [clean(w) for w in without_listed_names(text).split()]
    cues = {*BEARINGS, *(fold(p) for p in PLACE_PREPOSITIONS["ar"]), *PLACE_PREPOSITIONS["en"], "of", *INSIDE_WORDS}
    out = []
    for i, word in enumerate(words):
        if not word:
            continue
        named = countries_named(word)
        glued = word[:1] == BEH and bool(countries_named(word[1:]))  # "بسوريا", not "باكستان"
        if named and (glued or (i and fold(words[i - 1]).lower() in cues)):
            out.append((named[0], word[1:] if glued else word))
        elif i and fold(words[i - 1]).lower() in TERRITORY_WORDS and (code := country_of_adjective(word)):
            out.append((code, f"{words[i - 1]} {word}"))  # "داخل الأراضي السورية": inside Syria
    return out


def _capitals_named(text: str) -> list[str]:
    """The countries whose capital the text names by its word and adjective ("العاصمة الجزائرية")."""
    words = [clean(w) for w in text.split()]
    pairs = (capital_named(f"{a} {b}") for a, b in itertools.pairwise(words))
    return [hit.country_code for hit in pairs if hit is not None]


def _big_cities(text: str) -> list[str]:
    """The countries of the cities of a million people or more that the text names by a word that is no
    common word ("شرق العاصمة بغداد": Iraq, though the lead names Iran only as whom the factions serve)."""
    named = countries_named(text)
    hint = max(dict.fromkeys(named), key=named.count) if named else None
    out = []
    words = text.split()
    for i, word in enumerate(words):
        word = clean(word)
        after = clean(words[i + 1]) if i + 1 < len(words) else ""
        if word.isascii() and after[:1].isupper() and not words[i].endswith((",", ".", ";", ":")):
            continue  # "Mandalay Bay hotel": a word of a longer name, no city of its own
        found = analysed(word)
        if len(word) < 3 or not (isinstance(found, str) or all(w.sense is None for w in found)):
            continue  # a common word that is also a town somewhere
        hit = lookup(word, hint)  # "Valencia" in an article naming Spain is Spain's, not Venezuela's
        if hit is not None and not hit.is_country and not hit.is_region and hit.population >= 1_000_000:
            out.append(hit.country_code)
    return out


def named_with_adjective(text: str, state_only: bool = False) -> list[str]:
    """Countries given only by the adjective after a name ("مدينة كرايستشيرش النيوزيلندية": a city of
    New Zealand) or a state's institution ("وزارة الصحة السودانية"); not one after a common word
    ("مسلح أسترالي", an Australian gunman, is no place). ``state_only``: an institution's alone (a word the
    lexicon lacks before an adjective may be an outlet's: "وكالة الصحافة الفرنسية")."""
    words = [clean(w) for w in text.split()]
    return [
        code
        for i, (before, word) in enumerate(itertools.pairwise(words), start=1)
        if (code := country_of_adjective(word))
        and ((not state_only and isinstance(analysed(before), str)) or _state_body_in(words[max(0, i - 3) : i]))
    ]


def _state_body_in(words: list[str]) -> bool:
    """A state's administration among the words ("وزارة الصحة السودانية", "الحكومة السودانية"): the
    adjective after it names the state whose body speaks, the article's country; a council's or a
    force's need not be (an Israeli cabinet on a strike in the Golan)."""
    folded = [fold(clean(w)) for w in words]
    return any(w.removeprefix(ARTICLE) in STATE_ADMINISTRATION or w[1:] in STATE_ADMINISTRATION for w in folded)


def _projected(clause: str) -> bool:
    """A toll yet to come: a count after a cue of projection ("سيصبح عدد القتلى خمسة", "could rise to 100");
    a count before it is the toll so far ("killing at least 50 people with the toll expected to rise")."""
    folded = fold(clause)
    for cue in PROJECTED_TOLL:
        if m := re.search(rf"(?<!\w)[{CONJUNCTIONS}]?{re.escape(cue)}(?!\w)", folded):
            return bool(counts_in(folded[m.start() :])) or not counts_in(folded[: m.start()])
    return False


def _share_span(article: Article, span: Span, told: str) -> Span | None:
    """The article's words from a clause through the share told after it ("Five other workers fled ...,
    including one who was injured in the attack")."""
    last = article.locate(told.split(" ", 1)[-1].split()[-1], near=span.end) if told.split() else None
    return Span(article.text[span.start : last.end], span.start, last.end) if last is not None else None


def figures(article: Article, country: str | None = None, published_year: int | None = None) -> list[Figure]:
    """Every count of killed or injured people the main incident's sentences give, in order; not a
    sentence's that names only other countries than the article's (a strike across the border)."""
    found: list[Figure] = []
    combined: set[int] = set()
    main = main_sentences(article, published_year)
    day = next((d for s in main if (d := weekday_in(s.quote)) is not None), None)
    for sentence in main:
        # "شرق العاصمة بغداد ... الموالية لإيران" names Iraq too, and so does "الحكومة العراقية"; another
        # adjective is no such evidence here, since it often belongs to a source ("وكالة الصحافة الفرنسية")
        quote = without_furniture(sentence).quote  # a dateline's city and country are where it was filed
        named = [*countries_named(quote), *named_with_adjective(quote, state_only=True), *_big_cities(quote)]
        if country and named and country not in named:
            continue  # only another country named: a strike across the border, another event
        clauses = casualty_clauses(before_separate(sentence.quote))
        broken_down = False
        # "the biggest landslide since the Wenchuan earthquake ... the disaster that killed 87,000": the
        # yardstick's toll, after the superlative
        measured = len(_before_yardstick(sentence.quote))
        measured = measured if _measured_against_the_past(sentence.quote[measured:]) else len(sentence.quote)
        for n, clause in enumerate(clauses):
            if _projected(clause):
                continue  # "سيصبح عدد القتلى خمسة": not yet a toll
            if measured < len(sentence.quote) and sentence.quote.find(clause) >= measured:
                continue
            broken_down = broken_down or has_any(clause, BREAKDOWN_WORDS)
            if broken_down:
                continue  # "حيث تتوزع كالتالي 73 قتيلا بالحوز، و6 قتلى بشيشاوة": parts of the toll before
            part = counts_in(" ".join(clause.split()[:5])) if opens_subset(clause) else []  # "ومن بين الجرحى اثنان"
            if _a_running_total(sentence.quote, clause):
                continue  # "... منذ السابع من أكتوبر 2023، مما أسفر عن استشهاد 42010": a war's running total
            if _on_another_day(sentence.quote, clause, day):
                continue  # "..., حيث اعترضت الرياض مساء الأربعاء صاروخاً ... وإصابة 11": another day's event
            # "لقي 26 مدنيا على الأقل، بينهم 11 طفلا مصرعهم": the verb's object after the part of the victims
            told = " ".join([clause, *itertools.takewhile(opens_subset, clauses[n + 1 :])])
            if (both := combined_count(clause)) is not None:
                combined.add(both)
            span = article.locate(clause, near=sentence.start)
            if span is None:
                continue
            reached = n > 0 and _reaches_a_figure(clause) and has_any(clauses[n - 1], TOLL_UPDATE["toll_words"])
            if reached:  # "حصيلة جديدة لقتلى الفيضانات، بلغت 199 شخصا": the figure of the toll named before
                told = f"{clauses[n - 1]} {told}"
            for kind in ("killed", "injured"):
                framed = kind == "killed" and met_death_count(told) is not None  # "فارق 5 أشخاص الحياة"
                stems = KILLED_WORDS if kind == "killed" else INJURED_WORDS
                if not framed and not mentions(without_false_casualty_words(told), stems):
                    continue
                # "Five other workers fled ..., including one who was injured": the share alone was hurt (English
                # only: "لقي 30 شخصا، بينهم 9 نساء مصرعهم" closes its verb after the share)
                fled = clause.isascii() and not mentions(clause, (*KILLED_WORDS, *INJURED_WORDS))
                counted = f"{clauses[n - 1]}، {clause}" if reached else told if fled else clause
                joined = with_one_joined(clauses, clause) if counted == clause else clause
                counted = joined if joined != clause else counted  # "killing six adults" + "and a 7-year-old": 7
                count, qualifier = casualty_figure(counted, kind)
                if count is not None and (count in part or a_share_of_the_toll(clause, count)):
                    continue  # "بينهم 11 طفلا", "five of the dead": part of the toll, not a toll of its own
                after = " ".join(clauses[n + 1 : n + 2])
                trimmed_span = _trim(article, span, kind)
                if joined != clause and (whole := article.locate(joined, near=sentence.start)) is not None:
                    trimmed_span = whole  # the span says the one joined too
                if fled and not reached and (share := _share_span(article, span, told)) is not None:
                    trimmed_span = share  # the clause and its share: the span says who was hurt
                if kind == "injured" and count is not None and (more := others_taken(f"{clause} {after}", count)):
                    # "عالج 46 شخصا من إصابات ونقل 14 آخرين إلى مستشفيات": the others taken are wounded too
                    count += more
                    trimmed_span = article.locate(f"{clause} {after}", near=sentence.start) or trimmed_span
                if kind == "killed" and count is not None and n > 0:
                    # "beheaded the village chief, killed two other inhabitants": the chief and the two
                    count += (one := named_before_the_others(clauses[n - 1], clause, count))
                    if one and (first := article.locate(clauses[n - 1], near=sentence.start)) is not None:
                        whole = article.text[first.start : trimmed_span.end]
                        trimmed_span = Span(whole, first.start, trimmed_span.end)
                        found = [f for f in found if not (f.kind == kind and f.clause.start >= first.start)]
                if count is not None and qualifier == Qualifier.exact and with_uncounted_others(after):
                    # "قتل قياديان ...، إلى جانب العشرات الآخرين": a floor, said with the words that make it one
                    qualifier = Qualifier.at_least
                    trimmed_span = article.locate(f"{clause}، {after}", near=sentence.start) or trimmed_span
                if count is not None:
                    found.append(Figure(kind, count, qualifier, trimmed_span, sentence))
        english = not has_arabic(sentence.quote)  # "New People’s Army": a curly apostrophe is no Arabic
        if english and not any(f.sentence == sentence and f.kind == "killed" for f in found):
            found += _english_toll_figure(article, sentence) or _across_its_share_aside(article, sentence)
        if english:
            found = _with_groups_summed(article, sentence, found)
        else:
            found = _with_framed_total(article, sentence, found)
    return _without_combined(found, combined)


def missing(article: Article, published_year: int | None = None) -> Figure | None:
    """The first count of people missing that the main incident's sentences give ("وفقدان 21 آخرين",
    "12 people are still missing"): no toll, said apart from it."""
    for sentence in main_sentences(article, published_year):
        for clause in casualty_clauses(before_separate(sentence.quote)):
            count, qualifier = missing_figure(clause)
            if count is not None and (span := article.locate(clause, near=sentence.start)) is not None:
                return Figure("missing", count, qualifier, span, sentence)
    return None


def _with_framed_total(article: Article, sentence: Span, found: list[Figure]) -> list[Figure]:
    """Counted victims framed by "لقي ... حتفهم" ("لقي أربعة مدنيين على الأقل وخمسة جنود حتفهم"): their sum
    in place of the last group the clause split gave ("وخمسة جنود حتفهم": 5)."""
    if (framed := framed_toll(sentence.quote)) is None:
        return found
    words, total, qualifier = framed
    span = article.locate(words, near=sentence.start)
    if span is None:
        return found
    kept = [f for f in found if not (f.sentence == sentence and f.kind == "killed")]
    return [*kept, Figure("killed", total, qualifier, span, sentence)]


def _with_groups_summed(article: Article, sentence: Span, found: list[Figure]) -> list[Figure]:
    """Two counted groups of one toll ("10 Americans, 2 pilots killed"): their sum in place of the part
    a clause gave ("2 pilots killed")."""
    for kind in ("killed", "injured"):
        if (groups := english_groups_clause(sentence.quote, kind)) is None:
            continue
        words, total = groups
        span = article.locate(words, near=sentence.start)
        if span is None:
            continue
        found = [f for f in found if not (f.sentence == sentence and f.kind == kind)]
        found.append(Figure(kind, total, Qualifier.exact, span, sentence))
    return found


def _english_toll_figure(article: Article, sentence: Span) -> list[Figure]:
    """A death toll whose figure its commas set apart from "toll" ("Death toll in Nice attack, in which a
    man drove a truck into crowds on July 14, rose to 85"): one figure for the sentence."""
    words = english_toll_clause(sentence.quote)
    span = article.locate(words, near=sentence.start) if words else None
    if span is None:
        return []
    count, qualifier = casualty_figure(words, "killed")
    return [Figure("killed", count, qualifier, span, sentence)] if count is not None else []


def _across_its_share_aside(article: Article, sentence: Span) -> list[Figure]:
    """An English toll whose count and verb an aside on the victims sets apart ("At least 21 people,
    including five children, were killed after a landslide"): the count from the sentence without the
    aside, the span from the count to the verb as the article writes it."""
    kept = without_share_aside(sentence.quote)
    if kept == sentence.quote or _a_running_total(sentence.quote, kept) or background(sentence.quote):
        return []
    for clause in casualty_clauses(kept):
        if not mentions(without_false_casualty_words(clause), KILLED_WORDS):
            continue
        count, qualifier = casualty_figure(clause, "killed")
        verb = next((w for w in clause.split() if mentions(w.lower(), KILLED_WORDS)), None)
        head = " ".join(clause.split()[:2])
        start, end = sentence.quote.find(head), sentence.quote.find(verb) if verb else -1
        if count is None or start < 0 or end <= start:
            continue
        end += len(verb)
        at = sentence.start + start
        return [Figure("killed", count, qualifier, Span(sentence.quote[start:end], at, at + end - start), sentence)]
    return []


def _reaches_a_figure(clause: str) -> bool:
    """The clause opens on a verb of reaching and a count ("بلغت 199 شخصا على الأقل")."""
    words = clause.split()
    return bool(words) and fold(clean(words[0])).removeprefix(WAW) in TOLL_REACHED and bool(counts_in(clause))


def weekday_in(text: str) -> int | None:
    """The first weekday the text names (0 Monday), with or without punctuation and a possessive
    ("Tuesday's", "الأحد،"), or None."""
    for word in text.split():
        w = fold(clean(word)).lower().removesuffix("'s").removesuffix("’s")
        if (day := WEEKDAYS.get(w, WEEKDAYS.get(bare(w)))) is not None:
            return day
    return None


_MONTH_NAMES_RE = "|".join(m.capitalize() for m in MONTHS)
_MONTHS_TOTAL = re.compile(
    r"\b(?:in|during|throughout)\s+(?:violent\s+)?(?:attacks|violence|bombings|strikes)\b.{0,40}?"
    r"\b(?:in|during)\s+(?:" + _MONTH_NAMES_RE + r")\b(?!\s+\d)"
    # "More than 250 people were killed in October": a month's toll, not a day's incident
    r"|\b(?:killed|died|dead|wounded|injured)\s+(?:in|during|throughout)\s+(?:" + _MONTH_NAMES_RE + r")\b(?!\s+\d)"
)


# Many events' toll told in the present perfect ("Clashes between militants and security forces have claimed
# more than 6,000 lives", "5,000 people have died in the country's unrest this year")
_AGGREGATE_TOLL = re.compile(
    r"\b(?:clashes|violence|unrest|conflict|war|fighting|insurgency)\b[^.;]{0,60}?\b(?:have|has)\s+claimed\b"
    r"|\b(?:have|has)\s+(?:died|been\s+killed)\s+in\s+(?:the\s+)?"
    r"(?:country['’]s\s+|region['’]s\s+)?(?:unrest|violence|conflict|war|fighting|insurgency)\b",
    re.IGNORECASE,
)


def _a_running_total(sentence: str, clause: str) -> bool:
    """The clause's figure is a total of many events, no incident's toll: counted since a date, a month's
    attacks ("979 people ... were killed in violent attacks in October"), many events' toll in the present
    perfect, or a war's whole toll ("three years of civil war, with tens of thousands killed")."""
    return (
        _since_a_date(sentence, clause)
        or bool(_MONTHS_TOTAL.search(sentence) or _AGGREGATE_TOLL.search(sentence))
        or has_cue(sentence, WAR_TOTALS)
    )


def in_running_total(article: Article, quote: str) -> bool:
    """The quoted figure stands in a sentence that gives a running total (see ``_a_running_total``)."""
    span = article.locate(quote)
    return span is not None and _a_running_total(article.sentence_around(span).quote, span.quote)


def _since_a_date(sentence: str, clause: str) -> bool:
    """Before the clause, the sentence counts from a date ("منذ السابع من أكتوبر 2023", "since October
    2023"): its figures are a running total, not the incident's toll."""
    at = sentence.find(clause)
    words = [fold(clean(w)).lower() for w in (sentence[:at] if at > 0 else "").split()]
    for i, word in enumerate(words):
        if word.removeprefix(WAW) in SINCE_WORDS:
            after = words[i + 1 : i + 6]
            if any(a_year(n) for w in after for n in numbers_in(w)) or any(w in MONTH_NAMES for w in after):
                return True
    return False


def _on_another_day(sentence: str, clause: str, day: int | None) -> bool:
    """The clause stands in a "where" clause ("حيث", "where") that names another weekday than the
    incident's: what happened there that day is another event."""
    at = sentence.find(clause)
    if day is None or at < 0:
        return False
    words = fold(sentence[: at + len(clause)]).split()
    where = max((i for i, w in enumerate(words) if w in WHERE_WORDS), default=None)
    if where is None or not mentions(" ".join(words[where:]), KILLED_WORDS + INJURED_WORDS):
        return False  # the toll is not inside the "where" clause
    other = weekday_in(" ".join(words[where:]))
    return other is not None and other != day


def _without_combined(found: list[Figure], combined: set[int]) -> list[Figure]:
    """A killed count the article elsewhere gives as killed and injured together ("قتل 30" in the lead,
    "قتل وأصيب 30" in the next sentence) is the combined toll, not the dead, when another count of the
    dead is given (the health official's 12)."""
    doubtful = [f for f in found if f.kind == "killed" and f.count in combined]
    if doubtful and len(doubtful) < sum(f.kind == "killed" for f in found):
        return [f for f in found if f not in doubtful]
    return found


def _trim(article: Article, clause: Span, kind: str, width: int = 9) -> Span:
    """A long clause cut to the fewest words around its number that still state the same figure
    with the same qualifier ("حتى الآن ... هي 24" keeps "حتى الآن"): a fact is a phrase, not a paragraph."""
    words = clause.quote.split()
    if len(words) <= width:
        return clause
    figure = casualty_figure(clause.quote, kind)
    own = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    for size in range(3, len(words)):
        for start in range(len(words) - size + 1):
            quote = " ".join(words[start : start + size]).strip(' ،,."«»()')
            if mentions(quote, own) and casualty_figure(quote, kind) == figure:
                if span := article.locate(quote, near=clause.start):
                    return _with_partitive(article, span)
    return clause


def _with_partitive(article: Article, span: Span) -> Span:
    """A figure with who the counted were, said after "من" ("مقتل اثنين | من المهاجمين": two of the
    attackers): the victims belong to the figure's words."""
    after = article.text[span.end : span.end + 40].split()[:2]
    last = span.quote.split()[-1]
    if fold(last) in PARTITIVES and after:  # "ومقتل اثنين من": the partitive inside the span, its noun after
        after = [last, after[0]]
    if len(after) < 2 or fold(after[0]) not in PARTITIVES or clean(after[0]) != after[0]:
        return span
    noun = clean(after[1])
    found = analysed(noun)
    people = not isinstance(found, str) and any(w.sense and w.sense.kind in _PEOPLE_OR_ACTORS for w in found)
    if not people or not fold(noun).startswith(ARTICLE):
        return span
    end = article.text.find(noun, span.end) + len(noun)
    return Span(article.text[span.start : end], span.start, end)


_PEOPLE_OR_ACTORS = ("people", "title", "force", "actor", "nationality")


def in_main(article: Article, quote: str, published_year: int | None = None) -> bool:
    """Whether ``quote`` stands in a sentence of the main incident (any of its mentions)."""
    for sentence in main_sentences(article, published_year):
        span = article.locate(quote, near=sentence.start)
        reach = min(_before_pluperfect(sentence.quote), len(before_separate(sentence.quote)))
        if span is not None and sentence.start <= span.start < sentence.start + reach:
            return True
    return False


def _before_pluperfect(sentence: str) -> int:
    """Where a pluperfect clause begins in the sentence ("..., وكان قد أصدر بيانا ...": what he had
    done before, background), else its length."""
    words = sentence.split()
    for i, word in enumerate(words):
        after = [fold(w) for w in words[i + 1 : i + 4]]
        if i > 0 and fold(word) in PLUPERFECT_OPENERS and PLUPERFECT_PARTICLE in after:
            return len(" ".join(words[:i]))
    return len(sentence)


def analyst_figure(found: list[Figure], article: Article, kind: str) -> Figure | None:
    """The figure an analyst files: the first the body gives (a lead states the toll of the whole
    incident; later figures are often parts of it: one hall, the first hours), else the title's."""
    mine = [f for f in found if f.kind == kind]
    # "Police initially reported 10 deaths but later revised the toll": a figure since revised
    mine = [f for f in mine if not superseded_toll(f.sentence.quote)] or mine
    checked = [f for f in mine if not _claimed_toll(f)]  # a claimant's boast only when nothing else
    mine = checked or mine
    body = [f for f in mine if f.sentence.start >= article.body_start()]
    if kind == "injured" and body and not counts_in(body[0].clause.quote):
        # "وأصيب زوجها" (one man hurt, no figure) before "عدد المصابين ... بلغ 12 مصابا": the count of all
        counted = [f for f in body if counts_in(f.clause.quote) and f.count > body[0].count]
        body = counted[:1] or body
    # "Two civilians were also killed" after a toll of the same kind (the title's): more victims of it, not
    # the toll ("Eighteen people were also wounded" after the dead is the count of the wounded)
    added = [
        f
        for f in body
        if adds_victims(f.clause.quote.split()) and any(e.clause.start < f.clause.start for e in mine if e is not f)
    ]
    body = [f for f in body if f not in added] or body
    pick = (body or mine or [None])[0]
    if kind == "killed" and pick is not None and (split := _split_later(found, pick)) is not None:
        return split  # "راح ضحيتها 22 مدنياً" then "17 شهيداً وإصابة 5": 22 counted the dead and the hurt
    titled = [f for f in mine if f.sentence.start < article.body_start()]
    if (
        pick is not None
        and added
        and (whole := next((t for t in titled if t.count == pick.count + added[0].count), None))
    ):
        return whole  # "at least 10 dead" in the title: the lead's eight officers and the two civilians also killed
    return pick


def vague_before(article: Article, pick: Figure, published_year: int | None = None) -> Span | None:
    """A body clause of the main incident before the picked figure that gives its kind as a quantity word
    meaning more than that figure ("وأصيب المئات بجروح" before "... في جرح تلميذة" of 1): the picked figure
    counts someone else (the cause, one group), the quantity word all the victims."""
    for sentence in main_sentences(article, published_year):
        if sentence.start < article.body_start() or sentence.start > pick.sentence.start:
            continue
        own, other = (KILLED_WORDS, INJURED_WORDS) if pick.kind == "killed" else (INJURED_WORDS, KILLED_WORDS)
        for clause in casualty_clauses(without_share_aside(before_separate(sentence.quote))):
            if not mentions(clause, own) or mentions(clause, other):
                continue  # "and wounded dozens ... the deadliest day": the dozens are the wounded
            count, _ = casualty_figure(clause, pick.kind)
            vague = vague_quantity(clause) if count is None else None
            if vague and pick.count < VAGUE_LEAST.get(vague[0], 0):
                return article.locate(clause, near=sentence.start)
    return None


def _split_later(found: list[Figure], pick: Figure) -> Figure | None:
    """A later sentence's killed figure whose injured figure beside it sums to the picked toll (17 + 5 =
    22): the picked figure counted all the victims, the later one the dead."""
    for f in found:
        if f.kind != "killed" or f.sentence.start <= pick.sentence.start or f.count >= pick.count:
            continue
        hurt = [g for g in found if g.kind == "injured" and g.sentence == f.sentence]
        if any(f.count + g.count == pick.count for g in hurt):
            return f
    return None


def _claimed_toll(figure: Figure) -> bool:
    """The figure follows a verb of an unchecked claim in its sentence ("زاعماً أن الهجوم أوقع ...")."""
    before = figure.sentence.quote[: max(0, figure.clause.start - figure.sentence.start)] + figure.clause.quote
    return has_cue(before, CLAIMED_TOLL)
