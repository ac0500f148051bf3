"""Fixtures for the pack tests: a realistic French visit, and the pack built from it.

The helpers live in pdf_helpers.py and pdf_visits.py (names no other test folder
uses, since this folder is put on sys.path for them).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdf_helpers import Pdf, build
from pdf_visits import marseille


@pytest.fixture
def visit():
    return marseille()


@pytest.fixture
def pack(visit) -> Pdf:
    return build(visit)
