"""SQLite storage: schema, migrations, and all SQL."""

from storage.db import ReportRow, StorageError, Store, StoredUpdate, WriteError

__all__ = ["ReportRow", "StorageError", "Store", "StoredUpdate", "WriteError"]
