"""The gun-violence domain pack's data files follow their schema; a misspelt key is an error."""

from __future__ import annotations

import tomllib

import pytest

from newsprism.extract.gun_violence.pack import domain_file
from newsprism.extract.gun_violence.schema import SCHEMAS
from newsprism.lang.schema import PackError, validate


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_domain_data_files_follow_their_schema(name: str) -> None:
    data = tomllib.loads(domain_file("en", name).read_text(encoding="utf-8"))
    validate(data, SCHEMAS[name], name)


def test_a_misspelt_section_is_an_error() -> None:
    data = tomllib.loads(domain_file("en", "figures.toml").read_text(encoding="utf-8"))
    data["ordinalz"] = data.pop("ordinals")
    with pytest.raises(PackError, match="unknown key 'ordinalz'"):
        validate(data, SCHEMAS["figures.toml"], "figures.toml")
