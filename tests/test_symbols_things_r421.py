"""Round 421: things the Lancashire mill-town plans name that got no picture at all.

Mills and railways named with a capital, as "the mill" and "the railway" are.
"""

from tests.helpers import concepts, crossed


def test_a_named_mill_one_worked_at_is_the_mill_but_a_street_or_a_person_is_a_name():
    assert concepts("I was a winder at Bancroft Mill for thirty years.").get("mill") == (
        "factory-worker"
    )
    assert concepts("My mother worked down Brook Mills in the war.").get("mills") == (
        "factory-worker"
    )
    assert "mill" not in concepts("I live on Mill Lane near the park.")
    assert "mill" not in concepts("I was born in Dean Mill and never left.")
    assert "mills" not in concepts("Mrs Mills from next door brings my paper.")
    assert "mills" not in concepts("I like the old John Mills films on a Sunday.")


def test_a_named_railway_is_the_train_but_not_a_street_or_a_pub():
    assert concepts("Take me on the Worth Valley Railway for my birthday.").get("railway") == (
        "train"
    )
    assert "railway" not in concepts("My son lives on Railway Street in Bacup.")
    assert "railway" not in concepts("We had a half at the Railway after bowls.")


def test_a_chapel_or_church_band_is_a_brass_band_and_the_chapel_is_still_the_church():
    found = concepts("Ask the chapel band to play at my funeral.")
    assert found.get("band") == "brass-band-4"
    assert found.get("chapel") == "church"
    assert concepts("I played cornet in the church band for years.").get("band") == ("brass-band-4")
    assert concepts("I go to chapel twice on a Sunday.").get("chapel") == "church"
    # the sense is on "band", so the term is "band", never "chapel band": a test on "band" can
    # fail (code review 61c item 15); the Band of Hope is a temperance club, no brass band
    found = concepts("Our chapel band of hope marched in the Whit walks.")
    assert found.get("band") != "brass-band-4"


def test_a_bit_of_string_is_string_but_not_a_vest_beans_pearls_or_a_quartet():
    assert concepts("I mended the pram with a bit of string.").get("string") == "string"
    assert concepts("Tie my parcel up with string, not tape.").get("string") == "string"
    assert concepts("They lay a string along the green so I can bowl.").get("string") == ("string")
    assert "string" not in concepts("I wear a string vest under my shirt in winter.")
    assert "string" not in concepts("I grow string beans on the allotment.")
    assert "string" not in concepts("Mum's string of pearls is in the drawer.")
    assert "string" not in concepts("I played viola in a string quartet.")


def test_tubes_refused_at_the_end_are_a_crossed_drip_but_not_tubes_in_the_chest():
    assert crossed("Please don't let me be kept going with tubes when I'm dying.") == {
        "tubes": True,
        "dying": False,
    }
    assert crossed("I'd not be kept alive with tubes in a hospital bed.")["tubes"]
    assert crossed("I don't want to be kept going with a drip at the end.")["drip"]
    # "put me with" is company, not a machine
    assert not crossed("Don't put me with the men at dinner, I like a chat.").get("men", False)
    assert "tubes" not in concepts("I was in hospital with tubes in my chest after the fall.")


def test_a_works_named_by_what_it_made_is_the_factory_but_a_slipper_that_works_is_a_slipper():
    assert concepts("I was a machinist at the slipper works for thirty years.").get(
        "slipper works"
    ) == ("factory-works-r391")
    assert concepts("Dad worked at the bobbin works in Bacup.").get("bobbin works") == (
        "factory-works-r391"
    )
    assert concepts("My new slipper works fine on the stairs.").get("slipper") == "slippers"
    assert "felt works" not in concepts("That felt works well under the chair legs.")


def test_keeping_on_at_someone_or_kept_on_at_a_job_crosses_nothing_but_tubes_still_are():
    # code review 61c item 1: only "not kept alive/going" leaves the one kept unnamed
    assert not crossed("Please do not keep on at me about my tablets.").get("tablets", False)
    found = crossed("I do not keep on at my daughter about her driving.")
    assert not found.get("daughter", False) and not found.get("driving", False)
    assert not crossed("I'm not kept on my feet for long by the physio.").get("feet", False)
    assert not crossed("I was not kept on at the mill after the war.").get("mill", False)
    assert crossed("I'm never to be kept going with tubes at the end.")["tubes"]
    assert crossed("Do not keep me alive on a ventilator.")["ventilator"]


def test_kept_going_with_tubes_crosses_the_tubes_not_the_family_round_the_bed():
    # code review 61c item 8: the means ends where people and the scene begin
    found = crossed("I don't want to be kept going with the family round the bed for weeks.")
    assert not found.get("family", False) and not found.get("bed", False)
    found = crossed("I don't want to be kept going with my husband worrying at home.")
    assert not found.get("husband", False) and not found.get("worrying", False)
    # the one kept named before the verb: the refused tubes are crossed, not shown bare
    assert crossed("I don't want my husband kept going with tubes.")["tubes"]
    assert crossed("I don't want Mum kept going with tubes at the end.")["tubes"]
    assert crossed("I don't want to be kept alive on machines while my family watch.")["machines"]
    assert (
        concepts("The nurses kept me going with tubes of cream for my skin when I was dying.").get(
            "tubes"
        )
        != "drip"
    )


def test_a_named_mill_is_the_mill_only_where_the_clause_says_work_there():
    # code review 61c item 9: mill flats, a birthplace and a person's name are no mill
    assert "mills" not in concepts("I live at Albion Mills now, in a flat.")
    assert "mills" not in concepts("My flat is at Sunny Bank Mills.")
    assert "mills" not in concepts("We're meeting at Jean Mills' house on Friday.")
    assert "mills" not in concepts("I used to go down Bill Mills' for a pint.")
    assert "mill" not in concepts("I was born at Dean Mill.")
    assert concepts("I worked at Albion Mills until it shut.").get("mills") == "factory-worker"
    assert concepts("I started as a doffer at Victoria Mill.").get("mill") == "factory-worker"


def test_a_household_thing_that_works_for_me_at_home_is_no_factory():
    # code review 61c item 12: slipper, felt, furniture and wallpaper works need "the" and a job
    found = concepts("The slipper works for me at home because it has velcro.")
    assert found.get("slipper") == "slippers" and "slipper works" not in found
    found = concepts("The left slipper works for me but the right one rubs at the heel.")
    assert found.get("slipper") == "slippers"
    assert "felt works" not in concepts("The felt works brilliantly at stopping my heel rubbing.")
    assert concepts("I was a packer at the furniture works in Beith.").get("furniture works") == (
        "factory-works-r391"
    )
    assert concepts("I was at the gas works for years.").get("works") == "factory-works-r391"


def test_a_worship_band_in_church_is_no_brass_band():
    # code review 61c item 13: the church band is brass only where the sentence says brass
    assert concepts("I play guitar in the church band on Sundays.").get("band") != "brass-band-4"
    assert concepts("My granddaughter sings in the church band.").get("band") != "brass-band-4"
    assert concepts("The church band led the Whit walks every year.").get("band") == (
        "brass-band-4"
    )
