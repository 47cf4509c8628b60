"""person.yml `uses:`: the person's own equipment, a closed list.

Why a closed list: a wheelchair, hoist, frame, hearing aid or continence product is pictured only
where the plan talks about it. When the person uses one, the short words they say for it
("my chair", "my frame", "my aids", "my pads") mean their own kit, and get its picture; without
`uses:` those words get the everyday picture (an armchair) or none. `uses:` never adds a picture
where the text does not name the thing.

Each entry: the value written in person.yml -> (the vocabulary concept, what it means, and the
short words that mean it in this person's plan, in the vocabulary's term syntax).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kit:
    concept: str  # the picture (a vocabulary concept id)
    means: str  # for the README and messages
    words: tuple[str, ...]  # the person's short words for it (vocabulary term syntax)


MINE = "<my|the|his|her|their|your|new|old|own"

KIT: dict[str, Kit] = {
    "wheelchair": Kit("wheelchair", "a wheelchair", (f"chair {MINE}", f"wheels {MINE}")),
    "powered-wheelchair": Kit(
        "mobility-scooter", "a powered wheelchair", (f"chair {MINE}", f"powerchair {MINE}")
    ),
    "mobility-scooter": Kit("mobility-scooter", "a mobility scooter", (f"scooter {MINE}",)),
    "walking-frame": Kit(
        "walking-frame",
        "a walking frame or rollator",
        (f"frame {MINE}", f"walker {MINE}", f"trolley {MINE}", f"rollator {MINE}"),
    ),
    "walking-stick": Kit("walking-stick", "a walking stick", (f"stick {MINE}", f"sticks {MINE}")),
    "crutches": Kit("crutches", "crutches", (f"crutches {MINE}",)),
    "white-cane": Kit("white-cane", "a long white cane", (f"cane {MINE}", f"stick {MINE}")),
    "hearing-aid": Kit(
        "hearing-aid", "hearing aids", (f"aids {MINE}", f"aid {MINE}", f"hearing {MINE}")
    ),
    "glasses": Kit("glasses", "glasses", (f"specs {MINE}",)),
    "dentures": Kit("dentures", "dentures", (f"teeth {MINE}", f"plate {MINE}")),
    "hoist": Kit("hoist", "a hoist", (f"sling {MINE}", f"lift {MINE}")),
    "stair-lift": Kit("stair-lift", "a stair lift", (f"lift {MINE}", f"chair {MINE}")),
    "continence-pads": Kit("continence", "continence pads", (f"pads {MINE}", f"pad {MINE}")),
    "catheter": Kit("catheter", "a catheter and its bag", (f"bag {MINE}", f"bags {MINE}")),
    "stoma": Kit("stoma", "a stoma bag", (f"bag {MINE}", f"bags {MINE}")),
    "commode": Kit("commode", "a commode", (f"commode {MINE}",)),
    "pendant-alarm": Kit(
        "pendant-alarm",
        "a pendant alarm",
        (f"pendant {MINE}", f"alarm {MINE}", f"button {MINE}", f"necklace {MINE}"),
    ),
    "oxygen": Kit("oxygen", "home oxygen", (f"oxygen {MINE}", f"tubes {MINE}")),
    "care-bed": Kit("hoist", "a profiling care bed", (f"bed {MINE}",)),
    "magnifier": Kit("magnifier", "a magnifier", (f"magnifier {MINE}", f"glass {MINE}")),
}


def unknown(values: list[str] | tuple[str, ...]) -> list[str]:
    """The values of `uses:` that are not on the list."""
    return [v for v in values if v not in KIT]
