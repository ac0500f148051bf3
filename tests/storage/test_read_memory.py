"""Reading a visit asks for memory in proportion to the file, whatever the size cap."""

from __future__ import annotations

import io
import tracemalloc

from briefing.resources import sample_visit_path
from briefing.storage import load_visit, reader
from briefing.storage.reader import read_capped


def test_opening_a_visit_sets_aside_memory_for_the_file_not_for_the_largest_one_allowed():
    path = sample_visit_path()
    load_visit(path)  # modules loaded and caches filled outside the measure
    tracemalloc.start()
    try:
        load_visit(path, regular_only=True, keep_read=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # It was read(MAX_FILE_BYTES + 1): 200 MB set aside for a 50 kB file.
    assert peak < 50 * path.stat().st_size < reader.MAX_FILE_BYTES // 10


def test_a_file_longer_than_its_size_said_is_read_whole(monkeypatch):
    monkeypatch.setattr(reader, "READ_STEP", 7)
    data = b"title: grown since it was looked at\n" * 5
    assert read_capped(io.BytesIO(data), expected=10) == data


def test_a_stream_is_read_in_steps_up_to_one_byte_past_the_cap(monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(reader, "READ_STEP", 64)
    assert read_capped(io.BytesIO(b"y" * 900)) == b"y" * 900
    assert len(read_capped(io.BytesIO(b"z" * 5000))) == 1001  # one byte more than allowed: refused
    assert len(read_capped(io.BytesIO(b"z" * 5000), expected=5000)) == 1001
