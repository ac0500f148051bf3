"""`briefing sample`: the bundled visit, to standard output or to a new file only."""

import os


def test_sample_to_stdout_is_the_bundled_file(program, sample):
    # As a program: the bytes on standard output must be the file's, unchanged.
    done = program("sample")
    assert done.returncode == 0
    assert done.stdout.encode("utf-8") == sample.read_bytes()
    assert done.stderr == ""


def test_sample_to_a_new_file(cli, sample, tmp_path):
    target = tmp_path / "ma-visite.visit.yaml"
    status, out, err = cli("sample", "-o", target)
    assert status == 0
    assert target.read_bytes() == sample.read_bytes()
    assert str(target) in err
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ma-visite.visit.yaml"]


def test_the_written_sample_checks_clean(cli, tmp_path):
    target = tmp_path / "v.visit.yaml"
    assert cli("sample", "-o", target)[0] == 0
    assert cli("check", target) == (0, "", "")


def test_sample_never_overwrites(cli, tmp_path):
    target = tmp_path / "mine.visit.yaml"
    target.write_text("my own work\n", encoding="utf-8")
    status, out, err = cli("sample", "-o", target)
    assert status == 1
    assert out == ""
    assert "already exists" in err
    assert target.read_text(encoding="utf-8") == "my own work\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.visit.yaml"]


def test_sample_never_overwrites_a_folder_or_a_dangling_link(cli, tmp_path):
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    link = tmp_path / "link.yaml"
    os.symlink(tmp_path / "nowhere", link)
    for target in (folder, link):
        status, _, err = cli("sample", "-o", target)
        assert status == 1
        assert "already exists" in err
    assert not (tmp_path / "nowhere").exists()


def test_sample_into_a_missing_folder(cli, tmp_path):
    status, _, err = cli("sample", "-o", tmp_path / "absent" / "v.yaml")
    assert status == 1
    assert "does not exist" in err


def test_sample_file_is_not_private(cli, tmp_path):
    # Written through a private temporary file, but it must end up an ordinary file.
    target = tmp_path / "v.yaml"
    cli("sample", "-o", target)
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_a_reader_that_goes_away_is_no_error(sample):
    # `briefing sample | head -1`: the pipe closes before all is written.
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from briefing.cli import main; sys.exit(main(['sample']))"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # closed before the program writes anything
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1  # not all was written
    assert "Traceback" not in err
    assert "Error" not in err
