"""Single victims listed one by one, summed into the count the article never states.

Local news often describes each person shot rather than counting them: "A woman was shot in
the back, another woman was shot in the face and a man was shot in the chest", "A 15-year-old
boy was shot in the face and an 18-year-old man was shot in the leg", "An 18-year-old female
was shot ... An 18-year-old male was also shot". Each person is a figure of one
(``persons``, ``outcomes``); read alone, each says "one shot", and the article's count of
people shot is lost. The rule reads:

- **members**: figures of one person shot or injured (not killed, not in a headline), each
  an indefinite phrase for one person ("a man", "an 18-year-old male", "another woman"; the
  words of ``person_counts.Mention``), in one sentence or in sentences next to each other;
- **distinct**: the same words twice name the same person again (a photo caption repeated
  under each image), so a repeat is read once; a definite phrase or a pronoun ("the man",
  "he") names someone already counted, and ends the list;
- the **sum** is a figure of the article: its evidence runs from the first person to the
  last; its kind is injured when every member was found injured, else people shot.

A numbered count of people shot or injured in the article ("three people were shot", even
later) already counts them: no sum then, lest the list count them twice, and the persons found
shot are parts of that count, no figure of their own (persons found injured stay). A roundup
of several incidents is left alone (``with_lists``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from newsprism.extract.gun_violence.person_counts import Mention
from newsprism.extract.gun_violence.person_cues import PersonCues
from newsprism.model.article import Span
from newsprism.model.figures import Figure, FigureKind, Qualifier, Quantity
from newsprism.model.ids import FigureId, content_hash

#: The kinds a listed person may have, and the counts that already include them.
LISTED = frozenset({FigureKind.CASUALTIES, FigureKind.INJURED})
#: How many sentences apart two persons of one list may be (1: next to each other).
MAX_GAP = 1
#: Words between the person and what happened to them ("was also", "was riding his bicycle
#: when he was"): further on, the clause is as often about someone else.
MAX_AFTER = 4


def with_lists(
    figures: Sequence[Figure], mentions: Mapping[FigureId, Mention], cues: PersonCues
) -> list[Figure]:
    """``figures`` (one article's; ``mentions``: the person words of its figures of one) with
    its single victims (``summed_lists``) read as parts: of the article's numbered count of
    people shot or injured where it has one (no figure of their own then, as a person counted
    by a number in ``person_counts``), else of the sum of their list. A roundup of several
    incidents (a figure with ``incidents``) is left as it is: its victims are of other
    shootings than its counts."""
    if any(f.incidents is not None for f in figures):
        return list(figures)
    lists = summed_lists(figures, mentions, cues)
    parts = {part for _, members in lists for part in members}
    if not parts:
        return list(figures)
    if any(f.figure_id not in parts and _counts_people(f) for f in figures):
        # One found injured stays: a count of people shot includes the dead, and the injured
        # person says how many survived (measured on GVA: dropping them too lost more).
        return [
            f for f in figures if f.figure_id not in parts or f.kind is not FigureKind.CASUALTIES
        ]
    summed = [(total, members) for total, members in lists if len(members) > 1]
    summed = [(total, members) for total, members in summed if total.quantity.value != 1]
    done = {part for _, members in summed for part in members}
    return [f for f in figures if f.figure_id not in done] + [total for total, _ in summed]


def summed_lists(
    figures: Sequence[Figure], mentions: Mapping[FigureId, Mention], cues: PersonCues
) -> list[tuple[Figure, frozenset[FigureId]]]:
    """The lists of single victims among ``figures``, each as its sum (a list of one person
    too) with the ids of all its persons' figures (a person named twice too)."""
    members = sorted(
        (
            (mentions[f.figure_id], f)
            for f in figures
            if f.figure_id in mentions and f.kind in LISTED and not f.in_headline
        ),
        key=lambda m: (m[1].evidence.start, m[1].evidence.end),
    )
    out: list[tuple[Figure, frozenset[FigureId]]] = []
    run: list[tuple[Mention, Figure]] = []
    again: list[FigureId] = []
    for mention, figure in members:
        if not _listed(mention, cues):
            out.extend(_sum(run, again))
            run, again = [], []
            continue
        if run and not _goes_on(run[-1][0], mention, cues):
            out.extend(_sum(run, again))
            run, again = [], []
        if any(m.words == mention.words for m, _ in run):
            again.append(figure.figure_id)  # the same person again
            continue
        run.append((mention, figure))
    out.extend(_sum(run, again))
    return out


def _counts_people(figure: Figure) -> bool:
    """Whether ``figure`` is a numbered count of more than one person shot or injured."""
    value = figure.quantity.value
    return figure.kind in LISTED and (value is None or value > 1) and figure.incidents is None


def _goes_on(before: Mention, mention: Mention, cues: PersonCues) -> bool:
    """Whether ``mention`` goes on with the list of ``before``: in the same sentence, or in the
    next one as one more person ("another", "a second man", "was also shot")."""
    if mention.sentence == before.sentence:
        return True
    if mention.sentence - before.sentence > MAX_GAP:
        return False
    said = (*mention.words, *(mention.after or ()))
    return mention.words[0] in cues.elliptic or not cues.one_more.isdisjoint(said)


def _listed(mention: Mention, cues: PersonCues) -> bool:
    """Whether a person's words are an indefinite phrase for one new person, the subject of
    what happened to them: "a man was shot", "an 18-year-old male was also shot", "another
    woman"; not "the man", "he", a name, a bare number, nor "the shooting of a child"."""
    words = mention.words
    if len(words) < 2 or mention.after is None or len(mention.after) > MAX_AFTER:
        return False
    opener, last = words[0], words[-1]
    if opener not in cues.indefinites and opener not in cues.elliptic:
        return False
    return last in cues.nouns or last in cues.age_ends


def _sum(
    run: Sequence[tuple[Mention, Figure]], again: Sequence[FigureId]
) -> list[tuple[Figure, frozenset[FigureId]]]:
    """The figure counting the persons of ``run``, and the ids of their figures (``again``:
    of persons named twice); none for an empty run."""
    if not run:
        return []
    first = run[0][1]
    kinds = {f.kind for _, f in run}
    kind = FigureKind.INJURED if kinds == {FigureKind.INJURED} else FigureKind.CASUALTIES
    evidence = Span(first.evidence.start, max(f.evidence.end for _, f in run))
    figure_id = FigureId(
        "f" + content_hash(first.article_id, str(evidence.start), str(evidence.end), kind, "list")
    )
    quantity = Quantity(value=len(run), low=None, high=None, qualifier=Qualifier.EXACT)
    total = dataclasses.replace(
        first, figure_id=figure_id, kind=kind, quantity=quantity, evidence=evidence
    )
    return [(total, frozenset([*(f.figure_id for _, f in run), *again]))]


__all__ = ["LISTED", "summed_lists", "with_lists"]
