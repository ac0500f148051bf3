"""The README's example visit is a valid visit file, and its commands exist."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_example_checks_clean(cli, tmp_path):
    text = README.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert example, "the README has a YAML example"
    path = tmp_path / "exemple.visit.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    assert cli("check", path) == (0, "", "")


def test_the_readme_lists_every_command(cli):
    text = README.read_text(encoding="utf-8")
    for command in ("briefing check FILE", "briefing export FILE", "briefing sample", "make run", "make test"):
        assert command in text
