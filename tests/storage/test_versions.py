"""Format versions: refuse newer, upgrade older as plain data before building the model."""

from __future__ import annotations

import pytest

from briefing.storage import FORMAT_VERSION, VisitFileError, read_visit, versions
from briefing.storage.tree import Mapping

V1 = """\
format: briefing-visit
version: 1
visit:
  title: Visite
  principal: Mme X
  start_date: 2026-03-12
  venue: Mairie
"""


def test_current_version_and_its_upgrade():
    assert FORMAT_VERSION == 2
    assert [step for step, _ in versions.MIGRATIONS] == [1]
    assert versions.__doc__ and "1 (2026)" in versions.__doc__ and "2 (2027)" in versions.__doc__
    data = {"format": "briefing-visit", "version": 1, "visit": {}}
    assert versions.migrate(data, 1) is data  # every version 1 file is a version 2 file


def test_migrate_applies_steps_in_order():
    registry = [
        (2, lambda d: {**d, "steps": [*d["steps"], "2->3"]}),
        (1, lambda d: {**d, "steps": [*d["steps"], "1->2"]}),
    ]
    assert versions.migrate({"steps": []}, 1, 3, registry) == {"steps": ["1->2", "2->3"]}
    assert versions.migrate({"steps": []}, 3, 3, registry) == {"steps": []}
    with pytest.raises(LookupError):
        versions.migrate({}, 1, 4, registry)


def test_old_file_is_upgraded_before_the_model_is_built(monkeypatch):
    """Pretend this release writes version 3, where ``visit.venue`` became ``visit.location``."""
    seen = []

    def v1_to_v2(data):
        seen.append(type(data))
        details = dict(data["visit"])
        details["location"] = details.pop("venue")
        return {**data, "version": 2, "visit": details}

    monkeypatch.setattr(versions, "FORMAT_VERSION", 3)
    monkeypatch.setattr(versions, "MIGRATIONS", [(1, v1_to_v2), (2, lambda data: data)])
    loaded = read_visit(V1)
    assert loaded.visit.details.location == "Mairie"
    assert issubclass(seen[0], dict)
    assert seen[0] is Mapping  # the upgrade sees plain dicts (with their lines kept)


def test_upgraded_file_keeps_line_numbers_in_errors(monkeypatch):
    monkeypatch.setattr(versions, "FORMAT_VERSION", 3)
    monkeypatch.setattr(versions, "MIGRATIONS", [(1, lambda data: dict(data)), (2, lambda data: data)])
    with pytest.raises(VisitFileError) as info:
        read_visit(V1)
    assert [(p.line, p.path, p.code) for p in info.value.problems] == [(7, "visit.venue", "unknown-key")]


def test_upgrade_may_add_plain_values(monkeypatch):
    def add(data):
        details = dict(data["visit"])
        del details["venue"]
        details["revision"] = 5
        details["objectives"] = ["Ajouté", None]
        return {**data, "visit": details, "sensitivities": None}

    monkeypatch.setattr(versions, "FORMAT_VERSION", 3)
    monkeypatch.setattr(versions, "MIGRATIONS", [(1, add), (2, lambda data: data)])
    visit = read_visit(V1).visit
    assert visit.details.revision == 5
    assert visit.details.objectives == ["Ajouté"]
    assert visit.sensitivities == []


def test_newer_file_is_refused():
    with pytest.raises(VisitFileError) as info:
        read_visit(V1.replace("version: 1", f"version: {FORMAT_VERSION + 1}"))
    assert "written by a newer release of Briefing" in str(info.value)
    assert info.value.problems[0].line == 2
