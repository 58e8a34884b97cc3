"""The tokenizer's two-character words by first character, read in one pass: the same
words, in the same order, as reading the whole dictionary for each character, and read at
the app's warm-up rather than on a citizen's first question."""

from __future__ import annotations

from assistant import compounds
from jiaoti import tokenizer as tx


def _scan(char: str) -> tuple[str, ...]:
    return tuple(w for w, f in tx.tokenizer().FREQ.items() if f and len(w) == 2 and w[0] == char)


def test_the_table_holds_every_two_character_word_in_dictionary_order():
    gen = tx.generation()
    for char in "职学教中体":
        assert compounds._openers(char, gen) == _scan(char)
        assert compounds._openers(char, gen)
    assert compounds._openers("\x01", gen) == ()


def test_prepare_reads_the_table_once():
    compounds._two_char_words.cache_clear()
    compounds.prepare()
    assert compounds._two_char_words.cache_info().currsize == 1
    compounds._openers("职", tx.generation())
    assert compounds._two_char_words.cache_info().misses == 1
