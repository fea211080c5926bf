"""Figure extraction: every quantitative claim about people in an article, with its hedge,
scope, attribution and the quote it stands on, in every language of the packs.

The article is seen through its token view (``doc``) and run through the registered passes
(``registry``): the rules of its language pack, plus those of the selected domain packs
(``lang.domains``). A domain pack with an extractor of its own (the gun-violence pack for US
shooting news) replaces this one for the languages it covers.

>>> from newsprism.extract.figures import explain
>>> [(c.kind, c.quantity.value) for c in explain("Le bilan s'élève à 135 morts.", "fr") if c.is_figure]
[(<FigureKind.KILLED: 'killed'>, 135)]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from newsprism.extract.candidates import Candidate
from newsprism.extract.doc import Doc
from newsprism.extract.passes.resolve import to_figures
from newsprism.extract.registry import PASSES, run_passes
from newsprism.extract.state import State
from newsprism.lang.domains import detect_domains, load_domain
from newsprism.lang.packs import LanguagePack, load_pack
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Rule
from newsprism.model.article import Article, Sentence
from newsprism.model.figures import Figure

EXTRACTOR = "extract.figures.v6"
#: ``domains`` value that selects the domain packs per article by their detection cues.
AUTO = "auto"

DomainExtractor = Callable[[Article, Sequence[Sentence]], tuple[Figure, ...]]


def _gun_violence(article: Article, sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    from newsprism.extract.gun_violence.figures import extract_figures as extract  # noqa: PLC0415

    return extract(article, sentences)


#: Extractors that a domain pack may name in its ``domain.toml`` (``extractor = "..."``).
DOMAIN_EXTRACTORS: Mapping[str, DomainExtractor] = {"gun-violence": _gun_violence}


def _lexicon_of(
    pack: LanguagePack, extra: tuple[Mapping[str, PhraseTable[str]], ...]
) -> Callable[[str], PhraseTable[str]]:
    if not extra:
        return pack.lexicon
    merged = dict(pack.lexicons)
    for table in extra:
        merged.update(table)
    empty: PhraseTable[str] = PhraseTable.build([])
    return lambda name: merged.get(name, empty)


@functools.cache
def _rules_for(
    lang: str, domains: tuple[str, ...]
) -> tuple[tuple[Rule, ...], tuple[Mapping[str, PhraseTable[str]], ...]]:
    pack = load_pack(lang)
    rules = list(pack.rules)
    lexicons: list[Mapping[str, PhraseTable[str]]] = []
    for name in domains:
        domain = load_domain(name)
        if pack.lang in domain.languages:
            rules.extend(domain.rules.get(pack.lang, ()))
            lexicons.append(domain.lexicons.get(pack.lang, {}))
    return tuple(rules), tuple(lexicons)


def selected_domains(article: Article, domains: Sequence[str]) -> tuple[str, ...]:
    """The domain packs in force for ``article``: those named, or (``auto``) those whose
    detection cues its text meets."""
    if AUTO in domains:
        lang = load_pack(article.lang).lang
        found = detect_domains(lang, f"{article.title}\n{article.text}")
        return tuple(sorted({*found, *(d for d in domains if d != AUTO)}))
    return tuple(domains)


def candidates(
    article: Article, sentences: Sequence[Sentence], domains: Sequence[str] = ()
) -> tuple[Candidate, ...]:
    """Every candidate number of the article after all passes (figures and non-figures, with
    the rules that fired on each): what ``explain`` shows and the rule tests read."""
    pack = load_pack(article.lang)
    rules, lexicons = _rules_for(pack.lang, tuple(domains))
    state = State(
        doc=Doc.build(article, sentences, pack), rules=rules, lexicon=_lexicon_of(pack, lexicons)
    )
    return run_passes(state, PASSES).candidates


def extract_figures(
    article: Article, sentences: Sequence[Sentence], *, domains: Sequence[str] = ()
) -> tuple[Figure, ...]:
    """Every figure in ``article``, sorted by evidence start.

    ``sentences`` are the article's sentences (``segment.split_sentences``); ``domains`` the
    domain packs to use (names, or ``"auto"``). Articles in an unknown language are read with
    English data.
    """
    chosen = selected_domains(article, domains)
    pack = load_pack(article.lang)
    for name in chosen:
        domain = load_domain(name)
        if domain.extractor is not None and pack.lang in domain.languages:
            return DOMAIN_EXTRACTORS[domain.extractor](article, sentences)
    rules, lexicons = _rules_for(pack.lang, chosen)
    state = State(
        doc=Doc.build(article, sentences, pack), rules=rules, lexicon=_lexicon_of(pack, lexicons)
    )
    return to_figures(run_passes(state, PASSES), EXTRACTOR)


def explain(text: str, lang: str, domains: Sequence[str] = ()) -> tuple[Candidate, ...]:
    """The candidates of a short text read as an article in ``lang`` (for rule examples,
    tests and ``newsprism langs --explain``)."""
    from newsprism.model.ids import article_id_for  # noqa: PLC0415
    from newsprism.segment.sentences import split_sentences  # noqa: PLC0415

    article = Article(
        article_id=article_id_for(text),
        ref="example",
        title="",
        text=text,
        lang=lang,
        lang_confidence=1.0,
        cleaner="example",
    )
    return candidates(article, split_sentences(text), domains)


__all__ = [
    "AUTO",
    "DOMAIN_EXTRACTORS",
    "EXTRACTOR",
    "candidates",
    "explain",
    "extract_figures",
    "selected_domains",
]
