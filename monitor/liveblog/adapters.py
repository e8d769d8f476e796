"""Site adapters: one small class per outlet, registered by name, each a set of XPaths.

An adapter recognises its pages by markup (so a saved or mirrored copy works too); adapters whose
markup is too common to be a signature also require the outlet's host or og:site_name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

from lxml import html

from monitor.liveblog.clean import detached_copy, element_text, fragment_text, runs
from monitor.liveblog.keys import element_fingerprint, known_post, make_post
from monitor.liveblog.model import Post
from monitor.liveblog.times import iso_or_none, page_time, parse_clock, resolve_clocks

REGISTRY: dict[str, type[Adapter]] = {}


def register(cls: type[Adapter]) -> type[Adapter]:
    """Add an adapter class to the registry under its `name`."""
    REGISTRY[cls.name] = cls
    return cls


def _has_class(name: str) -> str:
    """XPath predicate: the element has `name` as one of its class tokens."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _first(element: html.HtmlElement, xpath: str) -> html.HtmlElement | str | None:
    if not xpath:
        return None
    found = element.xpath(xpath)
    return found[0] if found else None


class Adapter:
    """Posts of one outlet's live pages, described by XPaths relative to the page and each post."""

    name: ClassVar[str] = ""
    hosts: ClassVar[tuple[str, ...]] = ()
    site_names: ClassVar[tuple[str, ...]] = ()
    needs_site: ClassVar[bool] = False  # the markup alone is too common to trust
    items: ClassVar[str] = ""  # the post containers, from the page root
    title: ClassVar[str] = ""  # the headline element, from a post
    stamp: ClassVar[str] = ".//time/@datetime"  # an ISO time attribute
    clock: ClassVar[str] = ""  # a clock label ("10:42"), when the page gives no ISO time
    updated: ClassVar[str] = ""  # an ISO "updated at" attribute
    body: ClassVar[str] = ""  # the post's body element; else the whole post minus `skip`
    skip: ClassVar[str] = ""  # parts of a post that are not its text (header, time, headline)

    def matches(self, url: str, tree: html.HtmlElement) -> bool:
        """True when the page is one of this outlet's live pages."""
        if self.needs_site and not self.is_site(url, tree):
            return False
        return bool(tree.xpath(self.items))

    def is_site(self, url: str, tree: html.HtmlElement) -> bool:
        """The page comes from this outlet, by host or by its og:site_name."""
        host = (urlsplit(url).hostname or "").lower()
        if any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        names = [n.casefold() for n in tree.xpath("//meta[@property='og:site_name']/@content")]
        return any(site.casefold() in name for site in self.site_names for name in names)

    def anchor(self, item: html.HtmlElement) -> str | None:
        """The post's own id: its id attribute, else its data-post-id."""
        if item.get("id"):
            return item.get("id")
        post_id = item.get("data-post-id") or item.get("data-id")
        return f"post-{post_id}" if post_id else None

    def posts(
        self, tree: html.HtmlElement, url: str, known: Mapping[str, str] | None = None
    ) -> list[Post]:
        """Every post of the page, in page order (newest first on live pages); those whose
        markup is `known` (hash -> stored key) come back unchanged, their text not read."""
        items = tree.xpath(self.items)
        clocks = [self._clock(item) for item in items]
        resolved = resolve_clocks(clocks, page_time(tree, url))
        posts = []
        for item, from_clock in zip(items, resolved, strict=True):
            stamp = _first(item, self.stamp)
            published = iso_or_none(str(stamp)) if stamp else from_clock
            markup_hash = element_fingerprint(item)
            anchor = self.anchor(item)
            if known and (post := known_post(url, markup_hash, known, anchor, published)):
                posts.append(post)
                continue
            title_el = _first(item, self.title)
            skip = list(item.xpath(self.skip)) if self.skip else []
            if isinstance(title_el, html.HtmlElement):
                skip.append(title_el)
            body = _first(item, self.body)
            if isinstance(body, html.HtmlElement):
                text = fragment_text(body, skip=[el for el in skip if _inside(el, body)])
            else:
                text = fragment_text(item, skip=skip)
            updated = _first(item, self.updated)
            posts.append(
                make_post(
                    url,
                    anchor=anchor,
                    title=element_text(title_el)
                    if isinstance(title_el, html.HtmlElement)
                    else None,
                    text=text,
                    published=published,
                    updated=iso_or_none(str(updated)) if updated else None,
                    markup_hash=markup_hash,
                )
            )
        return posts

    def _clock(self, item: html.HtmlElement) -> tuple | None:
        label = _first(item, self.clock)
        if label is None or _first(item, self.stamp):
            return None
        text = label if isinstance(label, str) else label.text_content()
        return parse_clock(text)


def _inside(element: html.HtmlElement, ancestor: html.HtmlElement) -> bool:
    return any(node is ancestor for node in element.iterancestors())


@register
class Guardian(Adapter):
    """theguardian.com live blogs: <article id="block-…" class="block"> in #liveblog-body."""

    name = "guardian"
    hosts = ("theguardian.com",)
    items = (
        f"//*[@id='liveblog-body']//*[(self::article or self::div) and starts-with(@id, 'block-')"
        f" and {_has_class('block')}]"
    )
    title = ".//header//h2 | .//h2[contains(@class, 'block-title')]"
    stamp = ".//header//time/@datetime | .//p[contains(@class, 'block-time')]//time/@datetime"
    updated = ".//footer//time/@datetime"
    body = ".//*[contains(@class, 'block-elements')]"
    skip = ".//header | .//footer"


@register
class BBC(Adapter):
    """bbc.co.uk / bbc.com live pages: data-testid="content-post" items, or older lx-stream-post."""

    name = "bbc"
    hosts = ("bbc.co.uk", "bbc.com")
    items = f"//*[@data-testid='content-post'] | //article[{_has_class('lx-stream-post')}]"
    title = ".//h3 | .//*[contains(@class, 'lx-stream-post__header-title')]"
    clock = ".//*[contains(@class, 'qa-post-auto-meta')] | .//time"
    body = (
        ".//*[contains(@class, 'lx-stream-post-body')]"
        " | .//*[contains(@class, 'RichTextContainer')]"
    )
    skip = ".//header | .//*[contains(@class, 'visually-hidden')]"

    def anchor(self, item: html.HtmlElement) -> str | None:
        """BBC post ids ("post_5f…", "asset:…") on the post or its list item."""
        return item.get("id") or item.get("data-post-id") or item.getparent().get("id")


@register
class LeMonde(Adapter):
    """lemonde.fr "en direct": <section class="post" data-post-id> with a <span class="date">."""

    name = "lemonde"
    hosts = ("lemonde.fr",)
    site_names = ("Le Monde",)
    needs_site = True  # "post" is every CMS's class
    items = (
        f"//section[{_has_class('post')}][@data-post-id]"
        f" | //div[{_has_class('post')}][@data-post-id]"
    )
    title = ".//h2 | .//*[contains(@class, 'title')]"
    clock = ".//span[contains(@class, 'date')]"
    body = ".//*[contains(@class, 'content--live')]"
    skip = ".//*[contains(@class, 'header-content')]"

    def anchor(self, item: html.HtmlElement) -> str | None:
        """Le Monde's own post number."""
        return f"post-{item.get('data-post-id')}"


@register
class KyivIndependent(Adapter):
    """kyivindependent.com live updates: a Ghost post body cut into posts at each time heading."""

    name = "kyivindependent"
    hosts = ("kyivindependent.com",)
    site_names = ("The Kyiv Independent", "Kyiv Independent")
    needs_site = True
    items = "//*[contains(@class, 'gh-content')]"
    _heading = re.compile(r"^h[2-4]$")

    def matches(self, url: str, tree: html.HtmlElement) -> bool:
        """The outlet's page and at least two time headings in its body."""
        if not self.is_site(url, tree):
            return False
        content = tree.xpath(self.items)
        return bool(content) and len(self._segments(content[0])) >= 2

    def _segments(self, content: html.HtmlElement) -> list[list[html.HtmlElement]]:
        """The body's children, grouped from one time heading to the next."""
        return runs(
            content,
            lambda child: self._heading.match(child.tag) and parse_clock(child.text_content()),
            skip=frozenset({"hr"}),
        )

    def posts(
        self, tree: html.HtmlElement, url: str, known: Mapping[str, str] | None = None
    ) -> list[Post]:
        """One post per time heading: headline from a following heading, text until the next."""
        segments = self._segments(tree.xpath(self.items)[0])
        clocks = [parse_clock(segment[0].text_content()) for segment in segments]
        stamps = [_first(segment[0], ".//time/@datetime") for segment in segments]
        resolved = resolve_clocks(clocks, page_time(tree, url))
        posts = []
        for segment, stamp, from_clock in zip(segments, stamps, resolved, strict=True):
            title_el = next((el for el in segment[1:2] if self._heading.match(el.tag)), None)
            anchor = title_el.get("id") if title_el is not None else None
            published = iso_or_none(str(stamp)) if stamp else from_clock
            markup_hash = element_fingerprint(*segment)
            if known and (post := known_post(url, markup_hash, known, anchor, published)):
                posts.append(post)
                continue
            wrapper = html.Element("div")
            for element in segment[1:]:
                if element is not title_el:
                    wrapper.append(detached_copy(element))
            posts.append(
                make_post(
                    url,
                    anchor=anchor,
                    title=element_text(title_el),
                    text=fragment_text(wrapper),
                    published=published,
                    markup_hash=markup_hash,
                )
            )
        return posts


@register
class UkrainskaPravda(Adapter):
    """pravda.com.ua live pages: <article class="post" id="post-…"> with a post_time label."""

    name = "pravda"
    hosts = ("pravda.com.ua",)
    site_names = ("Українська правда", "Ukrainska Pravda", "Ukrainska pravda")
    needs_site = True
    items = f"//article[{_has_class('post')}]"
    title = ".//*[contains(@class, 'post_title')] | .//h2"
    clock = ".//*[contains(@class, 'post_time')]"
    body = ".//*[contains(@class, 'post_text')]"
    skip = ".//*[contains(@class, 'post_time')]"


@register
class AlJazeera(Adapter):
    """aljazeera.com live blogs: card-live items in the liveblog-timeline."""

    name = "aljazeera"
    hosts = ("aljazeera.com",)
    items = f"//*[contains(@class, 'liveblog-timeline')]//*[{_has_class('card-live')}]"
    title = ".//*[contains(@class, 'card-live__title')] | .//h2"
    stamp = ".//time/@datetime | ./@data-published | ./@data-timestamp"
    updated = "./@data-modified"
    body = ".//*[contains(@class, 'card-live__content-area')] | .//*[contains(@class, 'wysiwyg')]"
    skip = ".//*[contains(@class, 'card-live__header')]"

    def anchor(self, item: html.HtmlElement) -> str | None:
        """The item's id, else the ?update=N of its headline link."""
        if item.get("id"):
            return item.get("id")
        for href in item.xpath(".//*[contains(@class, 'card-live__title')]//a/@href"):
            try:
                update = parse_qs(urlsplit(href).query).get("update")
            except ValueError:  # "http://[x": not a URL, so no update number either
                continue
            if update:
                return f"update-{update[0]}"
        return None


@register
class Meduza(Adapter):
    """meduza.io live pages: CSS-module LiveBlock items (time label) wrapping RichBlock text."""

    name = "meduza"
    hosts = ("meduza.io",)
    items = (
        "//*[starts-with(@class, 'LiveBlock-module_root')"
        " or contains(@class, ' LiveBlock-module_root')]"
    )
    title = ".//*[contains(@class, 'RichBlock')]//h3 | .//*[contains(@class, 'RichBlock')]//h2"
    clock = (
        ".//*[contains(@class, 'LiveBlock-module_time') or contains(@class, 'Timestamp-module')]"
    )
    body = ".//*[contains(@class, 'RichBlock-module_root')]"
    skip = ".//*[contains(@class, 'LiveBlock-module_header')]"
