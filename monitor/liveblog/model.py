"""What a live-blog split returns: the page's posts, each with a stable key."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Post:
    """One post of a live blog."""

    key: str  # stable identity: the post's own id/anchor, else time + first words
    url: str  # page url, plus "#anchor" when the post has one
    title: str | None
    text: str
    published: str | None  # ISO 8601 with the timezone the page gives
    updated: str | None = None


@dataclass(frozen=True)
class LiveBlog:
    """A page split into posts, and which method found them."""

    method: str  # "jsonld", "adapter:<name>" or "generic"
    posts: list[Post] = field(default_factory=list)
