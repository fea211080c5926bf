"""Victim-group words per language: the data behind scope normalisation.

Each entry maps a head noun (lower case, as it appears in a figure's victim group) to a canonical
scope. Scopes form a tree rooted at ``total``: ``SCOPE_PARENTS`` gives each scope's parent.
Adding a language means adding its words here (and a test case); no code changes.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.model.reconcile import TOTAL_SCOPE

CIVILIANS = "civilians"
SECURITY_FORCES = "security forces"
FIGHTERS = "fighters"
CHILDREN = "children"
WOMEN = "women"

#: Parent of each canonical scope (a subset relation: every civilian is counted in the total).
SCOPE_PARENTS: Mapping[str, str] = {
    CIVILIANS: TOTAL_SCOPE,
    SECURITY_FORCES: TOTAL_SCOPE,
    FIGHTERS: TOTAL_SCOPE,
    CHILDREN: CIVILIANS,
    WOMEN: CIVILIANS,
}

#: Head nouns per language, longest phrases first when matched (see ``scope.py``).
HEADS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "total": TOTAL_SCOPE,
        "people": TOTAL_SCOPE,
        "persons": TOTAL_SCOPE,
        "person": TOTAL_SCOPE,
        "individuals": TOTAL_SCOPE,
        "individual": TOTAL_SCOPE,
        "victims": TOTAL_SCOPE,
        "victim": TOTAL_SCOPE,
        "fatalities": TOTAL_SCOPE,
        "casualties": TOTAL_SCOPE,
        "dead": TOTAL_SCOPE,
        "deaths": TOTAL_SCOPE,
        "lives": TOTAL_SCOPE,
        "others": TOTAL_SCOPE,
        "men": TOTAL_SCOPE,
        "man": TOTAL_SCOPE,
        "adults": TOTAL_SCOPE,
        "teens": TOTAL_SCOPE,
        "teenagers": TOTAL_SCOPE,
        "residents": TOTAL_SCOPE,
        "civilians": CIVILIANS,
        "civilian": CIVILIANS,
        "civilian lives": CIVILIANS,
        "non-combatants": CIVILIANS,
        "noncombatants": CIVILIANS,
        "security forces": SECURITY_FORCES,
        "security force": SECURITY_FORCES,
        "security services": SECURITY_FORCES,
        "security personnel": SECURITY_FORCES,
        "security officers": SECURITY_FORCES,
        "security members": SECURITY_FORCES,
        "police officers": SECURITY_FORCES,
        "policemen": SECURITY_FORCES,
        "police": SECURITY_FORCES,
        "officers": SECURITY_FORCES,
        "soldiers": SECURITY_FORCES,
        "troops": SECURITY_FORCES,
        "military personnel": SECURITY_FORCES,
        "servicemen": SECURITY_FORCES,
        "government forces": SECURITY_FORCES,
        "fighters": FIGHTERS,
        "militants": FIGHTERS,
        "gunmen": FIGHTERS,
        "insurgents": FIGHTERS,
        "rebels": FIGHTERS,
        "loyalists": FIGHTERS,
        "combatants": FIGHTERS,
        "children": CHILDREN,
        "child": CHILDREN,
        "kids": CHILDREN,
        "minors": CHILDREN,
        "boys": CHILDREN,
        "boy": CHILDREN,
        "girls": CHILDREN,
        "girl": CHILDREN,
        "women": WOMEN,
        "woman": WOMEN,
        "teen": TOTAL_SCOPE,
        "teenager": TOTAL_SCOPE,
        "students": TOTAL_SCOPE,
        "bystanders": TOTAL_SCOPE,
    },
    "id": {
        "orang": TOTAL_SCOPE,
        "jiwa": TOTAL_SCOPE,
        "korban": TOTAL_SCOPE,
        "korban jiwa": TOTAL_SCOPE,
        "penduduk": TOTAL_SCOPE,
        "warga": TOTAL_SCOPE,
        "warga sipil": CIVILIANS,
        "penduduk sipil": CIVILIANS,
        "sipil": CIVILIANS,
        "pasukan keamanan": SECURITY_FORCES,
        "aparat keamanan": SECURITY_FORCES,
        "petugas keamanan": SECURITY_FORCES,
        "polisi": SECURITY_FORCES,
        "tentara": SECURITY_FORCES,
        "prajurit": SECURITY_FORCES,
        "personel militer": SECURITY_FORCES,
        "pejuang": FIGHTERS,
        "milisi": FIGHTERS,
        "militan": FIGHTERS,
        "anak-anak": CHILDREN,
        "anak": CHILDREN,
        "perempuan": WOMEN,
        "wanita": WOMEN,
    },
}

#: Words that start a non-restrictive tail: "civilians, mostly Alawite" counts civilians.
NON_RESTRICTIVE: Mapping[str, tuple[str, ...]] = {
    "en": (
        "mostly",
        "most of them",
        "most of whom",
        "many of them",
        "many of whom",
        "including",
        "among them",
        "mainly",
        "largely",
        "majority",
    ),
    "id": ("sebagian besar", "kebanyakan", "termasuk", "mayoritas", "yang sebagian"),
}

#: Scopes that may be narrowed by an identity word ("Alawite civilians" within civilians).
#: Armed groups are not narrowed: "Syrian state security services" and "security forces" are
#: the same count in practice (decided on the example set's ambush figures).
NARROWABLE = frozenset({TOTAL_SCOPE, CIVILIANS})

#: Capitalised words that never narrow a scope (determiners and sentence-initial words).
GENERIC_MODIFIERS = frozenset(
    {"the", "a", "an", "at", "least", "over", "more", "than", "some", "all", "members", "member"}
)
