"""What is spoken is the page as a person would read it aloud, and nothing else."""

from plugins.audio.sections import split_sections
from plugins.audio.speech_text import blocks_from_html

PAGE = """
<nav class="md-nav"><a href="index.html">Home</a> <a href="02.html">Next</a></nav>
<h1 id="about-me">About me<a class="headerlink" href="#about-me">&para;</a></h1>
<p>I like <img class="symbol" alt="hot drink" data-concept="tea" data-term="tea"> tea
with <strong>two</strong> sugars.</p>
<ul><li>My daughter <em>Sue</em></li><li>Biscuit, my cat</li></ul>
<h2 id="my-week">My week</h2>
<table>
  <thead><tr><th>Day</th><th>What I do</th></tr></thead>
  <tbody>
    <tr><td>Monday</td><td>swimming at the leisure centre</td></tr>
    <tr><td>Tuesday</td><td>lunch club</td></tr>
  </tbody>
</table>
<script>var secret = "never read";</script>
<footer>Made with planbook</footer>
"""


def spoken(html: str) -> list[str]:
    return [b.text for b in blocks_from_html(html)]


def test_headings_paragraphs_and_list_items_are_read_one_by_one():
    assert spoken(PAGE)[:4] == [
        "About me",
        "I like tea with two sugars.",
        "My daughter Sue",
        "Biscuit, my cat",
    ]


def test_a_table_is_read_row_by_row_without_its_header():
    assert spoken(PAGE)[-2:] == ["Monday: swimming at the leisure centre", "Tuesday: lunch club"]


def test_navigation_symbol_alt_text_permalinks_scripts_and_markup_are_never_read():
    words = " ".join(spoken(PAGE))
    for never in ("Home", "Next", "hot drink", "¶", "secret", "Made with", "<", "strong"):
        assert never not in words


def test_our_own_player_is_never_read():
    player = '<div class="pb-audio"><button>Listen</button></div>'
    html = f'<h2 id="a">Getting up</h2>{player}<p>I rise.</p>'
    assert spoken(html) == ["Getting up", "I rise."]


def test_each_heading_starts_a_section_named_by_its_id():
    sections = split_sections(blocks_from_html(PAGE))
    assert [s.id for s in sections] == ["about-me", "my-week"]
    assert [u.text for u in sections[1].utterances] == [
        "My week.",
        "Monday: swimming at the leisure centre.",
        "Tuesday: lunch club.",
    ]


def test_list_items_pause_less_than_paragraphs_and_headings():
    about = split_sections(blocks_from_html(PAGE))[0]
    pauses = {u.text: u.pause_ms for u in about.utterances}
    assert pauses["My daughter Sue."] < pauses["I like tea with two sugars."] <= pauses["About me."]


def test_words_before_the_first_heading_make_a_section_of_their_own():
    sections = split_sections(blocks_from_html("<p>Hello.</p><h2 id='x'>X</h2><p>Y</p>"))
    assert [s.id for s in sections] == ["start", "x"]


def test_each_sentence_is_marked_in_the_page_without_touching_any_tag():
    from plugins.audio.speech_text import read_page

    html = (
        '<p>I like <span class="symbol-term"><img class="symbol" alt="tea">tea</span>. '
        "Dr. Patel comes at 8.30am &amp; stays.</p><ol><li>I stay still.</li></ol>"
    )
    page = read_page(html)
    assert [b.sentences for b in page.blocks] == [
        ("I like tea.", "Dr. Patel comes at 8.30am & stays."),
        ("I stay still.",),
    ]
    assert page.blocks[1].number == 1
    assert page.html.count('data-pb-s="s1"') == 3  # "I like ", "tea", "."
    assert '<img class="symbol" alt="tea">' in page.html
    stripped = __import__("re").sub(r'<span class="pb-s" data-pb-s="s\d+">|</span>', "", page.html)
    assert stripped == html.replace("</span>", "")


def test_an_ordered_item_is_said_with_its_number_and_each_sentence_is_its_own_utterance():
    sections = split_sections(
        blocks_from_html('<ol start="3"><li>I stay still. Then I rise.</li></ol>')
    )
    assert [u.text for u in sections[0].utterances] == ["Three: I stay still.", "Then I rise."]
    assert [u.written for u in sections[0].utterances] == ["I stay still.", "Then I rise."]
