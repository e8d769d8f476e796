"""A realistic replay corpus of any size for the benchmarks (issue 9).

    python bench/corpus.py OUT --pages 2000 --feeds 40 [--seed 1]

Writes OUT/replay.json (one round; serve it with monitor.replay.ReplayServer(OUT)), the files
it serves, and OUT/corpus.json, the index the benchmarks read: which paths are feeds, articles
and live blogs.

- `feeds` outlets, each with one language (en, fr, uk, ru) and one feed, RSS 2.0 or Atom,
  listing its share of the articles (newest first, like real feeds);
- articles of 5-50 KB, most of it the furniture trafilatura has to remove: cookie banner, site
  navigation, breadcrumbs, share bar, "most read" sidebar, related articles, newsletter box,
  comment form with comments, footer; about 40% carry attack figures, the rest do not;
- a few live blogs (1 per 400 pages, at least 2) of 200-500 posts each, in schema.org
  LiveBlogPosting JSON-LD (monitor.liveblog splits them) and rendered in the page too. They are
  not listed in the feeds: Salvo crawls them (`salvo crawl`), one update per post.

`pages` counts articles and live blogs together. Everything comes from random.Random(seed):
the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

LANGS = ("en", "fr", "uk", "ru")
FIGURE_SHARE = 0.4  # share of articles with attack figures
EPOCH = datetime(2025, 1, 1, 5, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Language:
    """Sentence templates and site furniture in one language."""

    titles: tuple[str, ...]
    figures: tuple[str, ...]  # {drones} {missiles} {down} {mdown} {region}
    filler: tuple[str, ...]  # {region} {n}
    regions: tuple[str, ...]
    nav: tuple[str, ...]
    cookie: str
    newsletter: str
    comment_labels: tuple[str, str, str, str]  # heading, name, comment, submit
    comments: tuple[str, ...]
    most_read: str
    related: str
    footer: tuple[str, ...]
    liveblog_title: str


LANGUAGES: dict[str, Language] = {
    "en": Language(
        titles=(
            "Overnight attack on {region}: what we know",
            "Air defences busy over {region} as alerts sound",
            "Officials assess damage in {region} after night of strikes",
            "Energy grid repairs continue in {region}",
            "Residents of {region} count the cost of another night",
        ),
        figures=(
            "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the "
            "Ukrainian air force said. Air defences shot down {down} drones and {mdown} missiles.",
            "The air force said Russia attacked with {drones} Shahed-type drones and decoys and "
            "{missiles} missiles; {down} drones were shot down or jammed.",
            "Overnight Russia fired {missiles} missiles and sent {drones} drones against Ukraine, "
            "according to the air force, which said {down} drones were destroyed.",
        ),
        filler=(
            "Emergency crews worked through the morning in {region}, clearing debris from "
            "residential buildings and restoring power to {n} households.",
            "The regional governor said schools in {region} would switch to remote lessons "
            "for the rest of the week.",
            "Analysts said the pattern of the strikes suggested an effort to wear down the "
            "energy system before winter.",
            "Local authorities in {region} opened {n} heating points for residents left "
            "without electricity.",
            "Rail operators reported delays of up to {n} minutes on routes through {region}.",
            "Several cars were damaged in a courtyard, and windows were blown out in nearby "
            "apartment blocks.",
            "The city council said it was still compiling a list of damaged property and "
            "urged residents to report broken windows.",
            "Volunteers handed out water and blankets at a shelter near the station.",
        ),
        regions=("Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Sumy"),
        nav=(
            "Home",
            "World",
            "Ukraine",
            "Europe",
            "Politics",
            "Business",
            "Opinion",
            "Analysis",
            "Video",
            "Podcasts",
            "Culture",
            "Sport",
            "Weather",
            "Newsletters",
        ),
        cookie="We use cookies to improve your experience, to analyse traffic and to show "
        "personalised advertising. By clicking Accept you agree to our use of cookies.",
        newsletter="Sign up for our morning briefing: the day's essential news in your inbox.",
        comment_labels=("Leave a comment", "Your name", "Your comment", "Post comment"),
        comments=(
            "Stay strong!",
            "Thanks for the reporting.",
            "When will this end?",
            "Great article, very informative.",
            "Sending support from abroad.",
        ),
        most_read="Most read",
        related="Related articles",
        footer=(
            "About us",
            "Contact",
            "Advertise",
            "Privacy policy",
            "Terms of use",
            "Cookie settings",
            "Careers",
            "Corrections",
            "RSS",
            "Accessibility",
        ),
        liveblog_title="Live: Russia's war in Ukraine, latest updates",
    ),
    "fr": Language(
        titles=(
            "Attaque nocturne sur {region} : ce que l'on sait",
            "La défense aérienne mobilisée au-dessus de {region}",
            "{region} évalue les dégâts après une nuit de frappes",
            "Réparations du réseau électrique à {region}",
            "À {region}, les habitants font le bilan d'une nouvelle nuit",
        ),
        figures=(
            "La Russie a lancé {drones} drones et {missiles} missiles sur l'Ukraine dans la "
            "nuit, selon l'armée de l'air ukrainienne. La défense aérienne a abattu {down} "
            "drones et {mdown} missiles.",
            "Selon l'armée de l'air, la Russie a attaqué avec {drones} drones de type Shahed et "
            "{missiles} missiles ; {down} drones ont été abattus.",
        ),
        filler=(
            "Les secours ont travaillé toute la matinée à {region} pour dégager les décombres "
            "et rétablir le courant dans {n} foyers.",
            "Le gouverneur régional a annoncé que les écoles de {region} passeraient à "
            "l'enseignement à distance jusqu'à la fin de la semaine.",
            "Selon plusieurs analystes, ces frappes visent à épuiser le système énergétique "
            "avant l'hiver.",
            "Les autorités locales ont ouvert {n} points de chauffage pour les habitants privés "
            "d'électricité.",
            "Des voitures ont été endommagées dans une cour et des fenêtres soufflées dans les "
            "immeubles voisins.",
            "Des bénévoles distribuaient de l'eau et des couvertures dans un abri près de la gare.",
        ),
        regions=("Kyiv", "Kharkiv", "Odessa", "Lviv", "Dnipro", "Zaporijia", "Soumy"),
        nav=(
            "Accueil",
            "International",
            "Ukraine",
            "Europe",
            "Politique",
            "Économie",
            "Opinions",
            "Vidéos",
            "Podcasts",
            "Culture",
            "Sport",
            "Météo",
            "Newsletters",
        ),
        cookie="Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience "
        "et afficher des publicités personnalisées. En cliquant sur Accepter, vous consentez.",
        newsletter="Inscrivez-vous à notre lettre du matin : l'essentiel de l'actualité.",
        comment_labels=("Laisser un commentaire", "Votre nom", "Votre commentaire", "Publier"),
        comments=(
            "Courage à l'Ukraine.",
            "Merci pour cet article.",
            "Quand cela finira-t-il ?",
            "Article très complet.",
            "Tout mon soutien.",
        ),
        most_read="Les plus lus",
        related="Sur le même sujet",
        footer=(
            "Qui sommes-nous",
            "Contact",
            "Publicité",
            "Confidentialité",
            "Mentions légales",
            "Gestion des cookies",
            "Recrutement",
            "Flux RSS",
            "Accessibilité",
        ),
        liveblog_title="En direct : la guerre en Ukraine",
    ),
    "uk": Language(
        titles=(
            "Нічна атака на {region}: що відомо",
            "Над {region} працювала протиповітряна оборона",
            "У {region} оцінюють наслідки нічного обстрілу",
            "Енергетики відновлюють мережі у {region}",
            "Мешканці {region} підраховують збитки",
        ),
        figures=(
            "У ніч на {day} противник атакував {total} засобами повітряного нападу: {drones} "
            "ударними БпЛА типу Shahed та дронами-імітаторами і {missiles} ракетами. "
            "Протиповітряною обороною збито {down} БпЛА та {mdown} ракет.",
            "Повітряні сили повідомили, що росіяни запустили {drones} дронів і {missiles} "
            "ракет; збито або подавлено {down} дронів.",
        ),
        filler=(
            "Рятувальники працювали весь ранок у {region}, розбираючи завали та відновлюючи "
            "електропостачання для {n} родин.",
            "Голова обласної адміністрації повідомив, що школи {region} до кінця тижня "
            "перейдуть на дистанційне навчання.",
            "Аналітики вважають, що удари мають на меті виснажити енергосистему перед зимою.",
            "Місцева влада відкрила {n} пунктів незламності для мешканців без світла.",
            "У дворі пошкоджено кілька автомобілів, у сусідніх будинках вибито вікна.",
            "Волонтери роздавали воду та ковдри в укритті біля вокзалу.",
        ),
        regions=("Київ", "Харків", "Одеса", "Львів", "Дніпро", "Запоріжжя", "Суми"),
        nav=(
            "Головна",
            "Новини",
            "Війна",
            "Політика",
            "Економіка",
            "Суспільство",
            "Світ",
            "Думки",
            "Відео",
            "Подкасти",
            "Культура",
            "Спорт",
        ),
        cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту та показувати "
        "релевантну рекламу. Натискаючи «Прийняти», ви погоджуєтеся.",
        newsletter="Підпишіться на ранкову розсилку: головне за ніч у вашій скриньці.",
        comment_labels=("Залишити коментар", "Ваше ім'я", "Ваш коментар", "Надіслати"),
        comments=("Слава Україні!", "Дякую за новини.", "Тримаймося.", "Дякую ППО!"),
        most_read="Найпопулярніше",
        related="Читайте також",
        footer=(
            "Про нас",
            "Контакти",
            "Реклама",
            "Політика конфіденційності",
            "Умови",
            "Налаштування cookie",
            "Вакансії",
            "RSS",
        ),
        liveblog_title="Онлайн: війна в Україні, головне",
    ),
    "ru": Language(
        titles=(
            "Ночная атака на {region}: что известно",
            "Над {region} работала ПВО",
            "В {region} оценивают последствия ночного удара",
            "Энергетики восстанавливают сети в {region}",
            "Жители {region} подсчитывают ущерб",
        ),
        figures=(
            "Минобороны России заявило, что за ночь дежурные средства ПВО перехватили и "
            "уничтожили {down} украинских беспилотников над {region_ru}.",
            "По данным Воздушных сил Украины, Россия запустила {drones} беспилотников и "
            "{missiles} ракет; сбито {down} беспилотников и {mdown} ракет.",
        ),
        filler=(
            "Спасатели всё утро разбирали завалы и восстанавливали электроснабжение для {n} семей.",
            "Губернатор сообщил, что школы до конца недели переходят на дистанционное обучение.",
            "Аналитики считают, что удары направлены на истощение энергосистемы перед зимой.",
            "Местные власти открыли {n} пунктов обогрева для жителей без электричества.",
            "Во дворе повреждены несколько автомобилей, в соседних домах выбиты окна.",
            "Волонтёры раздавали воду и одеяла в укрытии возле вокзала.",
        ),
        regions=("Киев", "Харьков", "Одесса", "Белгород", "Курск", "Брянск", "Москва"),
        nav=(
            "Главная",
            "Новости",
            "Политика",
            "Экономика",
            "Общество",
            "Мир",
            "Мнения",
            "Видео",
            "Подкасты",
            "Культура",
            "Спорт",
            "Погода",
        ),
        cookie="Мы используем файлы cookie для улучшения работы сайта и показа рекламы. "
        "Нажимая «Принять», вы соглашаетесь с их использованием.",
        newsletter="Подпишитесь на утреннюю рассылку: главное за ночь.",
        comment_labels=("Оставить комментарий", "Ваше имя", "Ваш комментарий", "Отправить"),
        comments=("Спасибо за новости.", "Когда это закончится?", "Держитесь.", "Жуть."),
        most_read="Самое читаемое",
        related="Читайте также",
        footer=(
            "О нас",
            "Контакты",
            "Реклама",
            "Конфиденциальность",
            "Правила",
            "Настройки cookie",
            "Вакансии",
            "RSS",
        ),
        liveblog_title="Онлайн: война в Украине, главное",
    ),
}
UK_MONTHS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip
RU_REGIONS = ("Белгородской областью", "Курской областью", "Брянской областью", "Черным морем")


@dataclass(frozen=True)
class Article:
    path: str
    file: str
    title: str
    published: datetime
    summary: str
    lang: str


def _figures(rng: random.Random, lang: Language, when: datetime) -> str:
    drones = rng.randint(40, 750)
    missiles = rng.randint(0, 40)
    down = rng.randint(drones // 2, drones)
    template = rng.choice(lang.figures)
    return template.format(
        drones=drones,
        missiles=missiles,
        down=down,
        mdown=rng.randint(0, missiles),
        total=drones + missiles,
        day=f"{when.day} {UK_MONTHS[when.month - 1]}",
        region_ru=rng.choice(RU_REGIONS),
    )


def _filler(rng: random.Random, lang: Language, region: str) -> str:
    sentences = rng.sample(lang.filler, k=rng.randint(2, min(4, len(lang.filler))))
    return " ".join(s.format(region=region, n=rng.randint(2, 900)) for s in sentences)


def _links(rng: random.Random, outlet: str, labels: tuple[str, ...], count: int) -> str:
    """A list of links to other (unserved) pages of the outlet: the bulk of real furniture."""
    items = []
    for _ in range(count):
        label = " ".join(rng.choice(labels) for _ in range(rng.randint(2, 6)))
        slug = rng.randrange(10**6)
        items.append(f'<li><a href="/{outlet}/story/{slug}.html">{escape(label)}</a></li>')
    return "".join(items)


def _chrome(rng: random.Random, lang: Language, outlet: str, rich: bool) -> tuple[str, str]:
    """Everything around the article: (before it, after it); a `rich` site has mega-menus."""
    links = 3 if rich else 0
    headlines = tuple(t.format(region=r) for t in lang.titles for r in lang.regions)
    nav = "".join(
        f'<li class="nav-item"><a href="/{outlet}/{i}">{escape(label)}</a>'
        f'<ul class="submenu">{_links(rng, outlet, lang.nav, links)}</ul></li>'
        for i, label in enumerate(lang.nav)
    )
    before = (
        f'<div id="cookie-banner" class="cookie consent"><p>{escape(lang.cookie)}</p>'
        '<button class="accept">OK</button><button class="reject">X</button>'
        '<a href="/privacy">Privacy</a></div>'
        f'<header class="site-header"><a class="logo" href="/{outlet}/">{outlet}</a>'
        f'<nav class="main-nav" role="navigation"><ul>{nav}</ul></nav>'
        '<form class="search" action="/search"><input name="q" type="search"></form></header>'
        f'<div class="breadcrumbs"><a href="/{outlet}/">{escape(lang.nav[0])}</a> &rsaquo; '
        f'<a href="/{outlet}/2">{escape(lang.nav[2])}</a></div>'
        '<div class="ad ad-leaderboard" data-slot="top">Advertisement</div>'
    )
    comments = "".join(
        f'<li class="comment"><span class="author">user{rng.randrange(9999)}</span>'
        f"<p>{escape(rng.choice(lang.comments))}</p></li>"
        for _ in range(rng.randint(0, 12 if rich else 3))
    )
    heading, name, comment, submit = lang.comment_labels
    after = (
        '<div class="share-bar"><a href="#">Facebook</a><a href="#">X</a>'
        '<a href="#">Telegram</a><a href="#">WhatsApp</a><a href="#">Email</a></div>'
        f'<section class="related"><h2>{escape(lang.related)}</h2><ul>'
        f"{_links(rng, outlet, headlines, rng.randint(6, 14) if rich else 3)}</ul></section>"
        f'<section class="newsletter"><p>{escape(lang.newsletter)}</p>'
        '<form><input type="email" name="email"><button>OK</button></form></section>'
        f'<section id="comments" class="comments"><h2>{escape(heading)}</h2><ol>{comments}</ol>'
        f'<form class="comment-form"><label>{escape(name)}<input name="author"></label>'
        f'<label>{escape(comment)}<textarea name="comment"></textarea></label>'
        f"<button>{escape(submit)}</button></form></section>"
    )
    sidebar = (
        f'<aside class="sidebar"><section class="most-read"><h2>{escape(lang.most_read)}</h2>'
        f"<ol>{_links(rng, outlet, headlines, 10 if rich else 4)}</ol></section>"
        '<div class="ad ad-mpu">Advertisement</div>'
        f'<section class="latest"><ul>{_links(rng, outlet, headlines, 2 * links)}</ul></section>'
        "</aside>"
    )
    footer = (
        '<footer class="site-footer"><ul>'
        + "".join(
            f'<li><a href="/{outlet}/p/{i}">{escape(x)}</a></li>' for i, x in enumerate(lang.footer)
        )
        + f"</ul><p>&copy; 2025 {outlet}. All rights reserved.</p></footer>"
    )
    return before, after + "</main>" + sidebar + footer


def article_page(
    rng: random.Random, lang_code: str, outlet: str, title: str, when: datetime, figures: bool
) -> tuple[str, str]:
    """(HTML of an article page of 5-50 KB, its first paragraph for the feed's summary)."""
    lang = LANGUAGES[lang_code]
    target = rng.randint(5_000, 50_000)
    region = rng.choice(lang.regions)
    before, after = _chrome(rng, lang, outlet, rich=target > 20_000)
    iso = when.isoformat()
    head = (
        f'<!DOCTYPE html><html lang="{lang_code}"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {outlet}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{escape(title)}">'
        f'<meta property="article:published_time" content="{iso}">'
        '<link rel="stylesheet" href="/static/site.css">'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "</script></head><body>"
    )
    opening = (
        f'<main class="content"><article class="story"><h1>{escape(title)}</h1>'
        f'<div class="byline">{outlet} &middot; <time datetime="{iso}">'
        f"{when:%d.%m.%Y %H:%M}</time></div>"
    )
    paragraphs = []
    if figures:
        paragraphs.append(_figures(rng, lang, when))
    parts = (head, before, opening, after, *map(escape, paragraphs))
    size = sum(len(part.encode("utf-8")) + 7 for part in parts) + 40
    while size < target or len(paragraphs) < 3:
        paragraph = _filler(rng, lang, region)
        grown = size + len(escape(paragraph).encode("utf-8")) + 7
        if grown > 49_500 and len(paragraphs) >= 3:
            break  # one more paragraph would pass 50 KB
        paragraphs.append(paragraph)
        size = grown
    # Figures are not always up front: some outlets lead with the damage.
    if figures and len(paragraphs) > 2 and rng.random() < 0.3:
        paragraphs.insert(2, paragraphs.pop(0))
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = head + before + opening + body + "</article>" + after + "</body></html>"
    return page, paragraphs[0]


def liveblog_page(rng: random.Random, lang_code: str, outlet: str, slug: str, day: datetime) -> str:
    """A live blog with 200-500 posts, newest first, as LiveBlogPosting JSON-LD and as HTML."""
    lang = LANGUAGES[lang_code]
    count = rng.randint(200, 500)
    before, after = _chrome(rng, lang, outlet, rich=True)
    posts = []
    for index in range(count):
        when = day + timedelta(minutes=3 * index)
        region = rng.choice(lang.regions)
        text = _filler(rng, lang, region)
        if rng.random() < 0.15:
            text = _figures(rng, lang, when) + " " + text
        title = rng.choice(lang.titles).format(region=region)
        posts.append((f"post-{index}", when, title, text))
    posts.reverse()
    url = f"{{{{base}}}}/{outlet}/live/{slug}.html"
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": lang.liveblog_title,
        "url": url,
        "coverageStartTime": day.isoformat(),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "url": f"{url}#{anchor}",
                "headline": title,
                "datePublished": when.isoformat(),
                "articleBody": text,
            }
            for anchor, when, title, text in posts
        ],
    }
    rendered = "".join(
        f'<div class="post" id="{anchor}"><time datetime="{when.isoformat()}">{when:%H:%M}</time>'
        f"<h2>{escape(title)}</h2><p>{escape(text)}</p></div>"
        for anchor, when, title, text in posts
    )
    script = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<!DOCTYPE html><html lang="{lang_code}"><head><meta charset="utf-8">'
        f"<title>{escape(lang.liveblog_title)}</title>"
        f'<script type="application/ld+json">{script}</script></head><body>{before}'
        f'<main class="content"><article class="liveblog"><h1>{escape(lang.liveblog_title)}</h1>'
        f"{rendered}</article>{after}</body></html>"
    )


def rss_feed(outlet: str, lang: str, articles: list[Article]) -> str:
    items = "".join(
        f"<item><title>{escape(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
        f'<guid isPermaLink="false">{outlet}-{Path(a.path).stem}</guid>'
        f"<pubDate>{format_datetime(a.published)}</pubDate>"
        f"<description>{escape(a.summary)}</description></item>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{outlet}</title><link>{{{{base}}}}/{outlet}/</link><language>{lang}</language>"
        f"<description>News from {outlet}</description>{items}</channel></rss>"
    )


def atom_feed(outlet: str, lang: str, articles: list[Article]) -> str:
    updated = articles[0].published.isoformat() if articles else EPOCH.isoformat()
    entries = "".join(
        f"<entry><title>{escape(a.title)}</title>"
        f'<link rel="alternate" href="{{{{base}}}}{a.path}"/>'
        f"<id>urn:{outlet}:{Path(a.path).stem}</id><updated>{a.published.isoformat()}</updated>"
        f"<published>{a.published.isoformat()}</published>"
        f"<summary>{escape(a.summary)}</summary></entry>"
        for a in articles
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="{lang}"><title>{outlet}</title><id>urn:{outlet}</id>'
        f"<updated>{updated}</updated>{entries}</feed>"
    )


def generate(folder: Path, pages: int, feeds: int, seed: int = 1) -> Path:
    """Write the corpus into `folder` (created if needed); return the path of replay.json."""
    if pages < 1 or feeds < 1:
        raise ValueError("pages and feeds must be at least 1")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pages").mkdir(exist_ok=True)
    (folder / "feeds").mkdir(exist_ok=True)
    liveblogs = min(pages, max(2, pages // 400))
    articles = pages - liveblogs
    outlets = [f"outlet{i:03d}-{LANGS[i % len(LANGS)]}" for i in range(feeds)]
    files: dict[str, str] = {}
    by_outlet: dict[int, list[Article]] = {i: [] for i in range(feeds)}
    for index in range(articles):
        owner = index % feeds
        outlet, lang_code = outlets[owner], LANGS[owner % len(LANGS)]
        # Spread over the first half of 2025, an attack report every few hours.
        when = EPOCH + timedelta(minutes=7 * index + rng.randrange(0, 300))
        title = rng.choice(LANGUAGES[lang_code].titles).format(
            region=rng.choice(LANGUAGES[lang_code].regions)
        )
        html, summary = article_page(
            rng, lang_code, outlet, title, when, figures=rng.random() < FIGURE_SHARE
        )
        name = f"pages/a{index:06d}.html"
        (folder / name).write_text(html, encoding="utf-8")
        path = f"/{outlet}/{when:%Y/%m/%d}/a{index:06d}.html"
        files[path] = name
        by_outlet[owner].append(Article(path, name, title, when, summary[:300], lang_code))
    live_paths = []
    for index in range(liveblogs):
        lang_code = LANGS[index % len(LANGS)]
        outlet = outlets[index % feeds]
        day = EPOCH + timedelta(days=3 * index)
        name = f"pages/live{index:03d}.html"
        slug = f"live-{index:03d}"
        html = liveblog_page(rng, lang_code, outlet, slug, day)
        (folder / name).write_text(html, encoding="utf-8")
        path = f"/{outlet}/live/{slug}.html"
        files[path] = name
        live_paths.append(path)
    feed_paths = []
    for owner, outlet in enumerate(outlets):
        listed = sorted(by_outlet[owner], key=lambda a: a.published, reverse=True)
        lang_code = LANGS[owner % len(LANGS)]
        if owner % 2:
            name, text = f"feeds/{outlet}.atom.xml", atom_feed(outlet, lang_code, listed)
            path = f"/{outlet}/atom.xml"
        else:
            name, text = f"feeds/{outlet}.rss.xml", rss_feed(outlet, lang_code, listed)
            path = f"/{outlet}/rss.xml"
        (folder / name).write_text(text, encoding="utf-8")
        files[path] = name
        feed_paths.append(path)
    manifest = folder / "replay.json"
    rounds = [{"name": f"bench corpus: {pages} pages, {feeds} feeds, seed {seed}", "files": files}]
    manifest.write_text(json.dumps({"rounds": rounds}, indent=0), encoding="utf-8")
    article_paths = [a.path for owner in range(feeds) for a in by_outlet[owner]]
    index_data = {
        "pages": pages,
        "feeds": feed_paths,
        "articles": article_paths,
        "liveblogs": live_paths,
        "files": files,
        "seed": seed,
    }
    (folder / "corpus.json").write_text(json.dumps(index_data, indent=0), encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created if needed)")
    parser.add_argument("--pages", type=int, default=2000, help="articles and live blogs")
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    manifest = generate(args.out, args.pages, args.feeds, args.seed)
    files = json.loads((args.out / "corpus.json").read_text(encoding="utf-8"))
    size = sum((args.out / name).stat().st_size for name in files["files"].values())
    print(
        f"{manifest}: {len(files['feeds'])} feeds, {len(files['articles'])} articles, "
        f"{len(files['liveblogs'])} live blogs, {size / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()
