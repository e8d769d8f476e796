"""Live blogs: a page split into its posts, each with a stable key, or None for a plain page.

Order of trust: schema.org LiveBlogPosting JSON-LD, then a site adapter, then the generic
repeated-block detector. Pure: HTML in, posts out.
"""

from __future__ import annotations

import logging

from monitor.liveblog.adapters import REGISTRY, Adapter
from monitor.liveblog.generic import generic_posts
from monitor.liveblog.jsonld import jsonld_posts
from monitor.liveblog.keys import unique_posts
from monitor.liveblog.model import LiveBlog, Post, parse_page

__all__ = ["REGISTRY", "Adapter", "LiveBlog", "Post", "split_liveblog"]

log = logging.getLogger(__name__)


def split_liveblog(page: str, url: str) -> LiveBlog | None:
    """The posts of a live-blog page, or None when the page is not a live blog."""
    tree = parse_page(page)
    if tree is None:
        return None
    posts = jsonld_posts(tree, url)
    if posts:
        return LiveBlog(method="jsonld", posts=unique_posts(posts))
    for name, adapter_class in REGISTRY.items():
        adapter = adapter_class()
        if adapter.matches(url, tree):
            posts = unique_posts(adapter.posts(tree, url))
            if posts:
                return LiveBlog(method=f"adapter:{name}", posts=posts)
            log.debug("adapter %s matched %s but found no posts", name, url)
    posts = generic_posts(tree, url)
    if posts:
        return LiveBlog(method="generic", posts=unique_posts(posts))
    return None
