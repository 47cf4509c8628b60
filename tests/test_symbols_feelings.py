"""Feelings and states of the body said in the person's own words (round r315): the word gets
the picture the vocabulary gives that feeling, and its other senses stay unpictured."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the alt text of its picture."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_settling_said_of_the_person_is_calm():
    assert shown("Hum me an old hymn at bedtime and I soon settle.")["settle"] == "calm"
    assert shown("Sit with me a while; the radio settles me.")["settles me"] == "calm"
    assert shown("A cup of cocoa helps me settle at night.")["settle"] == "calm"


def test_not_settling_is_unease():
    assert shown("When the wind howls I can't settle.")["can't settle"] == "worried"


def test_settling_a_bill_a_new_home_or_dust_is_no_feeling():
    for text in (
        "Please settle the paper bill on a Friday.",
        "We want to settle in the new flat before Christmas.",
        "The dust will settle in the corner if you leave it.",
        "Settle me in the big chair by the window.",
    ):
        assert "calm" not in shown(text).values(), text


def test_muddling_things_up_and_jumbled_words_are_confusion():
    assert shown("I muddle the days of the week now.")["muddle"] == "confused"
    assert shown("My sister muddles our names but she knows us.")["muddles"] == "confused"
    assert shown("Too many voices at once muddles me.")["muddles me"] == "confused"
    assert shown("Since the fall my thoughts come out jumbled.")["jumbled"] == "confused"


def test_muddling_through_and_a_jumbled_drawer_are_no_confusion():
    assert "confused" not in shown("We muddle through on the pension.").values()
    assert "confused" not in shown("The drawer is all jumbled with string.").values()
    assert "confused" not in shown("The wind muddles my hearing aid.").values()


def test_a_thing_that_makes_the_person_sick_is_feeling_sick():
    assert shown("Fried food makes me sick, so grill my fish.")["sick"] == "being sick"
    assert "being sick" not in shown("It makes me sick of the sight of it.").values()


def test_makes_me_sick_the_way_they_talk_is_disgust_not_vomiting():
    """Code review 15: "it makes me sick the way they talk to me" is disgust, no vomit picture;
    "fried food makes me sick" still is."""
    for text in (
        "It makes me sick the way they talk to me.",
        "It makes me sick how they leave him in his chair all day.",
        "It made me sick when they sold the house.",
        "It makes him sick that nobody visits.",
    ):
        assert "being sick" not in shown(text).values(), text
    assert shown("Milk makes me sick, so black tea please.")["sick"] == "being sick"


def test_down_after_a_word_of_degree_is_a_low_mood_but_down_the_stairs_is_not():
    assert shown("I get awful down in the winter.")["awful down"] == "sad"
    assert shown("I'm so down today.")["so down"] == "sad"
    assert "sad" not in shown("Get down the stairs slowly with me.").values()
    assert "sad" not in shown("Write that down for me.").values()


def test_low_beside_another_feeling_is_sadness_and_cross_beside_stiffness_is_anger():
    assert shown("When I'm grumpy or low, put the brass band on.")["low"] == "sad"
    assert "sad" not in shown("Keep the salt and fat low.").values()
    assert shown("By lunchtime I'm stiff and cross, so let me nap.")["cross"] == "angry"


def test_low_on_energy_or_iron_and_the_volume_really_down_are_no_low_mood():
    """Code review 15: "low on energy", "low in iron" and "the volume turned really down" are no
    sad face; "I'm tired and low" and "I get really down" still are."""
    for text in (
        "I'm tired and low on energy.",
        "She gets weary and low in iron in the winter.",
        "I like the volume turned really down.",
        "Keep the telly very down at night.",
        "Have the radio really down at night.",
    ):
        assert "sad" not in shown(text).values(), text
    assert shown("Some evenings I'm tired and low.")["low"] == "sad"
    assert shown("I'm really down today.")["really down"] == "sad"


def test_a_thing_that_grieves_the_person_saddens_them():
    assert shown("It grieves me that I can't cook for them.")["grieves me"] == "sad"


def test_wrecked_said_of_the_person_is_tiredness_but_a_wrecked_car_is_not():
    assert shown("After a long day at the centre I'm wrecked.")["wrecked"] == "tired"
    assert "tired" not in shown("The car was wrecked in the crash.").values()


def test_tamping_about_a_thing_and_a_good_swear_are_anger():
    assert shown("By nine I'm tamping that the paper hasn't come.")["tamping"] == "grumpy"
    assert shown("Let me have a good swear when the pain is bad.")["swear"] == "angry"
    assert "angry" not in shown("I swear by a hot toddy.").values()


def test_daren_t_is_fear():
    assert shown("I daren't go down the garden in the frost.")["daren't"] == "scared"


def test_pride_in_someone_is_gladness_but_swallowed_pride_is_not():
    assert shown("I cry with pride at my grandson's passing out parade.")["pride"] == "happy"
    assert shown("I take pride in my appearance.")["pride"] == "happy"
    assert "happy" not in shown("I had to swallow my pride and take the wheelchair.").values()
    assert "happy" not in shown("The clock has pride of place on the mantelpiece.").values()


def test_lost_or_stubborn_pride_is_no_gladness():
    """Code review 10: pride lost, hurt or standing in the way of help is dignity, not a grinning
    face; pride taken in something, or "my roses are my pride", still is."""
    for text in (
        "I've lost my pride since I needed help on the toilet.",
        "My pride won't let me ask for help.",
        "Her pride took a knock when she had to use the commode.",
        "It hurts his pride to be fed.",
        "There's no pride left in being washed by a stranger.",
        "Their pride stops them asking the neighbours.",
    ):
        assert "happy" not in shown(text).values(), text
    assert shown("He is bursting with pride at his garden.")["pride"] == "happy"
    assert shown("She takes great pride in her cooking.")["pride"] == "happy"
    assert shown("My roses are my pride and I prune them myself.")["pride"] == "happy"


def test_a_weak_arm_or_heart_is_weakness_but_weak_tea_and_a_weak_bladder_are_not():
    assert shown("My arm is still weak since the stroke.")["weak"] == "weak"
    assert shown("My heart is weak, so I take my tablets.")["weak"] == "weak"
    assert "weak" not in shown("I have a weak bladder.").values()
    assert "weak" not in shown("I like my tea weak.").values()


def test_a_tight_chest_beside_the_inhaler_is_breathlessness_but_tight_laces_are_not():
    assert shown("When I'm tight I take two puffs of the blue inhaler.")["tight"] == "breathing"
    assert (
        shown("My chest goes tight in the damp, so keep my inhaler handy.")["tight"] == "breathing"
    )
    assert "breathing" not in shown("Tie my laces tight.").values()


def test_jumping_at_a_bang_is_fear_but_a_dog_jumping_up_is_not():
    assert shown("I still jump when the door slams.")["jump"] == "scared"
    assert shown("A car horn makes me jump.")["makes me jump"] == "scared"
    assert "scared" not in shown("Don't let the dog jump up at me.").values()


def test_feeling_useless_is_low_mood_but_a_useless_remote_is_not():
    assert shown("I feel useless.")["useless"] == "sad"
    assert "sad" not in shown("The new remote is useless.").values()


def test_a_useless_or_wrecked_body_part_is_no_low_mood_or_tiredness():
    """Code review 13: a leg, hand or hip that is weak and useless, or wrecked, is the body part
    at fault, not a sad or a tired face; "I feel useless" and "I'm wrecked" still are."""
    for text in (
        "My left leg is weak and useless.",
        "My hands are stiff and useless.",
        "Since the stroke my right arm is numb and pretty useless.",
        "My fingers are swollen and useless in the cold.",
    ):
        assert "sad" not in shown(text).values(), text
    for text in (
        "My hip is wrecked.",
        "My knees are totally wrecked.",
        "The surgeon says my shoulder is completely wrecked.",
        "My back is wrecked after forty years of lifting.",
    ):
        assert "tired" not in shown(text).values(), text
    assert shown("Some days I feel so useless.")["useless"] == "sad"
    assert shown("Since my eyes went I feel useless and low.")["useless"] == "sad"
    assert shown("After the bath I'm totally wrecked.")["wrecked"] == "tired"


def test_going_peacefully_is_calm():
    assert shown("Let me go peacefully in my own bed.")["peacefully"] == "calm"


def test_pride_lost_further_back_is_no_gladness():
    """Second code review: "I've lost all my pride" is no grinning face, however far back the
    losing is said."""
    assert "happy" not in shown("I've lost all my pride since the stroke.").values()


# round r327: feelings and body states said in the person's words


def test_gasping_or_feeling_like_drowning_is_breathlessness_but_gasping_for_tea_is_not():
    assert shown("If I hurry up the path I am gasping.")["gasping"] == "breathing"
    assert shown("Lying flat I feel like I'm drowning, so prop me up.")["drowning"] == "breathing"
    assert "gasping" not in shown("I'm gasping for a mug of tea after my bath.")
    assert "gasping" not in shown("Put the kettle on, I'm gasping.")
    assert "drowning" not in shown("I feel like I'm drowning in paperwork since the move.")


def test_down_or_low_in_myself_is_a_low_mood():
    assert shown("I've been down in myself since the dog died.")["down in myself"] == "sad"
    assert shown("She gets low in herself in the dark months.")["low in herself"] == "sad"


def test_that_s_me_made_up_is_gladness_but_a_made_up_bottle_is_not():
    assert shown("Pie and peas on a Saturday and that's me made up.")["made up"] == "happy"
    assert "made up" not in shown("My daughter made up a bottle of squash for me.")


def test_teasy_beside_another_feeling_is_grumpiness():
    assert shown("By teatime I go muddled and teasy.")["teasy"] == "grumpy"


def test_a_body_part_done_in_hurts_but_the_person_done_in_is_tired():
    assert shown("My hips are done in after years on the building sites.")["done in"] == "pain"
    assert shown("I'm done in by the afternoon.")["done in"] == "tired"


def test_a_body_packing_in_is_weakness_but_packing_up_boxes_is_not():
    assert shown("My legs are packing in now, so I need the hoist.")["packing in"] == "weak"
    assert "packing up" not in shown("He is packing up the boxes for the move.")


def test_someone_left_or_worried_for_on_their_own_is_alone():
    assert shown("I fret about Derek on his own when I'm in hospital.")["on his own"] == "on my own"
    assert shown("I hate leaving Nora on her own at night.")["on her own"] == "on my own"


def test_the_nerves_as_a_state_of_mind_are_worry_but_the_nerves_of_the_feet_are_not():
    assert shown("I get the nerves something awful before the dentist.")["nerves"] == "worried"
    assert shown("Mam has suffered with her nerves since the war.")["nerves"] == "worried"
    assert shown("The nerves in my feet are gone, so check them for cuts.")["nerves"] == "nerves"


def test_missing_a_thing_or_time_gone_is_sadness_but_missing_a_dose_or_a_bus_is_not():
    assert shown("I gave up the allotment last year and I miss it terrible.")["miss"] == "sad"
    assert shown("I really miss my old pals from the mill.")["miss"] == "sad"
    assert "miss" not in shown("I mustn't miss my insulin before tea.")
    assert "miss" not in shown("If I miss the bus I get in a state.")
    assert "miss" not in shown("I feel stiff when I miss my walk.")


def test_a_thing_that_upsets_the_person_is_upset_but_an_upset_tummy_is_not():
    assert shown("Shouting on the telly upsets me.")["upsets me"] == "upset"
    assert "upsets her" not in shown("Cheese upsets her tummy, so none at tea.")


def test_the_person_being_alone_is_on_their_own_but_not_alone_is_not():
    assert shown("I get frightened when I'm alone after dark.")["alone"] == "on my own"
    assert "alone" not in shown("I am not alone, my niece lives next door.")


# round r337: feelings and states of the body said in the person's words


def test_tablets_that_bung_the_person_up_are_constipation_but_a_cold_is_not():
    assert shown("The iron tablets bung me up something awful.")["bung me up"] == "bowels"
    assert shown("Them new pills bunged me up for days.")["bunged me up"] == "bowels"
    assert shown("The codeine stops me up, so prunes at breakfast.")["stops me up"] == "bowels"
    assert shown("This cold bungs me up at night.").get("bungs me up") != "bowels"


def test_not_fit_to_live_with_and_a_grump_are_grumpiness():
    assert shown("If the Rovers lose I'm not fit to live with.")["not fit to live with"] == "grumpy"
    assert shown("I'm a right grump before my first cuppa.")["grump"] == "grumpy"


def test_swimmy_headed_and_the_room_spinning_are_dizziness():
    assert shown("I go swimmy-headed if I get up too quick.")["swimmy-headed"] == "dizzy"
    assert shown("The room spins when I lie back on the pillow.")["room spins"] == "dizzy"


def test_groaning_is_pain_said_without_words():
    assert shown("If he's groaning when you turn him, ring the nurse.")["groaning"] == "in pain"


def test_a_time_that_is_hard_since_a_death_is_sadness_but_hard_to_hear_is_not():
    assert shown("Her birthday in May is hard since she died.")["hard"] == "sad"
    assert shown("My husband passed in the autumn, so October is a bad week.")["bad week"] == "sad"
    assert "hard" not in shown("It's hard to hear the telly since my husband died.")
    assert "hard" not in shown("The crusts are too hard for my teeth.")


def test_alone_beside_another_feeling_is_on_my_own():
    assert shown("I get tearful, alone in the house at night.")["alone"] == "on my own"


def test_handled_gentle_like_is_gentleness():
    assert shown("Wash my back gentle like, the skin tears.")["gentle"] == "gentle"


# round r351: feelings, states of the body and idioms said in the person's words


def test_sweaty_night_sweats_and_sweating_are_sweating_but_a_sweatshirt_is_not():
    assert shown("When my sugar drops I go all sweaty and shaky.")["sweaty"] == "sweating"
    assert shown("The night sweats soak my nightie.")["night sweats"] == "sweating"
    assert shown("I wake up sweating when the morphine wears off.")["sweating"] == "sweating"
    assert shown("I sweat terrible in the summer months.")["sweat"] == "sweating"
    assert "sweating" not in shown("Don't sweat it if the bins go out late.").values()
    assert "sweating" not in shown("My navy sweatshirt is on the chair.").values()


def test_knowing_a_thing_off_by_heart_is_remembering():
    assert shown("She had the bus times off by heart.")["off by heart"] == "remembering"


def test_a_thing_that_is_the_persons_comfort_is_comfort_but_a_comfort_break_is_not():
    assert shown("The cat on my lap is my comfort of an evening.")["comfort"] == "comfort"
    assert shown("The church bells are a comfort to me.")["a comfort"] == "comfort"
    assert shown("Reading his letters comforts me.")["comforts"] == "comfort"
    assert "comfort" not in shown("Stop for a comfort break at Perth.").values()
    assert "comfort" not in shown("That bus came too close for comfort.").values()


def test_a_thing_that_wears_the_person_out_is_tiredness():
    assert shown("The bus into town wears me out these days.")["wears me out"] == "tired"
    assert shown("The twins run me ragged on a Saturday.")["run me ragged"] == "tired"


def test_hands_or_hips_worn_out_hurt_but_worn_out_boots_do_not():
    assert shown("Forty years at the loom and my hands are worn out.")["worn out"] == "pain"
    assert "tired" not in shown("My hips are worn out, so I use the ramp.").values()
    assert shown("My work boots are worn out.").get("worn out") is None


def test_things_that_get_away_from_or_slip_the_person_are_forgetting():
    assert shown("The words of the psalm gets away from me now.")["gets away from me"] == (
        "remembering"
    )
    assert shown("When my memory slips, look at the calendar with me.")["memory slips"] == (
        "remembering"
    )
    assert shown("Birthdays slip my mind, so Joan rings to remind me.")["slip my mind"] == (
        "remembering"
    )
    assert "remembering" not in shown("The puppy gets away from me on the lead.").values()


def test_a_thing_that_takes_the_person_back_is_remembering_but_a_lift_home_is_not():
    assert shown("That old song always takes me back.")["takes me back"] == "remembering"
    assert "remembering" not in shown("My son takes me back home after Mass.").values()


def test_all_a_jumble_and_talking_daft_are_confusion_but_a_jumble_sale_is_not():
    assert shown("Too many folk talking at once and it's all a jumble.")["jumble"] == "confused"
    assert shown("When my sugar's low I talk daft and sweat.")["talk daft"] == "confused"
    assert shown("With a water infection she talks gibberish.")["talks gibberish"] == "confused"
    assert "confused" not in shown("Take me to the jumble sale at the Legion.").values()
    assert "confused" not in shown("Don't talk daft, I'm fine.").values()


def test_ill_go_flying_over_a_trailing_lead_is_a_fall_but_flying_to_spain_is_not():
    assert shown("Tidy the wires away or I'll go flying.")["go flying"] == "fall"
    assert "fall" not in shown("I'll go flying to Malta in the spring.").values()


def test_a_man_lost_at_sea_died_but_all_at_sea_is_still_confusion():
    assert shown("My brother Angus was lost at sea off Barra.")["lost at sea"] == "died"
    assert shown("Some mornings I'm all at sea.")["all at sea"] == "confused"


def test_the_scots_greet_said_as_a_doing_is_crying_but_greeting_a_visitor_is_not():
    assert shown("When the pipes play I greet like a bairn.")["greet"] == "crying"
    assert shown("The wee dog greets at the back door for me.")["greets"] == "crying"
    assert "crying" not in shown("I like to greet the minister at the door.").values()
    assert "crying" not in shown("She greets everybody with a cuddle.").values()


def test_my_pride_and_joy_is_pride():
    assert shown("That greenhouse was my pride and joy.")["pride and joy"] == "happy"


def test_doddery_on_the_feet_is_unsteadiness_but_a_doddery_old_fool_is_not():
    assert shown("I'm getting doddery, so walk beside me on the prom.")["doddery"] == "unsteady"
    assert "unsteady" not in shown("He calls himself a doddery old fool.").values()


def test_shedding_a_tear_and_a_loss_that_sits_heavy_are_sadness():
    assert shown("I still shed a tear on his birthday.")["shed a tear"] == "sad"
    assert shown("Losing the farm sits heavy on me.")["sits heavy on me"] == "sad"
    assert shown("We never said goodbye, and that still sits on me.")["still sits on me"] == "sad"
    assert "sad" not in shown("Fried food sits heavy at bedtime.").values()


def test_a_visit_that_lifts_a_low_mood_is_gladness_but_a_hoist_that_lifts_me_is_not():
    assert shown("I get down in the dark months; a visit from the vicar lifts me.")["lifts me"] == (
        "happy"
    )
    assert shown("When I'm fed up, a call from Ann picks me right up.")["picks me right up"] == (
        "happy"
    )
    assert "happy" not in shown("I'm low today, and the hoist lifts me into the chair.").values()
    assert "happy" not in shown("A visit from the vicar lifts me.").values()


def test_a_heart_that_races_or_pounds_is_the_heart():
    assert shown("Thunder makes my heart race.")["heart race"] == "heart"
    assert shown("I wake at three with my heart pounding.")["heart pounding"] == "heart"


def test_when_i_go_ending_its_clause_is_the_persons_death_but_going_to_bed_is_not():
    assert shown("When I go, I want to be in my own bed with the window open.")["when i go"] == (
        "died"
    )
    assert shown("Who'll feed the cat if I go first?")["if i go first"] == "died"
    assert shown("I'm not afraid of dying now; I'm ready to go.")["ready to go"] == "died"
    assert "died" not in shown("When I go to bed, leave the landing light on.").values()
    assert "died" not in shown("I'm ready to go at nine for the minibus.").values()


def test_a_food_that_turns_the_stomach_is_feeling_sick():
    assert shown("Liver and onions turns my stomach now.")["turns my stomach"] == "being sick"


def test_a_memory_gone_to_pot_and_losing_the_thread_are_forgetting():
    assert shown("My memory's gone to pot since the fall.")["gone to pot"] == "remembering"
    assert shown("I start a story and lose the thread.")["lose the thread"] == "remembering"
    assert "remembering" not in shown("The allotment has gone to pot this year.").values()


def test_music_that_lifts_the_spirits_is_gladness_but_what_means_the_world_is_left_alone():
    assert "means the world" not in shown("My grandson rings every Sunday, and it means the world.")
    assert shown("Brass band music lifts my spirits.")["lifts my spirits"] == "happy"


def test_when_i_go_ending_an_everyday_sentence_is_no_death():
    # code review r54 bug 8: only "When I go," opening the sentence says death without a
    # death word; at the end of an everyday sentence it is going out
    assert "died" not in shown("I always take my stick with me when I go.").values()
    assert "died" not in shown("Lock the back door behind me when I go.").values()
    assert "died" not in shown("My daughter waves from the window when I go.").values()
    assert shown("When I go, scatter me on the hill.")["when i go"] == "died"


def test_a_person_who_lifts_the_body_after_a_fall_is_no_gladness():
    # code review r54 bug 11: "down" in "fall down" made a physical lift a happy face
    assert "happy" not in shown("My son lifts me when I fall down.").values()
    assert (
        "happy"
        not in shown("If I end up down on the floor, my husband lifted me last time.").values()
    )
    assert "happy" not in shown("When my legs go down under me, the nurse lifts me.").values()
    assert (
        shown("I get down in winter, but a visit from the vicar lifts me.")["lifts me"] == "happy"
    )


def test_a_person_worn_out_beside_a_bad_back_is_tired_not_pain():
    # code review r54 bug 13: the body part anywhere in the sentence made anyone's tiredness
    # pain; the worn-out thing must be the body part itself
    assert shown("My wife is worn out looking after me, and she has a bad back.")["worn out"] == (
        "tired"
    )
    assert shown("The carers are all worn out, and my knees ache.").get("worn out") != "pain"
    assert shown("We were worn out after the walk, my legs and all.").get("worn out") != "pain"
    assert shown("My shoulders are worn out from the crutches.")["worn out"] == "pain"


def test_a_jumbled_drawer_and_slippers_worn_for_comfort_show_no_face():
    # code review r54 bug 18: things in a jumble and comfy clothes are no feeling
    assert "confused" not in shown("My clothes are all in a jumble in the drawer.").values()
    assert "confused" not in shown("The papers in the cupboard are in a right jumble.").values()
    assert "comfort" not in shown("I wear slippers for comfort.").values()
    assert "comfort" not in shown("Soft cushions on the chair give me comfort.").values()


def test_when_i_go_beside_the_vicar_or_the_crem_is_still_death():
    # code review r54 bug 8: with the bare sense limited to the sentence's start, the older
    # died-r217 sense reads a death word anywhere in the sentence
    found = shown("No vicar and no prayers when I go, just a song at the crem.")
    assert found["when i go"] == "died"


def test_a_visit_from_family_that_lifts_a_low_mood_is_gladness():
    # code review r54b bug 6: the family and nurse words in the guard took the gladness from
    # ordinary sentences; the body lift is told by the hoist, the floor, a fall or the legs
    assert shown("A visit from my daughter lifts me when I'm feeling low.")["lifts me"] == "happy"
    assert shown("Seeing my son lifts me when I'm down.")["lifts me"] == "happy"
    assert (
        shown("I get low stuck indoors; a chat with my old mates lifts me.")["lifts me"] == "happy"
    )
    assert shown("A chat with the nurse lifted me when I was feeling blue.")["lifted me"] == "happy"
    assert "happy" not in shown("My son lifts me when I fall down.").values()
    assert "happy" not in shown("When my legs go down under me, the nurse lifts me.").values()
    assert "happy" not in shown("Two nurses lifted me when I was down on my knees.").values()


def test_worn_to_a_frazzle_is_tiredness():
    assert shown("My son is worn to a frazzle with the new baby.")["worn to a frazzle"] == "tired"
    assert shown("By teatime I'm frazzled and want my chair.")["frazzled"] == "tired"


def test_a_thing_that_scares_the_life_out_of_the_person_is_fear():
    found = shown("That big hoist scares the life out of me.")
    assert found["scares the life out of me"] == "scared"
    found = shown("The fire alarm going off frightened the life out of me.")
    assert found["frightened the life out of me"] == "scared"


def test_cooped_up_indoors_is_boredom_and_the_likened_hen_no_bird():
    found = shown("In the winter I feel cooped up like a hen in this bungalow.")
    assert found["cooped up like a hen"] == "bored"
    assert "chicken" not in " ".join(found.values())
    assert shown("I hate being cooped up in the ward all day.")["cooped up"] == "bored"


def test_sitting_bolt_upright_is_sitting_up():
    found = shown("Sit me bolt upright before you give me my soup.")
    assert found["sit me bolt upright"] == "sitting"
    found = shown("I have to sit bolt upright to swallow my tablets.")
    assert found["sit bolt upright"] == "sitting"


def test_a_lump_brought_to_the_throat_is_being_moved_to_tears():
    found = shown("The Last Post always brings a lump to my throat.")
    assert found["a lump to my throat"] == "crying"
    assert "throat" not in found


def test_a_head_for_figures_is_the_numbers_not_the_head():
    found = shown("My husband did the accounts, he had a head for figures.")
    assert found["head for figures"] == "numbers"
    assert "head" not in found


def test_being_jollied_along_is_cheering_up_and_refused_is_crossed():
    found = {m.term.lower(): m for m in find_all("When I'm low please don't jolly me along.", ())}
    assert found["jolly me along"].concept.alt == "happy"
    assert found["jolly me along"].negated


def test_when_the_time_comes_beside_a_funeral_is_death():
    found = shown("When the time comes, I want a plain coffin and my brass band.")
    assert found["when the time comes"] == "died"
    assert "died" not in shown("When the time comes to sell the car, ask my son.").values()


def test_going_in_the_ground_is_the_burial():
    assert shown("I want to go in the ground next to my mother.")["go in the ground"] == "died"
    assert "died" not in shown("The tulip bulbs go in the ground in October.").values()


def test_a_garden_thing_that_goes_in_the_ground_is_no_burial():
    """Code review 55b: with a person's "to" or "want" before it, planting is still no grave."""
    for text in (
        "I want the tulips to go in the ground before winter.",
        "Help me plant the bulbs, they need to go in the ground in October.",
        "The seed potatoes will go into the ground at Easter.",
        "The daffodils go in the ground in autumn, my son does it.",
    ):
        assert "died" not in shown(text).values(), text
    found = shown("I don't want to be cremated, I want to go in the ground beside my wife.")
    assert found["go in the ground"] == "died"


def test_shoogly_said_of_the_person_is_unsteadiness():
    found = shown("I'm a wee bit shoogly on my feet after my bath.")
    assert found["shoogly"] == "unsteady"
    assert found["feet"] == "feet"
    assert "unsteady" not in shown("The kitchen table is shoogly, mind the teapot.").values()


def test_a_pastime_that_is_the_person_s_heaven_is_gladness():
    found = shown("A Saturday at the bowling green is my heaven.")
    assert found["my heaven"] == "happy"
    assert shown("My Harry's in heaven now.").get("heaven") != "happy"


def test_ending_up_on_the_floor_is_a_fall():
    assert shown("Don't rush me up the stairs or I'll be on the floor.")["on the floor"] == "fall"
    assert shown("Twice this winter I ended up on the floor.")["ended up on the floor"] == "fall"
    assert "fall" not in shown("Please don't leave the towels on the floor.").values()


def test_things_that_end_up_on_the_floor_are_no_fall():
    """Code review 55b: the phrase is a fall only said of the person ("doer: person")."""
    for text in (
        "My clothes end up on the floor by the bed.",
        "I drop my glasses and they end up on the floor.",
        "The tablets always end up on the floor.",
        "My newspaper always ends up on the floor.",
        "The post ends up on the floor behind the door.",
        "Or I'll be on the floor with the grandchildren playing.",
    ):
        assert "fall" not in shown(text).values(), text
    assert shown("She ended up on the floor by the bath twice.")["ended up on the floor"] == "fall"
    assert shown("I'm scared of ending up on the floor again.")["ending up on the floor"] == "fall"


def test_ending_up_on_the_floor_that_is_not_wanted_is_a_crossed_fall():
    """Code review 55b: an unwanted fall is crossed, as "I don't want to fall again" is."""
    for text in (
        "Don't let me end up on the floor.",
        "I don't want to end up on the floor again.",
        "I never want to end up on the floor again.",
    ):
        found = {m.term.lower(): (m.concept.alt, m.negated) for m in find_all(text)}
        assert found.get("end up on the floor") == ("fall", True), (text, found)


def test_a_wind_that_cuts_you_in_half_is_the_cold():
    assert shown("Wrap me up, the wind on the prom cuts you in half.")["cuts you in half"] == "cold"
    assert "cold" not in shown("That new bread knife cuts you in half if you're careless.").values()


def test_a_smell_that_turns_the_person_is_feeling_sick():
    assert shown("The smell of frying fish turns me now.")["turns me"] == "being sick"
    assert "being sick" not in shown("The nurse turns me every two hours.").values()


def test_things_that_make_the_head_spin_overwhelm_and_confuse():
    found = shown("Long letters from the council make my head spin.")
    assert found["make my head spin"] == "confused"
    found = shown("The new water tablets make my head spin when I get up.")
    assert "confused" not in found.values()


def test_going_quietly_beside_a_refused_resuscitation_is_death():
    found = shown("No resuscitation for me; I'd like to go quietly in my own bed.")
    assert found["go quietly"] == "died"
    assert "died" not in shown("I go quietly up to bed after the news.").values()


def test_if_i_go_beside_a_refused_resuscitation_is_death():
    found = shown("The DNR form is in the drawer, so no resuscitation if I go.")
    assert found["if i go"] == "died"
    assert "died" not in shown("If I go out, give me my stick.").values()


def test_going_down_beside_a_lift_or_the_floor_is_a_fall():
    assert shown("My wife can't lift me if I go down.")["go down"] == "fall"
    assert "fall" not in shown("If I go down to the shop, I'll get milk.").values()


def test_a_dodder_on_the_legs_is_unsteadiness():
    found = shown("I'm a bit of a dodder on my legs since the hip.")
    assert found["dodder"] == "unsteady"
    assert found["legs"] == "legs"


def test_someone_who_went_at_a_time_said_has_died():
    found = shown("Our Doreen went in the first lockdown and I never said goodbye.")
    assert found["went in"] == "died"
    assert shown("My Alfie went eight years ago and I still talk to him.")["went eight"] == "died"


def test_going_at_a_time_said_of_a_pronoun_or_a_thing_is_no_death():
    for text in (
        "We went five years ago on the coach to Blackpool.",
        "The swelling went in the summer after the new tablets.",
        "It went two weeks ago, the old boiler.",
    ):
        assert "died" not in shown(text).values(), text


def test_someone_who_went_on_a_journey_at_a_time_said_has_not_died():
    """A holiday, a trip or a move abroad at a time said is a journey, not a death (code review)."""
    for text in (
        "Mary went in the summer holidays to Blackpool with her sister.",
        "Jack went in the first week of June to his sister's in Leeds.",
        "Bill went ten years ago to Australia and never came back.",
        "Our Sue went three weeks ago on a cruise.",
        "Auntie Vi went in the spring to visit her son in Canada.",
        "My brother went two years ago on a coach trip round Scotland.",
        "Dennis went in the last week of May and stayed with his daughter.",
    ):
        assert "died" not in shown(text).values(), text
    assert shown("Phyllis went in the spring of 2019, God rest her.")["went in"] == "died"
    assert shown("My Jeannie went ten years ago this March.")["went ten"] == "died"


def test_long_faces_are_sadness_crossed_where_ruled_out():
    found = find_all("At my send-off I want a brass band and no long faces.")
    faces = [m for m in found if m.term == "long faces"]
    assert faces and faces[0].concept.alt == "sad" and faces[0].negated
    assert shown("My grandson pulls a long face at bedtime.")["long face"] == "sad"


def test_down_said_of_the_mood_ending_its_clause_or_about_a_thing_is_sadness():
    assert shown("Sing me 'Cwm Rhondda' when I'm down.")["when i'm down"] == "sad"
    assert shown("If I'm down, a cuppa with Joan helps.")["if i'm down"] == "sad"
    assert shown("I get down about my legs some days.")["down about"] == "sad"


def test_down_the_garden_at_the_club_or_about_an_hour_is_no_sadness():
    for text in (
        "When I'm down the garden I can't hear the bell.",
        "When I'm down at the club, Mick brings me home.",
        "I get down about seven for my porridge.",
        "If I'm down early, put the kettle on.",
        "When I'm down early for breakfast, the paper should be on the table.",
    ):
        assert "sad" not in shown(text).values(), text


def test_the_wobbles_and_wobbly_beside_weakness_are_unsteadiness():
    assert shown("I get the wobbles on my legs after my bath.")["wobbles"] == "unsteady"
    assert shown("Some mornings I'm dizzy and wobbly before breakfast.")["wobbly"] == "unsteady"
    for text in (
        "The kitchen table is wobbly and the jelly wobbles.",
        "My tooth is loose and wobbly.",
    ):
        assert "unsteady" not in shown(text).values(), text


def test_crotchety_and_a_thing_that_makes_the_person_mad_are_anger():
    assert shown("I go crotchety when my hip plays up.")["crotchety"] == "angry"
    assert shown("Being talked over makes me mad.")["mad"] == "angry"
    assert "angry" not in shown("The grandkids make me mad keen on the football.").values()


def test_time_that_is_short_or_months_left_beside_the_illness_is_the_end_of_life():
    found = shown("The consultant was honest with me, and I know my time's short.")
    assert found["time's short"] == "end of life"
    found = shown("With the cancer in my liver, they say I've got weeks left.")
    assert found["weeks left"] == "end of life"
    for text in (
        "My time is short on a Monday with the clinic.",
        "There are three months left on the car insurance.",
    ):
        assert "end of life" not in shown(text).values(), text


def test_weeks_or_months_left_of_a_course_of_treatment_is_no_end_of_life():
    """Weeks left of the exercises or before the cast comes off is a course ending (code review)."""
    for text in (
        "The physio said I've only got a few weeks left of the exercises.",
        "The doctor said I've got a few weeks left before the cast comes off.",
        "The nurse said there are only two months left on the antibiotics.",
        "The consultant says I have weeks left till the stitches come out.",
    ):
        assert "end of life" not in shown(text).values(), text
    assert shown("The doctor says I've got months left.")["months left"] == "end of life"
    found = shown("I've only got weeks left, the doctor told me.")
    assert found["weeks left"] == "end of life"


def test_gone_over_had_over_or_fallen_out_of_bed_is_a_fall():
    found = shown("I've gone over twice this month, so keep my frame close.")
    assert found["gone over"] == "fall"
    assert shown("Shoes left on the stairs will have me over.")["have me over"] == "fall"
    assert shown("Put the bed rails up in case I fall out at night.")["fall out"] == "fall"


def test_going_over_papers_a_visit_or_a_quarrel_is_no_fall():
    for text in (
        "My son has gone over the forms twice with the social worker.",
        "Our Karen will have me over for my dinner on Sunday.",
        "I don't want to fall out with my brother about the bed.",
    ):
        assert "fall" not in shown(text).values(), text


def test_hair_or_teeth_falling_out_or_a_visit_is_no_fall():
    """Hair, teeth or stitches that fall out, or a daughter who will have me over (code review)."""
    for text in (
        "My hair may fall out, so I sleep in a cotton cap at night.",
        "My teeth might fall out at night, so put them in the pot.",
        "My daughter will have me over next week if the carers help with the stairs.",
        "The chemo nurse said my eyelashes could fall out too.",
        "My son will have me over at Christmas if there is a ramp for the step.",
    ):
        assert "fall" not in shown(text).values(), text
    assert shown("A low bed and a mat in case I fall out.")["fall out"] == "fall"
    assert shown("A bag left on the floor will have me over.")["have me over"] == "fall"


def test_a_side_or_hand_that_went_or_is_weak_is_weakness_beside_the_eyes_too():
    assert shown("After the stroke my left side went weak.")["weak"] == "weak"
    assert shown("My left arm is weak and my eyes are tired by teatime.")["weak"] == "weak"
    assert "weak" not in shown("The coffee on the side is weak and cold.").values()


def test_dying_where_the_person_wants_it_is_the_death():
    assert shown("When it comes, let me die in my own bed at home.")["die"] == "died"
    assert shown("I'd sooner die at home than in the hospital.")["die"] == "died"
    assert shown("I came to this house a bride and I'll die in it.")["die"] == "died"


def test_dying_for_a_cuppa_or_rather_than_a_thing_is_no_death():
    for text in (
        "I'd rather die than eat cabbage at home.",
        "I was born a Catholic and I'll die one, here at home.",
        "Let me die laughing at the old films in bed.",
    ):
        assert "died" not in shown(text).values(), text


def test_rather_die_than_a_thing_past_an_aside_is_no_death():
    """ "I'd rather die, to be honest, than go into a care home": the "than" after the aside
    still says a hyperbole, not a death (code review 56c)."""
    for text in (
        "I'd rather die, to be honest, than go into a care home.",
        "I'd sooner die, if I'm honest, than move into a home.",
        "We'd rather die, frankly, than end up in the hospital.",
    ):
        assert "died" not in shown(text).values(), text
    assert shown("I'd rather die at home, to be honest, with my family.")["die"] == "died"


def test_an_aside_hides_only_a_than_from_a_guard():
    """The look past a comma-aside is for "than" alone: "the frame, mostly, of a morning" is the
    walking frame, though the frame's guard keeps off "frame of" (second code review)."""
    assert shown("I use the frame, mostly, of a morning.")["frame"] == "walking frame"


def test_the_death_said_near_or_after_beside_the_last_rites_is_death():
    assert shown("After I go, the undertaker from Mold, not the Co-op.")["after i go"] == "died"
    found = shown("Send for the priest for the last rites when it's near.")
    assert found["when it's near"] == "died"
    assert shown("Ring the priest straight away if I'm going.")["if i'm going"] == "died"
    found = shown("No resuscitation and no machines when it's time, please.")
    assert found["when it's time"] == "died"


def test_going_to_bed_out_or_time_for_tablets_is_no_death():
    for text in (
        "After I go to bed, the priest's number is by the phone.",
        "If I'm going out to the hospice shop, bring my purse.",
        "When it's time for my tablets, ring the priest's house.",
    ):
        assert "died" not in shown(text).values(), text


def test_friends_or_lads_lost_in_a_disaster_or_a_war_have_died():
    found = shown("I lost three mates in the pit explosion in 1962.")
    assert found["lost"] == "died"
    assert shown("We lost good men in the war, and I wear the poppy.")["lost"] == "died"
    for text in ("I lost my keys two years ago.", "She lost two teeth in the crash years ago."):
        assert "died" not in shown(text).values(), text


def test_toes_limbs_or_animals_lost_are_no_death():
    """Lost toes, a leg or hens to the fox are no one's death (code review)."""
    for text in (
        "I lost three toes to the sugar years ago.",
        "We lost two hens to the fox last year.",
        "I lost two fingers in an accident at the mill years ago.",
        "We lost both dogs the year the farm was sold.",
        "He lost both legs in the war.",
    ):
        assert "died" not in shown(text).values(), text
    assert shown("I lost two pals on Piper Alpha in 1988.")["lost"] == "died"
    assert shown("We lost good lads from the Regiment over the years.")["lost"] == "died"
    assert "died" not in shown("I lost two stone after the cancer.").values()


def test_coming_round_after_a_temper_or_a_low_spell_is_calm():
    found = shown("When I'm in a mood, give me ten minutes and I'll come round.")
    assert found["come round"] == "calm"
    assert shown("An old Elvis record always brings me round.")["brings me round"] == "calm"


def test_coming_round_for_a_visit_is_no_calm():
    for text in (
        "My daughter will come round on Friday with the shopping.",
        "I'll come round to yours after chapel.",
    ):
        assert "calm" not in shown(text).values(), text


def test_family_who_always_or_usually_come_round_is_a_visit_not_calm():
    """Family who come round are visiting; only 'I'll come round' settles (code review)."""
    for text in (
        "The grandchildren always come round.",
        "My daughter and the grandchildren usually come round, so put the kettle on.",
        "The family always come round, so the chairs must be out.",
        "My neighbours soon come round when they see the ambulance.",
    ):
        assert "calm" not in shown(text).values(), text
    assert shown("Leave me be for an hour and I'll come round.")["come round"] == "calm"
    assert shown("A bit of Vera Lynn will always bring me round.")["bring me round"] == "calm"


def test_not_steady_on_the_feet_is_unsteadiness():
    found = shown("Put the commode by the bed; I'm not too steady on my feet at night.")
    assert found["not too steady on my feet"] == "unsteady"
    assert shown("Unsteady on the steps, so hold my arm.")["unsteady"] == "unsteady"


def test_a_day_the_person_cannot_face_is_low_mood():
    found = shown("Since Ted died there are days I can't face the day at all.")
    assert found["can't face the day"] == "sad"


def test_leaky_when_coughing_or_laughing_is_the_bladder_leaking():
    assert shown("I go a bit leaky when I laugh, so pads please.")["leaky"] == "continence pads"
    assert "continence pads" not in shown("The kitchen tap's leaky when I wee at night.").values()


def test_a_person_who_is_my_strength_is_strength_not_the_arm():
    assert shown("Forty years wed, and Tom has been my strength.")["my strength"] == "strong"


def test_a_faith_that_is_my_strength_is_no_strong_picture():
    assert "strong" not in shown("My faith in God is my strength in the bad times.").values()
