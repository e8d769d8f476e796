"""Telling people about alerts. Notifier kinds live in a registry keyed by their name."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TextIO

_WEAPON_WORDS = {"drone": "drones", "missile": "missiles", "total": "drones and missiles"}


def describe_alert(alert: Mapping[str, Any]) -> str:
    """One line saying what, how many, the previous record and when, and where it was read."""
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


class Notifier:
    """A place alerts are pushed to; subclasses register under `kind`."""

    kind: ClassVar[str]
    registry: ClassVar[dict[str, type[Notifier]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        Notifier.registry[cls.kind] = cls

    def send(self, alert: Mapping[str, Any]) -> None:
        raise NotImplementedError


class StdoutNotifier(Notifier):
    """Prints each alert as one line; always on."""

    kind = "stdout"

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    def send(self, alert: Mapping[str, Any]) -> None:
        stream = self.stream or sys.stdout
        print(describe_alert(alert), file=stream, flush=True)


def make_notifier(kind: str, **options: Any) -> Notifier:
    try:
        factory: Callable[..., Notifier] = Notifier.registry[kind]
    except KeyError:
        raise ValueError(f"unknown notifier {kind!r}") from None
    return factory(**options)
