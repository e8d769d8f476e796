"""The Telegram channel preview parser, over pages written to t.me/s markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.telegram import ChannelPage, is_channel_page, parse_channel_page, parse_views

PAGES = Path(__file__).parent / "fixtures" / "telegram"
AF_URL = "https://t.me/s/kpszsu"
CHROME = ("Please open Telegram", "VIEW IN TELEGRAM", "Forwarded from", "views", "Download")


def load(name: str, url: str = AF_URL, **options: bool) -> ChannelPage:
    return parse_channel_page((PAGES / name).read_text(encoding="utf-8"), url, **options)


def by_id(page: ChannelPage) -> dict[int, object]:
    return {message.post_id: message for message in page.messages}


@pytest.fixture(scope="module")
def page1() -> ChannelPage:
    return load("kpszsu-page1.html")


def test_first_page_channel_and_counts(page1):
    assert page1.channel == "kpszsu"
    assert page1.title == "Повітряні Сили ЗСУ / Air Force of the Armed Forces of Ukraine"
    assert len(page1.messages) == 20
    assert len(page1.posts) == 19  # the service message is flagged, and left out of posts
    # 12390 was deleted from the channel: ids are read, never inferred.
    assert [m.post_id for m in page1.messages] == [n for n in range(12381, 12402) if n != 12390]


def test_service_message_is_flagged(page1):
    service = [m for m in page1.messages if m.service]
    assert [(m.post_id, m.text) for m in service] == [(12386, "Channel photo updated")]
    assert service[0].views is None and not service[0].media_only
    assert 12386 not in {m.post_id for m in page1.posts}


def test_keys_urls_and_times(page1):
    summary = by_id(page1)[12399]
    assert summary.key == "kpszsu/12399"
    assert summary.url == "https://t.me/kpszsu/12399"
    assert summary.published == "2025-07-04T05:12:44+00:00"
    times = [m.published for m in page1.messages]
    assert all(times) and times == sorted(times)  # oldest first, as the page shows them


@pytest.mark.parametrize(
    ("shown", "number"),
    [
        ("950", 950),
        ("1.2K", 1200),
        ("4.1K", 4100),
        ("120K", 120_000),
        ("3.4M", 3_400_000),
        ("1,234", 1234),
        (" 12.6K ", 12_600),
        ("", None),
        (None, None),
        ("many", None),
    ],
)
def test_parse_views(shown, number):
    assert parse_views(shown) == number


def test_views_on_the_page(page1):
    messages = by_id(page1)
    assert messages[12381].views == 88_100
    assert messages[12396].views == 1_100_000
    assert messages[12401].views == 950
    assert messages[12398].views is None  # no counter in its footer


def test_edited_flag(page1):
    assert [m.post_id for m in page1.messages if m.edited] == [12394]


def test_forwarded_origin(page1):
    forwarded = {m.post_id: m.forwarded_from for m in page1.messages if m.forwarded_from}
    assert forwarded == {
        12385: "Генеральний штаб ЗСУ / General Staff of the Armed Forces of Ukraine"
    }
    assert by_id(page1)[12385].text.startswith("Оперативна інформація станом на 22:00 03.07.2025")


def test_media_only(page1):
    messages = by_id(page1)
    assert [m.post_id for m in page1.messages if m.media_only] == [12384]
    assert messages[12384].text == ""
    assert not messages[12383].media_only  # a photo with a caption has text
    assert messages[12388].text == "Робота мобільної вогневої групи на Київщині.\nТримаймо небо! 🇺🇦"


def test_summary_keeps_line_breaks_and_the_model_list(page1):
    lines = by_id(page1)[12399].text.split("\n")
    assert lines[0] == "⚡️ ЗБИТО/ПОДАВЛЕНО 432 ЦІЛІ: 22 РАКЕТИ ТА 410 ВОРОЖИХ БПЛА"
    assert lines[2] == (
        "У ніч на 4 липня (з 18:00 3 липня) противник здійснив комбінований удар ударними БпЛА, "
        "крилатими та балістичними ракетами."
    )
    destroyed = lines[lines.index(next(x for x in lines if x.startswith("💥"))) + 1 :][:5]
    assert destroyed == [
        "– 2 балістичні ракети Іскандер-М;",
        "– 11 крилатих ракет Х-101;",
        "– 5 крилатих ракет «Калібр»;",
        "– 4 керовані авіаційні ракети Х-59/69;",
        "– 410 ворожих БпЛА типу Shahed та дронів-імітаторів різних типів.",
    ]
    assert "збито/подавлено 432 цілі:" in lines[lines.index(destroyed[0]) - 1]  # <b>432</b> inline
    assert "" in lines  # paragraph breaks survive as empty lines
    assert lines[-2:] == ["✊ Тримаймо небо!", "🇺🇦 Разом – до перемоги!"]


def test_emoji_become_characters_or_are_dropped(page1):
    assert by_id(page1)[12389].text.startswith("⚠️ Загроза застосування балістичного")
    plain = by_id(load("kpszsu-page1.html", keep_emoji=False))
    assert plain[12389].text.startswith("Загроза застосування балістичного")
    assert (
        plain[12399].text.split("\n")[0]
        == "ЗБИТО/ПОДАВЛЕНО 432 ЦІЛІ: 22 РАКЕТИ ТА 410 ВОРОЖИХ БПЛА"
    )
    assert plain[12388].text.endswith("Тримаймо небо!")


def test_links_spoilers_and_replies(page1):
    messages = by_id(page1)
    assert messages[12400].text == (
        "Дякуємо всім, хто тримав небо цієї ночі!\n"
        "На запитання підписників: так, вибухи над Києвом – це робота ППО.\n"
        "Більше відео – на нашій сторінці у Facebook."
    )
    # A reply shows the quoted post; only the reply's own words are its text.
    assert messages[12393].text == "Повторна загроза застосування балістичного озброєння з півдня!"


def test_no_chrome_in_texts():
    for name in sorted(PAGES.glob("*.html")):
        for message in parse_channel_page(name.read_text(encoding="utf-8"), AF_URL).messages:
            assert not any(chrome in message.text for chrome in CHROME), (name, message.key)
            assert "http" not in message.text and "<" not in message.text
    reacted = by_id(load("kpszsu-page1.html"))[12389]
    assert "4.1K" not in reacted.text and "🙏" not in reacted.text  # reactions are footer


def test_backfill_chain_over_three_pages(page1):
    served = {
        AF_URL: "kpszsu-page1.html",
        "https://t.me/s/kpszsu?before=12381": "kpszsu-page2.html",
        "https://t.me/s/kpszsu?before=12361": "kpszsu-page3.html",
    }
    url: str | None = AF_URL
    pages = []
    while url:
        page = load(served[url], url)
        pages.append(page)
        url = page.older_url
    assert [p.before for p in pages] == [12381, 12361, None]
    assert [len(p.messages) for p in pages] == [20, 20, 10]
    # Each older page holds only posts older than the id it was asked with.
    assert max(m.post_id for m in pages[1].messages) < pages[0].before
    assert max(m.post_id for m in pages[2].messages) < pages[1].before
    keys = [m.key for p in pages for m in p.posts]
    assert len(keys) == len(set(keys)) == 49
    assert pages[2].messages[0].published == "2025-07-01T18:05:00+00:00"


def test_newer_link_is_not_taken_for_older():
    page2 = load("kpszsu-page2.html", "https://t.me/s/kpszsu?before=12381")
    assert page2.before == 12361  # the page also links ?after=12380, towards newer posts
    assert page2.older_url == "https://t.me/s/kpszsu?before=12361"
    assert [m.post_id for m in page2.messages if m.media_only] == [12367]


def test_edited_page_gives_same_keys_and_one_changed_text(page1):
    again = load("kpszsu-page1-edited.html")
    assert [m.key for m in again.messages] == [m.key for m in page1.messages]
    before, after = by_id(page1), by_id(again)
    changed = [n for n in before if before[n].text != after[n].text]
    assert changed == [12397]
    assert not before[12397].edited and after[12397].edited
    assert after[12397].text.endswith("Київ, Київщина, Черкащина.")
    assert after[12397].published == before[12397].published
    assert after[12396].views > before[12396].views  # counters move between polls; text did not


def test_russian_ministry_page():
    page = load("mod_russia-page.html", "https://t.me/s/mod_russia")
    assert (page.channel, page.title) == ("mod_russia", "Минобороны России")
    assert [m.post_id for m in page.messages] == list(range(53210, 53222))
    assert page.older_url == "https://t.me/s/mod_russia?before=53210"
    messages = by_id(page)
    assert "дежурные средства ПВО перехватили и уничтожили 48 украинских" in messages[53216].text
    assert "▫️ 21 – над территорией Брянской области," in messages[53216].text.split("\n")
    assert messages[53218].views == 3_400_000
    assert messages[53218].text.endswith("Подробнее: function.mil.ru")
    assert messages[53219].forwarded_from == "Минобороны России / Russian MoD (English)"
    assert [m.post_id for m in page.messages if m.edited] == [53215]
    assert [m.post_id for m in page.messages if m.media_only] == [53211]
    assert not messages[53220].media_only  # an album with a caption


ARTICLE = "<html><head><title>News</title></head><body><p>Air defence downed 48 drones.</p></body>"
CONTACT = (
    '<html><body><div class="tgme_page"><div class="tgme_page_title">Повітряні Сили</div>'
    '<div class="tgme_page_description">If you have Telegram, you can contact right away.</div>'
    "</div></body></html>"
)


@pytest.mark.parametrize("html", [ARTICLE, CONTACT, "", "not html at all"])
def test_not_a_channel_page_raises_one_line(html):
    with pytest.raises(ParseError) as raised:
        parse_channel_page(html, "https://example.org/news\n/48-drones")
    message = str(raised.value)
    assert "\n" not in message
    assert "not a Telegram channel preview" in message
    assert "https://example.org/news /48-drones" in message


def test_is_channel_page():
    html = (PAGES / "kpszsu-page1.html").read_text(encoding="utf-8")
    assert is_channel_page(html, AF_URL)
    assert is_channel_page(html)  # a saved copy: the markup is enough
    assert is_channel_page(html, "http://127.0.0.1:8000/mirror/kpszsu.html")
    assert is_channel_page("", "https://t.me/s/kpszsu?before=12381")  # routed by its URL
    assert is_channel_page("", "t.me/s/kpszsu")
    assert not is_channel_page(ARTICLE, "https://example.org/news")
    assert not is_channel_page(CONTACT, "https://t.me/kpszsu")  # the channel's contact page
    assert not is_channel_page("", None)


def test_mirrored_page_takes_channel_from_the_markup():
    page = load("kpszsu-page1.html", "http://127.0.0.1:8000/mirror/page.html")
    assert page.channel == "kpszsu"
    assert page.older_url == "https://t.me/s/kpszsu?before=12381"


def wrap(inner: str, post: str = "kpszsu/7", classes: str = "") -> str:
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message {classes}"'
        f' data-post="{post}"><div class="tgme_widget_message_bubble">{inner}</div></div></div>'
    )


REPLY = (
    '<a class="tgme_widget_message_reply" href="#">'
    '<span class="tgme_widget_message_forwarded_from_name">Інший канал</span>'
    '<div class="tgme_widget_message_text">quoted</div></a>'
)
# Pretty-printed, with an emoji that has only its image (no <b>), a comment and a quote block.
PRETTY = (
    '\n  <div class="tgme_widget_message_text js-message_text">\n    Ракета\n    на Київ!<br/>'
    '<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/E29AA1.png\')">'
    "</i> Увага<!-- a comment --><blockquote>Цитата</blockquote>після</div>"
)


def test_odd_markup_is_tolerated():
    html = "".join(
        [
            wrap("", post="kpszsu/5"),  # nothing at all: no text, no date, no views
            wrap('<div class="tgme_widget_message_text">x</div>', post="not a post id"),
            wrap(
                '<div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta">'
                '<span class="tgme_widget_message_edited">edited</span>'
                '<a class="tgme_widget_message_date"><time datetime="yesterday">?</time></a>'
                '</span><span class="tgme_widget_message_views">lots</span></div>',
                post="kpszsu/6",
            ),
            wrap(REPLY + PRETTY, post="kpszsu/7"),
            wrap('<div class="tgme_widget_message_text">копія</div>', post="kpszsu/7"),
        ]
    )
    page = parse_channel_page(html, "https://t.me/s/kpszsu")
    assert [m.key for m in page.messages] == ["kpszsu/5", "kpszsu/6", "kpszsu/7"]
    empty, odd, quoted = page.messages
    assert (empty.text, empty.published, empty.views, empty.media_only) == ("", None, None, False)
    assert odd.edited and odd.published is None and odd.views is None
    assert quoted.text == "Ракета на Київ!\n⚡ Увага\nЦитата\nпісля"
    assert quoted.forwarded_from is None  # the quoted post's origin is not this post's
    assert page.title is None
    # No history section (a fragment of messages only): the oldest id leads further back.
    assert page.before == 5
    assert page.older_url == "https://t.me/s/kpszsu?before=5"


def test_saved_page_with_xml_declaration_and_no_header():
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + wrap(
        '<div class="tgme_widget_message_text">Швидкісна ціль на Одесу!</div>', post="kpszsu/42"
    )
    page = parse_channel_page(html, "file:///tmp/saved.html")
    assert page.channel == "kpszsu"  # from the posts' own ids
    assert page.messages[0].text == "Швидкісна ціль на Одесу!"
