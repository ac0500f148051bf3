"""A file whose visit-level principal and People principal differ is flagged, not rewritten (issue 7 item 29)."""

from __future__ import annotations

import datetime as dt

from briefing.model import Details, Person, Visit, check_visit


def visit(principal: str, role: str, *people: Person) -> Visit:
    details = Details(title="T", principal=principal, principal_role=role, start_date=dt.date(2027, 3, 16))
    return Visit(details, [], list(people))


def differs(v: Visit):
    return [f for f in check_visit(v) if f.code.startswith("principal-")]


def test_one_principal_said_once_is_no_warning():
    v = visit("Cédric O", "Ministre", Person(id="o", name="Cédric O ", role="Ministre", category="principal"))
    assert differs(v) == []


def test_no_principal_in_people_is_no_warning():
    # The spec's principal entry is optional: a visit may name someone nobody in People is.
    assert differs(visit("Cédric O", "Ministre", Person(id="h", name="Anne", category="host"))) == []


def test_a_name_that_drifted_points_at_the_visit_page_and_names_both():
    v = visit("Cédric O", "Ministre", Person(id="c", name="Clara Chappaz", role="Ministre", category="principal"))
    (finding,) = differs(v)
    assert finding.code == "principal-name-differs"
    assert finding.path == ("visit", "principal")
    assert "“Cédric O”" in finding.message and "“Clara Chappaz”" in finding.message
    assert finding.params == {"visit": "Cédric O", "person": "Clara Chappaz"}


def test_a_role_that_drifted_or_is_missing_on_one_side():
    person = Person(id="o", name="Cédric O", role="Secrétaire d'État", category="principal")
    (finding,) = differs(visit("Cédric O", "Secrétaire d'État chargé du numérique", person))
    assert (finding.code, finding.path) == ("principal-role-differs", ("visit", "principal_role"))
    assert "“Secrétaire d'État”" in finding.message
    (missing,) = differs(visit("Cédric O", "", person))
    assert "no role" in missing.message
