#!/usr/bin/python3
"""Validate inspex records (JSON Lines on standard input) against the record schema.

    build/inspex extract --format jsonl corpus/samples | tests/validate_records.py [SCHEMA]

SCHEMA defaults to schema/record.schema.json next to this script's parent folder.
Each record is checked with jsonschema's Draft202012Validator, then for what the schema
cannot say simply:
  - every span [start, end) has start <= end <= source.bytes
    (span, speaker_span and each item of spans, wherever they appear);
  - subject ids are unique, and ratings[].subject / caseloads[].subject name one of them
    (or are null).
Errors are printed per record with its source.path.  The last line is
"schema: N passed, M failed".  Exit status: 0 all valid, 1 any invalid record, an
unreadable line, or no record at all; 2 the schema itself cannot be loaded.

Needs Debian's python3-jsonschema (4.x), run by /usr/bin/python3.
"""
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write("validate_records: python3-jsonschema (4.x, Draft 2020-12) is missing; "
                     "run `make deps` or: apt-get install python3-jsonschema\n")
    sys.exit(2)


def default_schema_path():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(os.path.dirname(here), "schema", "record.schema.json")


def where(path_elems):
    """A JSON-pointer-like location: ratings/0/value."""
    return "/".join(str(p) for p in path_elems) or "(record)"


def is_span(v):
    return (isinstance(v, list) and len(v) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in v))


def walk_spans(node, loc):
    """Yield (location, span) for every span in the record, wherever it sits."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("span", "speaker_span") and is_span(v):
                yield loc + [k], v
            elif k == "spans" and isinstance(v, list):
                for i, s in enumerate(v):
                    if is_span(s):
                        yield loc + [k, i], s
            else:
                yield from walk_spans(v, loc + [k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_spans(v, loc + [i])


def extra_checks(rec):
    """Checks beyond the schema; returns a list of messages."""
    errors = []
    if not isinstance(rec, dict):
        return errors
    src = rec.get("source")
    size = src.get("bytes") if isinstance(src, dict) else None
    for loc, (start, end) in walk_spans(rec, []):
        if start > end:
            errors.append("%s: span [%d, %d] starts after it ends" % (where(loc), start, end))
        if isinstance(size, int) and end > size:
            errors.append("%s: span [%d, %d] ends past source.bytes %d"
                          % (where(loc), start, end, size))
    ids = []
    subjects = rec.get("subjects")
    if isinstance(subjects, list):
        ids = [s.get("id") for s in subjects if isinstance(s, dict)]
        dup = sorted({i for i in ids if ids.count(i) > 1 and isinstance(i, str)})
        for i in dup:
            errors.append("subjects: id %r used twice" % i)
    for field in ("ratings", "caseloads"):
        items = rec.get(field)
        if not isinstance(items, list):
            continue
        for n, item in enumerate(items):
            if isinstance(item, dict):
                ref = item.get("subject")
                if isinstance(ref, str) and ref not in ids:
                    errors.append("%s/%d/subject: %r is not a subject id %s"
                                  % (field, n, ref, ids))
    return errors


def main(argv):
    schema_path = argv[1] if len(argv) > 1 else default_schema_path()
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # noqa: BLE001 - any failure here means no validation
        sys.stderr.write("validate_records: %s: %s\n" % (schema_path, e))
        return 2
    validator = Draft202012Validator(schema)

    passed = failed = 0
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)
    for lineno, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            failed += 1
            print("line %d: not JSON: %s" % (lineno, e))
            continue
        path = "line %d" % lineno
        if isinstance(rec, dict) and isinstance(rec.get("source"), dict):
            path = str(rec["source"].get("path", path))
        errors = []
        for err in sorted(validator.iter_errors(rec), key=lambda e: list(e.absolute_path)):
            errors.append("%s: %s" % (where(list(err.absolute_path)), err.message))
        errors.extend(extra_checks(rec))
        if errors:
            failed += 1
            print("%s: INVALID" % path)
            for e in errors:
                print("  " + e)
        else:
            passed += 1
    print("schema: %d passed, %d failed" % (passed, failed))
    if passed + failed == 0:
        print("schema: no records read from standard input")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
