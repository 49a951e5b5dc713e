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


def test_word_forms_of_one_word_count_as_one_word() -> None:
    """The inflections kommuner write of the same noun or verb are one word."""
    assert words("Beredskapsplanen må oppdateres") == words("Beredskapsplan bør oppdateres")
    assert words("Beredskapsplanene er oppdatert") == words("beredskapsplaner oppdatere")
    assert words("Kriseledelsen samles") == words("kriseledelse samlet")
    assert words("Sykehjemmet") == words("sykehjem")


def test_compound_words_that_begin_alike_are_different_words() -> None:
    """«Beredskapsplan» and «beredskapslager», «kommune» and «kommunikasjon» are not one
    finding because their first letters are the same."""
    assert words("Beredskapsplanen må oppdateres") != words("Beredskapslageret må oppdateres")
    assert words("kommunen") != words("kommunikasjon")
    points = [
        "Beredskapsplanen må oppdateres",
        "Beredskapslageret må oppdateres",
        "Beredskapsplanene er ikke oppdatert",
        "Beredskapslageret er ikke oppdatert",
    ]
    assert [len(g.items) for g in group(points, points)] == [1, 1, 1, 1]


def test_a_point_that_says_not_is_not_counted_with_one_that_says_it_is() -> None:
    """«Samarbeidet fungerte godt» and «… fungerte ikke godt» are opposite findings."""
    points = [
        "Samarbeidet med nabokommunen fungerte godt",
        "Samarbeidet med nabokommunen fungerte ikke godt",
        "Samarbeidet med nabokommunen har fungert godt",
    ]
    assert [g.items for g in group(points, points)] == [
        (points[0], points[2]),
        (points[1],),
    ]


def test_the_infinitive_marker_is_a_small_word() -> None:
    assert words("Det tok for lang tid å samle kriseledelsen") == words(
        "Det tok lang tid samle kriseledelsen"
    )


def test_a_noun_ending_in_te_keeps_its_letters() -> None:
    assert words("varslingsliste") == words("varslingslisten") == words("varslingslista")
    assert words("aggregat") == words("aggregatet") == words("aggregatene")
