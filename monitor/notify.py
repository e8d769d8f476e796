"""Telling people about alerts. Notifier kinds live in a registry keyed by their name."""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar, TextIO

from monitor.errors import SalvoError
from storage import WriteError

log = logging.getLogger("salvo.notify")
MAX_ATTEMPTS = 8
RETRY_BASE = timedelta(seconds=30)  # then 1, 2, 4 ... minutes: a notifier down for an hour

_WEAPON_WORDS = {"drone": "drones", "missile": "missiles", "total": "drones and missiles"}


def describe_alert(alert: Mapping[str, Any]) -> str:
    """One line saying what, how many, the previous record and when, and where it was read."""
    if alert["kind"] == "source":
        return _describe_source_alert(alert)
    who, date, value = alert.get("attacker") or "?", alert["date"], alert.get("value")
    what = _WEAPON_WORDS.get(alert["weapon"], alert["weapon"])
    if alert["kind"] == "record":
        text = f"RECORD {who} {what}: {value} on {date}"
        if alert.get("previous") is not None:
            text += f", previous record {alert['previous']} on {alert.get('previous_date')}"
    else:
        amount = f" ({value} {what})" if value is not None else ""
        text = f"CLAIM  {who} attack of {date} is called a record{amount}"
    if alert.get("status") == "withdrawn":
        text += " [withdrawn]"
    if alert.get("url"):
        text += f" <{alert['url']}>"
    return text


def _describe_source_alert(alert: Mapping[str, Any]) -> str:
    """A source's health incident (`event` raised), or its end (`resolved`); a listed alert
    says whether it is over."""
    name, problem = alert.get("source") or "?", alert["weapon"]
    if alert.get("event") == "resolved":
        text = f"RECOVERED {name}: {problem} since {alert['created_at'][:16]} is over"
    else:
        text = f"SOURCE {name} {problem}: {alert.get('message') or ''}".rstrip()
        if alert.get("event") is None and alert.get("status") == "resolved":
            text += f" [resolved {(alert.get('resolved_at') or '')[:16]}]"
    if alert.get("url"):
        text += f" <{alert['url']}>"
    return text


class DeliveryError(SalvoError):
    """A notifier did not accept an alert; the delivery is retried later."""


def redact(url: str) -> str:
    """A stable name for a notifier URL that gives none of its secrets away."""
    scheme = url.split("://", 1)[0] if "://" in url else "?"
    return f"{scheme}://…#{hashlib.sha256(url.encode()).hexdigest()[:8]}"


class Notifier:
    """A place alerts are pushed to; subclasses register under `kind`.

    A durable notifier's pushes are recorded in the database (alert_deliveries), so a failed
    push is retried, even after a restart, and a delivered one is never sent again.
    """

    kind: ClassVar[str]
    durable: ClassVar[bool] = False
    registry: ClassVar[dict[str, type[Notifier]]] = {}
    name: str = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Notifier.registry[cls.kind] = cls

    def send(self, alert: Mapping[str, Any]) -> None:
        raise NotImplementedError

    @property
    def unrecorded(self) -> dict[int, str]:
        """Deliveries made (id -> when) whose record the database refused: see deliver_due."""
        return self.__dict__.setdefault("_unrecorded", {})


class StdoutNotifier(Notifier):
    """Prints each alert as one line; always on."""

    kind = "stdout"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, alert: Mapping[str, Any]) -> None:
        stream = self.stream or sys.stdout
        print(describe_alert(alert), file=stream, flush=True)


class AppriseNotifier(Notifier):
    """Any Apprise URL: desktop, e-mail, Telegram, ntfy, Slack, webhooks (json://, form://)."""

    kind = "apprise"
    durable = True

    def __init__(self, url: str) -> None:
        import apprise

        # Apprise logs the URLs it posts to; those may hold tokens, so only our own redacted
        # messages about deliveries are logged.
        logging.getLogger("apprise").setLevel(logging.CRITICAL)
        self.name = redact(url)
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            raise ValueError(f"not an Apprise URL Salvo can use: {self.name}")

    def send(self, alert: Mapping[str, Any]) -> None:
        title = "Salvo: " + describe_alert({**alert, "url": None})
        if not self._apprise.notify(title=title[:250], body=describe_alert(alert)):
            raise DeliveryError(f"{self.name} did not accept the alert")


class LogFileNotifier(Notifier):
    """Appends one line per alert to a file (`file:///var/log/salvo/alerts.log`)."""

    kind = "file"
    durable = True

    def __init__(self, url: str) -> None:
        from urllib.parse import unquote, urlsplit

        self.path = unquote(urlsplit(url).path)
        if not self.path:
            raise ValueError(f"no file path in {url!r}")
        self.name = f"file://{self.path}"  # a path holds no secret

    def send(self, alert: Mapping[str, Any]) -> None:
        stamp = alert.get("updated_at") or alert.get("created_at") or ""
        try:
            with open(self.path, "a", encoding="utf-8") as log_file:
                log_file.write(f"{stamp} {describe_alert(alert)}\n")
        except OSError as exc:
            raise DeliveryError(f"{self.name}: {exc.strerror}") from None


def notifier_for(url: str) -> Notifier:
    """A notifier for a [[notify]] URL: file:// appends to a log file, anything else Apprise."""
    if url.lower().startswith("file://"):
        return LogFileNotifier(url)
    return AppriseNotifier(url)


def deliver_due(store: Any, notifiers: Iterable[Notifier], now: datetime) -> tuple[int, int]:
    """Push every pending or failed delivery whose back-off has passed; (sent, failed).

    A delivery whose outcome the database refuses to record (a full disk, a read-only file) is
    logged in one line and counted as failed, never raised: the poll that raised the alert is
    stored already. One that was sent is remembered by its notifier, recorded as soon as the
    database takes writes again and not pushed twice meanwhile; its row stays unsent until then,
    so a restart before that pushes it again (at least once, never lost)."""
    durable = {notifier.name: notifier for notifier in notifiers if notifier.durable}
    sent = failed = 0
    for notifier in durable.values():
        failed += _record_unrecorded(store, notifier)
    for delivery in store.due_deliveries(durable, MAX_ATTEMPTS):
        notifier = durable[delivery["notifier"]]
        if delivery["delivery_id"] in notifier.unrecorded:
            continue  # sent already; only its record waits for the database
        if delivery["attempts"] and delivery["last_attempt_at"]:
            wait = RETRY_BASE * 2 ** (delivery["attempts"] - 1)
            if datetime.fromisoformat(delivery["last_attempt_at"]) + wait > now:
                continue
        error = None
        try:
            notifier.send(delivery)
        except DeliveryError as exc:
            error = str(exc)
        except Exception as exc:  # a notifier's own bug must not stop the others
            error = f"{type(exc).__name__} in {delivery['notifier']}"
        if error is not None:
            log.warning("alert %s not delivered: %s", delivery["id"], error)
        try:
            with store.write():
                store.record_delivery(
                    delivery["delivery_id"], error is None, error, now.isoformat()
                )
        except WriteError as exc:
            failed += 1
            if error is None:
                notifier.unrecorded[delivery["delivery_id"]] = now.isoformat()
            outcome = "delivered" if error is None else "not delivered"
            log.error("alert %s %s, not recorded: %s", delivery["id"], outcome, exc)
            continue
        if error is None:
            sent += 1
        else:
            failed += 1
    return sent, failed


def _record_unrecorded(store: Any, notifier: Notifier) -> int:
    """Record the deliveries this notifier made while the database refused writes; how many are
    still unrecorded."""
    for delivery_id, sent_at in list(notifier.unrecorded.items()):
        try:
            with store.write():
                store.record_delivery(delivery_id, True, None, sent_at)
        except WriteError as exc:
            waiting = len(notifier.unrecorded)
            log.error("%d alerts delivered to %s, not recorded: %s", waiting, notifier.name, exc)
            return waiting
        del notifier.unrecorded[delivery_id]
    return 0


def alerts_atom(alerts: Iterable[Mapping[str, Any]], self_url: str, updated: str) -> str:
    """The alerts as an Atom 1.0 feed, newest first, so any feed reader can subscribe."""
    from xml.etree import ElementTree as ET

    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}title").text = "Salvo alerts"
    ET.SubElement(feed, f"{{{ns}}}id").text = self_url
    ET.SubElement(feed, f"{{{ns}}}updated").text = updated
    ET.SubElement(feed, f"{{{ns}}}link", rel="self", href=self_url)
    author = ET.SubElement(feed, f"{{{ns}}}author")
    ET.SubElement(author, f"{{{ns}}}name").text = "Salvo"
    for alert in alerts:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        key = f"{alert['kind']}/{alert['attacker']}/{alert['weapon']}/{alert['date']}"
        if alert["kind"] == "source":  # one per incident, many a day
            key = f"source/{alert['source']}/{alert['id']}"
        ET.SubElement(entry, f"{{{ns}}}id").text = f"tag:salvo,2025:{key}"
        ET.SubElement(entry, f"{{{ns}}}title").text = describe_alert({**alert, "url": None})
        ET.SubElement(entry, f"{{{ns}}}updated").text = alert.get("updated_at") or updated
        ET.SubElement(entry, f"{{{ns}}}published").text = alert["created_at"]
        ET.SubElement(entry, f"{{{ns}}}summary").text = describe_alert(alert)
        if alert.get("url"):
            ET.SubElement(entry, f"{{{ns}}}link", rel="alternate", href=alert["url"])
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")


def make_notifier(kind: str, **options: Any) -> Notifier:
    try:
        factory: Callable[..., Notifier] = Notifier.registry[kind]
    except KeyError:
        raise ValueError(f"unknown notifier {kind!r}") from None
    return factory(**options)
