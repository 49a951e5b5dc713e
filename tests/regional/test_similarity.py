"""Learning points from many kommuner counted as one when they say the same thing."""

from __future__ import annotations

from ovelse.regional.similarity import THRESHOLD, group, jaccard, words


def test_word_forms_and_small_words_do_not_keep_two_points_apart() -> None:
    a = words("Evakueringen av sykehjemmet tok for lang tid")
    b = words("Evakuering av sykehjem tar lang tid")
    assert jaccard(a, b) >= THRESHOLD


def test_points_with_the_same_finding_are_one_group_and_others_stay_apart() -> None:
    points = [
        "Varslingslisten for kriseledelsen var ikke oppdatert",
        "Aggregatet ved vannverket må fylles oftere",
        "Varslingslisten til kriseledelsen er ikke oppdatert",
        "Kriseledelsens varslingsliste var ikke oppdatert.",
        "Informasjon på samisk kom for sent",
    ]
    groups = group(points, points)
    assert [len(g.items) for g in groups] == [3, 1, 1]
    assert groups[0].first == points[0]


def test_the_same_points_give_the_same_groups_in_the_same_order() -> None:
    points = [
        "Strømmen ved sykehjemmet",
        "Vannverket mangler reserve",
        "Strøm ved sykehjem",
        "Veien til Lom er stengt",
    ]
    assert group(points, points) == group(points, points)
    assert [g.first for g in group(points, points)] == [points[0], points[1], points[3]]


def test_a_point_of_only_small_words_is_kept_on_its_own_line() -> None:
    points = ["og i på", "Strømbrudd i sentrum", "det er"]
    groups = group(points, points)
    assert [g.items for g in groups] == [("og i på", "det er"), ("Strømbrudd i sentrum",)]
