"""Live-blog splitting: one fixture page per adapter and per fallback shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.liveblog import REGISTRY, LiveBlog, split_liveblog

FIXTURES = Path(__file__).parent / "fixtures" / "liveblogs"
GUARDIAN = "https://www.theguardian.com/world/live/2025/jul/04/russia-ukraine-war-live-news"

# Page furniture every fixture carries; none of it may reach a post.
JUNK = (
    "Skip to main content",
    "Home",
    "Sign in",
    "Subscribe",
    "Sign up",
    "Share",
    "Copy link",
    "Facebook",
    "Read more",
    "Lire aussi",
    "Читайте також",
    "Читайте также",
    "Поделиться",
    "Поділитися",
    "Advertisement",
    "pic.twitter.com",
    "@KpsZSU",
    "July 4, 2025",
    "Photograph:",
    "Image source",
    "Image caption",
    "Support independent journalism",
    "Most viewed",
    "Privacy policy",
    "posted at",
)

# fixture -> (url, method, [(key, published, first words of the text)])
CASES: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "jsonld": (
        "https://ukrainewire.example/live/2025-07-04-russian-attack",
        "jsonld",
        [
            ("post-5", "2025-07-04T10:15:00+03:00", "Kyiv metro stations used as shelters"),
            ("post-4", "2025-07-04T08:02:00+03:00", "Russia launched 539 drones and 11 missiles"),
            ("t:2025-07-04T02:41:00+03:00:", "2025-07-04T02:41:00+03:00", "Explosions were heard"),
            ("post-2", "2025-07-04T01:05:00+03:00", "The air force warned of a massive"),
            ("post-1", "2025-07-03T22:30:00+03:00", "Good evening, this is our live"),
        ],
    ),
    "guardian": (
        GUARDIAN,
        "adapter:guardian",
        [
            (
                "block-6867c3f18f08b2a1d4e5f601",
                "2025-07-04T11:05:41.000Z",
                "Ukraine's foreign minister",
            ),
            ("block-6867b9d28f08b2a1d4e5f5f0", "2025-07-04T10:31:02.000Z", "Poland said it had"),
            (
                "block-6867a1b28f08a3c1d5b0e9f2",
                "2025-07-04T09:42:13.000Z",
                "Russia launched 539 drones",
            ),
            ("block-68679a448f08a3c1d5b0e9c1", "2025-07-04T09:10:55.000Z", "At least two people"),
            (
                "block-68678f0a8f08a3c1d5b0e980",
                "2025-07-04T08:31:20.000Z",
                "Volodymyr Zelenskyy said",
            ),
            ("block-686784318f08a3c1d5b0e911", "2025-07-04T07:58:03.000Z", "Hello and welcome"),
        ],
    ),
    "bbc": (
        "https://www.bbc.com/news/live/c4g0x1y2z3o",
        "adapter:bbc",
        [
            (
                "asset:7c1d2a9e-5b41-4f0e-9c1a-0d6f3b2e8a11",
                "2025-07-04T10:20:00.000Z",
                "Debris from a",
            ),
            (
                "asset:3e9b7f20-1c55-4d2a-8f3e-6a7b9c0d1e22",
                "2025-07-04T09:35:00.000Z",
                "Russia launched 539",
            ),
            (
                "asset:a0f4c3b1-8e27-4b6d-b5c9-2f1e0d9c8b33",
                "2025-07-04T08:50:00.000Z",
                "At least one person",
            ),
            (
                "asset:5d8e6f7a-9b0c-4d1e-a2f3-4b5c6d7e8f44",
                "2025-07-04T08:05:00.000Z",
                "Trains on several",
            ),
            (
                "asset:9f8e7d6c-5b4a-4392-8170-6a5b4c3d2e55",
                "2025-07-04T07:30:00.000Z",
                "Hello and welcome",
            ),
        ],
    ),
    "lemonde": (
        "https://www.lemonde.fr/international/live/2025/07/04/guerre-en-ukraine-en-direct_6600000_3210.html",
        "adapter:lemonde",
        [
            ("post-6011", "2025-07-04T08:10:00+02:00", "Au moins deux personnes"),
            ("post-6010", "2025-07-04T07:30:00+02:00", "La Russie a lancé 539 drones"),
            ("post-6009", "2025-07-04T06:02:00+02:00", "Le président ukrainien"),
            ("post-6008", "2025-07-04T00:45:00+02:00", "L'alerte aérienne est déclenchée"),
            # The clocks went up past midnight: this post is from the day before.
            ("post-6007", "2025-07-03T23:50:00+02:00", "Bonsoir et bienvenue"),
        ],
    ),
    "kyivindependent": (
        "https://kyivindependent.com/russia-launches-largest-drone-attack-live/",
        "adapter:kyivindependent",
        [
            (
                "t:2025-07-04T10:50:00+03:00:",
                "2025-07-04T10:50:00+03:00",
                "Ukraine's Air Force said",
            ),
            (
                "zelensky-calls-for-patriot-systems",
                "2025-07-04T10:05:00+03:00",
                "President Volodymyr",
            ),
            ("t:2025-07-04T09:20:00+03:00:", "2025-07-04T09:20:00+03:00", "Two people were killed"),
            ("power-outages-in-kyiv-oblast", "2025-07-04T08:40:00+03:00", "Power outages were"),
        ],
    ),
    "pravda": (
        "https://www.pravda.com.ua/news/2025/07/04/7521830/",
        "adapter:pravda",
        [
            ("post-7521904", "2025-07-04T11:12:00+03:00", "Через наслідки нічної атаки"),
            ("post-7521876", "2025-07-04T09:47:00+03:00", "У ніч на 4 липня Росія"),
            ("post-7521851", "2025-07-04T08:30:00+03:00", "У Києві загинули двоє"),
            ("post-7521833", "2025-07-04T07:15:00+03:00", "Президент Володимир Зеленський"),
        ],
    ),
    "aljazeera": (
        "https://www.aljazeera.com/news/liveblog/2025/7/4/russia-ukraine-war-live",
        "adapter:aljazeera",
        [
            ("update-3812045", "2025-07-04T10:40:00Z", "Russia's Ministry of Defence"),
            ("update-3812011", "2025-07-04T09:15:00Z", "Russia launched 539 drones"),
            ("update-3811987", "2025-07-04T08:30:00Z", "Thousands of Kyiv residents"),
            ("update-3811950", "2025-07-04T07:45:00Z", "Welcome to Al Jazeera's"),
        ],
    ),
    "meduza": (
        "https://meduza.io/live/2025/07/04/massirovannaya-ataka-na-kiev-onlayn",
        "adapter:meduza",
        [
            ("live-4f2a", "2025-07-04T13:05:00+03:00", "Мэр Киева Виталий Кличко"),
            ("live-4f29", "2025-07-04T11:48:00+03:00", "Россия ночью выпустила"),
            ("live-4f28", "2025-07-04T10:20:00+03:00", "Министерство обороны России"),
            ("live-4f27", "2025-07-04T09:02:00+03:00", "Ночью в Киеве прогремели"),
        ],
    ),
    "generic-articles": (
        "https://dniprodaily.example/live/aftermath",
        "generic",
        [
            ("entry-904", "2025-07-04T11:30:00+03:00", "Rescue workers are still"),
            ("entry-903", "2025-07-04T09:10:00+03:00", "Russia launched 120 drones and four"),
            ("entry-902", "2025-07-04T07:55:00+03:00", "Air raid alert lifted"),
            ("entry-901", "2025-07-04T06:30:00+03:00", "Good morning. This live page"),
        ],
    ),
    "generic-list": (
        "https://blacksea.example/ukraine-latest",
        "generic",
        [
            ("t:2025-07-04T11:58:00+00:00:", "2025-07-04T11:58:00+00:00", "Moldova says fragments"),
            (
                "t:2025-07-04T10:42:00+00:00:",
                "2025-07-04T10:42:00+00:00",
                "Russia launched 120 drones",
            ),
            ("t:2025-07-04T09:15:00+00:00:", "2025-07-04T09:15:00+00:00", "The Kremlin said talks"),
            ("t:2025-07-04T07:03:00+00:00:", "2025-07-04T07:03:00+00:00", "Residents of Odesa"),
            (
                "t:2025-07-04T00:20:00+00:00:",
                "2025-07-04T00:20:00+00:00",
                "Air raid sirens sounded",
            ),
        ],
    ),
}


def split(name: str, url: str | None = None) -> LiveBlog | None:
    page = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    return split_liveblog(page, url or CASES[name][0])


@pytest.mark.parametrize("name", sorted(CASES))
def test_posts_keys_times_and_first_words(name: str) -> None:
    url, method, expected = CASES[name]
    blog = split(name)
    assert blog is not None
    assert blog.method == method
    assert len(blog.posts) == len(expected)
    for post, (key, published, first_words) in zip(blog.posts, expected, strict=True):
        # Derived keys end in a hash of the first words; their time prefix is what we can pin.
        assert post.key == key if not key.startswith("t:") else post.key.startswith(key)
        assert post.published == published
        assert post.text.startswith(first_words), (post.key, post.text[:80])
        assert post.url.startswith(url.split("#")[0])


@pytest.mark.parametrize("name", sorted(CASES))
def test_keys_are_unique_and_stable(name: str) -> None:
    first, second = split(name), split(name)
    assert first is not None and second is not None
    keys = [post.key for post in first.posts]
    assert len(set(keys)) == len(keys)
    assert keys == [post.key for post in second.posts]


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_furniture_in_posts(name: str) -> None:
    blog = split(name)
    assert blog is not None
    for post in blog.posts:
        for part in (post.title or "", post.text):
            lines = part.splitlines()
            for junk in JUNK:
                if junk == "Home":  # a word that real text may contain: match whole lines only
                    assert junk not in lines, (post.key, part)
                else:
                    assert junk not in part, (post.key, junk, part)


def test_anchored_posts_link_to_their_anchor() -> None:
    blog = split("guardian")
    assert blog is not None
    assert blog.posts[0].url == f"{GUARDIAN}#block-6867c3f18f08b2a1d4e5f601"


def test_titles_and_updated_times() -> None:
    blog = split("guardian")
    assert blog is not None
    attack = blog.posts[2]
    assert (
        attack.title
        == "Russia launched 550 drones and 11 missiles overnight, says Ukraine's air force"
    )
    assert attack.updated == "2025-07-04T09:58:00.000Z"
    assert blog.posts[0].title is None
    jsonld = split("jsonld")
    assert jsonld is not None
    assert jsonld.posts[1].updated == "2025-07-04T09:30:00+03:00"


def test_embedded_tweet_keeps_its_text_not_its_chrome() -> None:
    blog = split("guardian")
    assert blog is not None
    assert "атакував 550 засобами" in blog.posts[2].text
    assert "Ukrainian Air Force (@" not in blog.posts[2].text


def test_plain_article_is_not_a_live_blog() -> None:
    assert (
        split_liveblog((FIXTURES / "plain-article.html").read_text(), "https://k.example/a") is None
    )


def test_jsonld_single_update_object() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate":
     {"@type": "BlogPosting", "@id": "https://x.example/live#u1", "headline": "One",
      "articleBody": "Russia launched 120 drones and four missiles overnight.",
      "datePublished": "2025-07-04T06:00:00+03:00"}}
    </script></head><body><p>x</p></body></html>"""
    blog = split_liveblog(page, "https://x.example/live")
    assert blog is not None and blog.method == "jsonld"
    assert [(p.key, p.title, p.published) for p in blog.posts] == [
        ("u1", "One", "2025-07-04T06:00:00+03:00")
    ]


def test_liveblogposting_without_updates_falls_through_to_the_adapter() -> None:
    page = (FIXTURES / "guardian.html").read_text()
    assert '"LiveBlogPosting"' in page
    blog = split_liveblog(page, GUARDIAN)
    assert blog is not None and blog.method == "adapter:guardian"


def test_adapters_recognise_saved_copies_by_markup() -> None:
    blog = split("guardian", url="file:///tmp/saved-page.html")
    assert blog is not None and blog.method == "adapter:guardian"


def test_registry_names_every_adapter() -> None:
    assert set(REGISTRY) == {
        "guardian",
        "bbc",
        "lemonde",
        "kyivindependent",
        "pravda",
        "aljazeera",
        "meduza",
    }
    for name, adapter in REGISTRY.items():
        assert adapter.name == name


def test_derived_key_survives_an_edit_after_the_first_words() -> None:
    page = (FIXTURES / "generic-list.html").read_text()
    before = split_liveblog(page, CASES["generic-list"][0])
    edited = page.replace(
        "Ninety drones and three missiles were downed.", "Ninety drones were downed."
    )
    after = split_liveblog(edited, CASES["generic-list"][0])
    assert before is not None and after is not None
    assert [p.key for p in before.posts] == [p.key for p in after.posts]
    assert before.posts[1].text != after.posts[1].text


def test_recrawl_of_a_modified_page() -> None:
    before, after = split("guardian"), split("guardian-modified", url=GUARDIAN)
    assert before is not None and after is not None
    old = {post.key: post for post in before.posts}
    new = {post.key: post for post in after.posts}
    added = new.keys() - old.keys()
    gone = old.keys() - new.keys()
    revised = {key for key in old.keys() & new.keys() if old[key].text != new[key].text}
    assert added == {"block-6867d4a08f08b2a1d4e5f7a2", "block-6867ce118f08b2a1d4e5f699"}
    assert gone == {"block-68678f0a8f08a3c1d5b0e980"}
    assert revised == {"block-6867a1b28f08a3c1d5b0e9f2"}
    assert new["block-6867a1b28f08a3c1d5b0e9f2"].updated == "2025-07-04T11:40:00.000Z"


def known_from(blog: LiveBlog) -> dict[str, str]:
    """What the store knows after storing these posts: markup hash -> key."""
    return {post.fingerprint: post.key for post in blog.posts if post.fingerprint}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_recrawl_of_the_same_page_reads_no_post_again(name: str) -> None:
    first = split(name)
    assert first is not None and all(post.fingerprint for post in first.posts)
    page = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    again = split_liveblog(page, CASES[name][0], known=known_from(first))
    assert again is not None and again.method == first.method
    assert all(post.unchanged and post.text == "" for post in again.posts)
    # Same posts, same keys and times, in the same order: gone-marking sees the whole page.
    assert [(p.key, p.published) for p in again.posts] == [
        (p.key, p.published) for p in first.posts
    ]


def test_a_recrawl_reads_only_the_added_and_edited_posts() -> None:
    before = split("guardian")
    assert before is not None
    page = (FIXTURES / "guardian-modified.html").read_text(encoding="utf-8")
    after = split_liveblog(page, GUARDIAN, known=known_from(before))
    full = split("guardian-modified", url=GUARDIAN)
    assert after is not None and full is not None
    read = {post.key for post in after.posts if not post.unchanged}
    # The two added posts and the edited one; every other post is known by its markup.
    assert read == {
        "block-6867d4a08f08b2a1d4e5f7a2",
        "block-6867ce118f08b2a1d4e5f699",
        "block-6867a1b28f08a3c1d5b0e9f2",
    }
    # What was read is exactly what a full split gives.
    complete = {post.key: post for post in full.posts}
    for post in after.posts:
        if not post.unchanged:
            assert post == complete[post.key]
    assert [p.key for p in after.posts] == [p.key for p in full.posts]
