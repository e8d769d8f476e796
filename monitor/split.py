"""A fetched document becomes one or more updates: a live blog gives one per post, a Telegram
channel page one per message, anything else one for the page."""

from __future__ import annotations

from collections.abc import Mapping

from monitor.diff import content_hash
from monitor.extract import Extracted, looks_like_html
from monitor.liveblog import split_liveblog
from monitor.models import Document, Update
from monitor.telegram import is_channel_page, parse_channel_page


def page_updates(document: Document, extracted: Extracted) -> list[Update]:
    """An article or a feed entry is one update, keyed by its feed id or else its URL."""
    title = document.title or extracted.title
    published = document.published or extracted.published
    return [
        Update(
            key=document.entry_key or document.url,
            url=document.url,
            title=title,
            text=extracted.text,
            published=published,
            content_hash=content_hash(title, extracted.text),
            entry_hash=document.entry_hash,
            kind="feed-entry" if document.entry_key else "page",
        )
    ]


def split_document(
    document: Document, known: Mapping[str, str] | None = None
) -> tuple[str, list[Update]] | None:
    """(method, updates) when the page holds many items (channel messages, live-blog posts);
    None when it is one article, to be extracted whole. A feed entry is always one update.

    `known`: markup hash -> key of the posts stored from this page; those come back
    `unchanged`, with no text."""
    hint = document.kind_hint
    if hint == "page" or document.entry_key is not None:
        return None
    if not looks_like_html(document.body, document.content_type):
        return None
    if hint in ("auto", "telegram") and is_channel_page(document.body, document.url):
        channel = parse_channel_page(document.body, document.url, keep_emoji=False)
        messages = [
            Update(
                key=message.key,
                url=message.url,
                title=None,
                text=message.text,
                published=message.published,
                content_hash=content_hash(None, message.text),
                kind="message",
                views=message.views,
                edited=message.edited,
                forwarded_from=message.forwarded_from,
            )
            for message in channel.posts
        ]
        return ("telegram", messages)
    if hint == "telegram":
        return None  # said to be a channel, but it is not: read it as one page
    blog = split_liveblog(document.body, document.url, known)
    if blog is None or not blog.posts:
        return None
    posts = [
        Update(
            key=post.key,
            url=post.url,
            title=post.title,
            text=post.text,
            published=post.published,
            content_hash="" if post.unchanged else content_hash(post.title, post.text),
            entry_hash=post.fingerprint,
            kind="post",
            unchanged=post.unchanged,
        )
        for post in blog.posts
    ]
    return (blog.method, posts)
