"""atomic_write's 'never replace' mode, which `briefing sample -o` relies on."""

import os
import subprocess
import sys

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


# -- permissions (issue 7 item 2, issue 11 item 20) --------------------------


def test_a_replaced_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path):
    private = tmp_path / "restricted.visit.yaml"
    private.write_bytes(b"old")
    private.chmod(0o600)
    atomic_write(private, b"new", backup=True)
    assert private.stat().st_mode & 0o777 == 0o600
    assert atomic.backup_path(private).stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh.visit.yaml"
    atomic_write(fresh, b"new")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~atomic.UMASK


def test_a_mode_can_be_asked_for(tmp_path):
    target = tmp_path / "note.json"
    target.write_bytes(b"{}")
    target.chmod(0o644)
    atomic_write(target, b"{}", mode=0o600)
    assert target.stat().st_mode & 0o777 == 0o600


def test_writing_never_touches_the_process_umask(tmp_path, monkeypatch):
    # Export threads write at the same time: a umask of 0 for a moment makes their files world-writable.
    assert _real_umask() == atomic.UMASK
    calls = []
    monkeypatch.setattr(atomic.os, "umask", lambda mask: calls.append(mask) or 0o022)
    atomic_write(tmp_path / "a.pdf", b"pack")
    atomic_write(tmp_path / "a.pdf", b"pack", backup=True)
    atomic_write(tmp_path / "b.pdf", b"pack", replace=False)
    assert calls == []


def _real_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# -- symbolic links (item 12) --------------------------------------------------


def test_saving_through_a_symlink_writes_its_target(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "visit.visit.yaml"
    real.write_bytes(b"first")
    link = tmp_path / "visit.visit.yaml"
    link.symlink_to(real)
    atomic_write(link, b"second", backup=True)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"second"
    backup = atomic.backup_path(real)
    assert not backup.is_symlink() and backup.read_bytes() == b"first"
    assert not atomic.backup_path(link).exists()


# -- backups where hard links are not possible (item 13) ----------------------


def test_a_failed_backup_copy_keeps_the_previous_backup(tmp_path, monkeypatch):
    target = tmp_path / "v.visit.yaml"
    target.write_bytes(b"version 2" * 1000)
    atomic.backup_path(target).write_bytes(b"version 1")

    def no_links(*args):
        raise PermissionError(1, "Operation not permitted")

    def disk_full(src, dst, *args, **kwargs):
        with open(dst, "wb") as handle:
            handle.write(b"vers")  # a truncated copy, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "link", no_links)
    monkeypatch.setattr(atomic.shutil, "copy2", disk_full)
    with pytest.raises(OSError):
        atomic_write(target, b"version 3", backup=True)
    assert atomic.backup_path(target).read_bytes() == b"version 1"
    assert target.read_bytes() == b"version 2" * 1000
    assert leftovers(tmp_path) == []


def test_without_hard_links_the_backup_is_a_whole_copy(tmp_path, monkeypatch):
    def no_links(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "v.visit.yaml"
    target.write_bytes(b"one")
    atomic.backup_path(target).write_bytes(b"zero")
    atomic_write(target, b"two", backup=True)
    assert atomic.backup_path(target).read_bytes() == b"one"
    assert target.read_bytes() == b"two"


# -- long names and temporary files (items 16, 17) ----------------------------


@pytest.mark.parametrize("length", [242, 250, 255])
def test_a_file_with_a_name_near_the_limit_can_be_saved(tmp_path, length):
    name = "v" * (length - len(".visit.yaml")) + ".visit.yaml"
    assert len(name.encode()) == length
    target = tmp_path / name
    target.write_bytes(b"old")
    atomic_write(target, b"new", backup=True)
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []
    if length < 255:
        assert atomic.backup_path(target).read_bytes() == b"old"


def test_temporary_files_left_by_a_crash_are_removed_at_the_next_save(tmp_path):
    import time

    old = time.time() - 2 * atomic.STALE_SECONDS
    crashed = tmp_path / ".~bf1a2b-x7k2p9q3.tmp"  # another process, long ago
    crashed.write_bytes(b"x" * 1000)
    os.utime(crashed, (old, old))
    mine = tmp_path / f".~bf{atomic._base36(os.getpid())}-abcdefgh.tmp"  # this process, no longer writing it
    mine.write_bytes(b"x")
    earlier = tmp_path / ".v.visit.yaml.abcd1234.tmp"  # an earlier release's name for this file
    earlier.write_bytes(b"x")
    os.utime(earlier, (old, old))
    busy = tmp_path / ".~bf1a2c-zzzzzzzz.tmp"  # another copy of the app saving right now
    busy.write_bytes(b"x")
    theirs = tmp_path / ".other.tmp"  # not ours
    theirs.write_bytes(b"x")
    os.utime(theirs, (old, old))
    atomic_write(tmp_path / "v.visit.yaml", b"data")
    assert not crashed.exists() and not mine.exists() and not earlier.exists()
    assert busy.exists() and theirs.exists()


def test_temporary_names_are_short(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    atomic_write(tmp_path / ("x" * 200 + ".visit.yaml"), b"data")
    assert seen and all(len(name) <= 24 for name in seen)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="Linux reports the umask in /proc")
def test_the_umask_is_read_without_setting_it(tmp_path):
    """Where the system reports it, the umask is read, never set (even for a moment), and right."""
    probe = (
        "import os\n"
        "def refuse(mask):\n"
        "    raise AssertionError('the umask was set')\n"
        "os.umask = refuse\n"
        "from briefing import atomic\n"
        "print(oct(atomic.UMASK))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, umask=0o027, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0o27"
