"""Small misses and one wrong sense found by blind review r6 (tests on new sentences)."""

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, [])}


def test_cream_put_on_the_skin_is_the_skin_cream_even_with_no_word_before_it():
    found = pictured("Mum needs cream rubbing on her heels at bedtime.")
    assert found.get("cream") == "skin-cream-2"
    assert pictured("I want cream on my apple pie.").get("cream") != "skin-cream-2"


def test_a_weekend_said_with_a_is_the_weekend():
    assert pictured("My son visits on a weekend if he can.").get("on a weekend") == "weekend"


def test_an_early_bird_is_no_bird():
    found = pictured("I've always been an early bird, so I like my breakfast by seven.")
    assert "birds" not in found.values()
    assert pictured("I feed the birds every morning.").get("birds") == "birds"


def test_my_teeth_in_or_out_are_the_dentures_but_teeth_had_out_are_the_persons_own():
    """'my teeth in' or 'out' is the set worn or not, even beside sore gums; teeth had out at
    the dentist, or brushed, are the person's own teeth."""
    assert pictured("Dad sleeps with his teeth out, his gums are sore.").get("teeth") == "dentures"
    assert pictured("I keep my teeth in when visitors come.").get("teeth") == "dentures"
    assert pictured("I had my teeth out when I was forty.").get("teeth") == "teeth"


def test_going_out_one_likes_or_fears_is_the_outing_though_a_bus_is_named():
    """Going out after liking or fearing it is the person's outing, even when a bus is named
    elsewhere in the sentence; lights going out stay no outing."""
    found = pictured("I'm nervous of going out since I slipped by the bus shelter.")
    assert found.get("going out") == "walk"
    assert "walk" not in pictured("I hate the lights going out in a storm.").values()


def test_knowing_what_one_is_talking_about_is_a_saying_not_a_talk():
    """'I know what I'm talking about' claims know-how; talking about the old days is a talk."""
    assert (
        "talk" not in pictured("Ask me, I was a midwife, I know what I'm talking about.").values()
    )
    assert pictured("I love talking about my days on the buses.").get("talking") == "talk"
