"""The core package of 教体问答: typed objects, the one settings object, errors, Chinese
text and number handling, and the lexicon. Every other folder uses it; it imports none of
them."""
