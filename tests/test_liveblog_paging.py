"""A live blog that pages its older posts: the first crawl reads them, later ones do not."""

from __future__ import annotations

import json

from tests.conftest import rows

BLOG = "/live/2025-07-04-attack"


def blog_page(base: str, posts: list[int], next_page: int | None) -> str:
    updates = [
        {
            "@type": "BlogPosting",
            "url": f"{base}{BLOG}#post-{n}",
            "headline": f"Update {n}",
            "articleBody": f"Update number {n} of the night: air raid alerts in region {n}.",
            "datePublished": f"2025-07-04T0{n}:00:00+03:00",
        }
        for n in posts
    ]
    graph = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Live: Russian attack",
        "liveBlogUpdate": updates,
    }
    older = f'<link rel="next" href="?page={next_page}">' if next_page else ""
    return (
        f"<html><head><title>Live</title>{older}"
        f'<script type="application/ld+json">{json.dumps(graph)}</script></head>'
        "<body><h1>Live: Russian attack</h1></body></html>"
    )


def serve(httpserver, pages: dict[int, tuple[list[int], int | None]]) -> str:
    base = httpserver.url_for("").rstrip("/")
    for number, (posts, next_page) in pages.items():
        query = "" if number == 1 else f"page={number}"
        httpserver.expect_request(BLOG, query_string=query).respond_with_data(
            blog_page(base, posts, next_page), content_type="text/html"
        )
    return base


def blog_requests(httpserver) -> list[str]:
    return [request.full_path.rstrip("?") for request, _ in httpserver.log if request.path == BLOG]


def test_first_crawl_follows_older_pages_and_later_crawls_read_the_newest(httpserver, salvo):
    base = serve(httpserver, {1: ([7, 6], 2), 2: ([5, 4], 3), 3: ([3, 2], 4), 4: ([1], None)})
    first = salvo("crawl", f"{base}{BLOG}", "--backfill", "3")
    assert first.returncode == 0, first.stderr
    # Three pages read: posts 7 to 2; page 4 is past the depth asked for.
    assert sorted(rows(salvo.db, "SELECT title FROM updates")) == [
        (f"Update {n}",) for n in range(2, 8)
    ]
    assert blog_requests(httpserver) == [BLOG, f"{BLOG}?page=2", f"{BLOG}?page=3"]

    httpserver.clear_log()
    again = salvo("crawl", f"{base}{BLOG}", "--backfill", "3")
    assert again.returncode == 0, again.stderr
    assert blog_requests(httpserver) == [BLOG]
    # Older posts are not on the newest page: scrolled off, not deleted.
    assert rows(salvo.db, "SELECT count(*) FROM updates WHERE gone_at IS NOT NULL") == [(0,)]
    assert rows(salvo.db, "SELECT count(*) FROM updates") == [(6,)]


def test_an_article_is_one_page_whatever_it_links_to(httpserver, salvo):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/story").respond_with_data(
        '<html><head><title>Story</title><link rel="next" href="/story?page=2"></head><body>'
        "<article><h1>Story</h1><p>Kyiv's metro reopened after the night's air raid alert,"
        " the city said on Friday morning.</p></article></body></html>",
        content_type="text/html",
    )
    result = salvo("crawl", f"{base}/story", "--kind", "page")
    assert result.returncode == 0, result.stderr
    assert [r.path for r, _ in httpserver.log if r.path != "/robots.txt"] == ["/story"]
