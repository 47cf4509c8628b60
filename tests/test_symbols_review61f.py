"""Code review 61f: regressions the review fixers' last hour brought in, each against the
stop's start."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_person_s_own_food_after_a_dog_walk_is_a_meal_not_pet_food():
    # item 3: "~~dog" reads its own clause only, which "then" or a new doer opens
    assert concepts("My son walks the dog then has his food.").get("food") == "meal"
    assert concepts("When my son walks the dog he has his food after.").get("food") == "meal"
    # the pet's own food keeps its picture
    assert concepts("The dog gets his food at six.").get("food") == "pet-food"
    assert concepts("My cat is eleven and she has the special kidney food.").get("food") == (
        "cat-food"
    )


def test_a_home_at_a_mill_or_a_quay_after_retiring_is_no_workplace():
    # item 4: "retired" says no job at the place named after "at"
    assert "mills" not in concepts("When I retired we bought a house at Albion Mills.")
    assert "quay" not in concepts("Since I retired I have a flat at Albert Quay.")
    assert "quay" not in concepts("I have lived at Mariners Quay since I retired.")
    # working there still names the mill
    assert concepts("I was a foreman at Albion Mills for years.").get("mills") == ("factory-worker")


def test_staff_never_short_with_a_person_are_not_away():
    # item 5: a bare "short" is no staff away; "short of staff" is
    assert concepts("I miss my dialysis nurses as they were never short with me.").get("miss") == (
        "sad-miss-r327"
    )
    assert "miss" not in concepts("I miss my dialysis because the nurses are short of staff.")
    assert "miss" not in concepts("I miss my physio cos the staff are off sick.")
