"""A pack is laid out with the cyclic garbage collector paused (its full passes
over the layout's live objects cost an eighth of a large pack's time), and the
collector is left as it was found, whatever threads build packs at once."""

from __future__ import annotations

import gc
import threading

import pytest

from briefing.pdf import PackOptions, build_pack_bytes
from briefing.pdf.streams import paused_collector


@pytest.fixture
def collections():
    seen: list[int] = []

    def count(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(count)
    yield seen
    gc.callbacks.remove(count)


def test_no_collection_while_a_pack_is_laid_out(visit, collections):
    from briefing.pdf.build import Furniture

    assert gc.isenabled()
    marks: dict[str, int] = {}
    on_cover, finish = Furniture.on_cover, Furniture.finish_page

    def first_page(self, c, doc):
        marks["cover"] = len(collections)  # the layout is under way
        return on_cover(self, c, doc)

    def last_page(self, c, page, total, section):
        if page == total:  # laid out, and about to be written
            marks["last"] = len(collections)
        return finish(self, c, page, total, section)

    Furniture.on_cover, Furniture.finish_page = first_page, last_page
    try:
        data, _ = build_pack_bytes(visit, PackOptions())
    finally:
        Furniture.on_cover, Furniture.finish_page = on_cover, finish
    assert data.startswith(b"%PDF")
    assert marks["last"] == marks["cover"], "the collector ran during the layout"
    # The cycles left are freed on the way out, and the collector is back on.
    assert collections[marks["last"] :] == [0]
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(visit):
    gc.disable()
    try:
        build_pack_bytes(visit, PackOptions())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_back_on_only_when_the_last_pack_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states = {}

    def first():
        with paused_collector():
            first_in.set()
            second_in.wait(5)
        states["after first"] = gc.isenabled()
        first_out.set()

    def second():
        first_in.wait(5)
        with paused_collector():
            second_in.set()
            first_out.wait(5)
            states["second, first gone"] = gc.isenabled()
        states["after both"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert states == {"after first": False, "second, first gone": False, "after both": True}
