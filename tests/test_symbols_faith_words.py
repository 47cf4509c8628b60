"""Faiths and their places named as their people name them (round 268): the church, the faith,
the place of worship or the candle, never nothing and never a name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the alt text of its picture."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_adventists_maronites_and_latter_day_saints_show_the_church():
    assert shown("I'm Adventist, so keep Saturday free for me.")["adventist"] == "church"
    assert shown("My family are Maronite, from near Tripoli.")["maronite"] == "church"


def test_the_alevi_and_bahai_faiths_and_the_cemevi_are_faith_and_a_place_of_worship():
    assert shown("My husband was Alevi, like his father.")["alevi"] == "my faith"
    assert shown("My nephew drives me to the cemevi on Sundays.")["cemevi"] == "place of worship"
    assert shown("I became Baha'i when I was twenty.")["baha'i"] == "my faith"


def test_a_diva_lit_at_the_mandir_is_a_candle_and_muharram_is_the_holy_month():
    assert shown("Please help me light the diva before my prayers.")["light the diva"] == "candle"
    assert shown("In Muharram I eat no meat for ten days.")["muharram"] == "holy month"


def test_a_person_killed_or_lost_beside_kaddish_is_a_death():
    assert shown("My cousin was killed in the Blitz.")["killed"] == "died"
    assert "died" not in shown("The slugs were killed by the frost.").values()
    pictures = shown("I lost Miriam in 2011 and keep her yahrzeit every spring.", ["Miriam"])
    assert pictures["lost"] == "died"


def test_an_orthodox_christian_is_the_church_but_an_orthodox_jew_is_not():
    assert shown("I am Orthodox and I fast before Easter.")["orthodox"] == "church"
    assert "church" not in shown("We are Orthodox and keep a kosher home.").values()


def test_the_orthodox_easter_greeting_and_samhain_show_their_feasts():
    assert (
        shown("On the night we all said Christos anesti together.")["christos anesti"] == "Easter"
    )
    assert shown("My cousin still greets me with Hristos a înviat.")["hristos a înviat"] == "Easter"
    assert shown("I light a lantern for Samhain every year.")["samhain"] == "halloween"


def test_mary_called_by_her_spanish_names_is_prayed_to():
    assert (
        shown("My mother kept a picture of the Virgen de Guadalupe.")["virgen de guadalupe"]
        == "God"
    )


def test_a_fear_of_dying_is_of_the_death_and_so_is_dying_at_home():
    # round 334: the newest plans key "I want to die at home" as the death, not the hospice
    assert shown("My sister was never afraid of dying, and nor am I.")["dying"] == "died"
    assert shown("I'd like to die at home with the radio on.")["die"] == "died"


def test_when_i_go_beside_the_funeral_or_shiva_is_a_death_and_cremating_the_cremation():
    pictures = shown("When I go, I'd like a Legion funeral and the Last Post.")
    assert pictures["when i go"] == "died"
    assert pictures["funeral"] == "funeral"
    assert shown("When I go, the family will sit shiva at my son's.")["when i go"] == "died"
    assert "died" not in shown("When I go to a funeral I take a hanky.").values()
    assert shown("My brother wants cremating, same as our dad.")["cremating"] == "funeral"


def test_lighting_a_diva_at_the_mandir_is_the_candle():
    pictures = shown("Each evening I light a diva at the mandir in my bedroom.")
    assert pictures["light a diva"] == "candle"


def test_dying_that_does_not_frighten_is_the_death():
    assert shown("Dying doesn't scare me, but being alone does.")["dying"] == "died"
    assert "dying" not in shown("Dying is a part of living, my mother said.")


def test_a_chapel_or_church_named_by_its_faith_is_one_place_of_worship():
    """Round 278: "the Baptist chapel" is the chapel, and the faith beside a minister or a hall
    shows the church while the minister and the hall keep their own."""
    assert shown("My brother takes me to the Baptist chapel most weeks.")["baptist chapel"] == (
        "church"
    )
    pictures = shown("The Methodist minister visits me on a Wednesday.")
    assert pictures["methodist"] == "church"
    assert pictures["minister"] != "church"
    assert "methodist hall" not in shown("Tea is at the Methodist hall after the burial.")


def test_a_mass_in_a_peoples_own_language_and_a_said_service_are_the_church():
    assert shown("My son drives me to the Tamil Mass at St Anne's.", ["St Anne's"])["mass"] == (
        "church"
    )
    assert shown("I like the early said service, it is quiet.")["service"] == "church"


def test_the_orthodox_way_is_the_church_but_not_in_a_jewish_home():
    assert shown("Lay me out in the Orthodox way, with an icon.")["orthodox"] == "church"
    assert "church" not in shown("We kept the Orthodox way: kosher food and Shabbat.").values()


def test_uunsi_and_bukhoor_are_incense_and_a_funeral_wreath_is_flowers():
    assert shown("My daughter burns uunsi for me on a Friday.")["uunsi"] == "incense"
    assert shown("Light the bukhoor when the family come.")["bukhoor"] == "incense"
    assert shown("Put a wreath of lilies on my coffin.")["wreath"] == "flowers"


def test_ballads_a_village_fiesta_and_the_resurrection_have_their_pictures():
    assert shown("My father sang the old ballads by the fire.")["ballads"] == "music"
    assert shown("We danced all night at the fiesta in the square.")["fiesta"] == "festival"
    assert "festival" not in shown("I sold my little Fiesta when my eyes went.").values()
    assert shown("I trust in the resurrection and I am at peace.")["resurrection"] == "heaven"


def test_prayer_times_written_with_capitals_and_crossing_oneself_are_prayer():
    assert shown("Remind me when it is Maghrib, I lose track.")["maghrib"] == "praying"
    assert shown("She crossed herself at every church we passed.")["crossed herself"] == ("praying")


def test_the_divine_liturgy_a_watch_night_service_and_a_derasar_are_places_of_worship():
    assert shown("I never miss the Divine Liturgy at Easter.")["divine liturgy"] == "church"
    assert shown("We always went to the watch-night service.")["watch-night service"] == "church"
    assert shown("My grandson walks me to the derasar each morning.")["derasar"] == "temple"


def test_feasts_of_the_newest_plans_show_the_festival_or_the_meal():
    assert shown("For Kha b-Nisan my daughter makes kade.")["kha b-nisan"] == "festival"
    assert shown("At Jāņi we sang round the fire.")["jāņi"] == "festival"
    assert shown("Kūčios is the night I miss my mother most.")["kūčios"] == "meal"
    assert shown("Let Almaz do the coffee ceremony when the family come.")["coffee ceremony"] == (
        "coffee"
    )


def test_the_five_ks_are_shown_as_the_hair_the_comb_and_the_undershorts():
    pictures = shown("Please leave my kesh tied up and my kangha in it.")
    assert pictures["kesh"] == "hair"
    assert pictures["kangha"] == "comb"
    assert shown("My kachera is changed after my bath.")["kachera"] == "underwear"


def test_a_kanga_is_a_comb_only_beside_the_sikh_faith():
    assert shown("I keep my kanga in my hair, beside my turban.")["kanga"] == "comb"
    assert "comb" not in shown("My sister sent me a kanga cloth from Dar.").values()


def test_a_buddhist_temple_is_the_temple_and_the_liturgy_is_church():
    assert shown("Drive me to the Buddhist temple at New Year.")["buddhist temple"] == "temple"
    assert shown("I never miss the Liturgy at Easter.")["liturgy"] == "church"


def test_ching_ming_and_holy_supper_written_with_capitals_are_pictured():
    assert shown("At Ching Ming my son sweeps the graves.")["ching ming"] == "praying"
    assert shown("We fast all day until Holy Supper.")["holy supper"] == "meal"


def test_sujood_is_prayer_and_the_cymanfa_ganu_a_festival():
    assert shown("My knees stop me doing sujood on the mat.")["sujood"] == "praying"
    assert shown("Take me to the Cymanfa Ganu in July.")["cymanfa ganu"] == "festival"


def test_the_zoroastrian_faith_and_its_fire_temple_show_its_sacred_fire():
    assert shown("My wife was Zoroastrian, from a Parsi family in Pune.")["zoroastrian"] == (
        "Zoroastrian"
    )
    assert shown("On Navroze my son drives me to the fire temple.")["fire temple"] == "Zoroastrian"
    assert shown("Check the fire alarm works.")["fire alarm"] != "Zoroastrian"


def test_the_nineveh_fast_is_fasting():
    assert (
        shown("For the Nineveh fast I keep off milk for three days.")["nineveh fast"] == "fasting"
    )


def test_a_strupag_and_chiya_are_a_cup_of_tea():
    assert shown("A strupag by the fire is all I want after church.")["strupag"] == "cup of tea"
    assert shown("My grandson brings me Chiya with cardamom.")["chiya"] == "cup of tea"


def test_a_diyo_lit_for_puja_is_the_candle():
    assert shown("After my bath I put a diyo in front of Ganesh.")["diyo"] == "candle"


def test_iftar_is_the_evening_meal_not_the_feast_of_eid():
    assert shown("My daughter cooks Iftar for the whole street.")["iftar"] == "meal"
    assert shown("We sit down for iftar when the sun goes down.")["iftar"] == "meal"


def test_a_kirks_elders_beside_the_minister_are_its_leaders():
    pictures = shown("The minister and two elders visit me every month.")
    assert pictures["elders"] == "vicar"
    assert "elders" not in shown("Children should listen to their elders.")


def test_a_crofting_township_and_a_punjabi_pind_are_the_village():
    assert shown("Everyone in the township helped with the peats.")["township"] == "village"
    assert shown("I send money to my pind every Vaisakhi.")["pind"] == "village"


def test_being_baptised_or_christened_is_the_blessing_not_the_church_building():
    assert shown("My brother was baptised in the sea at Barry.")["baptised"] == "christening"
    assert shown("All three of the boys were christened in May.")["christened"] == "christening"


def test_a_catholic_born_and_bred_is_of_the_church():
    assert shown("My wife was Catholic born and bred, like me.")["catholic"] == "church"


def test_a_requiem_is_the_funeral_mass():
    assert shown("The Requiem will be at Our Lady's, with the choir.")["requiem"] == "Mass"


def test_the_collection_plate_at_church_is_the_charity_given():
    assert shown("I put an envelope on the collection plate at chapel.")["collection plate"] == (
        "charity"
    )


def test_a_welsh_capel_named_from_the_bible_is_the_chapel_but_a_village_is_not():
    assert shown("Every Sunday I sang at Capel Bethesda with my sisters.")["capel"] == "church"
    assert "capel" not in shown("My cousin farmed near Capel Curig for years.")


def test_beads_held_by_a_buddhist_or_for_chanting_are_prayer_beads():
    assert shown("I am Buddhist and I keep my beads by the bed.")["beads"] == "praying"
    assert shown("She sat chanting with her beads every evening.")["beads"] == "praying"


def test_elders_a_person_respects_are_no_kirk_leaders():
    # code review r54 bug 18: "my elders" beside a church on Sunday is older people
    assert "elders" not in shown("I respect my elders and go to church on Sundays.")
    assert "elders" not in shown("We were taught to respect the elders at chapel and at home.")
