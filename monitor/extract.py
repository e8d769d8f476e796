"""Main text of a document: trafilatura for HTML, then the junk content farms leave in it."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import trafilatura
from trafilatura.settings import Extractor

# Lines that are page furniture even when they sit inside the article body.
_JUNK_LINES = re.compile(
    r"^(source|sources|fuente|quelle|джерело|источник|share this:?|comparte esto:?|partager\s*:?"
    r"|leave a reply|deja una respuesta|laisser un commentaire|read more|lire aussi|[-—–_•·]+)$",
    re.IGNORECASE,
)
# Disclaimers that rewriting tools prepend or append; the rest of the line can be real text.
# Matched within a line, so one pass serves the whole text: what str.splitlines breaks at.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_JUNK_SENTENCES = re.compile(
    rf"(note[^\S{_BREAKS}]*:[^\S{_BREAKS}]*)?the provided content has been rewritten"
    rf"[^.{_BREAKS}]*\.[^\S{_BREAKS}]*",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"^\s*<[a-z!?]", re.I)  # plain text rarely opens with a tag
# What XML 1.0, and so lxml, refuses in text: C0 controls other than tab, newline and carriage
# return, lone surrogates (a JSON escape can make one) and two non-characters. One of them in a
# page made lxml raise at the first edit of the tree ("All strings must be XML compatible").
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD from the page's metadata
    lang: str | None = None


def xml_safe(text: str) -> str:
    """Text lxml accepts: refused characters dropped, vertical tab and form feed made spaces."""
    if _XML_UNSAFE.search(text) is None:
        return text
    return _XML_UNSAFE.sub(lambda match: " " if match[0] in "\x0b\x0c" else "", text)


def looks_like_html(body: str, content_type: str | None = None) -> bool:
    if content_type and ("html" in content_type or "xml" in content_type):
        return True
    return bool(_HTML_START.match(body[:512]))


def fragment_text(html: str) -> str:
    """The text of a small HTML fragment, paragraphs on their own lines, scripts dropped."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(xml_safe(html), create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter("p", "br", "li", "div", "h1", "h2", "h3"):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()


def clean_text(text: str) -> str:
    """Drop furniture lines, rewriting disclaimers and paragraphs repeated word for word."""
    kept: list[str] = []
    seen: set[str] = set()
    if "rewritten" in text.lower():  # a plain search first: the pattern scans slowly
        text = _JUNK_SENTENCES.sub("", text)
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or _JUNK_LINES.match(line):
            continue
        # str.split() splits at what \s matches; both ends are already stripped.
        fingerprint = " ".join(unicodedata.normalize("NFKC", line).split()).casefold()
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        kept.append(line)
    return "\n".join(kept)


# Characters of main text from which trafilatura's fast extraction is taken as it is. The full
# extraction (readability, jusText) changed the text only of pages where the fast one found
# under 500 characters (7 of 46 fixture pages: live blogs whose posts it missed); none of the
# 16 fixture and 127 benchmark pages between 500 and 2,500 (2,500 was the threshold before:
# each of those pages was extracted twice, ~3 ms more).
FAST_ENOUGH = 1000
# ...or one of more than 1/30 of the page's characters. The pages where the full extraction found
# more (the 7 above) were 51-223 times their fast text; the 63 fixture and benchmark pages under
# 1,000 characters where it found the same, 8-18 times (one 95). A short story on a light page
# is so extracted once (~6% of the benchmark's articles, ~3 ms each).
MOSTLY_MARKUP = 30


@cache
def _options(metadata: bool, fast: bool) -> Extractor:
    # Made once: given keywords, trafilatura builds its options anew at each call, reading
    # its config file's values each time (~0.35 ms a call, ~9% of a page's extraction).
    return Extractor(
        output_format="python",
        fast=fast,
        comments=False,
        tables=False,
        links=False,
        dedup=False,
        with_metadata=metadata,
    )


def _extract(body: str, url: str | None, metadata: bool, fast: bool) -> Any:
    options = copy.copy(_options(metadata, fast))
    options.url = url  # as trafilatura sets it from its url keyword
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return trafilatura.bare_extraction(body, options=options)


def needs_full_pass(fast_chars: int, page_chars: int) -> bool:
    """Whether a page whose fast extraction kept `fast_chars` characters is extracted again."""
    return fast_chars < FAST_ENOUGH and page_chars > MOSTLY_MARKUP * fast_chars


def main_text(
    body: str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    metadata: bool = True,
    title: str | None = None,
) -> Extracted:
    """The main text of an HTML page (or plain text as is), with title and date where known.

    `metadata=False` skips trafilatura's title/date search (about a third of its time) for
    pages whose feed entry already gave both; `title` is then the headline to strip."""
    if not looks_like_html(body, content_type):
        return Extracted(text=clean_text(body))
    body = xml_safe(body)  # trafilatura parses with lxml too
    # trafilatura's fast mode skips the second opinion of readability and jusText (~30% of
    # its time); they matter when its own extractor finds little of a big page, so a short
    # result from such a page is extracted again in full (needs_full_pass). trafilatura skips
    # them likewise above 10x its minimum size.
    document = _extract(body, url, metadata, fast=True)
    if document is None or needs_full_pass(len(document.text or ""), len(body)):
        document = _extract(body, url, metadata, fast=False)
    if document is None:
        # Too little for trafilatura to call it an article: a feed's summary, a short post.
        return Extracted(text=clean_text(fragment_text(body)), title=title)
    text = clean_text(document.text or "")
    title = document.title or title
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]  # the headline is the title, not body text
    return Extracted(
        text=text,
        title=title,
        published=document.date or None,
        lang=document.language or None,
    )
