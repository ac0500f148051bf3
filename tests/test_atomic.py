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


def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "visit.visit.yaml"
    target.write_bytes(b"old")
    link = tmp_path / "visit.visit.yaml"
    link.symlink_to(target)
    atomic_write(link, b"new", backup=True)
    assert link.is_symlink() and target.read_bytes() == b"new"
    backup = tmp_path / "visit.visit.yaml~"
    assert not backup.is_symlink() and backup.read_bytes() == b"old"


def test_a_failed_backup_copy_keeps_the_previous_backup(tmp_path, monkeypatch):
    import errno
    import os
    import shutil

    path = tmp_path / "v.visit.yaml"
    path.write_bytes(b"version 2")
    (tmp_path / "v.visit.yaml~").write_bytes(b"version 1, the good backup")

    def no_links(*args):
        raise OSError(errno.EPERM, "no hard links here (FAT, SMB)")

    def disk_full(source, destination):
        with open(destination, "wb") as handle:
            handle.write(b"vers")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(shutil, "copy2", disk_full)
    with pytest.raises(OSError):
        atomic_write(path, b"version 3", backup=True)
    assert (tmp_path / "v.visit.yaml~").read_bytes() == b"version 1, the good backup"
    assert path.read_bytes() == b"version 2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.visit.yaml", "v.visit.yaml~"]


def test_a_name_of_250_bytes_can_be_saved(tmp_path):
    path = tmp_path / ("é" * 118 + ".visit.yaml")  # 236 + 11 = 247 bytes
    assert len(path.name.encode()) == 247
    atomic_write(path, b"x")
    atomic_write(path, b"y", backup=False)
    assert path.read_bytes() == b"y"


def test_stale_temporaries_of_ours_are_removed_fresh_ones_and_others_kept(tmp_path):
    import os
    import time

    old, fresh, other = tmp_path / ".~bfabc123.tmp", tmp_path / ".~bfdef456.tmp", tmp_path / ".notes.tmp"
    for f in (old, fresh, other):
        f.write_bytes(b"partial")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    atomic_write(tmp_path / "v.visit.yaml", b"x")
    assert not old.exists() and fresh.exists() and other.exists()


def test_the_umask_is_never_set_while_writing(tmp_path, monkeypatch):
    """Setting it to read it raced with export threads creating files."""
    import os

    def forbidden(mask):
        raise AssertionError("os.umask called during a write")

    monkeypatch.setattr(os, "umask", forbidden)
    atomic_write(tmp_path / "new.pdf", b"%PDF")
    assert (tmp_path / "new.pdf").read_bytes() == b"%PDF"


def test_a_private_mode_and_a_kept_mode(tmp_path):
    import os
    import stat

    private = tmp_path / "note.json"
    atomic_write(private, b"{}", mode=0o600)
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    shared = tmp_path / "shared.visit.yaml"
    shared.write_bytes(b"a")
    os.chmod(shared, 0o640)
    atomic_write(shared, b"b")
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o640
