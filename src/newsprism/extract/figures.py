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
from newsprism.extract.state import State, Triggers
from newsprism.lang.domains import detect_domains, load_domain
from newsprism.lang.packs import LanguagePack, load_pack
from newsprism.lang.patterns import AtomKind
from newsprism.lang.phrases import PhraseTable
from newsprism.lang.rules import Action, Rule
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


#: Lexicons whose phrases give a number its kind by proximity (``passes.kinds``).
KIND_LEXICONS = ("casualty_after", "casualty_before")


def _phrase_triggers(tables: Sequence[PhraseTable[str]], words: set[str], stems: set[str]) -> None:
    """One word per phrase that every sentence holding the phrase holds: its longest word
    (rarer than "in" or "of"), else its stem."""
    for table in tables:
        for toks, _ in table.entries():
            plain = [t for t in toks if not t.endswith("*")]
            if plain:
                words.add(max(reversed(plain), key=len))  # "have died": "died"
            else:
                stems.add(toks[0][:-1])


def _triggers(rules: Sequence[Rule], lexicon: Callable[[str], PhraseTable[str]]) -> Triggers:
    """The words a sentence must hold to hold a figure (``state.Triggers``): one of each
    casualty phrase, and for each rule that gives a kind, one of its most selective element."""
    words: set[str] = set()
    stems: set[str] = set()
    _phrase_triggers([lexicon(name) for name in KIND_LEXICONS], words, stems)
    for rule in rules:
        if rule.action not in (Action.FIGURE, Action.PART):
            continue
        best: tuple[tuple[int, int], set[str], set[str]] | None = None
        for e in rule.elements:
            if e.min < 1 or e.negated:
                continue
            w: set[str] = set()
            st: set[str] = set()
            if e.kind is AtomKind.LEXICON:
                _phrase_triggers([lexicon(e.name)], w, st)
            elif e.kind is AtomKind.LITERAL:
                w = {max(toks, key=len) for toks in e.options}
            elif e.kind is AtomKind.STEM:
                st = {e.name}
            else:
                continue
            # The most selective element: its shortest word longest ("them|whom" over "of").
            key = (-min((len(x) for x in (*w, *st)), default=0), len(w) + len(st))
            if best is None or key < best[0]:
                best = (key, w, st)
        if best is None:
            return Triggers()  # a kind may come from any word: read every sentence
        words |= best[1]
        stems |= best[2]
    return Triggers(frozenset(words), tuple(sorted(stems)))


@functools.cache
def _rules_for(
    lang: str, domains: tuple[str, ...]
) -> tuple[tuple[Rule, ...], Callable[[str], PhraseTable[str]], Triggers]:
    pack = load_pack(lang)
    rules = list(pack.rules)
    lexicons: list[Mapping[str, PhraseTable[str]]] = []
    for name in domains:
        domain = load_domain(name)
        if pack.lang in domain.languages:
            rules.extend(domain.rules.get(pack.lang, ()))
            lexicons.append(domain.lexicons.get(pack.lang, {}))
    lexicon = _lexicon_of(pack, tuple(lexicons))
    return tuple(rules), lexicon, _triggers(rules, lexicon)


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
    rules, lexicon, triggers = _rules_for(pack.lang, tuple(domains))
    doc = Doc.build(article, sentences, pack)
    state = State(doc=doc, rules=rules, lexicon=lexicon, triggers=triggers)
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
    rules, lexicon, triggers = _rules_for(pack.lang, chosen)
    doc = Doc.build(article, sentences, pack)
    state = State(doc=doc, rules=rules, lexicon=lexicon, triggers=triggers)
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
