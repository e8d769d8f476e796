"""Fallback for unknown outlets: repeated sibling blocks of one shape, each with a timestamp."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from lxml import html

from monitor.liveblog.clean import element_text, fragment_text
from monitor.liveblog.keys import element_fingerprint, known_post, make_post
from monitor.liveblog.model import Post
from monitor.liveblog.times import day_of, iso_or_none, page_time, parse_clock, resolve_clocks

MIN_POSTS = 3
MIN_POST_CHARS = 40  # a teaser list (time + headline) is not a live blog
_POST_TAGS = frozenset({"article", "li", "div", "section"})
_OUTSIDE = frozenset({"nav", "aside", "footer", "header", "form"})
# Sidebars and teaser lists carry times too; their containers say what they are.
_FURNITURE_CONTAINER = (
    "related",
    "most-read",
    "mostread",
    "popular",
    "trending",
    "sidebar",
    "menu",
    "recommend",
    "promo",
    "more-stories",
    "newsletter",
)


def _stamps(tree: html.HtmlElement) -> dict[html.HtmlElement, html.HtmlElement]:
    """Map each element to the first timestamp element inside it (one pass over the stamps)."""
    found: list[html.HtmlElement] = []
    for element in tree.iter("time", "span", "div", "p", "h2", "h3", "h4", "strong", "b", "a"):
        if element.tag == "time" and iso_or_none(element.get("datetime")):
            found.append(element)
        elif len(element) <= 2 and parse_clock(element.text_content()):
            found.append(element)
    # A <time datetime> beats a clock label around it: machine-readable times are exact.
    found.sort(key=lambda element: element.tag != "time")
    owner: dict[html.HtmlElement, html.HtmlElement] = {}
    for stamp in found:
        for ancestor in stamp.iterancestors():
            if ancestor in owner:
                break  # an earlier stamp already claimed this ancestor and all above it
            owner[ancestor] = stamp
    return owner


def is_furniture(element: html.HtmlElement) -> bool:
    """Inside navigation, a sidebar, a related-stories box: times there are not posts."""
    for ancestor in element.iterancestors():
        if ancestor.tag in _OUTSIDE:
            return True
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
        if any(word in names for word in _FURNITURE_CONTAINER):
            return True
    return False


def _shape(element: html.HtmlElement) -> tuple[str, str]:
    classes = element.get("class", "").split()
    return element.tag, classes[0] if classes else ""


def generic_posts(
    tree: html.HtmlElement, url: str, known: Mapping[str, str] | None = None
) -> list[Post] | None:
    """Posts of the largest group of same-shape sibling blocks that each hold a timestamp."""
    owner = _stamps(tree)
    groups: dict[tuple, list[html.HtmlElement]] = defaultdict(list)
    for element in owner:
        if element.tag in _POST_TAGS and element.getparent() is not None:
            groups[(element.getparent(), *_shape(element))].append(element)
    best: list[html.HtmlElement] = []
    best_size = 0
    for members in groups.values():
        if len(members) < MIN_POSTS or is_furniture(members[0]):
            continue
        sizes = [len(member.text_content().strip()) for member in members]
        if min(sizes) < MIN_POST_CHARS:
            continue
        if (len(members), sum(sizes)) > (len(best), best_size):
            best, best_size = members, sum(sizes)
    if not best:
        return None
    best.sort(key=lambda element: element.getparent().index(element))  # document order
    return _posts(best, owner, tree, url, known)


def _posts(
    members: list[html.HtmlElement],
    owner: dict[html.HtmlElement, html.HtmlElement],
    tree: html.HtmlElement,
    url: str,
    known: Mapping[str, str] | None,
) -> list[Post]:
    stamps = [owner[member] for member in members]
    # A full <time datetime> is exact; a date-only one dates the clock printed inside it.
    clocks = [
        None if iso_or_none(stamp.get("datetime")) else parse_clock(stamp.text_content())
        for stamp in stamps
    ]
    days = [day_of(stamp.get("datetime")) for stamp in stamps]
    resolved = resolve_clocks(clocks, page_time(tree, url), days)
    posts = []
    for member, stamp, from_clock in zip(members, stamps, resolved, strict=True):
        anchor = member.get("id") or _data_id(member)
        published = iso_or_none(stamp.get("datetime")) or from_clock
        markup_hash = element_fingerprint(member)
        if known and (post := known_post(url, markup_hash, known, anchor, published)):
            posts.append(post)
            continue
        title_el = next(
            (h for h in member.iter("h1", "h2", "h3", "h4") if stamp not in h.iter()), None
        )
        skip = [stamp] + ([title_el] if title_el is not None else [])
        posts.append(
            make_post(
                url,
                anchor=anchor,
                title=element_text(title_el),
                text=fragment_text(member, skip=skip),
                published=published,
                markup_hash=markup_hash,
            )
        )
    return posts


def _data_id(member: html.HtmlElement) -> str | None:
    post_id = member.get("data-post-id") or member.get("data-id")
    return f"post-{post_id}" if post_id else None
