"""Live blogs: a page split into its posts, each with a stable key, or None for a plain page.

Order of trust: schema.org LiveBlogPosting JSON-LD, then a site adapter, then the generic
repeated-block detector. Pure: HTML in, posts out.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace

from lxml import html

from monitor.liveblog.adapters import REGISTRY, Adapter
from monitor.liveblog.generic import generic_posts
from monitor.liveblog.jsonld import jsonld_posts
from monitor.liveblog.keys import unique_posts
from monitor.liveblog.model import LiveBlog, Post, parse_page
from monitor.liveblog.paragraphs import paragraph_posts

__all__ = ["REGISTRY", "Adapter", "LiveBlog", "Post", "split_liveblog"]

log = logging.getLogger(__name__)


def split_liveblog(
    page: str, url: str, known: Mapping[str, str] | None = None
) -> LiveBlog | None:
    """The posts of a live-blog page, or None when the page is not a live blog.

    `known` maps the markup hashes of posts already stored to their keys: such a post comes
    back `unchanged`, its text not cleaned again, so a re-crawl costs what the new posts cost."""
    tree = parse_page(page)
    if tree is None:
        return None
    posts = jsonld_posts(tree, url, known)
    if posts:
        if _one_value_for_all(posts):
            # Some outlets give every update the blog's own start time and headline: the
            # page's HTML has the real ones.
            shown = _from_html(tree, url, None)
            if shown is not None:
                posts = _with_html_values(posts, shown.posts)
        return LiveBlog(method="jsonld", posts=unique_posts(posts))
    return _from_html(tree, url, known)


def _from_html(
    tree: html.HtmlElement, url: str, known: Mapping[str, str] | None
) -> LiveBlog | None:
    for name, adapter_class in REGISTRY.items():
        adapter = adapter_class()
        if adapter.matches(url, tree):
            posts = unique_posts(adapter.posts(tree, url, known))
            if posts:
                return LiveBlog(method=f"adapter:{name}", posts=posts)
            log.debug("adapter %s matched %s but found no posts", name, url)
    posts = generic_posts(tree, url, known)
    if posts:
        return LiveBlog(method="generic", posts=unique_posts(posts))
    posts = paragraph_posts(tree, url, known)
    if posts:
        return LiveBlog(method="paragraphs", posts=unique_posts(posts))
    return None


def _one_value_for_all(posts: list[Post]) -> bool:
    """Every post has the same time, or the same headline: the blog's, not theirs."""
    if len(posts) < 3:
        return False
    return len({post.published for post in posts}) == 1 or (
        len({post.title for post in posts}) == 1 and posts[0].title is not None
    )


def _with_html_values(posts: list[Post], shown: list[Post]) -> list[Post]:
    """The JSON-LD posts with the times and headlines of their HTML twins, matched by key
    ("abc" in JSON-LD, "block-abc" in the HTML), else by position when both list as many."""
    same_time = len({post.published for post in posts}) == 1
    same_title = len({post.title for post in posts}) == 1
    by_key = {post.key: post for post in shown}
    repaired = []
    for index, post in enumerate(posts):
        twin = by_key.get(post.key) or next(
            (other for key, other in by_key.items() if key.endswith(f"-{post.key}")), None
        )
        if twin is None and len(shown) == len(posts):
            twin = shown[index]
        if twin is not None:
            post = replace(
                post,
                published=twin.published if same_time and twin.published else post.published,
                title=twin.title if same_title else post.title,
            )
        repaired.append(post)
    return repaired
