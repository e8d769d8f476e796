"""Reading public Telegram channel previews (https://t.me/s/<channel>): HTML in, messages out.

A pure function over the page text: no network, no store. The markup read is the one t.me serves
for its web preview (`tgme_widget_message_wrap` per message, `tgme_channel_info` for the channel),
also when the page was saved or mirrored elsewhere (the host then does not matter, the markup does).

Text decisions, so that every caller sees the same message text:
- `<br>` becomes a line break; whitespace runs that contain a source newline (pretty-printed
  mirrors) become one space, as a browser shows them; trailing spaces of lines are dropped.
- Links keep their text, not their address; `tg-spoiler` text is kept as plain text.
- Emoji images (`<i class="emoji">` with a `<b>` character or only a background image) become
  their Unicode character by default, so texts read like the channel (and like the corpus);
  `keep_emoji=False` drops them instead.
- Only the message's own `tgme_widget_message_text` is read: a quoted reply, the link preview,
  the footer (views, reactions) and the "Please open Telegram to view this post" box are chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

import lxml.html
from lxml import etree

from monitor.errors import ParseError
from monitor.extract import xml_safe

TELEGRAM = "https://t.me"

# The preview's own classes: a saved or mirrored page keeps them even when its URL is elsewhere.
_MARKUP = re.compile(
    r"""class\s*=\s*["'][^"']*(?<![\w-])"""
    r"(?:tgme_channel_info|tgme_widget_message_wrap|tgme_channel_history)(?![\w-])"
)
_PREVIEW_URL = re.compile(r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/s/(\w+)", re.IGNORECASE)
# A channel's preview or one of its posts: "https://t.me/s/kpszsu", "https://t.me/kpszsu/123".
_CHANNEL_URL = re.compile(r"https?://t\.me/(?:s/)?([A-Za-z0-9_]{4,64})(?:[/?#]|$)")
_PATH_CHANNEL = re.compile(r"/s/([A-Za-z]\w{2,})(?:[/?#]|$)")
_DATA_POST = re.compile(r"^\s*([A-Za-z]\w*)/(\d+)\s*$")
_BEFORE = re.compile(r"[?&]before=(\d+)")
_EMOJI_IMAGE = re.compile(r"/emoji/[^/]+/([0-9A-Fa-f]+)\.png")
_VIEWS = re.compile(r"^([\d.,]+)\s*([KMB]?)$", re.IGNORECASE)
_NEWLINE_SPACE = re.compile(r"\s*\n\s*")

_MULTIPLIERS = {"": 1, "K": 1_000, "M": 1_000_000, "B": 1_000_000_000}
# Classes of a message's attachments: their presence without text makes a media-only message.
_MEDIA = (
    "tgme_widget_message_photo_wrap",
    "tgme_widget_message_video_player",
    "tgme_widget_message_roundvideo_player",
    "tgme_widget_message_grouped_wrap",
    "tgme_widget_message_document_wrap",
    "tgme_widget_message_sticker_wrap",
    "tgme_widget_message_voice_player",
    "tgme_widget_message_location_wrap",
    "message_media_not_supported_wrap",
)
# Parts of a message that may hold text but are not the message's own words.
_CHROME = (
    "tgme_widget_message_reply",
    "tgme_widget_message_link_preview",
    "message_media_not_supported_wrap",
    "tgme_widget_message_footer",
    "tgme_widget_message_reactions",
)
# A quoted reply carries the quoted post's author; it is not where this post came from.
_OUTSIDE_REPLY = (
    "not(ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
    " ' tgme_widget_message_reply ')])"
)
_BLOCKS = {"blockquote", "pre", "div", "p", "ul", "ol", "li"}


@dataclass(frozen=True)
class Message:
    """One post of a channel as its preview shows it."""

    post_id: int
    key: str  # "kpszsu/123": stable identity of the post across polls and edits
    url: str  # "https://t.me/kpszsu/123"
    published: str | None  # ISO 8601 as the page gives it (UTC offset included)
    edited: bool
    views: int | None
    text: str  # "" when the post has no text
    forwarded_from: str | None  # the original channel's name, for a forwarded post
    media_only: bool  # no text, but a photo, video, document...: stored without reports
    service: bool  # "Channel photo updated" and the like: callers skip these


@dataclass(frozen=True)
class ChannelPage:
    """One preview page: the channel, its messages oldest first, and the way to older ones."""

    channel: str | None  # the username, e.g. "kpszsu"
    title: str | None
    messages: list[Message]  # all messages as shown, service ones included (flagged)
    before: int | None  # pass as ?before= to get the older page; None when there is none
    older_url: str | None

    @property
    def posts(self) -> list[Message]:
        """The messages that are posts, service messages left out."""
        return [message for message in self.messages if not message.service]


# The primary channels whose figures Salvo tracks: their posts rarely name who is speaking.
KNOWN_CHANNELS = {"kpszsu": "Ukrainian Air Force", "mod_russia": "Russian Defence Ministry"}


def channel_attribution(url: str) -> str | None:
    """Who speaks in a known primary channel's post ("https://t.me/kpszsu/123"), else None."""
    match = _CHANNEL_URL.match(url or "")
    return KNOWN_CHANNELS.get(match.group(1).lower()) if match else None


def is_channel_page(html: str, url: str | None = None) -> bool:
    """Whether a page is (or claims by its URL to be) a Telegram channel preview."""
    if url and _PREVIEW_URL.match(url.strip()):
        return True
    return bool(html) and _MARKUP.search(html) is not None


def parse_channel_page(html: str, url: str, *, keep_emoji: bool = True) -> ChannelPage:
    """Parse a channel preview page; raise ParseError when it is not a preview at all."""
    if not html or _MARKUP.search(html) is None:
        raise ParseError(f"{_one_line(url)} is not a Telegram channel preview page")
    try:
        # Bytes, so that an XML declaration or a stray meta charset cannot make lxml refuse.
        root = lxml.html.fromstring(
            xml_safe(html).encode("utf-8", "replace"),
            parser=lxml.html.HTMLParser(encoding="utf-8"),
        )
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"{_one_line(url)} could not be parsed as HTML ({error})") from None

    messages: list[Message] = []
    seen: set[str] = set()
    for node in root.xpath(f"//*[{_has_class('tgme_widget_message')} and @data-post]"):
        message = _message(node, keep_emoji)
        if message is not None and message.key not in seen:  # a mirror may repeat a post
            seen.add(message.key)
            messages.append(message)

    channel = _channel(root, url, messages)
    before = _before(root, messages)
    older_url = f"{TELEGRAM}/s/{channel}?before={before}" if channel and before else None
    return ChannelPage(
        channel=channel,
        title=_title(root),
        messages=messages,
        before=before,
        older_url=older_url,
    )


def parse_views(value: str | None) -> int | None:
    """A view counter as Telegram shows it ("950", "1.2K", "3.4M") as a number, else None."""
    if not value:
        return None
    match = _VIEWS.match(value.strip().replace("\xa0", ""))
    if not match:
        return None
    digits, suffix = match.groups()
    if suffix:
        digits = digits.replace(",", ".")  # "1,2K" in a localised mirror
    else:
        digits = digits.replace(",", "").replace(".", "")  # "1,234" is a thousands separator
    try:
        number = Decimal(digits) * _MULTIPLIERS[suffix.upper()]  # Decimal: 4.1K is 4100 exactly
    except InvalidOperation:
        return None
    return int(number)


def _has_class(name: str) -> str:
    """XPath test for one class token (not a prefix: `..._wrap` must not match `...`)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _classes(node: etree._Element) -> set[str]:
    return set((node.get("class") or "").split())


def _first(node: etree._Element, xpath: str) -> etree._Element | None:
    found = node.xpath(xpath)
    return found[0] if found else None


def _one_line(value: str) -> str:
    return " ".join(str(value).split()) or "(no URL)"


def _message(node: etree._Element, keep_emoji: bool) -> Message | None:
    match = _DATA_POST.match(node.get("data-post") or "")
    if not match:
        return None  # without a post id there is nothing to key the message by
    channel, number = match.group(1), int(match.group(2))
    own = _own_parts(node)

    text_node = next((part for part in own if "tgme_widget_message_text" in _classes(part)), None)
    text = _text(text_node, keep_emoji) if text_node is not None else ""

    date = _first(node, f".//*[{_has_class('tgme_widget_message_date')}]//time[@datetime]")
    meta = _first(node, f".//*[{_has_class('tgme_widget_message_meta')}]")
    views = _first(node, f".//*[{_has_class('tgme_widget_message_views')}]")
    origin = _first(
        node, f".//*[{_has_class('tgme_widget_message_forwarded_from_name')} and {_OUTSIDE_REPLY}]"
    )
    service = "service_message" in _classes(node)
    has_media = any(_classes(part) & set(_MEDIA) for part in own)

    return Message(
        post_id=number,
        key=f"{channel}/{number}",
        url=f"{TELEGRAM}/{channel}/{number}",
        published=_iso(date.get("datetime")) if date is not None else None,
        edited=meta is not None and _is_edited(meta),
        views=parse_views(views.text_content()) if views is not None else None,
        text=text,
        forwarded_from=_clean(origin.text_content()) if origin is not None else None,
        media_only=not text and has_media and not service,
        service=service,
    )


def _own_parts(message: etree._Element) -> list[etree._Element]:
    """The message's descendants, without chrome subtrees (a quoted reply has its own text)."""
    parts: list[etree._Element] = []
    stack = list(message)[::-1]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str) or _classes(node) & set(_CHROME):
            continue
        parts.append(node)
        stack.extend(list(node)[::-1])
    return parts


def _is_edited(meta: etree._Element) -> bool:
    if "edited" in meta.text_content().lower():
        return True
    return any("edited" in (node.get("class") or "") for node in meta.iter() if node is not meta)


def _iso(value: str | None) -> str | None:
    """The datetime attribute if it is ISO 8601 (as t.me gives it), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _text(node: etree._Element, keep_emoji: bool) -> str:
    """The visible text of a message body, with its line breaks."""
    pieces: list[str] = []
    _walk(node, pieces, keep_emoji)
    lines = "".join(pieces).split("\n")
    if not keep_emoji:
        # A dropped emoji leaves the space that followed it at the start of its line.
        return "\n".join(line.strip() for line in lines).strip()
    return "\n".join(line.rstrip() for line in lines).strip()


def _walk(node: etree._Element, pieces: list[str], keep_emoji: bool) -> None:
    if node.text:
        pieces.append(_NEWLINE_SPACE.sub(" ", node.text))
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""  # comments, processing instructions
        classes = _classes(child) if tag else set()
        if tag == "br":
            pieces.append("\n")
        elif "emoji" in classes:
            if keep_emoji:
                pieces.append(_emoji(child))
        elif tag in {"script", "style"} or not tag or classes & set(_CHROME):
            pass
        elif tag in _BLOCKS:
            # A quote or code block is its own paragraph in the client.
            if pieces and not pieces[-1].endswith("\n"):
                pieces.append("\n")
            _walk(child, pieces, keep_emoji)
            pieces.append("\n")
        else:
            _walk(child, pieces, keep_emoji)
        if child.tail:
            pieces.append(_NEWLINE_SPACE.sub(" ", child.tail))


def _emoji(node: etree._Element) -> str:
    """An emoji image's character: its `<b>` text, its alt, or the UTF-8 hex of its image name."""
    character = node.text_content().strip() or (node.get("alt") or "").strip()
    if character:
        return character
    match = _EMOJI_IMAGE.search(node.get("style") or node.get("src") or "")
    if match and len(match.group(1)) % 2 == 0:
        try:
            return bytes.fromhex(match.group(1)).decode("utf-8")
        except ValueError:
            return ""
    return ""


def _channel(root: etree._Element, url: str, messages: list[Message]) -> str | None:
    """The username: from the channel header, else the URL's /s/<name>, else the posts' ids."""
    username = _first(
        root,
        f"//*[{_has_class('tgme_channel_info_header_username')}]//a | "
        f"//*[{_has_class('tgme_channel_info_header_username')}]",
    )
    if username is not None:
        name = (_clean(username.text_content()) or "").lstrip("@")
        if re.fullmatch(r"[A-Za-z]\w{2,}", name):
            return name
    match = _PREVIEW_URL.match(url.strip()) or _PATH_CHANNEL.search(url)
    if match:
        return match.group(1)
    return messages[0].key.split("/")[0] if messages else None


def _title(root: etree._Element) -> str | None:
    for xpath in (
        f"//*[{_has_class('tgme_channel_info_header_title')}]",
        f"//*[{_has_class('tgme_header_title')}]",
    ):
        found = _first(root, xpath)
        if found is not None and _clean(found.text_content()):
            return _clean(found.text_content())
    og_title = _first(root, "//meta[@property='og:title']/@content")
    if og_title:
        return _clean(str(og_title))
    title = _first(root, "//title")
    if title is not None:
        # The document title reads "<channel title> – Telegram".
        return _clean(re.sub(r"\s*[–-]\s*Telegram\s*$", "", title.text_content()))
    return None


def _before(root: etree._Element, messages: list[Message]) -> int | None:
    """The id to ask older messages with: the page's "load more" link, or the oldest post."""
    more = f"//a[{_has_class('tme_messages_more')} or {_has_class('js-messages_more')}]"
    for link in root.xpath(more):
        value = (link.get("data-before") or "").strip()
        if value.isdigit():
            return int(value)
        match = _BEFORE.search(link.get("href") or "")
        if match:
            return int(match.group(1))
    for href in root.xpath(f"//*[{_has_class('tgme_widget_message_centered')}]//a/@href"):
        match = _BEFORE.search(str(href))
        if match:
            return int(match.group(1))
    # t.me serves the history section with a "load more" link exactly when older posts exist; a
    # fragment without that section (a mirror of the messages alone) can only go by its ids.
    if root.xpath(f"//*[{_has_class('tgme_channel_history')}]"):
        return None
    oldest = min((message.post_id for message in messages), default=None)
    return oldest if oldest is not None and oldest > 1 else None
