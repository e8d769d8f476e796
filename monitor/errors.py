"""The few domain exceptions; the CLI turns them into one-line messages."""


class SalvoError(Exception):
    """Base of the errors a user can act on."""


class FetchError(SalvoError):
    """A URL could not be fetched: unreachable, timed out, or answered with an error status."""


class ParseError(SalvoError):
    """A fetched document is not what it should be (a feed that is not a feed, say)."""


class ConfigError(SalvoError):
    """The configuration file is missing, malformed, or has a bad value."""
