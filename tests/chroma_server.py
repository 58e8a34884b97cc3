"""A real `chroma run` server (see eval/chromaproc.py)."""

from eval.chromaproc import ChromaProcess as ChromaServer  # noqa: F401
