"""Clean text of one post's HTML: lxml only, so that a page of hundreds of posts stays fast."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from lxml import html

from monitor.extract import clean_text
from monitor.liveblog.times import parse_clock

# Never text: code, media, controls, page furniture.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "button",
    "form",
    "input",
    "select",
    "nav",
    "aside",
    "footer",
    "img",
    "picture",
    "video",
    "audio",
    "figcaption",
)
# Class, id or test-id names of furniture; matched on the attribute values, any outlet.
_JUNK_NAMES = re.compile(
    r"share|sharing|social|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|adslot|dfp|sponsor|promo"
    r"|newsletter|related|read-?more|readmore|see-?also|lire-?aussi|also-?read|caption|credit"
    r"|copy-?link|permalink|byline|contributor|toolbar|reactions|comments?-count|subscribe"
    r"|post-?time|post-?date|timestamp|header-?time|more-on|donat|paywall|membership"
    r"|(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])",
    re.IGNORECASE,
)
_NAME_ATTRIBUTES = ("class", "id", "data-testid", "data-component", "data-gu-name", "data-role")
# Embeds whose text is the quoted post and whose rest (author, handle, date, links) is chrome.
_EMBED_CLASSES = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|telegram-post|bluesky-embed", re.I
)
_EMBED_LINK = re.compile(r"^(https?://|pic\.twitter\.com|t\.co/|www\.)", re.I)
_BLOCK_TAGS = frozenset(
    "p div section article header h1 h2 h3 h4 h5 h6 ul ol li blockquote pre table tr dl dt dd"
    " figure main".split()
)
# Furniture lines that carry a tail ("Read more: Ukraine war latest", "Advertisement").
_JUNK_LINE = re.compile(
    r"^(read more|read also|more on this|related|see also|also read|lire aussi|à lire aussi"
    r"|читайте також|читайте также"
    r"|читать также|по теме|більше по темі)\b.*$"
    r"|^(advertisement|skip advertisement|publicité|реклама|sponsored|share|share this post"
    r"|copy link|link copied|facebook|twitter|x|whatsapp|telegram|email)$"
    # A post's edit mark ("Updated 5:10 PM", "обновлено"): its time is metadata, not text.
    r"|^(updated|edited|mis à jour|modifié|оновлено|обновлено|змінено|изменено)"
    r"(\s*(at|à|о|в)?\s*\d{1,2}[:.h]\d{2}\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?)?$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")


def _is_junk(element: html.HtmlElement) -> bool:
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    for attribute in _NAME_ATTRIBUTES:
        value = element.get(attribute)
        if value and _JUNK_NAMES.search(value):
            return True
    return False


def _is_stamp(node: html.HtmlElement) -> bool:
    label = node.text_content().strip()
    return not label or parse_clock(label) is not None


def _strip_embed(embed: html.HtmlElement) -> None:
    """Keep an embedded post's own paragraphs; drop its author line, date and media links."""
    paragraphs = embed.findall(".//p")
    for child in list(embed):
        embed.remove(child)
    embed.text = None
    for paragraph in paragraphs:
        for link in paragraph.findall(".//a"):
            label = link.text_content().strip()
            if _EMBED_LINK.match(label):
                link.drop_tree()
        paragraph.tail = None
        embed.append(paragraph)


def _first_element_text(node: html.HtmlElement) -> str | None:
    """Text of the first child element; a comment before it (`</ x>` parses as one) is skipped."""
    for child in node:
        if isinstance(child.tag, str):
            return child.text_content().strip()
    return None


def _remove(element: html.HtmlElement) -> None:
    # drop_tree keeps the tail text, which belongs to the parent, not to the dropped element.
    if element.getparent() is not None:
        element.drop_tree()


def _flatten(element: html.HtmlElement) -> str:
    parts: list[str] = []

    def walk(node: html.HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None:  # comment or processing instruction: only its tail is text
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag == "br":
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(element)
    return "".join(parts)


def fragment_text(element: html.HtmlElement, *, skip: list[html.HtmlElement] | None = None) -> str:
    """Clean text of an element's subtree; `skip` are parts of it (headline, time) not to repeat."""
    skipped = {id(node) for node in skip or ()}
    root = copy.deepcopy(element) if not skipped else _copy_without(element, skipped)
    for node in list(root.iter()):
        if node is root or not isinstance(node.tag, str):
            if not isinstance(node.tag, str) and node.getparent() is not None:
                _remove(node)
            continue
        if node.getparent() is None:  # already dropped with an ancestor
            continue
        if node.tag in _DROP_TAGS or _is_junk(node):
            _remove(node)
        elif node.tag == "time" and _is_stamp(node):
            _remove(node)  # the post's own timestamp, already in `published`
        elif _JUNK_LINE.match(_first_element_text(node) or "-"):
            _remove(node)  # a "Read more" / "Related" box: its heading says what it is
        elif node.tag == "figure" and node.find(".//blockquote") is None:
            _remove(node)  # a picture, a video or a chart: its caption and credit are not text
        elif node.tag == "blockquote" and _EMBED_CLASSES.search(node.get("class", "")):
            _strip_embed(node)
    lines = []
    for raw in _flatten(root).splitlines():
        line = _SPACES.sub(" ", raw).strip()
        if line and not _JUNK_LINE.match(line):
            lines.append(line)
    return clean_text("\n".join(lines))


def _copy_without(element: html.HtmlElement, skipped: set[int]) -> html.HtmlElement:
    """A deep copy of element minus the given descendants (matched by identity before copying)."""
    marker = "data-salvo-skip"
    marked = [node for node in element.iter() if id(node) in skipped]
    for node in marked:
        node.set(marker, "1")
    try:
        root = copy.deepcopy(element)
    finally:
        for node in marked:
            del node.attrib[marker]
    for node in root.xpath(f".//*[@{marker}]"):
        _remove(node)
    return root


def detached_copy(element: html.HtmlElement) -> html.HtmlElement:
    """A copy of an element outside its tree, without the text that followed it."""
    copied = html.fromstring(html.tostring(element, encoding="unicode"))
    copied.tail = None
    return copied


def element_text(element: html.HtmlElement | None) -> str | None:
    """Whitespace-normalised text content of a small element (a headline), or None."""
    if element is None:
        return None
    text = _SPACES.sub(" ", " ".join(element.text_content().split())).strip()
    return text or None


def runs(
    parent: html.HtmlElement,
    opens: Callable[[html.HtmlElement], object],
    skip: frozenset[str] = frozenset(),
) -> list[list[html.HtmlElement]]:
    """`parent`'s element children cut into runs, each from a child that `opens` one up to the
    next: a post's time heading and what follows it. Children before the first are left out,
    and those whose tag is in `skip`."""
    found: list[list[html.HtmlElement]] = []
    for child in parent:
        if not isinstance(child.tag, str) or child.tag in skip:
            continue
        if opens(child):
            found.append([child])
        elif found:
            found[-1].append(child)
    return found
