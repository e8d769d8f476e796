"""Where a live blog keeps its older posts: the link to the next page, found in the HTML.

Live blogs page their older posts in a few ways: `<link rel="next">` in the head, an anchor with
rel="next", a "Load more" / "Older posts" button whose href is the next page, or plain numbered
pages (`?page=2`, `/page/2/`). Pure: HTML in, one URL (or None) out.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from monitor.liveblog.model import parse_page

# Anchor texts that mean "older posts" in the four languages (and the usual English ones).
_OLDER_TEXT = re.compile(
    r"\b(?:load\s+more|show\s+more|older(?:\s+(?:posts|entries|updates))?|previous\s+(?:posts"
    r"|page|updates)|more\s+updates|see\s+more)\b|plus\s+anciens|messages\s+précédents"
    r"|voir\s+plus|charger\s+plus|afficher\s+plus|page\s+suivante|попередні|раніше|показати\s+ще"
    r"|завантажити\s+ще|ещ[её]|предыдущие|показать\s+(?:ещ[её]|больше)|загрузить\s+ещ[её]",
    re.IGNORECASE,
)
# A URL that numbers its page: "?page=2", "&p=3", "/page/2/", "/2/" after a live slug.
_PAGE_PARAMS = ("page", "p", "pg", "pagenum", "pagina")
_PAGE_PATH = re.compile(r"/page/(\d+)/?$")
_CURSOR = re.compile(r"[?&](?:before|after|cursor|offset|from|since_id|max_id)=", re.IGNORECASE)


def _page_number(url: str) -> int | None:
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query):
        if name.lower() in _PAGE_PARAMS and value.isdigit():
            return int(value)
    found = _PAGE_PATH.search(parts.path)
    return int(found.group(1)) if found else None


def _same_page(a: str, b: str) -> bool:
    return urldefrag(a)[0].rstrip("/") == urldefrag(b)[0].rstrip("/")


def older_page_url(page: str, url: str) -> str | None:
    """The URL of the page holding the posts just older than this page's, or None."""
    tree = parse_page(page)
    if tree is None:
        return None
    current = _page_number(url) or 1
    candidates: list[tuple[int, str]] = []  # (rank, URL): lower rank is surer
    for element in tree.iter("link", "a"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            target = urljoin(url, href)
        except ValueError:  # "http://[x": not a URL, so not a page to follow
            continue
        if _same_page(target, url) or urlsplit(target).netloc != urlsplit(url).netloc:
            continue
        rel = (element.get("rel") or "").lower().split()
        number = _page_number(target)
        if "next" in rel:
            candidates.append((0, target))
        elif (
            element.tag == "a"
            and _OLDER_TEXT.search(element.text_content() or "")
            and (_same_stem(target, url) or number is not None or _CURSOR.search(target))
        ):
            # A "Load more" that stays on this blog; "More news" to a section page does not.
            candidates.append((1, target))
        elif element.tag == "a" and number == current + 1 and _same_stem(target, url):
            candidates.append((2, target))
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: candidate[0])[1]


def _same_stem(target: str, url: str) -> bool:
    """`target` is another page of the same blog: same path once the page number is dropped."""

    def stem(address: str) -> str:
        return _PAGE_PATH.sub("", urlsplit(address).path).rstrip("/")

    return stem(target) == stem(url)
