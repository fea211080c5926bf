"""Low / best / high of a figure group, in UCDP's shape, with the rule written out.

The rule (it is also written into every ``Estimate.rule``):

- **best** = the latest figure of the best-attributed independent origin. Origins rank by
  attribution (named > anonymous > vague > none), then independence, then by the number of
  articles stating a figure that agrees with the origin's latest one, then by the number of
  articles carrying the origin, then by whether it states an exact number, then by key.
  Within the origin the latest dated figure wins; among figures of the same date (or undated)
  the number the origin repeats most, then the largest (a cumulative toll only rises).
  Magnitude words ("hundreds") bound the count but never set the best when a precise figure
  exists. **Wider report**: another origin's latest figure that is larger *and* stated alike
  by more articles outweighs it (the most widely stated such figure, see ``outweighs``): a
  toll only rises, so the larger, more widely reported count is the fuller one, and a
  better-attributed smaller figure that fewer articles state is an early count or a part of
  the total (one named victim). Against a count of one person, a larger figure stated by as
  many articles is enough when two articles state it or its one article repeats an exact
  number (**one is a part**: victims named one by one each state "one"). **Headline
  total**: when no headline states that figure, an exact figure that a headline states,
  stated alike at least as often (or at least ``HEADLINE_MIN_STATEMENTS`` times), and not
  outweighed by it, is the best instead
  (headlines state a story's total; a better-attributed body figure is often a part of it:
  one named victim). Against a count of one person that the body under the headline states,
  the headline figure needs no more statements (the body names victims one by one). A
  headline count of one person is no total when the first figure of its article's body, in
  the lead (``LEAD_SENTENCES``), is larger: the headline names one of those the lead counts.
- **low** = the largest lower bound stated by the tier of the origin that sets the best (the
  best-attributed tier unless a wider report sets it), never above best.
- **high** = the highest figure stated by that tier (the upper end of a stated
  range; the lower bound of "over n"), never below best
  (with named origins present that is "the highest figure from a credible origin";
  without, the highest stated).
- Nothing is averaged: each number is one stated figure's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from newsprism.model.figures import Figure, Qualifier, Quantity
from newsprism.model.ids import ArticleId, FigureId
from newsprism.model.reconcile import Agreement, Estimate, Origin
from newsprism.reconcile.compare import bounds, compare, is_magnitude, point
from newsprism.reconcile.evolving import evolving_estimate
from newsprism.reconcile.origins import TIER


def _support(origins: Sequence[Origin]) -> dict[str, int]:
    """Articles carrying each origin: its own and those of origins repeating it."""
    articles = {o.key: set(o.article_ids) for o in origins}
    for origin in origins:
        if origin.repeats is not None and origin.repeats in articles:
            articles[origin.repeats].update(origin.article_ids)
    return {key: len(ids) for key, ids in articles.items()}


def corroboration(figures: Sequence[Figure]) -> dict[FigureId, int]:
    """For each figure, how many articles state a figure that agrees with it (its own included).

    Computed over distinct quantities, so a story with thousands of figures but a few dozen
    distinct numbers costs a few hundred comparisons.
    """
    articles: dict[Quantity, set[ArticleId]] = {}
    for figure in figures:
        articles.setdefault(figure.quantity, set()).add(figure.article_id)
    distinct = sorted(articles, key=repr)
    agreeing: dict[Quantity, int] = {}
    for quantity in distinct:
        seen: set[ArticleId] = set()
        for other in distinct:
            if compare(quantity, other) is Agreement.AGREE:
                seen |= articles[other]
        agreeing[quantity] = len(seen)
    return {f.figure_id: agreeing[f.quantity] for f in figures}


def rank_origins(
    origins: Sequence[Origin], chosen: Mapping[str, Figure], agreeing: Mapping[FigureId, int]
) -> list[Origin]:
    """Origins that have a figure in ``chosen`` (their latest), from the most to the least
    trusted: attribution tier, independence, articles agreeing with the chosen figure
    (``agreeing``, see ``corroboration``), articles carrying the origin, an exact number before
    a hedged one, then key."""
    support = _support(origins)
    return sorted(
        (o for o in origins if o.key in chosen),
        key=lambda o: (
            -TIER[o.kind],
            not o.independent,
            -agreeing[chosen[o.key].figure_id],
            -support[o.key],
            chosen[o.key].quantity.qualifier is not Qualifier.EXACT,
            o.key,
        ),
    )


def outweighs(
    figure: Figure,
    other: Figure,
    agreeing: Mapping[FigureId, int],
    said: Mapping[Quantity, int],
) -> bool:
    """Whether ``figure`` outweighs ``other`` as a story's count: it states more, and more
    articles state a figure that agrees with it (``agreeing``, see ``corroboration``).

    A cumulative toll only rises, so of two counts the larger one that is also the more widely
    reported is the later, fuller count; the smaller one, however well attributed, is an
    early count or a part of the total ("a 16-year-old was wounded, police said"). A larger
    figure stated by fewer articles does not outweigh (it may count a wider event, or be a
    misreading), nor does a smaller one stated by more (victims named one by one each state
    "one").

    **One is a part**: against a count of one person, a larger figure stated by as many
    articles outweighs it when it is stated by at least two articles, or, stated in one
    article only, is an exact number stated there at least ``PART_MIN_STATEMENTS`` times
    (``said``, see ``statements``). Reports name victims one by one ("a woman was found dead",
    "one of the men killed"), so "one" is stated wherever the story is, often with a named
    source; a larger count stated as widely and repeated is the total those victims belong
    to. A larger figure stated once, or a bound stated by a single article ("at least 265
    people were shot by children last year"), is no such total: it may misread an age or
    count another event."""
    larger = (point(figure.quantity) or 0) > (point(other.quantity) or 0)
    if not larger:
        return False
    ours, theirs = agreeing[figure.figure_id], agreeing[other.figure_id]
    if ours == theirs and point(other.quantity) == 1:
        return ours >= 2 or (
            figure.quantity.qualifier is Qualifier.EXACT
            and said.get(figure.quantity, 1) >= PART_MIN_STATEMENTS
        )
    return ours > theirs


#: Statements in its one article that a larger exact figure needs to outweigh a count of one
#: stated by as many articles (see ``outweighs``).
PART_MIN_STATEMENTS = 2


def _wider_report(
    origins: Sequence[Origin],
    chosen: Mapping[str, Figure],
    agreeing: Mapping[FigureId, int],
    top: Origin,
    said: Mapping[Quantity, int],
) -> Origin | None:
    """The origin whose latest figure outweighs ``top``'s (see ``outweighs``): of several, the
    one stated by the most articles, then by attribution, independence, articles carrying the
    origin, an exact number, key. ``None`` when none does."""
    support = _support(origins)
    wider = [
        o
        for o in origins
        if o.key in chosen and outweighs(chosen[o.key], chosen[top.key], agreeing, said)
    ]
    if not wider:
        return None
    return min(
        wider,
        key=lambda o: (
            -agreeing[chosen[o.key].figure_id],
            -TIER[o.kind],
            not o.independent,
            -support[o.key],
            chosen[o.key].quantity.qualifier is not Qualifier.EXACT,
            o.key,
        ),
    )


def latest(figures: Sequence[Figure], dates: Mapping[FigureId, dt.date | None]) -> Figure:
    """The latest figure of one origin: by date where known; among figures of the same date
    (or undated), the number the origin repeats most, then the largest (a cumulative toll only
    rises), then by id (deterministic)."""
    counts = statements(figures)
    return max(
        figures,
        key=lambda f: (
            dates.get(f.figure_id) or dt.date.min,
            counts[f.quantity],
            point(f.quantity) or 0,
            f.figure_id,
        ),
    )


#: Statements a headline total needs (or as many as the figure it replaces has, if fewer).
HEADLINE_MIN_STATEMENTS = 2


def _headline_total(
    figures: Sequence[Figure],
    candidates: Sequence[Figure],
    chosen: Figure,
    agreeing: Mapping[FigureId, int],
    said: Mapping[Quantity, int],
) -> tuple[Figure | None, Figure | None]:
    """An exact figure stated in a headline that outweighs ``chosen`` as the story's total, and
    the headline count of one person set aside as one of the people its article's lead counts
    (see ``_one_of_lead``; ``None`` when none was). ``said``: how often each quantity is
    stated (``statements`` of ``figures``).

    Headlines state a story's total ("Two killed", "Four injured"); a better-attributed origin
    often states part of it in the body ("a 16-year-old was pronounced dead, police said"), or
    a detail ("three others are in stable condition"). When no headline states ``chosen``, a
    figure that a headline states, stated alike at least as often as ``chosen`` (or at least
    ``HEADLINE_MIN_STATEMENTS`` times: victims named one by one each state "one"), is the
    total, unless ``chosen`` outweighs it (larger and stated by more articles, see
    ``outweighs``: the headline is then an early count, "16 injured" before the toll rose to
    17, or a part). Against a count of one person that the body under the headline states, a
    headline figure stated less often is the total too (see ``_over_its_one``). A headline
    count of one person that its article's lead counts among more is set aside (see
    ``_one_of_lead``)."""
    if point(chosen.quantity) is None:
        return None, None
    headlined = {f.quantity for f in figures if f.in_headline}

    def in_headline(quantity: Quantity) -> bool:
        return any(compare(quantity, h) is Agreement.AGREE for h in headlined)

    if in_headline(chosen.quantity):
        return None, None
    totals = [
        f
        for f in candidates
        if f.quantity.qualifier is Qualifier.EXACT
        and point(f.quantity) is not None
        and (
            said[f.quantity] >= min(said[chosen.quantity], HEADLINE_MIN_STATEMENTS)
            or _over_its_one(f, chosen, figures)
        )
        and in_headline(f.quantity)
        and not outweighs(chosen, f, agreeing, said)
    ]
    parts = [f for f in totals if _one_of_lead(f, figures)]
    totals = [f for f in totals if f not in parts]
    part = min(parts, key=lambda f: f.figure_id) if parts else None
    if not totals:
        return None, part
    best = max(totals, key=lambda f: (said[f.quantity], (point(f.quantity) or 0), f.figure_id))
    return best, None


def _over_its_one(total: Figure, chosen: Figure, figures: Sequence[Figure]) -> bool:
    """Whether headline figure ``total`` counts the one person that ``chosen`` states: the
    chosen figure is a count of one, and the body of the article whose headline states
    ``total`` states that one too ("Police: 10-Year-Old Girl, Teen Shot" over "A 10-year-old
    girl was hit by a stray bullet"; "3 now dead" over "The man killed by a Sheriff's
    deputy"). The body names victims one by one under the headline's total, so that one is a
    part of it however often it is repeated (see **one is a part** in ``outweighs``)."""
    if point(chosen.quantity) != 1 or not total.in_headline:
        return False
    return any(
        f.article_id == total.article_id
        and not f.in_headline
        and compare(f.quantity, chosen.quantity) is Agreement.AGREE
        for f in figures
    )


#: Body sentences (after the headline, numbered from 1) that make an article's lead.
LEAD_SENTENCES = 3


def _one_of_lead(total: Figure, figures: Sequence[Figure]) -> bool:
    """Whether ``total``, a headline count of one person, is one of the people that the lead of
    the same article counts: the first figure of the group in that article's body, within its
    first ``LEAD_SENTENCES`` sentences, states a larger number.

    A headline names the most newsworthy victim ("Two-Year-Old Child Shot", "Girl, 7, grazed
    by bullet"); the lead under it tells the whole event ("A two year old child and a woman are
    shot overnight"). When the body opens with the one person instead ("A teenager was shot
    ...") and a larger number only comes later (an age, a later toll, another event), the
    headline stays the total."""
    if point(total.quantity) != 1:
        return False
    headed = {
        f.article_id
        for f in figures
        if f.in_headline and compare(f.quantity, total.quantity) is Agreement.AGREE
    }
    for article_id in headed:
        body = [f for f in figures if f.article_id == article_id and not f.in_headline]
        if not body:
            continue
        first = min(body, key=lambda f: (f.sentence_index, f.evidence.start))
        if first.sentence_index <= LEAD_SENTENCES and (point(first.quantity) or 0) > 1:
            return True
    return False


def statements(figures: Sequence[Figure]) -> dict[Quantity, int]:
    """For each distinct quantity, how many figures state one that agrees with it."""
    counts: dict[Quantity, int] = {}
    for figure in figures:
        counts[figure.quantity] = counts.get(figure.quantity, 0) + 1
    return {
        q: sum(n for other, n in counts.items() if compare(q, other) is Agreement.AGREE)
        for q in counts
    }


def _stated_high(figure: Figure) -> int | None:
    quantity = figure.quantity
    if quantity.qualifier is Qualifier.RANGE and quantity.high is not None:
        return quantity.high
    return point(quantity)


def _fmt(number: int | None) -> str:
    return "none" if number is None else f"{number:,}"


def estimate(
    figures: Sequence[Figure],
    origins: Sequence[Origin],
    origin_of: Mapping[FigureId, str],
    dates: Mapping[FigureId, dt.date | None],
) -> Estimate:
    """The estimate of one group (``figures`` non-empty, ``origins`` built from them)."""
    if not figures:
        return Estimate(low=None, best=None, high=None, rule="no figures")
    evolving = evolving_estimate(figures, origins, origin_of, dates)
    if evolving is not None:
        return evolving
    precise = [f for f in figures if not is_magnitude(f.quantity) and point(f.quantity) is not None]
    candidates = precise or [f for f in figures if point(f.quantity) is not None]
    if not candidates:
        return Estimate(low=None, best=None, high=None, rule="no figure states a number")
    by_origin: dict[str, list[Figure]] = {}
    for figure in candidates:
        by_origin.setdefault(origin_of[figure.figure_id], []).append(figure)
    latest_of = {key: latest(members, dates) for key, members in by_origin.items()}
    agreeing = corroboration(figures)
    attributed = rank_origins(origins, latest_of, agreeing)[0]
    said = statements(figures)
    wider = _wider_report(origins, latest_of, agreeing, attributed, said)
    top = wider or attributed
    chosen = latest_of[top.key]
    headline, lead_part = _headline_total(figures, candidates, chosen, agreeing, said)
    best = point((headline or chosen).quantity)
    tier = TIER[top.kind]
    kind_of = {o.key: o.kind for o in origins}
    trusted = [f for f in figures if TIER[kind_of[origin_of[f.figure_id]]] == tier]
    lows = [b.low for f in trusted if (b := bounds(f.quantity)).low is not None]
    highs = [h for f in trusted if (h := _stated_high(f)) is not None]
    low = min(max(lows), best) if lows and best is not None else best
    high = max([*highs, best]) if best is not None else None
    tier_name = top.kind.value
    if not precise:
        magnitude_note = "; only magnitude words are given: best is the bound they imply"
    elif len(precise) < len(figures):
        magnitude_note = "; magnitude words bound but do not set the best"
    else:
        magnitude_note = ""
    lead_note = (
        ""
        if lead_part is None
        else "; the one person a headline states is one of those its article's lead counts, "
        "not the total"
    )
    notes = magnitude_note + lead_note
    if headline is None and wider is not None:
        passed = latest_of[attributed.key]
        ours, theirs = agreeing[chosen.figure_id], agreeing[passed.figure_id]
        why = (
            f"stated alike by more articles ({ours} against {theirs}): the wider report of a "
            "toll that only rises"
            if ours > theirs
            else f"stated alike by as many articles ({ours}) and repeated: a count of one "
            "person is a part of the total (victims named one by one)"
        )
        best_rule = (
            f"best {_fmt(best)}: latest figure of {top.label} ({tier_name}), larger than the "
            f"{_fmt(point(passed.quantity))} of the best-attributed independent origin "
            f"({attributed.label}, {attributed.kind.value}) and {why}{notes}; "
        )
    elif headline is None:
        best_rule = (
            f"best {_fmt(best)}: latest figure of the best-attributed independent origin "
            f"({top.label}, {tier_name}, stated alike by {agreeing[chosen.figure_id]} "
            f"article(s)){notes}; "
        )
    else:
        one_under = _over_its_one(headline, chosen, figures)
        best_rule = (
            f"best {_fmt(best)}: the total stated in a headline (stated alike "
            f"{said[headline.quantity]} time(s) in {agreeing[headline.figure_id]} "
            f"article(s)), over the {_fmt(point(chosen.quantity))}"
            f"{', a person that the body under it states,' if one_under else ''} of the "
            f"{'best-attributed' if wider is None else 'most widely stated larger'} "
            f"origin ({top.label}, {tier_name}), which no headline states{notes}; "
        )
    rule = (
        best_rule + f"low {_fmt(low)}: largest lower bound from {tier_name} origins; "
        f"high {_fmt(high)}: highest figure from {tier_name} origins"
        f"{'' if headline is None else ' or the best if higher'}; nothing averaged"
    )
    best_id = (headline or chosen).figure_id
    return Estimate(low=low, best=best, high=high, rule=rule, best_figure_id=best_id)
