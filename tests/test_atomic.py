"""atomic_write's 'never replace' mode, which `briefing sample -o` relies on."""

import os

import pytest

from briefing import atomic
from briefing.atomic import atomic_write


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_created_readable_by_colleagues(tmp_path):
    target = tmp_path / "new.visit.yaml"
    atomic_write(target, b"data", replace=False)
    assert target.read_bytes() == b"data"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_never_replaced(tmp_path):
    target = tmp_path / "mine.visit.yaml"
    target.write_bytes(b"my work")
    with pytest.raises(FileExistsError):
        atomic_write(target, b"sample", replace=False)
    assert target.read_bytes() == b"my work"
    assert leftovers(tmp_path) == []


def test_a_file_created_meanwhile_by_another_program_is_kept(tmp_path, monkeypatch):
    target = tmp_path / "race.visit.yaml"
    real_fsync = os.fsync

    def fsync_then_someone_writes(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"theirs")

    monkeypatch.setattr(atomic.os, "fsync", fsync_then_someone_writes)
    with pytest.raises(FileExistsError):
        atomic_write(target, b"ours", replace=False)
    assert target.read_bytes() == b"theirs"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("exists", [False, True])
def test_without_hard_links(tmp_path, monkeypatch, exists):
    # FAT and some network shares: no hard links, so a check then a rename.
    def no_links(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "v.visit.yaml"
    if exists:
        target.write_bytes(b"my work")
        with pytest.raises(FileExistsError):
            atomic_write(target, b"sample", replace=False)
        assert target.read_bytes() == b"my work"
    else:
        atomic_write(target, b"sample", replace=False)
        assert target.read_bytes() == b"sample"
    assert leftovers(tmp_path) == []
