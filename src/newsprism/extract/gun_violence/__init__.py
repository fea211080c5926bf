"""The gun-violence domain pack: US local shooting news (GVA-style reports).

Opt-in (``Settings.domains``): ordinals ("a fourth victim"), murder-suicides, city tallies,
"N shot", one person and what happened to them. Its extractor is the English extractor of
earlier releases (``extract.figures.gva.v5``), with its own data under
``lang/domains/gun-violence/en/``; it never runs on other news.
"""
