"""Errors of the store layer; every message is written for the user."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or used; the message is for the user."""


class SchemaTooNewError(StoreError):
    pass


class DatabaseInUseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass
