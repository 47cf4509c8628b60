"""Things the newest plans (plans33, plans34, then plans32) still named with no picture after
round 344, each pictured only where the sentence says which thing it is (round 346)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_lightship_is_a_boat():
    assert concept_on("Dad served on the lightships off the Goodwin Sands.", "lightships") == "boat"


def test_an_estuary_is_the_river():
    assert concept_on("Wheel me down so I can see the estuary at high tide.", "estuary") == "river"


def test_a_horseman_and_his_carthorses_are_the_horse():
    assert concept_on("Grandad was the horseman at the big farm.", "horseman") == "horse"
    assert concept_on("We ploughed with two Suffolk Punches.", "Suffolk Punches") == "horse"
    assert concept_on("He looked after the shire horses.", "shire horses") == "horse"


def test_a_refinery_or_a_car_trim_line_is_the_factory():
    assert concept_on("He did shifts at the oil refinery.", "oil refinery") == (
        "factory-worker-r264"
    )
    assert concept_on("She fitted seats on the trim line.", "trim line") == "factory-worker-r264"


def test_a_smelters_pot_room_is_the_factory_but_a_pot_of_tea_is_not():
    assert concept_on("He sweated in the pot room at the aluminium smelter.", "pot room") == (
        "foundry"
    )
    assert concept_on("Bring the pot to my room.", "pot room") is None


def test_heavy_machinery_that_deafened_is_machinery_but_a_sewing_machine_is_not():
    assert concept_on("The compressors on the rig left me deaf.", "compressors") == (
        "machinery-r346"
    )
    assert concept_on("I'm deaf in one ear from the machines underground.", "machines") == (
        "machinery-r346"
    )
    assert concept_on("The steam winch on the quay was mine to work.", "steam winch") == (
        "machinery-r346"
    )
    assert concept_on("My sewing machine is too loud for the neighbours.", "sewing machine") == (
        "sewing"
    )


def test_oxygen_tubing_across_the_hall_floor_is_the_oxygen_but_catheter_tubing_is_not():
    assert concept_on("Mind the tubing in the hallway or I'll trip.", "tubing") == (
        "oxygen-tube-r30"
    )
    assert concept_on("Check the tubing to the catheter bag isn't in the hallway.", "tubing") != (
        "oxygen-tube-r30"
    )


def test_tablets_held_in_the_cheek_show_the_cheek():
    assert concept_on("Check I've swallowed my pills, I hide them in my cheek.", "cheek") == "cheek"


def test_a_denture_pot_named_by_its_colour_is_the_dentures():
    assert concept_on("Put my teeth to soak in the green pot.", "pot") == "dentures"


def test_the_penny_machines_are_the_slot_machines():
    assert concept_on(
        "Give me coppers for the tuppenny machines on the pier.", "tuppenny machines"
    ) == ("slot-machine")


def test_a_programme_watched_is_television_but_an_exercise_programme_is_not():
    assert concept_on("Emmerdale is my programme, I've seen every episode.", "programme") == "tv"
    assert concept_on("The physio gave me an exercise programme to watch.", "programme") is None


def test_a_ferry_stewardess_is_crew_at_sea_but_an_air_stewardess_flies():
    assert concept_on("I was a stewardess on the ferries out of Dover.", "stewardess") == (
        "sailor-steward-r346"
    )
    assert concept_on("My sister was a stewardess with British Airways.", "stewardess") == "flying"


def test_epileptic_fits_had_are_a_seizure_but_clothes_that_fit_and_fits_of_coughing_are_not():
    assert concept_on("She still has fits, so the epilepsy nurse comes monthly.", "fits") == (
        "seizure-fits-r346"
    )
    assert concept_on("He gets fits of coughing after the epilepsy tablets.", "fits") is None
    assert concept_on("This cardigan fits me well.", "fits") is None


def test_the_kitchen_sides_wiped_are_the_kitchen_but_bed_sides_are_not():
    assert concept_on("Wipe the sides down once you've done my tea.", "sides") == (
        "kitchen-sides-r346"
    )
    assert concept_on("Put the bed sides up and wipe my face.", "sides") is None


def test_a_feeding_tube_is_the_tube_feed_but_a_catheter_tube_is_not():
    assert concept_on("My meds go down my tube crushed in a syringe.", "tube") == ("peg-tube-r346")
    assert concept_on("The tube of my catheter gets twisted.", "tube") != "peg-tube-r346"


def test_sick_cleaned_up_is_being_sick_but_sick_pay_is_not():
    assert concept_on("Mop up the sick off the carpet for me.", "sick") == "vomit-sick-r346"
    assert concept_on("Clean up before the sick pay form comes.", "sick") != "vomit-sick-r346"


def test_a_smokehouse_is_pictured():
    assert concept_on("Dad ran the smokehouse where they cured the kippers.", "smokehouse") == (
        "fish-gutting-r136"
    )


def test_a_boxer_walked_is_a_dog_but_a_boxer_in_the_ring_is_not():
    assert concept_on("Bruno the boxer needs his lead on for walks.", "boxer") == "dog-boxer-r346"
    assert concept_on("He was an amateur boxer and walked to the gym.", "boxer") != (
        "dog-boxer-r346"
    )


def test_a_bandaged_leg_is_skin_and_dressings():
    assert concept_on("My legs are bandaged since the ulcers came.", "bandaged") == "skin"


def test_the_heath_walked_is_the_countryside():
    assert concept_on("Take the dog out on the heath among the gorse.", "heath") == (
        "trees-heath-r346"
    )


def test_an_army_quarter_is_a_house_but_a_quarter_of_an_hour_is_not():
    assert concept_on(
        "We had a married quarter near the barracks in Germany.", "married quarter"
    ) == ("home-quarter-r346")
    assert concept_on("Our quarter at the garrison was always cold.", "quarter") == (
        "home-quarter-r346"
    )
    assert concept_on("The army band played for a quarter of an hour.", "quarter") is None


def test_an_army_patch_is_a_house_but_a_painkiller_patch_is_not():
    assert concept_on("The wives on the patch at Catterick looked after each other.", "patch") == (
        "home-quarter-r346"
    )
    assert concept_on("My fentanyl patch goes on my arm, I was an army wife.", "patch") != (
        "home-quarter-r346"
    )


def test_a_dockyard_rigger_is_the_crane():
    assert concept_on("My brother was a rigger at the shipyard.", "rigger") == "crane-rigger-r346"


def test_an_embroidery_frame_is_sewing_but_a_walking_frame_is_not():
    assert concept_on("Set my tapestry on the frame by the lamp.", "frame") == "sewing-frame-r346"
    assert concept_on("Bring my frame so I can walk to the kitchen.", "frame") != (
        "sewing-frame-r346"
    )


def test_the_tube_ridden_into_town_is_no_feeding_tube():
    # code review r54 bug 9: "meds" in the sentence made the tube train the tube feed
    assert concept_on("I take the tube into town to get my meds.", "tube") != "peg-tube-r346"
    assert concept_on("We ride the tube to London for my medicines.", "tube") != "peg-tube-r346"
    assert concept_on("The tube to the shops is quicker than the bus with my meds.", "tube") != (
        "peg-tube-r346"
    )
    assert concept_on("Crush my meds for my tube.", "tube") == "peg-tube-r346"


def test_a_walking_frame_beside_laces_or_stitches_is_no_sewing_frame():
    # code review r54 bug 10: "laces" (lemma lace) and the stitches of a wound made the walking
    # frame an embroidery frame
    assert concept_on("Help me tie my laces, then pass me my frame.", "frame") != (
        "sewing-frame-r346"
    )
    assert concept_on("I had stitches in my leg, so I use my frame.", "frame") != (
        "sewing-frame-r346"
    )
    assert concept_on("Do up my shoe laces and put my frame by the bed.", "frame") != (
        "sewing-frame-r346"
    )
    assert concept_on("She still does her tapestry on the round frame.", "frame") == (
        "sewing-frame-r346"
    )


def test_the_sides_of_a_face_or_a_wheelchair_are_no_kitchen():
    # code review r54 bug 14: a wipe or clean of any sides made the kitchen
    assert concept_on("Clean the sides of my face with a wipe.", "sides") != "kitchen-sides-r346"
    assert concept_on("Wipe the sides of my wheelchair.", "sides") != "kitchen-sides-r346"
    assert concept_on("Wipe the sides of my nose gently, it gets sore.", "sides") != (
        "kitchen-sides-r346"
    )
    assert concept_on("Clean the sides of the commode each morning.", "sides") != (
        "kitchen-sides-r346"
    )
    assert concept_on("Wipe the sides after you make my sandwich.", "sides") == (
        "kitchen-sides-r346"
    )


def test_the_tubing_of_a_garden_hose_is_no_oxygen():
    # code review r54 bug 16: a trip over hose tubing in the hall named the oxygen
    assert concept_on("I trip over the long tubing of the hose in the hall.", "tubing") != (
        "oxygen-tube-r30"
    )
    assert concept_on("The hosepipe tubing trips me up in the garden.", "tubing") != (
        "oxygen-tube-r30"
    )


def test_the_kitchen_sides_guard_names_each_word_once():
    # code review r54b bug 10: "bath" and "cot" were listed twice in the guard
    import yaml

    with open("plugins/symbols/data/vocabulary.yml", encoding="utf-8") as f:
        sense = yaml.safe_load(f)["concepts"]["kitchen-sides-r346"]["words"][0]
    for part in sense.split():
        if part.startswith(("~", "!~")):
            words = part.lstrip("!~").split("|")
            assert len(words) == len(set(words)), part
