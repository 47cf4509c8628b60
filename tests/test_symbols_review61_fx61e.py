"""Code review 61e: the Python changes of stop 61 (items 2, 7, 8, 9, 11-15)."""

from tests.helpers import concepts, crossed


def test_a_bare_works_that_works_now_is_no_factory_though_one_lived_with_it():
    # item 7: "lived" says a life beside a works named by its trade, not a bare "boiler works"
    assert "works" not in concepts("The boiler works now, we lived in the cold all week.")
    found = concepts("The tube works much better since the nurse changed it, I lived with a leak.")
    assert "works" not in found
    # "as" after it is the job in "as a fitter", not a doing
    assert concepts("I worked at the gas works as a fitter for thirty years.").get("works") == (
        "factory-works-r391"
    )
    assert concepts("I worked at the boiler works for years.").get("works") == (
        "factory-works-r391"
    )
    assert concepts("We lived on the street by the clog works.").get("clog works") == (
        "factory-works-r391"
    )


def test_a_named_mill_is_no_work_where_the_work_word_is_in_another_stretch_or_one_lives_there():
    # item 9: the work words are read in the stretch of "at", cut at and, but, when or while
    assert "mills" not in concepts("I worked at the Co-op and we lived at Albion Mills.")
    assert "mills" not in concepts("When I worked at the Co-op we lived at Albion Mills.")
    assert "mills" not in concepts("My daughter works at the hospital and lives at Albion Mills.")
    assert "mills" not in concepts("I retired from work and moved to a flat at Albion Mills.")
    found = concepts("We got married and I worked at Albion Mills as a weaver.")
    assert found.get("mills") == "factory-worker"
    assert concepts("I worked at Albion Mills and lived in Bacup.").get("mills") == (
        "factory-worker"
    )


def test_one_job_list_serves_the_works_the_named_mill_and_the_named_quay():
    # item 15: words.JOB is read by WORKS_JOB, AT_THE_MILL and AT_THE_PORT alike, so a foreman
    # or one employed is at work in each
    assert concepts("I was a foreman at Albion Mills for years.").get("mills") == ("factory-worker")
    assert concepts("I was employed at Parkeston Quay as a clerk.").get("quay") == "boat"
    assert concepts("I was a foreman at the clog works.").get("clog works") == (
        "factory-works-r391"
    )
    assert "quay" not in concepts("I had a coffee at Mermaid Quay.")
    assert "mills" not in concepts("I live at Albion Mills.")


def test_a_people_phrase_with_a_capital_only_on_its_first_word_is_no_gypsy_or_traveller():
    # item 8: ":cap" on a phrase needs every word but the small ones written with a capital
    assert "irish traveller" not in concepts("I met an Irish traveller on the ferry to Dublin.")
    found = concepts("An English gypsy moth landed on the window.")
    assert "english gypsy" not in found
    assert "welsh gypsy" not in concepts("We had a Welsh gypsy cob on the farm.")
    assert concepts("I'm an Irish Traveller.").get("irish traveller") == "gypsy-traveller-r420"
    assert concepts("We are Gypsies and Travellers.").get("gypsies and travellers") == (
        "gypsy-traveller-r420"
    )


def test_a_name_opening_its_clause_is_the_doer_of_a_phrase_s_word():
    # item 13: "rose water" is a phrase, matched before guess() is asked who waters
    found = concepts("Rose waters the plants for me.")
    assert "rose waters" not in found
    assert found.get("waters") == "water-plants"
    assert concepts("I use rose water on my skin.").get("rose water") == "perfume-r30"


def test_the_person_named_as_kept_going_is_not_crossed_but_the_tubes_are():
    # item 14: the husband is the one kept going, wanted; the tubes are what is refused
    said = crossed("I don't want my husband kept going with tubes.")
    assert said.get("husband") is False
    assert said.get("tubes") is True
    assert crossed("I don't want my husband.").get("husband") is True


def test_a_simile_is_not_read_across_a_full_stop():
    # item 2: "Like" opening a sentence likes; the word ending the one before opens no simile
    assert concepts("Help me get up. Like a cup of tea first thing.").get("cup of tea") == "tea"
    assert concepts("Help me sit up. Like a pillow behind my back.").get("pillow") == "bedding"
    assert concepts("I like gardening. Like a good book too.").get("book") == "book"
    # nor does a "nothing" in the sentence before stop one: "sleeps like a log" is no log
    assert "log" not in concepts("Nothing to report. Sleeps like a log.")
    assert "log" not in concepts("I sleep like a log.")
