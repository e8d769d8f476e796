"""Last fallback: a live blog written as one article body, each post a run of paragraphs that
opens with its clock time ("17:42 Вибухи у Харкові" in bold, then the text), as some outlets
publish their "online" pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from lxml import html

from monitor.liveblog.clean import detached_copy, fragment_text, runs
from monitor.liveblog.generic import MIN_POSTS, is_furniture
from monitor.liveblog.keys import element_fingerprint, known_post, make_post
from monitor.liveblog.model import Post
from monitor.liveblog.times import page_time, parse_clock, resolve_clocks

# A clock at the very start of a block, then the rest of its text.
_LEAD = re.compile(r"^\s*(\d{1,2}[:.]\d{2})(?!\d)\s*(?:[-–—|:]\s*)?(.*)$", re.DOTALL)
_BLOCKS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "li"})
_EMPHASIS = ("strong", "b")


def _lead(element: html.HtmlElement) -> tuple[str, str] | None:
    """(clock, rest of the text) when the block opens with a clock time."""
    if element.tag not in _BLOCKS:
        return None
    match = _LEAD.match(element.text_content())
    if not match or parse_clock(match[1]) is None:
        return None
    return match[1], match[2].strip()


def paragraph_posts(
    tree: html.HtmlElement, url: str, known: Mapping[str, str] | None = None
) -> list[Post] | None:
    """Posts cut from the body whose children most often open with a clock, or None."""
    leads = Counter(
        element.getparent()
        for element in tree.iter(*_BLOCKS)
        if element.getparent() is not None and _lead(element) and not is_furniture(element)
    )
    if not leads:
        return None
    body, count = leads.most_common(1)[0]
    if count < MIN_POSTS:
        return None
    segments = runs(body, _lead)
    clocks = [parse_clock(_lead(segment[0])[0]) for segment in segments]
    resolved = resolve_clocks(clocks, page_time(tree, url))
    posts = []
    for segment, published in zip(segments, resolved, strict=True):
        markup_hash = element_fingerprint(*segment)
        if known and (post := known_post(url, markup_hash, known, None, published)):
            posts.append(post)
            continue
        rest = _lead(segment[0])[1]
        # A bold lead with paragraphs after it is the post's headline; else it opens the text.
        headline = rest if rest and len(segment) > 1 and _all_emphasis(segment[0]) else None
        wrapper = html.Element("div")
        if rest and headline is None:
            opening = html.Element("p")
            opening.text = rest
            wrapper.append(opening)
        for element in segment[1:]:
            wrapper.append(detached_copy(element))
        posts.append(
            make_post(
                url,
                anchor=None,
                title=headline,
                text=fragment_text(wrapper),
                published=published,
                markup_hash=markup_hash,
            )
        )
    return posts


def _all_emphasis(element: html.HtmlElement) -> bool:
    """The block's whole text is bold (a headline), not just its clock."""
    bold = "".join(node.text_content() for node in element.iter(*_EMPHASIS))
    return len(bold.strip()) >= len(element.text_content().strip()) - 1


