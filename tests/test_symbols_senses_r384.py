"""Round 384: words whose sense the words around them decide (a measure, a trade's word, a
dialect word), so the picture says what the plan means and nothing false."""

from tests.helpers import concepts


def test_a_stick_of_something_is_a_measure_not_a_walking_stick():
    assert "stick" not in concepts("I like a stick of Scarborough rock on the prom.")
    assert "stick" not in concepts("A stick of celery goes with my cheese.")
    assert "stick" not in concepts("Put a stick of butter in the pan for me.")
    # a stick that helps walking is still a walking stick
    assert concepts("I need the stick to get to the toilet.")["stick"].startswith("walking-stick")
    assert concepts("I walk with a stick outside.")["stick"].startswith("walking-stick")
    assert concepts("Hand me a stick, please.")["stick"].startswith("walking-stick")


def test_spice_with_sweets_is_sweets_though_the_plan_mentions_tea():
    text = "Milk in my tea, please, and I like a bit of spice after, a humbug or a toffee."
    assert concepts(text)["spice"] == "sweets-spice"
    # spice in the tea itself, or with cooking spices, is still the spice
    assert concepts("A bit of spice in my tea, with ginger.")["spice"] == "chilli"


def test_pricking_a_finger_before_meals_is_the_blood_sugar_test():
    assert concepts("The carer pricks my finger before tea.")["pricks my finger"] == "diabetes"
    assert concepts("Prick her finger at eight, write it down.")["prick her finger"] == "diabetes"
    # a finger pricked sewing or on a thorn is no blood sugar test
    assert "diabetes" not in concepts("I pricked my finger on a needle sewing.").values()
    assert "diabetes" not in concepts("She pricked her finger on the roses.").values()


def test_somebodys_little_girl_is_a_child_not_the_speakers_childhood():
    assert concepts("Our Sandra's little girl comes on Sundays.")["girl"] == "child-r31"
    assert concepts("The little boy next door brings my paper.")["boy"] == "child-r31"
    # "when I was a little girl" is still the speaker's childhood
    assert concepts("When I was a little girl we lived by the docks.")["little girl"] == "childhood"
    assert concepts("As a little boy I sang in the choir.")["little boy"] == "childhood"


def test_a_proper_spread_after_the_funeral_is_a_meal_not_jam():
    assert concepts("Have a proper spread at the club after the funeral.")["spread"] == "meal"
    assert concepts("Put a nice spread on for everybody who comes.")["spread"] == "meal"
    # what goes on the toast is still the spread
    assert concepts("Low-fat spread on my bread, please.")["spread"] == "jam"
    assert "spread" not in concepts("Just a thin spread of butter on my toast.")


def test_a_tin_hut_or_roof_is_made_of_tin_not_a_tin_can():
    assert "tin" not in concepts("We lived in a tin hut by the hop gardens.")
    assert "tin" not in concepts("I love the rain on a tin roof.")
    # a tin to keep or open is still the tin
    assert concepts("Open a tin of peaches for my tea.")["tin"] == "tin"
    assert concepts("The tin is in the cupboard.")["tin"] == "tin"


def test_bells_rung_in_the_tower_are_no_telephone_call():
    assert "phone" not in concepts("The ringers rang a muffled peal when Jack died.").values()
    assert "phone" not in concepts("On Sundays we ring a peal at St Mary's.").values()
    # ringing somebody is still the telephone
    assert concepts("I rang my daughter after tea.")["rang"] == "phone"
    assert concepts("Ring the surgery if my chest gets worse.")["ring"] == "phone"


def test_wetting_a_dry_mouth_is_mouth_care_not_rain():
    assert "wet" not in concepts("My mouth gets dry, so wet it with a swab.")
    assert "wet" not in concepts("Keep my lips wet with the little sponge.")
    # wet weather is still the rain
    assert concepts("It's so wet today, take my coat.")["wet"] == "rain"
    assert concepts("I get wet going to the shop.")["wet"] == "rain"


def test_text_me_is_a_text_message_not_just_a_mobile():
    assert concepts("My hearing's poor, so text my son instead.")["text"] == "phone-text"
    assert concepts("Text me when you're on your way.")["text"] == "phone-text"
    # the text of a page is neither
    assert "text" not in concepts("The text in the leaflet is too small.")


def test_shirt_buttons_show_the_buttons_not_a_shirt():
    said = concepts("My fingers are stiff, so help me with my shirt buttons.")
    assert "shirt" not in said and said["buttons"] == "button"
    # the shirt itself is still clothes
    assert concepts("Put my blue shirt on for church.")["shirt"] == "clothes"


def test_bobbins_said_of_something_poor_is_no_sewing():
    assert "bobbins" not in concepts("The telly tonight is bobbins, so put the radio on.")
    assert "bobbins" not in concepts("That new film was a load of bobbins.")
    # the mill's or the sewing box's bobbins are still sewing
    assert concepts("I kept my bobbins in a biscuit tin.")["bobbins"] == "sewing-2"


def test_wound_as_the_past_of_wind_is_no_wound_dressing():
    assert "wound" not in concepts("I wound the clock every Sunday night.")
    assert "wound" not in concepts("She wound the wool into balls for me.")
    # a wound on the body is still the skin and dressings picture
    assert concepts("Check the wound on my shin every day.")["wound"] == "skin"
    assert concepts("I have a wound in my heel.")["wound"] == "skin"


def test_a_pen_knife_is_a_knife_not_a_pen():
    assert concepts("Dad made pen knives in Sheffield.")["pen knives"] == "cutlery"
    assert concepts("I keep a penknife in my cardigan pocket.")["penknife"] == "cutlery"
    # a pen to write with is still the pen
    assert concepts("Pass me my pen and the crossword.")["pen"] == "pen"


def test_the_smiths_iron_at_the_anvil_is_no_clothes_iron():
    assert "iron" not in concepts("The smith held the iron while I struck it on the anvil.")
    assert "iron" not in concepts("We made anchors from the iron, me and the striker.")
    # ironing the clothes keeps the iron
    assert concepts("Put the iron away after you've done my blouses.")["iron"] == "iron"


def test_the_yard_and_gates_of_a_dockyard_or_pit_are_no_garden():
    assert "gates" not in concepts("I worked at the colliery till they shut the gates for good.")
    assert "yard's" not in concepts("Tell me the yard's on strike, then I'll settle.")
    # the garden gate and the back yard keep the garden
    assert concepts("Shut the gate so the dog can't get out.")["gate"] == "garden-3"
    assert concepts("Sit me out in the yard in the sun.")["yard"] == "garden"


def test_a_rail_on_the_bed_is_a_bed_rail_not_the_stairs():
    assert concepts("I roll in my sleep, so there's a rail on the bed.")["rail"] == "hospital-bed"
    # the rail of the stairs or by the toilet keeps its own picture
    assert concepts("Use the rail to get up the stairs to bed.")["rail"] == "stairs"
    assert concepts("There's a rail by the toilet.")["rail"] == "grab-rail"
