"""A time zone this computer does not know is a warning from check and in the app (not only from export)."""

import datetime as dt

from briefing.cli import main
from briefing.model import Details, Visit, check_visit


def test_an_unknown_zone_is_a_warning_a_known_one_is_not():
    visit = Visit(Details(title="T", principal="P", start_date=dt.date(2027, 3, 16), timezone="Europe/Pariss"))
    (finding,) = [f for f in check_visit(visit) if f.code == "unknown-timezone"]
    assert finding.path == ("visit", "timezone") and "Europe/Pariss" in finding.message
    visit.details.timezone = "America/Martinique"
    assert not [f for f in check_visit(visit) if f.code == "unknown-timezone"]


def test_check_prints_it_with_its_line(tmp_path, capsys):
    path = tmp_path / "v.visit.yaml"
    path.write_text(
        "format: briefing-visit\nversion: 1\nvisit:\n  title: T\n  principal: P\n  start_date: 2027-03-16\n"
        "  timezone: Mars/Olympus\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("line 7, visit.timezone: The time zone “Mars/Olympus” is not known")
