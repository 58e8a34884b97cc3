"""The real app in its own process (see eval/appproc.py)."""

from eval.appproc import AppProcess as AppServer  # noqa: F401
