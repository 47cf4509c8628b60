"""Food, drink, faith, family and dialect words the newest plans still missed (round 333): each
gets the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


# ---- dishes and drinks


def test_bigos_goat_water_rougaille_and_adobo_are_stews():
    assert shown("On a cold day Halina brings round a pot of bigos.")["bigos"].startswith("stew")
    assert shown("A bowl of goat water after church is what I miss most.")["goat water"].startswith(
        "stew"
    )
    assert shown("My niece makes a fish rougaille on Fridays.")["rougaille"].startswith("stew")
    assert shown("Lorna cooks chicken adobo for me on a Sunday.")["chicken adobo"].startswith(
        "stew"
    )


def test_mauritian_dholl_puri_is_a_flatbread():
    assert shown("Two dholl puri with butter bean curry is my treat.")["dholl puri"].startswith(
        "flatbread"
    )


def test_filipino_garlic_rice_and_longganisa_are_rice_and_sausages():
    seen = shown("Weekends it's sinangag with longganisa and a fried egg.")
    assert seen["sinangag"].startswith("rice")
    assert seen["longganisa"].startswith("sausages")


def test_ukrainian_salo_on_bread_is_bacon_and_a_name_salo_is_not():
    assert shown("A little salo with garlic on rye bread and I'm happy.")["salo"].startswith(
        "bacon"
    )
    assert "salo" not in shown("My cousin Salo rings from Lviv on a Sunday.", ["Salo"])


def test_caribbean_sugar_cake_is_a_sweet_not_a_cake():
    assert shown("At Easter my sister sends sugar cake from Basseterre.")["sugar cake"].startswith(
        "sweets"
    )


def test_a_bit_of_pickle_and_cooking_with_mustard_oil_are_pictured():
    assert shown("Cheese on toast with a bit of pickle for supper.")["pickle"].startswith("pickle")
    assert shown("She fries the fish with mustard oil, the Bengali way.")["mustard oil"].startswith(
        "cooking-oil"
    )


# ---- faith words and mourning customs


def test_prayers_written_with_a_capital_are_praying():
    assert shown("Each dawn I say my Nitnem before anybody is up.")["nitnem"].startswith("pray")
    assert shown("Grandad recites the Navkar Mantra with his beads.")["navkar mantra"].startswith(
        "pray"
    )


def test_hindu_and_filipino_festivals_by_name_are_festivals_and_simbang_gabi_is_mass():
    assert shown("For Maha Shivaratri my daughter takes me to the mandir.")[
        "maha shivaratri"
    ].startswith("festival")
    assert shown("We light lamps for Ram Navami at home.")["ram navami"].startswith("festival")
    assert shown("I never missed Simbang Gabi when I lived in Manila.")["simbang gabi"].startswith(
        "mass"
    )


def test_the_chapel_yard_is_the_burial_ground():
    seen = shown("Lay me in the chapel yard with my brothers.")
    assert seen["chapel yard"].startswith("cemetery")
    assert "chapel" not in seen and "yard" not in seen


def test_signing_the_pledge_is_no_alcohol_not_signing():
    seen = shown("My mother made us all sign the pledge at the Band of Hope.")
    assert seen["sign the pledge"].startswith("no-alcohol")


def test_the_faiths_words_for_dying_are_the_death():
    seen = shown("When the Lord calls me, sing 'Abide with Me' at the graveside.")
    assert seen["when the lord calls me"].startswith("died")
    assert "lord" not in seen
    assert shown("When I'm called home, put me with Arthur in the cemetery.")[
        "called home"
    ].startswith("died")
    assert "called home" not in shown("I was called home from the mill when Mam took ill.")


def test_the_salvation_army_corps_and_a_quaker_meeting_are_church():
    assert shown("The captain from the corps still brings the War Cry round.")["corps"].startswith(
        "church"
    )
    assert shown("Friends from the Settle meeting sit with me in the silence.")[
        "meeting"
    ].startswith("church")
    assert "corps" not in shown("He joined the Royal Signals corps after school.")
    assert not shown("The staff meeting is on a Monday.").get("meeting", "").startswith("church")


def test_a_plain_do_after_a_death_is_the_funeral():
    assert shown("When I've gone, just a plain do at the crematorium.")["plain do"].startswith(
        "funeral"
    )


def test_hymn_books_are_the_hymn_book_picture_as_one_is():
    assert (
        shown("Please bring my hymn books from the chapel.")["hymn books"]
        == shown("Please bring my hymn book from the chapel.")["hymn book"]
    )


# ---- family and dialect words


def test_dada_said_by_the_grandchildren_is_the_grandfather():
    assert shown("The grandchildren all call me Dada, even the big ones.")["dada"].startswith(
        "father"
    )


def test_coppers_kept_in_a_tin_are_coins_and_the_coppers_at_the_door_the_police():
    assert shown("I save my coppers in a jam jar for the church.")["coppers"].startswith("coins")
    assert not shown("The coppers knocked about the stolen car.")["the coppers"].startswith("coins")


def test_the_front_of_a_seaside_town_is_the_seafront_and_a_house_front_is_not():
    assert shown("Push me along the front so I can watch the boats come in.")["front"].startswith(
        "beach"
    )
    assert "front" not in shown("The taxi waits at the front by the gate.")
    assert "front" not in shown("Bring the car round to the front, please.")


def test_the_miners_welfare_and_the_welfare_in_the_strike_are_the_club():
    assert shown("My wake is to be at the miners' welfare with the band.")[
        "miners' welfare"
    ].startswith("club")
    assert "miners' welfare" not in shown("Tea after at the Miners' Welfare, all welcome.")
    assert shown("In the strike we all helped at the welfare, feeding the families.")[
        "welfare"
    ].startswith("club")


def test_buried_beside_a_loved_one_is_the_grave_and_buried_treasure_is_not():
    assert shown("A Requiem at St Joseph's, then buried beside my Eileen.")["buried"].startswith(
        "cemetery"
    )
    assert shown("When I die, take me home to Cork and buried with my people.")[
        "buried"
    ].startswith("cemetery")
    assert "buried" not in shown("Our old cat lies buried in the garden by the shed.")


def test_the_service_at_ones_own_funeral_and_a_greek_service_are_church():
    assert shown("When I am promoted to Glory, hold the service at the Citadel with loud hymns.")[
        "service"
    ].startswith("church")
    assert shown("I'd like a Spiritualist service with the windows open.")["service"].startswith(
        "church-service"
    )
    assert "service" not in shown("The bus service was poor the day of Stan's funeral.")


def test_a_cheese_by_its_kind_with_a_capital_is_cheese_and_its_place_is_not():
    assert shown("Oatcakes and a bit of Wensleydale for my supper, please.")[
        "wensleydale"
    ].startswith("cheese")
    assert "cheddar" not in shown("We took the grandchildren to Cheddar Gorge with a packed lunch.")


def test_kaffee_und_kuchen_is_the_cake():
    assert shown("Sunday is Kaffee und Kuchen with my sister.")["kaffee und kuchen"].startswith(
        "cake"
    )


def test_a_priest_saying_his_office_is_praying():
    assert shown("Father Declan still says his Office each evening by the fire.")[
        "office"
    ].startswith("pray")
    assert "office" not in shown("The Office at the surgery sends my letters.")


def test_the_tamil_holy_month_is_the_holy_month():
    assert shown("All through Purattasi we eat no meat or fish in this house.")[
        "purattasi"
    ].startswith("month-holy")
