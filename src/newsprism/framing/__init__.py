"""Framing profiles: opinion, loaded language, hedges and sourcing of articles and outlets.

``frame_article`` computes an article's signals (each tied to a span of its text) and its
opinion score; ``with_single_source`` adds a story's single-source claims; ``outlet_profiles``
aggregates articles by outlet. The cues are language data (``lang/resources/<iso>/framing.toml``
and the attribution cues of the language packs); the weights that combine them are hand-set
and the same in every language (``framing.opinion``).
"""
