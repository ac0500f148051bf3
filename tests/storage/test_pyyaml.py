"""PyYAML imported with its patterns compiled at first use: nothing compiled that a read does not need, nothing else changed.

Each check runs in a fresh interpreter: in the test process PyYAML was imported long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys

from briefing.resources import sample_visit_path


def fresh(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_reading_a_visit_compiles_none_of_pyyamls_patterns():
    result = fresh(
        f"""
import json, re, sys
compile_before = re.compile
from briefing.storage import load_visit
from briefing.storage.pyyaml import DeferredPattern
loaded = load_visit({str(sample_visit_path())!r})
import yaml.reader, yaml.resolver
patterns = [yaml.reader.Reader.NON_PRINTABLE, yaml.constructor.SafeConstructor.timestamp_regexp]
patterns += [p for rules in yaml.resolver.Resolver.yaml_implicit_resolvers.values() for _, p in rules]
print(json.dumps({{
    "title": loaded.visit.details.title,
    "deferred": sum(isinstance(p, DeferredPattern) for p in patterns),
    "compiled": sum(isinstance(p, DeferredPattern) and p._compiled is not None for p in patterns),
    "total": len(patterns),
    "re_compile_restored": re.compile is compile_before,
}}))
"""
    )
    assert result["title"]
    assert result["deferred"] == result["total"] > 10
    assert result["compiled"] == 0
    assert result["re_compile_restored"]


def test_pyyaml_behaves_the_same_with_deferred_patterns():
    result = fresh(
        """
import json
from briefing.storage.pyyaml import DeferredPattern, yaml
from briefing.storage.tree import PurePythonParser
from briefing.storage import dump_visit, read_visit
import datetime
from briefing.model import Details, Visit
assert isinstance(yaml.reader.Reader.NON_PRINTABLE, DeferredPattern)
try:
    PurePythonParser("a: \\x07")
    refused = False
except yaml.reader.ReaderError:
    refused = True
values = yaml.safe_load("a: yes\\nb: 2024-01-02\\nc: 1.5\\nd: 0x1f\\ne: ~\\nf: 12:30")
text = dump_visit(Visit(Details(title="yes", principal="1.5", location="2024-01-02", start_date=datetime.date(2027, 3, 16))))
back = read_visit(text).visit.details
print(json.dumps({
    "refused": refused,
    "values": [repr(v) for v in values.values()],
    "round_trip": [back.title, back.principal, back.location],
}))
"""
    )
    assert result["refused"]  # PyYAML's own reader (no libyaml) still refuses control characters
    assert result["values"] == ["True", "datetime.date(2024, 1, 2)", "1.5", "31", "None", "750"]
    # The writer asks the resolver which texts need quotes: a title "yes" comes back a text.
    assert result["round_trip"] == ["yes", "1.5", "2024-01-02"]


def test_a_deferred_pattern_copies_as_the_pattern_it_stands_for():
    # A copy was made with no slots set, and its __getattr__ then called
    # itself until RecursionError.
    import copy

    from briefing.storage.pyyaml import DeferredPattern

    for make in (copy.copy, copy.deepcopy):
        made = make(DeferredPattern(r"^(?:yes|no)$", 0))
        assert made.match("yes") and not made.match("maybe")
        assert made.pattern == r"^(?:yes|no)$"
