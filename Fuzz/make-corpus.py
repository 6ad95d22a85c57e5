#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses, made at run time from this repository's content
(strategy files, schemas, tryg.json) and the JSON Schema Test Suite in ../shared/conformance.

    Fuzz/make-corpus.py ROOT SHARED OUT

Writes OUT/json-parser, OUT/schema, OUT/regex and OUT/glob (one file per seed, named by its
SHA-1, so seeds repeat nowhere). Two-part seeds are the two parts joined by a NUL byte, as the
harnesses split them. Without SHARED (absent), the seeds come from the repository alone.
"""
import hashlib
import json
import os
import sys

MAX_SEED = 64 * 1024
SKIP_DIRS = {".git", ".build", ".swiftpm"}


def repository_files(root):
    """Paths (relative to root) of the repository's files, build and virtualenv folders left out."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith((".build", ".venv")))
        for name in sorted(files):
            yield os.path.relpath(os.path.join(folder, name), root)


def read_json(path):
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        return raw, json.loads(raw)
    except (OSError, ValueError):
        return None, None


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def walk(value):
    """Every value inside value, itself included."""
    stack = [value]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def patterns_in(schema):
    """The regular expressions of a schema: `pattern` values and `patternProperties` keys."""
    for item in walk(schema):
        if isinstance(item, dict):
            if isinstance(item.get("pattern"), str):
                yield item["pattern"]
            if isinstance(item.get("patternProperties"), dict):
                yield from item["patternProperties"].keys()


class Corpus:
    def __init__(self, out, name):
        self.folder = os.path.join(out, name)
        os.makedirs(self.folder, exist_ok=True)
        self.count = 0

    def add(self, data):
        if len(data) > MAX_SEED:
            return
        name = hashlib.sha1(data).hexdigest()
        path = os.path.join(self.folder, name)
        if not os.path.exists(path):
            with open(path, "wb") as handle:
                handle.write(data)
            self.count += 1

    def pair(self, first, second):
        self.add(first + b"\0" + second)


def suite_cases(shared):
    """(schema, [data…]) of every draft 2020-12 test case, optional ones included."""
    base = os.path.join(shared, "conformance", "JSON-Schema-Test-Suite", "tests", "draft2020-12")
    for folder, _, files in sorted(os.walk(base)):
        for name in sorted(files):
            if not name.endswith(".json"):
                continue
            raw, cases = read_json(os.path.join(folder, name))
            yield raw, None
            for case in cases or []:
                yield None, (case.get("schema"), [test.get("data") for test in case.get("tests", [])])


def main(root, shared, out):
    corpora = {name: Corpus(out, name) for name in ("json-parser", "schema", "regex", "glob")}
    paths = list(repository_files(root))
    regex_subjects = ["", "a", "abc-123", "tryg-bydel", "2018-01-01", "Ærø", "a\nb", "\u2028", "😀x"]
    schemas = []
    for path in paths:
        if not path.endswith(".json"):
            continue
        raw, value = read_json(os.path.join(root, path))
        if raw is None:
            continue
        corpora["json-parser"].add(raw)
        if path.startswith("schemas/"):
            schemas.append(value)
            for pattern in patterns_in(value):
                for subject in regex_subjects:
                    corpora["regex"].pair(pattern.encode(), subject.encode())
    # Each content file with each schema of the repository (most of the pairs do not validate).
    for path in paths:
        if path.startswith("strategy/") and path.endswith(".json"):
            raw, _ = read_json(os.path.join(root, path))
            for schema in schemas:
                corpora["schema"].pair(compact(schema), raw or b"")
    if shared and os.path.isdir(shared):
        for raw, case in suite_cases(shared):
            if raw is not None:
                corpora["json-parser"].add(raw)
                continue
            schema, data = case
            corpora["json-parser"].add(compact(schema))
            strings = [item for item in data if isinstance(item, str)]
            for item in data:
                corpora["schema"].pair(compact(schema), compact(item))
            for pattern in patterns_in(schema):
                for subject in strings + regex_subjects[:3]:
                    corpora["regex"].pair(pattern.encode(), subject.encode())
            if isinstance(schema, dict) and schema.get("format") == "regex":
                for item in strings:
                    corpora["regex"].pair(item.encode(), b"abc")
    else:
        print(f"note: {shared} is absent: seeds from the repository only", file=sys.stderr)
    _, config = read_json(os.path.join(root, "tryg.json"))
    globs = [entry.get("files", "") for entry in (config or {}).get("schemas", [])]
    globs += ["**/*.json", "strategy/**", "**", "*/?/**/x*y?.json", "strategy/reports/*/*.json"]
    for pattern in globs:
        for path in paths[:200]:
            corpora["glob"].pair(pattern.encode(), path.encode())
    for name, corpus in corpora.items():
        print(f"corpus {name}: {corpus.count} seeds")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: make-corpus.py ROOT SHARED OUT")
    main(*sys.argv[1:])
