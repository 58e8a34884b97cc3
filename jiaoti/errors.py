"""Errors for people: each message is one line saying what happened and what to do."""

from __future__ import annotations


class JiaotiError(Exception):
    """Base class. ``str(err)`` is the one-line message shown to a person."""


class ConfigError(JiaotiError):
    """A setting is wrong or a needed package is missing."""


class DataDirError(ConfigError):
    """The data folder cannot be used."""


class IndexMissing(JiaotiError):
    """No index has been built for the current embedder and chunking settings."""


class EmbedderMismatch(JiaotiError):
    """The index was built by another embedder than the one configured."""


class IndexBusy(JiaotiError):
    """Another process holds the write lock."""


class IngestError(JiaotiError):
    """One file could not be ingested; the message names the file and the reason."""


class QuestionRejected(JiaotiError):
    """The question cannot be processed (empty, too long, not text)."""


class StoreUnavailable(JiaotiError):
    """The vector store cannot be reached."""


class LLMUnavailable(JiaotiError):
    """The language-model endpoint is not configured or did not answer."""
