"""Where a not's reach starts and stops in a care plan's clauses (round r349).

A doing put off "till" a time with nothing done to stays ruled out for that time; a surprise
("I never thought I'd...") rules nothing out; a clause of its own after "and this ..." or a
wanted order after "Don't ..., and ..." is outside the not. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("Please don't touch me until I've settled.", "touch"),
        ("I don't go out until the afternoon, my legs are stiff.", "go out"),
    ],
)
def test_a_bare_doing_put_off_until_a_time_is_ruled_out(text, doing):
    """ "don't touch me until": the touching is refused for that time, so it is crossed."""
    assert crossed(text)[doing] is True


def test_a_thing_put_off_until_a_time_is_still_wanted():
    """ "don't give me my tablets until after tea": the tablets come later, not never."""
    assert crossed("Don't give me my tablets until after tea.")["tablets"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I never thought I'd be using a walking frame at my age.", "walking frame"),
        ("I never imagined I would need a carer.", "carer"),
    ],
)
def test_a_surprise_said_with_never_rules_nothing_out(text, thing):
    """ "I never thought I'd need a carer": the carer is had, not refused."""
    assert crossed(text)[thing] is False


def test_never_thought_much_of_still_refuses():
    """ "I never thought much of coffee": a dislike, so the coffee is crossed."""
    assert crossed("I never thought much of coffee, give me tea.")["coffee"] is True


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("My mother cannot fly over now, and this breaks my heart.", "heart"),
        ("The bus doesn't come up our lane, and that makes my week lonely.", "lonely"),
    ],
)
def test_and_this_starts_a_clause_of_its_own(text, wanted):
    """ "..., and this breaks my heart": what follows is said, not refused."""
    assert crossed(text)[wanted] is False


def test_a_wanted_order_after_a_dont_and_is_not_crossed():
    """ "Don't cry for me, and play my favourite hymn": the hymn is wanted."""
    got = crossed("Don't cry for me, and play my favourite hymn at the crematorium.")
    assert got["hymn"] is False


def test_a_second_thing_refused_after_a_dont_and_stays_crossed():
    """ "I can't cook, and do the shopping": no order, both are still not done."""
    assert crossed("I can't cook, and do the shopping.")["shopping"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't like the window open when it's windy.", "window"),
        ("I don't like my curtains open after dark.", "curtains"),
        ("I don't like the bathroom window open in winter.", "window"),
    ],
)
def test_a_door_or_curtain_not_liked_open_or_shut_is_still_wanted(text, thing):
    """ "I don't like the curtains open at night": how they stand is refused, not them."""
    assert crossed(text)[thing] is False


@pytest.mark.parametrize(
    ("text", "worn"),
    [
        ("Please don't walk across the lounge in your wellies.", "wellies"),
        ("Don't come into my kitchen in muddy boots.", "boots"),
    ],
)
def test_what_is_worn_after_in_is_refused_with_the_doing(text, worn):
    """ "don't walk on the carpet in your boots": the boots are the thing refused."""
    assert crossed(text)[worn] is True


def test_one_of_a_new_thing_after_no_and_a_comma_is_wanted():
    """ "No tea, a glass of milk": the milk is set against the tea, so it is wanted."""
    got = crossed("No tea, a glass of milk with my tablets.")
    assert got["tea"] is True
    assert got["glass of milk"] is False


def test_a_list_after_no_and_one_new_thing_still_refuses_its_own_or():
    """ "No pork, a bit of bacon or ham": the list runs on, all of it refused."""
    got = crossed("No pork, a bit of bacon or ham.")
    assert got["bacon"] is True
    assert got["ham"] is True


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("I was never a woman for dancing, even at weddings.", "dancing"),
        ("I'm not a man for the bingo, I'd rather read.", "bingo"),
    ],
)
def test_not_a_man_for_refuses_what_follows(text, refused):
    """ "I am not a man for crying": the crying is what the person will not have."""
    assert crossed(text)[refused] is True


def test_keep_doing_keeps_nothing_away():
    """ "I keep baking scones, though the recipe slips away from me": the baking goes on."""
    got = crossed(
        "I keep baking scones for the grandchildren, though the recipe gets away from me."
    )
    assert got["scones"] is False


@pytest.mark.parametrize(
    "text",
    [
        "I divnae want porridge in the morning.",
        "I widnae touch porridge.",
        "Dinny gie me porridge.",
    ],
)
def test_doric_and_glasgow_nots_refuse_the_thing(text):
    """ "I divnae want porridge": the Scots not refuses as "don't" does."""
    assert crossed(text)["porridge"] is True


def test_a_doing_let_by_someone_named_in_two_words_is_refused():
    """ "Don't let the night nurses wake me": the waking, however the nurses are named."""
    got = crossed("Please don't let the agency carers wake me.")
    assert got["wake me"] is True


def test_a_body_that_will_not_get_going_is_not_refused():
    """ "I can't get my legs moving": the person's own legs are stuck, not ruled out."""
    assert crossed("On a bad day I can't get my legs moving at all.")["legs"] is False


def test_a_side_of_the_body_said_no_good_is_not_refused():
    """ "my left side's no good": the person's own side, with what follows it, is wanted."""
    got = crossed("After the stroke my left side's no good and my speech comes out slurred.")
    assert got["stroke"] is False
    assert got["speech"] is False


def test_a_thing_said_no_good_is_still_refused():
    """ "Custard is no good for me": the custard is ruled out."""
    assert crossed("Custard is no good for me.")["Custard"] is True


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Don't move my rug and don't walk across it in wellies.", "wellies"),
        ("Please don't move my chair and don't eat biscuits in my bed.", "biscuits"),
    ],
)
def test_a_second_dont_after_and_is_read_in_its_own_turn(text, refused):
    """ "Don't move it and don't step on it in shoes": the shoes are refused too."""
    assert crossed(text)[refused] is True


def test_what_is_stepped_on_is_refused():
    """ "Don't step on my prayer mat": stepping there rules out the mat, as walking on does."""
    assert crossed("Please don't step on my rug in your wellies.")["rug"] is True


def test_a_thing_pushed_on_the_person_is_refused():
    """ "don't push food on me": the food is what the person will not have pressed on them."""
    got = crossed("When I say I'm full, please don't push the pudding on me.")
    assert got["pudding"] is True


def test_pushing_the_persons_own_thing_keeps_the_thing():
    """ "Don't push my wheelchair on the grass": the pushing there, not the wheelchair."""
    assert crossed("Don't push my wheelchair on the grass.")["wheelchair"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Keep cleaning products away from me.", "cleaning products"),
        ("Keep frying pans away from me.", "frying pans"),
        ("Keep the knitting needles away from me.", "knitting needles"),
        ("Please keep washing powder away from me, it makes me cough.", "washing powder"),
        ("Keep walking sticks away from me at night.", "walking sticks"),
    ],
)
def test_a_thing_named_by_an_ing_word_kept_away_is_refused(text, thing):
    """ "Keep cleaning products away from me": the -ing word names the thing, not a doing
    gone on with ("I keep knitting ganseys"), so the thing kept away is crossed."""
    assert crossed(text)[thing] is True


def test_going_on_doing_keeps_nothing_away():
    """ "I keep knitting ganseys": no "away", so the knitting is wanted."""
    assert crossed("I keep knitting scarves for the grandchildren.")["knitting"] is False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Don't serve pork, and remove the sausages.", "sausages"),
        ("Never give me fish, and keep the eggs away too.", "eggs"),
        ("Don't bring flowers, and hold the chocolates too.", "chocolates"),
        ("Don't give me coffee, and remove the biscuits from the tray.", "biscuits"),
        ("Don't give me crisps, and cut the sugar out as well.", "sugar"),
    ],
)
def test_an_order_that_refuses_after_a_dont_order_is_refused_too(text, refused):
    """ "Don't serve pork, and remove the sausages": the second order rules its thing out."""
    assert crossed(text)[refused] is True


def test_a_wanted_order_after_a_dont_order_keeps_its_thing():
    """ "Don't give me coffee, and keep the biscuits in the tin": kept, and wanted."""
    assert crossed("Don't give me coffee, and keep the biscuits in the tin.")["biscuits"] is False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("No alcohol, a shandy, lager or cider.", "cider"),
        ("No pork, a sausage, bacon or ham.", "sausage"),
        ("No crisps, a biscuit, cake or scone.", "biscuit"),
        ("No crisps, a biscuit, cake or scone.", "cake"),
        ("No beer, a lager, stout, cider.", "stout"),
    ],
)
def test_a_list_after_no_thing_comma_a_thing_stays_refused(text, refused):
    """ "No pork, a sausage, bacon or ham": a list that runs on past the comma, all refused."""
    assert crossed(text)[refused] is True


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("No church, a humanist, and my ashes at sea.", "sea"),
        ("No sugar, a drop of honey, and a slice of lemon.", "honey"),
        ("No tea, a glass of milk, please.", "glass of milk"),
    ],
)
def test_one_thing_set_against_none_before_a_new_and_is_wanted(text, wanted):
    """ "No sugar, a drop of honey, and a slice of lemon": the honey is had instead."""
    assert crossed(text)[wanted] is False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("I don't eat pork, and that includes my bacon.", "bacon"),
        ("I don't drink alcohol, and that includes my sherry at Christmas.", "sherry"),
        ("I don't eat meat, and that means my gravy as well.", "gravy"),
    ],
)
def test_and_that_includes_names_more_of_what_is_refused(text, refused):
    """ "I don't eat pork, and that includes my bacon": the bacon is refused too; "and that"
    opens a clause of its own only with a doing of its own ("and this breaks my heart")."""
    assert crossed(text)[refused] is True


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Coffee is no good and tea neither.", "tea"),
        ("Sugar is no good and salt is worse.", "salt"),
        ("Gravy is no good and custard is worse.", "custard"),
    ],
)
def test_a_thing_after_no_good_and_is_refused_when_no_body_part_is_said(text, refused):
    """ "Sugar is no good and salt is worse": "no good and" skips only the person's own part."""
    assert crossed(text)[refused] is True


def test_what_follows_an_own_part_said_no_use_is_wanted():
    """ "His legs are no use and his hands shake": the hands are his own, not refused."""
    got = crossed("His legs are no use and his hands shake.")
    assert got["legs"] is False
    assert got["hands"] is False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Thunder and lightning frighten me, so pull the blinds when a storm comes.", "lightning"),
        ("Bangs and fireworks make my heart race, so keep the telly loud that night.", "fireworks"),
        ("The fireworks frighten me, so please close the curtains on Bonfire Night.", "fireworks"),
        ("Crowds scare me and fireworks scare me too.", "fireworks"),
        ("The thunder frightens me at night.", "thunder"),
        ("Dogs scare me and thunder scares me too.", "thunder"),
        ("Those fireworks scare me every November.", "fireworks"),
    ],
)
def test_a_startling_noise_that_frightens_the_person_is_shut_out(text, refused):
    """ "Fireworks frighten me": the labels rule out the noise the plan shuts out."""
    assert crossed(text)[refused] is True


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Brown letters frighten me, so sit with me when you open them.", "letters"),
        ("The hoist scares me, so talk me through it.", "hoist"),
    ],
)
def test_a_frightening_thing_of_daily_life_is_not_refused(text, kept):
    """A bill or a hoist that frightens is still needed: only startling noises are shut out."""
    assert crossed(text)[kept] is False


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fireworks make my heart race with joy, I love them.", "Fireworks"),
        ("Fireworks make my heart race with excitement every year.", "Fireworks"),
        ("Thunderstorms make my heart race, I love watching them.", "Thunderstorms"),
        ("The fireworks make my heart pound with delight.", "fireworks"),
    ],
)
def test_a_noise_that_makes_the_heart_race_with_joy_is_wanted(text, kept):
    """ "Fireworks make my heart race with joy, I love them": wanted, not shut out (code review)."""
    assert crossed(text)[kept] is False


@pytest.mark.parametrize(
    "text",
    [
        "Don't let the agency carers wake me just to give me a drink.",
        "Please don't let the day staff wake me to check I'm asleep.",
    ],
)
def test_a_doing_let_to_me_for_a_purpose_is_refused(text):
    """ "Don't let the nurses wake me just to ask": the waking, with no thing given after "me"."""
    assert crossed(text)["wake me"] is True


@pytest.mark.parametrize(
    ("text", "refused", "wanted"),
    [
        ("Don't leave me alone, and keep the cat off my bed.", "cat", "bed"),
        ("Don't shout, and keep the dog out of my room.", "dog", "my room"),
        ("Don't fuss, and cut the salt out of my diet.", "salt", "diet"),
        ("Don't sing, and keep the puppy off my lap.", "puppy", None),
        ("Don't hurry me, and keep the cat out of my kitchen.", "cat", "kitchen"),
        ("Don't worry, and cut the cake out of my meals.", "cake", "meals"),
    ],
)
def test_keep_or_cut_out_after_a_dont_order_crosses_the_thing_not_the_place(text, refused, wanted):
    """ "and keep the cat off my bed": the cat is refused, the bed is not (code review)."""
    found = crossed(text)
    assert found[refused] is True
    if wanted:
        assert found[wanted] is False
