"""Values passed between the pipeline stages: plain frozen dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

WEAPONS = ("drone", "missile", "any")
SERIES_WEAPONS = ("drone", "missile", "total")


@dataclass(frozen=True)
class Report:
    """One attack report read from a text (the `salvo extract` JSON object)."""

    attacker: str | None
    target: str | None
    weapon: str  # drone | missile | any
    launched: int | None
    destroyed: int | None
    date: str | None  # YYYY-MM-DD, the day the attack ended (local time)
    claims_record: bool = False
    source: str | None = None  # who gave the figure: "Ukrainian Air Force", ...
    evidence: str = ""  # the sentence(s) the figures were read from
    period: str | None = None  # None for one attack; "week", "month", "war" for totals

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Document:
    """A fetched page or feed entry, before extraction."""

    url: str
    body: str  # HTML or plain text, decoded
    content_type: str = "text/html"
    title: str | None = None
    published: str | None = None  # ISO 8601, as given by the feed or page metadata
    entry_key: str | None = None  # the feed entry's id, when the document came from a feed
    entry_hash: str | None = None  # fingerprint of the feed entry (title, summary, updated)
    summary: str | None = None  # the feed entry's own text, used when the page is unavailable
    kind_hint: str = "auto"  # auto | liveblog | page | telegram: what the user said it is


@dataclass(frozen=True)
class Update:
    """One item of a source as the store keeps it: a feed entry, a page, or one live-blog post."""

    key: str
    url: str
    title: str | None
    text: str
    published: str | None
    content_hash: str
    entry_hash: str | None = None
    kind: str = "page"  # page | feed-entry | post | message | history
    # What a Telegram channel shows of a message, beside its text.
    views: int | None = None
    edited: bool = False
    forwarded_from: str | None = None
    # A live-blog post whose markup is the one stored (entry_hash): seen, its text not re-read.
    unchanged: bool = False
    # The text's MinHash signature (near-duplicates), made where the text was prepared (a worker
    # process), not by the single writer, whose time holds up the fetching; None when `signed`
    # and the text is too short. Not signed: made when the update is stored.
    signature: bytes | None = None
    signed: bool = False
