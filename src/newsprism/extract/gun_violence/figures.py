"""Figure extraction: every quantitative claim about people in an article, with its hedge,
scope, attribution and the quote it stands on.

Per sentence: numbers are read (``numbers``), dropped when they are not counts of people
(``kinds.is_not_figure``), tied to the nearest casualty word (``kinds.find_kind``), scoped
(``scope``) and attributed (``attribution``). Sentences without a digit or a number word are
skipped before tokenizing, which keeps the cost per article flat and small.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Mapping, Sequence

from newsprism.extract.gun_violence.attribution import attribute
from newsprism.extract.gun_violence.breakdowns import tells_condition, without_breakdowns
from newsprism.extract.gun_violence.companions import with_companions, with_named_subject
from newsprism.extract.gun_violence.headlines import bare_singles, in_headline
from newsprism.extract.gun_violence.kinds import (
    YEAR_RANGE,
    KindMatch,
    find_kind,
    is_not_figure,
    is_shot_wound,
    tells_death,
)
from newsprism.extract.gun_violence.later_deaths import find_ordinal_deaths
from newsprism.extract.gun_violence.links import link_lines
from newsprism.extract.gun_violence.multiples import find_multiples
from newsprism.extract.gun_violence.numbers import QuantityMatch, find_quantities
from newsprism.extract.gun_violence.ordinals import find_ordinals
from newsprism.extract.gun_violence.others import are_the_others
from newsprism.extract.gun_violence.outcomes import one_outcome
from newsprism.extract.gun_violence.pack import LanguagePack, load_pack
from newsprism.extract.gun_violence.person_counts import (
    Mention,
    counted_by,
    counted_one,
    died_next,
    words_after,
)
from newsprism.extract.gun_violence.person_cues import PersonCues, load_persons
from newsprism.extract.gun_violence.persons import PersonMatch, find_persons
from newsprism.extract.gun_violence.roundups import find_roundup_subject
from newsprism.extract.gun_violence.scope import (
    GROUP_WINDOW,
    find_group,
    find_incidents,
    find_period,
    find_place,
)
from newsprism.extract.gun_violence.sentence_sources import Sources
from newsprism.extract.gun_violence.suicides import with_killer
from newsprism.extract.gun_violence.tallies import find_calendar_tally, find_tally
from newsprism.extract.gun_violence.tokens import Token, ascii_digits
from newsprism.extract.gun_violence.victim_lists import with_lists
from newsprism.extract.gun_violence.wholes import outcome_of_all
from newsprism.model.article import Article, Sentence, Span
from newsprism.model.figures import Figure, FigureKind
from newsprism.model.ids import FigureId, content_hash

EXTRACTOR = "extract.gun_violence.v5"

_NEWLINE = re.compile("\n")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")

#: A year this many years before the article's date marks a sentence about the past (a guess:
#: tolls of the last year or two are still "the event" in follow-up reporting).
PAST_YEARS = 2


def _may_hold_figure(chunk: str, pack: LanguagePack, cues: PersonCues) -> tuple[bool | None, bool]:
    """Cheap pre-filter: a word that can start a casualty phrase, and a digit or number word
    (``True``); or, instead of a number, a bare noun for one person, which counts in headlines
    only (``False``); else ``None``. Second: whether the sentence has a word that can say what
    happened to one person ("died", "was wounded"; see ``persons``)."""
    words = _LETTERS.findall(chunk.lower())
    distinct = set(words)
    person = bool(cues) and not cues.first_words.isdisjoint(distinct)
    if not distinct.isdisjoint(pack.multiples.counts):  # "a triple shooting" (``multiples``)
        return True, person
    stems = pack.kind_stems
    if pack.kind_words.isdisjoint(distinct) and not (
        stems and any(w.startswith(stems) for w in distinct)
    ):
        return None, person
    if _DIGIT.search(chunk) is not None or not pack.quantity_starters.isdisjoint(distinct):
        return True, person
    number = pack.words
    if number.clitics and any(number.lookup(w) is not None for w in distinct):
        return True, person
    return (None if pack.headline_singles.isdisjoint(distinct) else False), person


def _is_about_the_past(
    tokens: Sequence[Token], found: Sequence[QuantityMatch], article: Article, pack: LanguagePack
) -> bool:
    """A sentence that names a year well before the article's date speaks of another time
    ("the worst since 1982, when 20,000 were killed"). Without a date nothing is dropped."""
    if article.published is None:
        return False
    cutoff = article.published.year - PAST_YEARS
    norms = [t.norm for t in tokens]
    for q in found:
        tok = tokens[q.number_first]
        if (
            q.number_last == q.number_first + 1
            # "the 1800 block of": a number with a unit after it is no year
            and pack.not_after.match_at(norms, q.last) is None
            and tok.number is not None
            and tok.text.isdigit()
            and len(tok.text) == 4
            and YEAR_RANGE.start <= int(tok.text) < cutoff
        ):
            return True
    return False


def extract_figures(article: Article, sentences: Sequence[Sentence]) -> tuple[Figure, ...]:
    """Every figure in ``article``, sorted by evidence start.

    ``sentences`` are the article's sentences (``segment.split_sentences``). Articles in an
    unknown language are read with English data.
    """
    pack = load_pack(article.lang)
    text = ascii_digits(article.text)
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    first_content = len(text) - len(text.lstrip())
    lines = [bisect.bisect_right(breaks, s.span.start) for s in sentences]
    history = Sources(text, sentences, lines, pack)
    cues = load_persons(pack.lang)
    headlines: dict[int, bool] = {}  # by line: sentences of a paragraph share it
    links = link_lines(text, pack, title_line=bisect.bisect_right(breaks, first_content))

    def on_headline(i: int) -> bool:
        if lines[i] not in headlines:
            headlines[lines[i]] = in_headline(
                text, sentences[i], breaks, article.title, first_content
            )
        return headlines[lines[i]]

    @functools.cache
    def near_death(i: int) -> bool:
        """Whether sentence ``i`` or one beside it tells a death."""
        return any(
            tells_death(history.tokens_of(k)[1], pack)
            for k in range(max(0, i - 1), min(len(sentences), i + 2))
        )

    def dead_before(i: int, dead_told: bool) -> bool:
        """Whether a death was told before sentence ``i``: in a figure (``dead_told``) or in
        the sentence right before it."""
        return dead_told or (i > 0 and tells_death(history.tokens_of(i - 1)[1], pack))

    figures: list[Figure] = []
    implicit: dict[FigureId, frozenset[FigureKind]] = {}  # one person each, and who count them
    mentions: dict[FigureId, Mention] = {}
    conditions: dict[FigureId, str] = {}  # counts in a condition ("two critically", ``breakdowns``)
    dead_told = False  # a death figure in an earlier sentence (``others``)
    for i, sentence in enumerate(sentences):
        chunk = text[sentence.span.start : sentence.span.end]
        may, person = _may_hold_figure(chunk, pack, cues)
        if (may is None and not person) or lines[i] in links:
            continue
        # Bare nouns and ages count people in the title line only ("Man dies after shooting"):
        # short lines further down are as often links to other stories.
        title_line = lines[i] == lines[0]
        headline: bool | None = None
        if may is not True and not person:
            headline = title_line and on_headline(i)
            if not headline:
                continue
        tokens, norms = history.tokens_of(i)
        found = find_quantities(tokens, pack) if may is not None else []
        quantities = [q for q in found if not is_not_figure(tokens, norms, q, pack)]
        bare: list[QuantityMatch] = []
        if (
            may is not None
            and title_line
            and (found or not pack.headline_singles.isdisjoint(norms))
            and on_headline(i)
        ):
            # Headlines drop articles: "Man dies after shooting" is "a man died".
            headline = True
            bare = bare_singles(tokens, norms, found, pack)
            if bare:  # a headline's list takes in the counts it names ("Man, 2 teens shot")
                inside = {k for b in bare for k in range(b.first, b.last)}
                kept = [q for q in quantities if q.first not in inside]
                quantities = sorted([*kept, *bare], key=lambda q: q.first)
        quantities = with_companions(tokens, norms, quantities, pack)
        quantities = with_named_subject(tokens, norms, quantities, pack, cues)
        # "a quadruple shooting": four people shot, the kind told by the event; "a fourth
        # victim was also injured": four people shot, told by the rank (``ordinals``).
        # "Third man dies": three dead, told by the rank (``later_deaths``); the one person
        # it names is no figure of its own.
        ranked = find_ordinal_deaths(norms, pack)
        quantities = [
            q
            for q in quantities
            if not any(m.quantity.first <= q.first < m.quantity.last for m in ranked)
        ]
        named = {
            m.quantity.first: m
            for m in [*find_multiples(norms, pack), *find_ordinals(norms, pack), *ranked]
            if not any(q.first <= m.quantity.first < q.last for q in quantities)
        }
        if named:
            quantities = sorted(
                [*quantities, *(m.quantity for m in named.values())], key=lambda q: q.first
            )
        persons: list[PersonMatch] = []
        if person and not bare and (title_line or not on_headline(i)):
            # One person and what happened to them: "The man died at the hospital".
            taken = {k for q in quantities for k in range(q.first, q.last)}
            persons = find_persons(tokens, norms, taken, pack, cues)
        if headline is None and (quantities or persons):
            headline = on_headline(i)
        if not (quantities or persons) or _is_about_the_past(tokens, found, article, pack):
            continue
        headline = bool(headline)
        starts = frozenset(q.number_first for q in quantities)
        # The sentence's period, read once and only when it has a figure.
        period = functools.cache(functools.partial(find_period, tokens, norms, found, pack))
        make = functools.partial(_figure, article, i, sentence, tokens, norms)
        killed_before = False
        after = functools.partial(words_after, norms, cues)
        stated: set[FigureKind] = set()
        survivors: list[FigureId] = []  # one person found shot, read injured (``outcomes``)
        for q in quantities:
            event = named.get(q.first)
            kind = event.kind if event else find_kind(norms, q, starts - {q.number_first}, pack)
            shot = kind is not None and kind.kind is FigureKind.CASUALTIES
            if kind is not None:
                told = functools.partial(near_death, i)
                kind = _kind_of(norms, q, kind, pack, cues, killed_before, told)
            figure = make(q, starts, history, pack, period, headline, kind=kind)
            if figure is None:
                continue
            if kind is not None:
                before = functools.partial(dead_before, i, dead_told)
                figure = _adjusted(figure, norms, q, kind, starts, pack, killed_before, before)
            killed_before = killed_before or figure.kind is FigureKind.KILLED
            stated.add(figure.kind)
            figures.append(figure)
            if condition := tells_condition(norms, q, starts, pack):
                conditions[figure.figure_id] = condition
            if shot and figure.kind is FigureKind.INJURED and figure.quantity.value == 1:
                survivors.append(figure.figure_id)  # one of a count, like persons
            if figure.quantity.value == 1:  # "a 17-year-old was wounded. He died later."
                mentions[figure.figure_id] = Mention(
                    i, figure.kind, tuple(norms[q.first : q.last]), not q.first, after(q, kind)
                )
        for p in persons:
            if p.kind.kind in stated:
                continue  # "Two men were killed: Smith died at the scene": counted already
            figure = make(p.quantity, starts, history, pack, period, headline, kind=p.kind)
            if figure is not None:
                stated.add(figure.kind)
                figures.append(figure)
                implicit[figure.figure_id] = counted_by(p, stated)
                first, last = p.quantity.first, p.quantity.last
                mentions[figure.figure_id] = Mention(
                    i, figure.kind, tuple(norms[first:last]), not first, after(p.quantity, p.kind)
                )
        for survivor in survivors:
            implicit[survivor] = counted_one(FigureKind.INJURED, stated)
        dead_told = dead_told or FigureKind.KILLED in stated
    died = died_next(mentions, cues)
    figures = _without_parts([f for f in figures if f.figure_id not in died], implicit)
    figures = without_breakdowns(figures, conditions)
    figures = with_lists(figures, mentions, cues)  # "a man was shot ..., and a woman ..."
    figures.sort(key=lambda f: (f.evidence.start, f.evidence.end, f.kind))
    return tuple(figures)


def _without_parts(
    figures: list[Figure], implicit: Mapping[FigureId, frozenset[FigureKind]]
) -> list[Figure]:
    """``figures`` less the single persons (``implicit``: each with the kinds of count that
    include them, ``person_counts.counted_by``) whose article counts them with a number: the person
    is one of those counted, not the total."""
    if not implicit:
        return figures
    counted = {f.kind for f in figures if f.figure_id not in implicit}
    return [
        f
        for f in figures
        if f.figure_id not in implicit or counted.isdisjoint(implicit[f.figure_id])
    ]


def _kind_of(
    norms: Sequence[str],
    q: QuantityMatch,
    kind: KindMatch,
    pack: LanguagePack,
    cues: PersonCues,
    killed_before: bool,
    near_death: Callable[[], bool],
) -> KindMatch:
    """The kind of quantity ``q`` once read in its sentence: one person's outcome
    (``outcomes``; ``killed_before``: a death counted earlier in the sentence), and a count
    found with gunshot wounds read as shot when a death is told around it (``near_death``)."""
    if q.quantity.value == 1:
        kind = one_outcome(norms, q.first, q.last, kind, cues, killed_before=killed_before)
    if is_shot_wound(norms, kind, pack) and near_death():
        # "All four were found with gunshot wounds", the deaths told around it: shot.
        kind = dataclasses.replace(kind, kind=FigureKind.CASUALTIES)
    return kind


def _adjusted(
    figure: Figure,
    norms: Sequence[str],
    q: QuantityMatch,
    kind: KindMatch,
    starts: frozenset[int],
    pack: LanguagePack,
    killed_before: bool,
    dead_before: Callable[[], bool],
) -> Figure:
    """``figure`` (of quantity ``q``, its casualty word ``kind``) with what the rest of its
    sentence adds: the killer who killed himself too (``suicides``), an outcome told of all
    (``wholes``), and "the others" beside the dead read as the wounded (``others``; the dead
    counted earlier in the sentence, ``killed_before``, or before it, ``dead_before``)."""
    if more := with_killer(norms, q, kind, starts, pack):
        # "killed his two sons before killing himself": three dead.
        figure = dataclasses.replace(figure, quantity=more)
    if outcome := outcome_of_all(norms, q.last, kind, pack, figure.quantity.value):
        # "shot his girlfriend and her son, wounding both": two wounded (``wholes``).
        figure = dataclasses.replace(figure, kind=outcome)
    others = q.last < len(norms) and norms[q.last] in pack.others
    if (killed_before and figure.kind is FigureKind.CASUALTIES and others) or (
        are_the_others(norms, q, kind, pack) and dead_before()
    ):
        # "one dead and 11 others shot": the others are the wounded (``others``).
        figure = dataclasses.replace(figure, kind=FigureKind.INJURED)
    return figure


def _figure(
    article: Article,
    index: int,
    sentence: Sentence,
    tokens: list[Token],
    norms: list[str],
    q: QuantityMatch,
    starts: frozenset[int],
    history: Sources,
    pack: LanguagePack,
    period: Callable[[], str | None],
    headline: bool,
    *,
    kind: KindMatch | None = None,
) -> Figure | None:
    """The figure of quantity ``q`` (its casualty word found here, unless ``kind`` is given)."""
    if kind is None:
        kind = find_kind(norms, q, starts - {q.number_first}, pack)
    if kind is None:
        return None
    core_first, core_last = min(q.first, kind.first), max(q.last, kind.last)
    attribution, mention = attribute(history, index, core_first, core_last)
    first, last = core_first, core_last
    if mention is not None:
        first, last = min(first, mention.first), max(last, mention.last)
    evidence = Span(tokens[first].start, tokens[last - 1].end)
    group_last = kind.last if kind.first >= q.last else q.last + GROUP_WINDOW
    # A coordination's nouns name its parts ("two men and a woman"), not a group of the whole.
    group_first = q.last if q.coordinated else q.first
    group = find_group(tokens, norms, group_first, min(group_last, len(tokens)), pack)
    place = find_place(tokens, norms, core_first, core_last, pack, headline=headline)
    figure_id = FigureId(
        "f" + content_hash(article.article_id, str(evidence.start), str(evidence.end), kind.kind)
    )
    return Figure(
        figure_id=figure_id,
        article_id=article.article_id,
        lang=pack.lang if article.lang not in ("", "unknown") else article.lang,
        kind=kind.kind,
        quantity=q.quantity,
        group=group,
        place=place,
        period=period(),
        attribution=attribution,
        evidence=evidence,
        sentence_index=sentence.index,
        extractor=EXTRACTOR,
        in_headline=headline,
        incidents=(
            find_incidents(tokens, norms, core_last, pack)
            or find_tally(tokens, norms, core_last, pack)
            or find_roundup_subject(tokens, norms, core_first, pack)
            or find_calendar_tally(tokens, norms, core_first, core_last, pack)
        ),
    )


__all__ = ["EXTRACTOR", "extract_figures"]
