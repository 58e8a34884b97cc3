"""Substring look-ups in the documents' text that do not read the whole corpus.

Question reading asks many times per question whether the documents contain a string
('优秀教育工作者', '净入学率', '2024年') and where. Scanning all text for each costs time
in proportion to the corpus; here every two-character sequence keeps the (sorted) list
of texts holding it, so a look-up reads only the texts that hold the string's rarest pair
— and a string with a pair no text holds is answered at once. Answers are exactly those of
a scan of the texts joined by newlines, for strings without a newline."""

from __future__ import annotations

from typing import Iterator

SCAN_LIMIT = 4096      # a rarest pair in more texts than this: one scan of the joined text


def _key(a: str, b: str) -> int:
    return (ord(a) << 21) | ord(b)


class CorpusText:
    """Texts (in order) with a character-pair index; ``in``, ``count``, ``containing``,
    ``occurrences`` as on the texts joined by newlines."""

    def __init__(self, texts: list[str]):
        import numpy as np

        self.texts = list(texts)
        self.blob = "\n".join(self.texts)
        self.chars = frozenset(self.blob)
        n = max(len(self.texts), 1)
        codes = np.frombuffer(self.blob.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if len(codes) < 2:
            self._keys = np.zeros(0, dtype=np.uint64)
            self._offsets = np.zeros(1, dtype=np.int64)
            self._owners = np.zeros(0, dtype=np.int64)
            return
        keys = (codes[:-1] << np.uint64(21)) | codes[1:]
        lengths = np.fromiter((len(t) + 1 for t in self.texts), dtype=np.int64,
                              count=len(self.texts))
        owner = np.repeat(np.arange(len(self.texts), dtype=np.uint64), lengths)[:len(keys)]
        pairs = np.unique(keys * np.uint64(n) + owner)       # sorted by pair, then text
        pair_keys, owners = pairs // np.uint64(n), (pairs % np.uint64(n)).astype(np.int64)
        self._keys, starts = np.unique(pair_keys, return_index=True)
        self._offsets = np.append(starts, len(pairs)).astype(np.int64)
        self._owners = owners

    @classmethod
    def of(cls, text) -> "CorpusText":
        """``text`` itself if it is one, else an index of the one string."""
        return text if isinstance(text, CorpusText) else cls([text])

    # -- look-ups -----------------------------------------------------------------------------
    def pair_known(self, pair: str) -> bool:
        return self._posting(pair) is not None

    def _posting(self, pair: str):
        import numpy as np

        key = np.uint64(_key(pair[0], pair[1]))
        i = int(np.searchsorted(self._keys, key))
        if i >= len(self._keys) or self._keys[i] != key:
            return None
        return self._owners[self._offsets[i]:self._offsets[i + 1]]

    def _candidates(self, s: str) -> list[int] | None:
        """Texts that may hold ``s`` (in order): [] when one of its pairs is nowhere, None
        when its rarest pair is too common to be worth it (the caller scans)."""
        rarest = None
        for i in range(len(s) - 1):
            posting = self._posting(s[i:i + 2])
            if posting is None:
                return []
            if rarest is None or len(posting) < len(rarest):
                rarest = posting
        return None if len(rarest) > SCAN_LIMIT else rarest.tolist()

    def __contains__(self, s: str) -> bool:
        if len(s) < 2:
            return s in self.chars or s == ""
        texts = self._candidates(s)
        if texts is None:
            return s in self.blob
        return any(s in self.texts[k] for k in texts)

    def count(self, s: str) -> int:
        """Occurrences of ``s`` (2+ characters) in all texts."""
        texts = self._candidates(s) if len(s) >= 2 else None
        if texts is None:
            return self.blob.count(s)
        return sum(self.texts[k].count(s) for k in texts)

    def _holding(self, s: str) -> Iterator[int]:
        texts = self._candidates(s) if len(s) >= 2 else None
        for k in range(len(self.texts)) if texts is None else texts:
            if s in self.texts[k]:
                yield k

    def containing(self, s: str, limit: int) -> list[int]:
        """Positions (in order) of the texts holding ``s``, at most ``limit``."""
        out = []
        for k in self._holding(s):
            if len(out) >= limit:
                break
            out.append(k)
        return out

    def occurrences(self, s: str, limit: int) -> Iterator[tuple[str, int]]:
        """(text, offset) of each occurrence of ``s`` (not overlapping), in order, at most
        ``limit``."""
        seen = 0
        for k in self._holding(s) if s else ():
            text = self.texts[k]
            at = text.find(s)
            while at >= 0:
                if seen >= limit:
                    return
                yield text, at
                seen += 1
                at = text.find(s, at + len(s))
