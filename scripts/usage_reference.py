#!/usr/bin/env python3
"""The reference evaluator of meters: docs/usage.md written as plain Python over parsed JSON
events, with no SQL, so that the SQL every dialect runs can be checked against it.

    scripts/usage_reference.py CONFIG EVENTS.ndjson --from S --to E [--periods P.csv] > totals.ndjson

Prints one NDJSON line per meter, company and window: {"meter", "company", "window_start",
"value"} (the `--totals` format). Events need the config's time and company fields; the corpus
of scripts/usage_corpus.py has them all.
"""
import argparse
import csv
import importlib.util
import json
import pathlib
import sys
from datetime import datetime, timezone
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

ROOT = pathlib.Path(__file__).resolve().parent.parent
MISSING = object()
MICRO = Decimal("0.000001")
PRESETS = {
    "moesif": ("request.time", "company_id"),
    "otel": ("startTimeUnixNano", "attributes.tenant_id"),
    "apigateway": ("requestTimeEpoch", "principalId"),
    "nginx": ("time_iso8601", "company_id"),
}


def load_config(path):
    """The merged config, read with tariff's scalar typing (scripts/check-schema.py)."""
    spec = importlib.util.spec_from_file_location("check_schema", ROOT / "scripts" / "check-schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load_config(pathlib.Path(path))


# ---- Events -------------------------------------------------------------------------------

def field(event, path):
    """The value at a dotted path, or MISSING; JSON null is MISSING too."""
    value = event
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return MISSING
        value = value[key]
    return MISSING if value is None else value


def is_number(value):
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def is_numeral(text):
    """-?[0-9]+(.[0-9]+)? with ASCII digits only."""
    body = text[1:] if text.startswith("-") else text
    whole, dot, fraction = body.partition(".")
    ascii_digits = lambda part: part != "" and all(c in "0123456789" for c in part)
    return ascii_digits(whole) and (not dot or ascii_digits(fraction))


def numeric(value):
    """A number or numeric string as an exact Decimal, else None."""
    if is_number(value):
        return Decimal(value) if not isinstance(value, Decimal) else value
    if isinstance(value, str) and is_numeral(value):
        return Decimal(value)
    return None


def config_number(value):
    """A number written in the config (plain numeral), as a float for comparisons."""
    return float(Decimal(str(value)))


# ---- Filters ------------------------------------------------------------------------------

def equals(value, expected):
    if isinstance(expected, bool):
        return isinstance(value, bool) and value == expected
    if isinstance(expected, str):
        return isinstance(value, str) and value == expected
    number = numeric(value)
    return number is not None and float(number) == config_number(expected)


def glob(pattern, text):
    """Whole-string match; `*` any run (also empty), `?` one code point, the rest literal."""
    p, t = list(pattern), list(text)
    # Dynamic programming over (pattern index, text index).
    reachable = {0}
    for char in p:
        if char == "*":
            lowest = min(reachable) if reachable else None
            reachable = set(range(lowest, len(t) + 1)) if lowest is not None else set()
        else:
            reachable = {i + 1 for i in reachable if i < len(t) and (char == "?" or t[i] == char)}
    return len(t) in reachable


def matches(event, node):
    if "all" in node:
        return all(matches(event, child) for child in node["all"])
    if "any" in node:
        return any(matches(event, child) for child in node["any"])
    if "not" in node:
        return not matches(event, node["not"])
    value = field(event, node["field"])
    if "eq" in node:
        return equals(value, node["eq"])
    if "ne" in node:
        return not equals(value, node["ne"])
    if "in" in node:
        return any(equals(value, v) for v in node["in"])
    if "not_in" in node:
        return not any(equals(value, v) for v in node["not_in"])
    if "exists" in node:
        return (value is not MISSING) == node["exists"]
    if "range" in node:
        number = numeric(value)
        if number is None:
            return False
        x, bounds = float(number), node["range"]
        checks = {"gt": x.__gt__, "gte": x.__ge__, "lt": x.__lt__, "lte": x.__le__}
        return all(checks[name](config_number(bound)) for name, bound in bounds.items())
    if "prefix" in node:
        return isinstance(value, str) and value.startswith(node["prefix"])
    if "glob" in node:
        return isinstance(value, str) and glob(node["glob"], value)
    raise ValueError(f"unknown filter {node}")


# ---- Metrics ------------------------------------------------------------------------------

def micro_value(value):
    """A numeric field rounded to the nearest millionth, halves away from zero."""
    number = numeric(value)
    return None if number is None else number.quantize(MICRO, rounding=ROUND_HALF_UP)


def unique_key(value):
    if isinstance(value, str):
        return value
    if is_number(value):
        number = Decimal(value) if not isinstance(value, Decimal) else value
        if number == number.to_integral_value() and abs(number) < 2**53:
            return str(int(number))
    return None


def scaled(total, metric):
    decimal = metric.get("decimal") or {}
    scale = Decimal(str(decimal.get("scale", 1)))
    mode = {"up": ROUND_CEILING, "down": ROUND_FLOOR, "nearest": ROUND_HALF_UP}[decimal.get("round", "nearest")]
    return int((Decimal(total) * scale).to_integral_value(rounding=mode))


def month_start(seconds):
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return int(datetime(moment.year, moment.month, 1, tzinfo=timezone.utc).timestamp())


def period_of(company, window_start, periods):
    for listed, start, end in periods:
        if listed == company and start <= window_start < end:
            return start
    return month_start(window_start)


def evaluate(meter_key, meter, events, window, start, end, periods):
    """{(company, window_start): value} for one meter over the parsed events."""
    metric = meter["metric"]
    aggregate = metric["aggregate"]
    path = metric.get("field")
    period_to_date = aggregate in ("max", "unique_count")
    rows = []  # (company, window_start, ms, value)
    for company, ms, body in events:
        window_start = ms // 1000 // window * window
        if window_start >= end or (window_start < start and not period_to_date):
            continue
        if "filter" in meter and not matches(body, meter["filter"]):
            continue
        if aggregate == "count":
            value = 1
        elif aggregate == "unique_count":
            value = unique_key(field(body, path))
        else:
            value = micro_value(field(body, path))
        if value is None:
            continue
        rows.append((company, window_start, ms, value))
    totals = {}
    if aggregate in ("count", "sum"):
        for company, window_start, _, value in rows:
            totals[(company, window_start)] = totals.get((company, window_start), 0) + value
    elif aggregate == "last":
        latest = {}
        for company, window_start, ms, value in rows:
            key = (company, window_start)
            if key not in latest or (ms, value) > latest[key]:
                latest[key] = (ms, value)
        totals = {key: value for key, (_, value) in latest.items()}
    else:
        windows = sorted({(company, window_start) for company, window_start, _, _ in rows})
        by_period = {}
        for company, window_start, _, value in rows:
            by_period.setdefault((company, period_of(company, window_start, periods)), []).append((window_start, value))
        for company, window_start in windows:
            if window_start < start:
                continue
            seen = [v for w, v in by_period[(company, period_of(company, window_start, periods))] if w <= window_start]
            totals[(company, window_start)] = max(seen) if aggregate == "max" else len(set(seen))
    return {key: scaled(total, metric) for key, total in totals.items() if key[1] >= start}


def parse_time(value):
    """RFC 3339, or epoch seconds / milliseconds by magnitude (the corpus uses RFC 3339)."""
    if isinstance(value, str) and not is_numeral(value):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return int(round(moment.timestamp() * 1000))
    number = float(value)
    return int(number * 1000) if number < 1e11 else int(number)


def read_events(path, config):
    usage = config.get("usage", {})
    events_config = usage.get("events", {})
    time_path, company_path = PRESETS.get(events_config.get("preset"), (None, None))
    fields = events_config.get("fields", {})
    time_path = fields.get("time", time_path)
    company_path = fields.get("company", company_path)
    events = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            body = json.loads(line, parse_float=Decimal)
            events.append((str(field(body, company_path)), parse_time(field(body, time_path)), body))
    return events


def read_periods(path):
    if not path:
        return []
    with open(path, encoding="utf-8", newline="") as source:
        return [(row["company"], int(row["start"]), int(row["end"])) for row in csv.DictReader(source)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config")
    parser.add_argument("events")
    parser.add_argument("--from", dest="start", type=int, required=True)
    parser.add_argument("--to", dest="end", type=int, required=True)
    parser.add_argument("--periods")
    args = parser.parse_args()
    config = load_config(args.config)
    window = {"hour": 3600, "day": 86400}[config.get("usage", {}).get("window", "hour")]
    events = read_events(args.events, config)
    periods = read_periods(args.periods)
    for key, meter in config.get("meters", {}).items():
        totals = evaluate(key, meter, events, window, args.start, args.end, periods)
        for (company, window_start), value in sorted(totals.items()):
            row = {"meter": key, "company": company, "window_start": window_start, "value": value}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
