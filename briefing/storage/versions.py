"""Format versions of the visit file, and the upgrades between them.

FORMAT_VERSION is the highest version this release reads and writes. A file of an older version
is upgraded as plain data before the model is built; a file of a newer version
is refused, with a message that a newer release of Briefing wrote it.

History of the format (never rename or change the meaning of a field; a later
version may only add optional ones, and every version 1 file must always open):

- 1 (2026): first version; see shared/spec/visit-file.md.
- 2 (2027): adds optional fields only: travel legs (``kind: travel``, ``mode``,
  ``destination``, ``reference``, ``end_timezone``), each event's logistics
  (``transfer_minutes``, ``transfer_mode``, ``arrival``, ``met_by``,
  ``speaking_minutes``, ``speaking_notes``, ``dress``, ``on_site_contact``),
  a message's ``if_pressed`` and ``background``, the visit's ``uid`` and
  ``distribution``, and the ``history`` of issued revisions. A version 1 file
  is a version 2 file once its version says 2, so the upgrade changes nothing.
  The writer writes the lowest version that holds the visit (schema.version_needed).

To add version N+1: raise FORMAT_VERSION, append ``(N, upgrade)`` to MIGRATIONS
where ``upgrade`` takes the plain data of a version N file (dicts, lists and
scalars as read) and returns that of a version N+1 file, add a fixture in
tests/fixtures/vN+1/ and keep every older fixture loading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

FORMAT_VERSION = 2
FORMAT_NAME = "briefing-visit"

Migration = Callable[[dict], dict]


# Ordered by the version each function upgrades from: (1, v1_to_v2), (2, v2_to_v3), ...
def _v1_to_v2(data: dict) -> dict:
    return data


MIGRATIONS: list[tuple[int, Migration]] = [(1, _v1_to_v2)]


def migrate(
    data: dict, version: int, target: int | None = None, registry: Sequence[tuple[int, Migration]] | None = None
) -> dict:
    """Upgrade ``data`` of format ``version`` to ``target`` (default FORMAT_VERSION).

    Every step from ``version`` up to ``target`` must be registered: a gap is a
    programming error, not a problem of the user's file.
    """
    target = FORMAT_VERSION if target is None else target
    steps = dict(MIGRATIONS if registry is None else registry)
    while version < target:
        if version not in steps:
            raise LookupError(f"no upgrade registered from format version {version}")
        data = steps[version](data)
        version += 1
    return data
