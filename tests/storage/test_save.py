"""Saving never loses data: whole text first, atomic replace, previous version kept as ``path~``."""

from __future__ import annotations

import os

import pytest

from briefing.storage import VisitFileError, load_visit, save_visit


def files_in(folder):
    return sorted(p.name for p in folder.iterdir())


def test_save_writes_the_visit_and_keeps_the_previous_version(tmp_path, sample):
    path = tmp_path / "visite.visit.yaml"
    save_visit(sample, path)
    assert load_visit(path).visit == sample
    first = path.read_bytes()
    assert files_in(tmp_path) == ["visite.visit.yaml"]

    sample.details.title = "Visite modifiée"
    save_visit(sample, path)
    assert load_visit(path).visit.details.title == "Visite modifiée"
    assert (tmp_path / "visite.visit.yaml~").read_bytes() == first
    assert files_in(tmp_path) == ["visite.visit.yaml", "visite.visit.yaml~"]


def test_saved_file_is_utf8_with_readable_french(tmp_path, sample):
    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    raw = path.read_bytes()
    assert "Visite à Marseille".encode() in raw
    assert b"\\xe0" not in raw and b"\\u00e0" not in raw


def test_failed_replace_leaves_the_old_file_and_no_temporary(tmp_path, sample, monkeypatch):
    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    sample.details.title = "Lost?"
    with pytest.raises(VisitFileError) as info:
        save_visit(sample, path)
    assert "could not be saved" in str(info.value)
    assert "Read-only file system" in str(info.value)
    assert isinstance(info.value.__cause__, OSError)
    assert path.read_bytes() == before
    assert not [n for n in files_in(tmp_path) if n.endswith(".tmp")]


def test_read_only_folder(tmp_path, sample, monkeypatch):
    # Root ignores folder modes, so the refusal to create the temporary file is simulated.
    import tempfile

    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    before = path.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(VisitFileError, match="Permission denied"):
        save_visit(sample, path)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["v.visit.yaml"]


def test_failed_write_midway_leaves_no_temporary(tmp_path, sample, monkeypatch):
    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    before = path.read_bytes()

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(VisitFileError, match="No space left"):
        save_visit(sample, path)
    assert path.read_bytes() == before
    assert not [n for n in files_in(tmp_path) if n.endswith(".tmp")]


def test_serialisation_error_touches_nothing(tmp_path, sample):
    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    before = path.read_bytes()
    sample.itinerary[0].start = None  # a file without a start time would be refused when opened
    with pytest.raises(VisitFileError, match=r"itinerary\[0\]\.start"):
        save_visit(sample, path)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["v.visit.yaml"]


def test_unsavable_character_touches_nothing(tmp_path, sample):
    path = tmp_path / "v.visit.yaml"
    save_visit(sample, path)
    before = path.read_bytes()
    sample.qa[0].answer = "broken \udcff"
    with pytest.raises(VisitFileError, match=r"qa\[0\]\.answer"):
        save_visit(sample, path)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["v.visit.yaml"]
