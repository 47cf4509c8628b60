"""What the blind reviews found wrong in both the old and the new matcher, on sentences nobody
tuned on (stop 47 onwards): each test fails on the matcher before its fix."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def pictures(text: str) -> dict[str, tuple[str, bool]]:
    return {m.term: (m.concept.alt, bool(m.negated)) for m in find_all(text, [])}


def test_tea_mashed_strong_is_brewed_tea_not_soft_food():
    """In the North tea is mashed (brewed): no soft-food bowl beside the cup."""
    assert "mashed" not in pictures("I like my tea mashed strong.")
    assert "mashed" not in pictures("Let the pot get mashed properly before you pour.")
    assert pictures("My dinner has to be mashed since the stroke.")["mashed"][0] == "soft food"


def test_sign_language_ruled_out_reads_not_signing_not_not_deaf():
    """A deaf man who lip-reads and does not sign: the crossed picture says "not signing" and
    the lip reading is its own idea, never "deaf" crossed beside "deaf" bare."""
    got = pictures("I never learnt sign language, I lip read.")
    assert got["sign language"] == ("signing", True)
    assert got["lip read"] == ("lip reading", False)
    assert pictures("Mum and I talk in BSL.")["BSL"] == ("signing", False)


def test_a_professional_the_person_does_not_want_to_see_is_ruled_out():
    """ "I don't want to see a counsellor" refuses the counsellor, as "I don't want a
    counsellor" does; a lost sense ("I can't see the nurse without my glasses") and family
    ("I don't want to see my daughter upset") keep their people."""
    assert pictures("I don't want to see a counsellor, I just want company.")["counsellor"][1]
    assert pictures("I won't see the vicar when he calls.")["vicar"][1]
    assert pictures("I don't want to visit the dentist again.")["dentist"][1]
    assert not pictures("I can't see the nurse without my glasses.")["nurse"][1]
    assert not pictures("I don't want to see my daughter upset.")["daughter"][1]


def test_things_to_be_kept_away_are_ruled_out():
    """ "I'm frightened of dogs so please keep them away": the dogs, said again as "them", are
    ruled out (the first review found them bare), as "Keep the dog away from me" already is."""
    assert pictures("I'm frightened of dogs so please keep them away.")["dogs"][1]
    assert pictures("Wasps terrify me, keep them away from me.")["Wasps"][1]
    assert not pictures("Keep them away from my tablets.")["tablets"][1]


def test_a_widow_is_shown_the_loss_not_the_wedding():
    """ "I was widowed in 1998": the second review found a married couple; a widow's picture
    is the grave the labels give (widow|died), with the alt text "widowed"."""
    assert pictures("I was widowed the year we moved to Hull.")["widowed"] == ("widowed", False)
    assert pictures("Since I became a widower I eat alone.")["widower"][0] == "widowed"
    assert pictures("We got married at St Anne's in 1961.")["married"][0] != "widowed"


def test_a_nephew_is_named_as_a_nephew_not_a_son():
    """The same man picture, but the alt text the person hears says nephew (the second review
    found "son" on a nephew)."""
    assert pictures("My nephew fixes my telly.")["nephew"][0] == "nephew"
    assert pictures("My son fixes my telly.")["son"][0] == "son"


def test_a_loved_person_in_a_talk_refused_keeps_no_cross():
    """ "I don't want to talk about my daughter, it's too painful": the talk is ruled out, not
    the daughter (the second review found her crossed); a thing talked about keeps its cross."""
    assert pictures("I don't want to talk about my daughter, it's too painful.")["talk"][1]
    assert not pictures("Please don't talk about my husband at teatime.")["husband"][1]
    assert pictures("Please don't talk about cars.")["cars"][1]


def test_patches_that_get_changed_are_no_change_of_clothes():
    """What a nurse changes is no change of clothes (the second review found the clothes)."""
    assert "get changed" not in pictures("I have pain patches that get changed every three days.")
    assert pictures("I get changed after lunch.")["get changed"][0] == "change my clothes"


def test_a_kind_of_thing_gets_its_own_picture_not_a_neighbours():
    """The third review found neeps shown as carrots, a plate guard as a spoon, an electric
    blanket as a hot-water bottle, a Kingdom Hall as a temple and Burns Night as a saint's day:
    each now has its own picture and alt text."""
    assert pictures("Mash the neeps with plenty of butter.")["neeps"][0] == "swede"
    assert pictures("Carrots and peas with my dinner.")["Carrots"][0] == "carrots"
    assert pictures("Clip the plate guard on my dinner plate.")["plate guard"][0] == "plate guard"
    assert pictures("Switch my electric blanket off at ten.")["electric blanket"][0] == (
        "electric blanket"
    )
    assert pictures("Fill my hot water bottle please.")["hot water bottle"][0] == "hot water bottle"
    assert pictures("The elders from the Kingdom Hall call on Tuesdays.")["Kingdom Hall"][0] == (
        "church"
    )
    assert pictures("My son cooks haggis for Burns Night.")["Burns Night"][0] == "Burns Night"


def test_unsteady_on_the_feet_is_a_fall_risk_not_a_dizzy_head():
    """The third review found "unsteady" shown as dizzy: being unsteady is a risk of falling;
    a spinning head stays dizzy."""
    assert pictures("I am unsteady on my feet after my tea.")["unsteady on my feet"][0] == (
        "unsteady"
    )
    assert pictures("I get a bit wobbly going up the stairs.")["wobbly"][0] == "unsteady"
    assert pictures("I feel giddy when I bend over.")["giddy"][0] == "dizzy"


def test_a_mugs_game_is_a_saying_with_no_mug_and_no_game():
    """A review found "a mug's game" shown as a mug and a game: it says a thing is not worth
    doing. A mug of tea and a game of cards keep theirs."""
    said = pictures("The lottery is a mug's game, I never bother.")
    assert "mug's" not in said and "game" not in said
    assert "mug of tea" in pictures("A mug of tea with my tablets, please.")
    assert "dominoes" in pictures("I like a game of dominoes on a Friday.")


def test_a_thing_refused_only_as_it_is_done_to_is_still_wanted():
    """Stop 48's review: "I don't like the curtains closed in the day" crossed the curtains, and
    "I won't take tablets crushed in my food" the tablets (read as refusing medication). What
    is refused is how they are; the curtains and the tablets are wanted. An open window
    refused stays crossed, as the sets label it."""
    assert pictures("I don't like the blinds drawn in the afternoon.")["blinds"][1] is False
    assert pictures("I won't have my pills crushed into jam.")["pills"][1] is False
    assert pictures("I don't like my peas touching my gravy.")["peas"][1] is False
    assert pictures("I won't have the window open in the frost.")["window"][1] is True


def test_a_person_talked_about_keeps_no_cross_nor_what_is_said_of_them():
    """Stop 48's review: "I don't like talking about my brother who died" crossed the brother
    and the death; only the talking is refused."""
    got = pictures("I don't like talking about my sister who died.")
    assert got["talking"][1] is True
    assert got["sister"][1] is False and got["died"][1] is False
    assert pictures("I don't like chatting about my son.")["son"][1] is False


def test_now_with_a_new_subject_ends_what_a_not_rules_out():
    """ "I can't peel potatoes now my fingers are bent": "now" says "now that"; the fingers are
    no thing refused (a cross on a body part could upset)."""
    got = pictures("I can't sew any more now my hands are stiff.")
    assert got["hands"][1] is False
    assert pictures("I don't eat cheese now.")["cheese"][1] is True


def test_tucked_in_is_eating_only_where_nothing_is_tucked():
    """Stop 48's review: a jumper tucked in showed a crossed meal; being tucked in at night is
    no meal either. "Tuck in" said of food keeps the meal."""
    assert "tucked in" not in pictures("I like my blouse tucked in at the back.")
    assert "tucked in" not in pictures("I like to be tucked in at night with two blankets.")
    assert pictures("The stew's ready, so tuck in.")["tuck in"][0] == "meal"


def test_end_of_life_papers_and_old_words_for_pants_get_their_pictures():
    """Stop 48's review: a DNR form and a will made got no picture; undercrackers none."""
    assert pictures("My DNR form is in the blue folder.")["DNR form"][0] == "form"
    assert pictures("I made a will after Tom died.")["a will"][0] == "will"
    assert pictures("Fresh undercrackers after my wash.")["undercrackers"][0] == "underwear"


def test_peeling_has_its_own_picture_not_chopping():
    """Stop 48's review: "I can't peel potatoes" showed a knife chopping. Mulberry draws the
    peeling itself; chopping and slicing keep the chopping board."""
    assert pictures("I like to peel my own apples.")["peel"][0] == "peeling"
    assert pictures("Leave the potatoes peeled in water.")["peeled"][0] == "peeling"
    assert pictures("Pass me the potato peeler.")["potato peeler"][0] == "peeling"
    assert pictures("I chop the onions sitting down.")["chop"][0] != "peeling"


def test_a_refused_knife_and_fork_or_soap_is_the_thing_not_the_doing():
    """Stop 49's review: "please don't give me a knife and fork" crossed the eating, and "I don't
    use soap on my face" crossed the washing: each read "do not eat", "do not wash". The thing
    refused has its own alt text; the eating and the washing keep theirs."""
    assert pictures("I eat with my fingers, so no knife and fork, please.")["knife and fork"] == (
        "knife and fork",
        True,
    )
    assert pictures("No soap on my face, only warm water.")["soap"] == ("soap", True)
    assert pictures("I like to eat at the table.")["eat"] == ("eating", False)
    assert pictures("Please wash my back for me.")["wash"][0] == "washing"


def test_in_laws_are_named_as_in_laws_not_as_the_son_or_daughter():
    """Stop 49's blind review: a son-in-law pictured with the alt text "son" tells the reader
    the wrong person comes. The in-laws keep the family pictures, with their own names."""
    assert pictures("My son-in-law drives me to the market.")["son-in-law"] == (
        "son-in-law",
        False,
    )
    assert pictures("Her daughter-in-law brings the post up.")["daughter-in-law"][0] == (
        "daughter-in-law"
    )
    assert pictures("My brother-in-law fixed the gate.")["brother-in-law"][0] == "brother-in-law"
    assert pictures("I miss my son, he lives abroad.")["son"][0] == "son"


def test_a_great_grandmother_is_the_grandmother_picture_not_the_mother():
    """A great-gran or great-nan is an older generation than a mother: the grandmother picture,
    named as who she is."""
    for text, word in [
        ("My great-gran taught me to knit.", "great-gran"),
        ("My great-nan kept hens in the yard.", "great-nan"),
        ("My great-grandmother was born in Sligo.", "great-grandmother"),
    ]:
        assert pictures(text)[word][0] == "great-grandmother"
    assert pictures("My mum taught me to bake.")["mum"][0] == "mother"


def test_serving_in_the_navy_is_the_sailor_not_the_army_medal():
    """Stop 49's blind review: "served in the Navy" showed the forces' medal, read as the army;
    the Navy is the sailor, as "the Navy" alone already is."""
    assert pictures("Dad served in the Navy for twelve years.")["served in the Navy"][0] == (
        "the navy"
    )
    assert (
        pictures("Grandad served in the Royal Navy in the war.")["served in the Royal Navy"][0]
        == "the navy"
    )
    assert pictures("My brother served in the army in Cyprus.")["served in the army"][0] == (
        "the forces"
    )


def test_an_allergy_to_penicillin_names_penicillin_not_medicines():
    """Stop 49's blind review: a crossed picture read "not medicines" beside a penicillin
    allergy, as if every medicine were refused. The same picture is named penicillin."""
    assert pictures("I'm allergic to penicillin, it makes me swell.")["penicillin"] == (
        "penicillin",
        True,
    )
    assert pictures("Please bring my medicine at eight.")["medicine"][0] == "medicines"


def test_feeling_flustered_or_rushed_gets_a_picture():
    """Stop 49's blind review: feelings said in homely words had no picture. Flustered and
    the heebie-jeebies are worry; being rushed is the rush (the sets key it rush|hurry), but
    being rushed to hospital is a journey, not a feeling."""
    assert pictures("I get flustered when the phone rings.")["flustered"][0] == "worried"
    assert pictures("The dark gives me the heebie-jeebies.")["heebie-jeebies"][0] == "worried"
    assert pictures("I get in a fluster over letters.")["in a fluster"][0] == "worried"
    assert pictures("I get rushed at teatime and I spill things.")["rushed"][0] == "rush"
    assert "rushed" not in pictures("He got rushed to hospital with his chest.")
    # "I hate being rushed" rules the rush out, which the ruling out does not yet read: no
    # picture rather than a bare one
    assert "rushed" not in pictures("I hate being rushed when I dress.")


def test_the_service_a_person_plans_for_their_funeral_is_the_funeral():
    """Stop 49's blind review: the service at a person's own funeral had no picture. A
    humanist service, or a service beside a wake, the crem or a hearse, is the funeral; a
    Sunday service stays the church."""
    assert pictures("When I die I want a humanist service, nothing churchy.")["humanist service"][
        0
    ] == ("funeral")
    assert pictures("A small service at the crem, then a wake at the club.")["service"][0] == (
        "funeral"
    )
    assert pictures("I go to the evening service at the chapel.")["service"][0] == "church"


def test_rules_for_one_clause_stop_at_the_end_of_their_sentence():
    """Stop 49's code review: "in case" in one sentence, a person with a doing before a refused
    thing two sentences on, and "must be" followed by "kept out" were each read across or past
    what they say: an allergy lost its cross, a son lost his."""
    assert pictures("I carry a card in case. I can't have nuts.")["nuts"][1] is True
    assert pictures("I worry in case I can't get to the hall.")["hall"][1] is False
    assert pictures("I don't want my son visiting. I don't eat pork.")["son"][1] is True
    assert pictures("I don't want my neighbour having a key.")["neighbour"][1] is False
    assert pictures("No flowers, the lilies must be kept out.")["lilies"][1] is True
    assert (
        pictures("I can't abide cold food, my dinner has to be piping hot.")["dinner"][1] is False
    )


def test_where_someone_is_left_is_no_thing_left_for_them():
    """ "Please don't leave me outside" refuses the leaving there, not the outdoors; "don't leave
    me letters" still crosses the letters."""
    assert pictures("Please don't leave me outside.")["outside"][1] is False
    assert pictures("Please don't leave me letters on the mat.")["letters"][1] is True


def test_a_capital_on_the_first_word_of_a_known_name_keeps_the_names_picture():
    """Stop 49's code review: "Coronation street" and "the Daily mail" typed with one capital are
    still the programme and the paper, not a street and the post."""
    assert pictures("Coronation street is my favourite.")["Coronation street"][0] == "television"
    assert "mail" not in pictures("I read the Daily mail every morning.")
