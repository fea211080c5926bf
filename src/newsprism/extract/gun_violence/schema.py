"""The schema of the gun-violence domain pack's English data files (``lang/domains/
gun-violence/en/``), checked when they are read (``lang.schema.validate``): a misspelt section
or key is an error naming the file and key, not a rule silently switched off."""

from __future__ import annotations

from newsprism.lang.schema import Schema

_KINDS = dict.fromkeys(
    (
        "killed",
        "injured",
        "missing",
        "displaced",
        "abducted",
        "arrested",
        "affected",
        "casualties",
        "pending",
    ),
    "list[str]",
)

NUMBERS: Schema = {
    "digits": {"decimal": "str", "thousands": "list[str]"},
    "words": {
        "values": {"*": "int"},
        "multipliers": {"*": "int"},
        "scales": {"*": "int"},
        "adders": {"*": "int"},
        "joiners": "list[str]",
        "one_words": "list[str]",
        "clitics": "list[str]",
    },
    "vague": {"*": "pair[str,int]"},
    "qualifiers": {"before": {"*": "list[str]"}, "after": {"*": "list[str]"}},
    "ranges": {"prefixes": "list[str]", "connectors": "list[str]"},
    "singles": {
        "ages": "list[str]",
        "phrases": "list[str]",
        "links": "list[str]",
        "definites": "list[str]",
        "link_modifiers": "list[str]",
        "headline": "list[str]",
    },
    "coordination": {
        "nouns": "list[str]",
        "modifiers": "list[str]",
        "joiners": "list[str]",
        "totals": "list[str]",
        "ages": "list[str]",
    },
}

FIGURES: Schema = {
    "kinds": {
        "after": _KINDS,
        "before": _KINDS,
        "after_states": _KINDS,
        "hits": _KINDS,
        "shot_wounds": {"phrases": "list[str]"},
        "self_deaths": {
            "phrases": "list[str]",
            "counted": "list[str]",
            "after_object": "list[str]",
        },
        "objects": {"verbs": "list[str]", "words": "list[str]"},
        "partitive": {
            "cues": "list[str]",
            "pronouns": "list[str]",
            "wholes": "list[str]",
            "pairs": "list[str]",
        },
        "conditions": {"words": "list[str]", "recaps": "list[str]"},
        "negations": {"words": "list[str]"},
        "unrealized": {"words": "list[str]", "survived": "list[str]"},
        "clauses": {"subordinators": "list[str]", "subjects": "list[str]", "verbs": "list[str]"},
    },
    "lives": {"words": "list[str]", "triggers": "list[str]"},
    "people": {"words": "list[str]", "others": "list[str]", "others_conjuncts": "list[str]"},
    "groups": {"*": "str"},
    "not_figures": {"*": "list[str]"},
    "periods": {"units": {"*": "str"}, "since": "list[str]"},
    "places": {"locatives": "list[str]", "aliases": {"*": "str"}},
    "incidents": {"*": "list[str]"},
    "companions": {"phrases": "list[str]", "singular": "list[str]", "plural": "list[str]"},
    "multiples": {"counts": {"*": "int"}, "not_after": "list[str]", "events": _KINDS},
    "tallies": {
        "links": "list[str]",
        "fillers": "list[str]",
        "units": {"*": "int"},
        "spans": "list[str]",
        "min_hours": "int",
        "day_links": "list[str]",
        "day_since": "list[str]",
        "days": "list[str]",
        "day_ends": "list[str]",
    },
    "calendar": {
        "spans": "list[str]",
        "month_links": "list[str]",
        "date_links": "list[str]",
        "year_links": "list[str]",
    },
    "ordinals": {
        "counts": {"*": "int"},
        "openers": "list[str]",
        "modifiers": "list[str]",
        "nouns": "list[str]",
        "hurt": "list[str]",
        "denials": "list[str]",
        "acting": "list[str]",
    },
}

ATTRIBUTION: Schema = {
    "cues": {"named": "list[str]", "source_after": "list[str]"},
    "vague": {"phrases": "list[str]"},
    "anonymous": {"phrases": "list[str]"},
    "anaphora": {"phrases": "list[str]"},
}

PERSONS: Schema = {
    "subjects": {"*": "list[str]"},
    "predicates": {
        "between": "list[str]",
        "passive_markers": "list[str]",
        "elided_after": "list[str]",
        "passive": _KINDS,
        "survived": _KINDS,
        "active": _KINDS,
        "not_saved": _KINDS,
        "deceased": _KINDS,
        "brain_death": _KINDS,
        "suffered": _KINDS,
    },
    "objects": {"hypothetical": "list[str]"},
    "spared": {"*": "list[str]"},
    "ordinal_deaths": {"*": "list[str]"},
    "declared": {"verbs": "list[str]", "objects": "list[str]", "killed": "list[str]"},
}

LINKS: Schema = {
    "links": {"headers": "list[str]", "clock_words": "list[str]", "closers": "list[str]"}
}

#: Schema per data file name.
SCHEMAS: dict[str, Schema] = {
    "numbers.toml": NUMBERS,
    "figures.toml": FIGURES,
    "attribution.toml": ATTRIBUTION,
    "persons.toml": PERSONS,
    "links.toml": LINKS,
}

__all__ = ["SCHEMAS"]
