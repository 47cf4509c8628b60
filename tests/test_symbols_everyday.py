"""Everyday words that got no picture before rounds 246, 254, 259 and 262: the glass a drink
comes in, being indoors, a team's fan, the deaths in the paper, a Market, drinks that must be
thickened, ticking a chart, a person's shift and how often in a season."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_glass_of_a_drink_shows_the_glass():
    assert concept_on("Bring me a tall glass of ginger beer with my tea.", "glass") == (
        "drinking-glass-r246"
    )
    assert concept_on("I have a warm glass of cocoa before bed.", "glass") == (
        "drinking-glass-r246"
    )


def test_a_glass_of_port_keeps_its_own_picture():
    assert concept_on("At Christmas I have a small glass of port.", "glass") is None


def negated_on(text: str, word: str) -> bool | None:
    """Whether WORD (as written) in TEXT gets its picture crossed out, None where it gets none."""
    found = {m.term: m.negated for m in find_all(text, ())}
    return found.get(word)


def test_indoors_shows_the_home():
    assert concept_on("I walk with two sticks indoors and a frame in the street.", "indoors") == (
        "home-r246"
    )
    assert concept_on("Being stuck indoors in the rain gets me down.", "indoors") == "home-r246"


def test_a_thing_not_used_indoors_leaves_indoors_bare():
    assert negated_on("I refuse to use the zimmer frame indoors.", "indoors") is False
    assert negated_on("I never use my stick indoors; I hold the furniture.", "indoors") is False


def test_never_indoors_rules_the_place_out():
    assert negated_on("Let me have my pipe in the garden, never indoors.", "indoors") is True
    assert negated_on("I do not like being indoors on a sunny afternoon.", "indoors") is True


def test_the_engines_that_took_the_hearing_are_the_engine():
    assert concept_on("The engines on the trawler made me deaf, so speak up.", "engines") == (
        "engine-r246"
    )
    assert concept_on("My left ear is deaf from the engine, so sit on my right.", "engine") == (
        "engine-r246"
    )


def test_a_hearing_aid_whistling_is_a_noise():
    assert concept_on("If my hearing aids whistle, the mould is loose.", "whistle") == (
        "noisy-r246"
    )
    assert concept_on("The right hearing aid whistles in the car.", "whistles") == "noisy-r246"
    assert concept_on("My collie comes to my whistle in the field.", "whistle") != "noisy-r246"


def test_a_football_fan_shows_the_football():
    assert concept_on("Grandad is a Rovers fan and never misses a match on the radio.", "fan") == (
        "football-fan-r254"
    )
    assert concept_on("She was a Hibs fan all her days and wears the green scarf.", "fan") == (
        "football-fan-r254"
    )


def test_a_cooling_fan_or_a_rugby_fan_is_no_football():
    assert concept_on("Put the fan on by my bed when the night is hot.", "fan") != (
        "football-fan-r254"
    )
    assert concept_on("He is a Scarlets fan and watches every rugby match.", "fan") is None


def test_the_deaths_read_in_the_paper_show_the_death_notices():
    assert concept_on("My niece reads me the deaths from the Gazette each week.", "deaths") == (
        "death-notices-r254"
    )


def test_deaths_without_the_paper_or_radio_get_no_death_notices():
    assert concept_on("Two deaths in the family this year have hit me hard.", "deaths") != (
        "death-notices-r254"
    )


def test_company_as_people_about_me_shows_friends():
    assert concept_on("The budgie is my company since Alan died.", "company") == (
        "friends-company-r254"
    )
    assert concept_on("I go to the lunch club for a hot meal and company.", "company") == (
        "friends-company-r254"
    )


def test_the_company_one_worked_for_is_no_friend():
    assert concept_on("My company pension pays the rent.", "company") is None
    assert concept_on("I worked for a building company and my boss was fair.", "company") is None


def test_men_named_for_who_helps_or_visits_are_men():
    assert concept_on("The old men from the gurdwara come on Sundays.", "men") == "man-r254"
    assert concept_on("I'd prefer men for my shower, because of my faith.", "men") == "man-r254"
    assert negated_on("I do not want men from outside the family to help me wash.", "men") is True


def test_men_in_passing_get_no_picture_of_men():
    assert concept_on("Some men from the council mended the fence.", "men") != "man-r254"


def test_a_service_named_by_its_church_or_language_is_the_church_service():
    assert concept_on("On Sundays I go to the Ukrainian service at Holy Trinity.", "service") == (
        "church-service-r254"
    )
    assert concept_on("My niece drives me to the Baptist service when she can.", "service") == (
        "church-service-r254"
    )


def test_a_service_station_is_no_church():
    assert concept_on("We stopped at the Welsh service station for a tea.", "service") != (
        "church-service-r254"
    )


def test_drinks_that_must_be_thickened_show_the_thickened_drink():
    assert concept_on("Every drink I have must be thickened to level one.", "thickened") == (
        "thickened"
    )
    assert concept_on("Tea comes thickened for me now because of my swallow.", "thickened") == (
        "thickened"
    )


def test_gravy_thickened_in_the_pan_is_no_drink():
    assert concept_on("The gravy should be thickened with cornflour.", "thickened") is None


def test_ticking_a_chart_shows_the_check_mark():
    assert concept_on("Could the carer tick the sheet once my drops are in?", "tick") == (
        "check-tick-r262"
    )


def test_a_tick_bite_or_a_ticking_clock_shows_no_check_mark():
    assert concept_on("I had a tick on my leg after walking the dog.", "tick") is None
    assert concept_on("The old clock ticks by my chair.", "ticks") is None


def test_a_shift_at_work_shows_work():
    assert concept_on("My daughter pops round before her shift at the care home.", "shift") == (
        "work-shift-r262"
    )


def test_shifting_a_person_in_bed_shows_no_work():
    assert concept_on("Please shift me over in the bed slowly.", "shift") is None


def test_how_often_in_a_season_shows_the_calendar():
    assert concept_on("My nephew drives me to the rugby once a season.", "once a season") == (
        "calendar-season-r262"
    )


def test_covid_written_alone_shows_the_illness():
    assert concept_on("My husband was very poorly with Covid last spring.", "Covid") == "ill-r264"


def test_the_pancreas_shows_the_organ():
    assert concept_on("The consultant found a growth on my pancreas.", "pancreas") == (
        "pancreas-r264"
    )


def test_an_itchy_liver_shows_the_organ_and_liver_and_onions_the_meat():
    assert concept_on("The itching all over is from my liver, the nurse says.", "liver") == (
        "liver-r264"
    )
    assert concept_on("I like liver and onions with mash for my tea.", "liver") != "liver-r264"


def test_octopus_and_squid_show_the_fish():
    assert concept_on("On holiday we ate grilled squid by the harbour.", "squid") == "fish-r264"


def test_the_almirah_shows_the_cupboard():
    assert concept_on("My good saris are folded in the almirah upstairs.", "almirah") == (
        "cupboard-r264"
    )


def test_palm_oil_shows_the_cooking_oil_and_oil_in_the_hair_does_not():
    assert concept_on("My daughter fries the plantain in red palm oil.", "red palm oil") == (
        "cooking-oil-r264"
    )
    assert concept_on("I put a little oil in my hair after the wash.", "oil") != (
        "cooking-oil-r264"
    )


def test_granfer_shows_the_grandad():
    assert concept_on("My granfer kept bees behind the chapel.", "granfer") == "father-r264"


def test_making_a_will_shows_the_will():
    assert concept_on("Last year I made my will with the help of my niece.", "my will") == (
        "will-document-r264"
    )


def test_that_sink_shows_the_wash():
    assert concept_on("I have shaved at that sink since the war.", "sink") == "wash-r264"


def test_a_language_named_in_its_own_tongue_shows_the_language():
    assert concept_on("Nain always talked to me in Cymraeg.", "Cymraeg") == "languages-r264"
    assert concept_on("The chapel has a little Kernewek on the board.", "Kernewek") == (
        "languages-r264"
    )


def test_cholesterol_shows_the_blood_test():
    assert concept_on("The practice nurse says my cholesterol has come down.", "cholesterol") == (
        "blood-test-r264"
    )


def test_sitting_by_my_own_fire_shows_the_fireplace_and_a_fire_alarm_does_not():
    assert concept_on("In the evenings I sit in my chair by my own fire.", "fire") == (
        "fireplace-r264"
    )
    assert concept_on("My fire alarm beeps when I make toast.", "fire") != "fireplace-r264"


def test_the_tinworks_shows_the_factory():
    assert concept_on("My father lost two fingers in the tinworks.", "tinworks") == (
        "factory-worker-r264"
    )


def test_brylcreem_and_hair_gel_show_the_hair():
    assert concept_on("Slick my parting down with a dab of Brylcreem, please.", "Brylcreem") == (
        "hair-r264"
    )


def test_the_quarrymen_show_the_mine():
    assert concept_on("My uncles were all quarrymen up at Blaenau.", "quarrymen") == "mine-r264"


def test_herdwicks_show_the_sheep():
    assert concept_on("We kept Herdwicks on the fell behind the farm.", "Herdwicks") == (
        "sheep-r264"
    )


def test_a_brazier_shows_the_fire():
    assert concept_on("The men warmed their hands at a brazier by the gate.", "brazier") == (
        "fire-r264"
    )


def test_the_log_basket_shows_the_logs():
    assert concept_on("My son fills the log basket on a Sunday.", "log basket") == "logs-r264"
