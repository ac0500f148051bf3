"""Whatever text a user types, the pack is made: property test over all fields."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from pdf_helpers import build
from pdf_time_limit import time_limit

from briefing.model import Contact, Details, Message, Person, Question, Stop, Visit

# Markup characters, controls, accents, CJK, emoji, long runs without spaces.
TEXT = st.one_of(
    st.text(max_size=80),
    st.text(alphabet="<>&\"'/ =abc\n\t\r\x00é€Œ漢😀\u200d\ufe0f", max_size=120),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", "漢", "<b>"]), st.integers(0, 900)),
)
ANY_VISIT = (st.lists(TEXT, min_size=15, max_size=15), st.sampled_from(["fr", "en"]), st.sampled_from(["a4", "letter"]))
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _makes_a_pack(texts, language, paper):
    t = iter(texts)
    details = Details(
        title=next(t),
        principal=next(t),
        start_date=dt.date(2027, 6, 3),
        language=language,
        classification=next(t),
        summary=next(t),
        objectives=[next(t)],
    )
    visit = Visit(
        details,
        [Stop("s", start=dt.time(9), title=next(t), venue=next(t), notes=next(t), attendees=["p"])],
        [Person("p", next(t), role=next(t), bio=next(t))],
        [Message(next(t), [next(t)], "s")],
        [Question(next(t), "réponse")],
        [texts[0]],
        [Contact(next(t), phone=texts[1])],
    )
    # A layout that never ends fails here instead of blocking the suite.
    with time_limit(60):
        pdf = build(visit, paper=paper)
    assert len(pdf.pages) >= 1
    assert all(w.code and w.path and w.message for w in pdf.warnings)


@SETTINGS
@given(*ANY_VISIT)
def test_any_text_in_any_field_makes_a_pack(texts, language, paper):
    _makes_a_pack(texts, language, paper)


@pytest.mark.parametrize("chosen", [5, 6])
def test_the_seeds_whose_stop_title_looped_forever(chosen):
    """As ``--hypothesis-seed=5`` (or 6): a stop title taller than a page,
    repeated whole above each page its stop went on to, made every split's rest
    taller than what it was given. Generation only: a failure is not shrunk."""

    @seed(chosen)
    @settings(SETTINGS, database=None, phases=[Phase.explicit, Phase.generate])
    @given(*ANY_VISIT)
    def run(texts, language, paper):
        _makes_a_pack(texts, language, paper)

    run()
