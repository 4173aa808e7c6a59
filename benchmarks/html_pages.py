"""Builds the saved news pages of ``tests/data/pages/``: real dev articles (``evals/fixtures``) inside the
HTML a news site wraps them in (menus, a breaking-news ticker, "read also" boxes whose headlines carry
death tolls, most-read lists, comments, share bars, a cookie banner, a footer, publication-date metadata).

Five site layouts, modelled on Arabic and English news sites as they serve an article page; the site
texts are written for these pages (headlines of other stories, menus), the article texts are the
fixtures'. ``pages.json`` records, per page, the article (title and paragraphs, as placed in the page),
every boilerplate text by kind, and the publication date the metadata gives.

    python benchmarks/html_pages.py        # rewrites tests/data/pages/
"""
# ruff: noqa: E501  (HTML templates: one line of markup per line, as the sites send it)

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "evals" / "fixtures"
PAGES = ROOT / "tests" / "data" / "pages"


def e(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def links(items: list[str], cls: str = "", href: str = "/section/") -> str:
    return "\n".join(
        f'<li class="{cls}"><a href="{href}{i}" data-track="nav-{i}">{e(t)}</a></li>' for i, t in enumerate(items)
    )


def fixture_lines(case: str) -> list[str]:
    return [line.strip() for line in (FIXTURES / case / "article.txt").read_text(encoding="utf-8").splitlines()]


def sentences(text: str) -> list[str]:
    return [
        s for s in re.split(r"(?<=[.!?؟])(?<!Mr\.)(?<!Mrs\.)(?<!Dr\.)\s+(?=[\"“(A-Z\u0600-\u06ff])", text) if s.strip()
    ]


# --- Page 1: an Arabic daily (WordPress-like theme), the source article ---------------------------------


def alaraby() -> tuple[str, dict]:
    case = "deir-ez-zor-drone-strike"
    paragraphs = [line for line in fixture_lines(case) if line]
    title = "مسيّرات مجهولة تقصف معسكراً لمليشيات إيرانية شرق دير الزور"
    bp = {
        "nav": [
            "الرئيسية",
            "سياسة",
            "اقتصاد",
            "مجتمع",
            "ثقافة",
            "رياضة",
            "منوعات",
            "آراء",
            "تحقيقات",
            "فيديو",
            "بودكاست",
            "ملحق فلسطين",
            "سورية",
            "فلسطين",
            "لبنان",
            "العراق",
            "مصر",
            "اليمن",
            "ليبيا",
            "تونس",
            "الخليج",
        ],
        "ticker": [
            "مقتل 12 مدنياً بقصف جوي على ريف إدلب الجنوبي",
            "ارتفاع حصيلة انفجار مستودع ذخيرة في ريف حماة إلى 9 قتلى",
            "الأمم المتحدة: نزوح 40 ألف شخص من شمال غرب سورية خلال أسبوع",
            "إصابة 3 جنود أتراك بهجوم صاروخي قرب مدينة الباب",
        ],
        "read_also": [
            "اقرأ أيضاً",
            "مقتل 7 عناصر من قوات النظام بكمين لتنظيم داعش في بادية الميادين",
            "غارات مجهولة على مواقع للمليشيات في البوكمال توقع 14 قتيلاً",
        ],
        "related": [
            "المزيد في سياسة",
            "قتيلان وخمسة جرحى بانفجار عبوة ناسفة في ريف درعا الغربي",
            "غارة إسرائيلية على محيط دمشق تقتل 4 مقاتلين من حزب الله",
            "اشتباكات بين العشائر وقسد في ذيبان توقع 6 قتلى",
        ],
        "most_read": [
            "الأكثر قراءة",
            "انتشال 23 جثة من تحت أنقاض مبنى منهار في حلب",
            "حريق في مخيم الهول يودي بحياة 5 أطفال",
            "النظام السوري يرفع أسعار الخبز للمرة الثالثة هذا العام",
            "مقتل قيادي في الحرس الثوري بغارة قرب مطار دمشق",
            "تقرير: أكثر من 300 ألف قتيل مدني في سورية منذ 2011",
        ],
        "share": ["شارك", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط"],
        "caption": ["طائرة مسيّرة في سماء ريف دير الزور (أرشيف/ فرانس برس)"],
        "newsletter": ["اشترك في نشرتنا البريدية لتصلك أهم الأخبار يومياً", "اشترك"],
        "cookie": [
            "يستخدم موقع العربي الجديد ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك، وبمتابعتك التصفح "
            "فإنك توافق على سياسة الخصوصية",
            "موافق",
            "إعدادات الكوكيز",
        ],
        "footer": [
            "من نحن",
            "اتصل بنا",
            "أعلن معنا",
            "سياسة الخصوصية",
            "شروط الاستخدام",
            "© العربي الجديد 2026. جميع الحقوق محفوظة",
        ],
    }
    published = "2026-11-24T18:45:00+03:00"
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f"<p>{e(p)}</p>")
        if i == 1:
            body.append(
                f'<div class="read-also"><span class="read-also__label">{e(bp["read_also"][0])}</span>'
                f'<a href="/news/2026/11/22/ambush" class="read-also__link">{e(bp["read_also"][1])}</a></div>'
            )
        if i == 4:
            body.append(
                f'<div class="read-also"><span class="read-also__label">{e(bp["read_also"][0])}</span>'
                f'<a href="/news/2026/11/19/boukamal" class="read-also__link">{e(bp["read_also"][2])}</a></div>'
            )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "dateModified": "2026-11-24T19:02:10+03:00",
        "author": {"@type": "Organization", "name": "العربي الجديد"},
        "publisher": {"@type": "Organization", "name": "العربي الجديد"},
        "inLanguage": "ar",
    }
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} | العربي الجديد</title>
<meta name="description" content="{attr(paragraphs[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="العربي الجديد">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="2026-11-24T19:02:10+03:00">
<meta property="article:section" content="سياسة">
<link rel="stylesheet" href="/themes/araby/css/main.min.css?v=4.12">
<link rel="canonical" href="https://www.alaraby.example/politics/deir-ez-zor-drones">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());
gtag('config','G-XXXX',{{'page_type':'article','section':'سياسة'}});</script>
<style>.breaking{{background:#c00;color:#fff}}.read-also{{border-right:4px solid #c00;padding:8px}}</style>
</head>
<body class="node-article page-politics">
<div id="cookie-consent" class="cookie-bar" role="dialog" aria-live="polite">
<p>{e(bp["cookie"][0])}</p>
<button class="btn btn-accept">{e(bp["cookie"][1])}</button> <button class="btn btn-settings">{e(bp["cookie"][2])}</button>
</div>
<header class="site-header">
<div class="top-bar"><a href="/" class="logo"><img src="/themes/araby/logo.svg" alt="العربي الجديد"></a>
<form class="search" action="/search"><input type="search" name="q" placeholder="بحث"></form></div>
<nav class="main-menu" aria-label="القائمة الرئيسية"><ul>
{links(bp["nav"][:12], "menu-item")}
</ul>
<ul class="sub-menu countries">
{links(bp["nav"][12:], "menu-item country", "/country/")}
</ul></nav>
<div class="breaking"><span class="breaking__label">عاجل</span>
<ul class="breaking__list">
{links(bp["ticker"], "breaking__item", "/news/breaking/")}
</ul></div>
</header>
<main id="main" class="container">
<div class="row">
<div class="col-main">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li></ol>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header">
<h1 class="article-title" itemprop="headline">{e(title)}</h1>
<div class="article-meta"><span class="author">دير الزور ــ العربي الجديد</span>
<time datetime="{published}" itemprop="datePublished">24 نوفمبر 2026</time></div>
<div class="share-bar">{" ".join(f'<a class="share" href="#">{e(s)}</a>' for s in bp["share"])}</div>
</header>
<figure class="article-image"><img src="/files/2026/11/drone.jpg" alt="" loading="lazy" width="800" height="450">
<figcaption>{e(bp["caption"][0])}</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="tags"><span>الكلمات الدالة:</span> <a href="/tag/syria">سورية</a> <a href="/tag/deir">دير الزور</a>
<a href="/tag/irgc">الحرس الثوري الإيراني</a></div>
<div class="ad ad-inarticle" data-slot="inarticle-2">إعلان</div>
</article>
<section class="related"><h2>{e(bp["related"][0])}</h2>
<div class="cards">
{"".join(f'<div class="card"><a href="/news/r{i}"><img src="/r{i}.jpg" alt=""><h3>{e(t)}</h3></a></div>' for i, t in enumerate(bp["related"][1:]))}
</div></section>
<section class="newsletter"><h3>{e(bp["newsletter"][0])}</h3>
<form><input type="email" placeholder="البريد الإلكتروني"><button>{e(bp["newsletter"][1])}</button></form></section>
</div>
<aside class="col-side"><h2>{e(bp["most_read"][0])}</h2><ol class="most-read">
{links(bp["most_read"][1:], "most-read__item", "/news/popular/")}
</ol></aside>
</div>
</main>
<footer class="site-footer"><ul class="footer-links">
{links(bp["footer"][:5], "footer-item", "/page/")}
</ul><p class="copyright">{e(bp["footer"][5])}</p></footer>
<script src="/themes/araby/js/app.min.js" defer></script>
</body>
</html>
"""
    return page, {
        "case": case,
        "language": "ar",
        "title": title,
        "paragraphs": paragraphs,
        "published": published[:10],
        "boilerplate": bp,
    }


# --- Page 2: an Arabic broadcaster's site (React-rendered markup), related links inside the body --------


def bbc_arabic() -> tuple[str, dict]:
    case = "mogadishu-car-bomb"
    lines = [line for line in fixture_lines(case) if line]
    title, rest = lines[0], lines[1:]
    inline_related = [r for r in rest if r.startswith(("مسلحو تنظيم", "الصومال: ارتفاع"))]
    promo = [r for r in rest if r.startswith("يمكنكم استلام")]
    paragraphs = [r for r in rest if r not in inline_related and r not in promo and not r.startswith("---")]
    bp = {
        "nav": [
            "الرئيسية",
            "أخبار",
            "اقتصاد",
            "صحة",
            "علوم وتكنولوجيا",
            "ثقافة وفن",
            "رياضة",
            "تريندينغ",
            "برامجنا",
            "صور",
            "فيديو",
            "بي بي سي إكسترا",
            "حوارات",
            "تخطى إلى المحتوى",
        ],
        "ticker": ["مقتل 20 جندياً على الأقل في هجوم على قاعدة عسكرية في النيجر"],
        "read_also": [*inline_related, "موضوعات قد تهمك"],
        "promo": promo,
        "related": [
            "قصص ذات صلة",
            "مقتل 18 شخصاً في تفجيرين انتحاريين قرب فندق في مقديشو",
            "حركة الشباب تتبنى هجوماً أودى بحياة 15 جندياً صومالياً",
            "ارتفاع حصيلة قتلى انفجار شاحنة مفخخة في العاصمة الصومالية إلى 276",
        ],
        "most_read": [
            "الأكثر قراءة",
            "غرق 45 مهاجراً قبالة سواحل ليبيا",
            "زلزال بقوة 6.9 درجة يضرب جزيرة لومبوك الإندونيسية ويقتل 98",
            "ما هو سر الأهرامات؟",
            "الفيضانات في كيرالا الهندية: ارتفاع عدد الضحايا إلى 357",
        ],
        "share": ["شارك هذه الصفحة", "فيسبوك", "ماسنجر", "تويتر", "البريد الإلكتروني"],
        "caption": ["مصدر الصورة، Reuters", "التعليق على الصورة، قوات الأمن في موقع الانفجار"],
        "cookie": [
            "نحن وشركاؤنا نستخدم تقنيات مثل ملفات تعريف الارتباط ونجمع بيانات التصفح لمنحك أفضل تجربة على "
            "الإنترنت ولتخصيص المحتوى والإعلانات",
            "نعم، أوافق",
            "لا، أرجو أن تخبرني بالمزيد",
        ],
        "footer": [
            "لماذا يمكنك الوثوق في بي بي سي",
            "شروط الاستخدام",
            "عن بي بي سي",
            "سياسة الخصوصية",
            "ملفات تعريف الارتباط",
            "تواصل مع بي بي سي",
            "© 2018 بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.",
        ],
    }
    published = "2018-09-02T13:05:41+00:00"
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f'<div class="e1xue1i85 bbc-1151pbn"><p dir="rtl" class="bbc-kl1u1v e17g058b0">{e(p)}</p></div>')
        if i == 4:
            body.append(
                '<section class="bbc-links" aria-labelledby="related-inline"><h2 id="related-inline" '
                f'class="visually-hidden">{e(bp["read_also"][2])}</h2><ul>'
                + "".join(f'<li><a href="/arabic/world-4{k}">{e(t)}</a></li>' for k, t in enumerate(inline_related))
                + "</ul></section>"
            )
    body.append("<hr>")
    body.append(f'<div class="bbc-1151pbn"><p><b>{e(promo[0])}</b></p></div>')
    ld = {
        "@context": "http://schema.org",
        "@type": "ReportageNewsArticle",
        "url": "https://www.bbc.example/arabic/world-45388212",
        "headline": title,
        "datePublished": published,
        "dateModified": published,
        "inLanguage": {"@type": "Language", "name": "Arabic", "alternateName": "ar"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News عربي"},
    }
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/>
<title>{e(title)} - BBC News عربي</title>
<meta name="description" content="{attr(paragraphs[0])}"/>
<meta property="og:title" content="{attr(title)} - BBC News عربي"/>
<meta property="og:type" content="article"/>
<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@graph": [ld]}, ensure_ascii=False)}</script>
<script>window.SIMORGH_DATA={{"pageData":{{"metadata":{{"type":"STY","language":"ar"}}}},"status":200}};</script>
<style data-emotion="bbc">.bbc-kl1u1v{{font-size:1rem;line-height:1.6}}</style>
</head>
<body>
<div id="root">
<div class="bbc-cookie-banner" role="region"><h2>{e(bp["cookie"][0])}</h2>
<button>{e(bp["cookie"][1])}</button><a href="/arabic/cookies">{e(bp["cookie"][2])}</a></div>
<a href="#content" class="bbc-skip">{e(bp["nav"][13])}</a>
<header role="banner"><div class="bbc-brand"><a href="/arabic"><svg role="img"><title>BBC News عربي</title></svg></a></div>
<nav role="navigation"><ul role="list" class="bbc-nav">
{links(bp["nav"][:13], "bbc-nav__item", "/arabic/")}
</ul></nav></header>
<div class="bbc-breaking" role="alert"><strong>عاجل</strong> <a href="/arabic/live">{e(bp["ticker"][0])}</a></div>
<main role="main" class="bbc-main">
<div class="bbc-grid">
<article class="bbc-article">
<header><h1 id="content" tabindex="-1" class="bbc-headline">{e(title)}</h1></header>
<ul class="bbc-byline"><li><time datetime="2018-09-02">2 سبتمبر/ أيلول 2018</time></li></ul>
<div class="bbc-share"><h2>{e(bp["share"][0])}</h2>{" ".join(f'<a href="#">{e(s)}</a>' for s in bp["share"][1:])}</div>
<figure class="bbc-figure"><div class="bbc-image"><img src="https://ichef.bbc.example/news/640/somalia.jpg" alt="قوات الأمن في موقع الانفجار"/>
<p class="bbc-copyright" role="text"><span class="visually-hidden">{e(bp["caption"][0])}</span></p></div>
<figcaption><span class="visually-hidden">{e(bp["caption"][1])}</span></figcaption></figure>
{chr(10).join(body)}
</article>
<section class="bbc-related" aria-labelledby="related-stories"><h2 id="related-stories">{e(bp["related"][0])}</h2>
<ul>{"".join(f'<li class="bbc-promo"><a href="/arabic/world-3{i}"><h3>{e(t)}</h3></a></li>' for i, t in enumerate(bp["related"][1:]))}</ul>
</section>
<section class="bbc-most-read" aria-labelledby="most-read"><h2 id="most-read">{e(bp["most_read"][0])}</h2>
<ol>{"".join(f'<li><span>{i + 1}</span><a href="/arabic/most-read-{i}">{e(t)}</a></li>' for i, t in enumerate(bp["most_read"][1:]))}</ol>
</section>
</div>
</main>
<footer role="contentinfo" class="bbc-footer"><ul>
{links(bp["footer"][:6], "bbc-footer__item", "/arabic/institutional-")}
</ul><p>{e(bp["footer"][6])}</p></footer>
</div>
<script src="https://static.files.bbci.example/ws/simorgh-assets/public/static/js/main.js" defer></script>
</body>
</html>
"""
    return page, {
        "case": case,
        "language": "ar",
        "title": title,
        "paragraphs": paragraphs,
        "published": published[:10],
        "boilerplate": bp,
    }


# --- Page 3: an English newspaper, a photo, related coverage and comments ------------------------------


def nyt() -> tuple[str, dict]:
    case = "en-croydon-tram-derailment"
    lines = [line for line in fixture_lines(case) if line]
    title = lines[0]
    text = lines[1].removeprefix("Photo ")
    parts = sentences(text)
    paragraphs = [" ".join(parts[i : i + 2]) for i in range(0, len(parts), 2)]
    bp = {
        "nav": [
            "World",
            "U.S.",
            "Politics",
            "N.Y.",
            "Business",
            "Opinion",
            "Tech",
            "Science",
            "Health",
            "Sports",
            "Arts",
            "Books",
            "Style",
            "Food",
            "Travel",
            "Magazine",
            "T Magazine",
            "Real Estate",
            "Video",
            "Skip to content",
            "Subscribe",
            "Log In",
        ],
        "ticker": [
            "Breaking News",
            "Gunman kills 4 in shooting at Texas shopping mall, police say",
            "Death toll in Italy earthquake rises to 247",
        ],
        "read_also": [
            "Related Coverage",
            "Train Crash in Southern Italy Kills at Least 20",
            "Germany Train Collision Leaves 10 Dead and Dozens Injured",
        ],
        "most_read": [
            "Most Popular",
            "Election Results: Trump Wins",
            "Bus Plunges Off Cliff in Peru, Killing 48",
            "What Happened on Election Day",
        ],
        "share": ["Share This Page", "Email", "Facebook", "Twitter", "Save", "More"],
        "caption": [
            "Emergency workers at the scene of the tram derailment in Croydon on Wednesday.",
            "Credit Andy Rain/European Pressphoto Agency",
        ],
        "comments": [
            "124 Comments",
            "Terrible news. My thoughts are with the families of the 7 victims and the 51 in hospital.",
            "Trams in that curve always seemed too fast to me. Hope the inquiry is thorough.",
        ],
        "newsletter": ["Sign up for the Morning Briefing newsletter", "Sign Up"],
        "cookie": [
            "We use cookies and similar technologies to recognize your repeat visits and preferences, as well as "
            "to measure the effectiveness of campaigns and analyze traffic.",
            "Accept",
            "Manage Privacy Preferences",
        ],
        "footer": [
            "© 2016 The New York Times Company",
            "Contact Us",
            "Work With Us",
            "Advertise",
            "Your Ad Choices",
            "Privacy",
            "Terms of Service",
            "Site Map",
            "Help",
            "Subscriptions",
        ],
    }
    published = "2016-11-09T05:28:41-05:00"
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f'<p class="story-body-text story-content" data-para-count="{len(p)}">{e(p)}</p>')
        if i == 1:
            body.append(
                f'<aside class="related-coverage marginalia"><h2>{e(bp["read_also"][0])}</h2><ul>'
                + "".join(
                    f'<li><a href="/2016/0{k}/world/crash.html">{e(t)}</a></li>'
                    for k, t in enumerate(bp["read_also"][1:])
                )
                + "</ul></aside>"
            )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "dateModified": "2016-11-10T11:02:17-05:00",
        "author": {"@type": "Person", "name": "Stephen Castle"},
    }
    page = f"""<!DOCTYPE html>
<html lang="en" itemscope itemtype="http://schema.org/NewsArticle" class="no-js page-theme-standard">
<head>
<meta charset="utf-8">
<title>{e(title)} - The New York Times</title>
<meta name="description" content="{attr(paragraphs[0][:160])}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="2016-11-10T11:02:17-05:00">
<meta property="article:section" content="World">
<meta name="byl" content="By STEPHEN CASTLE">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>var NYTD=NYTD||{{}};NYTD.Abra=function(t){{return t}};window.magnum.processFlags(["limitFabrikSave"]);</script>
</head>
<body>
<div id="shell" class="shell">
<div id="cookie-notice" class="gdpr"><p>{e(bp["cookie"][0])}</p>
<button type="button">{e(bp["cookie"][1])}</button> <a href="/privacy">{e(bp["cookie"][2])}</a></div>
<header id="masthead" class="masthead" role="banner">
<a class="skip-button" href="#story">{e(bp["nav"][19])}</a>
<div class="masthead-tools"><a class="button subscribe" href="/subscription">{e(bp["nav"][20])}</a>
<a class="button login" href="/login">{e(bp["nav"][21])}</a></div>
<div class="branding"><a href="/"><span class="visually-hidden">The New York Times</span></a></div>
<nav id="mini-navigation" role="navigation"><h2 class="visually-hidden">Sections</h2><ul class="mini-navigation-menu">
{links(bp["nav"][:19], "shortcuts", "/section/")}
</ul></nav>
</header>
<div class="breaking-news-banner"><span class="label">{e(bp["ticker"][0])}</span>
<ul>{"".join(f'<li><a href="/live/{i}">{e(t)}</a></li>' for i, t in enumerate(bp["ticker"][1:]))}</ul></div>
<main id="main" class="main" role="main">
<article id="story" class="story theme-main" itemscope itemtype="http://schema.org/NewsArticle">
<header class="story-header">
<h1 itemprop="headline" id="headline" class="headline">{e(title)}</h1>
<div class="story-meta"><p class="byline-dateline"><span class="byline">By <span itemprop="name">STEPHEN CASTLE</span></span>
<time class="dateline" datetime="2016-11-09" itemprop="dateModified">NOV. 9, 2016</time></p></div>
<div class="sharetools">{" ".join(f'<a href="#">{e(s)}</a>' for s in bp["share"])}</div>
</header>
<figure class="media photo lede layout-large-horizontal" itemprop="associatedMedia">
<span class="visually-hidden">Photo</span>
<img src="https://static01.nyt.example/images/2016/11/10/world/croydon.jpg" alt="" itemprop="url">
<figcaption class="caption" itemprop="caption description"><span class="caption-text">{e(bp["caption"][0])}</span>
<span class="credit">{e(bp["caption"][1])}</span></figcaption></figure>
<div class="story-body-supplemental"><div class="story-body story-body-1">
{chr(10).join(body)}
</div></div>
<section id="newsletter-promo" class="newsletter-signup"><h3>{e(bp["newsletter"][0])}</h3><button>{e(bp["newsletter"][1])}</button></section>
</article>
<section id="comments" class="comments-panel"><h2>{e(bp["comments"][0])}</h2>
<div class="comment"><p class="comment-text">{e(bp["comments"][1])}</p></div>
<div class="comment"><p class="comment-text">{e(bp["comments"][2])}</p></div></section>
<aside id="most-popular" class="most-popular"><h2>{e(bp["most_read"][0])}</h2><ol>
{links(bp["most_read"][1:], "story", "/most-popular/")}
</ol></aside>
</main>
<footer id="page-footer" class="page-footer" role="contentinfo"><nav><ul>
<li><a href="/copyright">{e(bp["footer"][0])}</a></li>
{links(bp["footer"][1:], "footer-item", "/content/help/")}
</ul></nav></footer>
</div>
</body>
</html>
"""
    return page, {
        "case": case,
        "language": "en",
        "title": title,
        "paragraphs": paragraphs,
        "published": published[:10],
        "boilerplate": bp,
    }


# --- Page 4: an English broadcaster's site, a date only in meta tags, "Read More" links ----------------


def cnn() -> tuple[str, dict]:
    case = "en-costa-rica-plane-crash"
    lines = [line for line in fixture_lines(case) if line]
    title = lines[0]
    paragraphs = [
        line
        for line in lines[1:]
        if not line.startswith(("Story highlights", "The plane was a single-engine")) and line != "Read More"
    ]
    bp = {
        "nav": [
            "U.S.",
            "World",
            "Politics",
            "Business",
            "Opinion",
            "Health",
            "Entertainment",
            "Style",
            "Travel",
            "Sports",
            "Videos",
            "Features",
            "More",
            "Live TV",
            "Edition",
        ],
        "ticker": ["Trending", "New Year's Eve", "Bomb cyclone", "Flu season", "Tax bill"],
        "read_also": [
            "Read More",
            "RELATED: 5 dead after small plane crashes near Florida airport",
            "Plane carrying 4 crashes into a Guatemala hillside",
        ],
        "promo": ["Paid Content", "The 10 best beaches you can fly to for under $300", "More from CNN"],
        "most_read": [
            "Most Read",
            "Bomb cyclone brings blizzard to the East Coast, 17 dead from cold",
            "Fire in Bronx apartment building kills 12",
        ],
        "share": ["Facebook", "Twitter", "Email", "Updated"],
        "caption": ["Photos: Costa Rica plane crash", "The wreckage of a Nature Air plane lies in a wooded area."],
        "cookie": [
            "By using this site, you agree to the Privacy Policy and Terms of Use.",
            "Close",
        ],
        "footer": [
            "Terms of Use",
            "Privacy Policy",
            "AdChoices",
            "About us",
            "CNN Studio Tours",
            "CNN Store",
            "Newsletters",
            "Transcripts",
            "License Footage",
            "CNN Newsource",
            "Sitemap",
            "© 2017 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.",
        ],
    }
    published = "2017-12-31T20:05:11Z"
    body = []
    for i, p in enumerate(paragraphs):
        if i == 0:
            p_html = e(p).replace("(CNN)", '<cite class="el-editorial-source">(CNN)</cite>')
            body.append(f'<div class="zn-body__paragraph speakable">{p_html}</div>')
        else:
            body.append(f'<div class="zn-body__paragraph">{e(p)}</div>')
        if i == 1:
            body.append(
                f'<div class="zn-body__read-more"><a href="/2017/12/31/us/crash/index.html">{e(bp["read_also"][0])}</a></div>'
            )
        if i == 2:
            body.append(
                '<div class="el__embedded el__embedded--standard"><div class="el__storyelement--standard">'
                f'<h3><a href="/2017/07/plane">{e(bp["read_also"][1])}</a></h3>'
                f'<h3><a href="/2017/05/guatemala">{e(bp["read_also"][2])}</a></h3></div></div>'
            )
    page = f"""<!DOCTYPE html>
<html class="no-js"><head>
<meta content="text/html; charset=utf-8" http-equiv="Content-Type">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">
<title>{e(title)} - CNN</title>
<meta content="{attr(paragraphs[0])}" name="description">
<meta content="{attr(title)}" property="og:title">
<meta content="article" property="og:type">
<meta content="{published}" property="article:published_time">
<meta content="2018-01-01T03:14:27Z" property="article:modified_time">
<meta content="us" name="section">
<script>window.CNN=window.CNN||{{}};CNN.contentModel={{"analytics":{{"pageTop":{{"headline":"{attr(title)}"}}}}}};</script>
</head>
<body class="pg-vertical pg-article">
<div class="user-msg user-msg--bottom" id="js-user-msg"><p>{e(bp["cookie"][0])}</p><a class="user-msg--close">{e(bp["cookie"][1])}</a></div>
<div class="pg-header"><div class="nav"><a class="logo" href="/">CNN</a>
<div class="nav-menu-links">{"".join(f'<a class="nav-menu-links__link" href="/{i}">{e(t)}</a>' for i, t in enumerate(bp["nav"]))}</div>
</div>
<div class="breaking-news"><span>{e(bp["ticker"][0])}</span>{"".join(f'<a href="/t/{i}">{e(t)}</a>' for i, t in enumerate(bp["ticker"][1:]))}</div>
</div>
<div class="pg-right-rail-tall pg-wrapper"><article class="pg-rail-tall pg-rail--align-right">
<div class="l-container"><h1 class="pg-headline">{e(title)}</h1>
<div class="metadata"><p class="metadata__byline">By <span class="metadata__byline__author">Holly Yan and Marilia Brocchetto, CNN</span></p>
<p class="update-time">{e(bp["share"][3])} 0314 GMT (1114 HKT) January 1, 2018</p>
<div class="share-bar">{" ".join(f'<a href="#">{e(s)}</a>' for s in bp["share"][:3])}</div></div></div>
<div class="l-container"><div class="pg-rail-tall__body" itemprop="articleBody"><section class="zn zn-body-text">
<div class="media__video--thumbnail"><div class="media__caption"><div class="el__gallery_title">{e(bp["caption"][0])}</div>
<div class="el__gallery-photocaption">{e(bp["caption"][1])}</div></div></div>
{chr(10).join(body)}
</section></div>
<div class="ob-widget ob-strip-layout"><span class="ob_what">{e(bp["promo"][0])}</span>
<a class="ob-dynamic-rec-link" href="https://paid.example/ad">{e(bp["promo"][1])}</a><h2>{e(bp["promo"][2])}</h2></div>
</div></article>
<div class="pg-rail-tall__rail"><h2>{e(bp["most_read"][0])}</h2><ul>
{links(bp["most_read"][1:], "cd", "/most-read/")}
</ul></div></div>
<footer class="l-footer"><ul class="m-footer__links">
{links(bp["footer"][:11], "m-footer__link", "/footer/")}
</ul><p class="m-footer__copyright">{e(bp["footer"][11])}</p></footer>
</body></html>
"""
    return page, {
        "case": case,
        "language": "en",
        "title": title,
        "paragraphs": paragraphs,
        "published": published[:10],
        "boilerplate": bp,
    }


# --- Page 5: a pan-Arab news site, "read also" as a link list and as a paragraph inside the body -------


def aljazeera() -> tuple[str, dict]:
    case = "marib-rocket-market"
    lines = [line for line in fixture_lines(case) if line]
    title, paragraphs = lines[0], lines[1:]
    bp = {
        "nav": [
            "الرئيسية",
            "أخبار",
            "سياسة",
            "اقتصاد",
            "رياضة",
            "تكنولوجيا",
            "صحة",
            "ثقافة",
            "آراء",
            "مدونات",
            "بث مباشر",
            "برامج",
            "الوثائقية",
            "المزيد",
        ],
        "ticker": [
            "آخر الأخبار",
            "مقتل 9 أشخاص في غارة للتحالف على صعدة",
            "الصليب الأحمر: 300 قتيل في معارك الحديدة خلال أسبوعين",
            "انفجار لغم يقتل 4 أطفال في تعز",
        ],
        "read_also": [
            "اقرأ أيضا",
            "قتلى وجرحى بقصف حوثي على حي سكني في تعز",
            "التحالف: اعتراض صاروخ باليستي أطلق باتجاه جازان",
            "الحوثيون يعلنون مقتل 12 جنديا سعوديا في نجران",
            "اقرأ أيضاً: مقتل 22 مدنياً بغارة على سوق في مديرية حيدان",
        ],
        "share": ["شارك", "واتساب", "فيسبوك", "تويتر", "نسخ الرابط"],
        "most_read": [
            "الأكثر قراءة",
            "غارات على الحديدة توقع 26 قتيلا بينهم أطفال",
            "الأمم المتحدة: 8 ملايين يمني على شفا المجاعة",
            "ولي العهد السعودي يصل إلى القاهرة",
        ],
        "cookie": [
            "نستخدم ملفات تعريف الارتباط (الكوكيز) لنتيح لك أفضل تجربة ممكنة على موقعنا",
            "أوافق",
            "إدارة الخيارات",
        ],
        "footer": [
            "من نحن",
            "مدونة السلوك",
            "الشروط والأحكام",
            "سياسة الخصوصية",
            "تفضيلات ملفات تعريف الارتباط",
            "اتصل بنا",
            "© 2018 شبكة الجزيرة الإعلامية",
        ],
    }
    attribution = "المصدر : الفرنسية + الجزيرة"  # the article's agency line: neither article text nor site chrome
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f"<p>{e(p)}</p>")
        if i == 1:
            body.append(
                f'<div class="more-on"><h2 class="more-on__heading">{e(bp["read_also"][0])}</h2><ul class="more-on__list">'
                + "".join(f'<li><a href="/news/2018/5/{k}">{e(t)}</a></li>' for k, t in enumerate(bp["read_also"][1:4]))
                + "</ul></div>"
            )
        if i == 4:
            label, _, headline = bp["read_also"][4].partition(": ")
            body.append(f'<p><strong>{e(label)}:</strong> <a href="/news/2018/5/20/haydan">{e(headline)}</a></p>')
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{e(title)} | أخبار | الجزيرة نت</title>
<meta name="description" content="{attr(paragraphs[0][:160])}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta name="publish-date" content="2018-05-22T08:14:00+03:00">
<meta name="pageType" content="Article">
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-0000-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body class="rtl">
<div class="cookie-policy-banner"><span>{e(bp["cookie"][0])}</span> <button>{e(bp["cookie"][1])}</button>
<button>{e(bp["cookie"][2])}</button></div>
<div class="site-header"><a class="site-logo" href="/">الجزيرة</a>
<ul class="menu header-menu">
{links(bp["nav"], "menu__item", "/")}
</ul></div>
<div class="breaking-news-ticker"><h2>{e(bp["ticker"][0])}</h2><marquee>{" ◆ ".join(e(t) for t in bp["ticker"][1:])}</marquee></div>
<div class="container container--white"><main id="main-content-area" class="article-main">
<header class="article-header"><div class="article-header__topics"><a href="/where/mideast/yemen">اليمن</a></div>
<h1>{e(title)}</h1>
<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نشر في</span><span aria-hidden="true">22/5/2018</span></div></div>
<div class="article-info-block"><ul class="social-share">{"".join(f'<li><a href="#">{e(s)}</a></li>' for s in bp["share"])}</ul></div>
</header>
<div class="wysiwyg wysiwyg--all-content">
{chr(10).join(body)}
</div>
<p class="article-source">{e(attribution)}</p>
</main>
<section class="article-trending"><h2>{e(bp["most_read"][0])}</h2><ul>
{links(bp["most_read"][1:], "trending-articles__item", "/news/trending/")}
</ul></section></div>
<footer class="site-footer"><ul class="site-footer__list">
{links(bp["footer"][:6], "site-footer__item", "/aboutus/")}
</ul><span class="site-footer__copyright">{e(bp["footer"][6])}</span></footer>
</body>
</html>
"""
    return page, {
        "case": case,
        "language": "ar",
        "title": title,
        "paragraphs": paragraphs,
        "published": "2018-05-22",
        "boilerplate": bp,
    }


BUILDERS = {
    "alaraby-deir-ez-zor.html": alaraby,
    "bbc-arabic-mogadishu.html": bbc_arabic,
    "nyt-croydon.html": nyt,
    "cnn-costa-rica.html": cnn,
    "aljazeera-marib.html": aljazeera,
}


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, build in BUILDERS.items():
        page, record = build()
        (PAGES / name).write_text(page, encoding="utf-8")
        manifest[name] = record
    (PAGES / "pages.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name in BUILDERS:
        print(f"{PAGES / name}: {(PAGES / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
