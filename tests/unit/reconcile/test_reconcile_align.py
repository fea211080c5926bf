from __future__ import annotations

from newsprism.model.figures import FigureKind, Qualifier
from newsprism.reconcile.align import align


def scopes(groups) -> dict[str, list[str]]:
    return {g.scope.key: sorted(f.figure_id for f in g.figures) for g in groups}


def test_groups_by_kind_and_scope_total_first(make_figure) -> None:
    figures = [
        make_figure("a1", value=430, group="Alawite civilians"),
        make_figure("a2", value=600),
        make_figure("a3", value=20000, kind=FigureKind.DISPLACED),
        make_figure("a4", value=1383, group="civilians"),
    ]
    keys = [(g.key.kind.value, g.scope.key) for g in align(figures)]
    assert keys == [
        ("killed", "total"),
        ("killed", "civilians"),
        ("killed", "alawite civilians"),
        ("displaced", "total"),
    ]


def test_unscoped_figure_matching_a_sub_event_moves_to_its_group(make_figure) -> None:
    ambush = make_figure("a1", value=13, group="members of the state security services")
    dozen = make_figure("a2", value=12, low=13, qualifier=Qualifier.MORE_THAN)
    toll = make_figure("a3", value=1000, low=1001, qualifier=Qualifier.MORE_THAN)
    hundreds = make_figure("a4", low=200, qualifier=Qualifier.HUNDREDS)
    groups = scopes(align([ambush, dozen, toll, hundreds]))
    assert groups["security forces"] == sorted([ambush.figure_id, dozen.figure_id])
    assert groups["total"] == sorted([toll.figure_id, hundreds.figure_id])


def test_unscoped_figure_supported_by_the_total_stays(make_figure) -> None:
    ambush = make_figure("a1", value=13, group="security forces")
    total_a = make_figure("a2", value=13)
    total_b = make_figure("a3", value=13, tag="b")
    groups = scopes(align([ambush, total_a, total_b]))
    assert groups["total"] == sorted([total_a.figure_id, total_b.figure_id])


def test_magnitude_words_never_move(make_figure) -> None:
    hundreds = make_figure("a1", low=200, qualifier=Qualifier.HUNDREDS)
    civilians = make_figure("a2", low=200, qualifier=Qualifier.HUNDREDS, group="civilians")
    toll = make_figure("a3", value=1383)
    groups = scopes(align([hundreds, civilians, toll]))
    assert hundreds.figure_id in groups["total"]
