"""A man's cap, a turban and a headscarf each show their own picture, not the hat's.

The hat's picture is a lady's sun hat: on a Sikh's turban, a Muslim woman's hijab or a
man's flat cap it said the wrong thing about what the person wears (blind review r6)."""

import pytest

from plugins.symbols.matcher import find_all


def concept_on(text: str, term: str) -> str | None:
    return next((m.concept.id for m in find_all(text, []) if m.term == term), None)


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Harbans ties his turban before breakfast and I hand him the pins.", "turban", "turban"),
        ("My grandson wears a patka for football.", "patka", "turban"),
        ("I keep my hijab on when the men come to read the meter.", "hijab", "headscarf"),
        ("Pass me my headscarf before we go to the mosque.", "headscarf", "headscarf"),
        ("Please help me cover my head before the priest comes.", "cover my head", "headscarf"),
        ("Dad never went to the club without his flat cap.", "flat cap", "cap"),
        ("He wore his baseball cap to the seaside.", "baseball cap", "baseball-cap"),
        ("A straw hat keeps the sun off my face in the garden.", "straw hat", "hat"),
    ],
)
def test_each_head_covering_shows_its_own_picture(text, term, concept):
    assert concept_on(text, term) == concept


def test_the_punjabi_turban_is_the_turban_and_the_topi_the_hat():
    from plugins.symbols import languages

    found = {m.term: m.concept.id for m in languages.find_all("ਮੇਰੀ ਪੱਗ ਬੰਨ੍ਹ ਦਿਓ।", "pa", ())}
    assert found.get("ਪੱਗ") == "turban"
