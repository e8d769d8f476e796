"""`salvo crawl` of live blogs and Telegram channel pages: one update per post or message,
revisions, and posts deleted from the page kept as gone."""

from __future__ import annotations

import pytest

from monitor.replay import ReplayServer
from tests.conftest import FIXTURES, rows


@pytest.fixture
def live():
    with ReplayServer(FIXTURES / "liveblogs") as server:
        yield server


@pytest.fixture
def channel():
    with ReplayServer(FIXTURES / "telegram") as server:
        yield server


def test_live_blog_posts_are_updates_revised_added_and_gone(live, salvo):
    url = live.url("/live/guardian")
    # One page: the fixture's "Older" link (Guardian paging) is served the same page here.
    first = salvo("crawl", url, "--backfill", "1")
    assert first.returncode == 0, first.stderr
    assert "1 fetched, 6 new, 0 revised, 0 unchanged" in first.stdout
    assert "[adapter:guardian]" in first.stdout
    posts = rows(salvo.db, "SELECT key, kind, url, published FROM updates ORDER BY published")
    assert len(posts) == 6 and {p[1] for p in posts} == {"post"}
    assert all(p[0].startswith("block-") and p[2] == f"{url}#{p[0]}" for p in posts)
    assert all(p[3] for p in posts)

    again = salvo("crawl", url)
    assert "0 new, 0 revised, 6 unchanged" in again.stdout

    live.advance()  # one post edited, two added, one deleted
    changed = salvo("crawl", url)
    assert changed.returncode == 0, changed.stderr
    assert "2 new, 1 revised, 4 unchanged" in changed.stdout and "1 gone" in changed.stdout
    gone = rows(salvo.db, "SELECT key, text FROM updates WHERE gone_at IS NOT NULL")
    assert len(gone) == 1 and gone[0][1]  # kept, with its text
    revised = rows(salvo.db, "SELECT id FROM updates WHERE revision = 2")
    assert len(revised) == 1
    assert rows(salvo.db, "SELECT count(*) FROM updates") == [(8,)]


def test_json_ld_and_generic_live_blogs(live, salvo):
    result = salvo("crawl", live.url("/live/jsonld"), live.url("/live/generic"))
    assert result.returncode == 0, result.stderr
    assert "5 new" in result.stdout and "[jsonld]" in result.stdout
    assert "4 new" in result.stdout and "[generic]" in result.stdout


def test_pages_of_one_command_are_one_crawl_each_stored_apart(live, salvo):
    pages = ["/live/jsonld", "/live/generic", "/live/guardian", "/article"]
    result = salvo("crawl", *(live.url(page) for page in pages), "--backfill", "1")
    assert result.returncode == 0, result.stderr
    # One crawl: one robots.txt for the host, not one per page.
    assert live.hits()["/robots.txt"] == 1
    assert all(live.hits()[page] == 1 for page in pages)
    # Each page is its own source, summed up on its own line, in the order given.
    summaries = [line for line in result.stdout.splitlines() if " fetched, " in line]
    assert [line.split(": ", 1)[0] for line in summaries] == [live.url(p) for p in pages]
    stored = dict(rows(salvo.db, "SELECT source, count(*) FROM updates GROUP BY source"))
    assert [stored[live.url(page)] for page in pages] == [5, 4, 6, 1]


def test_plain_article_stays_one_update(live, salvo):
    result = salvo("crawl", live.url("/article"))
    assert result.returncode == 0, result.stderr
    assert "1 fetched, 1 new" in result.stdout and "[" not in result.stdout
    assert rows(salvo.db, "SELECT kind FROM updates") == [("page",)]


def test_channel_page_is_one_update_per_message(channel, salvo):
    url = channel.url("/s/kpszsu")
    first = salvo("crawl", url)
    assert first.returncode == 0, first.stderr
    # The first crawl backfills: two older pages through ?before=, 20 + 20 + 10 messages, less
    # the service message.
    assert "3 fetched, 49 new" in first.stdout and "[telegram]" in first.stdout
    assert channel.requests.count("/s/kpszsu") == 3
    messages = rows(salvo.db, "SELECT key, url, kind FROM updates ORDER BY key")
    assert len(messages) == 49 and {m[2] for m in messages} == {"message"}
    assert ("kpszsu/12399", "https://t.me/kpszsu/12399", "message") in messages
    # What the channel shows beside the text is kept: views, the edited mark, the origin.
    shown = {
        key: (views, edited, origin)
        for key, views, edited, origin in rows(
            salvo.db, "SELECT key, views, edited, forwarded_from FROM updates"
        )
    }
    assert shown["kpszsu/12396"] == (1_100_000, 0, None)
    assert shown["kpszsu/12394"][1] == 1
    assert shown["kpszsu/12385"][2].startswith("Генеральний штаб ЗСУ")
    assert [key for key, (_, edited, _) in shown.items() if edited] == ["kpszsu/12394"]
    assert [key for key, (_, _, origin) in shown.items() if origin] == ["kpszsu/12385"]
    # The morning summary's headline figures are read.
    summary = rows(
        salvo.db,
        "SELECT weapon, destroyed, date FROM reports JOIN updates"
        " ON updates.id = reports.update_id WHERE updates.key = 'kpszsu/12399'",
    )
    assert ("drone", 410, "2025-07-04") in summary
    # The Air Force's own channel speaks for the Air Force, whether a post says so or not.
    assert rows(salvo.db, "SELECT DISTINCT source FROM reports") == [("Ukrainian Air Force",)]
    # Afterwards only the newest page is read, and the older messages are not taken for gone.
    again = salvo("crawl", url).stdout
    assert "1 fetched, 0 new, 0 revised, 19 unchanged" in again and "gone" not in again
    channel.advance()
    edited = salvo("crawl", url)
    assert "0 new, 1 revised, 18 unchanged" in edited.stdout
    assert rows(salvo.db, "SELECT key FROM updates WHERE revision = 2") == [("kpszsu/12397",)]
    # The edit is marked; views move on messages seen again unchanged, too.
    after = dict(rows(salvo.db, "SELECT key, edited FROM updates WHERE edited = 1"))
    assert after == {"kpszsu/12394": 1, "kpszsu/12397": 1}
    assert rows(salvo.db, "SELECT views FROM updates WHERE key = 'kpszsu/12396'") == [(1_200_000,)]


def test_kind_page_keeps_a_live_blog_whole(live, salvo):
    result = salvo("crawl", "--kind", "page", live.url("/live/guardian"))
    assert result.returncode == 0, result.stderr
    assert "1 fetched, 1 new" in result.stdout and "[" not in result.stdout
    assert rows(salvo.db, "SELECT kind FROM updates") == [("page",)]
