#!/usr/bin/env python3
"""Validates every config under examples/ (except examples/invalid/) against
schema/tariff.schema.json with the third-party `jsonschema` package, so that an independent
validator agrees with tariff's own checker.

A directory is one config: its *.yaml/*.yml files are merged as tariff merges them. YAML is read
with the same typing rules as tariff: only `true`/`false` are booleans, only plain decimal digits
are integers, and YAML 1.1 surprises (`no`, `1_0`, sexagesimals, dates) stay strings.
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


class TariffLoader(yaml.SafeLoader):
    """SafeLoader with tariff's scalar typing instead of YAML 1.1's."""


TariffLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|false)$", "tf"),
    ("tag:yaml.org,2002:int", r"^-?(?:0|[1-9][0-9]*)$", "-0123456789"),
    ("tag:yaml.org,2002:float", r"^-?(?:0|[1-9][0-9]*)\.[0-9]+$", "-0123456789"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|)$", ["~", "n", ""]),
]:
    TariffLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def merge(into, other, where):
    """Deep-merges mappings; a key defined twice with non-mapping values is an error."""
    for key, value in other.items():
        if key in into:
            if isinstance(into[key], dict) and isinstance(value, dict):
                merge(into[key], value, f"{where}.{key}")
            else:
                raise SystemExit(f"{where}.{key} is defined twice")
        else:
            into[key] = value


def load_config(path):
    files = [path] if path.is_file() else sorted(
        p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    document = {}
    for file in files:
        merge(document, yaml.load(file.read_text(), Loader=TariffLoader) or {}, file.name)
    return document


def main():
    schema = json.loads((ROOT / "schema" / "tariff.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.name != "invalid")
    failures = 0
    for example in examples:
        errors = list(validator.iter_errors(load_config(example)))
        name = example.relative_to(ROOT)
        for error in errors:
            print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        print(f"{name}: {'valid' if not errors else f'{len(errors)} problem(s)'}")
        failures += bool(errors)
    print(f"{len(examples) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
