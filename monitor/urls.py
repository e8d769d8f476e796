"""Which URLs found in fetched content (feed entries, older-page links, redirects) may be followed.

The user's own arguments are trusted; a URL chosen by a feed or a server is not. It must be
http(s), and it must not point into loopback, private, link-local or reserved address space
(a way to make the monitor probe the machine it runs on or its network) unless it is on the very
host the user named. Nothing here resolves a name: the check is on the URL's text only, so it
costs nothing and sends no traffic (a public name that resolves to a private address is not
caught; that needs a resolver hook in the downloader).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

FOLLOWED_SCHEMES = frozenset({"http", "https"})
# Names that only mean something on the local machine or network. A dotless name ("intranet",
# "router") is resolved through the search domains of the machine's own network.
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".localdomain", ".home.arpa")
# What inet_aton also reads as an IPv4 address, and so does getaddrinfo when Scrapy connects:
# "127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1".
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$", re.IGNORECASE)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _host(url: str) -> str | None:
    """The URL's host, lower case, without brackets, port, userinfo or trailing dot."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host else None


def _address(host: str) -> Address | None:
    """The IP address a host literal stands for, in every spelling a resolver accepts."""
    literal = host.split("%", 1)[0]  # an IPv6 zone ("fe80::1%eth0") names no other address
    try:
        address: Address = ipaddress.ip_address(literal)
    except ValueError:
        if not _NUMERIC_HOST.match(host):
            return None
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and 2002:7f00:1:: (6to4) reach the IPv4 address inside them.
        inner = address.ipv4_mapped or address.sixtofour
        if inner is not None:
            return inner
    return address


def _same_host(host: str, source_host: str | None) -> bool:
    if source_host is None:
        return False
    if host == source_host:
        return True
    mine, theirs = _address(host), _address(source_host)
    return mine is not None and mine == theirs


def _local_reason(host: str) -> str | None:
    """Why a host is on the local machine or network; None for a public one."""
    address = _address(host)
    if address is not None:
        if address.is_loopback:
            return f"{host} is a loopback address"
        if address.is_link_local:
            return f"{host} is a link-local address"
        if address.is_multicast or address.is_reserved:
            return f"{host} is a reserved address"
        if address.is_private or address.is_unspecified:
            return f"{host} is a private address"
        if not address.is_global:  # shared address space (100.64/10) and the like
            return f"{host} is a reserved address"
        return None
    if host == "localhost" or host.endswith(LOCAL_SUFFIXES):
        return f"{host} is a local name"
    if "." not in host:
        return f"{host} is a local name (no domain)"
    return None


def check_followed_url(url: str, source_url: str, allow_private: bool = False) -> str | None:
    """Why a URL found in content fetched from `source_url` must not be followed; None if it may.

    The reason is one line without the URL ("10.0.0.1 is a private address"); callers say
    "refused" and name the URL.

    Only http(s) is followed (never file:, ftp:, data:, javascript:); a host on the local machine
    or network is refused unless it is the source's own host or `allow_private` is set.
    """
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return "malformed URL"
    if scheme not in FOLLOWED_SCHEMES:
        return f"not an http(s) URL ({scheme or 'no scheme'})"
    host = _host(url)
    if not host:
        return "no host"
    if allow_private or _same_host(host, _host(source_url)):
        return None
    return _local_reason(host)
