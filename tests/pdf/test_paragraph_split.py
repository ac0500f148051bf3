"""A paragraph split between pages keeps every letter: each part is drawn with
the lines broken before the split (broken again, a part holding a word cut at
its lines' ends came out on fewer lines and lost the rest of its letters)."""

from __future__ import annotations

from briefing.pdf import fonts
from briefing.pdf.paragraph import Para
from briefing.pdf.styles import STYLES

WORD = "".join(chr(ord("a") + n % 26) for n in range(600))


def _letters(part: Para) -> str:
    return "".join(w for _, words in part.blPara.lines for w in words).replace("-", "")


def test_a_long_word_split_over_two_pages_keeps_its_lines_and_letters():
    fonts.register_fonts()
    with STYLES.use("fr"):
        whole = Para(WORD, STYLES["bio"])
        _, height = whole.wrap(380, 1e9)
        leading = STYLES["bio"].leading
        first, rest = whole.split(380, 4 * leading + 1)
        # Laid out again at the same width, as the page lays them out.
        heights = [first.wrap(380, 1e9)[1], rest.wrap(380, 1e9)[1]]
    assert heights[0] == 4 * leading
    assert sum(heights) == height
    assert _letters(first) + _letters(rest) == WORD
