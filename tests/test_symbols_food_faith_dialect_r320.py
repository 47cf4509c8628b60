"""Food, drink, faith, family and dialect words the newest plans still missed (round 320): each
gets the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


# ---- dishes and drinks


def test_tamil_and_filipino_breakfasts_and_soups_are_the_dish_on_the_plate():
    seen = shown("Mornings I like puttu with sambar, or a thosai if Devi has time.")
    assert seen["puttu"].startswith("rice")
    assert seen["thosai"].startswith("indian-food")
    seen = shown("When I'm poorly, a bowl of lugaw or some tinola, and warm pandesal after.")
    assert seen["lugaw"].startswith("rice")
    assert seen["tinola"].startswith("soup")
    assert seen["pandesal"].startswith("bread")


def test_skate_dab_and_bass_eaten_or_caught_are_fish():
    seen = shown("On a Friday I'll have skate and chips, or a couple of dabs fried in butter.")
    assert seen["skate"].startswith("fish")
    assert seen["dabs"].startswith("fish")
    assert shown("My son takes me off the beach at dawn to fish for bass with the rod.")[
        "bass"
    ].startswith("fish")


def test_the_ice_skate_a_dab_of_cream_and_the_bass_guitar_are_no_fish():
    assert "skate" not in shown("I used to skate at the ice rink every Saturday.")
    assert "dab" not in shown("Put a dab of cream on my heels after the wash.")
    assert "bass" not in shown("He still plays bass in the chapel band on a Sunday.")


def test_diet_pop_is_a_soft_drink():
    assert shown("I'm cutting back on sugar, so only diet pop with my dinner.")[
        "diet pop"
    ].startswith("squash")


# ---- faith words and mourning customs


def test_the_psalms_by_their_hebrew_name_are_the_book_of_psalms():
    assert shown("After breakfast my grandson reads Tehillim with me by the window.")[
        "tehillim"
    ].startswith("bible")


def test_holy_unction_is_the_anointing():
    assert shown("Ask Father Kostas to give me Holy Unction when I am near the end.")[
        "holy unction"
    ].startswith("anointing")


def test_asking_to_be_cremated_and_the_sikh_last_rites_are_the_funeral():
    assert shown("When I'm gone, cremate me quietly and scatter me at sea.")["cremate"].startswith(
        "cremation"
    )
    assert shown("My sons will see to the Antim Sanskar at the crematorium.")[
        "antim sanskar"
    ].startswith("cremation")


def test_a_tamil_forehead_dot_and_wedding_necklace():
    seen = shown("Help me put on my pottu, and never take off my thaali.")
    assert seen["pottu"].startswith("worship")
    assert seen["thaali"].startswith("necklace")


def test_shouting_hallelujah_in_church_is_praise_not_a_shout():
    assert shown("At the Pentecostal church I stand up and shout hallelujah with the rest.")[
        "shout hallelujah"
    ].startswith("pray")


def test_the_krio_feast_is_a_meal():
    assert shown("On the fortieth day after I go, the family should hold an awujoh.")[
        "awujoh"
    ].startswith("feast")


def test_the_priests_house_is_a_house():
    assert shown("I kept house at the vicarage for the old rector for twenty years.")[
        "vicarage"
    ].startswith("home-rooms")


def test_a_quakers_first_day_is_sunday_but_a_first_day_at_school_is_not():
    assert shown("Friends from the Quaker meeting take me to worship every First Day.")[
        "first day"
    ].startswith("sunday")
    assert "first day" not in shown("I still remember my first day at the mill.")


def test_the_days_of_prayer_kept_after_a_death_are_the_day():
    assert shown("After my funeral, keep the fortieth day with prayers at the church.")[
        "fortieth day"
    ].startswith("day-mourning")
    assert "forty days" not in shown("I give up sweets for the forty days of Lent.")


# ---- family and dialect words


def test_a_gran_or_nan_is_the_grandmother_not_the_mother():
    seen = shown("My nan brought me up, and Mum worked nights at the bakery.")
    assert seen["nan"] == "grandparents"
    assert seen["mum"] == "mother"
    assert shown("I was my granny's favourite.")["granny's"] == "grandparents"


def test_the_filipino_lola_is_the_grandmother_but_a_woman_named_lola_is_a_name():
    assert shown("The little ones call me Lola when they ring on a Sunday.")["lola"].startswith(
        "grandmother"
    )
    assert "lola" not in shown("Lola from the flat upstairs brings my paper.")


def test_a_sheitel_is_a_wig():
    assert shown("Brush out my sheitel on a Thursday ready for Shabbos.")["sheitel"].startswith(
        "wig"
    )


def test_a_cumbrian_yow_is_a_ewe_but_black_country_yow_is_you():
    assert shown("The old yow with the torn ear always comes to my whistle.")["yow"].startswith(
        "sheep"
    )
    assert "yow" not in shown("I'll tell yow now, I'm not going.")


def test_at_yam_is_at_home_but_yam_on_the_plate_is_food():
    assert shown("I'd like to bide at yam as long as I can.")["yam"].startswith("home")
    assert shown("Boiled yam and green banana with my fish.")["yam"] == "potatoes"


def test_the_back_end_of_the_year_is_autumn():
    assert shown("I always feel low in the back end when the nights get dark.")[
        "back end"
    ].startswith("autumn")
    assert "back end" not in shown("The car's back end was smashed in.")


# ---- drinks and festival food


def test_caribbean_cocoa_tea_is_hot_chocolate_and_leaves_the_cup_its_own_picture():
    seen = shown("Every morning my daughter makes me a cup of cocoa tea with nutmeg.")
    assert seen["cocoa tea"].startswith("hot-chocolate")
    assert seen["cup"] == "cup"
    assert shown("A cup of cocoa before bed settles me.")["cup of cocoa"] == "hot-chocolate"


def test_painted_easter_eggs_are_easter():
    assert shown("The grandchildren bring painted eggs to the church on Easter Saturday.")[
        "painted eggs"
    ].startswith("easter")


def test_cape_verdean_grogue_is_a_spirit():
    assert shown("My brother sends a bottle of grogue from São Vicente every Christmas.")[
        "grogue"
    ].startswith("spirits")


def test_a_steak_bridie_is_the_pie_not_a_steak():
    assert shown("Fetch me a steak bridie from the baker's on a Saturday.")[
        "steak bridie"
    ].startswith("pie")


def test_the_bahai_nineteen_day_feast_is_prayer_not_a_meal():
    assert shown("Please help me get ready for the Nineteen Day Feast on Monday night.")[
        "nineteen day feast"
    ].startswith("pray")
