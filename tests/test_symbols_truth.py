"""Pictures that tell the truth (issue 13): negation, sense in context, dignity, the idea picture.

Each test is one of the issue's own examples, or the rule behind it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from plugins.plan.person_file import read_person
from plugins.symbols import grammar, idea
from plugins.symbols.extension import SymbolSettings, SymbolsExtension
from plugins.symbols.kit import KIT
from plugins.symbols.languages import find_all as find_in
from plugins.symbols.matcher import find_all, page_symbol
from plugins.symbols.notmark import not_svg
from plugins.symbols.vocabulary import load

ROOT = Path(__file__).resolve().parents[1]


def got(text: str, names=(), uses=()) -> dict[str, tuple[str, bool]]:
    """words as written -> (concept, negated), for every picture TEXT gets."""
    return {m.term: (m.concept.id, m.negated) for m in find_all(text, names, uses=uses)}


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = got(text)
    return found[word][0] if word in found else None


def shows(text: str, word: str, wanted: str | None, not_wanted: str | None) -> None:
    """WORD in TEXT gets the picture WANTED, or (where WANTED is None) not NOT_WANTED."""
    if wanted:
        assert concept_on(text, word) == wanted
    else:
        assert concept_on(text, word) != not_wanted


def terms_in(text: str, code: str) -> set[str]:
    """The words of TEXT, in language CODE, that get a picture."""
    return {m.term for m in find_in(text, code)}


def render(text: str, **settings) -> etree.Element:
    html = markdown.markdown(text, extensions=[SymbolsExtension(SymbolSettings(**settings))])
    return etree.fromstring(f"<div>{html}</div>")


def pictures(root: etree.Element) -> list[etree.Element]:
    return [img for img in root.iter("img") if "symbol" in img.get("class", "").split()]


# ---- 1. negation, as Easy Read does it ----


@pytest.mark.parametrize(
    ("text", "ruled_out", "kept"),
    [
        ("I do not eat fish.", "fish", None),
        ("No sugar in my tea.", "sugar", "tea"),
        ("I never drink coffee after six.", "coffee", None),
        ("I like a wash at the sink, not a shower.", "shower", "wash"),
        ("I don't want a male carer to help me shower.", "carer", "shower"),
        ("I would rather have a bath than a shower.", "shower", "bath"),
        ("I'd like tea rather than coffee.", "coffee", "tea"),
        # "rather" a long way before "than": the thing after "than" is still the one refused
        ("I would rather sit in the garden with my tea than watch football.", "football", "garden"),
        ("I am allergic to penicillin and nuts.", "nuts", None),
        ("I am allergic to penicillin and to nuts.", "nuts", None),  # the "to" said again
        ("I'm not a big eater, I don't eat breakfast.", "breakfast", None),
        ("Mobility – not using the hoist now.", "hoist", None),
        ("I no longer drive.", "drive", None),
        ("I can't use the stairs any more.", "stairs", None),
        ("Biscuit is not allowed on the settee.", "settee", None),
        # giving up, disliking, and a thing that is not for the person
        ("I gave up smoking twenty years ago.", "smoking", None),
        ("I gave up sugar in my tea years ago.", "sugar", None),  # sugar, also a verb
        ("I cut out salt when my blood pressure went up.", "salt", None),
        ("I have stopped drinking alcohol.", "alcohol", None),
        ("The doctor stopped my warfarin.", "warfarin", "doctor"),
        ("I cut out bread because of my stomach.", "bread", "stomach"),
        ("I hate custard with a skin on it.", "custard", None),
        ("I'm not keen on fish.", "fish", None),
        ("Nothing with nuts in it, please.", "nuts", None),
        ("Tea is not for me; I drink coffee.", "Tea", "coffee"),
        ("There's no need to bring the newspaper.", "newspaper", None),
        ("I refuse to use a walking frame.", "walking frame", None),
        ("Please stop bringing me biscuits.", "biscuits", None),
        ("Please keep the dog away from me.", "dog", None),
        ("I stay off the stairs now.", "stairs", None),
        ("Sweets are off the menu because of my diabetes.", "Sweets", "diabetes"),
        ("I never touch whisky.", "whisky", None),
        ("I can't have a bath, only a strip wash.", "bath", "strip wash"),
        ("I want a bath, not a shower, just a quick wash.", "shower", "wash"),
        # going somewhere: the place is where the person will not go
        ("I don't go out in the boat any more.", "boat", None),
        ("My friend won't come on the coach trip.", "coach trip", None),
        ("I stopped going to the pub quiz.", "pub quiz", None),
        ("I do not want to move into a care home.", "care home", None),
        ("Please keep the dog off the sofa.", "dog", None),
        ("None of your fizzy drinks for me.", "fizzy drinks", None),
        ("No thank you to the large-print books.", "books", None),
        ("Stout never agreed with me.", "Stout", None),
        ("I will not have a male carer wash me.", "carer", "wash"),
        ("Don't bother with the crossword any more, my eyes can't manage it.", "crossword", "eyes"),
        ("I'm not up to visitors in the mornings.", "visitors", None),
        ("Dairy is a no-no since my operation.", "Dairy", None),
        ("I can't be doing with loud music.", "music", None),
        ("Please leave out the onions.", "onions", None),
        ("Custard? No thank you.", "Custard", None),
        ("Sprouts, no thanks, but carrots are fine.", "Sprouts", "carrots"),
        ("I have a nut allergy.", "nut allergy", None),
        ("Salt is bad for me.", "Salt", None),
        ("I don't eat pork and I never go out without my stick.", "pork", "stick"),
        ("Cake and biscuits are not for me.", "Cake", None),
        ("I've always hated fish.", "fish", None),
        ("I'm not very keen on fish.", "fish", None),
        ("I gave up going to church.", "church", None),
        ("I don't go down to the pub any more.", "pub", None),
        ("Sugar – none. I'm diabetic.", "Sugar", None),
        ("Hymns, yes; the new clappy songs, no.", "songs", "Hymns"),
        ("Porridge with salt, the proper way – syrup, never.", "syrup", "Porridge"),
        ("I'm too breathless to manage the bus.", "bus", None),
        ("I am unable to use my left hand.", "hand", None),
        ("It's not safe for me to use the stairs on my own.", "stairs", None),
        ("I've no interest in bingo or quizzes.", "bingo", None),
        ("Sea shanties, brass bands, anything but opera.", "opera", "brass bands"),
        ("I hardly ever go to the pub.", "pub", None),
        # said after the thing, lists before a "none of it", dialect, going off a thing
        ("Chocolate is out, doctor's orders.", "Chocolate", None),
        ("Fizzy drinks are banned.", "Fizzy drinks", None),
        ("Nuts are strictly forbidden since my reaction.", "Nuts", None),
        ("Crisps are off limits now.", "Crisps", None),
        ("Ladders are beyond me now.", "Ladders", None),
        ("Newspapers are no use to me with my eyes.", "Newspapers", "eyes"),
        ("The hoist is no good in my small bathroom.", "hoist", "bathroom"),
        ("Cheese and pickles are all off my list.", "Cheese", None),
        ("Red wine, port, brandy – none of it since my stroke.", "Red wine", "stroke"),
        ("Karaoke? Not a chance.", "Karaoke", None),
        ("Darts, yes; snooker, not any more.", "snooker", "Darts"),
        ("Liver and onions, never again.", "Liver and onions", None),
        ("Slippers – not allowed, I trip on them.", "Slippers", None),
        ("Lager is not allowed in the flat.", "Lager", None),
        ("I've gone off coffee.", "coffee", None),
        ("I've gone right off biscuits.", "biscuits", None),
        ("I'm off bread since my tummy upset.", "bread", None),
        ("The nurse has taken me off the water tablets.", "water tablets", "nurse"),
        ("The doctor stopped me painkillers.", "painkillers", "doctor"),
        ("I'm not interested in football.", "football", None),
        ("I've no time for quizzes on the telly.", "quizzes", "telly"),
        ("I'm not fit for the garden now.", "garden", None),
        ("I haven't the patience for jigsaws.", "jigsaws", None),
        ("I can't be bothered with the computer.", "computer", None),
        ("Dinnae give me porridge.", "porridge", None),
        ("Divvent bring the paper.", "paper", None),
        ("Nae milk in my tea.", "milk", "tea"),
        ("Nee salt on me chips.", "salt", "chips"),
        ("Nothing to drink after ten at night.", "drink", None),
        ("Keep the cat out of my bedroom.", "cat", "bedroom"),
        ("Don't give me fish, give me chicken.", "fish", "chicken"),
        ("I don't want my nephew handling my money.", "nephew", "money"),
        ("Crab, lobster, the lot, bar the prawns.", "prawns", "Crab"),
        ("Sandwiches I won't eat, they stick in my throat.", "Sandwiches", None),
        ("Tea is fine, it's fizzy drinks I can't have.", "fizzy drinks", "Tea"),
        ("When I can't get to church, the priest brings me Communion.", "church", "Communion"),
        ("I am not scared of dying, but I am frightened of being in pain.", "scared", "pain"),
        # terse notes: a list after "Dislikes:", a thing noted as not used, a new clause
        ("Dislikes: loud music, being left in the dark, cold hands.", "music", None),
        ("Does not like: bingo, quizzes.", "quizzes", None),
        ("Dentures: not worn since the stroke.", "Dentures", "stroke"),
        ("Nebuliser – not used since March.", "Nebuliser", "March"),
        ("Ah'm no wantin' a shower, ah prefer a bath.", "shower", "bath"),
        ("Mi cyaan manage the bath no more – wet room please.", "bath", "wet room"),
        ("I in't gorn to the day centre no more.", "day centre", None),
        ("Don't let me drive the tractor, I get muddled now.", "tractor", None),
        ("I must not sit in low armchairs, so I have a riser chair.", "armchairs", "riser chair"),
        # a clause about a thing, then "so none": the thing the clause was about
        ("Red wine gives me gout, so none of it with my dinner.", "Red wine", "dinner"),
        ("The water tablets make me run to the toilet, so none after four.", "water tablets", None),
        # someone not to be let give the person a thing, or put them somewhere
        (
            "Please don't let anyone give me sleeping tablets, they make me fall.",
            "sleeping tablets",
            None,
        ),
        ("Don't let them put me in a wheelchair, I can walk with my frame.", "wheelchair", "frame"),
        ("Please don't put me in the bath, only a shower.", "bath", "shower"),
        # keeping two things well away; a person not welcome; "no way"; too steep; a terse no
        ("My chest is bad, so keep the smoke and the dusty hay well away from me.", "hay", "chest"),
        ("My son-in-law is not welcome in my flat.", "son-in-law", None),
        ("There's no way I'm using a stairlift, I'll go up on my backside.", "stairlift", None),
        ("I stopped going because the stairs to the gallery are too steep.", "stairs", None),
        ("My daughter good. Daughter-in-law no.", "Daughter-in-law", "daughter"),
        # round 5: a "without" said first is a condition: the thing is needed, the rest is not
        ("Without my stick I cannot get to the allotment.", "allotment", "stick"),
        # but "because of" opens no clause: the list runs on
        ("Because of my kidneys I can't have bananas, oranges or tomatoes.", "tomatoes", None),
        # two things kept apart: the place they must not share is ruled out with them
        ("I never put meat and milk on the same plate.", "plate", None),
        # a not of its own after a comma ends the first one's reach, and is read in its turn
        (
            "I keep kosher, so never meat and milk at the same meal, and no shellfish.",
            "shellfish",
            None,
        ),
        ("Please don't put the wireless on loud, I can hear it fine.", "loud", "wireless"),
        # a thing of the person's own put somewhere refused: the place, not the thing
        ("Don't put my cricket bat in the loft, it hangs on the wall.", "loft", "cricket bat"),
        ("Please don't put a Christmas tree in the lounge.", "Christmas tree", None),
        ("I can no longer kneel to weed the borders.", "weed", "borders"),
        ("Do not ask my wife to interpret for me at the doctor's.", "interpret", "wife"),
        # but who does the person's care is what is refused
        ("I don't want the new man to help me in the bathroom.", "man", None),
        ("Chips? Not with my heart – salt's banned.", "Chips", "heart"),
        # a doing nobody is to do
        ("Nobody must smoke near me because oxygen can catch fire.", "smoke", None),
        (
            "Leave the oxygen by the chair, not by the fire, and nobody smokes near it.",
            "smokes",
            None,
        ),
        # not switching a thing on rules it out (not switching it off keeps it)
        (
            "Don't switch the big light on when you change me at night; use the lamp.",
            "big light",
            "lamp",
        ),
        # a second not after a comma is read in its turn
        ("I'll not go underground again, not even for a museum trip.", "museum", None),
        # round 6: ruling out across clauses and in long sentences
        # a not of its own after "and" ends a "no" and is read in its turn: the meal they must
        # not share is ruled out however the list before it ends
        ("No shellfish, and never meat and milk in the same meal.", "meal", None),
        ("No grapefruit and not too much green vegetables.", "grapefruit", "vegetables"),
        ("Any nurse will do, but not a student doing my injections.", "student", "injections"),
        # "never used to", then a later clause that says it is still so
        ("I never used to eat fish, and I still won't.", "fish", None),
        # too much for a thing, or said of a thing as too much for the person
        ("My fingers are too stiff for buttons.", "buttons", "fingers"),
        ("The bread is too dry for me.", "bread", None),
        ("Too spicy for me, the curry, so give me soup.", "curry", "soup"),
        (
            "I can't get down to the shop since the fall, the hill is too steep for me.",
            "hill",
            "fall",
        ),
        # a comma, then a clause with its own doing, ends a not's reach
        (
            "I'd rather have my bath on a Monday than a Friday, the nurse comes Fridays.",
            "Friday",
            "nurse",
        ),
        ("Tea instead of coffee, caffeine gives me a headache.", "coffee", "headache"),
        # a refusal after its thing
        ("Salt? Not a grain.", "Salt", None),
        ("Carrots I'll eat, but parsnips? Not in this house.", "parsnips", "Carrots"),
        # what comes with the person's own thing is refused, not the thing
        ("Please don't give me my tablets with grapefruit juice.", "juice", "tablets"),
        ("Don't give me the tablets crushed in jam.", "jam", "tablets"),
        ("Don't turn the radio on too loud.", "too loud", "radio"),
        ("Don't let the carers put my scarf in the wash.", "wash", "scarf"),
        # an exception to a clause that wants things is ruled out
        ("I'll eat the hospital food, except the mash.", "mash", "food"),
        ("Apart from fish, I eat anything.", "fish", None),
        # whose the thing is is not refused
        ("I'll not go out on my grandson's boat.", "boat", "grandson's"),
        # giving up a doing to the body rules out the doing, not the body
        ("I stopped colouring my hair years ago.", "colouring", "hair"),
        # "Neither X nor Y has a key": not them, the key; but not good for the person: them
        ("Neither my son nor my daughter-in-law has a key.", "key", "son"),
        ("Neither tea nor coffee agrees with me.", "coffee", None),
        ("Neither the bath nor the shower is safe for me.", "shower", None),
        ("Neither my son nor my daughter has a car and I can't use the bus.", "bus", "son"),
        # a "no" list that runs on past "and" after a comma
        ("No fish and chips, no peas.", "fish and chips", None),
        # what a thing is doing is refused with it, not where; "touched" as "touch"
        ("I can't abide quad bikes roaring up the lane.", "bikes", "lane"),
        ("There's nae point putting the telly on, I cannae see it.", "telly", None),
        ("I've not touched rum since.", "rum", None),
        ("Comfy shoes, not the ones with laces.", "laces", None),
        # "rather than" before a doing rules out the doing and where it goes
        ("I'll have the nurse rather than go to the surgery.", "surgery", "nurse"),
        # what comes with the person's own thing, or where it is left, not the thing
        ("Don't give me the pills in jam.", "jam", "pills"),
        ("Please don't wash my hair with the shampoo from the shop.", "shampoo", "wash my hair"),
        ("Never leave my rosary in the drawer.", "drawer", "rosary"),
        ("Salt – not a grain of it.", "Salt", None),
        ("Don't take me to the air show, the noise of the jets upsets me.", "air show", "noise"),
        ("I'm not a fan of my sister's curry.", "curry", "sister's"),
        ("My daughter helps me with keeping off the biscuits.", "biscuits", "daughter"),
        # a not runs on past a switch's "on" and past what a thing is made "from"
        ("On Shabbat I don't use the phone or switch on lights.", "lights", "Shabbat"),
        ("I don't eat pork or anything from a pig.", "pig", None),
    ],
)
def test_a_thing_the_sentence_rules_out_is_marked_negated(text, ruled_out, kept):
    found = got(text, ["Biscuit"])
    assert found[ruled_out][1] is True, found
    if kept:
        assert found[kept][1] is False, found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Please don't forget my tablets.", "tablets"),
        ("I never go out without my glasses.", "glasses"),
        ("I can't find my keys.", "keys"),
        ("Please don't move my armchair, I know where it is.", "armchair"),
        ("Don't let the dog jump up, he'll have me over.", "dog"),
        ("I cor walk far without me frame.", "frame"),
        ("My kidneys are not working well.", "kidneys"),
        ("I never miss the news.", "the news"),
        ("I take no more than two sugars.", "sugars"),
        ("I'd hate to miss church.", "church"),
        ("I hate it when the radio is loud.", "radio"),
        ("The bus stopped at the door.", "door"),
        ("Don't touch my prayer mat.", "prayer mat"),
        # a second negation turns the first back: the bath is wanted, with the music
        ("I won't have a bath without my music.", "bath"),
        ("I won't have a bath without my music.", "music"),
        ("I can't walk without my frame.", "walk"),
        ("I wait at the bus stop with Sue.", "bus stop"),
        ("I keep my tablets away from the grandchildren.", "tablets"),
        ("I can't wait for the grandchildren to come at Easter.", "grandchildren"),
        ("You can't beat a proper fry-up on a Saturday.", "fry-up"),
        ("I can't remember my PIN, so my grandson comes with me.", "grandson"),
        ("I don't take sugar in my tea any more.", "tea"),
        ("I shouldn't lift anything heavier than a kettle.", "kettle"),
        ("I never go on the bus now, not since my fall.", "fall"),
        ("I do not drink enough, so please remind me.", "drink"),
        ("Please don't send male carers for my personal care.", "personal care"),
        ("I stopped driving, and the bus stop is a long walk.", "bus stop"),
        ("I cannot bend down to cut my toenails.", "toenails"),
        ("I keep my tablets out of reach of the grandchildren.", "tablets"),
        ("Please leave out my clothes for the morning.", "clothes"),
        ("I pick my meals off the menu each day.", "meals"),
        ("The taxi stopped outside my house.", "house"),
        ("None of my children live near me.", "children"),
        ("I don't mind a shower.", "shower"),
        ("I don't drink anything other than tea.", "drink"),
        ("I quit smoking in 1990.", "quit smoking"),  # the no-smoking sign already says no
        ("I said no to the doctor.", "doctor"),
        ("Please do not kill insects in my room.", "insects"),
        ("Sunday dinner without fail, and Yorkshire puddings.", "Yorkshire puddings"),
        ("I've no use for church these days, other than funerals.", "funerals"),
        ("Not much of an appetite these days, so small plates.", "appetite"),
        ("I like jollof rice, but not too much pepper now.", "pepper"),
        # a thing qualified after it: the quality is ruled out, not the thing
        ("I do not like food that is lukewarm.", "food"),
        ("I never wear shoes that are tight.", "shoes"),
        # limits, idioms, a doing to the person's own thing, and where a not stops reaching
        ("I'm off to bed.", "bed"),
        ("The milk has gone off, so buy more.", "milk"),
        ("I'd rather a bath than a shower, me hips.", "hips"),
        ("Rice without salt, and potatoes without butter.", "potatoes"),
        ("Instead of the bus, my daughter drives me to church.", "daughter"),
        ("I can't manage the stairs any more, the lift is easier.", "lift"),
        ("No touching my hair, please.", "hair"),
        ("Please don't pull my arm.", "arm"),
        ("Don't rearrange my books.", "books"),
        ("Not too much salt, please.", "salt"),
        ("Not a day goes by without a cup of tea.", "cup of tea"),
        ("I don't half enjoy the bingo.", "bingo"),
        ("My daughter is out, so ring her mobile.", "daughter"),
        ("There's not a carer here who doesn't know me.", "carer"),
        ("I love the moors in August when the heather is out.", "heather"),
        # not afraid of a thing: the fear is ruled out, not the thing it is about
        ("I am not scared of dying, but I am frightened of being in pain.", "dying"),
        # a comma ends a clause opened by "when": the main clause is not ruled out
        ("When I cannot get to church, the priest brings me Communion at home.", "priest"),
        # ...and where there is no comma, the main clause's doer ends it
        ("When I can't sleep I put the wireless on.", "wireless"),
        ("If I can't sleep I make a cup of tea.", "cup of tea"),
        ("When I don't feel well I stay in bed.", "bed"),
        ("I'm not feeling myself today, so I'll stay in bed.", "not feeling myself"),
        # a limit on the doing, not a no; a not that ends before a new clause, a place or a dish
        ("I must not drink more than a litre of fluid a day.", "drink"),
        ("Please don't put sugar in my porridge, or I get thirsty at night.", "night"),
        ("I can't wear shoes, even at church.", "church"),
        ("Please do not add cream to my coffee.", "coffee"),
        # knowing a thing: not knowing it rules the thing out of nothing
        ("I don't recognise my bedroom some days.", "bedroom"),
        ("I can't find my glasses in the morning.", "glasses"),
        # "put" goes somewhere only with "me"; "so none" for the speaker rules nothing out
        ("The doctor has stopped my digoxin, so don't put it in the dosette box.", "dosette box"),
        ("I'm full, so none for me, thanks; the pudding was lovely.", "pudding"),
        ("Don't let the dog jump up, he'll knock me over.", "dog"),
        ("A thumbs up means yes and a shake of my head means no.", "head"),
        # found by a review of this round: nots that mean "do it", and rules that reached too far
        ("My tablets I never forget.", "tablets"),
        ("Church I never miss.", "Church"),
        ("I can't resist chocolate.", "chocolate"),
        ("I'm off shopping with my daughter.", "daughter"),
        ("Dislikes: loud music • Likes: the radio", "radio"),
        ("Dislikes: loud music – likes the radio", "radio"),
        ("Dislikes: loud music but loves the radio.", "radio"),
        ("Put my dinner in't oven.", "oven"),
        ("The sun is out.", "sun"),
        ("He loves the pub, bar billiards and a pint.", "billiards"),
        # round 5: idioms whose not rules nothing out
        ("Don't hesitate to ring my son if I'm poorly.", "son"),
        ("No wonder the plants are dead, nobody waters them.", "plants"),
        ("Not a Sunday goes by without my daughter ringing.", "daughter"),
        ("There's not a better cup of tea than one made in a pot.", "cup of tea"),
        ("Without my calcium tablets my bones get worse.", "calcium tablets"),
        # the comma after a clause put first ends its not, whatever word comes next
        ("If I cannot decide, ask Keisha and my son Marcus together.", "son"),
        # "and" with a doing of its own ends a "no": the second doing is not ruled out
        ("I have no teeth of my own and wear full dentures.", "dentures"),
        ("No salt and pepper on my chips.", "chips"),
        # not taking a thing away, off or down keeps it
        ("Please do not put my chopsticks away.", "chopsticks"),
        ("Don't take the photo of my husband off the wall.", "photo"),
        ("Please don't take my rosary off me, even in hospital.", "rosary"),
        # a state refused for a thing: the state is ruled out, the thing is wanted
        ("Please don't put the telly on loud, my ears are fine.", "telly"),
        ("I will not have my cup filled to the brim.", "cup"),
        # never late is always there; "all afternoon" is a time, not the thing refused
        ("I've never once been late for prayer.", "prayer"),
        ("I'd rather sit in the garden than watch the television all afternoon.", "afternoon"),
        # a comma then a clause with its own "is" ends a not's reach
        ("I'd rather stay in than go to the shops, the weather is awful.", "weather"),
        ("Ah cannae complain, the carers are smashin'.", "carers"),
        # "not one of" them doing a thing, as "none of": they are not ruled out
        ("Not one of my grandchildren speaks Gujarati, but they love my cooking.", "grandchildren"),
        # what would happen otherwise is not refused; nor what bending would be for
        ("My eye drops go in at night, never in the morning, or my eyes sting.", "eyes"),
        ("I cannot bend to load the washing machine, so my carer does it.", "washing machine"),
        # a "without" in a clause that already rules something out is a condition
        ("No strangers in the house without my daughter here, I get frightened.", "daughter"),
        ("Nobody should touch the Quran without clean hands.", "hands"),
        # someone known not to do a thing: the doing is refused, not the person
        ("Do not ask my wife to interpret for me at the doctor's.", "wife"),
        # "not with my heart" gives the reason; the heart is not refused
        ("Salt fish is a treat, but not with my blood pressure.", "blood pressure"),
        # "never used to" is then, not now
        ("I never used to like the temple bus, but now I can't wait for Saturday.", "bus"),
        ("Please don't switch off the lamp in the shrine.", "lamp"),
        # round 6: a limit, a dog kept off, a reinforcing "not a drop", a day that always comes
        ("Don't let me drink more than the jug holds.", "drink"),
        ("I don't mind the dog as long as she stays off my chair.", "chair"),
        ("I've not had a drink since Keith died, not a drop.", "died"),
        ("Not a Sabbath passes that I don't pray.", "Sabbath"),
        ("Too cold for me, the bathroom, put the heater on.", "heater"),
        # "Neither X nor Y" that have or do something are not ruled out ("can come" are)
        ("Neither the pills nor the cream have helped my knees.", "pills"),
        ("Neither my son nor my daughter-in-law has a key.", "son"),
        # kneeling is going nowhere: the floor is kept; "can stop" is no stopping
        ("I cannot kneel on the floor.", "the floor"),
        ("Protein can stop my tablets working.", "tablets"),
        # an exception said first ends at its comma
        ("Apart from a bit of brown bread, nothing for breakfast but tea.", "brown bread"),
        # an exception to a not said before a dash or a stop, or to an "only", is wanted; and
        # "apart from" after "being" is away from
        ("No visitors after eight – except my daughter.", "daughter"),
        ("No visitors, please. Except my daughter.", "daughter"),
        ("Only water after six, except a cup of tea at bedtime.", "cup of tea"),
        ("It breaks my heart being apart from my grandchildren.", "grandchildren"),
        ("I never used to like cabbage, but I eat it now.", "cabbage"),
        ("Except for my grandson, nobody is to touch my prayer mat.", "grandson"),
        # a not set off by commas is an aside: it ends at the next comma
        ("I like my fish fried, not steamed, with rice and peas.", "rice and peas"),
        # nobody is to do a thing to the person's own: the doing, not the thing
        ("I keep my turban on in hospital, and nobody is to cut my hair.", "hair"),
        # "can't catch my breath" is being breathless, not a breath refused
        ("I get cross when I can't catch my breath.", "breath"),
        ("I cannot catch my breath on the stairs.", "breath"),
        # "not allowed more than" sets a limit, as "not more than" does
        ("I am not allowed more than a litre of fluid a day.", "fluid"),
        # "not good with" a thing says it is hard, not that it is refused
        ("I'm not good with money since my stroke.", "money"),
        ("I am not very good with stairs now.", "stairs"),
        # a not that lasts "until" a time puts the thing off; it does not refuse it
        ("I don't take my water tablet on meeting days until I come home.", "water tablet"),
        ("Please don't give me my tablets until after breakfast.", "tablets"),
        # idioms of grumbling and of always: their not rules nothing out
        ("Don't get me started on the bus fares, they're a scandal.", "bus"),
        ("Don't talk to me about the hospital parking.", "hospital"),
        ("She's never off the phone to her sister.", "phone"),
        ("I'm not fussy, a bacon sandwich will do me.", "bacon sandwich"),
    ],
)
def test_a_not_nearby_that_rules_nothing_out_leaves_the_picture_plain(text, wanted):
    assert got(text)[wanted][1] is False


def test_a_crossed_out_picture_says_the_word_the_sentence_used():
    """A sister shares the picture of a woman (the wife concept): "not wife" would misread."""
    root = render("I don't want my sister here.")
    (sister,) = [i for i in pictures(root) if i.get("data-term") == "sister"]
    assert sister.get("data-negated") == "true"
    assert sister.get("alt") == "not sister"


def test_the_page_shows_a_ruled_out_thing_crossed_out_never_bare():
    root = render("I do not eat fish.\n\nNo sugar in my tea, please.")
    fish = [i for i in pictures(root) if i.get("data-concept") == "fish"]
    assert fish, "the fish is shown, crossed out"
    for img in fish:
        assert img.get("data-negated") == "true"
        assert img.get("alt") == "not fish"
        assert "symbol-not" in img.get("class")
        assert img.get("src").startswith("assets/symbols/not/")
    for img in pictures(root):
        assert img.get("data-negated") in ("true", "false")
        if img.get("data-concept") == "tea":
            assert img.get("data-negated") == "false"


def test_the_not_mark_is_a_red_diagonal_drawn_over_the_picture_itself():
    fish = load().concepts["fish"]
    svg = not_svg(fish.source).decode()
    root = etree.fromstring(svg)  # still one well-formed SVG
    lines = [el for el in root.iter() if el.tag.endswith("line")]
    assert any(el.get("stroke") == "#c00000" for el in lines)
    assert root.find("{http://www.w3.org/2000/svg}svg") is not None  # the picture, inside


def test_the_symbols_command_says_negated_on_every_match():
    text = "I do not eat fish, but I love chips."
    done = subprocess.run(
        [sys.executable, "build.py", "symbols", "--format", "json", text],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    found = {f["term"]: f for f in json.loads(done.stdout)}
    assert found["fish"]["negated"] is True and found["chips"]["negated"] is False
    for f in found.values():
        assert text[f["start"] : f["end"]] == f["term"]


# ---- 2. the sense from the sentence, not one word either side ----


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Watch out for a trip over the rug.", "rug", "rug"),
        ("I sit on the bench by the river bank.", "river bank", "river"),
        ("I kept chickens when I was young.", "chickens", "chicken-animal"),
        ("I like roast chicken on Sundays.", "roast chicken", "chicken"),
        ("I need my bank card for the shops.", "bank card", "bank-card"),
        ("I have my tea in the evening.", "tea", "meal"),
        ("I like a cup of tea in the evening.", "cup of tea", "tea"),
        ("Cooking a hot tea, with Sandra.", "tea", "meal"),  # a tea that is cooked is a meal
        ("After cooking I like a tea with milk.", "tea", "tea"),
        ("Please help me put on my support stockings.", "stockings", "socks"),  # no help
        ("I sometimes have accidents at night.", "accidents", "continence"),
        ("I wet the bed sometimes.", "wet the bed", "continence"),
        ("I am a bit under the weather.", "under the weather", "ill"),
        ("Sometimes I feel down.", "feel down", "sad"),
        ("I need to spend a penny before we go.", "spend a penny", "toilet"),
        ("Please ring my daughter.", "ring", "phone"),
        ("I lost my wife's ring.", "ring", "ring-jewellery"),
        ("My granddaughter rings me on Sundays.", "rings", "phone"),
        ("I am a bag of nerves before the dentist.", "bag of nerves", "worried"),
        ("We chew the fat over a brew.", "chew the fat", "talk"),
        ("I take my plate out and soak it overnight.", "plate", "dentures"),
        ("I never miss doctor who.", "doctor who", "tv"),  # a name in small letters (round 103)
        ("We pull crackers after dinner.", "crackers", "cracker"),
        ("A shower of rain is forecast.", "shower of rain", "rain"),
        ("I love a Victoria sponge.", "Victoria sponge", "cake"),  # a capital, yet no name
        ("Please use my sponge in the bath.", "sponge", "wash"),
        ("I wear a pendant alarm round my neck.", "neck", "neck"),  # not a head
        ("My granddaughter checks my heels for red marks.", "heels", "heel"),  # not toes
        ("I need help to cross the road.", "road", "road"),  # not traffic lights
        ("The heating comes on at six and goes off at ten.", "six", "clock-6"),
        ("My daughter rings every evening.", "rings", "phone"),  # "daughter" is no describing word
        ("I use a keyboard instead of a pen.", "keyboard", "computer"),
        ("I play the keyboard at chapel.", "keyboard", "piano"),
        ("I find it hard to ask for help.", "help", "help"),
        ("I shout for help if I fall.", "help", "emergency"),
        ("I fast on Fridays.", "fast", "fasting"),
        ("I speak more Polish than English now.", "Polish", "languages-3"),
        ("When I am all at sea, a walk calms me.", "all at sea", "confused"),
        ("I get short-tempered when I am in pain.", "short-tempered", "angry-2"),
        ("The priest brings me Communion.", "priest", "vicar"),
        ("My father took me to Mass.", "father", "father"),
        # round 21 (the second senses set)
        ("Please give me a ring before you set off.", "give me a ring", "phone"),
        ("The good glasses live in the sideboard.", "glasses", "drinking-glass"),
        ("The lead for my lamp is frayed.", "lead", "plug"),
        ("We bottle-fed a lamb in the kitchen.", "lamb", "sheep"),
        ("I worked on the line between Leeds and York.", "line", "train"),
        ("We were stuck in a jam on the motorway.", "jam", "traffic"),
        ("I soak in the bath and the carer works the lift.", "lift", "bath"),
        ("I ring the bell by my bed when I need help.", "ring the bell", "bell"),
        ("My nephew hammered nails into the shelf.", "nails", "hammer"),
        ("I make my porridge on the range.", "range", "range-cooker"),
        ("I like a slice of orange with breakfast.", "orange", "orange-fruit"),
        ("I wear a sling on my broken wrist.", "sling", "sling-arm"),
        ("I had a dental bridge fitted.", "dental bridge", "dentures"),
        # round 22 (known words that got no picture)
        ("I hate having to squash into a crowded lift.", "lift", "lift"),
        ("No men in the bathroom, only women carers.", "men", "man"),
        ("Steamed fish without sauce, and vegetables without butter.", "sauce", "vinegar"),
        ("I drink water or weak squash.", "squash", "squash"),
        ("I don't do computers; write it down on paper for me.", "paper", "paper"),
        ("I won't eat it – Mam taught me that.", "Mam", "mother"),
        ("Please face me and speak slowly.", "face", "head"),
        ("Spring is my favourite season.", "Spring", "spring"),
        ("I keep some change in my purse for the milkman.", "change", "money"),
        ("I had a trip on the kerb and cut my knee.", "cut", "cut-injury"),
        ("It gets very dark early in the winter.", "dark", "night"),
        ("I like to draw the birds in my garden.", "draw", "drawing"),
        ("I lost my wife's ring and it upset me.", "ring", "ring-jewellery"),
        ("I know my kitchen by touch.", "touch", "touch"),
        ("I watch the swallows over the field in summer.", "swallows", "birds"),
        ("He swallows his pills with water.", "swallows", "mouth"),
        ("I have a bad case of shingles.", "shingles", "rash"),
        ("I sit in the snug with the paper.", "snug", "lounge"),
        ("My old bat hangs on the wall.", "bat", "cricket-2"),
        ("A bat flew into the bedroom last night.", "bat", "nature"),
        ("I knit ganseys on four needles.", "needles", "knitting"),
        ("My cat likes a stroke under her chin.", "stroke", "stroke-pet"),
        ("I had a stroke on Tuesday.", "stroke", "stroke"),
        ("My son can give me a lift to church.", "give me a lift", "car"),
        ("I listen to the radio with my feet up.", "with my feet up", "rest"),
        ("My head is all over the place today.", "head is all over the place", "confused"),
        ("I like chicken soup when I am poorly.", "chicken soup", "soup-3"),
        ("My son does the lambing in spring.", "lambing", "sheep"),
        ("If I have a seizure, put me on my side.", "on my side", "turn-over"),
        ("I keep my photos in a chest in the bedroom.", "chest", "box-2"),
        ("My chest is bad in the winter.", "chest", "chest-r31"),
        ("I walk with a staff on the hills.", "staff", "walking-stick"),
        ("The staff are kind.", "staff", "carer"),
        ("I watch the football on the box.", "on the box", "tv"),
        ("I wear my ring on a chain.", "ring", "ring-jewellery"),
        ("I had a fit in the night.", "fit", "seizure"),
        ("We put the crib out at Christmas.", "crib", "nativity"),
        ("I go to the temple on a Sunday.", "temple", "temple"),
        ("I had butterflies before the operation.", "butterflies", "worried"),
        ("We get butterflies in the garden in summer.", "butterflies", "butterflies"),
        ("I stand on my toes to reach the shelf.", "toes", "toes"),
        ("My swallow is slow, so I have thickened drinks.", "swallow", "throat"),
        ("I have a tattoo of a swallow on my arm.", "swallow", "birds"),
        ("My insulin needles go in the sharps box.", "needles", "injection"),
    ],
)
def test_the_sentence_decides_the_sense(text, term, concept):
    assert got(text)[term][0] == concept


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("Watch out for a trip over the rug.", "holiday"),
        ("There were sheep in a pen by the road.", "pen"),
        ("I like my nails filed and painted.", "painting"),
        ("I am a bit under the weather.", "weather"),
        ("The bank in town is closing.", "river"),
        ("I sit by the river bank.", "bank"),
        ("Keep an eye on me when I walk.", "eyes"),
        ("I worked at the car plant for thirty years.", "plants"),
        ("Put my bags in the boot of the car.", "shoes"),
        ("I keep a pad and pen by the phone.", "continence"),
        ("My tablet has all my photos on it.", "tablets"),
        ("I had a fit, so I don't bathe alone.", "lonely"),  # alone is not lonely
        ("The shower chair is wobbly.", "dizzy"),
        ("Sweets are off the menu now.", "menu"),
        ("We raise a toast to Jack on his birthday.", "bread"),
        ("A wee sherry at Christmas is fine.", "bladder"),
        ("I'm not a fan of bingo.", "fan"),
        ("I can't abide draughts, so please shut the door.", "chess"),
        ("When I pop my clogs, bury me in Ripon.", "shoes"),
        ("We raised our glasses to the bride.", "glasses"),
        ("My grandson likes to pull my leg.", "legs"),
        ("The spring in my armchair has gone.", "spring"),
        ("My bank card has a chip.", "chips"),
        ("My iron levels are low.", "iron"),
        ("I wear my cream cardigan on Sundays.", "lotion"),
        ("A bat flew into the kitchen.", "plane"),
        ("I was in theatre for three hours.", "theatre"),
        ("The kids drive me up the wall.", "car"),
        ("Smoker – rolls his own, outside only.", "bread"),
        ("My daughter rings every evening.", "ring-jewellery"),
        ("I cut my toenails after my bath.", "cut-injury"),
        # round 21 (the second senses set)
        ("A cricket chirped in the conservatory.", "cricket"),
        ("My stout walking boots keep me steady.", "beer"),
        ("My stout walking shoes keep me steady.", "walk"),
        ("I drink stout for my iron.", "iron"),
        ("The cat sits on the arm of the settee.", "arms"),
        ("My orange jumper is my favourite.", "orange-fruit"),
        ("My son will ship the boxes to Spain.", "ferry"),
        ("The cap came off my front tooth.", "hat"),
        ("We sing in the choir and I stand at the back.", "back"),
        ("I never miss a home match.", "home"),
        ("I read the local paper every day.", "pub"),
        ("Duck under the beam as you come in.", "duck"),
        ("Press the red button on my alarm.", "button"),
        ("My hearing aid whistles at a high pitch.", "camping"),
        ("I had a cut on my leg that the nurse dressed.", "dressing"),
        ("The letters on the screen are too small.", "letter"),
        ("The library is my second home.", "home"),
        # words people call each other by, and brands and abbreviations with a second sense
        ("Dinnae rush me, hen.", "chicken-animal"),
        ("Ey up duck, put the kettle on.", "duck"),
        ("A warm flannel helps, duck.", "duck"),
        ("Boots deliver my tablets every 28 days.", "shoes"),
        ("Swallow assessment due – SALT referral made.", "salt"),
        ("Freezing episodes when walking.", "cold"),
        ("Magnifier kept on the wee table by the windae.", "bladder"),
        ("I drove artics for forty years.", "car"),
        ("Ask the nurse in charge.", "battery"),
        ("I will see the doctor in due course.", "school"),
        ("I feel a little flat today.", "home"),
        ("Mrs Church visits on Tuesdays.", "church"),
        ('Please say "Sat Sri Akal" and tell me your name.', "chair"),  # a greeting, not sitting
        ("I can't eat nuts or seeds.", "tomato-plants"),  # seeds one eats are no seedlings
        ("I listen to the afternoon play on the radio.", "theatre"),  # a radio play
        ("I like the show on the radio on Sundays.", "theatre"),
        ("My flat is on the tenth floor.", "floor"),  # a storey, not a floor to stand on
        ("The carer gives me a lift in the hoist.", "car"),
        ("I have a bad case of shingles on my side.", "turn-over"),
        ("I like to follow the news about the government and the cabinet.", "cupboard"),
        ("I have a good strong voice for my age.", "strong"),
        ("I get a lump in my throat when they play the old songs.", "throat"),
        ("The doctor says it's nothing to worry about.", "worried"),
        ("I was bowled over by the flowers.", "cricket-4"),
        ("I am on my feet all day at the shop.", "feet"),
        ("I walked along the shingle to the sea.", "rash"),
        ("I have a tattoo of a swallow on my arm.", "throat"),
        ("My legs swell, so I sit with my feet up on a stool.", "rest"),  # raised for the swelling
        ("I'm scared of needles.", "injection"),
        ("The doctor says my organs are healthy.", "piano"),
        ("I keep my photos in a chest in the bedroom.", "chest-r31"),
        ("I walk with a staff on the hills.", "carer"),
        ("I'm a bit of a couch potato.", "potatoes"),
        ("I like a ring of black pudding with my breakfast.", "ring-jewellery"),
        ("I like a good film on the box.", "box-2"),
        ("I had a fit of the giggles.", "seizure"),
        ("My grandson sleeps in the crib when he visits.", "nativity"),
        ("I have a bad pain in my temple.", "temple"),
        ("My daughter keeps me on my toes.", "toes"),
        ("I had butterflies before the operation.", "butterflies"),
        ("I hit the roof when the carer was late.", "roof"),
        ("The news was a bolt from the blue.", "lock"),
        ("I was at death's door last winter.", "door"),
        ("I eat like a horse.", "horse"),
        ("We called a spade a spade in our house.", "garden-tools"),
        ("My memory is like a sieve.", "colander"),
        ("I haven't got a leg to stand on.", "legs"),
        ("I feel lost since my wife died.", "signpost"),
        ("I had a plate put in my leg after I broke it.", "plate"),
    ],
)
def test_a_wrong_sense_gets_no_picture(text, not_this):
    assert not_this not in {c for c, _ in got(text).values()}


# ---- 4. dignity by default, and the person's own kit ----


def test_help_is_helping_hands_and_never_a_wheelchair():
    wheelchair = load().concepts["wheelchair"].file
    for text in ("It helps me feel calm.", "The help I want", "Please help me to dress."):
        for m in find_all(text):
            assert m.concept.file != wheelchair
    assert "mulberry" in load().concepts["help"].file


@pytest.mark.parametrize(
    ("heading", "concept"),
    [
        ("The help I want", "help"),  # helping hands: the heading is about help
        ("How to help me feel calm", "calm"),  # the help is the frame; calm is the idea
        ("Help with my money", "money"),
        ("Keeping well", "keeping-well"),
        ("Communication", "communicating"),
        ("Getting about", "walk"),
    ],
)
def test_a_heading_gets_the_picture_of_its_idea(heading, concept):
    assert page_symbol(heading).id == concept


def test_forgetting_is_a_reminder_note_not_a_brain_and_symptoms_are_not_cartoon_faces():
    concepts = load().concepts
    assert got("I forget things.")["forget"][0] == "memory"
    assert "brain" not in concepts["memory"].symbol and "post-it" in concepts["memory"].symbol
    for cid in ("dizzy", "ill", "vomit", "pain-face", "headache", "hot", "cold"):
        assert "face" not in concepts[cid].symbol, cid


def test_kit_pictures_come_only_from_words_that_name_the_kit():
    kit_files = {load().concepts[c].file for c in ("wheelchair", "hoist", "walking-frame")}
    kit_files |= {load().concepts[c].file for c in ("hearing-aid", "continence", "commode")}
    for text in (
        "I like to help in the garden.",
        "Please support me with my shopping.",
        "I sit in my chair by the window.",
        "I listen to the radio.",
    ):
        assert not {m.concept.file for m in find_all(text)} & kit_files, text


def test_uses_gives_the_persons_short_words_their_own_kit():
    assert got("I sit in my chair by the window.")["chair"][0] == "chair"
    assert got("I sit in my chair by the window.", uses=["wheelchair"])["chair"][0] == "wheelchair"
    assert got("My aids whistle.", uses=["hearing-aid"])["aids"][0] == "hearing-aid"
    assert "aids" not in got("My aids whistle.")
    assert got("Please empty my bag.", uses=["catheter"])["bag"][0] == "catheter"
    # the kit never adds a picture where the text does not name it
    assert got("I like music.", uses=["wheelchair", "hoist"]) == got("I like music.")


def test_every_kit_value_has_its_picture():
    for value, kit in KIT.items():
        assert kit.concept in load().concepts, value


def test_uses_in_person_yml_is_a_closed_list_and_a_wrong_value_names_its_line(tmp_path):
    file = tmp_path / "person.yml"
    file.write_text("name: Ann Lee\nuses:\n  - wheelchair\n  - zimmer\n")
    person, problems = read_person(file, tmp_path)
    assert person is None
    [problem] = problems
    assert problem.line == 4 and "zimmer" in problem.message and "walking-frame" in problem.message
    file.write_text("name: Ann Lee\nuses: [wheelchair, hearing-aid]\n")
    person, problems = read_person(file, tmp_path)
    assert problems == [] and person.uses == ("wheelchair", "hearing-aid")


# ---- 5. one picture per idea, chosen for the idea ----


@pytest.mark.parametrize(
    ("text", "names", "concepts"),
    [
        ("I choose the time I get up. Please knock and wait.", (), {"front-door", "knock"}),
        (
            "Amina and I sit down together every four weeks and read my plan.",
            ("Amina",),
            {"plan", "reading"},
        ),
        ("I do not eat fish.", (), {"fish"}),
        # the clause that sets the scene is not the point; the doing after it is
        ("Before I eat, I wash my hands and say grace.", (), {"wash-hands", "pray"}),
        ("I need help to get in and out of the bath. Please use the bath lift.", (), {"bath"}),
        # "choose" is no wish for choosing; a side remark with "I like" is not the idea
        (
            "I have a wash at the sink most days. I choose the order of my wash.",
            (),
            {"wash"},
        ),
        (
            "I pick my own clothes the night before. I like my pearl brooch on.",
            (),
            {"clothes"},
        ),
        # a clause that sets the scene ends where the main clause's subject starts, comma or not
        ("When I feel sad I like to look at photos of my husband.", (), {"photos"}),
        ("After lunch I have a nap in my chair for an hour.", (), {"sleep"}),
        # a feeling is no thing done to: "I get lonely", "I get anxious"
        ("I get anxious in crowds. Take me to the shops when it's quiet.", (), {"shop"}),
        # the thing a request is done to, past "me", "a chapter of" and a word naming its kind
        ("Every Tuesday my friend Jean takes me to the library.", ("Jean",), {"library"}),
        ("Every morning I read a chapter of the Bible with my breakfast.", (), {"bible"}),
        ("At night, leave the hall light on so I can find the toilet.", (), {"light-2"}),
        ("I get breathless when I walk far, so I use my oxygen.", (), {"oxygen"}),
        (
            "My budgie Sunny is my best friend. Please clean his cage on Saturdays.",
            ("Sunny",),
            {"cage"},
        ),  # fmt: skip
        # "help me", "remind me" frame a request; the person phoned is not the point of the call
        (
            "Once a week I phone my brother in Jamaica. Please help me dial the number.",
            (),
            {"phone"},
        ),  # fmt: skip
        ("I use a pad at night. Please help me change it when I wake.", (), {"continence"}),
        # a reason or condition after the request is detail; asking is about its own clause
        (
            "I was a miner for years. My chest is bad now, so please don't rush me on the stairs.",
            (),
            {"stairs"},
        ),  # fmt: skip
        # the thing done to is never looked for past a stop: "shout. My hearing"
        ("Please do not shout. My hearing is fine.", (), {"shout-2"}),
        # a person leads where the doing has no picture, not where it has one
        ("I wake up and see my family.", (), {"family"}),
        ("If I feel unwell, please ring the doctor.", (), {"phone"}),
        # the place or tool of a doing says more than the doing ("I walk with a frame")
        ("I sleep with the landing light on and the door open a little.", (), {"light"}),
        (
            "I walk with a frame indoors. Please make sure it is next to my chair.",
            (),
            {"frame-2", "walking-frame"},
        ),  # fmt: skip
        ("Please sit me in my chair by the window.", (), {"chair"}),
        # what the paragraph keeps coming back to leads over a detail of the request
        (
            "Mandeep helps with my wash at 9am. I like a wash at the sink, not a shower. I wash"
            " my own face and hands. Please help with my back, my legs and my hair.",
            ("Mandeep",),
            {"wash"},
        ),
        # a paragraph's sentences are counted as sentences, not as lines
        (
            "I like to lie in bed for a while.\nI get up when I am ready.\nPlease knock and wait.",
            (),
            {"knock", "front-door"},
        ),  # fmt: skip
        # a ruled-out thing gives way to a thing wished for instead, and leads where none is
        ("I don't eat pork. I like chicken curry with rice.", (), {"chicken", "curry"}),
        ("No bananas, oranges or tomatoes - too much potassium for my kidneys.", (), {"banana"}),
        # a reason after the request runs to the next comma or "then", not to the sentence's end
        ("Let me rest for a while, then bring me my tea.", (), {"tea"}),
        # "it" points back: the thing kept is the inhaler, not the bag it is kept in
        ("I have an inhaler for my asthma. I keep it in my handbag.", (), {"inhaler"}),
        # the person a request is framed to is not its point; days and times are no places
        ("Please ask my daughter to bring my slippers.", (), {"slippers"}),
        ("I pray in the morning and at night.", (), {"pray"}),
        # "I don't like" wishes for nothing: the wash wanted instead leads
        ("I don't like baths. I'd rather have a strip wash at the sink.", (), {"wash"}),
        # a thing that "is fine" is the one taken instead of a ruled-out one
        ("I don't want a bath, a strip wash is fine.", (), {"wash"}),
        # a person who does a thing is not its point: "helps" and "does" are doings here
        ("My daughter helps with my shopping.", (), {"shopping"}),
        ("My son Dev does my bills.", ("Dev",), {"bills"}),
        # a request done to "them" or "it" asks for the thing it points back to
        (
            "I wear my glasses all day. Please clean them for me when you make my breakfast.",
            (),
            {"glasses"},
        ),  # fmt: skip
        ("My tablets are in the box by the kettle. Please check them each day.", (), {"tablets"}),
        # a label that names a thing is the idea; one that names a general topic heads what the
        # item says of it, and is never a doing ("Breakfast – ...")
        (
            "Oxygen - I use it at night and when I walk about. The tubing is long. Please check"
            " it is not trapped under the chair legs.",
            (),
            {"oxygen"},
        ),
        ("Feelings – I get grumpy when I'm in pain. Give me time.", (), {"angry"}),
        ("Knee: my new knee is stiff. Please remind me to do my exercises.", (), {"exercise"}),
        # the person's own thing "is fine" is how they are, not a thing taken instead
        ("No visitors after 8pm. My hearing is fine.", (), {"visitor"}),
        ("I don't drink coffee. Tea's fine.", (), {"tea"}),
        # "it" and "them" point back to the first thing of the nearest clause that has one, and
        # "them" who gets a thing asked for is no pointer
        ("I wear my glasses to read the papers. Please clean them.", (), {"glasses"}),
        (
            "I have a hearing aid in my left ear. Please check it every morning.",
            (),
            {"hearing-aid"},
        ),
        ("I have two cats. Please give them fresh water.", (), {"water"}),
        # a "please" asks only in its own clause
        ("No stairs please. My knee is better.", (), {"stairs"}),
    ],
)
def test_the_idea_picture_carries_the_instruction_not_the_first_word(text, names, concepts):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.concept.id in concepts


def test_a_paragraph_has_one_idea_picture_and_at_most_one_inline_picture_a_sentence():
    root = render(
        "I choose the time I get up. Please knock and wait before you come in with my tea.",
        names=(),
    )
    paragraph = root.find("p")
    ideas = [i for i in pictures(root) if i.get("data-role") == "idea"]
    assert len(ideas) == 1 and ideas[0].get("data-concept") in ("front-door", "knock")
    assert paragraph[0] is ideas[0]
    inline = [i for i in pictures(root) if "symbol-inline" in i.get("class")]
    assert len(inline) <= 2  # two sentences, one each at most


def test_a_clock_shows_the_time_the_text_says():
    assert got("My alarm goes off at 7am.")["7am"][0] == "clock-7"
    assert got("My son phones every night at 7.")["7"][0] == "clock-7"  # a digit, said as a time
    assert "clock-2" not in {c for c, _ in got("Two carers come, by 2 carers at most.").values()}
    assert got("Dialysis Mon, Wed, Fri.")["Wed"][0] == "wednesday"
    assert got("Lunch is at half past twelve.")["half past twelve"][0] == "clock-12-30"
    for cid in ("monday", "week", "today", "appointment", "diary"):
        assert "calendar_month" in load().concepts[cid].file  # a calendar with no digits


# ---- 3. adults' symbols, and a vocabulary led by care plans ----


def test_the_everyday_care_words_of_the_issue_have_pictures():
    for text, concept in [
        ("My dentures", "dentures"),
        ("my kidneys", "kidneys"),
        ("my Bible", "bible"),
        ("the vicar", "vicar"),
        ("a footstool", "footstool"),
        ("gravy", "gravy"),
        ("the news", "news"),
        ("the rug", "rug"),
        ("the river", "river"),
        ("the hoist", "hoist"),
        ("the kettle", "kettle"),
        ("my walking frame", "walking-frame"),
        ("a commode", "commode"),
        ("my catheter bag", "catheter"),
        ("my bank card", "bank-card"),
        ("kosher food", "kosher"),
        ("the garden centre", "garden-centre"),
    ]:
        assert concept in {c for c, _ in got(text).values()}, text


def test_the_vocabulary_has_at_least_800_concepts_from_three_open_sets():
    concepts = load().concepts
    assert len(concepts) >= 800
    sets = {c.symbol.split(":")[0] for c in concepts.values()}
    assert sets == {"mulberry", "openmoji", "healthicons"}


# ---- 6. staff see and correct the pictures ----

REVIEW_PAGE = """# My day

I do not eat fish. I like a wash at the sink, not a shower.

Please knock and wait before you come in.

I have lived in my flat for years. I worked at the mill in town on Mondays.
"""


def test_the_review_sheet_lists_each_picture_its_reason_and_what_to_type(make_plan, tmp_path):
    folder = make_plan(
        "ann-lee", "name: Ann Lee\nuses: [wheelchair]\n", {"01-my-day.md": REVIEW_PAGE}
    )
    done = subprocess.run(
        [sys.executable, "build.py", "symbols", "--plans", str(folder.parent), "review", "ann-lee"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    sheet = done.stdout
    assert "01-my-day.md:3: I do not eat fish." in sheet
    assert '"fish" -> fish (not fish)' in sheet
    assert "idea picture:" in sheet and ("front-door" in sheet or "knock" in sheet)
    assert "[[fish|-]]" in sheet and 'the word "fish"' in sheet
    page = tmp_path / "review.html"
    done = subprocess.run(
        [
            sys.executable,
            "build.py",
            "symbols",
            "--plans",
            str(folder.parent),
            "review",
            "ann-lee",
            "--html",
            str(page),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "not fish" in page.read_text()


def test_check_warns_where_a_paragraphs_picture_is_a_guess(make_plan):
    from plugins.checks import check_plan

    folder = make_plan("ann-lee", "name: Ann Lee\n", {"01-my-day.md": REVIEW_PAGE})
    found = [f for f in check_plan(folder) if f.rule == "picture-guess"]
    assert [f.line for f in found] == [7]  # the flat or the mill: nothing says which matters
    assert "[[" in found[0].message and "symbols review ann-lee" in found[0].message
    fixed = REVIEW_PAGE.replace("my flat", "my [[flat|home]]")
    folder = make_plan("ann-lee", "name: Ann Lee\n", {"01-my-day.md": fixed})
    assert not [f for f in check_plan(folder) if f.rule == "picture-guess"]


def test_seeing_in_a_sentence_about_sight_shows_the_eye_and_visiting_does_not():
    assert got("I cannot see faces clearly, so please say your name.")["see"] == ("eyes-2", True)
    assert got("I like my food on a dark plate so I can see it.")["see"][0] == "eyes-2"
    assert "see" not in got("I can't see my grandchildren as often as I'd like.")
    assert "see" not in got("I'd like to see the doctor about my knee.")


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Y cymorth dwi eisiau", "cy"),
        ("مجھے کیسی مدد چاہیے", "ur"),
        ("ਮੈਨੂੰ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa"),
        ("Jakiej pomocy potrzebuję", "pl"),
    ],
)
def test_the_help_i_want_shows_helping_hands_in_every_language(title, code):
    """Gwen's and Nasreen's "help I want" tiles showed a bell and a pill bottle: the page's
    first picture, for the title's own word for help was not known."""
    assert [m.concept.id for m in find_in(title, code)] == ["help"]


@pytest.mark.parametrize(
    ("title", "code", "words"),
    [
        ("Diwrnod da a diwrnod anodd", "cy", "Diwrnod da"),
        ("اچھا دن اور مشکل دن", "ur", "اچھا دن"),
        ("ਚੰਗਾ ਦਿਨ ਅਤੇ ਔਖਾ ਦਿਨ", "pa", "ਚੰਗਾ ਦਿਨ"),
        ("Dobry dzień i trudny dzień", "pl", "Dobry dzień"),
    ],
)
def test_a_good_day_shows_the_sun_in_every_language(title, code, words):
    assert [(m.term, m.concept.id) for m in find_in(title, code)] == [(words, "good-day")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I can't get to sleep at night.", "can't get to sleep"),
        ("I have no strength in my legs.", "no strength"),
        ("I have a do not resuscitate form in my drawer.", "do not resuscitate"),
        ("If I'm off colour, my daughter will ring the doctor.", "off colour"),
    ],
)
def test_a_phrase_whose_own_words_say_no_is_not_crossed_out_again(text, phrase):
    """Crossing out "can't get to sleep" says "not awake": the opposite of the sentence."""
    assert got(text)[phrase][1] is False


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I struck a match to light the candle.", "match", "lighter"),
        ("I like to watch the match on a Saturday.", "the match", "football"),
        ("I keep my letters in the chest of drawers.", "chest of drawers", "chest-of-drawers"),
        ("I put my clothes in the wardrobe.", "wardrobe", "wardrobe"),
        ("I cross the road at the lights.", "lights", "traffic"),
        ("The organ at chapel was my pride and joy.", "organ", "piano"),
    ],
)
def test_a_word_with_two_senses_takes_the_one_its_sentence_means(text, word, concept):
    """Found by fresh probes: a struck match showed a football, a chest of drawers a mirror."""
    assert got(text)[word][0] == concept


def test_a_body_organ_is_no_piano():
    assert "organ" not in got("I've had a kidney transplant, so I protect my new organ.")
    assert "organ" not in got("I carry a card saying I am an organ donor.")


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("I've no been to the dentist in years.", "dentist"),
        ("I'm no able to walk to the shops now.", "shops"),
        ("I'll no have a shower, just a wash.", "shower"),
    ],
)
def test_a_scots_no_before_a_doing_is_a_not(text, ruled_out):
    assert got(text)[ruled_out][1] is True
    assert got("I'll no have a shower, just a wash.")["wash"][1] is False


def test_an_english_no_before_a_thing_still_refuses_the_thing():
    assert got("I've no teeth of my own.")["teeth"][1] is True
    assert got("It's no bother to make the tea.")["tea"][1] is False


@pytest.mark.parametrize(
    ("text", "time", "clock"),
    [
        ("Amina comes between 8:30am and 9am.", "8:30am", "clock-8-30"),
        ("I take my tablets at 7:30 in the morning.", "7:30", "clock-7-30"),
    ],
)
def test_a_time_with_a_colon_shows_its_own_clock(text, time, clock):
    """A phrase stops at a colon, but not at the colon of a time: "8:30am" showed eight
    o'clock, a clock that disagrees with the text (found on Peggy's "My mornings" page)."""
    assert got(text)[time][0] == clock


# Found by a blind review of this round's code: rules that reached further than they said.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I do not want a do not resuscitate form.", "do not resuscitate", True),
        ("I eat most things, not pork, bacon, ham or sausages.", "sausages", True),
        ("I go to church with my daughter, not with my son.", "son", True),
        ("I go to church with my daughter, not with my son.", "church", False),
        ("Without milk my tea tastes better.", "milk", True),
        ("Without milk my tea tastes better.", "tea", False),
        ("I don't eat meat and I have my tea without milk.", "milk", True),
        ("I'm no keen on fish.", "fish", True),
    ],
)
def test_a_not_reaches_as_far_as_the_sentence_says(text, word, negated):
    assert got(text)[word][1] is negated


def test_a_phrase_never_reads_across_a_full_stop():
    assert got("Church on Sunday. Dinner is at one.")["Sunday"][0] == "sunday"
    assert "Catholic" in got("I'm Catholic. Mass matters to me.")


def test_a_thing_before_a_doing_with_its_own_picture_still_names_a_kind():
    assert "chair" not in got("The chair lift helps me upstairs.")


def test_a_crossed_out_name_keeps_its_capitals_in_the_alt():
    # "EastEnders" was the example until round 103 made a programme's name a name, with no
    # picture (tests/data/LABELLING.md); Mass is a capitalised word that keeps its picture
    root = render("I don't go to Mass any more.")
    (church,) = [i for i in pictures(root) if i.get("data-term") == "Mass"]
    assert church.get("alt") == "not Mass"


def test_a_chain_round_the_neck_is_jewellery_and_a_door_chain_a_lock():
    assert got("My late wife's ring is on a chain round my neck.")["chain"][0] == "necklace"
    assert got("Please put the chain on the door at night.")["chain"][0] == "lock"


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Nothing too spicy, please, but I like a mild curry.", "spicy", True),
        ("Nothing too spicy, please, but I like a mild curry.", "curry", False),
        ("There's nothing better than a cup of tea.", "cup of tea", False),
        ("Nothing makes me happier than my garden.", "garden", False),
    ],
)
def test_nothing_of_a_kind_refuses_that_kind_and_nothing_better_refuses_nothing(
    text, word, negated
):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    "sentence, word, kind",
    [
        # after a person who does things, an -s word before "with", "my", "on" is a doing
        ("my daughter helps with my shopping", "helps", grammar.VERB),
        ("my son dev does my bills", "does", grammar.VERB),
        ("my friend visits on sundays", "visits", grammar.VERB),
        # but not after a thing, nor after a word that opens a noun
        ("garden plants in pots", "plants", grammar.NOUN),
        ("i need my tablets with food", "tablets", grammar.NOUN),
        ("please check the labels on anything", "labels", grammar.NOUN),
        # a doer's word naming a kind of thing, or a brand before a thing, is no subject
        ("i have four carer calls a day", "calls", grammar.NOUN),
        ("please read the carer notes in my folder", "notes", grammar.NOUN),
        ("i get whatsapp messages from my family", "messages", grammar.NOUN),
        ("i listen to elvis records in the evening", "records", grammar.NOUN),
    ],
)
def test_a_word_that_can_be_a_thing_or_a_doing_is_read_from_who_comes_before(sentence, word, kind):
    words = sentence.split()
    assert grammar.guess(words, words.index(word)) == kind


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I worked on the locks for thirty years and I miss the boats.", "locks", "canal-lock-r32"),
        ("Please check the locks on the doors at night.", "locks", "lock"),
        (
            "I get water infections, so I try to drink six glasses a day.",
            "glasses",
            "drinking-glass-r32",
        ),
        ("I keep dates and a flask of sweet tea by my chair.", "dates", "dates-fruit-r32"),
        ("My godchildren send me cards every Christmas.", "cards", "greeting-card-r32"),
        ("I play cards on a Thursday.", "cards", "dominoes-cards"),
        ("I cannot lift anything heavier than a full kettle.", "lift", "lift-r32"),
        ("My feet are often cold, so I wear thick socks in bed.", "cold", "cold-r32"),
        ("I'm a bit bunged up with this cold, so I'm off me food.", "cold", "ill-r32"),
    ],
)
def test_an_everyday_word_gets_the_sense_its_sentence_gives_it(text, word, concept):
    assert got(text)[word][0] == concept


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("My neighbour Bert is in a wheelchair, so I go round to his.", "wheelchair"),
        ("My husband uses a hoist, but I can still stand.", "hoist"),
        ("My sister has a hearing aid, and she still can't hear the door.", "hearing aid"),
        ("My pal pushes his wife in a wheelchair to the shops.", "wheelchair"),
        ("My son's wheelchair lives in the garage.", "wheelchair"),
        ("I used to push my dad in his wheelchair.", "wheelchair"),
        ("It upsets me to see people in wheelchairs.", "wheelchairs"),
    ],
)
def test_someone_elses_kit_gets_no_picture(text, kit):
    assert kit not in got(text, ["Bert"])


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("My daughter pushes me in my wheelchair.", "wheelchair"),
        ("My son brings the wheelchair when we go out.", "wheelchair"),
        ("The hoist is in the bedroom.", "hoist"),
        # kit the two of them share is the person's too
        ("My husband has a hoist and the carers use it for both of us.", "hoist"),
        ("I use a wheelchair for long trips.", "wheelchair"),
        ("My husband keeps his glasses on a chain.", "glasses"),  # not kit that needs dignity
        ("My daughter pushes me in the wheelchair.", "wheelchair"),
        ("My husband and I both use wheelchairs.", "wheelchairs"),
        ("Mary uses her wheelchair outside.", "wheelchair"),  # a plan written about Mary
    ],
)
def test_the_persons_own_kit_keeps_its_picture(text, kit):
    assert kit in got(text, ["Mary"])


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a thing that is not the person's own, left where it is not wanted, is ruled out
        ("Please don't leave the ironing board in the hall.", "ironing board", True),
        ("Do not leave shoes on the landing.", "shoes", True),
        ("Don't leave the door open.", "door", False),
        ("Don't leave the tablets where I can't find them.", "tablets", False),
        ("With my stick, I don't leave the house.", "house", False),
        # a thing the person cannot open is one they cannot use; "easily" only says how
        ("I can't open tins because of my arthritis.", "tins", True),
        ("I cannot open envelopes easily.", "envelopes", False),
        ("Please don't open my post.", "post", False),
        # a reason or a condition after "not allowed" is not ruled out
        ("Chocolate is not allowed because of my diabetes.", "diabetes", False),
        ("Chocolate is not allowed because of my diabetes.", "Chocolate", True),
        # going too long without a thing says it is needed
        ("I get shaky if I go too long without a meal.", "meal", False),
        # "the day my grandson was born" says when, not what was given up
        ("I gave up smoking the day my daughter was born.", "daughter", False),
        # "not from a mug, only from a cup": the mug is refused, not the tea
        ("I won't drink coffee from a paper cup, only from a mug.", "cup", True),
        ("I won't drink coffee from a paper cup, only from a mug.", "coffee", False),
        # a thing asked about or offered, and then turned down
        ("The physio asked if I wanted a walking frame, and I said no.", "walking frame", True),
        ("They offered me a stair lift, but I said no thanks.", "stair lift", True),
    ],
)
def test_a_not_rules_out_what_the_person_turns_down_and_no_more(text, word, negated):
    assert got(text)[word][1] is negated


def test_a_helping_hand_is_help_unless_it_picks_things_up():
    assert got("A helping hand with my zips is all I ask.")["helping hand"][0] == "help-r35"
    assert got("I use a helping hand to pick things up.")["helping hand"][0] == "grabber"


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a thing said first, then refused, even with a time after the verb or in a list
        ("Porridge I never eat after nine.", "Porridge", True),
        ("Beef, pork and lamb I don't eat.", "Beef", True),
        ("Beef, pork and lamb I don't eat.", "lamb", True),
        # a "no" set off by commas in a list is an aside that ends at its comma
        ("A bowl of soup, no pepper, and a bread roll.", "roll", False),
        ("A bowl of soup, no pepper, and a bread roll.", "pepper", True),
        # what the person used to do, and then stopped
        ("I used to drink whisky, but I stopped.", "whisky", True),
        ("I used to play golf, but I gave it up years ago.", "golf", True),
    ],
)
def test_a_thing_before_its_not_or_a_doing_stopped_later_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Tea is at six o'clock, usually soup.", "Tea", "meal-r35"),
        ("Tea is my favourite drink.", "Tea", "tea"),
        ("We fed a swan on the pond by the bank.", "bank", None),
        ("A man from the council fits the rails.", "fits", None),
        ("I had a fit last night.", "fit", "seizure"),
        ("I can stand with the frame.", "frame", "walking-frame-r35"),
        ("The photo is in a silver frame.", "frame", None),
    ],
)
def test_probe_words_take_the_sense_the_sentence_gives(text, word, concept):
    found = got(text)
    assert (found[word][0] if word in found else None) == concept, found


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Shellfish I'm allergic to.", "Shellfish", True),
        ("Penicillin and plasters I am allergic to.", "plasters", True),
        # sayings whose no or not rules nothing out
        ("There's no place like home, and I want to stay here.", "home", False),
        ("Not everyone likes sprouts, but I love them.", "sprouts", False),
        # a doing that does not help a part of the person: the help, not the part
        ("The cream doesn't help my knees.", "knees", False),
    ],
)
def test_allergic_to_said_last_and_nots_that_rule_nothing_out(text, word, negated):
    assert got(text)[word][1] is negated


def test_a_person_who_is_a_helper_is_helping_not_a_carer():
    assert got("I'm a helper at the lunch club.")["helper"][0] == "help-r35"
    assert got("I was a volunteer helper at the hospice shop.")["helper"][0] == "help-r35"
    assert got("My helper comes on a Tuesday.")["helper"][0] == "carer"


# Round 34 (negation set 7): a thing ruled out in another part of the sentence.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a reply to the thing asked about refuses it, whatever follows the reply
        ("Custard? Not since my operation.", "Custard", True),
        ("Curry? Not now, maybe at Christmas.", "Curry", True),
        ("Whisky? I packed it in years ago.", "Whisky", True),
        ("Bingo? I'm done with it, the noise is too much.", "Bingo", True),
        ("Tea? No sugar, thanks.", "Tea", False),
        ("Church? Never miss it.", "Church", False),
        # a thing put first, then "I refused", "I gave up"
        ("The wheelchair I refused, I'll walk while I can.", "wheelchair", True),
        ("Biscuits I gave up years ago.", "Biscuits", True),
        # a list, then "none of them"; a list "is out", then a clause of its own
        ("Plums, pears, grapes: none of them, they upset my stomach.", "grapes", True),
        ("Cake, biscuits and sweets are out, I have fruit instead.", "biscuits", True),
        ("My son and daughter are out, I'll ring them later.", "son", False),
        # not bothered about, keep away from, done with, leave me out of, skip
        ("I'm not bothered about the garden now.", "garden", True),
        ("I'm not bothered about money, as long as the bills are paid.", "money", False),
        ("I keep away from the pub these days.", "pub", True),
        ("I'm done with the day centre, it's too noisy.", "day centre", True),
        ("When I'm done with my dinner, please take the tray.", "dinner", False),
        ("Please leave me out of the quiz.", "quiz", True),
        ("I skip lunch on Sundays.", "lunch", True),
        ("Chairs are not safe for me, I need a hoist.", "Chairs", True),
        ("Nothing made with eggs, please.", "eggs", True),
        # a habit that stopped: "used to ..., but not since"
        ("I used to ride my bike to work, but not since my fall.", "bike", True),
        # a refused "it" or "them" stands for the thing named earlier in the sentence
        ("Fizzy drinks give me wind, so I avoid them.", "Fizzy drinks", True),
        ("I'm scared of dogs, so keep them away from me.", "dogs", True),
        ("Sprouts - can't stand them.", "Sprouts", True),
        ("As for the bingo, I can't be doing with it.", "bingo", True),
        ("Coffee keeps me awake, so I don't have it after lunch.", "Coffee", False),
        ("Onions are fine, but I'm intolerant of garlic, so leave it out.", "Onions", False),
        # a thing put first, then what the person hates or is allergic to
        ("Sprouts I hate.", "Sprouts", True),
        ("Eggs I'm allergic to.", "Eggs", True),
        ("Meat - I'm off it now.", "Meat", True),
        ("Pork is haram for me.", "Pork", True),
        # what nobody is to be let do: the doing, and what it is done with
        ("Don't let anyone smoke in my room.", "smoke", True),
        ("Don't let anybody put sugar in my tea.", "sugar", True),
        ("Don't let anyone else cut my hair.", "hair", False),
        ("Don't let anyone take my walking stick.", "walking stick", False),
        # a thing not to be left lying somewhere; but the person's own is kept
        ("Please don't leave shoes on the landing.", "shoes", True),
        ("Don't leave the mop in the hall.", "mop", True),
        ("Please don't leave wet towels, I slip on them.", "towels", True),  # no place said
        ("Don't leave my glasses in the bathroom.", "glasses", False),
        ("Don't leave the door open.", "door", False),
        # a thing named, then refused by name after "so"; examples of a thing ruled out
        ("Mushrooms make me ill, so no mushrooms.", "Mushrooms", True),
        ("Tea in the morning is fine, so no tea at night.", "Tea", False),
        ("Nothing with nuts in it, like flapjacks.", "flapjacks", True),
        # "X is fine but Y is out."; a reply that never touched it
        ("Cheese is fine but milk is out.", "milk", True),
        ("I'd ring him but the doctor is out.", "doctor", False),
        ("Gin? I've never touched a drop.", "Gin", True),
        # "it" refused after an eating or having stands for the thing offered before
        ("My son brings me a cake on Sundays, but I can't eat it.", "cake", True),
        ("Not too much chilli, my stomach can't take it any more.", "chilli", False),
        # "X is something I can't stand", "the last thing I want"
        ("Loud music is something I can't stand.", "music", True),
        ("Bingo is the last thing I want to do.", "Bingo", True),
        ("Church is something I would never miss.", "Church", False),
        # an offer, then "but I'd rather not." / "but I can't."
        ("The carers offer me a bath in the evening, but I'd rather not.", "bath", True),
        ("I'd love to go to the seaside, but I can't.", "seaside", True),
        ("I know I should use my frame, but I don't.", "frame", False),
        # "used to ..., but I don't ... now" / "but I'm no longer able to"
        ("I used to play bowls, but I'm no longer able to.", "bowls", True),
        ("I used to go to the pub, but I still go now and then.", "pub", False),
        # a not, an aside between commas, then what it refuses
        ("Please do not, under any circumstances, give me penicillin.", "penicillin", True),
        ("I would not, if I can help it, go back to hospital.", "hospital", True),
        # a thing, then "which I won't have" / "that I don't want"
        ("The nurse suggested a commode, which I won't have.", "commode", True),
        ("They offered me a stairlift that I don't want.", "stairlift", True),
        ("The TV, which I never watch, can go in the spare room.", "spare room", False),
        ("I have my tea at six, which I never miss.", "tea", False),
        # "no doubt" rules nothing out; a reply with a thing of its own does not look back
        ("No doubt my son will bring a cake on Sunday.", "son", False),
        ("The dog? Never any trouble.", "dog", False),
        ("Tea? Not with sugar, please.", "Tea", False),
        ("Fish? Not with my dentures.", "Fish", True),
        ("Sugar? Never any.", "Sugar", True),
        ("No wonder the plants are dead, nobody waters them.", "plants", False),
        # had enough of, sick of, give it a miss, pass on, isn't allowed ("fed up with" is a
        # mood, not a refusal: "I get fed up with the four walls")
        ("I've had enough of hospitals.", "hospitals", True),
        ("I get fed up with the four walls, so take me to the park.", "park", False),
        ("I'll give the bingo a miss.", "bingo", True),
        ("I'll pass on the pudding.", "pudding", True),
        ("Cake isn't allowed.", "Cake", True),
        ("My son isn't allowed to drive my car.", "son", False),
        # who is given a thing is not refused, what is given is
        ("Please don't feed the ducks bread.", "ducks", False),
        ("Please don't feed the ducks bread.", "bread", True),
        ("Don't give the dog chocolate.", "dog", False),
        # a list after "no" ends where a comma opens a doing told
        ("No nuts or seeds, check the label.", "label", False),
        # "it" after a bringing is not the person the sentence opens with
        ("The doctor says no more cake, so don't bring it.", "doctor", False),
        ("A care home is out of the question.", "care home", True),
        # "any" after a having looks back to the thing the sentence opens with
        ("Coffee is my weakness, but I'm not to have any.", "Coffee", True),
        ("Cake? I can't have any.", "Cake", True),
        ("Everything but mushrooms.", "mushrooms", True),
        # praise and ease said with a not rule nothing out
        ("I never tire of the sea.", "sea", False),
        ("I couldn't ask for better carers.", "carers", False),
        # "If it has X in, I can't eat it": the X
        ("If it has nuts in, I can't eat it.", "nuts", True),
        # "Not a day goes by" is no ruling out, but its comma ends it
        ("Not a morning passes without my coffee, no milk.", "milk", True),
        ("Not a morning passes without my coffee, no milk.", "coffee", False),
    ],
)
def test_a_thing_ruled_out_in_another_part_of_the_sentence_is_marked(text, word, negated):
    assert got(text)[word][1] is negated


# Coordinator, session 23: a doing the person "used to" do and then "stopped" or "gave up",
# with a when or a why after the stopping; and a when-clause after a stopping is not stopped.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I used to smoke but I gave up twenty years ago.", "smoke", True),
        ("I used to drink whisky but I stopped after my stroke.", "whisky", True),
        ("I used to go to church but I stopped going.", "church", True),
        ("I used to knit, but I gave up when my hands got bad.", "knit", True),
        ("I used to go to the club, but I stopped going there after Jim died.", "club", True),
        ("I used to go to the club, but I stopped going there after Jim died.", "died", False),
        ("I stopped going after my wife died.", "wife", False),
        ("I used to bake, but I gave up baking when my wrists went.", "baking", True),
        ("I used to bake, but I gave up baking when my wrists went.", "wrists", False),
        ("I never drink coffee after my dinner.", "coffee", True),
    ],
)
def test_a_doing_stopped_with_a_when_or_why_after_it(text, word, negated):
    # every=True: "gave up baking" after "I used to bake" is one idea, pictured once (round 184)
    found = {m.term: m.negated for m in find_all(text, every=True)}
    assert found[word] is negated


# Coordinator, session 23: "go out" said of a thing (a bin, a fire, a boat) or done in a vehicle
# is no walk; "people" as the doer of a when-clause ("when people talk over me") is no picture.
@pytest.mark.parametrize(
    "text, word, concept",
    [
        ("I never go out on my own after dark.", "go out", "walk"),
        ("I use a white cane when I go out.", "go out", "walk"),
        ("The blue bin goes out on Wednesday night.", "goes out", None),
        ("Please don't let the fire go out.", "go out", None),
        ("I don't go out in the boat any more.", "go out", None),
        ("We go out in the car on Sundays.", "go out", None),
        ("I get cross when people talk over me.", "people", None),
        ("People say I am a good listener.", "people", None),
        ("Too many people at a party make me tired.", "people", "people"),
    ],
)
def test_going_out_and_people_are_pictured_only_where_they_mean_it(text, word, concept):
    assert concept_on(text, word) == concept


# ---- round 34 (what a fuller labeller pictures): everyday doings and their senses ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # watching and looking at things outside the television have a looking picture
        ("I like to watch people in the park.", "watch", "watch-r40"),
        ("From my chair I watch the world go by.", "watch", None),  # an idiom (round 36)
        ("On a Sunday I look at the old photos with my niece.", "look at", "look-r40"),
        # paying, growing, dusting, clapping, praising, someone looking after me
        ("Every Friday I pay the window cleaner.", "pay", "pay-r40"),
        ("Each spring I grow things in the greenhouse.", "grow", "gardening-r40"),
        ("I do the dusting on a Monday.", "do the dusting", "dusting-r40"),
        ("We clap along to the hymns.", "clap along", "clapping-r40"),
        ("My daughter and her husband look after me.", "look after", "look-after-r40"),
        # a ghillie on a salmon river fishes; a matinee at the theatre is the theatre
        ("The ghillie took us out on the river for salmon.", "ghillie", "fishing-r40"),
        ("My niece takes me to the theatre for the matinee.", "matinee", "theatre-r40"),
    ],
)
def test_round34_everyday_doings_get_their_picture(text, word, concept):
    assert concept_on(text, word) == concept


def test_round34_growing_up_and_paying_attention_are_no_gardening_or_money():
    assert "grew" not in got("I grew up on a farm near Carmarthen.")
    assert "pay" not in got("Please pay attention to my left side.")
    assert "butter" not in got("My old Labrador is as soft as butter.")


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # ", always ..." after a refusal names what is wanted, as ", only ..." does
        ("I never wear a skirt to chapel, always trousers.", "skirt", True),
        ("I never wear a skirt to chapel, always trousers.", "trousers", False),
        # a talk with nobody is no talk
        ("Most days I talk to nobody.", "talk", True),
        ("I talk to my grandson on the phone.", "talk", False),
    ],
)
def test_round34_what_is_wanted_after_a_refusal(text, word, negated):
    assert got(text)[word][1] is negated


# ---- round 39: idea pictures ----
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        # a "please" alone at the end of a note asks for the thing the note names
        ("Sore feet. Slippers by the bed, please.", (), "Slippers"),
        # a terse note's first word is no order where it cannot be a bare verb
        ("Eyes bad. Glasses on the table, please.", (), "Glasses"),
        # an item that opens by ruling a thing out and says why shows that thing
        ("No mushrooms - they upset my tummy.", (), "mushrooms"),
        # "to" and a doing after a thing says what the thing is for
        ("I need my hearing aid to hear the telly.", (), "hearing aid"),
        # what the person did long ago is background to what they like now
        ("I drove a lorry for forty years and now I like to watch the snooker.", (), "snooker"),
        # "him" or "her" after a request points back to the pet; a meal after "at" is when
        ("My dog Rex sleeps in the kitchen. Please feed him at six.", ("Rex",), "dog"),
        ("My cat Misty sleeps on the sofa. Please feed her at breakfast.", ("Misty",), "cat"),
        # a label heading a note gives way to the thing the note names; a body part or
        # washing as a label is a general topic
        ("Outings: bingo at the club on Fridays.", (), "bingo"),
        ("Washing: I have a bath on Sundays.", (), "bath"),
        (
            "Left arm: stiff since my fall. Please put my coat on that arm first.",
            (),
            "put my coat on",
        ),
        # what a chat is about, not the chat; the drink, not the mug it comes in
        ("I love to chat about cricket.", (), "cricket"),
        ("Please bring me a mug of hot chocolate at bedtime.", (), "hot chocolate"),
        # getting to a place is going there
        ("I take a water tablet at eight. Please help me get to the bathroom.", (), "bathroom"),
        # what someone has, where nothing is done or asked
        ("Brother Ken has my spare key.", ("Ken",), "spare key"),
        # help someone else gives is not the person asking
        ("Swimming - I go on Tuesdays. My grandson comes to help.", (), "Swimming"),
        ("Church: I go on Sundays. My neighbours help me get in the car.", (), "Church"),
    ],
)
def test_round_39_the_idea_picture_carries_the_point(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


# ---- round 33 (plans as staff write them): terse notes, informal words, label-first items ----


@pytest.mark.parametrize(
    "text, word, concept",
    [
        ("The doc came round on Monday about my chest.", "doc", "doctor"),
        ("Garden fine with my readers on, can't see the weeds without them.", "readers", "glasses"),
        ("Kirk most Sundays, the minister is a kind man.", "Kirk", "church"),
        ("Toileting - needs reminding after meals.", "Toileting", "toilet"),
        ("Empty the bottle by the bed each morning.", "bottle", "toilet"),
        ("Out with one stick, steady on the flat.", "stick", "walking stick"),
        ("Cards with her pals on a Thursday, pennies only.", "Cards", "cards"),
        ("Sight - glaucoma, sit on my left so I can see you.", "Sight", "eyes"),
        (
            "Lost my brother last spring and I still get a bit down some days.",
            "get a bit down",
            "sad",
        ),
        ("My Bill went before me, nine years ago this May.", "went before me", "died"),
        (
            "My budgie needs feeding every morning, and the cat needs feeding too.",
            "feeding",
            "feeding",
        ),
        ("Daily wash: fold-down seat in shower, long-handled sponge.", "seat", "shower chair"),
        ("I put my tablets in a little box with the days on it.", "box", "pill box"),
        ("Drinks - thickened fluids, stage 2.", "thickened fluids", "drink"),
    ],
)
def test_words_staff_write_in_plans_get_their_picture(text, word, concept):
    found = {m.term: m for m in find_all(text)}
    assert word in found, found
    match = found[word]
    assert concept in (match.concept.alt or "") or concept in match.concept.id.replace("-", " ")


@pytest.mark.parametrize(
    "text, word, negated",
    [
        # a trip to a place refused rules out the place
        ("I don't want any more trips to hospital.", "hospital", True),
        ("No more visits to the hospital, please.", "hospital", True),
        # how much a thing is put up is refused, not the thing
        ("Please don't put the heating up too high in my room.", "heating", False),
        # "none of that X": a thing of its own, not the one the sentence opens with
        ("Breakfast is toast and a pot of tea, none of that herbal stuff.", "Breakfast", False),
        # "don't avoid" asks for the thing; someone else handling my thing keeps the thing
        ("Please don't avoid talking about my late wife.", "talking", False),
        ("I don't want anyone else handling my pension book.", "pension book", False),
    ],
)
def test_staff_shorthand_negation_rules_out_the_right_thing(text, word, negated):
    assert got(text)[word][1] is negated


def test_asides_like_bless_her_get_no_picture():
    assert "bless" not in got("My niece does my shopping, bless her, every Friday.")


# ---- round 36 (senses 5): words whose everyday care sense is not their first picture ----


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # a fall, going cold or drying that happens to a thing is no fall, chill or wash
        ("The clock on the landing fell off its hook in the night.", "fell off", "fall"),
        ("My cocoa goes cold if the carer chats too long.", "cold", "cold"),
        ("The heater dries my skin.", "dries", "wash"),
        # idioms that name no thing
        ("Losing my library card was the last straw.", "straw", "drink"),
        ("My mobile rang off the hook on my ninetieth.", "hook", "hanger"),
        ("My sister was up with the lark every day of her life.", "lark", "birds-3"),
        ("The market is the heart of the town for me.", "heart", "heart"),
        ("My niece keeps the books for the bowls club.", "books", "book"),
        ("I write my oxygen reading in the book.", "reading", "reading"),
        # a verb, not the thing with the same spelling
        ("My granddaughter signs the papers for me.", "signs", "sign"),
        ("I like it strong with a dash of milk, my coffee.", "strong", "strong"),
        ("My mind is very sharp.", "sharp", "sharp"),
        ("I worked in the yard at Harland and Wolff, welding.", "yard", "garden"),
        ("I keep my wallet on a gold chain.", "chain", "necklace"),
    ],
)
def test_round36_a_tempting_wrong_picture_is_not_given(text, word, wrong):
    assert got(text).get(word, ("", False))[0] != wrong


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # the person's own fall, chill and wash keep their pictures
        ("I fell off the kitchen stool last spring.", "fell off", "fall"),
        ("The cottage is cold in winter.", "cold", "cold"),
        ("I have a good wash at the basin.", "wash", "wash"),
        # the everyday care sense has its picture
        ("When I pass on, I want my ashes by the sea.", "pass on", "died-r36"),
        ("My daughter signs the forms for me.", "signs", "signature"),
        ("The physio wants me to take long steps with my frame.", "steps", "walk-r36"),
        ("We had our wedding do at the miners' welfare club.", "miners' welfare club", "club-r36"),
        ("My lungs are full of coal dust from the pit.", "coal dust", "dust-r277"),  # round 310
    ],
)
def test_round36_the_everyday_care_sense_is_pictured(text, word, concept):
    assert got(text)[word][0] == concept


# ---- round 37: negation 8, ruled out across the sentence ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a thing said first, its refusal after helping words or a longer refusal
        ("Sausages I have given up.", "Sausages", True),
        ("Cheese I will never eat, it binds me.", "Cheese", True),
        ("Crumpets I had to give up after the operation.", "Crumpets", True),
        ("Jam tarts I have had to say goodbye to.", "Jam tarts", True),
        ("Cider I had to pack in when my liver went.", "Cider", True),
        ("Cake I can't have because of my sugar.", "Cake", True),
        ("Smoking I stopped ten years ago.", "Smoking", True),
        ("I love tea, but coffee I gave up.", "tea", False),
        ("I love tea, but coffee I gave up.", "coffee", True),
        # who gives a thing, and with what
        ("Nobody should give me biscuits.", "biscuits", True),
        ("Coffee with cream? Never.", "cream", True),
        ("Coffee with cream? Never.", "Coffee", False),
        # an exception to a giving up is wanted
        ("I'm off meat now, apart from chicken.", "chicken", False),
        ("I'm off meat now, apart from chicken.", "meat", True),
        # kinds of thing said to be out; the sun is only out
        ("Since my op, nuts and seeds are out.", "nuts", True),
        ("Any jelly sweets are out, as they have pork gelatine.", "jelly sweets", True),
        ("Swimming is out for me, so I walk instead.", "Swimming", True),
        ("A male nurse is not acceptable to her for washing.", "nurse", True),
        ("A male nurse is not acceptable to her for washing.", "washing", False),
        ("Whisky was never my drink.", "Whisky", True),
        # a sense or a wish said to be gone
        ("I've lost my appetite since the chemo.", "appetite", True),
        ("My appetite's gone lately.", "appetite's", True),
        ("I have a good appetite.", "appetite", False),
        # a thing kept out of a room leaves the room wanted
        ("Please don't bring ham or bacon into my flat.", "flat", False),
        ("Please don't bring ham or bacon into my flat.", "bacon", True),
        ("The dog is not allowed in the kitchen.", "kitchen", False),
        ("The dog is not allowed on the bed.", "bed", True),
        # a doing not wanted, said after "it when"
        ("I hate it when people shout at me.", "shout", True),
        ("Nothing fried for me, just steamed.", "fried", True),
        # more refusals said after their thing, and "no one" doing the giving
        ("Crisps I keep off, they make me thirsty.", "Crisps", True),
        ("Biscuits I steer clear of now.", "Biscuits", True),
        ("Sugar I can do without.", "Sugar", True),
        ("Shellfish I'm not allowed.", "Shellfish", True),
        ("Chips are a thing of the past for me.", "Chips", True),
        ("Cheese gives me migraines, so I keep clear of it.", "Cheese", True),
        ("No one should bring me chocolate.", "chocolate", True),
        ("No one visits on a Sunday.", "Sunday", False),
    ],
)
def test_round37_a_thing_ruled_out_across_the_sentence(text, word, negated):
    assert got(text)[word][1] is negated


# Coordinator, session 23, from a review: what happens to a thing is no picture of the person,
# but the person's own wash, fall or cold keeps its picture, named or not.
@pytest.mark.parametrize(
    "text, word, shown",
    [
        ("Please help me with the evening wash.", "wash", True),
        ("The Sunday wash is a bath.", "wash", True),
        ("My Bill fell in the garden.", "fell", True),
        ("My Frank gets cold at night.", "cold", True),
        ("The postman fell on my path.", "fell", True),
        ("My nan fell and broke her wrist.", "fell", True),
        ("I use a long-handled sponge to wash my back.", "wash", True),
        ("My tea's gone cold.", "cold", False),
        ("My tea is cold.", "cold", False),
        ("My walking frame fell over.", "fell over", False),
        ("The hot water bottle goes cold.", "cold", False),
        ("The picture of my husband fell off the wall.", "fell off", False),
    ],
)
def test_a_thing_that_falls_or_goes_cold_is_no_person_but_people_are(text, word, shown):
    assert (word in got(text, names=["Bill", "Frank"])) is shown


# Coordinator, session 23, from a review: new ruling-out rules that reached too far.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I've lost my hearing aids, they may be in the drawer.", "hearing aids", False),
        ("I haven't lost my appetite.", "appetite", False),
        ("I've lost my appetite since the chemo.", "appetite", True),
        ("I chat to nobody but the cat all day.", "chat", False),
        ("I speak to nobody some days.", "speak", True),
        ("She doesn't like it when men help her wash.", "wash", False),
        ("My wife I have had to say goodbye to.", "wife", False),
        ("Snowdrops and crocuses are out.", "Snowdrops", False),
        ("I used to garden but I stopped and now my son does it.", "garden", True),
    ],
)
def test_ruling_out_rules_stay_inside_what_they_mean(text, word, negated):
    assert got(text)[word][1] is negated


def test_bins_that_go_out_are_no_walk():
    assert "go out" not in got("The bins need to go out on a Thursday night.")


# ---- round 35 (the issue's kind of sentence): the place of a ruled-out doing, everyday words ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # the place right after a ruled-out doing, with the same picture, is ruled out too
        ("I don't swim in the pool any more.", "pool", True),
        ("Mum no longer sings in the choir.", "choir", True),
        # but not a thing said with a thing, nor one's own body, nor a new clause
        ("I don't like subtitles on the television.", "television", False),
        ("I can't hear in my left ear.", "ear", False),
        ("I don't swim, but I sit by the pool.", "pool", False),
        # tripping is a fall, and ruled out where the sentence says so
        ("Keep the landing clear of boxes so I do not trip.", "trip", True),
    ],
)
def test_round35_place_of_a_ruled_out_doing(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("The nurse tests my water for infection.", "water", "bladder-r44"),
        ("My grandson has a single bed in the box room.", "single bed", "single-bed-r44"),
        ("I take the crusts off my toast.", "crusts", "bread-r44"),
        ("She hears a whistling in my ears at night.", "whistling in my ears", "ears-r44"),
        ("She gets embarrassed about accidents.", "accidents", "continence-r44"),
        ("Soft music helps him drop off.", "drop off", "sleep-r44"),
        ("Please say hello when you come in.", "say hello", "hello-r44"),
        ("She used to drink, but she has been going to AA for years.", "AA", "no-alcohol-r44"),
        ("Her wallet has a slot for notes and coins.", "notes", "money-r44"),
        ("My niece paints my nails on Sundays.", "paints my nails", "nails-r44"),
    ],
)
def test_round35_everyday_words(text, term, concept):
    assert got(text)[term][0] == concept


def test_round35_no_picture_for_a_glass_of_water_as_urine():
    assert got("Please leave a glass of water by my bed.")["glass of water"][0] == "water"


# Round 43 (idea pictures 2, set ideas_tuning5_en.yml): names before a thing, the place of a doing
# asked for past its object, "so please ... them", a "like" that compares, and forgetting said.
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        # a name before a place is part of it: the chapel is where "go" goes, not the lift (the
        # Methodist chapel is one place of worship since round 278)
        (
            "I go to the Methodist Chapel every week. My neighbour drives me there.",
            (),
            "Methodist Chapel",
        ),
        ("I like to hear the Welsh hymns on the radio on Sunday evening.", (), "hymns"),
        ("Take me out to the park when it is dry.", (), "park"),
        # "it" or "them" in a request, also after "so", carries the thing asked for
        ("I keep losing my slippers, so please put them by the bed at night.", (), "slippers"),
        (
            "I have compression socks on all day. Please take them off at bedtime and check my "
            "heels.",
            (),
            "socks",
        ),
        # where a doing asked for is done, past its object
        ("I test my sugar each morning. Please write the number in my notebook.", (), "notebook"),
        ("I forget things these days, so please write it on the calendar.", (), "calendar"),
        # a "like" that compares is no wish
        ("Rice and peas on a Sunday, like back home in Jamaica.", (), "Rice and peas"),
        ("Fried plantain, like my mother made it.", (), "Fried plantain"),
        # forgetting said about the person gives way to what is asked
        ("Pills in a dosette box. Remind me at teatime, I forget the evening ones.", (), "Pills"),
        ("I forget a lot now. Please leave a note on the fridge when you go.", (), "note"),
    ],
)
def test_round43_the_idea_picture_carries_the_point(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


# ---- round 42: negation 9, wanted things kept bare ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a question that asks or offers wants its thing
        ("Will you not stay for a slice of cake?", "slice of cake", False),
        ("Is there no marmalade for my toast?", "marmalade", False),
        ("Do you not have any gravy? I love it on my chips.", "gravy", False),
        ("I do not want any gravy.", "gravy", True),
        # not a must, but still done
        ("I don't have to wear my compression stockings at night.", "compression stockings", False),
        ("You needn't peel my apple, I like the skin.", "apple", False),
        ("I have a commode so I don't have to walk to the toilet.", "walk", True),
        ("I don't have to use my inhaler any more.", "inhaler", True),
        # the help is not needed, the doing is still done
        ("I don't need help to clean my glasses.", "glasses", False),
        # praise and ease said with a not
        ("I couldn't be happier with my garden.", "garden", False),
        ("I have no trouble reading the paper.", "paper", False),
        ("Nobody makes a curry like my mum did.", "curry", False),
        ("Nobody should give me curry.", "curry", True),
        # the thing set against the ruled-out one is wanted
        ("Not the rice, the potatoes please.", "potatoes", False),
        ("Not the rice, the potatoes please.", "rice", True),
        ("Please don't fill my mug to the brim.", "mug", False),
        ("I don't eat much at teatime, just a sandwich.", "sandwich", False),
        # a movement the body cannot make, for a thing still wanted
        ("I can't kneel to weed the garden now.", "garden", False),
        ("I cannot walk to the library, so my son drives me.", "library", False),
        ("I cannot walk to the library, so my son drives me.", "walk", True),
    ],
)
def test_round42_wanted_things_kept_bare(text, word, negated):
    assert got(text)[word][1] is negated


# ---- round 41: senses 6, the clause decides ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a stand to put a thing on is not a person standing
        ("The telly sits on a stand in the corner.", "stand", None),
        ("Her music is kept on the stand by the piano.", "stand", None),
        ("Please help me stand up slowly.", "stand up", "get-up"),
        # "by the back" is a way in, not the body
        ("The carers come in by the back so the dog stays quiet.", "back", None),
        ("My back hurts when I bend.", "back", "back"),
        # good or bad news is not the news on the telly
        ("Hearing from my nephew was good news for all of us.", "news", None),
        ("I like the news at six.", "the news", "news"),
        # a sugar that is good news or a worry is blood sugar
        ("Losing weight has been good news for my sugar.", "sugar", "diabetes-2"),
        # a pound in the pocket is money
        ("I keep a pound in my purse for the locker at the baths.", "pound", "coins-r41"),
        # a ring that is given as a call; one that a phone makes is shown by the phone's own
        # picture (round 269: the ringing gets no second telephone)
        ("Give the surgery a ring if I seem confused.", "ring", "phone-r41"),
        ("I don't always hear the phone ring upstairs.", "ring", None),
        ("My son gave me a ring for my birthday.", "ring", "!phone-r41"),
        # matches kept with candles and lighters
        ("Keep matches and candles in the drawer for a power cut.", "matches", "lighter-r41"),
        # the bank of a river, pressing clothes, a will with the solicitor, a flat to live in
        ("We walked the dog along the bank of the canal.", "bank", "river-r41"),
        ("She presses her husband's shirts every Sunday night.", "presses", "iron-r41"),
        ("My will is kept in the safe at the solicitors.", "My will", "will-document-r41"),
        ("My brother lives in a ground floor flat by the shops.", "flat", "home-r41"),
        # a thing that drops in the sink is no visitor; the top of a glass is no clothes
        ("My teeth might drop in the toilet, so I take them out first.", "drop in", None),
        ("Fill the mug to the top with tea.", "top", None),
    ],
)
def test_round41_the_clause_decides_the_sense(text, word, concept):
    found = got(text)
    if concept is None:
        assert word not in found
    elif concept.startswith("!"):
        assert found.get(word, ("",))[0] != concept[1:]
    else:
        assert found[word][0] == concept


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a request about the manner rules out the manner, not the doing
        ("Please don't walk too fast when we go to the shop.", "walk", False),
        ("Don't drive too fast, I get car sick.", "drive", False),
        # the person saying what they cannot do still rules the doing out
        ("I can't walk too far now.", "walk", True),
        # how full a glass is, not the glass
        ("Please don't fill my beaker to the brim.", "beaker", False),
    ],
)
def test_round41_too_fast_is_the_manner(text, word, negated):
    assert got(text)[word][1] is negated


# Coordinator, session 23, from a review: a thing said first before "I'd never" is refused; a
# refusal said with a not asks for the thing.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("Pork I'd never eat.", "Pork", True),
        ("A cuppa I would never refuse.", "cuppa", False),
        ("Cake I'd never say no to.", "Cake", False),
    ],
)
def test_a_thing_said_first_before_a_not_of_the_person(text, word, negated):
    assert got(text)[word][1] is negated


def test_the_idea_of_a_cup_of_a_pictured_drink_is_the_drink():
    """From a review: "what is asked for" went to the cup, the first thing, not the milk."""
    for text, drink in (
        ("A cup of warm milk at bedtime, please.", "milk"),
        ("A cup of tea in bed, please.", "tea"),
    ):
        assert idea.choose(text, find_all(text)).match.concept.id == drink


# Coordinator, session 24, from probes: a not that rules nothing out makes no condition of a
# "without" ("I don't mind tea without sugar": no sugar); "no need to" do a thing to my own
# thing rules out the doing, not the thing.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I don't mind a cup of tea without sugar.", "sugar", True),
        ("I wouldn't mind a walk without my frame.", "frame", True),
        ("No strangers in the house without my daughter here.", "daughter", False),
        ("There's no need to cut my toast.", "toast", False),
        ("There's no need to cut my toast.", "cut", True),
        ("There is no need to bring the paper.", "paper", True),
    ],
)
def test_a_not_that_rules_nothing_out_and_no_need_to(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    "text, concept",
    [
        ("I have a bath after my tea.", "meal"),
        ("Bring my tablets before my tea.", "meal"),
        ("I take sugar in my tea.", "tea"),
        ("I drink my tea after my dinner.", "tea"),
    ],
)
def test_tea_after_my_is_the_evening_meal(text, concept):
    assert got(text)["tea"][0] == concept


@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I can't manage the stairs up to bed.", "bed", False),
        ("I can't manage the stairs up to bed.", "stairs", True),
        ("I can't manage the step into the shower.", "shower", False),
        ("I never use the ramp to the garden.", "garden", False),
    ],
)
def test_a_way_that_cannot_be_managed_is_the_way_not_where_it_leads(text, word, negated):
    assert got(text)[word][1] is negated


def test_the_local_before_a_thing_is_no_pub():
    assert "the local" not in got("My grandson plays for the local football club.")
    assert got("I like a pint at the local on a Friday.")["the local"][0] == "pub"


# ---- ROUND 46: doings and states that are the point ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a name the person asks to hear, forgets or is called by
        ("Please say your name at the door, because I can't see you.", "name", "name-r46"),
        ("I forget names, so the carers wear a badge.", "names", "name-r46"),
        ("I sometimes forget my nephew's name.", "name", "name-r46"),
        ("Call me by my name, not pet or love.", "name", "name-r46"),
        # not a name signed, a name of a thing, or a first name that is ruled out
        ("I sign my name slowly.", "name", None),
        ("Tell me the names of my pills.", "names", None),
        ("Never call me by my first name.", "name", None),
        # "closer to the fire" says where the chair goes, it names no kind of closer
        ("Push my chair closer to the window in the morning.", "chair", "chair"),
        ("My lamp brighter than this would help me read.", "lamp", "lamp"),
        # the ring pull of a tin is no jewellery
        ("The ring pull on the soup tin is too stiff for my fingers.", "ring", None),
    ],
)
def test_round46_doings_that_are_the_point(text, word, concept):
    assert concept_on(text, word) == concept


# ---- ROUND 49: the idea picture of terse notes, requests that go on, owners and how often ----
# (set ideas_tuning6_en.yml) A terse note's wish has no subject; "talk to me about" a thing is
# about the thing; a request goes on after a comma; "right"/"left" opening a clause is a side;
# a person after a label is no thing it heads; "every"/"each" is how often; an owner is no object;
# an -s form that can only be a doing opens a terse note's doing ("Speaks Urdu").
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        # a terse note's wish has no subject
        ("Sleeps badly since her fall. Enjoys the radio at night.", (), "radio"),
        ("Gets tired after lunch. Needs his feet up on the stool.", (), "feet"),
        # a talk to someone about a thing is about the thing
        ("When my head is bad, talk with me about my grandchildren.", (), "grandchildren"),
        # a request that goes on after a comma, with no "please" of its own
        (
            "I get low in the winter. Please don't leave me on my own, just chat to me about the "
            "garden.",
            (),
            "garden",
        ),
        # a side opening a clause is no order (guards the request that goes on)
        ("Weak since my stroke. Please help me into my cardigan, right arm first.", (), "cardigan"),
        # a person who does something after a label is no thing the label heads
        ("Dog: daughter Ruth brings Pip, her terrier, on Sundays.", ("Ruth", "Pip"), "Dog"),
        # "every" or "each" says how often, not what the doing is done to (round 118: "file"
        # is the nail care by the toenails of the sentence before, and carries the same picture)
        ("My toenails are thick. Please file them every week.", (), "file"),
        # an owner is no object: what is done is done to the thing owned
        ("Please feed my daughter's goldfish while she is on holiday.", (), "goldfish"),
        ("I miss my cat. I'd love to stroke the home's cat if it comes by.", (), "cat"),
        # an -s form that can only be a doing opens a terse note's doing, done to what follows
        ("Speaks Urdu at home. Grandson Bilal helps at appointments.", ("Bilal",), "Urdu"),
        ("Prays at the mosque on Fridays with friends.", (), "mosque"),
        ("Sleeps in the recliner chair most nights.", (), "chair"),
    ],
)
def test_round49_the_idea_picture_carries_the_point(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


# ---- ROUND 58: the idea picture (set ideas_tuning7_en.yml) ----
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        # a person after "by" is who does a thing, not where it is done
        ("His hearing aids are cleaned by staff every morning.", (), "hearing aids"),
        ("Her cigarettes are kept by the carers in the office.", (), "cigarettes"),
        # a person a doing is done with is no tool of a doing that names its own object
        ("I light the candles with my daughter, then we have soup.", (), "light the candles"),
        # ...but is the company of a doing that does not ("sit with my neighbours")
        ("I like to sit with my neighbours in the community room.", (), "neighbours"),
        # a number after "on" or "with" goes with the thing: where or with what a doing is done
        ("I walk with two sticks.", (), "sticks"),
        ("I sleep on three pillows.", (), "pillows"),
        # "up", "down" or "back" after "sit me" says how, before where
        ("When I cough at night, sit me up on the pillows.", (), "pillows"),
        # "it" points back to the thing, not the word naming its kind before it
        ("Uses his Gaelic Bible each night. Keep it on the table.", (), "Bible"),
        # "the moment I wake", "as soon as I wake", "before gardening" say when
        ("Mornings: the radio on the moment I wake, then my tea.", (), "radio"),
        ("Mornings: the window open as soon as I wake.", (), "window"),
        ("Gloves on before gardening.", (), "Gloves"),
        # a label heads a thing said how it is ("Drinks: lukewarm tea"), not only a bare thing
        ("Drinks: lukewarm tea, two sugars.", (), "tea"),
        # an order after a clause that sets the scene is an instruction
        ("My gout flares up in my toe. When it does, keep everything off my foot.", (), "foot"),
        # "keep", "put", "give"... have no picture but open an order
        ("I love my garden. Keep the gate shut for the dog.", (), "gate"),
        # a doing only told, with nothing pictured done to, gives way to the thing a label names
        ("Family: my daughter visits every Sunday after church.", (), "Family"),
        ("Crosswords: I puzzle away every morning.", (), "Crosswords"),
        # ...not a doing done to a thing ("I knit blankets"), nor one asked for
        ("Knitting: I knit blankets for the hospital.", (), "knit"),
        # a terse note's thing with a participle after it is what is done to it
        ("Tablets crushed in jam at breakfast.", (), "Tablets"),
        ("Mouth care: his dentures cleaned after meals.", (), "dentures"),
        # a participle after a comma says how a thing is made, not where a doing is
        ("Porridge, made with milk.", (), "Porridge"),
        # "talk me through it": the "it" a request is about points back to the thing
        ("The hoist frightens me. Please talk me through it.", (), "hoist"),
        ("I'm nervous of the hoist. Please talk me through it each time.", (), "hoist"),
    ],
)
def test_round58_the_idea_picture_carries_the_point(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


def test_the_words_around_a_word_are_read_within_its_sentence():
    """ "not before. Tea in bed" is no "before tea": the meal sense needs a "before" in its own
    sentence."""
    assert got("Getting up - after eight, not before. Tea in bed first please.")["Tea"][0] == "tea"
    assert got("I have a bath before my tea.")["tea"][0] == "meal"


# ---- ROUND 36 (vocabulary round 45): nine new voices: the sense a clause gives, a second
# doing after "or", and a thing wanted after "and only" ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # "my sister" beside a rosary is family, not a nun
        ("My sister Maggie says the rosary with me on Sundays.", "sister", "sister"),
        # a peg a cap hangs on is a coat peg, not a clothes peg
        ("His flat cap is on the peg by the door.", "peg", "hanger-2"),
        # Scottish tablet, the sweet, is no pill; a tablet taken with a sweet drink is
        ("Mum made tablet, the sweet kind.", "tablet", "sweets-r45"),
        ("I take my tablet with a sweet drink.", "tablet", "tablets"),
        # square sausage is a sausage, not a square
        ("A square sausage on a roll for breakfast, please.", "square sausage", "sausages-r45"),
        ("A square sausage on a roll for breakfast, please.", "square", None),
        ("I talk to my son on the video phone.", "video phone", "video-call-r45"),
        ("I wear a thin pad in case I leak.", "pad", "continence-r45"),
        # a number of yards is a distance: no clock, no yard
        ("My knees give out after six yards.", "six", None),
        ("My knees give out after six yards.", "yards", None),
        ("We've buried both her parents.", "buried", "died-r45"),
        ("I moisturise my hands every night.", "moisturise", "lotion-r45"),
        ("We marched at our first Pride with a rainbow flag.", "Pride", "pride-r45"),
    ],
)
def test_round36_the_sense_of_nine_new_voices(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a second doing after "or" is ruled out as the first is
        ("I can't read or sew any more.", "sew", True),
        ("I can't read or sew any more.", "read", True),
        # "and only", "and just": what follows is wanted
        ("No cake and only a little fruit for pudding.", "cake", True),
        ("No cake and only a little fruit for pudding.", "fruit", False),
        ("I don't drink beer and just have water.", "water", False),
    ],
)
def test_round36_or_another_doing_and_only(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a thing of the person's own put near a place refused: the place is ruled out
        ("Please don't put my slippers near the heater.", "heater", True),
        ("Please don't put my slippers near the heater.", "slippers", False),
        # Bengali fish are fish, not a plate of food; careful with money is no danger
        ("Mum cooked rohu in a mustard sauce.", "rohu", "fish-r45"),
        ("My son is careful with his money.", "careful", None),
        # a word with its "'s" still tells the sentence what it is about
        ("My hearing's poor, so I wear two aids.", "aids", "hearing-aid"),
        # a Mass named for who goes to it
        ("We go to the Traveller Mass every spring.", "Mass", "church-3"),
    ],
)
def test_round36_near_a_place_bengali_fish_careful_with_money(text, word, expected):
    found = got(text)
    if expected is None:
        assert word not in found
    elif isinstance(expected, bool):
        assert found[word][1] is expected
    else:
        assert found[word][0] == expected


# ---- ROUND 48: the clause decides the sense (senses7: idioms, a calf on a farm, bugs in a
# hedge, yards walked, a harbour mouth, a fried sole, grilling a person, a stiff brush) ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # idioms that name no thing
        ("The twins sang their heads off at the party.", "heads", None),
        ("His eyes went like saucers at the price of it.", "saucers", None),
        ("Grandad was an old sea dog from Whitby.", "dog", None),
        ("My sister makes mountains out of molehills.", "mountains", None),
        ("The night staff know the drill at bedtime.", "drill", None),
        ("He had a brush with death last year.", "brush", None),
        ("The baby is the apple of her eye.", "apple", None),
        ("The shop is a stone's throw from my flat.", "throw", None),
        ("I have a bone to pick with the council.", "bone", None),
        ("It is a bit of a squash in the lift with my frame.", "squash", None),
        ("Grandad worked like a horse at the mill.", "worked like a horse", "work-idiom"),
        # a calf on a farm is the animal; my calf is my leg
        ("The farmer showed me a newborn calf.", "calf", "cow"),
        ("My calf aches after a long walk.", "calf", "legs"),
        # bugs hunted in a hedge are insects; a bug caught is an illness
        ("The children look for bugs in the hedge.", "bugs", "nature-r48"),
        ("I had a bug last week and stayed in bed.", "bug", "ill"),
        # yards walked are a distance; the yard is outside
        ("I can walk fifty yards with my stick.", "yards", None),
        ("The dog plays in the yard all day.", "yard", "garden"),
        # the mouth of a river or harbour is a place
        ("We walked down to the river mouth.", "mouth", None),
        ("My mouth gets dry at night.", "mouth", "mouth"),
        # a fried sole is a fish; the sole of my foot is my foot
        ("I had fried sole and peas for tea.", "sole", "fish"),
        ("The sole of my foot is sore.", "sole", "feet"),
        # grilling a person asks questions; grilling sausages cooks them
        ("My son will grill the nurse about my tablets.", "grill", None),
        ("I grill the sausages for my tea.", "grill", "grill"),
        # a stiff brush sweeps; stiff knees are sore joints
        ("Sweep the path with a stiff brush.", "stiff", None),
        ("Sweep the path with a stiff brush.", "brush", "broom-r48"),
        ("My knees are stiff in the morning.", "stiff", "joints"),
    ],
)
def test_round48_the_clause_decides_the_sense(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a manner asked against after the thing rules out the manner, not the thing
        ("Please do not tie my laces too tight.", "laces", False),
        ("Please don't cut my hair too short.", "hair", False),
        # with no manner the thing done is still ruled out
        ("Please do not cut my hair.", "hair", True),
        # too much of a thing keeps the thing ruled out
        ("Please don't give me too much sugar.", "sugar", True),
    ],
)
def test_round48_a_manner_after_the_thing(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a calf said with left or right is the leg
        ("My left calf cramps in the night.", "calf", "legs"),
        # a fence things are planted along is the garden's
        ("I grow roses up the fence.", "fence", "garden"),
        # opening the fast in Ramadan (round 206: the meal that ends it shows eating, not food
        # crossed out)
        ("We open our fast with water and a date.", "open our fast", "break-fast-r206"),
        # the stop where the bus comes; not a stop to something
        ("The bus goes from the stop by the church.", "stop", "bus-r48"),
        ("Please stop the car here, the bus is behind us.", "stop", None),
        # a railway's track; keeping track is no railway (round 57: losing track of the days is
        # memory, shown as remembering)
        ("My grandson laid a track for the train set.", "track", "train-r48"),
        ("I lose track of the days.", "track", "memory-r57"),
    ],
)
def test_round48_more_senses_from_the_clause(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a time said with all, last or next is when, never the thing ruled out
        ("I am not awake all night now.", "night", False),
        ("I don't sleep all night.", "night", False),
        ("I don't sleep all night.", "sleep", True),
    ],
)
def test_round48_all_night_is_when(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the feeling in a hand is touch, not an emotion
        ("I have lost the feeling in my fingers.", "feeling"),
        # common idioms that name no thing
        ("My nephew has a chip on his shoulder.", "shoulder"),
        ("Her heart is in the right place.", "heart"),
        ("We will talk until the cows come home.", "cows"),
        ("My grandson has his head in the clouds.", "head"),
        ("I caught the bus by the skin of my teeth.", "teeth"),
        ("That certificate was a feather in my cap.", "cap"),
        ("After all those years in the navy I still have my sea legs.", "legs"),
        ("The doctor says I am out of the woods now.", "woods"),
        ("I tighten my belt at the end of the month.", "belt"),
    ],
)
def test_round48_idioms_and_feeling_in_a_hand(text, word):
    assert word not in got(text)


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a state felt with a not is ruled out; a thing felt is kept
        ("I do not feel lonely in the evenings.", "lonely", True),
        ("I never feel cold in this flat.", "cold", True),
        ("I don't feel very hungry at breakfast.", "hungry", True),
        ("I can't feel my toes.", "toes", False),
        # not missing someone rules out the longing
        ("I do not miss her now.", "miss her", True),
        ("I miss him every day.", "miss him", False),
    ],
)
def test_round48_a_state_felt_and_a_longing_with_a_not(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # more idioms that name no thing
        ("My sister wears the trousers in that house.", "trousers"),
        ("We'll cross that bridge when we get there.", "bridge"),
        ("What they say is water off a duck's back.", "back"),
        ("She has a finger in every pie at church.", "pie"),
        ("On the bus we were packed in like sardines.", "sardines"),
        ("I keep a bit by for a rainy day.", "rainy"),
        ("I bury my head in the sand about letters.", "head"),
        ("My blood boils when people rush me.", "blood"),
        ("Our old dog was a cross between a collie and a lab.", "cross"),
    ],
)
def test_round48_more_idioms_that_name_no_thing(text, word):
    assert word not in got(text)


@pytest.mark.parametrize(
    ("text", "word", "shown"),
    [
        # a thing that starts or seems to work is taking effect, not going to a job
        ("My painkillers start to work after half an hour.", "work", False),
        ("The new cream seems to work on my heels.", "work", False),
        # a person going to work, or who used to, keeps the picture
        ("My son started to work at the mill at fourteen.", "work", True),
        ("I used to work at the bakery on the corner.", "work", True),
    ],
)
def test_round48_a_thing_that_starts_to_work(text, word, shown):
    assert (word in got(text)) is shown


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # bowls liked or watched is the game; bowls of soup are dishes
        ("I like bowls on a summer evening.", "bowls", "bowls"),
        ("I like bowls of soup in winter.", "bowls", "bowl"),
        # a knot in a hanky is no tie; chipping in is no chips
        ("I tie a knot in my hanky to remember.", "knot", None),
        ("My son chips in for the gas bill.", "chips", None),
        ("My son chipped in for my new chair.", "chipped", None),
    ],
)
def test_round48_bowls_liked_a_knot_chipping_in(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    "text, concept",
    [
        ("I feel lonely. I would like someone to sit and chat with me.", "talk"),
        ("My hearing is poor. Please stand in front of me and speak clearly.", "talk"),
        ("Amina and I sit down on a Sunday and read my plan together.", "plan"),
    ],
)
def test_a_posture_gives_way_to_the_doing_it_is_for(text, concept):
    assert idea.choose(text, find_all(text)).match.concept.id == concept


# ---- ROUND 47: A SECOND NEGATION, AN EXCEPTION OR A CONDITION KEEPS THE THING ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # nobody with an exception: someone may do it, so the doing and its thing are wanted
        ("Nobody should drive my car except my son.", "drive", False),
        ("No one may feed the cat except my neighbour.", "cat", False),
        ("Apart from my grandson, nobody drives my car.", "drives", False),
        # "no one" with a helping verb rules out any doing, and a second one to the person's own
        ("No one should cut my hair.", "cut", True),
        ("No one must shave my face or cut my nails.", "shave", True),
        ("No one must shave my face or cut my nails.", "cut my nails", True),
        # "I hate it when" a thing is NOT done: the doing is wanted
        ("I hate it when the nurse doesn't knock.", "knock", False),
        ("I can't stand it when nobody rings the bell.", "rings the bell", False),
        # "never ... anything that isn't": only that kind, wanted
        ("I won't drink anything that isn't decaf coffee.", "decaf coffee", False),
        ("I won't drink anything that isn't decaf coffee.", "drink", False),
        # "if I don't" and what goes wrong: the doing is needed; a wish is still refused
        ("If I don't take my tablets on time, my legs swell.", "tablets", False),
        ("If I do not wear my glasses, I bump into things.", "glasses", False),
        ("If I don't want my porridge, don't make me eat it.", "porridge", True),
    ],
)
def test_round47_a_second_negation_keeps_the_thing(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a thing not safe where it is: the thing, not the place that says where
        ("The bench by the pond is not safe for me now.", "bench", True),
        ("The bench by the pond is not safe for me now.", "pond", False),
        # not to be left alone with a thing: the thing is ruled out
        ("Please don't leave me alone with the iron.", "iron", True),
        # never late: the lateness is ruled out, what the person is on time for is wanted
        ("I am never late for my bingo.", "late", True),
        ("I am never late for my bingo.", "bingo", False),
    ],
)
def test_round47_what_is_ruled_out_is_the_thing_itself(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # lost without a thing: needed
        ("I'd be lost without my radio.", "radio", False),
        # no longer safe, unsafe: the thing is ruled out
        ("The gas fire is no longer safe, so it has been capped.", "gas fire", True),
        ("The stairs are unsafe for me now.", "stairs", True),
        # annoyed when a thing is not done: the doing is wanted; the person's own "can't" is not
        ("It bothers me when the carers don't wipe their feet.", "wipe", False),
        ("It bothers me when the carers don't wipe their feet.", "feet", False),
        ("I get cross when I can't hear the radio.", "hear", True),
    ],
)
def test_round47_lost_without_unsafe_and_annoyed_when_not_done(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # praise said with a negative: nothing ruled out
        ("I'm never happier than when I'm at the seaside.", "happier", False),
        ("I'd never refuse a scone.", "scone", False),
        ("I can't complain about the carers.", "carers", False),
        # a time after a thing given up says when: "last summer"
        ("I gave up my caravan last summer.", "caravan", True),
        ("I gave up my caravan last summer.", "summer", False),
        # a refusal said after its thing, in a short note
        ("Milk in my tea, two sugars; cocoa never.", "cocoa", True),
        ("Rice, yes; pasta, not really.", "pasta", True),
        ("Rice, yes; pasta, not really.", "Rice", False),
    ],
)
def test_round47_praise_with_a_negative_and_a_refusal_said_late(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # "isn't safe" as "is not safe", wherever the sentence goes on
        ("My wheelchair isn't safe on the cobbles.", "wheelchair", True),
        # "X is fine, but Y is not": Y is ruled out, X wanted
        ("The toaster is fine, but the grill is not.", "grill", True),
        ("The toaster is fine, but the grill is not.", "toaster", False),
    ],
)
def test_round47_isnt_safe_and_fine_but_not(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # disliking the missing or losing of a thing wants the thing
        ("I hate missing my swimming.", "swimming"),
        ("I'm not keen on missing chapel.", "chapel"),
        ("I don't like losing my purse.", "purse"),
    ],
)
def test_round47_hating_to_miss_a_thing_wants_it(text, word):
    assert got(text)[word][1] is False


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # "now that" opens a reason: the thing after it is not ruled out
        ("I don't need the stairlift now that my knees are better.", "stairlift", True),
        ("I don't need the stairlift now that my knees are better.", "knees", False),
        # not feeling safe: the picture of safety gets the not mark
        ("I don't feel safe in the bath.", "safe", True),
    ],
)
def test_round47_now_that_and_not_feeling_safe(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # "no X without Y": Y is what makes X allowed, so Y is wanted
        ("No shower without the shower chair.", "shower chair", False),
        # a not turned back by another: nothing refused
        ("It's not that I don't like the nurses, I just want my son.", "nurses", False),
        ("I don't dislike the porridge here.", "porridge", False),
        ("Not that I mind the snow.", "snow", False),
    ],
)
def test_round47_no_x_without_y_and_a_not_turned_back(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a refusal said as a reply after its thing: "I'd rather not", "I'll give it a miss"
        ("A shower? I'd rather not.", "shower", True),
        ("As for the quiz, I'll give it a miss.", "quiz", True),
        # a reply with a thing of its own refuses that thing, not the one asked about
        ("Coffee? I'd rather not have milk.", "Coffee", False),
        ("Coffee? I'd rather not have milk.", "milk", True),
    ],
)
def test_round47_a_refusal_said_as_a_reply(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a place said first, then "I haven't been to" or "I don't go to": the place
        ("The bowls club I haven't been to since my fall.", "bowls club", True),
        ("The bowls club I haven't been to since my fall.", "fall", False),
        ("The cinema I don't go to any more.", "cinema", True),
    ],
)
def test_round47_a_place_said_first_then_not_been_to(text, word, negated):
    assert got(text)[word][1] is negated


# Coordinator, session 24, from a review of the round: each case failed on the merged code.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        # an "if I don't" clause with no comma: the main clause's own not is read
        ("If I don't get my tea I won't take my tablets.", "tablets", True),
        ("If I don't have my glasses I can't read.", "read", True),
        ("If I don't eat breakfast I get shaky.", "breakfast", False),
        # "isn't safe" said of a person is no refusal of the person
        ("My daughter isn't safe to drive.", "daughter", False),
        ("My husband is not safe on the stairs.", "husband", False),
        ("The bath isn't safe to use now.", "bath", True),
        ("The commode is fine, but the bedpan isn't.", "bedpan", True),
        # an exception of a time or a case keeps the refusal; of a person, lifts it
        ("Nobody should give me nuts, except in an emergency.", "nuts", True),
        ("Nobody should give me sugar, besides, I am diabetic.", "sugar", True),
        ("No one should give me my insulin except the district nurse.", "insulin", False),
        ("I won't eat anything, not even toast, after a fall.", "toast", True),
        # a state felt with a not: the state only
        ("I don't feel happy about the new carer.", "carer", False),
        ("I don't feel happy about the new carer.", "happy", True),
        ("No one is to blame for my fall.", "fall", False),
        ("I don't miss my husband's snoring.", "miss", True),
        ("I don't miss my husband's snoring.", "husband's", False),
    ],
)
def test_from_the_review_of_round_24(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    "text, word, concept",
    [
        ("I like sardines on toast.", "sardines", "fish"),
        ("I like saucers with my cups.", "saucers", "plate"),
        ("Please pull my socks up, they slip down.", "socks", "socks"),
        ("Please tighten my belt, my trousers fall down.", "belt", "belt"),
        ("Please lift his head off the pillow slowly.", "head", "head"),
        ("I have no feeling in an arm and a leg since the stroke.", "leg", "legs"),
        ("I like a chip in my bread roll.", "chip", "chips"),
        ("I need the shoe dryer to be on at night.", "night", "night"),
        ("I miss my mother's cooking.", "miss", "sad"),
    ],
)
def test_idioms_need_their_own_words_and_owners_their_things(text, word, concept):
    assert got(text)[word][0] == concept


def test_idioms_that_name_no_thing_still_hide_their_words():
    assert "head" not in got("My grandson laughed his head off at the clown.")
    assert "saucers" not in got("Her eyes were like saucers.")
    assert "sardines" not in got("We were packed like sardines on the bus.")
    assert "miss" not in got("I don't want to miss my daughter's wedding.")
    assert "shoe" not in got("I need the shoe dryer to be on at night.")


def test_odd_endings_raise_nothing():
    for text in ("The bath isn't.", "Cake isn't", "...but the shower isn't.", "and", "Isn't"):
        find_all(text)


# ---- ROUND 37 (vocabulary round 50): nine new voices: tea with sugar is a drink, a hot curry is
# no sweating face, an insulin pen, a sports cap, a thing I packed in, a name before "passed" ----
@pytest.mark.parametrize(
    ("text", "word", "concept", "negated"),
    [
        # tea with sugar or milk in it is the drink, even where eating is mentioned
        ("Two sugars in my tea, and I eat my biscuits after.", "tea", "tea", False),
        # "my tea" with eating is still the evening meal
        ("I eat my tea at five with my husband.", "tea", "meal", False),
        # an insulin pen is the injection, a pen for letters the pen
        ("I give my insulin with a pen each morning.", "pen", "injection-r50", False),
        ("Please leave a pen by the phone for messages.", "pen", "pen", False),
        # a pipe or pint I packed in is ruled out
        ("I packed in the cigarettes in 1990.", "cigarettes", "smoking", True),
        # a husband named before "passed" died; a son who passed his test did not
        ("My husband Dennis passed in the winter of 2012.", "passed", "died-r50", False),
        # machines and guards by what the sentence says they serve
        ("The oxygen tube runs from the machine by my chair.", "machine", "oxygen-r50", False),
        ("I check my blood pressure with the machine.", "machine", "blood-pressure-r50", False),
        ("Please put the guard in front of the coal fire.", "guard", "fireplace-r50", False),
        # doings and things that were gaps
        ("My granddaughter does her homework at my table.", "homework", "school-r50", False),
        ("I have soya in my tea, not cow's milk.", "soya", "milk-r50", False),
        ("I can't manage steps now, so I live downstairs.", "steps", "stairs-r50", True),
        ("I need a jug by the bed so I can wee at night.", "wee", "toilet-r50", False),
        ("I like diluted squash with my dinner.", "squash", "squash-r50", False),
        ("Dad was a compositor at the newspaper.", "compositor", "printer-r50", False),
        ("Grandad worked on the docks unloading ships.", "docks", "boat-r50", False),
        ("Staff say bore da when they come in.", "bore da", "hello-r50", False),
        ("My mother fried chips in animal fat.", "animal fat", "cooking-oil", False),
        ("We go out after sundown in Ramadan.", "sundown", "evening", False),
    ],
)
def test_round37_senses_and_gaps(text, word, concept, negated):
    assert got(text)[word] == (concept, negated)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # spicy food too hot is no sweating person (the chilli picture instead)
        ("I find curry too hot with all that chilli.", "hot"),
        ("Pepper soup is nice, but not too hot please.", "hot"),
        # a sports cap or sports car is no trophy
        ("My water bottle has a sports cap.", "sports"),
        ("He drove a sports car when he was young.", "sports"),
        # a language not strong is no muscle
        ("My Welsh is not strong, so please speak English.", "strong"),
        # born deaf or blind is no baby
        ("My brother was born blind.", "born"),
        # a name of a son who passed a test
        ("My son Ravi passed his driving test last week.", "passed"),
        # a wee cup is Scots "small", not the toilet
        ("Could I have a wee cup of tea before bed?", "wee"),
    ],
)
def test_round37_no_wrong_picture(text, word):
    wrong = {"hot", "sport", "strong", "born", "died-r50", "toilet-r50"}
    assert word not in got(text) or got(text)[word][0] not in wrong


@pytest.mark.parametrize(
    ("text", "word", "concept", "negated"),
    [
        # what a label is checked for must not be in the food
        ("Please read the labels for nuts and sesame.", "nuts", "nuts", True),
        ("Check the ingredients for pork or gelatine.", "gelatine", "gelatine", True),
        # a number kept by the phone or on the fridge is a phone number
        ("My son's number is on the fridge.", "number", "phone-r50", False),
        # a watch listed with other things worn is the wristwatch
        ("Put my ring and watch in the pot by the bed.", "watch", "watch-r50", False),
    ],
)
def test_round37_labels_numbers_and_a_watch(text, word, concept, negated):
    assert got(text)[word] == (concept, negated)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I sit and watch the birds with my glasses on.", "watch"),
        ("My NHS number is on the letter.", "number"),
    ],
)
def test_round37_no_watch_or_phone_here(text, word):
    assert got(text).get(word, ("", False))[0] not in {"watch-r50", "phone-r50"}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # someone brought back or wanted back is no body's back
        ("Her letters bring her back for a while.", False),
        ("I want him back every single day.", False),
        # a back hurt or washed keeps its picture
        ("I hurt my back lifting the shopping.", True),
        ("Please wash my back with the long sponge.", True),
    ],
)
def test_round37_brought_back_is_no_body_back(text, shown):
    assert (got(text).get("back", ("", False))[0] == "back") is shown


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a printing press or a Tube driver: the trade's own picture, not a car
        ("Dad ran the printing press at the Gazette.", "printing press", "printer-r50"),
        ("My brother was a Tube driver on the Central line.", "Tube driver", "train-r50"),
        ("I learnt printing as an apprentice at fifteen.", "printing", "printer-r50"),
    ],
)
def test_round37_trades(text, word, concept):
    assert got(text)[word][0] == concept


@pytest.mark.parametrize(
    "text",
    ["I change my bag after breakfast and before bed.", "The nurse changed my bag on Monday."],
)
def test_round37_a_bag_changed_is_no_handbag(text):
    assert got(text).get("bag", ("", False))[0] != "handbag"


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # being hoisted is the hoist; a frame used indoors is the walking frame
        ("Two staff are needed when I am hoisted.", "hoisted", "hoist-r50"),
        ("Mobility: frame indoors, stick in the garden.", "frame", "walking-frame-r50"),
    ],
)
def test_round37_hoisted_and_a_frame_indoors(text, word, concept):
    assert got(text)[word][0] == concept


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # an anniversary kept at the cemetery is the day someone died, not a couple's
        ("On Mum's anniversary I take flowers to the churchyard.", "anniversary-death"),
        ("We had a meal out for our anniversary.", "partner"),
    ],
)
def test_round37_an_anniversary_at_the_grave(text, concept):
    assert got(text)["anniversary"][0] == concept


# ---- ROUND 51: the clause decides the sense (senses8: a coat of paint, the key thing, a lock
# of hair, an ear drum, a jelly mould, the cap of a pen, scales of skin,
# mint leaves, prayer beads, a foggy head, a stamped foot, a pad to jot on, idioms) ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a coat of paint or varnish is no garment; the coat one wears still is
        ("The shed wants a fresh coat of varnish.", "coat", None),
        ("I hang my coat behind the kitchen door.", "coat", "jumper"),
        # the key point is the main one; the key to the back door is a key
        ("The key thing is that I choose my own clothes.", "key", None),
        ("My neighbour keeps a key to the back door.", "key", "key"),
        # a lock of hair is hair; locking the door is a lock
        ("My mother kept a lock of my baby hair.", "lock", None),
        ("Please lock the door when you leave.", "lock", "lock"),
        # an ear drum is the ear; a drum is played
        ("The doctor looked at my ear drum with a torch.", "ear drum", "ears"),
        ("My grandson plays the drum in a band.", "drum", "drums"),
        # a jelly mould is no damp; mould on a wall is
        ("I set the trifle in my old jelly mould.", "mould", None),
        ("There is mould on the bedroom wall.", "mould", "damp-mould"),
        # the cap of a pen or a tube is no hat; a flat cap is (a man's cap)
        ("Put the cap back on the pen, or it dries up.", "cap", None),
        ("I wear my flat cap to the allotment.", "flat cap", "cap"),
        # scales of dry skin are no weighing scales; the bathroom scales are
        ("My scalp is flaky and comes off in scales.", "scales", None),
        ("Weigh me on the scales after breakfast.", "scales", "weight"),
        # leaves in tea are green leaves, not autumn
        ("I like tea made with fresh leaves.", "leaves", "leaves"),
        # beads held in prayer are praying, not jewellery
        ("I pray the rosary with my beads each night.", "beads", "pray"),
        ("I bought some glass beads to make a bracelet.", "beads", "jewellery"),
        # a foggy head is no weather; fog on the road is
        ("My head feels like fog after the new tablets.", "fog", None),
        ("After a bad night I am in a bit of a fog.", "bit of a fog", "confused"),
        ("There was fog on the road this morning.", "fog", "cloudy"),
        # a stamped foot is temper, not post
        ("When I am angry I stamp my foot.", "stamp", None),
        # a pad to jot a number on is a notepad
        ("I jot the number down on a pad.", "pad", "notes"),
        # an apple crumble is a pudding
        ("I love apple crumble with custard.", "apple crumble", "pudding"),
        # a perching stool in the kitchen is no shower seat
        ("I sit on a perching stool at the sink to wash the dishes.", "perching stool", "stool"),
    ],
)
def test_round51_the_clause_decides_the_sense(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("My grandson tries to curry favour with his gran.", ["curry", "favour"]),
        ("My coins are in mint condition in the drawer.", ["mint"]),
        ("She tries to butter me up before she asks a favour.", ["butter"]),
        ("The new nurse is as bright as a button.", ["button"]),
        ("That choir knocked my socks off.", ["socks"]),
        ("I had to swallow my pride and use a walking frame.", ["swallow"]),
    ],
)
def test_round51_idioms_name_no_thing(text, words):
    found = got(text)
    for word in words:
        assert word not in found


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # parking asked for or refused; the park with its trees is the place
        ("Please park the car by the gate.", "park", "parking"),
        ("Please don't park across the garage.", "park", "parking"),
        # every bill is a bill to pay
        ("I pay every bill on the first of the month.", "bill", "bills"),
        # the front at the seaside; the front of the bus or the house is no seaside
        ("We walked along the front and had chips.", "front", "beach-r51"),
        ("I like to sit at the front of the bus.", "front", None),
        ("We went to the beach and I sat in the front seat.", "front", None),
    ],
)
def test_round51_parking_asked_for_every_bill_the_sea_front(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # keeping well away is keeping a distance, not keeping healthy
        ("I keep well away from the bull in the next field.", "keep well", None),
        ("I want to keep well this winter.", "keep well", "keeping-well"),
        # the top field is a place on the farm, not a top to wear
        ("The cows are in the top field today.", "top", None),
        ("I wear a warm top in winter.", "top", "clothes"),
    ],
)
def test_round51_keeping_well_away_the_top_field(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a tube of cream is no train; a ride on the tube is
        ("Please pass me the tube of cream from the drawer.", "tube", None),
        ("We went on the tube to see the Christmas lights.", "tube", "train"),
    ],
)
def test_round51_a_tube_of_cream_is_no_train(text, word, concept):
    assert concept_on(text, word) == concept


# ---- ROUND 52: Welsh and Polish, mutated and inflected forms, second senses, negation ----


def _in_language(text: str, code: str) -> dict[str, tuple[str, bool]]:
    from plugins.symbols import languages

    return {m.term: (m.concept.id, m.negated) for m in languages.find_all(text, code)}


@pytest.mark.parametrize(
    ("text", "code", "term", "concept"),
    [
        # a phrase whose first word is mutated or whose words are inflected is read lemma by lemma
        ("Rwy'n darllen yn y gadair freichiau ar ôl cinio.", "cy", "gadair freichiau", "armchair"),
        (
            "Rydw i'n gwisgo fy nghymhorthion clyw bob dydd.",
            "cy",
            "nghymhorthion clyw",
            "hearing-aid",
        ),
        ("Wieczorem piję kawę zbożową z mlekiem.", "pl", "kawę zbożową", "coffee"),
        # a mutated form simplemma does not know is read as the list word it mutates
        ("Mae'r ci bach yn cysgu ar fy nglin.", "cy", "nglin", "knee"),
        ("Mae gen i gathetr ers y llawdriniaeth.", "cy", "gathetr", "catheter"),
    ],
)
def test_round52_mutated_and_inflected_phrases(text, code, term, concept):
    assert _in_language(text, code)[term][0] == concept


@pytest.mark.parametrize(
    ("text", "code", "term", "concept"),
    [
        # everyday words the lists lacked, each with one sense in a care plan
        ("Mae'r nyrs yn dod am naw o'r gloch.", "cy", "o'r gloch", "clock"),
        ("Dw i isio dim ond te i frecwast.", "cy", "te", "tea"),
        ("Dw i angen help cyn codi yn y bore.", "cy", "codi", "get-up"),
        ("Dw i'n gwrando ar Radio Cymru yn y gegin.", "cy", "Radio Cymru", "radio"),
        ("Roedd Mam yn gwneud bara brith bob Sul.", "cy", "Mam", "mother"),
        ("Mae'r meddyg teulu yn dod heddiw.", "cy", "meddyg teulu", "doctor"),
        ("Trzymam bandaż i opatrunek w szufladzie.", "pl", "opatrunek", "wound-care"),
        ("Proszę zapukać, zanim pani wejdzie.", "pl", "zapukać", "knock"),
        ("Lubię rozwiązywać sudoku po obiedzie.", "pl", "sudoku", "puzzle"),
        ("Mam POChP i szybko się męczę.", "pl", "POChP", "breathing"),
    ],
)
def test_round52_everyday_words(text, code, term, concept):
    assert _in_language(text, code)[term][0] == concept


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        # a lost g is put back only before a list word: "hyd yn oed" (even) is no "goed" (trees)
        ("Dw i'n hoffi te, hyd yn oed yn yr haf.", "oed", None),
        # "o'r gloch" is the time, not a bell; the family doctor is no family picture
        ("Dw i'n codi am saith o'r gloch.", "gloch", None),
        ("Mae'r meddyg teulu yn garedig.", "teulu", None),
        # painted nails are no artist's palette
        ("Dw i'n hoffi cael fy ewinedd wedi'u peintio'n goch.", "peintio", None),
    ],
)
def test_round52_welsh_second_senses(text, term, concept):
    assert _in_language(text, "cy").get(term, (None,))[0] == concept


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # allergic to rules out what follows, as "nie" does
        ("Jestem uczulona na orzechy.", "orzechy"),
        ("Mąż jest uczulony na penicylinę i truskawki.", "truskawki"),
    ],
)
def test_round52_polish_allergic_to_rules_out(text, term):
    assert _in_language(text, "pl")[term][1] is True


@pytest.mark.parametrize(
    ("text", "term", "negated"),
    [
        # a thing ruled out and named again at once is still ruled out
        ("Nie chcę kąpieli w wannie wieczorem.", "wannie", True),
        # but after a sense ruled out, the body part stays: the hearing, not the ear
        ("Nie słyszę dobrze na prawe ucho.", "ucho", False),
    ],
)
def test_round52_a_thing_named_again_stays_ruled_out(text, term, negated):
    assert _in_language(text, "pl")[term][1] is negated


def test_round52_songs_are_music_not_singing():
    assert _in_language("Lubię stare polskie piosenki.", "pl")["piosenki"][0] == "music"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # "I gave up" rules out what follows it, and a thing put before it
        ("Rzuciłam palenie po operacji.", "palenie"),
        ("Przestałem jeść mięso w zeszłym roku.", "mięso"),
        ("Fajkę rzuciłem dawno temu.", "Fajkę"),
    ],
)
def test_round52_polish_gave_up_rules_out(text, term):
    assert _in_language(text, "pl")[term][1] is True


@pytest.mark.parametrize(
    ("text", "term", "negated"),
    [
        # Welsh hearing is pictured as seeing is, and stays ruled out where "heb" needs the aid
        ("Dw i ddim yn clywed y gloch heb fy nghymorth clyw.", "clywed", True),
        ("Dw i'n clywed yn well yn y bore.", "clywed", False),
    ],
)
def test_round52_welsh_hearing_ruled_out_even_without_the_aid(text, term, negated):
    assert _in_language(text, "cy")[term] == ("ears", negated)


def test_round52_welsh_hearing_about_news_is_no_ear():
    assert "clywed" not in _in_language("Dw i'n clywed am y teulu gan fy merch.", "cy")


# Coordinator, session 24, from a review of the second round: each case failed on the merged code.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("The label for my tablets is too small to read.", "tablets", False),
        ("The ingredients for my cake are in the cupboard.", "cake", False),
        ("Please check every label for egg before you give me anything.", "egg", True),
        ("I packed in my bag my purse and my glasses.", "purse", False),
        ("I packed in the ciggies in 2015.", "ciggies", True),
    ],
)
def test_from_the_review_of_the_second_round(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    "text, word",
    [
        ("My husband passed wind in church.", "passed"),
        ("I'm allergic to soya but I have milk in my tea.", "soya"),
        ("I take my purse and watch for the bus.", "watch"),
        ("Her number of tablets is written on the board.", "number"),
    ],
)
def test_second_round_senses_that_need_their_own_words(text, word):
    assert word not in got(text)


def test_a_photo_frame_kept_indoors_is_no_walking_frame():
    assert got("I keep the photo frame indoors.").get("frame", ("",))[0] != "walking-frame-r50"


def test_a_frame_of_something_is_no_walking_frame():
    """A frame of snooker, the frame of the bed: a part or a game, not the walking frame
    that words like "steady" or "fall" nearby would otherwise call up (round 66)."""
    got_here = got("I play a frame of snooker on the club table if my hands are steady.")
    assert "frame" not in got_here
    assert got("I walk with a frame since my fall.")["frame"][0] in ("frame-2", "walking-frame")


# ---- ROUND 57 (care4): the long tail of care: the kit, faith words, pets, idioms of the body ----


@pytest.mark.parametrize(
    "text, word, concept",
    [
        # blue round the lips is a colour of the skin; blue in the winter is a mood
        ("Ring 999 if I'm blue round the lips.", "blue", "blue"),
        ("I feel blue in the winter.", "blue", "sad"),
        # the hoist's sling, wherever the hoist or its loops are named; an arm sling stays one
        ("Two of you come with the hoist, and I have the blue sling.", "sling", "hoist-r57"),
        ("My arm is in a sling since I broke it.", "sling", "sling-arm"),
        # the Kirk with a capital is the church, as the kirk is
        ("At the Kirk they have a hearing loop.", "Kirk", "church-r57"),
        # he spends a penny: the toilet, not money
        ("The dog spends a penny on the grass by the bins.", "spends a penny", "toilet"),
        # a scoop of biscuits for the cat is cat food; one hanger is a hanger
        ("The cat has one scoop of biscuits in the morning.", "biscuits", "cat-food-2"),
        ("My wife's sari is on the hanger.", "hanger", "hanger"),
    ],
)
def test_round57_care_words_in_their_care_sense(text, word, concept):
    assert got(text)[word][0] == concept


def test_round57_scales_said_of_the_sea_are_no_bathroom_scales():
    assert "scales" not in got("I don't eat anything from the sea without scales.")
    assert got("The scales are in the bathroom.")["scales"][0] == "weight"


@pytest.mark.parametrize(
    "text, word, concept",
    [
        # a fast kept with prayer or on an anniversary is the faith's fast
        ("On the anniversary of his death I fast until evening and pray.", "fast", "fasting"),
        # losing track of the days is memory; losing track of time stays time
        ("I lose track of the days.", "track", "memory-r57"),
        ("I lost track of time.", "track of time", "time-2"),
        # "my pass" for the bus is the bus pass
        ("I go on the free bus with my pass.", "pass", "bus-r57"),
        # starch in the diet is carbohydrate
        ("I watch my sugar and starch.", "starch", "carbs"),
        # the speaker that gives the reminders is the smart speaker
        ("My son set up a talking reminder on the speaker.", "speaker", "smart-speaker"),
    ],
)
def test_round57_long_tail_words_in_context(text, word, concept):
    assert got(text)[word][0] == concept


def test_round57_an_anniversary_of_someone_is_no_partner_but_our_anniversary_is():
    assert "anniversary" not in got("On the anniversary of my son I fast until evening.")
    assert got("It's our anniversary on Friday.")["anniversary"][0] == "partner"
    assert "starch" not in got("She used to starch his collars.")


def test_round57_what_the_eyes_see_as_a_blur_is_blurred_sight_and_a_day_in_a_blur_is_not():
    said = "I have macular degeneration, so the middle of what I look at is a blur."
    assert got(said)["blur"][0] == "blurred-r57"
    assert "blur" not in got("The day went by in a blur.")


def test_round57_the_hearing_tested_is_the_hearing_test_and_can_be_ruled_out():
    assert got("I need my hearing checked.")["hearing checked"] == ("audiologist-r57", False)
    assert got("I don't want my hearing tested again.")["hearing tested"][1] is True


def test_round57_a_machine_that_hums_is_not_singing_but_a_person_humming_is():
    assert "hums" not in got("The concentrator hums in the corner.")
    assert "hums" not in got("The fridge hums all night.")
    assert got("I hum along to the radio.")["hum"][0] == "singing"


def test_round57_the_voice_a_singer_sings_in_is_singing():
    assert got("I sang first tenor in the choir for forty years.")["tenor"][0] == "singing-r57"


@pytest.mark.parametrize(
    "text, word, concept, negated",
    [
        # throwing out my things is throwing away; throwing out my back is no bin
        ("Please don't throw out my letters.", "throw out my", "throw-away-r57", True),
        ("My son threw out my old chair.", "threw out my", "throw-away-r57", False),
        ("We threw out the old sofa.", "threw out", "throw-away", False),
    ],
)
def test_round57_throwing_out_my_things(text, word, concept, negated):
    assert got(text)[word] == (concept, negated)


def test_round57_throwing_out_my_back_is_no_bin():
    assert all(c != "throw-away" for c, _ in got("I threw out my back lifting the coal.").values())


# ---- ROUND 56: long, chatty sentences; pictures on words nobody keys (strict precision) ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the sentences one finishes for someone are no picture of their own (round 387: the
        # whole 'finish my sentences' is interrupting, crossed)
        ("Since the stroke, please give me time and don't finish my sentences.", "sentences"),
        ("Please speak to me in short sentences; long ones confuse me.", "sentences"),
        # "on bad days" are days of feeling unwell, not sadness
        ("I wear a sari most days, but on bad days a salwar kameez is easier.", "bad days"),
        # the Lord's day is Sunday, "The Lord's My Shepherd" a hymn: no picture of God
        ("No visitors on a Sunday apart from family, it is the Lord's day.", "Lord's"),
        ("I want the hymn The Lord's My Shepherd at my funeral.", "Lord's"),
    ],
)
def test_round56_words_nobody_keys_get_no_picture(text, word):
    assert word not in got(text)


def test_round56_the_lord_in_a_prayer_still_has_a_picture():
    assert got("I pray to the Lord every night.")["Lord"][0] == "god"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the arms of a chair are no person's arms
        ("A high chair with arms is much easier for me to get out of.", "arms"),
        ("I like a seat with padded arms.", "arms"),
        # a thing that is a nuisance is no pain
        ("The time difference is a pain, so my son rings at lunch.", "pain"),
        ("The nebuliser is a right pain but I can't do without it.", "pain"),
    ],
)
def test_round56_no_body_part_or_pain_for_a_chair_or_a_nuisance(text, word):
    assert word not in got(text)


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I can't lift my arms to brush my hair.", "arms", "arms"),
        ("I get a pain in my hip at night.", "pain", "pain"),
        # "My Ruth passed": a name after "my" died, as "my husband Dennis passed" did
        ("My Ruth passed three years ago this spring.", "passed", "died-r50"),
    ],
)
def test_round56_arms_pain_and_a_death_still_pictured(text, word, concept):
    assert got(text, names=("Ruth",))[word][0] == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the jug shows the measure: no second measuring jug on the litres
        ("Fluid limit: 1.5 litres a day, measured in the jug.", "litres"),
        ("I never drink more than a litre and a half, the nurse measures it in a jug.", "litre"),
        # a strong scent, strong soap or a strong wind is no strong person
        ("No flowers with a strong scent, the lilies give me a headache.", "strong"),
        ("No perfume or strong soap near me, please.", "strong"),
        ("When the wind is strong I stay home and watch the boats.", "strong"),
    ],
)
def test_round56_a_measure_beside_its_jug_and_strong_things_get_no_picture(text, word):
    assert not any(term.startswith(word) for term in got(text))


def test_round56_a_fluid_limit_without_a_jug_keeps_its_measure():
    assert got("I must not have more than a litre and a half of fluid a day.")["litre and a half"][
        0
    ] == ("litres")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # learning is the frame: "never learned to read" shows the reading
        ("I never learned to read, so please go through my letters with me.", "learned"),
        ("I go to college on Wednesdays to learn cooking.", "learn"),
    ],
)
def test_round56_learning_gives_way_to_what_is_learned(text, word):
    assert word not in got(text)


@pytest.mark.parametrize(
    ("text", "sticks"),
    [
        ("My new knee is much better but I still use two sticks outside.", True),
        ("I walk with both sticks since the fall.", True),
        ("The grandchildren use two sticks to play the drums.", False),
        ("I love two sticks of rock from Blackpool.", False),
    ],
)
def test_round56_two_sticks_to_walk_with_are_walking_sticks(text, sticks):
    assert (got(text).get("sticks", ("",))[0] == "walking-stick") is sticks


# ---- ROUND 38 (vocabulary round 53): everyday life: the dialect words of a day and the
# doings said in them (a dander, jammies, redd up, puffing, anything fizzy, dressing, blether) ----
@pytest.mark.parametrize(
    ("text", "word", "concept", "negated"),
    [
        # a Scots or Ulster dander is a walk, and the wee before it is small, not the toilet
        ("I like a wee dander round the park after lunch.", "dander", "walk-r53", False),
        ("I like a dander down the lane to see the cows.", "dander", "walk-r53", False),
        # jammies are pyjamas
        ("I wear my jammies till ten on a Sunday.", "jammies", "nightwear-r53", False),
        # to redd up is to tidy
        ("Please redd up the kitchen after my breakfast.", "redd up", "tidy-up-r53", False),
        # puffing when doing anything is being out of breath
        ("When I'm doing anything I'm puffing.", "puffing", "breathing-r53", False),
        # anything fizzy is a fizzy drink, and here it is ruled out
        ("Please don't give me anything fizzy.", "fizzy", "squash-r53", True),
        # "when I'm dressing" is getting dressed
        ("Please don't rush me when I'm dressing.", "dressing", "dressing-r53", False),
        # "we blether" is a chat, even where the lexicon does not know the verb
        ("I phone my pal and we blether for an hour.", "blether", "talk-dialect", False),
    ],
)
def test_round38_dialect_words_of_a_day(text, word, concept, negated):
    assert got(text)[word] == (concept, negated)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I like a wee dander round the park.", "wee"),  # small, not the toilet
        ("He was puffing on his pipe in the garden.", "puffing"),  # smoking, not breathless
        ("The nurse changes my dressing when it is wet.", "dressing"),  # a wound dressing
    ],
)
def test_round38_no_wrong_picture(text, word):
    wrong = {"bladder", "breathing-r53", "dressing-r53"}
    assert word not in got(text) or got(text)[word][0] not in wrong


@pytest.mark.parametrize(
    ("text", "word", "concept", "negated"),
    [
        # a shepherd's bait taken up the fell in the car is his packed lunch, not fishing bait
        ("I take my bait in the car up to the fell.", "bait", "packed-lunch-dialect", False),
        ("I put bait on the hook when I fish.", "bait", "fishing", False),
        # Trinidadian bake with saltfish is the bread; baking bread is baking
        ("I like saltfish and bake for breakfast.", "bake", "bread-r53", False),
        ("I bake bread and cakes for the church.", "bake", "baking", False),
        # "I shake too much" is the tremor
        ("I shake too much to do my buttons.", "shake", "parkinsons-r53", False),
        # "tea is at five" is the meal; a pharmacy pack holds the tablets
        ("I don't eat late; tea is at five and then a biscuit.", "tea", "meal-r53", False),
        ("I take my tablets from the pharmacy pack.", "pharmacy pack", "dosette", False),
    ],
)
def test_round38_senses(text, word, concept, negated):
    assert got(text)[word] == (concept, negated)


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a habit the person was made to give up is ruled out, as one they gave up is
        ("I used to smoke a pipe but the doctor made me give it up.", "pipe", True),
        ("I used to smoke but the nurse told me to give it up.", "smoke", True),
        ("I used to drink but I had to stop.", "drink", True),
        ("I used to knit but I had to stop because of my hands.", "knit", True),
        # stopping somewhere on the way is no giving up
        ("I used to walk to the shops, and I had to stop at the bench.", "walk", False),
    ],
)
def test_round56_a_habit_i_was_made_to_give_up_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 55: hating to be without a thing is a second negation: the thing is wanted.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I hate being without my hearing aid, please check the battery.", "hearing aid", False),
        ("I hate going without my stick.", "stick", False),
        ("I hate tea without milk.", "milk", False),
        ("I hate custard.", "custard", True),
    ],
)
def test_round55_hating_to_be_without_a_thing_wants_it(text, word, negated):
    assert got(text)[word][1] is negated


# Round 55: a hated doing done with or in a thing: the thing is what the person dislikes; a time
# said after it is only when.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I hate being lifted in the hoist, it hurts my back.", "hoist", True),
        ("I hate shaving with an electric razor, use a wet shave.", "electric razor", True),
        ("I hate eating with a spoon.", "spoon", True),
        ("I hate being rushed in the morning.", "morning", False),
        ("I hate sitting in my chair all day.", "chair", False),
    ],
)
def test_round55_what_a_hated_doing_is_done_with_is_disliked(text, word, negated):
    assert got(text)[word][1] is negated


# Round 55: not wanting a thing done to ("moved", "changed", "left open") refuses the doing; the
# thing is wanted. A body part washed or a thing wanted in a state ("the telly loud") is not so.
@pytest.mark.parametrize(
    "text, word, negated",
    [
        ("I do not want the bird feeders moved, as I watch them all day.", "bird feeders", False),
        ("I don't want the door left open when I am on the toilet.", "door", False),
        ("I do not like the door locked, because I feel trapped.", "door", False),
        ("I do not want my hair washed on a Sunday.", "hair", True),
        ("I don't want the hoist.", "hoist", True),
    ],
)
def test_round55_a_thing_not_wanted_done_to_is_itself_wanted(text, word, negated):
    assert got(text)[word][1] is negated


# Round 55: a brush beside shaving is the shaving brush, and one with toothpaste the toothbrush;
# neither is the broom.
@pytest.mark.parametrize(
    "text, concept",
    [
        ("I like a wet shave and a brush.", "shave"),
        ("Please put toothpaste on my brush and hand it to me.", "toothbrush"),
        ("Get the brush and sweep the yard.", "broom-r48"),
    ],
)
def test_round55_a_brush_is_known_by_what_it_is_used_for(text, concept):
    assert got(text)["brush"][0] == concept


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a habit packed up is given up, as one packed in; things packed up are not
        ("I packed up the fags in 2010.", "fags", True),
        ("I packed up smoking when my grandson was born.", "smoking", True),
        ("I packed up my bag and my purse for the trip.", "purse", False),
    ],
)
def test_round38_a_habit_packed_up_is_given_up(text, word, negated):
    assert got(text)[word][1] is negated


# ---- ROUND 54: two-sense words in their less obvious sense (senses9: a weakness for a dram,
# two drops in each eye, a right stew, all of a flutter, the boxing ring, the shops on the
# parade, shaved with the electric, a calendar that is my lifeline, tea that sets my cough off) ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a weakness FOR something is a fondness; weakness in the legs is weak
        ("I've a weakness for a wee dram at Hogmanay.", "weakness", None),
        ("I have weakness in my legs since the flu.", "weakness", "weak"),
        # drops after a number are eye drops; a son who drops in is a visitor
        ("I take two drops in each eye at night.", "drops", "eye-drops-2"),
        ("My son drops in most days on his way home.", "drops in", "visitors"),
        # in a right stew, all of a flutter: worried, no stew and no betting
        ("When the transport is late I get in a right stew.", "in a right stew", "worried"),
        ("She's all of a flutter before a date.", "all of a flutter", "worried"),
        ("I like a flutter on the Grand National.", "a flutter", "racing"),
        # a boxing ring is no jewellery; the wedding ring is
        ("I'll not go in the ring again, but I still shadow box.", "ring", None),
        ("My wedding ring is loose now.", "wedding ring", "ring-jewellery"),
        # the shops on the parade are no procession; the carnival parade is
        ("I ran the chemist on the parade for years.", "parade", None),
        ("We watched the carnival parade from the window.", "parade", "parade"),
        # shaved with the electric is a shaver; the electric bill is gas and electric
        ("Please shave me with the electric, not a blade.", "electric", "shave"),
        ("My son pays the electric for me.", "electric", "gas"),
        # a calendar that is my lifeline is no pendant alarm; the lifeline round my neck is
        ("The calendar by the kettle is my lifeline.", "lifeline", None),
        ("Press my lifeline if I have a fall.", "lifeline", "pendant"),
        # tea that sets my cough off is tea; a tea set is china
        ("Hot tea sets my cough off.", "tea", "tea"),
        ("I had a tea set from my mother.", "tea set", "tea-pot"),
    ],
)
def test_round54_the_less_obvious_sense(text, word, concept):
    assert concept_on(text, word) == concept


# A thing that does not fall, or that might fall, is still the doer: no fall picture for it;
# the person who does not fall, or might, keeps the picture; "it gets cold" is the weather.
@pytest.mark.parametrize(
    "text, word, shown",
    [
        ("I hook my stick on the chair so it does not fall.", "fall", False),
        ("Put the vase at the back so it won't fall off the shelf.", "fall off", False),
        ("My walking frame never falls over on the carpet.", "falls over", False),
        ("I do not fall often, but I might fall on the stairs.", "fall", True),
        ("My husband doesn't fall any more since his new hip.", "fall", True),
        ("It can get cold at night in the back bedroom.", "cold", True),
    ],
)
def test_round54_a_thing_that_does_not_fall_is_still_a_thing(text, word, shown):
    assert (word in got(text)) is shown


# "can't face her wardrobe" is bearing to look, not the face; "face me" keeps its picture
def test_round54_cannot_face_a_thing_is_no_face():
    assert "face" not in got("I still can't face her wardrobe.")
    assert "face" in got("Please face me when you talk.")


# Boxing on the telly and a man who boxed are boxing; boxing up things is packing. A poor or
# light sleeper sleeps. Knuckles that are a mess are no untidy room; the room that is a mess is.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("If I get upset, put the boxing on and I settle.", "boxing", "boxing"),
        ("I boxed as a lightweight in the fifties.", "boxed", "boxing"),
        ("I boxed up my things when I moved.", "boxed", None),
        ("I'm a poor sleeper, so leave the landing light on.", "sleeper", "sleep"),
        ("My knuckles are a mess from the gloves.", "mess", None),
        ("My room is a mess, please help me tidy it.", "mess", "tidy-up"),
    ],
)
def test_round54_boxing_sleepers_and_mess(text, word, concept):
    assert concept_on(text, word) == concept


# stairs that "are a mountain" are hard work, not mountains; a mountain climbed is one.
# "Keep the change" is a tip.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The stairs up to my flat are a mountain.", "mountain", None),
        ("We climbed a mountain in Wales on our honeymoon.", "mountain", "mountains"),
        ("Keep the change, love, it's only coppers.", "Keep the change", "tip-money"),
    ],
)
def test_round54_a_mountain_of_stairs_and_the_change_kept(text, word, concept):
    assert concept_on(text, word) == concept


# Idioms whose thing-words mean no thing; the thing itself keeps its picture.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sit down and get it off your chest.", ["chest"]),
        ("My mother always said strike while the iron is hot.", ["iron", "hot"]),
        ("That fall on the stairs was a close shave.", ["shave"]),
        ("She's a tough cookie, my daughter.", ["cookie"]),
        ("Our new carer is a good egg.", ["egg"]),
        ("The radio jingles drive me round the twist.", ["drive", "twist"]),
    ],
)
def test_round54_idioms_name_no_thing(text, words):
    found = got(text)
    for word in words:
        assert word not in found


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("After my bath I went out like a light.", "went out like a light", "sleep"),
        ("It was raining buckets, so I stayed in.", "raining buckets", "rain"),
        ("I'd like a good egg for my breakfast.", "egg", "egg"),
        ("My chest is bad today.", "chest", "chest-r31"),
    ],
)
def test_round54_what_the_idiom_means_or_the_thing_itself(text, word, concept):
    assert got(text)[word][0] == concept


# More sayings that name a thing they do not mean; the plain thing keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Since the chemo I'm a bag of bones.", "bag", None),
        ("I've a lot on my plate with the move.", "plate", None),
        ("Put the fish on my plate, not the potatoes.", "plate", "plate"),
        ("Giving up driving was a bitter pill to swallow.", "pill", None),
        ("That's the way the cookie crumbles.", "cookie", None),
        ("Her name rings a bell.", "bell", None),
        ("At night I ring a bell for the nurse.", "bell", "bell"),
        ("My legs have gone to jelly since the fall.", "gone to jelly", "weak-idiom"),
        ("We tied the knot at the chapel in 1962.", "tied the knot", "married"),
        ("My old pins are not so good on the stairs.", "pins", "legs"),
        ("I forgot my pin at the cash machine.", "pin", "bank-card"),
    ],
)
def test_round54_sayings_that_name_a_thing_they_do_not_mean(text, word, concept):
    assert concept_on(text, word) == concept


# A bad turn on the bus is a dizzy turn; he met his match and the light of my life name no
# match and no light; the match on the telly and the light left on keep theirs.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I had a bad turn on the bus last week.", "turn", "dizzy"),
        ("My Bill met his match in me.", "match", None),
        ("My granddaughter is the light of my life.", "light", None),
        ("We watched the match on the telly.", "the match", "football"),
        ("Leave the light on at night.", "light", "light"),
    ],
)
def test_round54_a_turn_a_match_and_a_light(text, word, concept):
    assert concept_on(text, word) == concept


# Balance that is not what it was, with a rail to hold, is unsteadiness, not an exercise class;
# a bank balance that is low is money, not a low mood; feeling low keeps the sad picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My balance isn't what it was, so I hold the rail in the shower.", "balance", "dizzy"),
        ("My bank balance is low this month.", "low", None),
        ("I feel low in the winter.", "feel low", "sad"),
    ],
)
def test_round54_balance_and_low(text, word, concept):
    assert concept_on(text, word) == concept


# ---- REVIEW (rounds 53-58): new senses and idioms kept to the sentences they were made for ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a pain somewhere is a pain; only the nuisance ("is a pain, so...") is none
        ("There is a pain in my chest when I climb the stairs.", "pain", "pain"),
        ("What I get is a pain behind my eyes in the morning.", "pain", "pain"),
        ("There's a bit of a pain in my knee when I kneel.", "pain", "pain"),
        # "my Ruth passed" is a death; a cold, a headache or a bus that passed is none
        ("My Ruth passed in 2019 and I miss her.", "passed", "died-r50"),
        ("My Bert passed last spring.", "passed", "died-r50"),
        ("My Rose passed in 2019.", "passed", "died-r50"),  # a name, though roses have a picture
        # the electric a man shaves with is his shaver, the electric that goes off is none
        ("I shave with the electric every morning.", "electric", "shave"),
        # a shake of the hands is the tremor
        ("I shake too much to do my buttons.", "shake", "parkinsons-r53"),
        ("I boxed for the army when I was young.", "boxed", "boxing"),
        ("I like a dander down the lane after lunch.", "dander", "walk-r53"),
    ],
)
def test_review_the_new_senses_still_fit(text, word, concept):
    assert got(text, names=("Ruth",))[word][0] == concept


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My cold passed after a few days.", "passed", "died-r50"),
        ("My headache passed after an hour with paracetamol.", "passed", "died-r50"),
        ("My bus passed and did not stop for me.", "passed", "died-r50"),
        ("I could not shave because the electric was off.", "electric", "shave"),
        ("The electric went off and my beard trimmer would not charge.", "electric", "shave"),
        # a brush beside the hair is the hairbrush, whatever the shave or the teeth
        ("I have a shave, then my daughter uses a brush on my hair.", "brush", "shave"),
        ("I need a brush for my hair and help to clean my teeth.", "brush", "toothbrush"),
        # boxing up things and shaking salt are no boxing and no tremor
        ("I boxed all my ornaments when I moved here.", "boxed", "boxing"),
        ("I shake some salt onto my chips, but not too much.", "shake", "parkinsons-r53"),
        ("I shake a few drops of vinegar on my fish.", "shake", "parkinsons-r53"),
        # a dander that is up is temper, no walk
        ("It gets my dander up when the carers are late.", "dander", "walk-r53"),
    ],
)
def test_review_the_new_senses_keep_off_other_sentences(text, word, concept):
    assert got(text).get(word, ("", False))[0] != concept


def test_review_a_pain_that_is_a_nuisance_still_has_no_picture():
    assert "pain" not in got("The time difference is a pain, so my son rings at lunch.")


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # what a hated doing is done with or in is the disliked thing...
        ("I hate being lifted in the hoist.", "hoist", True),
        ("I hate shaving with an electric razor.", "electric razor", True),
        # ...but not where the doing says how the person is treated: the task is wanted
        ("I hate being rushed with my breakfast.", "breakfast", False),
        ("I hate being hurried with my wash, so give me time.", "wash", False),
        ("I hate being helped with my tablets, I can do them myself.", "tablets", False),
        ("I hate being watched in the bath.", "bath", False),
        # hating to be without a thing wants it; a new doing after "and" is not hated
        ("I hate going out without my stick.", "stick", False),
        ("I hate bananas and always have my cereal without sugar.", "sugar", True),
    ],
)
def test_review_what_a_hated_doing_is_done_with(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # feeling blue round a time is sad; only blue round the lips is the colour
        ("I get a bit blue around Christmas and the anniversary.", "blue", "sad"),
        ("I feel blue round the time my husband died.", "blue", "sad"),
        ("My lips go blue round the edges.", "blue", "blue"),
        # the wind that is strong is no strong person; a person with the wind elsewhere is
        ("I'm not strong since the stroke, and the wind knocks me over.", "strong", "strong"),
        # too much food on the plate is the plate; "so much on my plate" is the idiom
        ("Please don't put too much on my plate.", "plate", "plate"),
    ],
)
def test_review_the_new_exclusions_keep_to_their_words(text, word, concept):
    assert got(text)[word][0] == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("When the wind is strong I stay in.", "strong"),
        ("I've got so much on my plate.", "plate"),
    ],
)
def test_review_the_new_exclusions_still_hold(text, word):
    assert word not in got(text)


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        # a habit the person had to stop is given up...
        ("I used to drive, but I had to stop.", "drive", True),
        ("I used to drive but I had to stop in 2015.", "drive", True),
        ("I used to smoke but I had to stop for good.", "smoke", True),
        # ...but a halt for something, or to do something next, gives nothing up
        ("I used to drive and I had to stop for petrol every week.", "drive", False),
        ("I used to walk the dog, then I had to stop and sit on the bench.", "walk the dog", False),
    ],
)
def test_review_a_stop_made_for_something_is_a_halt(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a mood that is low with money in the sentence is still low; only money that is low
        ("I get low when the money runs out at the end of the month.", "low", "sad"),
        # an untidy room with a body part elsewhere in the sentence is still untidy
        ("My room is a mess since my hip operation.", "mess", "tidy-up"),
        ("The flat is a mess because my knees are too bad to tidy.", "mess", "tidy-up"),
    ],
)
def test_review_a_mood_or_a_mess_beside_money_or_the_body(text, word, concept):
    assert got(text)[word][0] == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My bank balance is low this month.", "low"),
        ("The milk is low, please get some more.", "low"),
        ("My knuckles are a mess from the arthritis.", "mess"),
        ("My feet are in a mess, I need the chiropodist.", "mess"),
    ],
)
def test_review_money_that_is_low_and_a_body_that_is_a_mess_get_no_picture(text, word):
    assert word not in got(text)


# A negated doing left unsaid, with its reason or condition straight after ("I must not because
# of my sugar", "I can't since my fall"): the reason is not ruled out (round 59).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("During Ramadan I fast, but my doctor says I must not because of my sugar.", "sugar"),
        ("I can't because of my knees.", "knees"),
        ("I'd love to go to church but I can't since my fall.", "fall"),
        ("I won't unless my daughter is here.", "daughter"),
    ],
)
def test_round59_a_reason_after_an_unsaid_doing_is_not_ruled_out(text, word):
    assert got(text)[word][1] is False


def test_round59_a_reason_after_a_said_doing_leaves_the_doing_ruled_out():
    found = got("I don't eat pork because of my faith.")
    assert found["pork"][1] is True


# Crohn's is an illness of the gut with the stomach picture (written with a capital, it is still
# no name); a convent or a monastery is a house of faith like an abbey (round 59)
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I have Crohn's, so I need to know where the toilet is.", "Crohn's", "stomach-r59"),
        ("I left the convent after forty years.", "convent", "church-r59"),
        ("My brother lived in a monastery in Wales.", "monastery", "church-r59"),
    ],
)
def test_round59_crohns_and_a_convent(text, word, concept):
    assert got(text)[word][0] == concept


# Round 61 (senses10): the nurse who dresses my leg dresses a wound, not a frock; a lift there is
# a car ride; dates named beside figs are the fruit; the tablets for my water and ankles that swell
# up with the water name no glass of water; a smell that turns my stomach shows no stomach.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The nurse dresses my leg on Tuesdays and Fridays.", "dresses", "wound-care-r61"),
        ("I like nice dresses and a hat for church.", "dresses", "dress"),
        ("Mass is at ten and a lift there would be grand.", "lift", "car-r61"),
        ("I can't abide dates or figs, the pips get in my teeth.", "dates", "dates-fruit"),
        ("Please write the dates of my appointments in the diary.", "dates", "diary"),
        ("I take the tablets for my water in the morning.", "water", None),
        ("My ankles swell up with the water.", "water", None),
        ("Leave my water by the bed.", "water", "water"),
        ("The smell of fish frying turns my stomach.", "stomach", None),
        ("My stomach is sore after meals.", "stomach", "stomach"),
    ],
)
def test_round61_words_in_another_sense(text, word, concept):
    assert concept_on(text, word) == concept


# Round 61: small sips are drinking; the little machine that checks my sugar is the sugar test (a
# blood pressure machine is not); Mass that opens a sentence about Sunday is the church, a muscle
# mass is not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The speech therapist says to take small sips.", "sips", "drink-r61"),
        ("I check my sugar before I eat, with the little machine.", "machine", "diabetes-r61"),
        ("The blood pressure machine is in the drawer.", "machine", None),
        ("Mass is at ten on a Sunday and a lift there would be grand.", "Mass", "mass-r61"),
        ("Muscle mass is low, the doctor said on Sunday.", "mass", None),
    ],
)
def test_round61_sips_the_sugar_machine_and_mass(text, word, concept):
    assert concept_on(text, word) == concept


# Round 61: the card in my wallet that says what I'm allergic to is the alert card, the card I
# pay with stays the bank card; unsteady on my feet is one picture, not the feet (round 263: a
# fall risk, not dizzy); doing a thing with my eyes shut (easily) shows no eyes.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I'm allergic to penicillin, it's on the card in my wallet.", "card", "alert-card-r61"),
        ("I pay with the card in my wallet.", "card", "bank-card-3"),
        ("I'm unsteady on my feet.", "unsteady on my feet", "unsteady-r263"),
        ("My feet are sore.", "feet", "feet"),
        ("I could pull a pint with my eyes shut.", "eyes", None),
        ("I have drops in my eyes at night.", "eyes", "eyes"),
    ],
)
def test_round61_alert_card_unsteady_and_eyes_shut(text, word, concept):
    assert concept_on(text, word) == concept


# Round 61: the dress I wear to church, taps I can't turn, the press by the window (a cupboard,
# not the newspapers), the girls from the club (friends, not granddaughters), tickets I punched.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I iron my church dress on Saturday night.", "dress", "dress"),
        ("I can't turn taps now, so leave the lever ones.", "taps", "tap-r61"),
        ("The nebuliser is in the press by the window.", "press", "cupboard-r61"),
        ("It was in the press on Monday that the hospital was closing.", "press", None),
        ("I love a bit of crack with the girls from the club.", "girls", "friends-r61"),
        ("My granddaughter takes the girls to school.", "girls", None),
        ("I used to punch tickets on the number eight.", "tickets", "ticket-r61"),
    ],
)
def test_round61_household_words_in_their_care_sense(text, word, concept):
    assert concept_on(text, word) == concept


# Round 61: the alarm on my phone that reminds me of a dose is an alarm clock, not an hourglass;
# a cat's biscuits beside her pouch are cat food, biscuits with my tea stay biscuits.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I have an alarm on my phone for each dose.", "alarm on my phone", "alarm-clock-r61"),
        ("I give Holly her biscuits and a pouch at teatime.", "biscuits", "cat-food-2"),
        ("I like tea and biscuits with my cat on my lap.", "biscuits", "biscuit"),
    ],
)
def test_round61_the_phone_alarm_and_the_cats_biscuits(text, word, concept):
    assert got(text)[word][0] == concept


# Round 61: not much of a walker, or a great walker, is a person who walks; a walker I use
# indoors stays the walking frame.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I'm not much of a walker, never was.", "much of a walker", "walk-r61"),
        ("My husband was a great walker.", "a great walker", "walk-r61"),
        ("I use a walker indoors.", "walker", "walking-frame"),
    ],
)
def test_round61_a_walker_who_walks(text, word, concept):
    assert got(text)[word][0] == concept


# Round 61: to fish off the staithe is fishing, fish I eat stay the fish; been on my feet since
# six (standing, busy) shows no feet.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like to fish off the staithe at Wroxham in summer.", "fish", "fishing-r61"),
        ("We fish every Sunday.", "fish", "fishing-r61"),
        ("I like fish on a Friday.", "fish", "fish"),
        ("The fish in the pond need feeding.", "fish", "fish"),
        ("I've been on my feet since six.", "feet", None),
        ("My feet are cold.", "feet", "feet"),
    ],
)
def test_round61_to_fish_and_on_my_feet(text, word, concept):
    assert concept_on(text, word) == concept


# Round 61: to garden is gardening; the garden I sit in stays the garden.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I still garden a bit in the summer.", "gardening-r61"),
        ("I like to garden when the weather's fine.", "gardening-r61"),
        ("I sit in the garden.", "garden"),
        ("I like the garden in summer.", "garden"),
    ],
)
def test_round61_to_garden(text, concept):
    assert got(text)["garden"][0] == concept


# ---- ROUND 60 (negation12): ruling out as staff write it in the person's voice: a state or a
# degree refused is not the thing, the way it is wanted "instead", a refusal turned down,
# the prompting that is not needed ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't take my tablets crushed, I swallow them whole.", "tablets", False),
        ("I don't want the television so loud.", "television", False),
        ("I don't want the television so loud.", "loud", True),
        ("I don't like my tea too hot.", "tea", False),
        ("I don't like my tea too hot.", "hot", True),
        ("I don't want too much sugar in my tea.", "sugar", False),
        ("I don't take sugar.", "sugar", True),
    ],
)
def test_round60_a_state_or_degree_refused_is_not_the_thing(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't give me a second cup of tea, ring the surgery instead.", "surgery", False),
        ("Don't give me a second cup of tea, ring the surgery instead.", "cup of tea", True),
        ("No coffee after six, a glass of milk instead.", "glass of milk", False),
        ("No coffee after six, a glass of milk instead.", "coffee", True),
        ("I have tea instead of coffee.", "coffee", True),
    ],
)
def test_round60_what_is_wanted_instead_is_not_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I never turn down a fry-up on a Sunday.", "fry-up", False),
        ("I'd never turn down a cup of tea.", "cup of tea", False),
        ("I don't need reminding to take my tablets.", "tablets", False),
        ("I don't need reminding to take my tablets.", "reminding", True),
        ("I don't need telling to drink my water.", "water", False),
        ("I don't take my tablets.", "tablets", True),
    ],
)
def test_round60_a_refusal_turned_down_and_a_prompt_not_needed(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't eat pork or anything cooked with wine.", "wine", True),
        ("No pork, no gelatine, and nothing cooked in alcohol.", "alcohol", True),
        ("I won't eat anything made with gelatine.", "gelatine", True),
        ("I eat anything made with chicken.", "chicken", False),
    ],
)
def test_round60_what_a_refused_anything_is_made_with(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't let the hairdresser use hairspray.", "hairspray", True),
        ("Don't let the hairdresser use hairspray.", "hairdresser", False),
        ("Don't let the carers use the same knife for my bread.", "carers", False),
        ("Please don't let my son drive the car.", "son", False),
        ("Please don't let my son drive the car.", "drive", True),
    ],
)
def test_round60_someone_let_do_a_thing_is_not_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I won't go to the day centre in the minibus; my niece drives me.", "minibus", True),
        ("I won't go to the day centre in the minibus; my niece drives me.", "day centre", False),
        ("I don't go to the mosque on foot any more.", "mosque", False),
        ("I don't go out on the bus until after lunch.", "bus", True),
        ("I don't go to the day centre on Mondays.", "day centre", True),
        ("I don't go to the shops any more.", "shops", True),
    ],
)
def test_round60_a_going_refused_by_how_it_goes(text, word, negated):
    assert got(text)[word][1] is negated


def test_round60_got_started_on_the_bus_fares_is_no_going():
    assert got("Don't get me started on the bus fares, they're a scandal.")["bus"][1] is False


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        (
            "The television remote isn't working again, the batteries need changing.",
            "batteries",
            False,
        ),
        ("I don't eat pork, bacon, ham or the sausages.", "sausages", True),
    ],
)
def test_round60_a_thing_that_needs_doing_after_a_comma_is_a_clause_of_its_own(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("If my sugar is under four, give me the orange juice in the fridge.", "diabetes-idiom"),
        ("Not too much kenkey, it's heavy on my sugar.", "diabetes-2"),
        ("I take my sugar in a little bowl.", "sugar"),
        ("Please put my sugar under the cupboard.", "sugar"),
    ],
)
def test_round60_my_sugar_under_four_is_my_blood_sugar(text, concept):
    assert next(c for w, (c, _) in got(text).items() if "sugar" in w) == concept


# Review (round 61): a "not" with no verb of its own before it refuses what its condition names
# ("Chocolate? Not if it has nuts in"): only a doing left unsaid ("I must not because of my
# sugar") keeps its reason.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chocolate? Not if it has nuts in.", "nuts"),
        ("I'll have a biscuit, but not if it's got chocolate on.", "chocolate"),
    ],
)
def test_review_a_bare_not_if_refuses_what_it_names(text, word):
    assert got(text)[word][1] is True


# Review (round 61): dresses beside an arm or a leg are still dresses ("long dresses to cover my
# legs"); only dresses said of a body part ("dresses my leg") are a wound dressing. A house and
# garden is the garden, not gardening.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I have three dresses with long sleeves to cover my arms.", "dresses", "dress"),
        ("I wear long dresses to cover my legs.", "dresses", "dress"),
        ("The nurse dresses my leg on Tuesdays.", "dresses", "wound-care-r61"),
        ("I'm proud of my house and garden.", "garden", "garden"),
        ("The house and garden are too much for me now.", "garden", "garden"),
    ],
)
def test_review_dresses_by_an_arm_and_a_house_and_garden(text, word, concept):
    assert got(text)[word][0] == concept


# Review (round 61): "been on my feet since six" is the idiom of a long day, but "I've not been
# on my feet since the fall" is the feet themselves; a lift out of the chair is no car ride.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I can't stand, I've not been on my feet since the fall.", "feet", "feet"),
        ("I haven't been on my feet since my stroke.", "feet", "feet"),
        ("I've been on my feet since six this morning.", "feet", None),
        ("I need a lift out of the chair.", "lift", None),
        ("Mass is at ten and a lift there would be grand.", "lift", "car-r61"),
    ],
)
def test_review_not_been_on_my_feet_and_a_lift_out_of_the_chair(text, word, concept):
    assert concept_on(text, word) == concept


# Review (round 61): after a comma, people who do a thing to "it" say a clause of their own, not
# more things refused ("I don't eat cake, the girls at the club bring it anyway").
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't eat cake, the neighbours at the club bring it anyway.", "neighbours"),
        ("I don't eat cake, the girls at the club bring it anyway.", "girls"),
    ],
)
def test_review_people_who_bring_it_after_a_comma_are_not_refused(text, word):
    assert got(text)[word][1] is False


def test_review_a_list_refused_after_a_comma_stays_refused():
    assert got("I don't eat cake, biscuits or sweets.")["sweets"][1] is True


# Round 65: a thing said again with "the" or "my" by its last word is the same thing ("my bank
# card ... The card"); one word made of two, a name, or a new describing word is not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # round 118: the bank of the sentence before gives "card" its own bank card sense
        ("My son has my bank card. The card lives in the tin.", "card", "bank-card-3"),
        ("I use a walking frame indoors. The frame stays by my bed.", "frame", "walking-frame"),
        ("I wear gold earrings and my rings on Sundays.", "rings", "ring-jewellery"),
        ("Chinese New Year is the best day of the year.", "year", None),
    ],
)
def test_round65_a_thing_said_again_by_its_last_word_is_that_thing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 65: a doing in a list of doings is the doing, not the thing: "dress myself" after a
# semicolon, "wash, dress, breakfast", "cream my legs"; a dress one wears stays the dress.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I shower at night; dress myself in the morning.", "dress", "dressing"),
        ("Mornings - toilet, wash, dress, then tea.", "dress", "dressing-r65"),
        ("After my bath, cream my heels and my feet.", "cream", "skin-cream-r65"),
        ("I wear my blue dress, then my coat.", "dress", "dress"),
    ],
)
def test_round65_a_doing_in_a_list_of_doings_is_the_doing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 65: a person who calls from somewhere is on the telephone; the tub one sits or soaks in
# is the bath, a tub of margarine stays a tub; nature calling is no telephone.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My nephew calls from Leeds on a Saturday.", "calls", "phone-r65"),
        ("My granddaughter called from Spain last week.", "called", "phone-r65"),
        ("Nature calls from time to time.", "calls", None),
        ("I like to soak in the tub on a Sunday.", "tub", "bath-r65"),
        ("Put the margarine back in the tub.", "tub", "tubs-2"),
    ],
)
def test_round65_calls_from_somewhere_and_the_tub_i_soak_in(text, word, concept):
    assert concept_on(text, word) == concept


# Round 65: Sister on a ward is a senior nurse; my sister stays my sister.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Sister on the children's ward was strict but fair.", "Sister", "nurse-r65"),
        ("My sister works on a ward at the infirmary.", "sister", "sister"),
    ],
)
def test_round65_sister_on_a_ward_is_a_nurse(text, word, concept):
    assert concept_on(text, word) == concept


# Round 65: my clubs in the boot or on the trolley are golf clubs; the club I go to stays a club.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Please lift my clubs out of the boot for me.", "clubs", "golf-r65"),
        ("I go to the working men's clubs on a Friday.", "working men's clubs", "club"),
    ],
)
def test_round65_clubs_in_the_boot_are_golf_clubs(text, word, concept):
    assert concept_on(text, word) == concept


# A brother or sister is pictured as one, and named so to a screen reader: never "husband" or
# "wife" (the picture of a man or woman is shared, the concept and its alt text are not).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My brother rings me every Sunday.", "brother", "brother"),
        ("My sister-in-law does my shopping.", "sister-in-law", "sister-in-law-r290"),
        ("My late husband built the shed.", "late husband", "husband"),
        ("My wife does the crossword with me.", "wife", "wife"),
    ],
)
def test_a_brother_or_sister_is_not_a_husband_or_wife(text, word, concept):
    assert concept_on(text, word) == concept


# Round 64: a thing refused and then named again as the opening of a later clause, in the same
# sentence or the next, is still the thing refused; not where that clause allows it.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("A wash at the sink, not a shower; the shower makes me dizzy.", "shower", True),
        ("No visitors after eight. Visitors late at night tire me out.", "Visitors", True),
        ("No ladders for me. Ladders and one leg don't mix.", "Ladders", True),
        ("No onion in my pasty, onions repeat on me.", "onions", True),
        ("Bacon: not any more. The nurse says bacon is full of salt.", "bacon", True),
        ("No milk in my tea. Milk on my cereal is fine.", "Milk", False),
        ("No visitors after eight. Visitors are welcome in the afternoon.", "Visitors", False),
    ],
)
def test_a_refused_thing_named_again_is_still_refused(text, word, negated):
    last = [m for m in find_all(text, ()) if m.term == word][-1]  # the later naming
    assert last.negated is negated


# Round 64: "not with my tablets" gives the reason a thing is refused, as "not with my heart"
# does; the tablets are still taken. A drink refused "not with my coffee" is still refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The nurse says not with my tablets, so give me my tea after.", "tablets", False),
        ("Whisky? No, not with the new tablets.", "tablets", False),
        ("Whisky? No, not with the new tablets.", "Whisky", True),
        ("Calcium tablets with water, not with my morning coffee.", "coffee", True),
    ],
)
def test_not_with_my_tablets_gives_a_reason_and_keeps_the_tablets(text, word, negated):
    assert got(text)[word][1] is negated


# Round 64: how a wanted thing is liked is what "don't like" rules out when the state ends the
# not's reach ("I don't like my porridge lumpy"); an order after a comma is a clause of its own
# ("..., stir it well and add a bit of honey").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't like my porridge lumpy.", "porridge", False),
        ("I don't like my eggs runny.", "eggs", False),
        ("I don't like my porridge lumpy, stir it well and add a bit of honey.", "honey", False),
        ("I don't eat meat, fish or eggs.", "eggs", True),
        ("I don't like my eggs.", "eggs", True),
    ],
)
def test_dont_like_it_so_rules_out_the_manner_and_an_order_after_a_comma_is_its_own(
    text, word, negated
):
    assert got(text)[word][1] is negated


# Round 64: after a comma, people who do a plain doing to a thing ("the carers find the hoist
# safer", "the carers leave the tin out") say a clause of their own, not more things refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't want the transfer board, the carers find the hoist safer.", "carers", False),
        ("I don't want the transfer board, the carers find the hoist safer.", "hoist", False),
        ("No biscuits, the carers leave the tin out.", "tin", False),
        ("No biscuits, the carers leave the tin out.", "biscuits", True),
    ],
)
def test_people_doing_a_thing_after_a_comma_say_a_clause_of_their_own(text, word, negated):
    assert got(text)[word][1] is negated


# Round 64: "none for me" after a thing refuses it, as "not for me" does.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Butter: none for me, it's the cholesterol.", "Butter"),
        ("Cake? None for me, thanks.", "Cake"),
    ],
)
def test_none_for_me_after_a_thing_refuses_it(text, word):
    assert got(text)[word][1] is True


# ---- round 67 (symbols_lists1_en.yml): care plans laid out as staff write them ----
# A note's thing answered "no" ("Bath no.", "Shower no, it frightens me") is refused, also when
# it could be read as an order; the "no" that ends a note refuses nothing in the next one.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Bath no. Strip wash at the sink.", "Bath", True),
        ("Bath no. Strip wash at the sink.", "Strip wash", False),
        ("Shower no, it frightens me.", "Shower", True),
        ("Shower no, it frightens me.", "frightens me", False),
        ("Bath no, strip wash.", "strip wash", False),
        ("I do not fast now, doctor said no. I get up for breakfast.", "get up", False),
        ("Sugar: no, sweetener.", "sweetener", False),
    ],
)
def test_round67_a_terse_no_refuses_its_note_and_nothing_after(text, word, refused):
    assert got(text)[word][1] is refused


# A short thing noted as not needed or not wanted is refused with no dash before the "not"
# ("Interpreter not needed", "A hoist is not needed"); a label answered "none" is refused though
# the answer says where ("Smoking: none in the flat"). A person is not refused.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Interpreter not needed.", "Interpreter", True),
        ("A hoist is not needed.", "hoist", True),
        ("Commode not wanted at night.", "Commode", True),
        ("Smoking: none in the flat.", "Smoking", True),
        ("Sugar - none in my tea.", "tea", False),
        ("My son is not needed at the hospital.", "hospital", False),
    ],
)
def test_round67_a_short_note_of_a_thing_not_needed_refuses_it(text, word, refused):
    assert got(text)[word][1] is refused


# A terse reply with no "I" refuses what was asked ("Pipe? Gave it up at 70."); a time after
# "that" says when, not what is refused ("no visitors that evening").
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Pipe? Gave it up at 70. Don't let me start again.", "Pipe", True),
        ("Cigarettes? Packed them in years ago.", "Cigarettes", True),
        ("Bed straight away, no visitors that evening.", "visitors", True),
        ("Bed straight away, no visitors that evening.", "evening", False),
    ],
)
def test_round67_a_terse_reply_refuses_what_was_asked_and_not_when(text, word, refused):
    assert got(text)[word][1] is refused


# Review 27b
# A thing said again by its last word fills a word with no picture of its own; a word that has
# its own picture keeps it ("the cut on my leg" after "my hair cut", "the chair in the lounge"
# after "a shower chair").
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I get my hair cut on Friday. The cut on my leg is healing.", "cut", "skin"),
        ("I have a shower chair. The chair in the lounge is my favourite.", "chair", "chair"),
        ("I have a hospital bed downstairs. My bed upstairs is too high.", "bed", "bed"),
        # round 118: the bank of the sentence before gives "card" its own bank card sense
        ("My son has my bank card. The card lives in the tin.", "card", "bank-card-3"),
    ],
)
def test_review27b_a_thing_said_again_keeps_a_words_own_picture(text, word, concept):
    assert got(text)[word][0] == concept


# Review 27b: a sister in the family said after "and" or "me" is no ward sister; a tub of
# something is no bath; "of course" and a minibus driver are no golf; a visit "from time to
# time" is no telephone call; to fish every Friday off the pier is still fishing.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My brother and sister visited me in hospital.", "sister", "sister"),
        ("Me sister's in hospital again.", "sister's", "sister"),
        ("Sister came round the ward every night.", "Sister", "nurse-r65"),
        ("The tub of tablets is at the bottom of the drawer.", "tub", None),
        ("I can't sit in the tub any more, I need the hoist.", "tub", "bath-r65"),
        ("Of course I miss my clubs since the stroke.", "clubs", "club"),
        ("The driver takes me to my clubs on the minibus.", "clubs", "club"),
        ("I put my clubs in the boot of the car.", "clubs", "golf-r65"),
        ("The vicar calls from time to time.", "calls", None),
        ("My son calls from Leeds every Sunday.", "calls", "phone-r65"),
        ("I fish every Friday on the canal with my grandson.", "fish", "fishing-r61"),
        ("I fish from the pier most Fridays.", "fish", "fishing-r61"),
        ("We have fish on a Friday.", "fish", "fish"),
    ],
)
def test_review27b_new_senses_keep_to_their_own_sentences(text, word, concept):
    assert concept_on(text, word) == concept


# Review 27a
# A refused thing named again stays refused only where the later clause says why; where its
# doing says where or when the thing is had or kept, or it is asked for instead, it is wanted.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No milk in my tea. Milk goes on my cornflakes.", "Milk", False),
        (
            "I don't want the commode in the lounge. The commode lives in my bedroom.",
            "commode",
            False,
        ),
        ("No dog in the bedroom. The dog sleeps in the kitchen.", "dog", False),
        ("Not the hoist in the day, the hoist is for night time.", "hoist", False),
        ("No shower today. Shower tomorrow morning instead.", "Shower", False),
        ("No biscuits in the morning. Biscuits with my afternoon tea please.", "Biscuits", False),
        ("No onion in my pasty, onions repeat on me.", "onions", True),
        ("No visitors after eight. Visitors late at night tire me out.", "Visitors", True),
    ],
)
def test_review_a_refused_thing_named_again_where_it_is_had_is_wanted(text, word, negated):
    last = [m for m in find_all(text, ()) if m.term == word][-1]
    assert last.negated is negated


# A list of doings after "can't" goes on after a comma and ends with "or": no order to a carer.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I can't do my own shopping, cook a meal or clean the house any more.", "meal"),
        ("I can't do my own shopping, cook a meal or clean the house any more.", "house"),
        ("I can no longer dress, wash my hair or cut my nails.", "cut my nails"),
    ],
)
def test_review_a_list_of_doings_after_a_comma_is_no_order(text, word):
    assert got(text)[word][1] is True


# A terse reply that packs a thing in a bag or gives it up to someone puts it somewhere: the
# thing asked about is not given up.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Sandwiches? Packed them in my bag for the day centre.", "Sandwiches", False),
        ("Tablets? Given them up to the nurse to sort.", "Tablets", False),
        ("Smoking? I packed it in the day I retired.", "Smoking", True),
        ("Cigarettes? Packed them in years ago.", "Cigarettes", True),
    ],
)
def test_review_packed_in_a_bag_is_put_there_not_given_up(text, word, refused):
    assert got(text)[word][1] is refused


# A thing "not needed" after "when" or "if" says when something is done, not a note refusing it.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("When the commode is not needed, put it in the bathroom.", "commode", False),
        ("If the hoist is not needed, the carers leave it in the hall.", "hoist", False),
        ("Commode not wanted at night.", "Commode", True),
    ],
)
def test_review_not_needed_after_when_is_no_note(text, word, refused):
    assert got(text)[word][1] is refused


# "Not with the water tablets" gives a reason as "not with the new tablets" does: any one word
# may stand before the medicine, not only "new".
def test_review_not_with_my_water_tablets_keeps_the_tablets():
    assert got("Whisky? No, not with the water tablets.")["water tablets"][1] is False
    assert got("Whisky? No, not with the water tablets.")["Whisky"][1] is True


# ---- ROUND 68 (fix1): known negation and sense errors ----
# A "without" said again for a second thing ends the first one's scope, comma or not: "tea
# without sugar and my toast without butter" wants the toast.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I take my tea without sugar and my toast without butter.", "toast", False),
        ("I take my tea without sugar and my toast without butter.", "butter", True),
        ("Tea without milk and porridge without salt, please.", "porridge", False),
        ("Tea without milk and porridge without salt, please.", "salt", True),
        ("Toast without butter or crumpets without jam.", "crumpets", False),
        ("No milk and no sugar in my tea.", "sugar", True),
    ],
)
def test_round68_a_without_said_again_ends_the_first_things_scope(text, word, refused):
    assert got(text)[word][1] is refused


# Tea poured, stewed or brewed is the drink, not the evening meal; strangers met kindly are
# no danger, strangers at the door are.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like my tea stewed.", "tea", "tea"),
        ("I pour my tea myself at six.", "tea", "tea"),
        ("I pour my own tea in the evening.", "tea", "tea"),
        ("My tea at six is usually fish and chips.", "tea", "meal"),
        ("I don't like the strangers.", "strangers", None),
        ("I like chatting to the strangers on the bus.", "strangers", None),
        ("Be wary of strangers at the door.", "strangers", "danger"),
    ],
)
def test_round68_poured_tea_is_a_drink_and_friendly_strangers_no_danger(text, word, concept):
    assert concept_on(text, word) == concept


# A reason after "not safe / not good with": the body or the tablets are not ruled out; and a
# "not with my tablets" reported after "but" refuses the thing of the clause before it.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("It's not safe with my kidneys.", "kidneys", False),
        ("Salt isn't good with my blood pressure.", "blood pressure", False),
        ("It's not good with my heart, so no fry-ups.", "heart", False),
        ("I love a drop of whiskey, but the nurse says not with my tablets.", "whiskey", True),
        ("I love a drop of whiskey, but the nurse says not with my tablets.", "tablets", False),
        ("I like grapefruit, but my GP said not with my tablets.", "grapefruit", True),
        ("I love chips but the nurse says not with my heart.", "chips", True),
        (
            "I love a drop of rum at Christmas but the nurse says not with my tablets.",
            "Christmas",
            False,
        ),
        ("I go to church with my daughter, but she says not with my son.", "church", False),
    ],
)
def test_round68_a_reason_after_not_safe_with_and_a_reported_not_with(text, word, refused):
    assert got(text)[word][1] is refused


# A manner refused is not the thing refused: "Pills crushed? No." and "I don't take my tablets
# crushed" keep the tablets, said at the end of the sentence or the note.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Pills crushed? No.", "Pills", False),
        ("Tablets crushed? No thank you.", "Tablets", False),
        ("My tablets crushed? Never.", "tablets", False),
        ("Pills crushed, never.", "Pills", False),
        ("I don't take my tablets crushed.", "tablets", False),
        ("I don't have my tablets crushed", "tablets", False),
        ("Custard? No thank you.", "Custard", True),
        ("Fried eggs? No.", "Fried eggs", True),
        ("I don't take my tablets.", "tablets", True),
    ],
)
def test_round68_a_manner_refused_at_the_end_keeps_the_thing(text, word, refused):
    assert got(text)[word][1] is refused


# A note's label answered "I can't get there now" or "I don't" is ruled out: its head, not
# the time or place that says when; a reply with a thing of its own leaves the label alone.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Mass on a Sunday - I can't get there now.", "Mass", True),
        ("Mass on a Sunday - I can't get there now.", "Sunday", False),
        ("Fast on Yom Kippur: I don't.", "Fast", True),
        ("The bingo - I can't get there any more.", "bingo", True),
        ("Swimming: I can't do it now.", "Swimming", True),
        ("Walks by the river: I can't now.", "river", False),
        ("Church: I don't go to the new one.", "Church", False),
        ("Tea: I do.", "Tea", False),
    ],
)
def test_round68_a_label_answered_i_cant_or_i_dont_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# A thing that will not go over or fit on the body: the body says why, it is not ruled out.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("My ring won't go over my knuckles.", "knuckles", False),
        ("My wedding ring won't go over my knuckles now.", "knuckles", False),
        ("The shoes won't go on my feet.", "feet", False),
        ("My watch doesn't fit round my wrist.", "wrist", False),
        ("I don't go over my budget.", "budget", True),
    ],
)
def test_round68_a_thing_that_will_not_fit_over_the_body_leaves_the_body(text, word, refused):
    assert got(text)[word][1] is refused


# "Keep ... off" is read within its clause: "I keep my rings on, but take the big one off for
# baking" wears the rings; "Keep the dog off the sofa" still keeps the dog off.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I keep my rings on, but take the big one off for baking.", "rings", False),
        ("I keep my rings on but take them off for baking.", "rings", False),
        ("Keep the dog off the sofa.", "dog", True),
    ],
)
def test_round68_keep_off_is_read_within_its_clause(text, word, refused):
    assert got(text)[word][1] is refused


# ---- round 71: everyday things care plans name that had no picture ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I put stock cubes in the gravy.", "stock cubes", "stock-cubes"),
        ("My niece brings it in a cool bag.", "cool bag", "cool-bag"),
        ("I crochet blankets for the church sale.", "church sale", "shop"),
        ("Hospital appts - my son comes with me.", "appts", "appointment"),
        ("Legs raised in the afternoon, 2 hrs.", "hrs", "clock"),
        ("I drop stitches in my knitting now.", "stitches", "knitting"),
        ("I had stitches in my head.", "stitches", "wound-care"),
    ],
)
def test_round71_everyday_things_care_plans_name_get_their_picture(text, word, concept):
    assert got(text)[word][0] == concept


# Round 70: a refused thing named again as "my treat" or "a treat" is wanted then, as one that
# is "fine" or "welcome" is; "Neither cake nor biscuits are a treat" still refuses them.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No cake before dinner. Cake after dinner is my treat.", "Cake", False),
        ("No chocolate in the week. Chocolate on a Sunday is a treat.", "Chocolate", False),
        ("No visitors after eight. Visitors late at night tire me out.", "Visitors", True),
    ],
)
def test_round70_a_refused_thing_named_again_as_a_treat_is_wanted(text, word, negated):
    last = [m for m in find_all(text, ()) if m.term == word][-1]  # the later naming
    assert last.negated is negated


# Round 70: a thing judged "isn't good" or "isn't safe" with the body or its medicines is
# ruled out; the body or the medicine gives the reason and is not.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Salt isn't good with my blood pressure", "Salt", True),
        ("Salt isn't good with my blood pressure", "blood pressure", False),
        ("Salt is not good with my blood pressure.", "Salt", True),
        ("Salt is good with my blood pressure.", "Salt", False),
        ("I'm not good with money.", "money", False),
        ("Cheese isn't safe with my tablets.", "Cheese", True),
        ("I'm not good with my hands.", "hands", False),
    ],
)
def test_round70_a_thing_not_good_with_my_body_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 70: "not allowed with my tablets" gives the reason the thing is not allowed: the
# thing before is ruled out, the tablets are still taken.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Grapefruit is not allowed with my tablets", "Grapefruit", True),
        ("Grapefruit is not allowed with my tablets", "tablets", False),
        ("Grapefruit isn't allowed with my tablets.", "Grapefruit", True),
    ],
)
def test_round70_a_thing_not_allowed_with_my_tablets_leaves_the_tablets(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a person not let near a thing ("won't let me near the stove", "wouldn't trust
# myself near the gas") is kept from it, so the thing is ruled out, as "not allowed near the
# stove" is; someone named kept from the person's own thing leaves it wanted.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("My son won't let me anywhere near the kettle.", "kettle", True),
        ("The nurse doesn't let him near the cooker now.", "cooker", True),
        ("I wouldn't trust myself near the gas fire.", "gas fire", True),
        ("Don't let our Tracey near my purse.", "purse", False),
        ("Let me sit near the window.", "window", False),
    ],
)
def test_round74_not_let_near_a_thing_rules_the_thing_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: what a refused thing has or is done with says which one is refused ("cold drinks
# with ice", "a bath with the hoist"), so it is ruled out with it; not the person's own thing,
# body or reason ("with my tablets", "with one hand"), a person, or a new clause after a comma.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I won't wear a jumper with buttons.", "buttons", True),
        ("Please don't give me yoghurt with gelatine in it.", "gelatine", True),
        ("No shower with the hoist, I hate it.", "hoist", True),
        ("I don't eat cake with my tablets.", "tablets", False),
        ("I can't hold a cup with one hand.", "hand", False),
        ("I don't want porridge, with a spoon of honey.", "honey", False),
    ],
)
def test_round74_what_a_refused_thing_comes_with_is_ruled_out_with_it(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: staying, sleeping or sitting somewhere refused rules out the place, as going there
# does ("I do not want to stay in hospital", "I don't like sitting in the lounge"); a time after
# it is only when ("I can't sleep in the afternoon"), and a thing done there keeps the place.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I won't stay in a care home.", "care home", True),
        ("I can't sleep in the spare bed any more.", "bed", True),
        ("I don't enjoy sitting in the garden now.", "garden", True),
        ("I can't sleep in the afternoon.", "afternoon", False),
        ("I don't read in the garden now.", "garden", False),
    ],
)
def test_round74_staying_or_sleeping_somewhere_refused_rules_out_the_place(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a short clause that says its thing isn't or is no longer needed, used or worn
# rules the thing out, as "not needed" does ("The commode is no longer needed"); not a person.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("The bath board isn't needed now.", "bath board", True),
        ("The walking frame is no longer used.", "walking frame", True),
        ("Hearing aids no longer worn.", "Hearing aids", True),
        ("My daughter is no longer needed at night.", "daughter", False),
    ],
)
def test_round74_a_thing_no_longer_needed_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: giving up on a thing, going off it ("I went off fish") and losing interest in it
# rule it out, as giving it up does; "given up on the doctor's say-so" gives a reason.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I've given up on the allotment now.", "allotment", True),
        ("I went off coffee after my operation.", "coffee", True),
        ("I've lost interest in the bowls club.", "bowls club", True),
        ("Biscuits I've given up on the nurse's advice.", "nurse's", False),
        ("The alarm went off at night.", "night", False),
    ],
)
def test_round74_given_up_on_or_gone_off_a_thing_rules_it_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a thing left out at the end of its clause, or out of my food, is ruled out, as
# "leave out the onions" is ("Please leave the mushrooms out", "leave the salt out of my
# soup"); a thing laid out for a time or left out of the fridge stays wanted.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Please leave the mushrooms out.", "mushrooms", True),
        ("Leave the salt out of my soup, please.", "salt", True),
        ("Leave my clothes out for the morning.", "clothes", False),
        ("Leave the butter out of the fridge.", "butter", False),
    ],
)
def test_round74_a_thing_left_out_of_my_food_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: refusing or declining a thing named with "the", "a" or "any" rules it out
# ("Refuses the commode", "I declined the flu jab"); "if I refuse my tablets" is still to be
# taken, and "I'd never refuse a biscuit" wants it.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Refuses the shower most days.", "shower", True),
        ("I declined the flu jab this year.", "flu jab", True),
        ("If I refuse my tablets, come back later.", "tablets", False),
        ("I'd never refuse a biscuit.", "biscuit", False),
    ],
)
def test_round74_a_thing_refused_or_declined_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a kind of thing named with no "the" or "my" ("Wool jumpers are out", "Fizzy drinks
# are out") is ruled out by "are out", as a list of kinds is; people, and "the lights", are out
# of the house or switched off.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Fizzy drinks are out.", "Fizzy drinks", True),
        ("Cream cakes are out, my sugar is too high.", "Cream cakes", True),
        ("The lights are out.", "lights", False),
        ("Grandchildren are out.", "Grandchildren", False),
    ],
)
def test_round74_a_kind_of_thing_that_is_out_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a note answered "refused", "declined" or "no longer" after its thing rules the
# thing out, as "none" and "never" do ("Flu jab: refused", "Offered a shower, declined").
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Chiropody - declined.", "Chiropody", True),
        ("Offered a shower, refused.", "shower", True),
        ("Hearing aids: no longer.", "Hearing aids", True),
        ("I asked the nurse, she refused.", "nurse", False),
    ],
)
def test_round74_a_note_answered_refused_or_declined_rules_its_thing_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a short note that says its thing was refused or declined, with no dash between
# ("Commode refused.", "Shower declined.") rules the thing out; a person who refused does not.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Hoist refused.", "Hoist", True),
        ("Bed bath declined.", "Bed bath", True),
        ("The nurse refused.", "nurse", False),
    ],
)
def test_round74_a_thing_noted_as_refused_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a reply or a note that puts its thing off limits after it ("Cake? Best not.",
# "Crisps: off limits", "Grapefruit - off the menu", "Grapefruit is a no-go") rules it out; a
# "better not" that is no reply to a thing rules nothing out.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Whisky? Better not.", "Whisky", True),
        ("Biscuits: off limits.", "Biscuits", True),
        ("Grapefruit is a no-go for me.", "Grapefruit", True),
        ("The tea was fine, better not to ask.", "tea", False),
    ],
)
def test_round74_a_thing_answered_best_not_or_off_limits_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 74: a clause that says which thing with a doer of its own ("the frame that the physio
# gave me") ends what the not rules out: the doer there is not refused; the thing is.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I won't wear the hat that my sister knitted.", "sister", False),
        ("I won't wear the hat that my sister knitted.", "hat", True),
        ("I don't want the tablets that the GP gave me.", "tablets", True),
    ],
)
def test_round74_a_doer_in_a_clause_saying_which_is_not_refused(text, word, refused):
    assert got(text)[word][1] is refused


# Round 72: a thing before a doing word and "it" does the doing ("don't let the dog lick it"),
# as before "me" or "them": it keeps its picture; a thing naming the kind of an unpictured
# thing still has none ("the sugar tongs").
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Don't let the dog lick it.", "dog", "dog"),
        ("Make the dog drop it.", "dog", "dog"),
        ("I let the budgie peck it.", "budgie", "budgie"),
        ("Pass me the sugar tongs.", "sugar", None),
    ],
)
def test_round72_a_thing_before_a_doing_and_it_does_the_doing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 72: everyday things a generous reader pictures: a bird's seed (not seed potatoes), a
# guide dog's harness (not a hoist's), a picture book, a shoe rack, residential care, the
# Lord's Day, and Mass opening a note of when ("Mass daily at the cathedral", not a mass on a
# scan).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Please top up her seed when you do the water.", "seed", "bird-seed"),
        ("I keep my seed potatoes in the shed.", "seed", None),
        ("Take off his harness when we get home.", "harness", "guide-dog"),
        ("Put the hoist harness on the chair.", "harness", None),
        ("Show me my picture book when I am low.", "picture book", "book"),
        ("The shoe rack is by the back door.", "shoe rack", "shoes"),
        ("I never want residential care.", "residential care", "care-home"),
        ("We keep the Lord's Day quiet.", "Lord's Day", "sunday"),
        ("Mass daily at the cathedral.", "Mass", "mass"),
        ("Mass on my lung scan is smaller.", "Mass", None),
    ],
)
def test_round72_everyday_things_a_generous_reader_pictures(text, word, concept):
    assert concept_on(text, word) == concept


# Round 72: "the cards" beside the bank, a PIN or a cashpoint are bank cards, not playing cards;
# cards played are still playing cards.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Keep my cards and PIN away from visitors; the bank rang.", "cards", "bank-card"),
        ("My nephew takes the cards to the cashpoint.", "cards", "bank-card"),
        ("We play the cards on a Friday.", "cards", "dominoes-cards"),
    ],
)
def test_round72_cards_beside_the_bank_are_bank_cards(text, word, concept):
    assert concept_on(text, word) == concept


# Round 72: a person "in bits" is upset (the idiom); a thing in bits is broken, no feeling.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("She was in bits after the funeral.", "upset"),
        ("I'm only in bits when the post is late.", "upset"),
        ("The vase was in bits on the floor.", None),
    ],
)
def test_round72_a_person_in_bits_is_upset(text, concept):
    assert got(text).get("in bits", (None,))[0] == concept


# Round 72: "take no notice" is an idiom that names no notice board; a notice on the door is one.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Take no notice if I swear; I'm in pain.", None),
        ("If I shout, take no notice.", None),
        ("Put a notice on the door.", "sign"),
    ],
)
def test_round72_take_no_notice_names_no_notice(text, concept):
    assert got(text).get("notice", (None,))[0] == concept


# Round 72: "a drop in eleven years" is a drop (of drink), not someone dropping in; friends who
# drop in are still visitors.
@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("I haven't touched a drop in ten years.", False),
        ("Not a single drop in the house, please.", False),
        ("Friends drop in on Sundays.", True),
    ],
)
def test_round72_a_drop_in_years_is_no_visitor(text, visitor):
    found = {m.concept.id for m in find_all(text, ())}
    assert bool(found & {"visitor", "visitors", "visitors-3"}) is visitor


# Round 72: the doing before "it" is read only where nothing stands between: "the hospital
# barber, it is my faith" names a barber (round 163: and the hospital keeps its picture beside it,
# as labellers key it).
def test_round72_a_doing_before_it_is_not_read_across_a_comma():
    assert got("Not even the hospital barber, it is my faith.")["barber"][0] == "hairdresser"
    assert got("Don't let the dog lick it.")["dog"][0] == "dog"


# Round 73: "put my feet up" is a rest, but with a stool, swelling or ankles in the sentence the
# feet are raised on purpose: the feet and the stool keep their own pictures (as "with my feet up"
# already did).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Put my feet up on the little stool after my walk.", "feet", "feet"),
        ("My ankles puff up, so I put my feet up on a footstool.", "footstool", "footstool"),
        ("After the shopping I put my feet up with the crossword.", "put my feet up", "rest"),
    ],
)
def test_round73_feet_up_on_a_stool_is_no_rest(text, word, concept):
    assert got(text)[word][0] == concept


# Round 73: a pen among ewes, rams or a barn is where animals are kept, never a writing pen.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("The rams were in the pen by the byre all winter.", False),
        ("Dad built a pen for the ewes at lambing.", False),
        ("Sign the form with the black pen, please.", True),
    ],
)
def test_round73_a_pen_for_livestock_is_no_writing_pen(text, pictured):
    assert ("pen" in got(text)) is pictured


# Round 73: clubs, hearts, diamonds and spades named together are the suits of playing cards
# (not a social club, a heart or a garden spade); each alone keeps its own sense.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("We played for hearts and spades at the kitchen table.", "spades", "cards"),
        ("Diamonds were trumps and I never had a club in my hand.", "Diamonds", "cards"),
        ("I dig the beds with my old spade.", "spade", "garden-tools"),
    ],
)
def test_round73_card_suits_named_together_are_playing_cards(text, word, concept):
    assert got(text)[word][0] == concept


# Round 73: the plate handed round with the collection, the offering or down the aisle is money
# given in church, not a dinner plate; a plate of food stays a plate. Round 310: it shows the
# church collection (charity), as "the collection" does, where labellers key it.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The sidesman brings the plate to my pew for the offering.", "plate", "charity"),
        ("Put my envelope on the collection plate for me.", "collection plate", "charity"),
        ("A plate of sandwiches after the service is lovely.", "plate", "plate"),
    ],
)
def test_round73_the_collection_plate_is_money_given(text, word, concept):
    assert got(text)[word][0] == concept


# Round 73: a brew is a cup of tea; only a pot or a teapot in the sentence makes it the pot
# ("strong" says how the tea is, not where it is made).
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Make me a brew, good and strong, when you come in.", "tea"),
        ("A fresh brew in the big pot when my sister visits.", "tea-pot-2"),
    ],
)
def test_round73_a_strong_brew_is_a_cup_of_tea(text, concept):
    assert got(text)["brew"][0] == concept


# Round 73: a trip named by the chapel, church, club or works that runs it is an outing, one
# picture for the two words; the chapel alone is still a church.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The church trip to Llandudno is my favourite day of the year.", "church trip", "outings"),
        ("The works outing went to Blackpool every June.", "works outing", "outings"),
        ("I go to chapel on a Sunday evening.", "chapel", "church"),
    ],
)
def test_round73_a_chapel_trip_is_an_outing(text, word, concept):
    assert got(text)[word][0] == concept


# Round 73: "a drop in" after a count (one drop in each eye, a drop in each ear) is a drop of
# medicine, not a visitor dropping in; "friends drop in" still visit.
@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Two drops in the left eye and one drop in each ear.", False),
        ("Put a drop in each nostril before bed.", False),
        ("My nephew likes to drop in on a Friday.", True),
    ],
)
def test_round73_one_drop_in_each_eye_is_no_visit(text, visit):
    assert any(c in {"visitor", "visitors"} for c, _ in got(text).values()) is visit


# Round 73: a thing "bad for my heart" (the body or its conditions) is ruled out, as "bad for
# me" already was; the body part is the reason and keeps its bare picture; "not bad for my age"
# is praise and "bad for my son" gives no reason of the body.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("Butter is bad for my cholesterol, so only a scrape.", "Butter", True),
        ("The cream cakes are bad for my sugar.", "cream cakes", True),
        ("Coffee is bad for my heart.", "heart", False),
        ("My knees are not bad for my age.", "knees", False),
    ],
)
def test_round73_a_thing_bad_for_my_body_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 73: a jug of water is the jug left out (for wudu, by the bed), not a drop of water; a
# glass of water is still the drink. (Round 168: the water in the jug keeps its own picture.)
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Leave a jug of water on the landing for my wash.", "jug", "measuring-jug"),
        ("Two jugs of water by the bath, please.", "jugs", "measuring-jug"),
        ("A glass of water with my tablets.", "glass of water", "water"),
    ],
)
def test_round73_a_jug_of_water_is_a_jug(text, word, concept):
    assert got(text)[word][0] == concept


# Round 75: the Welsh word list names more care words (crying, a chapel service, a sheepdog, a
# grave, sleeping tablets, to town, swallowing, a stool, locking, the back door, a date, a male
# voice choir, reading glasses, wandering, my sight, tissues, smoking, pounds); "rhag ofn" (just
# in case) is no fear, "gwisgo pad" no dressing, and southern "peidwch" says not.
@pytest.mark.parametrize(
    ("text", "term", "concept", "negated"),
    [
        ("Mae hi'n crio pan mae'n gweld y lluniau.", "crio", "upset", False),
        ("Oedfa'r bore yn y capel sy orau gen i.", "Oedfa", "church", False),
        ("Mae'r ci defaid yn hen erbyn hyn.", "ci defaid", "dog", False),
        ("Dw i'n rhoi blodau ar y bedd bob mis.", "bedd", "cemetery", False),
        ("Mae'r tabledi cysgu yn y cwpwrdd.", "tabledi cysgu", "tablets", False),
        ("Dw i'n mynd i'r dre ar y bws.", "dre", "town", False),
        ("Mae'n anodd llyncu tabledi mawr.", "llyncu", "throat", False),
        ("Dw i'n rhoi fy nhraed ar y stôl.", "stôl", "footstool", False),
        ("Cofiwch gloi'r drws ffrynt.", "drws ffrynt", "door", False),
        ("Mae'r drws cefn yn sownd.", "drws cefn", "door", False),
        ("Dw i'n canu yn y côr meibion.", "côr meibion", "choir-2", False),
        ("Ble mae fy sbectol ddarllen?", "sbectol ddarllen", "glasses", False),
        ("Mae fy ngolwg yn gwaethygu.", "ngolwg", "eyes", False),
        ("Hancesi papur ar y bwrdd, plis.", "Hancesi papur", "tissues", False),
        ("Dw i wedi stopio smygu.", "smygu", "smoking", False),
        ("Mae deg punt yn y pwrs.", "punt", "money", False),
        ("Peidwch rhoi siwgr yn y te.", "siwgr", "sugar", True),
        ("Mae gen i ofn y tywyllwch.", "ofn", "scared", False),  # counter-example: fear
    ],
)
def test_round75_welsh_care_words(text, term, concept, negated):
    assert _in_language(text, "cy")[term] == (concept, negated)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Dw i'n cadw ffon yn y car, rhag ofn.", "ofn"),  # just in case: no fear
        ("Dw i'n gwisgo pad yn y dydd hefyd.", "gwisgo"),  # wears a pad: no dressing
        ("Mae'r drws cefn ar glo.", "cefn"),  # the back door: no back
    ],
)
def test_round75_welsh_words_that_are_not_their_picture(text, term):
    assert term not in _in_language(text, "cy")


# Round 75: the Polish word list names more care words (on the phone, paying by card, falling
# over, letters, garlic, a little lamp, slippers, school, teacher, tissues, a farm, a chest of
# drawers, a pill box, watering), and sugar that is measured or checked is a blood sugar test.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Rozmawiam z siostrą na telefonie.", "telefonie", "phone"),
        ("W sklepie płacę kartą.", "kartą", "bank-card"),
        ("Często się przewracam w łazience.", "przewracam", "fall"),
        ("Syn czyta mi listy od rodziny.", "listy", "letter"),
        ("Czosnek dodaję do wszystkiego.", "Czosnek", "garlic"),  # round 131: its own picture
        ("Zostawcie lampkę w korytarzu.", "lampkę", "lamp"),
        ("Moje kapcie są pod łóżkiem.", "kapcie", "slippers"),
        ("Chusteczki trzymam w torebce.", "Chusteczki", "tissues"),
        ("Mieliśmy gospodarstwo pod Lublinem.", "gospodarstwo", "farm"),
        ("Ubrania są w komodzie.", "komodzie", "chest-of-drawers"),
        ("Pudełko na leki stoi w kuchni.", "Pudełko na leki", "dosette"),
        ("Sama podlewam kwiatki.", "podlewam", "water-plants"),
        ("Rano sprawdzam cukier.", "cukier", "blood-sugar-2"),
        ("Cukier mierzy mi pielęgniarka.", "Cukier", "blood-sugar-2"),
        ("Cukier do kawy, dwie łyżeczki.", "Cukier", "sugar"),  # counter-example: sugar
    ],
)
def test_round75_polish_care_words(text, term, concept):
    assert _in_language(text, "pl")[term][0] == concept


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Listy zakupów pisze mi córka.", "Listy"),  # shopping lists, no letter
        ("Pomagam w gospodarstwie domowym.", "gospodarstwie"),  # the household, no farm
    ],
)
def test_round75_polish_words_that_are_not_their_picture(text, term):
    assert term not in _in_language(text, "pl")


# Round 75: in Welsh and Polish a light doing (eating, drinking, reading, listening) does not give
# way to a thing after a "with" word: that is who or what it is done with ("Czytam z wnuczką":
# reading with her, not reading her); it still gives way to what it is done to.
@pytest.mark.parametrize(
    ("text", "code", "term", "kept"),
    [
        ("Czytam z wnuczką książki.", "pl", "Czytam", True),
        ("Dw i'n bwyta efo'r teulu bob Sul.", "cy", "bwyta", True),
        ("Dw i'n gwrando ar emynau.", "cy", "gwrando", False),  # listening to hymns: the hymns
        ("Czytam gazetę codziennie.", "pl", "Czytam", False),  # done to the paper: its picture
        ("Dw i'n bwyta cawl bob dydd.", "cy", "bwyta", False),
    ],
)
def test_round75_a_light_doing_gives_way_only_to_what_it_is_done_to(text, code, term, kept):
    assert (term in _in_language(text, code)) is kept


# Round 75: a negative whose "not" is taken away by the word after it ("never miss", "only")
# loses it past up to three little words or other negatives too: "sa i byth yn colli oedfa" (I
# never miss a service) keeps the service.
@pytest.mark.parametrize(
    ("text", "term", "negated"),
    [
        ("Sa i byth yn colli'r gymanfa ganu.", "gymanfa ganu", False),
        ("Rwy'n ddiacon, a sa i byth yn colli oedfa.", "oedfa", False),
        ("Sa i byth yn yfed coffi.", "coffi", True),  # never drinks it: ruled out
    ],
)
def test_round75_never_miss_past_two_negatives_keeps_the_thing(text, term, negated):
    assert _in_language(text, "cy")[term][1] is negated


# Round 75: a word a sense rule names after a doing ("chodzić !>do") counts past a little word
# such as "już" (no longer): "Nie chodzę już do kościoła" is "chodzę do kościoła", so the church
# is what the "not" rules out; a little word that opens a place or time of its own ("codi yn y
# bore") still hides the word after it.
@pytest.mark.parametrize(
    ("text", "code", "term", "concept", "negated"),
    [
        ("Nie jeżdżę już na basen, nie chodzę już do klubu.", "pl", "klubu", "club", True),
        ("Nie chodzę już do kościoła.", "pl", "kościoła", "church", True),
        ("Nie chodzę już.", "pl", "chodzę", "walk", True),  # no going anywhere: the walking
        ("Dw i'n codi yn y bore.", "cy", "codi", "get-up", False),
    ],
)
def test_round75_a_sense_word_counts_past_a_little_word_like_no_longer(
    text, code, term, concept, negated
):
    assert _in_language(text, code)[term] == (concept, negated)


# Round 76: the word before a word is read within its clause: a semicolon cuts them apart ("his
# chest is good; Father Ryan brings Communion" is no good father: since round 116 the title is
# part of the priest's name and gets no picture); a note's label stays its context ("Sunday -
# Mass", "Drinks: tea").
@pytest.mark.parametrize(
    ("text", "names", "word", "concept"),
    [
        (
            "His chest is good; Father Ryan brings Communion on Fridays.",
            ["Ryan"],
            "Father",
            None,
        ),
        (
            "She had a bad night; Father Declan said Mass at the bedside.",
            ["Declan"],
            "Father",
            None,
        ),
        ("He was a good father to all of us.", [], "father", "father"),
        ("Sunday - Mass if her grandson can drive her.", [], "Mass", "church-3"),
    ],
)
def test_round76_the_word_before_is_read_within_its_clause(text, names, word, concept):
    assert got(text, names).get(word, (None,))[0] == concept


# Round 76: a staff note's short day before am or pm is that day ("Sun am - Mass", "Sat pm:
# football", "Wed am - nurse"); "sat in the sun" is still sitting in the sunshine.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Sun am - Holy Communion at the Cathedral.", "Sun", "sunday"),
        ("Sat pm - the racing on the radio.", "Sat", "saturday"),
        ("Wed am: chiropodist.", "Wed", "wednesday"),
        ("We sat in the sun after lunch.", "sat", "chair"),
        ("We sat in the sun after lunch.", "sun", "summer"),
    ],
)
def test_round76_a_short_day_before_am_or_pm_is_that_day(text, word, concept):
    assert got(text)[word][0] == concept


# Round 76: "w/c" in a staff note is a wheelchair ("Uses a w/c outside", "No w/c - walks with a
# stick" rules it out), but "w/c 3rd May" (week commencing a date) is no wheelchair.
def test_round76_w_slash_c_is_a_wheelchair_but_not_before_a_date():
    assert got("Uses a w/c outside, frame indoors.")["w/c"] == ("wheelchair", False)
    assert got("W/c for church on Sundays.")["W/c"] == ("wheelchair", False)
    assert got("No w/c - she walks with a stick.")["w/c"] == ("wheelchair", True)
    assert "wheelchair" not in {c for c, _ in got("Physio review w/c 3rd May.").values()}


# Round 76: "sugar diabetes" and "tablets for sugar" picture the diabetes, not a bag of sugar;
# "No sugar in my tea, I'm diabetic" still refuses the sugar.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Sugar diabetes - tablets with breakfast.", "Sugar diabetes", "diabetes"),
        ("He has sugar diabetes and a bad chest.", "sugar diabetes", "diabetes"),
        ("Tablets for sugar: metformin with breakfast and tea.", "sugar", "diabetes"),
        ("No sugar in my tea, I'm diabetic.", "sugar", "sugar"),
        ("Sugar for my porridge, one spoon.", "Sugar", "sugar"),
    ],
)
def test_round76_sugar_diabetes_and_tablets_for_sugar_are_the_diabetes(text, word, concept):
    assert got(text)[word][0] == concept


# Round 76: crossing the legs (hip precautions) is the legs, not a road crossing; a pelican
# crossing is still the road.
def test_round76_crossing_the_legs_is_no_road_crossing():
    assert got("Hip precautions: no low chairs, no crossing legs.")["crossing legs"] == (
        "legs",
        True,
    )
    assert got("Don't cross your legs in bed.")["cross your legs"][0] == "legs"
    assert got("We use the pelican crossing by the shop.")["pelican crossing"][0] == "traffic"


# Round 76: "signed for a loan" is no parcel in the post, and notes (money) folded are not the
# washing; "I signed for a parcel" and "I folded the washing" are unchanged.
def test_round76_a_loan_signed_for_and_notes_folded_keep_their_sense():
    assert "post-2" not in {c for c, _ in got("She signed for a doorstep loan.").values()}
    assert "fold-clothes" not in {c for c, _ in got("Notes folded so she knows a fiver.").values()}
    assert got("I signed for a parcel.")["signed for"][0] == "post-2"
    assert got("I folded the washing.")["folded"][0] == "fold-clothes"


# Round 76: a refused cutting of the person's own food ("Don't cut her food up", "don't cut up
# my meat") refuses the cutting; the food is still eaten. Not the body: "never cut my hair"
# and "I mustn't cut my own nails" are read as before.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("'I am not a baby.' Don't cut her food up.", "food", False),
        ("Please don't cut up his meat, he manages it himself.", "meat", False),
        ("Please don't cut up his meat, he manages it himself.", "cut up", True),
        ("I can't cut up meat any more.", "meat", True),
        ("Podiatrist every 6 weeks - I mustn't cut my own nails.", "nails", True),
    ],
)
def test_round76_a_refused_cutting_of_my_food_leaves_the_food(text, word, refused):
    assert got(text)[word][1] is refused


# Round 76: "too proud" is pride that keeps a person from help, not a happy face; "so proud of
# my grandson" is still happy.
def test_round76_too_proud_is_no_happy_face():
    assert "happy" not in {c for c, _ in got("Won't use the food bank - too proud.").values()}
    assert "happy" not in {c for c, _ in got("She is too proud to ask for money.").values()}
    assert got("I am so proud of my grandson.")["proud"][0] == "happy"


# Review (round 79): the vocabulary loader refuses a concept id given twice in vocabulary.yml,
# naming it (a second YAML key would silently replace the first, words, picture and all); one
# id given once, and the same word under two ids, are read as before.
def test_review79_a_concept_id_given_twice_is_refused_by_name():
    from plugins.symbols.vocabulary import read_document

    twice = (
        "concepts:\n"
        "  kettle: {symbol: 'openmoji:kettle', words: [kettle]}\n"
        "  teapot: {symbol: 'openmoji:teapot', words: [teapot]}\n"
        "  kettle: {symbol: 'mulberry:kettle', words: [kettle, urn]}\n"
    )
    with pytest.raises(ValueError, match=r"line 4: the concept id 'kettle' is given twice"):
        read_document(twice)
    once = "concepts:\n  kettle: {symbol: 'openmoji:kettle', words: [kettle]}\n"
    assert read_document(once) == {
        "concepts": {"kettle": {"symbol": "openmoji:kettle", "words": ["kettle"]}}
    }
    # the shipped vocabulary has no id twice
    assert load().concepts


# Review (round 79): a refusal that only may happen, after a condition or a "may" ("If she
# refuses a drink, offer tea", "He may refuse the shower"), rules nothing out: the thing is still
# offered, as "If I refuse my tablets" already was; a refusal that happened still rules it out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("If she refuses a drink, offer tea instead.", "drink", False),
        ("He may refuse the shower if the water is cold.", "shower", False),
        ("When Dad declines a wash, leave it and come back later.", "wash", False),
        ("Sometimes I refuse the commode at night, so please ask again.", "commode", False),
        ("Dad refused a drink when the carer came.", "drink", True),
        ("She refused the shower, so we gave her a wash at the sink.", "shower", True),
    ],
)
def test_review79_a_refusal_that_may_happen_rules_nothing_out(text, word, negated):
    found = {m.term: m.negated for m in find_all(text)}
    assert found[word] is negated


# Review (round 79): one sense, one concept id: round 76's "sugar diabetes" and "crossing legs"
# words live in the diabetes and legs concepts whose picture and alt they repeated, not in second
# ids (diabetes-r76, legs-r76); plain sugar and a road crossing keep their own.
def test_review79_sugar_diabetes_and_crossed_legs_are_the_diabetes_and_legs_concepts():
    assert "diabetes-r76" not in load().concepts and "legs-r76" not in load().concepts
    assert got("Mum has had sugar diabetes for years.")["sugar diabetes"][0] == "diabetes"
    assert got("He takes tablets for sugar with his tea.")["sugar"][0] == "diabetes"
    assert got("Please help me sit without crossing my legs.")["crossing my legs"][0] == "legs"
    assert got("A spoon of sugar in my coffee, please.")["sugar"][0] == "sugar"
    assert got("I use the crossing by the post office.")["crossing"][0] == "traffic"


# Review (round 79): a health or sense that "declined a lot", steadily, further... got worse: no
# "saying no" picture; declining the flu jab or a shower still says no.
def test_review79_declined_a_lot_is_getting_worse_not_saying_no():
    assert "declined" not in got("My hearing has declined a lot.")
    assert "declined" not in got("Her memory has declined steadily since the stroke.")
    assert got("I declined the flu jab this year.")["declined"][0] == "refuse"
    assert got("She declined a shower, so we offered a wash.")["declined"][0] == "refuse"


# Review (round 79): scripts/build_symbols.py reads vocabulary.yml as the matcher does, so a
# concept id given twice stops the build by name too; the shipped file builds as before.
def test_review79_build_symbols_refuses_a_concept_id_given_twice(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_symbols", "scripts/build_symbols.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.vocabulary_refs()  # the shipped file reads as before
    (tmp_path / "vocabulary.yml").write_text(
        "concepts:\n  rug: {symbol: 'mulberry:rug'}\n  rug: {symbol: 'openmoji:rug'}\n"
    )
    monkeypatch.setattr(build, "DATA", tmp_path)
    with pytest.raises(ValueError, match="the concept id 'rug' is given twice"):
        build.vocabulary_refs()


# Review (round 79): "refuses to" that only may happen (after a condition or a "may") rules
# nothing out either, as "refuses the" does: "If she refuses to have a shower, offer a bath";
# "I refuse to use a walking frame" still rules the frame out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("If she refuses to have a shower, offer a bath.", "shower", False),
        ("He may refuse to take his tablets, so ask again later.", "tablets", False),
        ("I refuse to use a walking frame.", "walking frame", True),
        ("Mum refused to go to the hospital.", "hospital", True),
    ],
)
def test_review79_refusing_to_that_may_happen_rules_nothing_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 80: a doer who says they do not touch a thing ("I don't touch the cards", "She never
# touches her purse") does not use it: the thing is ruled out. An order to others ("Please
# don't touch my kara", "Never touch his hair") keeps the thing.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I don't touch the cards or the PIN.", "cards", True),
        ("She never touches her purse now, her son has it.", "purse", True),
        ("I've never touched the savings account.", "savings account", True),
        ("Please don't touch my kara.", "kara", False),
        ("Never touch his hair or his kara without asking.", "kara", False),
    ],
)
def test_round80_a_thing_the_doer_does_not_touch_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 80: not wanting a thing called, brought, fetched or sent, or left on or out, is not
# wanting the thing there: "I don't want a priest called" rules out the priest. A thing moved,
# or left open, keeps the thing ("I don't want the bird feeders moved", "...the door left open").
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("I don't want a priest called unless I ask.", "priest", True),
        ("I don't want the doctor called for a cold.", "doctor", True),
        ("I don't want my dinner brought up to my room.", "dinner", True),
        ("I don't want the radio left on all night.", "radio", True),
        ("I don't want the bird feeders moved.", "bird feeders", False),
        ("I don't want the door left open.", "door", False),
    ],
)
def test_round80_a_thing_not_wanted_called_or_brought_is_ruled_out(text, word, refused):
    assert got(text)[word][1] is refused


# Round 77: a thing skipped in an "if" clause ("if I skip lunch, my sugar goes low") is what
# goes wrong without it, so it is needed, not ruled out; "I skip breakfast on Fridays" still
# rules the breakfast out.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("My sugar goes low if I skip lunch, so keep a biscuit in my bag.", "lunch", False),
        ("If I skip my dinner I get shaky.", "dinner", False),
        ("I skip breakfast on Fridays.", "breakfast", True),
    ],
)
def test_round77_a_meal_skipped_in_an_if_clause_is_needed(text, word, refused):
    assert got(text)[word][1] is refused


# Round 77: "the Sister on the ward" (capitalised, as a title) is a nurse where a ward, clinic
# or nurse is named in the sentence; "my sister" and "a sister in Leeds" stay family.
def test_round77_the_sister_on_the_ward_is_a_nurse():
    assert got("The Sister on the ward told me to rest my leg.")["Sister"][0] == "nurse-r77"
    assert got("I was a Sister on a children's ward.")["Sister"][0] == "nurse-r77"
    assert got("My sister visits me on the ward.")["sister"][0] == "sister"
    assert got("I have a sister in Leeds.")["sister"][0] == "sister"


# Round 77: a bracket right after a refused thing that names it again as a plural thing ("No
# spice (sweets)") is refused too; a bracketed reason ("No nuts (allergy)", "No pork
# (religion)") is left alone.
@pytest.mark.parametrize(
    ("text", "word", "refused"),
    [
        ("No pop (fizzy drinks) after six, please.", "fizzy drinks", True),
        ("No spice (sweets) - he's diabetic.", "sweets", True),
        ("No nuts (allergy), and tea with milk.", "allergy", False),
        ("No pork (religion), thank you.", "religion", False),
    ],
)
def test_round77_a_bracketed_plural_after_a_refused_thing_is_refused(text, word, refused):
    assert got(text)[word][1] is refused


# Round 77: "snap" (a packed lunch) is food where the sentence talks of eating or what is in
# it; "a snap of my grandson" is still a photo.
def test_round77_snap_with_a_pie_is_a_packed_lunch():
    assert got("Snap at one - he likes a cheese sandwich.")["Snap"][0] == "packed-lunch-r77"
    assert got("A snap of my grandson is on the wall.")["snap"][0] == "photos"


# Round 78: Welsh "te" (tea) is tea at the start of the text too ("Te cyn cysgu?"); "yn unig"
# is "only", not lonely ("... yn y glust chwith yn unig"), while "'n unig" stays lonely.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Te a bara brith i de bob dydd Sul.", "Te", "tea"),
        ("Dw i'n yfed te bob bore.", "te", "tea"),
        ("Dw i'n teimlo'n unig ers i Wil farw.", "unig", "lonely"),
        ("Ffon gerdded yn y tŷ yn unig.", "unig", None),
    ],
)
def test_round78_welsh_tea_first_and_yn_unig_only(text, word, concept):
    assert _in_language(text, "cy").get(word, (None,))[0] == concept


# Round 78: a question answered by a sentence that is only a negative ("Te cyn cysgu? Byth.",
# "Kawa wieczorem? Nigdy.") rules out what it asks about, not the place or time in it; a longer
# answer ("Te? Dim ond gyda llaeth.") and a question answered some other way are left alone.
@pytest.mark.parametrize(
    ("text", "code", "word", "expected"),
    [
        ("Coffi ar ôl swper? Byth!", "cy", "Coffi", ("coffee", True)),
        ("Coffi ar ôl swper? Byth!", "cy", "swper", ("meal", False)),
        ("Dw i'n yfed te. Coffi? Na.", "cy", "te", ("tea", False)),
        ("Dw i'n yfed te. Coffi? Na.", "cy", "Coffi", ("coffee", True)),
        ("Kawa wieczorem? Nigdy.", "pl", "Kawa", ("coffee", True)),
        ("Kawa wieczorem? Nigdy.", "pl", "wieczorem", ("evening", False)),
        ("Te? Dim ond gyda llaeth.", "cy", "Te", ("tea", False)),
        ("Kawa? Tak, z mlekiem.", "pl", "Kawa", ("coffee", False)),
    ],
)
def test_round78_a_question_answered_never_rules_out_what_it_asks(text, code, word, expected):
    assert _in_language(text, code)[word] == expected


# Round 78: in Punjabi and Urdu a fear word right beside a negative takes its "not" for itself
# ("ਨਹੀਂ ਡਰਦਾ", "ڈر نہیں لگتا": not afraid): the fear is ruled out, going out alone is not; a
# fear that is said stays bare, and another "not" in the sentence still rules out its own thing.
@pytest.mark.parametrize(
    ("text", "code", "word", "expected"),
    [
        ("ਮੈਂ ਕੁੱਤੇ ਤੋਂ ਨਹੀਂ ਡਰਦੀ, ਪਰ ਬਿੱਲੀ ਨਹੀਂ ਚਾਹੀਦੀ।", "pa", "ਕੁੱਤੇ", ("dog", False)),
        ("ਮੈਂ ਕੁੱਤੇ ਤੋਂ ਨਹੀਂ ਡਰਦੀ, ਪਰ ਬਿੱਲੀ ਨਹੀਂ ਚਾਹੀਦੀ।", "pa", "ਡਰਦੀ", ("scared", True)),
        ("ਮੈਂ ਕੁੱਤੇ ਤੋਂ ਨਹੀਂ ਡਰਦੀ, ਪਰ ਬਿੱਲੀ ਨਹੀਂ ਚਾਹੀਦੀ।", "pa", "ਬਿੱਲੀ", ("cat", True)),
        ("مجھے کتے سے ڈر نہیں لگتا۔", "ur", "کتے", ("dog", False)),
        ("مجھے کتے سے ڈر نہیں لگتا۔", "ur", "ڈر", ("scared", True)),
        ("مجھے کتے سے ڈر لگتا ہے۔", "ur", "ڈر", ("scared", False)),
        ("میں چائے نہیں پیتی۔", "ur", "چائے", ("tea", True)),
    ],
)
def test_round78_not_afraid_rules_out_the_fear_alone(text, code, word, expected):
    assert _in_language(text, code)[word] == expected


# Round 78: Polish glaucoma, macular degeneration and poor sight are the eyes' picture, as
# English "glaucoma" and "macular degeneration" are (the poor-sight picture is named by none of
# them); glasses stay glasses.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mam jaskrę i słabo widzę.", "jaskrę", "eyes"),
        ("Przez zwyrodnienie plamki czytam z lupą.", "zwyrodnienie plamki", "eyes"),
        ("Noszę okulary do czytania.", "okulary", "glasses"),
    ],
)
def test_round78_polish_sight_loss_is_the_eyes_picture(text, word, concept):
    assert _in_language(text, "pl")[word][0] == concept


# Round 78: in Welsh and Polish one grandchild and one photo take the pictures English
# "grandson" and "photo" take (a child, a framed picture); the plurals keep the grandchildren
# and the photographs (Welsh ŵyr too: simplemma gives it as the lemma of wyrion).
@pytest.mark.parametrize(
    ("text", "code", "word", "concept"),
    [
        ("Mae fy wyres yn galw bob dydd Sul.", "cy", "wyres", "children"),
        ("Dw i'n gweddïo dros fy mhlant a'm hwyrion.", "cy", "hwyrion", "grandchildren"),
        ("Mae'r wyrion yn dod adre.", "cy", "wyrion", "grandchildren"),
        ("Ma llun Ann ar y wal.", "cy", "llun", "photos"),
        ("Wnuk przychodzi w sobotę.", "pl", "Wnuk", "children"),
        ("Wnuki przychodzą w niedzielę.", "pl", "Wnuki", "grandchildren"),
        ("Zdjęcie żony stoi na komodzie.", "pl", "Zdjęcie", "photos"),
        ("Oglądam zdjęcia z wnukami.", "pl", "zdjęcia", "photographs"),
    ],
)
def test_round78_one_grandchild_and_one_photo_as_in_english(text, code, word, concept):
    assert _in_language(text, code)[word][0] == concept


# Round 78: Polish "kąpię się pod prysznicem" (I wash under the shower) shows the shower, not a
# bath; "kąpię się w wannie" and "kąpać się" alone are still the bath.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Kąpię się pod prysznicem co drugi dzień.", "Kąpię", None),
        ("Kąpię się pod prysznicem co drugi dzień.", "prysznicem", "shower"),
        ("Kąpię się w wannie w sobotę.", "Kąpię", "bath"),
    ],
)
def test_round78_washing_under_the_shower_is_no_bath(text, word, concept):
    assert _in_language(text, "pl").get(word, (None,))[0] == concept


# Dignity: "W/C" in a care note is also the toilet ("help to the W/C"); after "the" or "to" it
# may be either, so it gets no wheelchair there. Only "a w/c", "her w/c", "uses w/c", "No w/c"
# name the wheelchair itself.
@pytest.mark.parametrize(
    ("text", "wheelchair"),
    [
        ("Needs help to the W/C at night.", False),
        ("Walk her to the w/c after breakfast.", False),
        ("Uses a w/c outside, frame indoors.", True),
        ("Pushes her own w/c around the garden.", True),
    ],
)
def test_w_c_is_a_wheelchair_only_where_no_toilet_can_be_meant(text, wheelchair):
    assert ("wheelchair" in {c for c, _ in got(text).values()}) is wheelchair


# Round 81: a sound or a light asked to be off is ruled out, as "No television" is: an order
# ("turn off TV", "Please switch the radio off"), one that stays off ("the television stays
# off") and one wished off ("I want the big light off"); a negated order keeps it ("Don't turn
# the radio off"), the person's own doing is told ("I turn the telly off at ten"), and a thing
# still there when off is not ruled out ("Turn the oven off at the wall").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Mealtimes - turn off the telly, he loses track.", "telly", True),
        ("Please switch the radio off when the nurse comes.", "radio", True),
        ("On Fridays the television stays off.", "television", True),
        ("I want my glasses on and the big light off.", "big light", True),
        ("Please don't turn the radio off, it keeps me company.", "radio", False),
        ("I turn the telly off at ten myself.", "telly", False),
        ("Turn the oven off at the wall after tea.", "oven", False),
    ],
)
def test_round81_a_sound_or_light_asked_off_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 81: a health care assistant, as staff write it (HCA), is the care assistant.
def test_round81_hca_is_the_care_assistant():
    assert got("HCA to help with the shower at eight.")["HCA"][0] == "care-assistant"
    assert got("The healthcare assistant comes at eight.")["healthcare assistant"][0] == (
        "care-assistant"
    )
    assert got("The care assistant comes at eight.")["care assistant"][0] == "care-assistant"


# Round 81: a thing ruled out in one place or at one time, where the sentence goes on to say
# where or when it is used ("I don't need a stick indoors, only outside"), is still used, so it
# is not crossed out; without the "only" it stays ruled out ("The stick is no longer used
# indoors", "I'd rather not use the white stick indoors").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Her frame is no longer used upstairs, only downstairs.", "frame", False),
        ("I don't wear my splint in the day, only at night.", "splint", False),
        ("Her frame is no longer used upstairs.", "frame", True),
        ("I'd rather not use the white stick indoors.", "white stick", True),
    ],
)
def test_round81_a_thing_used_only_elsewhere_is_not_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 81: what a refused thing comes in or from, said with "a" ("soup from a packet", "the
# stuff from a jar", "a hot drink in a glass"), is the kind refused, so it is ruled out with
# it; the person's own or a known one says where ("sugar in my tea", "biscuits from the tin"),
# "in a minute" says when, and a second one after "only" leaves the thing wanted ("tea from a
# mug, only from a china cup": the mug alone).
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("She won't eat soup from a packet.", "packet", True),
        ("No pasta sauce from a jar for her.", "jar", True),
        ("Please don't give him a cold drink in a glass.", "glass", True),
        ("No sugar in my coffee, please.", "coffee", False),
        ("I won't drink coffee from a mug, only from a china cup.", "coffee", False),
        ("I don't go out, as I can't be far from a toilet.", "toilet", False),
    ],
)
def test_round81_what_a_refused_thing_comes_in_is_refused_with_it(text, word, negated):
    assert got(text)[word][1] is negated


# Round 82: fresh or cut flowers are the flowers; the vase only where the text names a vase.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My niece brings fresh flowers when she visits.", "fresh flowers", "flowers"),
        ("Cut flowers make the front room smell nice.", "Cut flowers", "flowers"),
        ("Please fill the vase with water every morning.", "vase", "vase"),
    ],
)
def test_round82_fresh_flowers_are_the_flowers_not_a_vase(text, word, concept):
    assert got(text)[word][0] == concept


# Round 82: the back step is a step at the back of the house (the stairs picture), not the
# front door; the front step is still the front door.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like my cup of tea sitting on the back step.", "back step", "stairs"),
        ("Mind the back steps when it is icy.", "back steps", "stairs"),
        ("The milk is left on the front step.", "front step", "front-door"),
    ],
)
def test_round82_the_back_step_is_a_step_not_the_front_door(text, word, concept):
    assert got(text)[word][0] == concept


# Round 82: the box one walks or takes something to, in a sentence about post, is the post box;
# a box things are kept in ("my letters in a box under the bed") is still a box.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Could you take my birthday cards to the box on the corner?", "post-letter"),
        ("I keep my old letters in a box under the bed.", "box-2"),
        ("Put the stamps back in the box, please.", "box-2"),
    ],
)
def test_round82_the_box_one_posts_letters_in_is_the_post_box(text, concept):
    assert got(text)["box"][0] == concept


# Round 82: a bone, a fracture and osteoporosis (thin bones) are the bones' picture; the hip's
# picture is only for the hip ("my new hip", "a broken hip").
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The X-ray showed a small bone broken in my hand.", "bone", "bones"),
        ("Since my osteoporosis was found I take calcium.", "osteoporosis", "bones"),
        ("The fracture in my wrist is healing.", "fracture", "bones"),
        ("My new hip lets me walk to the shop.", "new hip", "hip"),
    ],
)
def test_round82_a_bone_is_the_bones_picture_not_the_hip(text, word, concept):
    assert got(text)[word][0] == concept


# Round 82: "to my bones", "to the bone" after a role say "through and through" and name no
# bone; "chilled to the bone" and "worked myself to the bone" keep their own pictures, and a bone
# the dog takes is still a bone.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I am a farmer to my bones, so I like to hear about the weather.", "bones", None),
        ("She is a Londoner to the bone.", "bone", None),
        ("I was chilled to the bone at the bus stop.", "chilled to the bone", "cold-idiom"),
        ("The dog took the bone to the garden.", "bone", "bones"),
    ],
)
def test_round82_to_my_bones_names_no_bone(text, word, concept):
    assert concept_on(text, word) == concept


# Round 82: a church, chapel, temple or prayer bell is the bell, not the building; the temple
# alone is still the temple.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Please dust the little temple bell on my shrine.", "temple bell", "bell-2"),
        ("I can hear the chapel bell from my window.", "chapel bell", "bell-2"),
        ("My son takes me to the temple for Diwali.", "temple", "temple"),
    ],
)
def test_round82_a_temple_or_chapel_bell_is_the_bell(text, word, concept):
    assert got(text)[word][0] == concept


# Round 82: what gets stuck or rubs under my plate is under the dentures; a mat under my plate
# is under a dinner plate.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Raspberry pips get stuck under my plate, so no jam with bits.", "dentures"),
        ("The new bread rubs under my plate and makes my gums sore.", "dentures"),
        ("Put a mat under my plate so it does not slide.", "plate"),
    ],
)
def test_round82_stuck_under_my_plate_is_the_dentures(text, concept):
    assert got(text)["plate"][0] == concept


# Round 82: a plural label that opens a note, a colon or dash after it, names the things the
# note is about ("Rings: wedding and engagement" shows the rings, no telephone); "She rings me"
# and the order "Ring: Sue on a Sunday" still ring.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Rings: gold ones, she wears them every day.", "Rings", "ring-jewellery"),
        ("Rings - too tight now, keep them in the box.", "Rings", "ring-jewellery"),
        ("She rings me every Sunday.", "rings", "phone"),
        ("Ring: Sue on a Sunday.", "Ring", "phone"),
    ],
)
def test_round82_a_plural_label_names_things_not_a_doing(text, word, concept):
    assert got(text)[word][0] == concept


# Round 83: 999 is the number that brings an ambulance: its picture is the ambulance, as "nine
# nine nine" already was (not a red "SOS" button, which is text); "SOS" and "an emergency" keep
# the emergency button.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("If she cannot wake him, dial 999 and unlock the front door.", "999", "ambulance"),
        ("Chest pain not easing after the spray: 999.", "999", "ambulance"),
        ("In an emergency press the red button on his pendant.", "emergency", "emergency"),
    ],
)
def test_round83_999_is_the_ambulance(text, word, concept):
    assert got(text)[word][0] == concept


# Round 83: a body part rested on a thing with a picture ("put my feet up on the footstool", "sit
# with my legs on the pouffe") gives way to that thing: the footstool says what to do; a body part
# that is itself seen to ("check my feet") and a thing put by the feet keep their places.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("In the evening please lift my legs up onto the pouffe.", "pouffe"),
        ("Her heels get sore, so rest her feet on a pillow in bed.", "pillow"),
        ("My ankles swell, so I sit with my feet up on the footstool.", "footstool"),
        ("Please check my feet for sores when you wash them.", "feet"),
        ("Put the cup on the table by my feet.", "cup"),
    ],
)
def test_round83_a_body_part_rested_on_a_thing_gives_way_to_the_thing(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term


# Round 83: requests that list a pet's things ("Please change his water and cover his cage") are
# the pet's care: "his" or "her" points back to the pet named before, as "Please feed her" does,
# and the pet is the idea; one thing asked for stays the thing ("Please clean his cage"), and a
# person named with the pet ("My son has a dog") or a person's things leave the things alone.
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        (
            "Our cat Smudge sleeps on my bed. Please fill her bowl and brush her coat.",
            ("Smudge",),
            "cat",
        ),
        (
            "Bertie is my dog, a little terrier. Clean his bowl and change his water.",
            ("Bertie",),
            "terrier",
        ),
        ("My son has a dog. Please wash his car on Sundays.", (), "car"),
        ("Our cat Smudge sleeps a lot. Please wash her bowl every day.", ("Smudge",), "bowl"),
        ("My husband had a stroke. Please help me wash his hair.", (), "hair"),
    ],
)
def test_round83_a_pets_things_asked_for_are_for_the_pet(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


# Round 83: an order to tell or ask the person something, whose clause names nothing else with a
# picture ("Tell me who you are", "Please say your name", "just tell me it's Sunday"), is a
# talk: its idea picture is the talking head, though "tell" alone gets no inline picture. A
# clause that names what to tell about ("Tell me when my insulin is due"), points back to a thing
# ("tell me each one"), asks leave ("ask me before you open them"), comes under a label naming a
# thing ("Cricket: ... Tell me the score") or rules the talk out keeps its own idea.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My memory is poor now. Please tell me who you are every time.", "talk"),
        ("He gets muddled about the day. Don't correct him, just tell him it's Sunday.", "talk"),
        ("Please tell me when my insulin is due.", "injection"),
        ("I won't take pills I don't know. Please tell me what each one is for.", "tablets"),
        ("Letters: ask me before you open them.", "letter"),
        ("Cricket: Lancashire. Tell me the score at teatime.", "cricket"),
        ("Hearing: poor on the left. Please tell me who you are.", "talk"),
    ],
)
def test_round83_an_order_to_tell_the_person_something_is_a_talk(text, concept):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.concept.id == concept


# Round 83: a note that opens with a word that can be a thing, then "by" or "beside" ("Bottle by
# the bed", "Stick beside my chair at night"), says where the thing is kept: the word is the thing,
# no order, so the thing is the idea, not where it is kept; a word that can only be a doing ("Sit
# by the fire") is still an order done there.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Uses a stick indoors. Stick beside my chair at night.", "stick"),
        ("Gets thirsty in the night. Jug by the bed, please.", "Jug"),
        ("Sit by the fire after tea.", "fire"),
    ],
)
def test_round83_a_thing_by_a_place_opens_a_note(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term


# Round 83: the language a talk is in ("Please speak to me in Gujarati") is how the talk is
# done, no tool or place that outranks it, and a language spoken is no thing done to: the talk is
# the idea; a language that only names a kind of thing ("the Welsh paper") leaves it alone.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My first language is Gujarati. Please speak to me in Gujarati when you can.", "talk"),
        ("I speak Polish at home. Please talk to me in Polish, slowly.", "talk"),
        ("I read the Welsh paper every week.", "newspaper"),
    ],
)
def test_round83_the_language_of_a_talk_gives_way_to_the_talk(text, concept):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.concept.id == concept


# Round 83: "so I do love...", "so I did enjoy..." say what is so, with weight, not what a thing
# is for: the wish there is the point ("I nursed for years, so I do love a good chat"); "so I do
# not fall" is still a purpose.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "I nursed for years, dear, so I do love a good chat. Please sit with me a while.",
            "a good chat",
        ),
        ("My sister rings on Sundays, so I do like a quiet room then.", "a quiet room"),
        ("Leave the lamp on so I do not fall in the dark.", "lamp"),
    ],
)
def test_round83_so_i_do_says_what_is_so_not_what_for(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term


# Round 84: a bottle is a thing with its own picture (jars and bottles, a pill or eye-drop bottle,
# a bottle of ale); a urine bottle by the bed, a hot water bottle and a bottle bank keep theirs.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I can never get the top off a new bottle of squash.", "bottle", "bottle"),
        ("The shampoo bottles are too heavy for me to tip.", "bottles", "bottle"),
        ("My eye drops go in at night. The bottle lives in the fridge door.", "bottle", "bottle"),
        ("I use a urine bottle in the night.", "urine bottle", "toilet"),
        ("A hot water bottle at night helps my back.", "hot water bottle", "hot-water-bottle"),
        ("We take the jars to the bottle bank on Fridays.", "bottle", None),
    ],
)
def test_round84_a_bottle_is_a_bottle(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: one pouch where the sentence talks of a cat, of its biscuits or of feeding is cat food,
# as "pouches" already was; a stoma pouch keeps the stoma picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Smudge the cat has a pouch at five and biscuits at bedtime.", "pouch", "cat-food-2"),
        ("Feed Tiddles one pouch at six; the cat flap is locked at night.", "pouch", "cat-food-2"),
        ("I empty my stoma pouch before bed.", "stoma pouch", "stoma-care"),
        ("Keep my tobacco pouch on the windowsill.", "pouch", None),
    ],
)
def test_round84_a_pouch_for_the_cat_is_cat_food(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: a chart that is ticked, checked, filled in or kept, or that goes with tablets, weight or
# blood pressure, is the care chart; a chart of songs or of the sea is still none.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Tick the chart when I have had my eye drops.", "chart", "chart"),
        ("My son keeps a chart of my sugar levels and my weight.", "chart", "chart"),
        ("Check my chart before you give me any tablets.", "chart", "chart"),
        ("That record was top of the chart when we were courting.", "chart", None),
    ],
)
def test_round84_a_chart_ticked_or_kept_is_the_care_chart(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: a course of treatment is the medicine's picture ("after the treatment ends"); the
# silent treatment, fair treatment and a beauty treatment are none.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I feel sick for two days after each treatment.", "treatment", "medicine"),
        ("The treatments for my eyes are at the eye clinic.", "treatments", "medicine"),
        ("My sister gives me the silent treatment when I forget.", "treatment", None),
        ("I want the same treatment as everybody else.", "treatment", None),
    ],
)
def test_round84_a_treatment_is_medicine(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: pictures asked for beside easy words, big print, short sentences or letters (Easy Read)
# are the picture's picture; colouring pictures and moving pictures are not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Explain my bills to me with pictures, not long words.", "pictures", "photos"),
        ("Pictures and big print help me understand my appointments.", "Pictures", "photos"),
        ("I like to colour pictures with my granddaughter.", "pictures", None),
    ],
)
def test_round84_pictures_asked_for_beside_easy_words(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: bags left where a person may trip (on the stairs or the floor, in the hall, beside
# shoes) are the bag's picture; stoma bags and tea bags are not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Keep bags off the landing floor, I tripped over one in May.", "bags", "handbag"),
        ("No bags in the doorway, I need the walkway clear for my frame.", "bags", "handbag"),
        ("My stoma bags are in the bathroom cupboard, so clear a shelf.", "stoma bags", "stoma"),
        ("I like strong tea; two tea bags in the pot on the floor of the shed.", "bags", None),
    ],
)
def test_round84_bags_where_a_person_may_trip(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: steps that are wet, icy, steep or stone, or steps down or up to a garden or door, are
# the stairs; a walker's small steps and steps counted with the physio are not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I slipped on wet steps outside the chapel last year.", "steps", "stairs"),
        ("There are stone steps down to my garden.", "steps", "stairs"),
        ("The physio says my steps are getting smaller.", "steps", None),
        ("I can only manage a few steps with the frame.", "steps", None),
    ],
)
def test_round84_wet_or_steep_steps_are_stairs(text, word, concept):
    assert concept_on(text, word) == concept


# Round 84: seeds in food (bread with seeds, nuts or seeds that stick under dentures) are the seeds'
# picture; seeds sown in the garden and bird seed keep theirs.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like a granary loaf with seeds on top, toasted.", "seeds", "seeds-food"),
        ("No seeds in my yoghurt please, they get under my dentures.", "seeds", "seeds-food"),
        ("I sow my seeds in the greenhouse every March.", "seeds", "tomato-plants"),
    ],
)
def test_round84_seeds_in_food(text, word, concept):
    assert concept_on(text, word) == concept


# Round 86: "the drink" standing alone after "off", "not", "given up" or "died of" is alcohol
# ("I'm off the drink", "it was the drink that killed him"); a drink someone holds or picks up
# is still a drink.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My brother is off the drink since Easter.", "alcohol-idiom"),
        ("She gave up the drink when the baby came.", "alcohol-idiom"),
        ("His liver went; he died of the drink in the end.", "alcohol-idiom"),
        ("Pick up the drink for me, my hands are stiff.", "drink"),
        ("Hold the drink to my lips, please.", "drink"),
    ],
)
def test_round86_the_drink_alone_is_alcohol(text, concept):
    assert got(text)["drink"][0] == concept


# Round 86: lactose intolerance is milk ruled out (a glass of milk with the not cross), not the
# stomach picture coeliac disease has; "intolerant" rules out the word before it as
# "intolerance" does. Milk that is wanted stays milk.
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("Mum is lactose intolerant, so soya in her coffee.", "lactose intolerant", ("milk", True)),
        ("A lactose intolerance since the op.", "lactose intolerance", ("milk", True)),
        ("Mum is lactose intolerant, so soya milk in her coffee.", "soya milk", ("milk", False)),
    ],
)
def test_round86_lactose_intolerance_is_no_milk(text, word, want):
    assert got(text)[word] == want


# Round 86: "for the whole X", "for more than", "for long" after a doing the person cannot
# do says how long: the service or the Mass is not ruled out ("I cannot stand for the whole
# service"); "don't send for the doctor" still rules out the doctor.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I can't kneel for the whole Mass these days.", "Mass", False),
        ("I go to chapel but cannot sit for the whole service.", "service", False),
        ("Please don't send for the doctor.", "doctor", True),
    ],
)
def test_round86_for_the_whole_says_how_long(text, word, negated):
    assert got(text)[word][1] is negated


# Round 86: a tremor ("my hands shake", "a tremor", "the shakes") is a symptom: it shows a hand
# ("shaky hands"), never the brain picture of a diagnosis; Parkinson's named as an illness keeps
# the neurology picture. The same in Welsh, Polish, Punjabi and Urdu.
@pytest.mark.parametrize(
    ("text", "word", "file"),
    [
        ("Grandad's hands shake when he writes a cheque.", "shake", "openmoji/270B.svg"),
        ("She has a tremor in her left hand.", "tremor", "openmoji/270B.svg"),
        (
            "Dad was diagnosed with Parkinson's in May.",
            "Parkinson's",
            "healthicons/body_neurology.svg",
        ),
    ],
)
def test_round86_a_tremor_is_a_hand_not_a_brain(text, word, file):
    found = {m.term: m.concept.file for m in find_all(text, [])}
    assert found[word] == file


# Round 86: "evening meal", "midday meal" are one idea, the meal; "night prayer", "evening
# prayer" the praying, as "morning prayers" already were; the evening on its own keeps its
# picture. (Round 168: the time before the prayer keeps its own picture, as labellers key it.)
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mum likes her evening meal by six.", "evening meal", "meal"),
        ("He says the night prayer before bed.", "prayer", "pray"),
        ("In the evening, meals are small.", "evening", "evening"),
    ],
)
def test_round86_a_time_of_day_before_meal_or_prayer_is_the_meal_or_prayer(text, word, concept):
    assert got(text)[word][0] == concept


# Round 86: "sit tight" means stay where you are: no chair; "sit in my chair" keeps the chair.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("If the lights go, sit tight and ring me.", "sit", None),
        ("Sit tight, the ambulance is coming.", "Sit", None),
        ("I sit in my chair by the window.", "sit", "chair"),
    ],
)
def test_round86_sit_tight_is_no_chair(text, word, concept):
    assert concept_on(text, word) == concept


# Round 86: a thing that "doesn't work with" another says what is broken or does not fit
# together; the other thing is not ruled out ("The remote won't work with the new telly").
# A person who doesn't work with something still rules it out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The remote doesn't work with the new telly.", "telly", False),
        ("Her hearing aid won't work with the phone.", "phone", False),
        ("I don't work with children any more.", "children", True),
    ],
)
def test_round86_not_working_with_a_thing_rules_out_nothing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 86: "don't let the carers rush me": the person someone is not to let do a thing to
# "me" is not ruled out, the doing is; "I will not have a male carer wash me" still rules
# out the carer, not the washing.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't let the carers rush me at breakfast.", "rush", True),
        ("Don't let the carers rush me at breakfast.", "carers", False),
        ("Please don't let the nurse wash me in the evening.", "wash", True),
        ("I will not have a male carer wash me.", "wash", False),
    ],
)
def test_round86_dont_let_someone_do_it_to_me_rules_out_the_doing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 86: Jummah is the Friday prayer: it shows praying (alt "Friday prayers"), not the
# mosque building; "the mosque" itself keeps the mosque.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Dad listens to Jummah on the radio.", "Jummah", "jummah"),
        ("He never misses Jumuah prayers.", "Jumuah prayers", "jummah"),
        ("My son takes me to the mosque on Fridays.", "mosque", "mosque"),
    ],
)
def test_round86_jummah_is_praying_not_the_mosque(text, word, concept):
    assert got(text)[word][0] == concept
    assert load().concepts["jummah"].file == load().concepts["pray"].file


# Round 86: in "tin trunk" the first word only says what it is made of: the thing is a box
# (trunk), not a tin can; "a tin of soup" keeps the tin.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Her old photos are in a tin trunk in the loft.", "tin trunk", "box-2"),
        ("Open a tin of soup for my lunch.", "tin of soup", "tin"),
    ],
)
def test_round86_tin_trunk_is_the_box(text, word, concept):
    assert got(text)[word][0] == concept


# Round 86: a thing that "must not be near" another is kept from it, as in "keep the oxygen
# away from the cooker": the cooker is not ruled out. A person who must not be near a thing
# still rules it out ("I must not be near the stove").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The oxygen cylinder must not be near the gas fire or the candles.", "candles", False),
        ("The frame should not be next to the stairs.", "stairs", False),
        ("I must not be near the stove since the fire.", "stove", True),
    ],
)
def test_round86_a_thing_kept_from_another_rules_neither_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 86: "don't be shy" asks the reader to go ahead: no embarrassed face, and what it asks
# for is not ruled out ("Don't be shy about asking for help"); "I am shy" keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("If you need a hand, don't be shy.", "shy", None),
        ("Don't be shy about asking for help.", "help", ("help", False)),
        ("I am shy with new carers.", "shy", ("embarrassed", False)),
    ],
)
def test_round86_dont_be_shy_is_an_invitation(text, word, want):
    assert got(text).get(word) == want


# Round 86: a sponge to eat ("a plain sponge", "jam sponge") is a plain cake, not the cream
# cake picture; the bath sponge stays washing.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Gran likes a plain sponge on Sundays.", "sponge", "cake"),
        ("A slice of jam sponge with my tea.", "sponge", "cake"),
        ("Wash my back with the sponge.", "sponge", "wash"),
    ],
)
def test_round86_a_sponge_to_eat_is_cake(text, word, concept):
    assert got(text)[word][0] == concept


# Round 86: "sit me up", "sit him up" move a person in bed or in the bath: no chair picture;
# "I sit by the window" keeps the chair.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("If she slides down the bed, sit her up.", "sit", None),
        ("Please sit me up for my breakfast.", "sit", None),
        ("I like to sit by the window in the afternoon.", "sit", "chair"),
    ],
)
def test_round86_sitting_someone_up_is_no_chair(text, word, concept):
    assert concept_on(text, word) == concept


# Round 86: "I don't like the radio on loud" rules out the loudness, as "don't put the telly
# on loud" does; the radio is wanted. "I do not like the television" still rules it out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("My husband does not like the radio on loud.", "loud", True),
        ("My husband does not like the radio on loud.", "radio", False),
        ("I do not like the television in the morning.", "television", True),
    ],
)
def test_round86_not_liking_a_thing_on_loud_rules_out_the_loudness(text, word, negated):
    assert got(text)[word][1] is negated


# Round 89: a polite question to the reader ("could you", "would you", "can you") asks for what
# it goes on to say, as "please" does, so the thing it asks for is the idea; "my son can ..."
# asks for nothing and leaves the wish before it the idea.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I love music. Can you put the radio on?", "radio"),
        ("I enjoy my garden. Would you open the window for me?", "window"),
        ("I love music. My son can put the radio on.", "music"),
    ],
)
def test_round89_a_polite_question_asks_as_please_does(text, concept):
    chosen = idea.choose(text, find_all(text))
    assert chosen.match.concept.id == concept


# Round 87: "late in the day", "late in the afternoon" say when in the day, not that someone
# is late: no late picture; "The carer is often late" keeps it.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My legs ache late in the day, so I put them up.", "late", None),
        ("She gets muddled late in the afternoon.", "late", None),
        ("The carer is often late, so I phone the office.", "late", "late"),
    ],
)
def test_round87_late_in_the_day_says_when(text, word, concept):
    assert concept_on(text, word) == concept


# Round 87: "tested on animals" (make-up, soap) is animal testing, not pets: no paw prints;
# "I'm good with animals" keeps the pets picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My hand cream must not be tested on animals.", "animals", None),
        ("I'm good with animals, my dog sleeps on my bed.", "animals", "pets"),
    ],
)
def test_round87_tested_on_animals_is_no_pet(text, word, concept):
    assert concept_on(text, word) == concept


# Round 88: a body part or a person kept warm ("a muff keeps my hands warm", "keep him warm")
# is keeping warm, as "keeps me warm" is; warm hands without keeping ("my hands are warm")
# and a warm coat stay without the picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The cat on my lap keeps my hands warm.", "warm", "keep-warm"),
        ("Bed socks keep my feet warm at night.", "warm", "keep-warm"),
        ("Please keep him warm after his bath.", "warm", "keep-warm"),
        ("My hands are warm now.", "warm", None),
        ("I keep a warm coat by the door.", "warm", None),
    ],
)
def test_round88_a_body_part_kept_warm_is_keeping_warm(text, word, concept):
    assert concept_on(text, word) == concept


# Round 88: "pat it dry", "pat the skin dry" after a wash or cream is drying, as "pat me dry"
# is; patting food dry in cooking ("wash the chicken and pat it dry") is not. Round r298 gave
# drying its own concept (the towel), apart from washing (the soap).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Put the cream on her heels and pat it dry.", "pat it dry", "drying"),
        ("After her wash, pat the skin dry gently.", "pat the skin dry", "drying"),
        ("Rinse the chicken and pat it dry.", "pat it dry", None),
    ],
)
def test_round88_patting_it_dry_is_drying(text, word, concept):
    assert concept_on(text, word) == concept


# Round 95: a given name the plan's people: does not list (a carer, a neighbour, a grandchild)
# is a name where the sentence treats it as a person: before what a person does ("Daisy brings",
# "Heather and Tom visit", "Robin has to drive me"), with who they are beside it ("Olive, my
# sister,", "Dawn is my key worker", "my granddaughter Poppy"), with "'s" before a thing, beside
# a plain name ("Tom and Poppy"), after "ask" or "ring"; a pet's name ("Misty the cat", "Biscuit,
# my dog,"). The same words used as things keep their pictures.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Daisy brings my paper and milk on a Friday.", "Daisy", False),
        ("Heather and Tom visit me after chapel.", "Heather", False),
        ("Olive, my sister, lives two doors down.", "Olive", False),
        ("Dawn is my key worker at the day centre.", "Dawn", False),
        ("Tom and Poppy come for tea on Sundays.", "Poppy", False),
        ("Ask Christian to ring the surgery for me.", "Christian", False),
        ("Robin has to drive me to the eye clinic.", "Robin", False),
        ("Joy's husband cuts my grass in the summer.", "Joy's", False),
        ("Misty the cat sleeps by the fire.", "Misty", False),
        ("Biscuit, my dog, sleeps in the kitchen at night.", "Biscuit", False),
        ("Summer is my favourite time of year.", "Summer", True),
        ("Holly and ivy on the door at Christmas.", "Holly", True),
        ("Faith is important to me.", "Faith", True),
        ("Sherry at Christmas, just one.", "Sherry", True),
        ("Robins come to the feeder in the morning.", "Robins", True),
        ("Holly grows by the back gate.", "Holly", True),
        ("We go away in June, the grandchildren come too.", "June", True),
        ("Feed the cat at six.", "Feed", True),
    ],
)
def test_round95_an_unlisted_given_name_used_as_a_person_gets_no_picture(text, word, pictured):
    assert (word in got(text)) == pictured


# Round 95: the given-name table is made by scripts/given_names.py from Faker (MIT), credited
# in its header; it lists names, not the words Faker's long census list has (Tea, Doctor).
def test_round95_the_given_name_table_is_credited_and_lists_names():
    table = grammar.GIVEN_NAMES.read_text(encoding="utf-8")
    assert "Faker" in table and "Daniele Faraglia" in table
    names = grammar.given_names()
    assert {"daisy", "dawn", "robin", "olive", "holly", "joy", "simran"} <= names
    assert not {"tea", "doctor", "son", "alexa", "jesus"} & names


# Round 93: one sits on the beach, the sand, the grass or the rocks, or in the bath, on the place
# itself, not on a chair: a condition "!>>" looks past "on", "in", "the" to the next word that is
# not a function word; "sit in the chair" and "sit on the edge of the bed" keep the chair.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("On a warm day I sit on the sand with an ice cream.", "sit", None),
        ("Dad liked sitting on the grass at the cricket.", "sitting", None),
        ("I used to sit in the bath for hours.", "sit", None),
        ("I like to sit on the beach at Whitby.", "sit", None),
        ("Please let me sit in the chair by the window.", "sit", "chair"),
        ("I sit on the edge of the bed to put my socks on.", "sit", "chair"),
        ("I sit, on the grass or anywhere, to rest.", "sit", "chair"),
    ],
)
def test_round93_sitting_on_the_place_itself_is_no_chair(text, word, concept):
    assert concept_on(text, word) == concept


# Round 93: a condition may name another word's concept ("!~@sugar"): the evening meal "tea"
# rules out the drink's sugar ("two sugars", "sugar in my tea"), not a blood sugar ("my sugar
# runs high" is the blood sugar test); "tea at five", "tea at six" is the meal unless the
# sentence talks of the drink.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My sugar's been high all week, so my tea at six is a salad.", "tea", "meal"),
        ("My blood sugar drops if tea at five is late.", "tea", "meal"),
        ("I have my tea at six with no sugar in it.", "tea", "tea"),
        ("Tea at six with two sugars, please.", "Tea", "tea"),
    ],
)
def test_round93_a_condition_names_another_words_concept(text, word, concept):
    assert concept_on(text, word) == concept


def test_round93_sugar_in_my_tea_no_cake_at_tea():
    found = [(m.term, m.concept.id) for m in find_all("Sugar in my tea, no cake at tea.")]
    assert [c for t, c in found if t == "tea"] == ["tea", "meal"]


# Round 93: "SALT" written in capitals in a care plan is speech and language therapy (the
# therapist), as "SALT team" is; "salt on my chips", "Salt: none" and a note written all in
# capitals ("NO SALT PLEASE") keep the salt.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("SALT came on Tuesday and watched me eat my lunch.", "SALT", "speech-therapist-2"),
        ("The nurse has asked SALT to see me again.", "SALT", "speech-therapist-2"),
        ("I like salt on my chips.", "salt", "salt"),
        ("Salt: just a pinch on my egg.", "Salt", "salt"),
        ("NO SALT PLEASE", "SALT", "salt"),
    ],
)
def test_round93_salt_in_capitals_is_speech_therapy(text, word, concept):
    assert concept_on(text, word) == concept


# Round 93: "off my food", "off me food" is not wanting to eat: the no-appetite picture (food
# crossed out), not a thermometer; "I'm not off my food" gets none (a picture that says no
# would say the opposite); food gone off and "off to the shops" are no appetite.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mam's been off her food since the funeral.", "off her food", "no-appetite"),
        ("I'm off me food with this chest.", "off me food", "no-appetite"),
        ("I'm not off my food, I just can't chew the meat.", "off my food", None),
        ("The milk has gone off, so throw it away.", "off", None),
    ],
)
def test_round93_off_my_food_is_no_appetite(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: a room of the home before one of its walls, doors or cupboards says where a thing
# is ("the cream is in the bathroom cupboard"): the room keeps its picture beside the fitting;
# a fitting that is a kind of its own ("the kitchen sink") and the whole home do not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My spare glasses are in the bathroom cabinet.", "bathroom", "bathroom"),
        ("Hang the clock on my bedroom wall where I can see it.", "bedroom", "bedroom"),
        ("The tea caddy lives on the kitchen shelf.", "kitchen", "kitchen"),
        ("The tea caddy lives on the kitchen shelf.", "shelf", "bookcase"),
        ("I like to wash my hair at the kitchen sink.", "kitchen", None),
    ],
)
def test_round94_a_room_before_its_fitting_says_where(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: a garment before its pocket says where a thing is kept ("my inhaler is in my coat
# pocket"): the garment keeps its picture beside the pocket's; "my back pocket" shows no back.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My reading glasses live in my cardigan pocket.", "cardigan", "jumper"),
        ("My reading glasses live in my cardigan pocket.", "pocket", "pocket"),
        ("Her hankie is always in her apron pocket.", "apron", "apron"),
        ("My bus pass is in my back pocket.", "back", None),
    ],
)
def test_round94_a_garment_before_its_pocket_says_where(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: "a zip pocket" is a pocket, and "my fistula arm" an arm (the one kept free of
# blood pressure cuffs): the words before them no longer hide them; "a zip on my bag" is no
# pocket and "the arm of the chair" no arm.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My door key is in the zip pocket of my coat.", "pocket", "pocket"),
        ("Never take bloods from my fistula arm.", "arm", "arms"),
        ("The zip on my bag is stuck.", "pocket", None),
        ("My cup sits on the arm of the chair.", "arm", None),
    ],
)
def test_round94_zip_pocket_and_fistula_arm(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: a relative before a doing is the one doing it, never the kind of a thing ("my
# grandson play cards", "mi granddaughter help mi"): the person keeps their picture; a thing
# before an unpictured thing ("a urine bottle") still shows none.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My grandson play cards with me on Sundays.", "grandson", "children"),
        ("Mi granddaughter help mi wid di shopping.", "granddaughter", "children"),
        ("I use a urine bottle at night.", "urine", None),
    ],
)
def test_round94_a_relative_is_no_kind_of_thing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: "trouble", "problems" and "wall" say little after a pictured word ("my heart
# trouble", "bladder trouble", "a picnic on the harbour wall"): the word before keeps its
# picture, as before "appointment" or "club"; "a urine bottle" still shows no urine.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My heart trouble started last year.", "heart", "heart"),
        ("I have had bladder trouble since the operation.", "bladder", "bladder"),
        ("We had a picnic on the harbour wall.", "harbour", "boat"),
        ("I use a urine bottle at night.", "urine", None),
    ],
)
def test_round94_trouble_and_wall_say_little(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: "the sea air", "a sea breeze" are the sea, and "the harbour arm", "the harbour
# mouth" the harbour: phrases of the sea and boat pictures; "the fresh air" stays fresh air.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I love the sea air in the morning.", "sea air", "sea"),
        ("We had chips on the harbour arm.", "harbour arm", "boat"),
        ("A walk in the fresh air does me good.", "fresh air", "fresh-air"),
    ],
)
def test_round94_sea_air_and_harbour_arm(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: a verb with its particle ("cut up", "throw away", "look after") is a doing, so the
# word before it is the thing done to or the one doing ("my meat cut up", "his wife look after
# me"), never the kind of a thing: it keeps its picture; "the bread bin" is still a bin.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like my toast cut up into fingers.", "toast", "toast"),
        ("Don't let my nephew throw away my old letters.", "nephew", "nephew"),
        ("The bread bin is by the kettle.", "bread", None),
    ],
)
def test_round94_a_phrasal_verb_is_a_doing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 94: a tube says little after the thing it carries or holds ("my catheter tube", "the
# toothpaste tube"): the word before keeps its picture; "the tea towel" still shows no tea.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The cat pulls on my catheter tube.", "catheter", "catheter"),
        ("The tea towel hangs on the rail.", "tea", None),
    ],
)
def test_round94_a_tube_says_little(text, word, concept):
    assert concept_on(text, word) == concept


# Round 91: a thing put first before "I have given up" keeps its refusal when a word of when
# or where it was had comes with it ("A wee dram at bedtime I have given up": the dram, not
# bedtime), and a doing put first with its particle ("Going out alone I stopped") is given up.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("A wee dram at bedtime I have given up.", "wee dram", True),
        ("A wee dram at bedtime I have given up.", "bedtime", False),
        ("Sugar in my tea I gave up years ago.", "Sugar", True),
        ("Sugar in my tea I gave up years ago.", "tea", False),
        ("Going out alone I stopped after my fall.", "Going out", True),
        ("Cake at Christmas I love.", "Cake", False),
    ],
)
def test_round91_a_thing_put_first_with_its_when_is_given_up(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a doing said with its g dropped ("stopped goin' tae the club") is a doing given
# up, as "stopped going to the club" is; "the bus stopped at the club" gives nothing up.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I've stopped goin' tae the bowling club.", "bowling club", True),
        ("I stopped walkin' to the shops after my fall.", "shops", True),
        ("The bus stopped at the shops.", "shops", False),
    ],
)
def test_round91_a_doing_with_its_g_dropped_is_given_up(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: "give the loft up" gives the loft up, as "give up the loft" does; a giving up
# that is itself refused keeps the thing ("I would never give up my library card", "I won't
# give the allotment up"), and a thing given up for someone ("gave my seat up for a lady") is
# not refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I had to give the loft up when my knees went.", "loft", True),
        ("We gave the car up last spring.", "car", True),
        ("I would never give up my library card.", "library card", False),
        ("I am not giving up my bridge club.", "bridge club", False),
        ("I won't give the allotment up.", "allotment", False),
        ("I gave my seat up for a lady on the bus.", "bus", False),
    ],
)
def test_round91_giving_a_thing_up(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a second thing given up, told as what came next ("I gave up driving and then the
# bicycle"), is given up too; a clause of its own after "and then" ("...and then the cough
# went") is not.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I gave up driving and then the bicycle, and now I walk.", "bicycle", True),
        ("I gave up the car and then my scooter.", "scooter", True),
        ("I gave up smoking and then the cough went.", "cough", False),
    ],
)
def test_round91_a_second_thing_given_up_next(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: "count me out" after a thing asked about ("Curry night? Count me out.") or after
# "If it's ..." / "If there's ..." ("If it's spicy, count me out") rules that thing out, as
# "If it's spicy, I can't eat it" does; the weather said with "-ing" is why, not what is
# refused ("If it's raining, count me out").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("If there's bingo, count me out.", "bingo", True),
        ("Karaoke at the club? Count me out.", "Karaoke", True),
        ("If it's curry, I can't eat it.", "curry", True),
        ("If it's raining, count me out.", "raining", False),
    ],
)
def test_round91_count_me_out_rules_out_what_was_named(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a kind of food said to be "off" for a while ("Beer is off for now", "Anything
# hard is off until the ulcers heal") is ruled out, and so is a list of examples before a
# colon ("Crusty bread, nuts, crisps: anything hard ..."); "The kettle is off", "The milk is
# off" and "The heating is off until October" rule nothing out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Cheese is off for now, doctor's orders.", "Cheese", True),
        ("Toast, apples, biscuits: anything crunchy is off until my teeth heal.", "Toast", True),
        ("Toast, apples, biscuits: anything crunchy is off until my teeth heal.", "apples", True),
        ("The kettle is off.", "kettle", False),
        ("The heating is off until October.", "heating", False),
        ("Toast, apples, biscuits: anything soft is fine.", "Toast", False),
    ],
)
def test_round91_a_kind_of_food_off_for_a_while_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a habit ("every Friday", "used to") told up to "until" and how the body or an
# illness got too bad for it ("I played golf every Wednesday until the tremor got too bad",
# "till my knees went") has stopped: the doing and its thing are ruled out, not the day or
# the people it was for; a working life told so ("I ran a shop until my back went") and an
# end that tells of no decline ("I stayed in bed until the carer came") rule nothing out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I swam at the baths every Friday until my shoulder got too bad.", "baths", True),
        ("I used to knit jumpers every winter until my eyes gave out.", "jumpers", True),
        ("I used to knit for the grandchildren until my eyes gave out.", "grandchildren", False),
        ("I ran a bakery until my back gave out.", "bakery", False),
        ("I stayed in bed every morning until the carer came.", "bed", False),
        ("I played golf every Wednesday until I was eighty.", "golf", False),
    ],
)
def test_round91_a_habit_until_the_body_got_too_bad_has_stopped(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: "not even" after a refusal narrows it: "not even in stock cubes" rules out a kind
# of food the thing comes in; "not even for guests", "not even for my grandson" say whom the
# refusal holds for, "not even on my chips" where the thing refused would go, and "not even
# in the house" where: those are not ruled out; "not even for a museum trip" still is.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No pork in my kitchen, not even in stock cubes.", "stock cubes", True),
        ("I'll not go underground again, not even for a museum trip.", "museum", True),
        ("Smoking is not allowed in my flat, not even for visitors.", "visitors", False),
        ("No sweets in the house, not even for my grandson.", "grandson", False),
        ("No salt, not even on my chips.", "chips", False),
        ("I must not walk barefoot, not even in the house.", "house", False),
    ],
)
def test_round91_not_even_narrows_a_refusal(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a thing of the same picture as a kind just ruled out, opening the next clause, is
# an example of that kind and is ruled out with it ("No flowers with a strong scent, the
# lilies give me a headache", "I don't eat fish, the salmon gives me hives"); not where that
# clause allows it ("..., the roses from the garden are fine").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't eat fish, the salmon gives me hives.", "salmon", True),
        ("No flowers in my room, the tulips make me sneeze.", "tulips", True),
        ("No flowers with a strong scent, the roses from the garden are fine.", "roses", False),
    ],
)
def test_round91_an_example_of_a_kind_ruled_out_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a refusal of a doing followed by a clause that says the person does it
# themselves ("Don't let the carers shave me, I've done it myself", "Don't wind my clock; I
# like doing it myself") refuses only who does it: the doing is kept, the carers stay
# refused; "I can't cut my toenails, I used to do them myself" still rules the cutting out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't let the nurse shave me, I've done it myself for years.", "shave", False),
        ("I'll not have the carers put my make-up on, I do my own lipstick.", "carers", True),
        # round 235: the cutting keeps its cross; the toenails of a lost skill are shown plain
        ("I can't cut my toenails, I used to do them myself.", "cut", True),
    ],
)
def test_round91_a_doing_i_do_myself_is_kept(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a refusal of "anywhere but", "anyone but", "anybody except" asks for the one
# named ("Never put my shoes anywhere but by the door": always by the door, the shoes are
# kept), as "anything but" does; "anywhere near the table" still rules the table out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Never put my slippers anywhere but by the bed.", "slippers", False),
        ("Don't put my glasses anywhere except the bedside table.", "glasses", False),
        ("Don't let anyone but my son cut my hair.", "hair", False),
        ("Don't put my shoes anywhere near the table.", "table", True),
    ],
)
def test_round91_anywhere_but_asks_for_the_one_named(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: "that's me done with the bingo" (Scots "done wi' the pub") is done with it, as
# "I'm done with the bingo" is; "when I'm done with my dinner" is finished, not refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("That's me done with the bingo.", "bingo", True),
        ("No more fags, so that's me done wi' the pub.", "pub", True),
        ("When I'm done with my dinner, take the tray.", "tray", False),
    ],
)
def test_round91_thats_me_done_with_it(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a car, bike or scooter the person has sold or got rid of ("I've sold the car",
# "we got rid of the scooter") is no longer had, as a thing given up is; a house sold is a
# life story ("I sold the house and moved to a flat"), not a thing refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I've sold the car, so my son drives me.", "car", True),
        ("We got rid of the scooter last year.", "scooter", True),
        ("I sold the house and moved to a flat.", "house", False),
    ],
)
def test_round91_a_vehicle_sold_is_no_longer_had(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: a thing refused in a question ("No fish on a Friday?") that the next sentence
# answers by needing it ("Sure I'd be lost without it", "I couldn't do without it") is said in
# disbelief: the thing is wanted; "No sugar? I can do without it" still refuses it.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No radio in the morning? I couldn't do without it.", "radio", False),
        ("No porridge for breakfast? I'd be lost without it.", "porridge", False),
        ("No sugar in my tea? I can do without it.", "sugar", True),
    ],
)
def test_round91_a_refusal_asked_in_disbelief_is_wanted(text, word, negated):
    assert got(text)[word][1] is negated


# Round 91: after a planned going to an event that is refused ("I shan't be going to the
# Christmas lunch at the club", "I won't go to the dance at the church hall"), where it is
# held is where the person will not go too; a time after it ("at night", "at the moment") is
# not.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I won't be going to the quiz night at the club.", "club", True),
        ("I don't go to the pub at night any more.", "night", False),
        ("I don't go to the day centre at the moment.", "day centre", True),
    ],
)
def test_round91_where_a_refused_event_is_held(text, word, negated):
    assert got(text).get(word, (None, False))[1] is negated


# Round 91: "I stop go to Deaf club", as a learner of English says "I stopped going", gives
# the going up; "We stop and chat at the gate" and "Please stop, go back to the car" do not.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("We stop go to the market now.", "market", True),
        ("We stop and chat at the gate.", "chat", False),
        ("Please stop, go back to the car.", "car", False),
    ],
)
def test_round91_i_stop_go_gives_the_going_up(text, word, negated):
    assert got(text)[word][1] is negated


# Round 92: a pot in a sentence about tea or coffee is the teapot or the coffee pot, never a
# saucepan, even on the hob or with the tea "stewed"; a pot of stew on the hob is a saucepan.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like my tea stewed, so leave it in the pot a while.", "pot", "tea-pot-2"),
        ("My coffee is made in the little pot on the hob.", "pot", "coffee"),
        ("Stir the pot on the hob so the stew doesn't catch.", "pot", "saucepan"),
    ],
)
def test_round92_a_pot_of_tea_or_coffee_is_no_saucepan(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: skin that burns where the sentence speaks of the sun or the shade is sunburn (the
# sun picture), not a fire; a burn on the kettle or a fire that burns keeps its own picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My arms burn in no time in the sun, so long sleeves please.", "burn", "sunshine-2"),
        ("Keep me in the shade; my scalp burns.", "burns", "sunshine-2"),
        ("The coal fire burns all evening.", "burns", "fire"),
        ("I burnt my hand on the kettle.", "burnt", "burn"),
    ],
)
def test_round92_skin_burning_in_the_sun_is_sunburn(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: "my papers" (a person's own papers) are their documents, not a newspaper, unless
# the sentence is about reading or delivering them; "the papers" to read stay newspapers.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Nobody but my son may look through my papers.", "papers", "documents-2"),
        ("My papers are delivered before seven.", "papers", "newspaper"),
        ("I read the papers after breakfast.", "papers", "newspaper"),
    ],
)
def test_round92_my_papers_are_documents(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: a card kept in a purse or wallet is not a bank card by that alone (every card is
# kept there: a blood card, an alert card); a card one pays with, or a bank card, still is.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # round 118: a Witness's card is the no-blood alert card, from the sentence before
        ("I am a Jehovah's Witness. My card is in my purse.", "card", "alert-card-r61"),
        ("My card is in my wallet, I pay for the taxi with it.", "card", "bank-card-2"),
        ("My bank card is in my wallet.", "bank card", "bank-card"),
    ],
)
def test_round92_a_card_in_a_wallet_is_not_a_bank_card_by_that(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: tea that counts towards a fluid allowance (litres, pints, drinks) is the drink, not
# the evening meal, though the sentence says "half"; "my tea at half five" is the meal.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I'm allowed a litre and a half a day, and my tea counts.", "tea", "tea"),
        ("I have my tea at half five, usually fish.", "tea", "meal"),
    ],
)
def test_round92_tea_in_a_fluid_allowance_is_the_drink(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: a high chair is a baby's only where the sentence has a baby or a child in it; an
# older person's high chair (a high seat with arms, after a new hip) is a chair, never the
# baby's high chair.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My knees are stiff, so I need a high chair with arms.", "high chair", "chair"),
        ("Bring the high chair in from the dining room for me, please.", "high chair", "chair"),
        ("My granddaughter's baby sits in the high chair at tea.", "high chair", "high-chair"),
    ],
)
def test_round92_an_older_persons_high_chair_is_a_chair(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: to slip on (off, into) my slippers, shoes or coat is dressing, not a fall; to slip
# on the wet floor is still a fall.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I slip on my shoes by the back door and go out to the hens.", "slip on", "dressing"),
        ("He slips off his boots before he comes in.", "slips off", "dressing"),
        ("I slipped on the wet floor in my slippers.", "slipped", "fall"),
    ],
)
def test_round92_slipping_on_clothes_is_dressing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: "the cold in my bones", "the chill in my bones", "I feel it in my bones" name no
# bones: no bone picture; "the pain in my bones" and "my bones are thin" keep it.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The damp gets me; I feel the chill in my bones all winter.", "bones", None),
        ("I can feel it in my bones that the weather will turn.", "bones", None),
        ("The pain in my bones is worse at night.", "bones", "bones"),
        ("My bones are thin, so I must not fall.", "bones", "bones"),
    ],
)
def test_round92_the_cold_in_my_bones_names_no_bones(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: "diet" before a drink (diet lemonade, diet cola) says what kind of drink it is: no
# healthy-food picture on it; "a soft diet", "my diet" keep the picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Diet lemonade with my dinner, please.", "Diet", None),
        ("Diet pop only, because of my sugar.", "Diet", None),
        ("My diet is mostly soup and bread now.", "diet", "diet"),
    ],
)
def test_round92_diet_before_a_drink_is_no_healthy_food(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: Vaisakhi (Baisakhi) is the Sikh new year and harvest festival: a festival picture,
# not Diwali's lamp; Diwali keeps its lamp.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My son takes me to the gurdwara at Vaisakhi.", "Vaisakhi", "festival-2"),
        ("We cooked for the whole street at Baisakhi.", "Baisakhi", "festival-2"),
        ("We light candles in every window at Diwali.", "Diwali", "diwali"),
    ],
)
def test_round92_vaisakhi_is_a_festival_not_diwali(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: colouring (or dyeing) my hair is hair dye, not drawing with a crayon; colouring in
# and "I do colouring" stay drawing, and the hair keeps its own picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My daughter is colouring my hair on Saturday.", "colouring", "hair-dye"),
        ("She colours her hair to hide the grey.", "colours", "hair-dye"),
        ("She colours her hair to hide the grey.", "hair", "hair"),
        ("I do colouring at the table with the radio on.", "colouring", "drawing"),
    ],
)
def test_round92_colouring_my_hair_is_hair_dye(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: "dark" before a thing with its own picture describes that thing ("the dark
# squares on the carpet", "a dark room"): no night picture; "the dark" on its own, "when it
# gets dark" and "the dark mornings" (a time of day that is dark) keep the night.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The dark tiles by the door look like a step to me.", "dark", None),
        ("I can't find things in the dark cupboard under the stairs.", "dark", None),
        ("I'm frightened of the dark, so leave the lamp on.", "dark", "night"),
        ("Close my curtains when it gets dark.", "dark", "night"),
        ("The dark evenings in November make me low.", "dark", "night"),
    ],
)
def test_round92_dark_before_a_thing_is_no_night(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: notes in a sentence about fivers and tenners are banknotes (money), not a memo,
# and folding them is no folding of clothes; notes on the fridge stay a memo, and folding
# towels stays folding.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Money: notes kept flat so I know a tenner from a fiver.", "notes", "money-r44"),
        ("I fold the notes in half so I know a tenner from a fiver.", "fold", None),
        ("My daughter leaves notes on the fridge for me.", "notes", "notes"),
        ("I still like to fold the tea towels.", "fold", "fold-clothes"),
    ],
)
def test_round92_notes_with_fivers_and_tenners_are_money(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: a word one is (not) to be called by, a few words after "call me" in the sentence,
# is a name for the person, not a thing: "call me Edna, not love or duck" shows no duck; a duck
# named after "called me about the" keeps it.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Please call me Mrs Hobbs, never duck or hen.", "duck", None),
        ("Please call me Mrs Hobbs, never duck or hen.", "hen", None),
        ("My son called me about the duck on the pond.", "duck", "duck"),
    ],
)
def test_round92_a_word_after_call_me_is_a_name_not_a_thing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: "the sea is in my blood", "farming runs in the blood" name no blood (an idiom with
# no picture); "the iron in my blood" keeps the blood.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The pit is in my blood; my father and his father were miners.", "blood", None),
        ("Music runs in the blood in our house.", "blood", None),
        ("The nurse checks the iron in my blood.", "blood", "blood"),
    ],
)
def test_round92_in_my_blood_names_no_blood(text, word, concept):
    assert concept_on(text, word) == concept


# Round 92: sugar in the blood (or in the wee) is blood sugar, not a sugar bowl; sugar in my
# tea stays sugar.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The doctor says there is too much sugar in my blood.", "sugar", "diabetes-2"),
        ("The nurse found sugar in my wee at the clinic.", "sugar", "diabetes-2"),
        ("Two sugars in my tea, please.", "sugars", "sugar"),
        # blood elsewhere in the sentence is no blood sugar: the blood must follow "in"
        ("No sugar in my tea, it's bad for my blood pressure.", "sugar", "sugar"),
    ],
)
def test_round92_sugar_in_the_blood_is_blood_sugar(text, word, concept):
    assert concept_on(text, word) == concept


# Round 90: who or what is not to be let in ("don't let cold callers into the house") is kept
# out, so it is ruled out, as "The cat isn't allowed in the kitchen" is; the place stays wanted.
# A doing after the thing ("never let the fire go out", "don't let the water in the bath get
# cold") keeps no one out. Round 180: what is not to be let OUT ("don't let my cat out at
# night") is kept in and wanted: only the letting out is ruled out (stop 40's blind review).
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't let the grandchildren into the shed, the tools are sharp.", "grandchildren", True),
        ("Please don't let cold callers into the bungalow.", "bungalow", False),
        ("Don't let the dog out after dark.", "dog", False),
        ("Never let the fire go out in winter.", "fire", False),
        ("Don't let the water in the bath get cold.", "water", False),
        ("Please let the dog out first thing.", "dog", False),
    ],
)
def test_round90_who_is_not_let_in_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 90: a thing that must not come into a place ("Alcohol must never come into my flat",
# "Pork should not be brought into the house") is kept out, so it is ruled out and the place is
# wanted, as "The dog isn't allowed in the kitchen" says; a person who must not go in ("I must
# not go into the garden") rules out the going there, and a second not ("must not come in
# without knocking") rules out only the coming in unasked.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Alcohol must never come into my flat, my son is in recovery.", "Alcohol", True),
        ("Alcohol must never come into my flat, my son is in recovery.", "flat", False),
        ("Pork should not be brought into the house.", "Pork", True),
        ("I must not go into the garden on my own.", "garden", True),
        ("My grandson must not come into my bedroom without knocking.", "grandson", False),
    ],
)
def test_round90_a_thing_that_must_not_come_in_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 90: an order not to do a thing unasked ("Please do not touch me without asking first")
# still rules out the doing, the touching; what it is done to stays wanted. What the person
# says they never do without a doing ("I never go to bed without saying my prayers") is done.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Please don't touch my hearing aids without asking me.", "touch", True),
        ("Please don't touch my hearing aids without asking me.", "hearing aids", False),
        ("I never go to bed without saying my prayers.", "prayers", False),
        ("I never go to bed without saying my prayers.", "go to bed", False),
    ],
)
def test_round90_an_order_not_to_do_a_thing_unasked_rules_out_the_doing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 90: nobody among others doing a thing ("Nobody in the street drives a car any more",
# "Nobody here smokes") rules out the doing, as "nobody smokes" does; what it is done to is not
# ruled out ("Nobody in my family likes fish": the fish).
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Nobody in the street drives a car any more.", "drives", True),
        ("Nobody here smokes, because of my oxygen.", "smokes", True),
        ("Nobody in my family likes fish, so I have it at the day centre.", "fish", False),
    ],
)
def test_round90_nobody_among_others_doing_a_thing_rules_out_the_doing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 90: reading someone a thing ("Please don't read me the news at bedtime") gives it to
# them, so a not rules out the thing, as "don't give me sugar" does; "Please don't read my
# letters" and "I can't read the paper" keep the thing.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Please don't read me the news at bedtime.", "the news", True),
        ("Please don't read my letters.", "letters", False),
        ("Please read me the headlines.", "headlines", False),
    ],
)
def test_round90_a_thing_not_to_be_read_to_someone_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 96: a given name that is also a season, a feeling, a virtue or a drink (Summer, Faith,
# Joy, Brandy: grammar.NAMES_ALSO_THINGS) opens a sentence as the thing with no article, so it is
# read as a person only on a stronger sign: who they are beside it, "'s", "and Tom", "ask" or
# "ring" before it, or a doing only a person does (visits, rings, drives, cooks, takes me, brings
# my shopping, keeps my diary, comes to sit with me; grammar.ONLY_PERSON_DOINGS); "helps",
# "comes round", "keeps me going", "brings my chest on" are not enough. Other given names keep
# round 95's signs ("Daisy helps me dress").
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Autumn brings my chest on.", "Autumn", True),
        ("Brandy helps me sleep.", "Brandy", True),
        ("Faith helps me through the bad days.", "Faith", True),
        ("Summer comes round fast now.", "Summer", True),
        ("Joy keeps me going on the bad days.", "Joy", True),
        ("Faith visits on Sundays.", "Faith", False),
        ("Joy rings me every night at eight.", "Joy", False),
        ("Summer, my granddaughter, does my nails.", "Summer", False),
        ("Grace takes me to the Tuesday club.", "Grace", False),
        ("Hope brings my shopping on Fridays.", "Hope", False),
        ("Faith and Tom come for tea.", "Faith", False),
        ("Daisy helps me dress in the morning.", "Daisy", False),
        ("Faith comes to sit with me after chapel.", "Faith", False),
        ("Joy keeps my diary up to date.", "Joy", False),
        ("Summer comes to an end too soon.", "Summer", True),
    ],
)
def test_round96_a_name_that_is_also_a_season_or_a_feeling_needs_a_stronger_sign(
    text, word, pictured
):
    assert (word in got(text)) == pictured


# Round 96: in a Polish plan a given name opening a sentence right before what a person does
# (the list's person_doings: przynosi, przychodzi, odwiedza, dzwoni...) is a person, as a
# capitalised word inside a sentence is: "Róża przynosi mi zakupy" (Róża brings my shopping)
# gets no rose; "Róża rośnie w ogrodzie" (the rose grows in the garden) keeps it.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Róża przynosi mi zakupy w piątek.", "Róża", False),
        ("Róża odwiedza mnie w niedzielę po mszy.", "Róża", False),
        ("Róża rośnie w ogrodzie pod oknem.", "Róża", True),
        ("Róża to mój ulubiony kwiat.", "Róża", True),
    ],
)
def test_round96_a_polish_given_name_before_a_persons_doing_is_a_name(text, word, pictured):
    assert (word in terms_in(text, "pl")) == pictured


# Round 97: after a refused gamble or bet, "not even on X" names what would be staked on, so X is
# ruled out ("I never bet, not even on the horses"); "not even on my chips" (where a food would
# go) and "not even on a Sunday" (when) rule nothing more out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I never bet, not even on the horses at Aintree.", "horses", True),
        ("I don't gamble, not even on the lottery.", "lottery", True),
        ("I never gamble, not even on a Sunday.", "Sunday", False),
        ("No salt, not even on my chips.", "chips", False),
    ],
)
def test_round97_not_even_on_what_would_be_gambled_on_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 97: money not to be spent or wasted on a thing ("I don't want my savings wasted on
# scratch cards") rules out what it would be spent on, not the money; money that is spent on a
# thing with no not ("My pension is spent on taxis") rules nothing out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't want my savings wasted on scratch cards.", "scratch cards", True),
        ("I don't want my pension spent on taxis.", "pension", False),
        ("I don't want my pension spent on taxis.", "taxis", True),
        ("My pension is spent on taxis and the bus.", "taxis", False),
    ],
)
def test_round97_what_money_is_not_to_be_spent_on_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 97: a place a person no longer works in or at ("I no longer work at the bakery") is
# left, so it is ruled out as a place no longer gone to is; a place they can't work in now
# ("I can't work in the garden now") and a time ("no longer work in the evenings") stay.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I no longer work at the bakery on the corner.", "bakery", True),
        ("I no longer work in the restaurant kitchen.", "kitchen", True),
        ("I can't work in the garden now.", "garden", False),
        ("I no longer work in the evenings.", "evenings", False),
    ],
)
def test_round97_a_place_no_longer_worked_in_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 102: how the person feels (a picture whose alt names a feeling: lonely, bored, hungry...)
# is why a thing is done, not what to do: it gives way to a thing the paragraph names ("A visit
# from the vicar cheers me up": the visit), and leads where nothing else does, where the only
# other picture is a person or a body part, or under a "Feelings" label.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I get so lonely on a Sunday. A visit from the vicar cheers me up no end.", "visit from"),
        ("My appetite is poor now, so a bowl of custard is better than a big dinner.", "custard"),
        ("I get bored easily, and a jigsaw keeps me going.", "jigsaw"),
        ("I get lonely in the evenings.", "lonely"),
        ("I am happy when the grandchildren ring.", "happy"),
        ("Feelings - I get cross when the telly is too loud.", "cross"),
    ],
)
def test_round102_a_feeling_gives_way_to_a_thing_named(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term


# Round 102: a word that can be a doing names a thing after a describing word ("plain cooking")
# or joined by "and" or "or" to a thing with a picture ("fresh biscuits and water", "toast and
# warm milk", "his hand and staff steady it"), so it is no action outranking the thing; a doing
# with its object after it ("my tea and wash my hands") or joined to a doing ("sit and chat")
# stays one.
@pytest.mark.parametrize(
    ("text", "names", "term"),
    [
        ("My cat Tibby needs fresh biscuits and water every day.", ("Tibby",), "cat"),
        ("I have toast and warm milk at bedtime.", (), "toast"),
        ("He holds the cup in his hand and staff steady it.", (), "cup"),
        ("Bring me my tea and wash my hands after.", (), "tea"),
        ("Please sit and chat with me after lunch.", (), "chat"),
    ],
)
def test_round102_a_word_joined_to_a_thing_is_a_thing(text, names, term):
    chosen = idea.choose(text, find_all(text, names))
    assert chosen is not None and chosen.match.term == term


# Round 102: a body part that a doing with its own picture is done to gives way to the doing
# ("Please cream my hands": the cream, "massage my feet": the massage); where the doing has no
# picture, or a general one (washing), the body part stays ("Please check my feet", "wash my
# feet"), and a thing named for a body part is no body part ("Empty the leg bag").
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Please cream my hands before bed.", "cream"),
        ("Please massage my feet in the evening.", "massage"),
        ("Please check my feet for sores.", "feet"),
        ("Empty the leg bag before bed.", "leg bag"),
        # washing is a general picture: the part washed says which wash
        ("Please wash my feet in the evening.", "feet"),
    ],
)
def test_round102_a_body_part_gives_way_to_the_pictured_doing_done_to_it(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term


# Round 101: two foods joined by "and" that are no dish of their own ("chicken and rice",
# "rice and stew", "tripe and onions", "neeps and tatties", "cheese and crackers", "pie and
# chips") are pictured one by one, so the second food is not hidden under the first one's
# picture; a dish with its own name ("fish and chips", "rice and peas") keeps its one picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My grandson cooks chicken and rice for me on a Wednesday.", "rice", "rice"),
        ("My grandson cooks chicken and rice for me on a Wednesday.", "chicken", "chicken"),
        ("Mum made tripe and onions when we were small.", "onions", "onion"),
        ("For supper I like cheese and crackers by the fire.", "crackers", "crackers"),
        ("We had neeps and tatties at the Burns supper.", "tatties", "potatoes"),
        ("Fish and chips from the van on a Friday, please.", "Fish and chips", "fish-chips"),
        ("Auntie makes rice and peas every Sunday.", "rice and peas", "rice"),
    ],
)
def test_round101_two_foods_joined_by_and_are_pictured_one_by_one(text, word, concept):
    assert got(text)[word][0] == concept


# Round 101: "a table of" things is a list or chart, not the furniture ("a table of my doses on
# the cupboard"); iron that is poured, molten or worked in a foundry is the metal, never the
# ironing ("pouring iron into moulds"); "the kitchen table" and "please iron my shirts" keep
# their pictures.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My lad pinned a table of my doses on the cupboard.", "table", None),
        ("At the works we were pouring iron into the sand all day.", "iron", None),
        ("Dad spent his life at the foundry, and the iron got into his lungs.", "iron", None),
        ("I sit at the kitchen table for my meals.", "kitchen table", "table"),
        ("I like a table by the window in the cafe.", "table", "table"),
        ("Please iron my shirts on a Monday.", "iron", "iron"),
        ("The iron is in the cupboard under the stairs.", "iron", "iron"),
    ],
)
def test_round101_a_table_of_things_and_poured_iron_are_no_furniture_or_ironing(
    text, word, concept
):
    assert concept_on(text, word) == concept


# Round 99: a title written with a capital right before a capitalised word (Dr Patel, Sister
# Jones, Nurse Kelly) is part of a name, so the title gets no picture even when the plan does not
# list the name; the title as a word ("the nurse comes", "The Sister on the ward") keeps its
# picture (Father before a priest's name kept his priest's sense until round 116: now the title
# is part of the name, LABELLING.md stop 32). "Doctor Who" is a programme's name:
# since round 103 it gets no picture at all (tests/data/LABELLING.md). Since round 383 a role's
# title (Nurse, Reverend) keeps the role's picture, as LABELLING.md stop 32 says; Dr and Doctor
# stay part of the name (code review 57a item 2).
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Dr Patel checks my feet every month.", "Dr", False),
        ("On Fridays Father Ike brings me communion.", "Father", False),
        ("Sister Jones dresses my leg on a Tuesday.", "Sister", False),
        ("I would rather see Doctor Okafor than the new one.", "Doctor", False),
        ("The district nurse comes on a Monday.", "district nurse", True),
        ("The Sister on the ward was kind to me.", "Sister", True),
        ("I watch Doctor Who with my grandson.", "Doctor Who", False),
    ],
)
def test_round99_a_title_before_a_name_gets_no_picture(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 99: "Our Lady" is a name (Mary, or a church named after her), never the picture of God;
# God, the Lord and Allah keep it.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("I keep a statue of Our Lady on the windowsill.", "Our Lady", False),
        ("Our Lady watches over me at night.", "Our Lady", False),
        ("I pray to God every morning for my family.", "God", True),
    ],
)
def test_round99_our_lady_is_a_name_not_god(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 98: "it" after "nobody uses ..., not ever" carries the not back to the thing it points
# to, the nearest thing named before it (where that thing is kept, "on the side", "in the back
# room", is passed over): "Doreen's teapot stays on the side; nobody uses it, not ever" rules out
# the teapot, not the side; what nobody waters is no refusal of it.
SEWING_98 = "Mum's sewing machine is in the back room; nobody uses it, not ever."


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Doreen's teapot stays on the side; nobody uses it, not ever.", "teapot", True),
        (SEWING_98, "back room", False),
        (SEWING_98, "sewing machine", True),
        ("The good china is in the cabinet; nobody uses it, not ever.", "china", True),
        ("The good china is in the cabinet; nobody uses it, not ever.", "cabinet", False),
        ("The plants are dead, nobody waters them, not ever.", "plants", False),
    ],
)
def test_round98_it_after_nobody_uses_not_ever_is_the_nearest_thing_before(text, word, negated):
    assert got(text)[word][1] is negated


# Round 98: a season, a feeling or a drink that is also a given name, before "takes it out of
# me" or a closing "brings it on", is the thing causing it, not a person: "Autumn takes it out
# of me" keeps its picture; "Summer takes me to the seaside" and "Joy brings it on Wednesday"
# are still a person.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Autumn takes it out of me, so I rest more.", "Autumn", True),
        ("Winter takes it out of me, the cold.", "Winter", True),
        ("Summer brings it on.", "Summer", True),
        ("Summer takes me to the seaside in her car.", "Summer", False),
        ("Joy brings it on Wednesday.", "Joy", False),
    ],
)
def test_round98_a_season_that_takes_it_out_of_me_is_no_person(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 98: in a Welsh plan a Welsh given name that is also a word (Haf, Eira, Gwawr, Enfys:
# scripts/given_names.py EXTRA) opening a sentence before what a person does, with "sy'n", "yn"
# or "fy" between (cy.yml person_doings, person_links), is a person: "Eira sy'n fy ffonio" gets
# no snow; "Eira ar y ffordd" (snow on the road) and "Haf yw fy hoff amser" keep their picture.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Haf sy'n dod â'r siopa bob dydd Gwener.", "Haf", False),
        ("Eira sy'n fy ffonio bob nos.", "Eira", False),
        ("Gwawr sy'n fy helpu i wisgo yn y bore.", "Gwawr", False),
        ("Eira ar y ffordd heddiw, felly dim siopa.", "Eira", True),
        ("Haf yw fy hoff amser o'r flwyddyn.", "Haf", True),
        ("Mae eira ar y ffordd.", "eira", True),
    ],
)
def test_round98_a_welsh_given_name_before_a_persons_doing_is_a_name(text, word, pictured):
    assert (word in terms_in(text, "cy")) == pictured


# Round 98: a herb or a gem that is also a given name (Rosemary, Basil, Ruby, Amber...:
# grammar.NAMES_ALSO_THINGS) keeps its picture where the sentence uses it as the thing
# ("Rosemary helps my memory", "Rosemary in the lamb", "my Ruby wedding ring") and loses it as a
# person: "Rosemary cuts my hair", "Rosemary helps me dress", "Basil can still look after me".
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Rosemary cuts my hair on a Thursday.", "Rosemary", False),
        ("Rosemary helps me dress in the morning.", "Rosemary", False),
        ("Basil can still look after me at home.", "Basil", False),
        ("Rosemary helps my memory, so I grow it by the door.", "Rosemary", True),
        ("Rosemary cuts through the fat of the lamb.", "Rosemary", True),
        ("Rosemary in the lamb, please.", "Rosemary", True),
        ("My Ruby wedding ring stays on my finger.", "Ruby wedding", True),
    ],
)
def test_round98_a_herb_or_gem_name_is_the_thing_unless_a_person(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 98: a second doing joined by "or" to what nobody is to do ("Nobody must smoke near me or
# light a candle") is ruled out with its thing, as the first is; the person's own thing after
# it stays ("No one should cut my hair or trim my beard": the beard), and a new clause after
# "and" ("and the nurse checks the oxygen") is left alone.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Nobody must smoke by my bed or light a candle for Diwali.", "light a candle", True),
        ("Nobody is to smoke near me or light the gas fire.", "gas fire", True),
        ("No one should cut my hair or trim my beard.", "beard", False),
        ("Nobody smokes near me and the nurse checks the oxygen.", "oxygen", False),
    ],
)
def test_round98_a_second_doing_nobody_is_to_do_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 100: a step one stands on, trips over or leaves the milk on ("the loose step by the
# shed") is the stairs picture; a step of a task ("each step of the hoist") and the doing
# ("don't step on my mat") get none.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Watch out for the loose step by the shed.", "step", "step-r100"),
        ("The postman leaves parcels on the step.", "step", "step-r100"),
        ("Please tell me each step of the transfer before you start.", "step", None),
        ("Please don't step on my mat.", "step", None),
    ],
)
def test_round100_a_step_one_stands_on_is_pictured(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: the rocks of a shore ("I sat on the rocks at Porthcawl") are the stone picture; a
# person who is one's rock, or rocking ("she rocks him gently"), is not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I used to sit on the rocks at Porthcawl and watch the waves.", "rocks", "rocks-r100"),
        ("My sister rocks me gently when I am upset.", "rocks", None),
        ("My husband is my rock.", "rock", None),
    ],
)
def test_round100_the_rocks_of_a_shore_are_pictured(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: the machine a person goes on for hours or before a session ("I'm on the machine
# Monday, Wednesday and Friday") is dialysis; the washing machine is not. A spare cylinder where
# the sentence talks of oxygen is the oxygen, a gas cylinder is not. A lap a cat sits on or a
# rug goes over is pictured; a lap of the garden is not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "I'm on the machine Monday, Wednesday and Friday, so no visitors then.",
            "machine",
            "dialysis-r100",
        ),
        ("Put my towels in the machine on a Monday.", "machine", "washing-machine-2"),
        (
            "My oxygen is low, so please bring the spare cylinder from the hall.",
            "cylinder",
            "oxygen-r100",
        ),
        ("The gas cylinder for the heater is in the shed.", "cylinder", None),
        ("My little dog sleeps on my lap by the fire.", "lap", "lap-r100"),
        ("I walk a lap of the car park with my frame.", "lap", None),
    ],
)
def test_round100_dialysis_machine_oxygen_cylinder_and_lap(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: a face named among other parts of the body ("arms, face and neck") is the face,
# and faces one forgets or reads are faces; a bed that must face the window is no face.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The cream goes on my arms, face and neck after my bath.", "face", "head"),
        ("Since the stroke I forget faces, so say who you are.", "faces", "head"),
        ("My bed must face the window and my hands must stay warm.", "face", None),
    ],
)
def test_round100_a_face_among_parts_of_the_body_is_pictured(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: pepper used or added on food ("I use pepper and a squeeze of lemon on my fish") is
# the seasoning (round 131: the pepper mill, not the salt); pepper soup and a pepper plant are not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "No salt, so I use pepper and a squeeze of lemon on my fish.",
            "pepper",
            "pepper-seasoning",
        ),
        ("Please add pepper to my eggs, not salt.", "pepper", "pepper-seasoning"),
        ("I grow a pepper plant on the kitchen sill.", "pepper", None),
    ],
)
def test_round100_pepper_put_on_food_is_the_seasoning(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: Mass named with where or when it is said ("Mass at St Joseph's on a Saturday
# evening") is the church; a mass on a scan is not.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mass at St Joseph's on a Saturday evening, then fish and chips.", "Mass", "church-3"),
        ("The scan found a mass on my liver at St James's.", "mass", None),
    ],
)
def test_round100_mass_with_where_it_is_said_is_the_church(text, word, concept):
    assert concept_on(text, word) == concept


# Round 100: a bowl or table with its colour or size before it ("the blue bowl", "the wee table")
# or a bowl named with a jug ("a jug and bowl for my wash") is the thing itself; a
# bowl of soup stays the soup, and bowling a ball is no bowl.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My cereal goes in the blue bowl.", "bowl", "bowl"),
        ("Leave my glasses on the wee table.", "table", "table"),
        ("Please bring a jug and bowl for my wash in bed.", "bowl", "bowl"),
        ("I still bowl on a Tuesday at the club.", "bowl", None),
    ],
)
def test_round100_a_bowl_or_table_with_its_colour_or_size(text, word, concept):
    assert concept_on(text, word) == concept


# Round 104: a problem named in a bare opening note ("Constipation.", "Swollen feet.") gives way
# to the thing a later note gives or uses; beside only a person ("Sore knee. I was a nurse.") the
# problem stays.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Constipation. Prunes at breakfast and plenty of water.", "Prunes"),
        ("Swollen ankles. Compression socks every morning.", "socks"),
        ("Headache most days. Tablets with food.", "Tablets"),
        ("Rash on my arms. Cream after my shower.", "Cream"),
        ("Sore knee. I was a nurse.", "Sore"),
    ],
)
def test_round104_a_problem_in_a_bare_note_gives_way_to_its_remedy(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term, chosen


# Round 105: a "not in my tea" aside after a thing already ruled out says where that thing is
# not to go, so the place is wanted; with nothing ruled out before it, the place is refused.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No sugar, not in my tea, not in my porridge.", "porridge", False),
        ("No sugar, not in my tea, not in my porridge.", "sugar", True),
        ("No salt, not on my chips, not on my eggs.", "eggs", False),
        ("I keep my keys in my bag, not in my coat.", "coat", True),
    ],
)
def test_round105_not_in_my_after_a_thing_ruled_out_is_where(text, word, negated):
    assert got(text)[word][1] is negated


# Round 105: "the green" is the bowling green only where no thing with its own picture follows
# it; "the green bowl" is a colour on a bowl, no bowls picture on "green".
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The green bowl is for the dog.", "green", None),
        ("Put my cereal in the big green bowl, please.", "green", None),
        ("We bowl on the green by the church most weeks.", "green", "bowls-2"),
    ],
)
def test_round105_green_before_a_thing_is_its_colour_not_the_bowling_green(text, word, concept):
    assert concept_on(text, word) == concept


# Round 105: a person who does things for the person ("my daughter", "my mum") does not describe
# the word after it, so "my daughter lights them" is the daughter lighting, no light bulb; a
# describing word still does ("my bedside lights").
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Candles are nice, my daughter lights them.", "lights", None),
        ("My daughter lights them on a Friday night.", "lights", None),
        ("Please leave the bedside lights on for me.", "lights on", "light-2"),
    ],
)
def test_round105_a_person_before_a_word_does_not_describe_it(text, word, concept):
    assert concept_on(text, word) == concept


# Round 105: a Welsh given name that is also a word, opening a sentence before "yw" and a word of
# the family ("Haf yw fy merch": Haf is my daughter; cy.yml person_is), is a person, as English
# ", my sister,"; "Haf yw fy hoff dymor" (summer is my favourite season) keeps the summer.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Haf yw fy merch, mae hi'n galw bob dydd.", "Haf", False),
        ("Eira yw ei ferch hi, mae hi'n byw yn Aber.", "Eira", False),
        ("Haf yw fy merch, mae hi'n galw bob dydd.", "merch", True),
        ("Haf yw fy hoff dymor.", "Haf", True),
    ],
)
def test_round105_a_welsh_given_name_said_to_be_family_is_a_name(text, word, pictured):
    assert (word in terms_in(text, "cy")) == pictured


# Round 105: "stop" before a thing and what it does ("to stop my fingers curling") stops the
# doing; the thing that does it is not ruled out. "I stopped my knitting" still rules out the
# knitting.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("These gloves stop my hands shaking when I hold a cup.", "hands", False),
        ("Please stop the dog barking at the postman.", "dog", False),
        ("I stopped my knitting when my eyes went.", "knitting", True),
    ],
)
def test_round105_stopping_a_thing_doing_something_stops_the_doing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 103: a named shop, paper, programme, channel, venue, club or race written with a capital
# is a name (tests/data/LABELLING.md): no picture, even where the plan's people: does not list it,
# and its words get none either; the generic word beside it keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Sandra fetches my bread and milk from the Co-op.", "Co-op", None),
        ("I do the crossword in the Jewish Chronicle on a Friday.", "Jewish", None),
        ("I never miss Emmerdale, I like the farm.", "Emmerdale", None),
        ("He takes me to the Legion for a game of darts.", "Legion", None),
        ("She puts Radio Scotland on for me at night.", "Radio", None),
        ("I never miss Doctor Who on a Saturday.", "Doctor", None),
        ("I listen to the radio in bed.", "radio", "radio"),
        ("Sandra fetches my bread from the shop.", "shop", "shop"),
        ("I like a day at the races in June.", "races", "racing"),
    ],
)
def test_round103_a_named_shop_paper_or_programme_gets_no_picture(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == ([concept] if concept else [])


# Stop 30: a month, a fortnight or a year said with "last" or "next" is when, like a week, so a
# thing stopped "last month" is ruled out and the month is not.
@pytest.mark.parametrize(
    ("text", "ruled_out", "when"),
    [
        ("I stopped my tablets last month.", "tablets", "last month"),
        ("No more sherry since last week.", "sherry", "last week"),
    ],
)
def test_stop30_a_month_or_week_after_last_is_when_not_what(text, ruled_out, when):
    pictures = got(text)
    assert pictures[ruled_out][1] is True
    assert pictures[when][1] is False


# Round 111: a name that is also a thing (Faith, Joy, Summer) is a person when it comes or goes
# at a time said after it to do something: "Faith comes on Tuesdays to help me wash", not
# "Summer comes in June and the garden is full".
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Faith comes on Tuesdays to help me wash.", "Faith", None),
        ("Joy comes every morning to get me up.", "Joy", None),
        ("Summer comes in June and the garden is full.", "Summer", "summer"),
        ("Sherry comes in a glass at Christmas.", "Sherry", "wine"),
    ],
)
def test_round111_a_name_that_comes_at_a_time_to_do_something_is_a_person(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == ([concept] if concept else [])


# Round 109: "better" or "worse" before "than" compares, as an -er word does ("closer to the
# fire"): the thing before it keeps its picture, with no kind of "better" to give way to.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("She knows my face better than anyone.", "face", "head"),
        ("My dog knows the garden better than me.", "garden", "garden"),
        ("I want a better chair than this one.", "chair", "chair"),
    ],
)
def test_round109_better_than_compares(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == [concept]


# Round 106: a cup and saucer is a cup to drink from, not a plate of food; a saucer on its own,
# and the best china, keep the plate.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Gran likes her coffee in a cup and saucer with a doily.", "cup and saucer", "cup"),
        ("Please wash up the cups and saucers after the vicar goes.", "cups and saucers", "cup"),
        ("Stand my plant on a saucer by the window.", "saucer", "plate"),
        ("We use the best china when my sister comes.", "best china", "plate"),
    ],
)
def test_round106_a_cup_and_saucer_is_a_cup(text, term, concept):
    assert got(text)[term][0] == concept


# Round 106: the kitchen timer is a timer (its own concept, alt "timer"), not "a few minutes",
# though it shows the same timer picture; a few minutes keeps its own name, and the heating
# timer is not the kitchen timer.
@pytest.mark.parametrize(
    ("text", "term", "concept", "alt"),
    [
        ("My daughter sets the timer so the oven switches off.", "timer", "timer", "timer"),
        ("Set the kitchen timer when my egg goes on.", "timer", "timer", "timer"),
        ("Sit with me for ten minutes in the garden.", "minutes", "minutes", "a few minutes"),
    ],
)
def test_round106_a_timer_is_named_a_timer(text, term, concept, alt):
    found = {m.term: m.concept for m in find_all(text)}
    assert (found[term].id, found[term].alt) == (concept, alt)
    assert got("The heating timer comes on at six.")["timer"][0] != "timer"


# Round 106: a chest named by its wood, its age or its kind ("a wooden chest", "an oak chest", "the
# old chest") is a lidded box, not a chest of drawers; a chest that clothes are folded into keeps
# the chest of drawers, and "my chest" is still the body.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Grandad's medals are kept in an oak chest in the spare room.", "box-2"),
        ("Her wedding photos are in the old pine chest under the window.", "box-2"),
        ("My cardigans are folded in the chest by the door.", "chest-of-drawers"),
    ],
)
def test_round106_a_wooden_chest_is_a_box(text, concept):
    assert got(text)["chest"][0] == concept
    assert got("My chest is tight in the mornings.")["chest"][0] != "box-2"


# Round 106: lunchtime is the time of the midday meal, pictured as the meal (as dinnertime is),
# not the afternoon sun; the afternoon keeps the sun. (Round 155: midday is twelve o'clock, the
# time the text says, not the afternoon that follows it.)
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Ring me at lunchtime, when my grandson is here.", "lunchtime", "meal"),
        ("I like a walk in the afternoon.", "afternoon", "afternoon"),
        ("The post comes at midday.", "midday", "clock-noon"),
    ],
)
def test_round106_lunchtime_is_the_meal(text, term, concept):
    assert got(text)[term][0] == concept


# Round 111: a given name that labels a note saying who they are, after a colon, a dash or a
# bracket, is a person: "Heather - daughter", "Joy: my carer", "Dawn (carer)"; "Faith: chapel on
# Sundays" says no one and keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Heather - daughter, visits on Sundays.", "Heather", None),
        ("Joy: my carer, mornings and bedtime.", "Joy", None),
        ("Dawn (carer) comes at nine.", "Dawn", None),
        ("Faith: chapel on Sundays.", "Faith", "place-of-worship"),
    ],
)
def test_round111_a_name_labelling_who_they_are_is_a_person(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == ([concept] if concept else [])


# Round 107: after "nothing" and a describing word ("nothing crunchy"), a comma list of things
# that ends in "please" or "instead" is what is offered, so only the kind is ruled out; a list
# with no please, or of more describing words, runs on as before.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Teeth out, so nothing crunchy, soup or mince and tatties please.", "soup", False),
        ("Nothing spicy, a cheese sandwich or a bowl of broth please.", "cheese sandwich", False),
        ("Nothing spicy, a cheese sandwich or a bowl of broth please.", "spicy", True),
        ("Nothing too spicy, curry or chilli, it upsets me.", "curry", True),
    ],
)
def test_round107_things_offered_after_nothing_of_a_kind_are_wanted(text, word, negated):
    assert got(text)[word][1] is negated


# Round 107: a second "no" after a comma starts a refusal of its own ("No bending, no crossing my
# legs"): the thing named after the first no does not swallow it, so the crossing is ruled out
# too; a place after "not" is still read as where ("No sugar, not in my tea").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No bending, no crossing my legs.", "crossing my legs", True),
        ("Hip: new one in May. No bending past 90, no crossing my legs.", "crossing my legs", True),
        ("No sugar, no milk, no biscuits.", "biscuits", True),
        ("No sugar, not in my tea, not in my porridge.", "tea", False),
    ],
)
def test_round107_a_second_no_after_a_comma_is_its_own_refusal(text, word, negated):
    assert got(text)[word][1] is negated


# Round 107: a thing ruled out at one time, where the sentence goes on after a comma or a dash
# with "only" and the time it is wanted ("only on Mondays", "only morning and night"), is still
# wanted: only the time is ruled out. Without the "only" the thing stays ruled out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Do not give me methotrexate on the wrong day – only on Mondays.", "methotrexate", False),
        ("I don't want my eye drops at bedtime, only morning and noon.", "eye drops", False),
        ("Don't bring my paper in the early morning - only in the afternoon.", "paper", False),
        ("I'd rather not use the white stick indoors.", "white stick", True),
    ],
)
def test_round107_a_thing_wanted_only_at_another_time_is_kept(text, word, negated):
    assert got(text)[word][1] is negated


# Round 107: a not before "straight from" or "straight out of" rules out where the thing comes
# from, not the thing: the water is drunk, not from the tap. With no not, nothing is ruled out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Don't give me biscuits straight out of the tin, put them on a plate.", "biscuits", False),
        ("Don't give me biscuits straight out of the tin, put them on a plate.", "tin", True),
        ("Water boiled and cooled, never straight from the tap.", "tap", True),
        ("I have my tea straight from the pot.", "pot", False),
    ],
)
def test_round107_not_straight_from_rules_out_the_source(text, word, negated):
    assert got(text)[word][1] is negated


# Round 107: a thing ruled out at one time or place, where the sentence says the same doing
# again at another ("but I go on Wednesdays", ", put it in the bedroom"), is wanted, and the time
# or place is what is ruled out; a different doing after "but" leaves the thing ruled out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't drink tea at night but I have it in the morning.", "tea", False),
        ("I don't drink tea at night but I have it in the morning.", "night", True),
        ("I won't have the commode in the lounge, put it in the bedroom.", "commode", False),
        ("I don't go to chapel on Sundays but I pray at home.", "chapel", True),
    ],
)
def test_round107_a_doing_said_again_at_another_time_keeps_its_thing(text, word, negated):
    assert got(text)[word][1] is negated


# Round 110: sitting or standing in a request is how a talk later in the sentence is done, after
# "and" past a comma or after "when" or "while": the talk is the idea, and a "when" before it
# opens no condition; a posture before no talk, or before a doing that is no talk, keeps its place.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Please stand where I can see you when you speak to me.", "speak"),
        ("Sit opposite me, look at me, and talk slowly.", "talk"),
        ("Please stand to my right while you talk to me.", "talk"),
        ("Please sit with me when you have time.", "sit with me"),
        ("Please stand by the door, and I will wave to you.", "door"),
    ],
)
def test_round110_a_posture_gives_way_to_the_talk_it_is_for(text, term):
    chosen = idea.choose(text, find_all(text))
    assert chosen is not None and chosen.match.term == term, chosen


# Round 110: pruning is a doing only in a sentence about the garden (roses, a hedge, shrubs,
# trees...); elsewhere "prunes" is the fruit, also where it opens a note and reads like a doing
# ("Prunes with custard, please", "I need prunes, they keep me regular").
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Prunes with custard, please.", "Prunes", "fruit"),
        ("Bunged up again. Prunes on Tuesdays and Fridays.", "Prunes", "fruit"),
        ("I need prunes, they keep me regular.", "prunes", "fruit"),
        ("My son prunes the roses for me in March.", "prunes", "gardening"),
        ("I still like to prune the fuchsias.", "prune", "gardening"),
    ],
)
def test_round110_pruning_is_a_doing_only_in_the_garden(text, term, concept):
    assert got(text)[term][0] == concept


# Round 110: "a pad" (or "my pad") in a sentence about leaks, wearing, changing or the toilet is
# a continence pad, also before "and" ("I wear a pad and change it"), where the plain sense stops
# at "pad and" for a writing pad; a pad for a heel or a note pad keeps its own meaning.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I leak when I sneeze, so I wear a pad and change it at lunch.", "continence"),
        ("I have a little leakage, so a pad and clean pants after my wash, please.", "continence"),
        ("Write it on the pad and leave it by the phone.", "notes"),
        ("I wear a gel pad on my heel and the nurse checks it.", None),
    ],
)
def test_round110_a_pad_worn_for_leaks_is_a_continence_pad(text, concept):
    pictured = [c.removesuffix("-r45") for term, (c, _) in got(text).items() if term == "pad"]
    assert pictured == ([concept] if concept else [])


# Round 110: "wake-up" written as one word (a note's label, "wake-up time") is getting up, as
# "wake up" is; a "wake-up call" is an idiom and pictures nothing.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Wake-up: half seven, curtains open.", "Wake-up", "get-up"),
        ("My wake-up time is eight, not before.", "wake-up", "get-up"),
        ("Losing my sight was a wake-up call.", "wake-up", None),
        ("Losing my sight was a wake-up call.", "call", None),
    ],
)
def test_round110_wake_up_in_one_word_is_getting_up(text, term, concept):
    assert got(text).get(term, (None, False))[0] == concept


# Round 108: everyday care things the vocabulary did not know get their picture, each only in the
# sense a care plan means (a fingertip, the bed's controller, camomile, flip-flops, paper tape, the
# yellow bag, the sill, a stump's liner, rye, the railway's engines, a board by
# what goes with it, the washing machine, a wireless, a flu jag, liver on the plate, denture
# tablets and fixative, floss, kennels, a fear of needles, a fishing hook); the same word in
# another sense keeps no such picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My fingertips go white in the cold.", "fingertips", "fingers-r108"),
        ("Leave the controller for the bed where I can reach it.", "controller", "remote-r108"),
        ("My grandson left his games controller on the sofa.", "controller", None),
        ("A mug of camomile before I settle.", "camomile", "tea-r108"),
        ("Camomile lotion on the rash, please.", "Camomile", None),
        ("I wear flip-flops in the garden in July.", "flip-flops", "sandals-r108"),
        ("Mules are no good, my feet slip out of them.", "Mules", "sandals-r108"),
        ("My uncle kept two mules on the farm.", "mules", None),
        ("Hold the dressing on with micropore.", "micropore", "plaster-r108"),
        ("Aprons go in the yellow bag after a pad change.", "yellow bag", "clinical-waste-r108"),
        ("My plants sit on the sill in the sun.", "sill", "window-r108"),
        ("The liner goes on the stump before the socket.", "liner", "amputation-r108"),
        ("Cheese on rye for my supper.", "rye", "bread-r108"),
        ("He drove the engines on the railway before the diesels came.", "engines", "train-r108"),
        ("My daughter gets the board out for the ironing.", "board", "ironing-board-r108"),
        ("Write my visitors on the board by the door.", "board", "whiteboard-r108"),
        ("My jumpers shrink in the machine, so dry them flat.", "machine", "washing-machine-r108"),
        ("The machine at the renal unit takes four hours.", "machine", "dialysis-care"),
        ("The cricket is on my wireless all afternoon.", "wireless", "radio-r108"),
        ("The nurse gives me my flu jag in October.", "flu jag", "injection-r108"),
        ("I love liver with onions on a Monday.", "liver", "liver-r108"),
        ("My liver is not what it was since the drink.", "liver", "liver"),
        ("Soak my top set in Steradent overnight.", "Steradent", "dentures-r108"),
        ("A dab of fixative on my plate before breakfast.", "fixative", "dentures-r108"),
        ("I floss my teeth before bed.", "floss", "floss-r108"),
        ("We had candy floss on the pier.", "candy floss", None),
        ("Bess goes to the boarding kennels when I'm away.", "boarding kennels", "kennel-r108"),
        ("I'm frightened of needles, so talk to me.", "needles", "injection-needles-r108"),
        ("My knitting needles are in the basket.", "knitting needles", "knitting"),
        ("Each hook in my tackle box has its place.", "hook", "fishing-hook-r108"),
        ("Hang my coat on the hook by the door.", "hook", "hanger-2"),
    ],
)
def test_round108_everyday_care_things_get_their_picture_in_their_sense(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split() or term == word]
    assert pictured == ([concept] if concept else [])


# Round 112: Brook, River, Cherry, Clay and Storm are given names too: the word is a person where
# the sentence treats it as one, and keeps its picture where it is the thing.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Brook comes on Tuesdays to do my hair.", "Brook", None),
        ("River rings me every Sunday night.", "River", None),
        ("Storm brings my paper in the morning.", "Storm", None),
        ("We sat by the brook with a flask of tea.", "brook", "river"),
        ("A storm at night frightens me.", "storm", "storm"),
    ],
)
def test_round112_word_names_are_people_where_the_sentence_says_so(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == ([concept] if concept else [])


# Round 112: "the frame" a person uses, is helped by, or moves with (the belt and the frame) is the
# walking frame when the sentence names no picture, glasses, toilet or commode it could frame.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I use the frame to get to the kitchen.", "walking-frame-r35"),
        ("The frame helps me most in the mornings.", "walking-frame-r35"),
        ("Bring the belt and the frame when I move to the chair.", "walking-frame-r35"),
        ("Use the frame to hang the picture.", None),
        ("I'd rather use the toilet with the frame.", None),
    ],
)
def test_round112_the_frame_used_or_helping_is_the_walking_frame(text, concept):
    pictured = [c for term, (c, _) in got(text).items() if "frame" in term.split()]
    assert pictured == ([concept] if concept else [])


# Round 112: two names that are also things, joined by "and", that come on a day of the week or at
# a part of the day are two people ("Joy and Faith come on Mondays"); seasons coming every year,
# feelings coming with prayer, and one such name coming with no purpose keep their pictures.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Joy and Faith come on Mondays.", "Joy", None),
        ("Grace and Joy come every morning with my paper.", "Joy", None),
        ("Summer and Autumn come every year too fast.", "Summer", "summer"),
        ("Peace and Joy come with prayer.", "Peace", "calm"),
    ],
)
def test_round112_two_word_names_coming_on_a_day_are_people(text, word, concept):
    pictured = [c for term, (c, _) in got(text).items() if word in term.split()]
    assert pictured == ([concept] if concept else [])


# Round 112: "wake" is getting up only where it is a doing ("I wake at six"); "a wake", "my wake"
# is the gathering after a funeral.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No flowers at my wake, just a good sing.", "funeral"),
        ("After the wake we all went home.", "funeral"),
        ("I often wake in the night and need the toilet.", "get-up"),
    ],
)
def test_round112_a_wake_is_a_funeral_gathering(text, concept):
    pictured = [c for term, (c, _) in got(text).items() if "wake" in term.split()]
    assert pictured == [concept]


# Stop 31: a name-word before an -s word and "are" or "were" names things, not what a person
# does ("River walks are my favourite"); "River walks the dog" is still River.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("River walks are my favourite outing.", "River", True),
        ("Brook walks were lovely in the summer.", "Brook", True),
        ("River walks the dog for me on Sundays.", "River", False),
    ],
)
def test_stop31_a_name_word_before_plural_things_is_the_thing(text, word, pictured):
    assert (word in got(text)) is pictured


# Stop 31: a name that is also a word, coming on a day of the week, is a person ("Joy comes on
# Mondays"); coming in a month, a season or a part of the day leaves the word alone.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Joy comes on Mondays.", "Joy", False),
        ("Faith comes every Thursday.", "Faith", False),
        ("Summer comes in June and the garden is full.", "Summer", True),
        ("Joy comes in the morning when the sun is up.", "Joy", True),
    ],
)
def test_stop31_a_name_coming_on_a_weekday_is_a_person(text, word, pictured):
    assert (word in got(text)) is pictured


# Stop 31: the frame of a person's glasses is no picture frame (the glasses carry the picture);
# a frame with glass in it on the wall still is.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The frame of my glasses is bent, please take them to the optician.", None),
        ("My spectacles have a gold frame.", None),
        ("Her photo is in a frame with glass on the sideboard.", "picture-frame"),
    ],
)
def test_stop31_the_frame_of_my_glasses_is_no_picture_frame(text, concept):
    assert got(text).get("frame", (None,))[0] == concept


# Round 115: a language is how a person talks, not a thing the talking is done to: "I speak
# Gujarati" keeps the talking beside the language; "eat halal meat" still shows only the meat.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("My wife and I speak Gujarati at home.", "speak", True),
        ("I speak Welsh with my son.", "speak", True),
        ("I eat halal meat only.", "eat", False),
    ],
)
def test_round115_speaking_a_language_keeps_the_talking(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 115: "passed" right after "since" and a name is a death ("since Levi passed"), where no
# thing follows it; "since Ann passed her test" and "since the pain passed" are no death.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Since Albert passed, I keep his chair by the window.", "died-r50"),
        ("Since Ann passed her driving test she takes me out.", None),
        ("Since the pain passed I sleep much better.", None),
    ],
)
def test_round115_since_a_name_passed_is_a_death(text, concept):
    assert got(text).get("passed", (None,))[0] == concept


# Round 115: "the room" is the person's room where the sentence says how warm or cool it is, or
# which television, radio or fan is in it ("the room is too cold"); "room for the chair" is none.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("The room is too cold for me in the mornings.", True),
        ("Please leave the television on in the room when I nap.", True),
        ("Is there room for the chair by the fire?", False),
    ],
)
def test_round115_the_room_kept_warm_or_with_the_radio_in_it(text, pictured):
    assert ("room" in got(text)) is pictured


# Round 115: feeding "him" or "them" in a sentence about the cat or the dog is feeding the pet
# ("Tibby is my cat, and I feed him at six"); "I feed him his dinner", said of a husband, is no
# pet's feeding.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Tibby is my cat, and I feed him at six.", "feed", "feed-cat"),
        ("My two dogs are old now, and Sam feeds them at five.", "feeds", "feed-dog"),
        ("I feed him his dinner at six, my husband Bill.", "feed", None),
    ],
)
def test_round115_feeding_him_in_a_sentence_about_the_cat(text, word, concept):
    assert concept_on(text, word) == concept


# Round 115: "cross" joined by "and" to a feeling ("tired and cross", "muddled and cross") is
# angry, as "I get cross" is; "tired and cross the road" (a doing, with the road after) is not.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Loud music makes me tired and cross by teatime.", "angry"),
        ("I feel shaky and cross when my sugar drops.", "angry"),
        ("I was tired and cross the road slowly with my stick.", None),
    ],
)
def test_round115_a_feeling_and_cross_is_angry(text, concept):
    assert got(text).get("cross", (None,))[0] == concept


# Round 116: a religious title written with a capital before a name is part of the name
# ("Father Michael", "Brother John", "Mother Teresa": LABELLING.md, stop 32), so it gets no
# picture, neither a dad nor a priest; "my father", "Father used to..." keep the dad.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Father Michael hears my confession before Easter.", "Father", False),
        ("Brother Anselm plays chess with me on Tuesdays.", "Brother", False),
        ("I have a picture of Mother Teresa by my bed.", "Mother", False),
        ("My father mended clocks in his shed.", "father", True),
        ("Father used to take me fishing on the canal.", "Father", True),
    ],
)
def test_round116_a_religious_title_before_a_name_is_the_name(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 116: a place word ending a place's name is that place ("a walk in Roath Park", "Leith
# Library": LABELLING.md, stop 32), as "the park" is; not where the name describes the thing
# after it ("the Heaton Park club") or names a sports ground ("football at Windsor Park"),
# nor a small-letter "park" after a capital ("Please park the car").
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("On dry days my grandson pushes me round Jesmond Park.", "Park", "park"),
        ("Pollok Park has the best rhododendrons in spring.", "Park", "park"),
        ("We go bowling at the Jesmond Park club.", "Park", None),
        ("Dad took me to the football at Ninian Park every Saturday.", "Park", None),
        ("Please park the van round the back.", "park", "parking"),
    ],
)
def test_round116_a_place_word_ending_a_name_is_the_place(text, word, concept):
    assert concept_on(text, word) == concept


# Round 116: a given name the plan does not list, before what only a person does, is a person:
# wanting, worrying, translating, counting, and doing someone's thing ("Joy does my hair",
# "Dawn wants me to rest", "Amrit translates for me"); "Joy does me good" is still the joy.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Joy does my hair before chapel.", "Joy", False),
        ("Joy worries about my weight.", "Joy", False),
        ("Dawn wants me to rest after lunch.", "Dawn", False),
        ("Simran translates the letters from the council.", "Simran", False),
        ("Joy helps me count my change at the shop.", "Joy", False),
        ("Joy does me good, seeing the grandchildren.", "Joy", True),
    ],
)
def test_round116_a_given_name_before_what_only_a_person_does(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 116: a dog's breed names a pet as "dog" does, so a name said to be one is the pet's
# name ("Biscuit is my Jack Russell", "Pepper, my spaniel,"); "Pepper is my favourite spice"
# keeps the pepper, and a word after "a" or "the" is no pet's name ("on a Friday, a collie").
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("Biscuit is my Jack Russell and he sleeps on my feet.", "Biscuit", False),
        ("Pepper, my old spaniel, sleeps by the radiator.", "Pepper", False),
        ("Pepper is my favourite spice on eggs.", "Pepper", True),
        ("The visiting dog comes on a Friday, a gentle old collie.", "Friday", True),
    ],
)
def test_round116_a_name_said_to_be_a_dogs_breed_is_a_pet(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 114: a perching stool is a stool wherever it stands, by the shower or basin too (the
# shower chair is another thing); a shower stool is still the shower chair.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("I wash at the basin sitting on my perching stool.", "perching stool", "stool"),
        ("A perching stool by the shower helps me dry my feet.", "perching stool", "stool"),
        ("My perching stool goes in the shower on Fridays.", "perching stool", "stool"),  # r115
        ("I sit on a plastic stool in the shower.", "stool", "shower-chair"),
        ("Please put the shower stool in before I get in.", "shower stool", "shower-chair"),
    ],
)
def test_round114_a_perching_stool_is_a_stool(text, term, concept):
    assert got(text).get(term, (None,))[0] == concept


# Round 114: the anniversary of his, her or their death, and a death anniversary, are a day (the
# calendar), not a tomb; a death itself ("he passed away in May") keeps the tomb.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        (
            "We visit the cemetery on the anniversary of their death.",
            "anniversary of their death",
            "anniversary-death",
        ),
        ("Her death anniversary falls in the spring.", "death anniversary", "anniversary-death"),
        ("My brother passed away in May.", "passed away", "died-2"),
    ],
)
def test_round114_a_death_anniversary_is_a_day(text, term, concept):
    assert got(text).get(term, (None,))[0] == concept


# Round 114: a kara is the steel bracelet it is, beside a turban or a kirpan too (the faith's
# khanda says something else); the kirpan keeps the faith's picture.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("He wears his kara and his turban to the gurdwara.", "kara", "bracelet"),
        ("Please leave my kara on when I have a wash, with my turban.", "kara", "bracelet"),
        ("I keep my kirpan under my pillow at night.", "kirpan", "sikh-faith"),
    ],
)
def test_round114_a_kara_is_a_bracelet(text, term, concept):
    assert got(text).get(term, (None,))[0] == concept


# Round 114: "a wee" before a word of its own is the Scots "small" ("a wee bet", "a wee Paris
# bun"); "a wee" that ends its phrase ("a wee in the night", "after a wee, so") is the toilet.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("On a Friday I have a wee Tunnock's wafer with my tea.", False),
        ("She brings a wee posy from her garden.", False),
        ("I'm up for a wee in the night, so leave the landing light on.", True),
        ("After a wee, I need help with my pants.", True),
    ],
)
def test_round114_a_wee_before_a_word_is_small(text, pictured):
    assert (got(text).get("wee", (None,))[0] == "bladder") is pictured


# Round 114: "because of the sugar", "I've got the sugar": the sugar a person has is diabetes
# (the blood sugar test); the sugar in a bowl, a cup or a price is the sugar.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My eyes are going because of the sugar, so I have a check each year.", "diabetes-2"),
        ("My dad got the sugar in his sixties, and so have I.", "diabetes-2"),
        ("I cut down because of the sugar in my tea.", "sugar"),
        ("The price of the sugar has gone up again.", "sugar"),
    ],
)
def test_round114_the_sugar_a_person_has_is_diabetes(text, concept):
    assert got(text)["sugar"][0] == concept


# Rounds 114 and 115: tea set against another drink (coffee, cocoa, hot milk: "tea rather than
# coffee", "tea or hot milk") is the drink, at any hour; "my tea at six" with no other drink is
# still the meal.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I'd have tea, not coffee, in the evenings now.", "tea"),
        ("Make my tea with no caffeine in the evening, decaf only.", "tea"),
        ("At night I have tea instead of cocoa, because cocoa keeps me up.", "tea"),  # r115
        ("I have tea or hot milk in the evening.", "tea"),
        ("I have my tea in the evening, usually something on toast.", "meal"),
        ("My tea at six is usually soup and bread.", "meal"),
    ],
)
def test_round114_tea_against_coffee_is_the_drink(text, concept):
    assert got(text)["tea"][0] == concept


# Round 114: a simile's animal after a doing is no animal ("snores like a pig", "swims like a
# fish"), and a toast made or proposed is no slice of toast; "I'd like a pig", "toast and jam" are.
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        ("My brother snores like a pig when he stays over.", "pig", False),
        ("As a girl I could swim like a fish in the lido.", "fish", False),
        ("At Dad's ninetieth my son proposed a toast to him.", "toast", False),
        ("I'd like a pig on the farm visit, the kids love them.", "pig", True),
        ("Toast and jam for my breakfast, please.", "Toast", True),
    ],
)
def test_round114_a_simile_animal_and_a_raised_toast_are_no_things(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 114: a fish supper is fish and chips (its Scots name), from the chippy or not; the fish
# supper of a Polish Christmas Eve (Wigilia, carp) is the fish.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Mum liked a fish supper after the bingo.", "fish-chips"),
        ("A fish supper once a week, with salt and vinegar.", "fish-chips"),
        ("On Christmas Eve we have carp for the fish supper, the Polish way.", "fish"),
    ],
)
def test_round114_a_fish_supper_is_fish_and_chips(text, concept):
    assert got(text)["fish supper"][0] == concept


# Round 114: feeding is the cat's only where the cat is what is fed ("feed the cat"); "I'd like
# a cat, so I feed the ducks" feeds the ducks (round 206: with the bird feeder's picture).
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("We had a cat once, but now I feed the pigeons from the window.", "feed-birds-r206"),
        ("My cat is old now; I feed her twice a day.", "feed-cat"),
    ],
)
def test_round114_feeding_other_animals_is_not_the_cat(text, concept):
    found = [c for term, (c, _) in got(text).items() if term.split()[0] in ("feed", "feeds")]
    assert found == ([concept] if concept else [])


# Round 114: a step in a process someone talks you through ("talk me through each step",
# "explain each step") is no stair; "the edge of each step" is.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("Please explain each step to me before the nurse starts.", False),
        ("Walk me through every step of the wash, slowly.", False),
        ("Put a light on so I can see each step at night.", True),
    ],
)
def test_round114_a_step_in_a_process_is_no_stair(text, pictured):
    assert ("step" in got(text)) is pictured


# Round 114: "the heart of my week", "the heart of our family" is what matters most, no heart;
# "my heart" is still the heart.
@pytest.mark.parametrize(
    ("text", "pictured"),
    [
        ("The allotment was the heart of our week for years.", False),
        ("Bingo on a Thursday is the heart of her social life.", False),
        ("The doctor listened to my heart and said it is strong.", True),
    ],
)
def test_round114_the_heart_of_my_week_is_no_heart(text, pictured):
    assert ("heart" in got(text)) is pictured


# Round 114: three words settled by their sentence: "the trees in the fall" is the autumn where
# no one is hurt; bowling at cricket is no bowling alley; hips or shoes that "are worn out" are
# no tiredness ("I'm worn out" is).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My niece in Ohio sends photos of the maple leaves in the fall.", "fall", "autumn"),
        ("Since the fall in the garden by the trees I use a frame.", "fall", "fall"),
        ("We went to Canada every fall to see the trees.", "fall", "autumn"),  # round 115
        ("I slipped on wet leaves and the fall broke my hip.", "fall", "fall"),
        ("My grandson was bowling for the cricket team all summer.", "bowling", None),
        ("We go bowling on a Friday with the day centre.", "bowling", "bowling"),
        ("My slippers are worn out, please get me new ones.", "worn out", None),
        ("I'm worn out after the hospital visit.", "worn out", "sleep-problems"),
    ],
)
def test_round114_fall_bowling_and_worn_out_by_their_sentence(text, word, concept):
    assert concept_on(text, word) == concept


# Round 114: words whose everyday picture the sentence rules out: mashing tablets is no mashed
# potato, and the nine nights of Navratri are no wake; sausage and mash and a nine night for the
# dead stay.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Can you mash my pills into the yoghurt?", "mash", None),
        ("Navratri is nine nights of dancing at the temple.", "nine nights", None),
        ("I like mash with my fish on Fridays.", "mash", "mash"),
        ("We held a nine night for my brother.", "nine night", "funeral"),
    ],
)
def test_round114_mashed_tablets_and_navratri_nights(text, word, concept):
    assert concept_on(text, word) == concept


# Round 114: matzo balls are dumplings (in soup), not the matzo crackers; betel leaves kept for
# paan are leaves, not a cigarette; matzo on its own is still the cracker.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Mum's chicken soup with matzo balls on a Friday night.", "matzo balls", "dumplings"),
        ("My daughter brings fresh betel leaves from the Asian shop.", "betel leaves", "leaves"),
        ("Matzo with butter at Pesach, please.", "Matzo", "crackers"),
    ],
)
def test_round114_matzo_balls_and_betel_leaves(text, term, concept):
    assert got(text).get(term, (None,))[0] == concept


# Round 114: a bedside drawer is the drawer (as a bedside table is the table); "by my bedside"
# is still the bed.
@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("My rings go in the bedside drawer at night.", "bedside drawer", "drawer"),
        ("Leave a glass of water by my bedside.", "bedside", "bed"),
    ],
)
def test_round114_a_bedside_drawer_is_the_drawer(text, term, concept):
    assert got(text).get(term, (None,))[0] == concept


# Round 114: the Angelus bell is a bell; the Angelus itself (the prayer) keeps the praying hands.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("From my window I can hear the Angelus bell from St Mary's.", "bell"),
        ("We say the Angelus together at noon.", "worship"),
    ],
)
def test_round114_the_angelus_bell_is_a_bell(text, concept):
    found = [c for term, (c, _) in got(text).items() if "Angelus" in term]
    assert found == [concept]


# Round 117: "no to" before a thing rules the thing out ("The nurse said no to salt", "She says
# no to the walking boots with laces"); before a person it does not ("I said no to the doctor"),
# and "I never say no to a cup of tea" wants the tea.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The dietitian said no to salt on my chips.", "salt", True),
        ("My podiatrist said no to the walking boots with laces.", "walking boots", True),
        ("Mum says no to fizzy drinks after six.", "fizzy drinks", True),
        ("I said no to the doctor about the operation.", "doctor", False),
        ("I never say no to a cup of tea.", "cup of tea", False),
    ],
)
def test_round117_no_to_a_thing_rules_it_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 117: "draw the line at X" and "fed up with X" rule X out ("I draw the line at sudoku",
# "I'm fed up with porridge"); feeling fed up on its own rules nothing out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I like a quiz, but I draw the line at bingo.", "bingo", True),
        ("He's fed up with soup every dinner time.", "soup", True),
        ("I'm fed up, so my daughter takes me to the park.", "park", False),
    ],
)
def test_round117_draw_the_line_at_and_fed_up_with_rule_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 117: where "not allowed" is followed by what is not allowed, the one before it is not
# ruled out: "My husband is not allowed salt" crosses the salt, never the husband; "My son is not
# allowed to drive me" the driving. "Alcohol is not allowed in my house" still rules out the
# alcohol, and "Salt is not allowed any more" the salt.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("My wife is not allowed salt since her stroke.", "wife", False),
        ("My wife is not allowed salt since her stroke.", "salt", True),
        ("The dog isn't allowed any chocolate.", "dog", False),
        ("My grandson is not allowed to drive my car.", "grandson", False),
        ("Alcohol is not allowed in my house.", "Alcohol", True),
        ("Salt is not allowed any more.", "Salt", True),
        ("Smoking is not allowed anywhere in the flat.", "Smoking", True),
    ],
)
def test_round117_the_one_not_allowed_a_thing_is_not_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 118: when nothing in a word's own sentence decides its sense, its sense guard reads the
# nearest sentence before it in the same note (at most two back, never across a blank line) and
# the note's opening label ("Bagpipes:"); the word's own sentence always wins, and a function
# word ("in", "up") decides only in its own sentence.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "My grandad was a piper in the regiment. His pipes hang in my hall.",
            "pipes",
            "bagpipes-2",
        ),
        (
            "Bagpipes: from Grandad. Kept in the loft. Nobody may touch them. "
            "His pipes need polishing in May.",
            "pipes",
            "bagpipes-2",
        ),
        ("My father played the bagpipes. He smoked his pipes in the shed.", "pipes", "smoking"),
        ("Bagpipes: from Grandad.\n\nHis pipes need polishing in May.", "pipes", "smoking"),
        (
            "My wife June died in 2021. She signed with me for fifty years.",
            "signed",
            "sign-language",
        ),
        ("We use Makaton at home. Learn the sign for biscuit, please.", "sign", "sign-language"),
        ("Put up a sign for the visitors, please.", "sign", "writing"),
    ],
)
def test_round118_the_sentence_before_decides_a_sense_its_own_sentence_leaves_open(
    text, word, concept
):
    assert concept_on(text, word) == concept


# Round 121: "<START" lets a sense fit where its word opens the sentence or follows a note's
# label, so the label (or the sentence before) can decide it: "Cat: Tibbles. Biscuits morning and
# night" is cat food; a biscuit with no cat about, or said with tea or as the person's own
# weakness, stays a biscuit. A "!~" word that is the word's own lemma ("biscuit" for "biscuits")
# could never let its sense fit, so it is gone from the pet-food senses.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Cat: Tibbles. Biscuits morning and night.", "Biscuits", "cat-food-2"),
        ("Cat: Smudge. Biscuits go in the blue bowl by the back door.", "Biscuits", "cat-food-2"),
        ("Dog: Bramble. Biscuits after his walk.", "Biscuits", "pet-food-2"),
        ("Our cat has pouches and fresh biscuits.", "biscuits", "cat-food-2"),
        ("Biscuits morning and night.", "Biscuits", "biscuit"),
        ("Cat: Smudge. Biscuits with my tea, please.", "Biscuits", "biscuit"),
        ("My cat naps all day. Biscuits are my weakness.", "Biscuits", "biscuit"),
    ],
)
def test_round121_a_label_decides_a_word_that_opens_its_sentence(text, word, concept):
    assert concept_on(text, word) == concept


# Round 121: "one" after a word stands for the thing the note's label names, so a sense that may
# not come before that thing (!>) does not come before "one" either: "Bed: the electric one" is
# the bed, no gas-and-electric picture; with no label, or a label the sense allows, it stays.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Bed: the electric one, with the remote on a cord.", "electric", None),
        ("Blanket - the electric one goes on at nine.", "electric", None),
        ("Bed: mine.\n\nThe electric one was cut off.", "electric", "gas"),
        ("The electric was cut off on Monday.", "electric", "gas"),
    ],
)
def test_round121_one_stands_for_the_thing_the_label_names(text, word, concept):
    assert concept_on(text, word) == concept


# Round 121: a one-word label said to be a thing, right after its colon or dash ("Tea: the
# evening meal"), takes its own sense that is that thing's picture: the label's tea is the meal.
# A label said to be something none of its senses pictures ("Tea: a mug with milk", "Tea: the
# drink") keeps the sense its words give it.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Tea: the evening meal. Tea at six.", "meal"),
        ("Tea - the meal we have at five, with Dad.", "meal"),
        ("Tea: a mug with milk, no sugar.", "tea"),
        ("Tea: the drink, not the meal.", "tea"),
    ],
)
def test_round121_a_label_said_to_be_a_thing_takes_that_sense(text, concept):
    assert find_all(text, every=True)[0].concept.id == concept


# Round 120: each faith's festival is a concept of its own, so its picture's words never name
# another faith's festival: Rosh Hashanah is the Jewish New Year (never "eid"), Passover and the
# Seder are Pesach, Holi is a festival, Chinese New Year a new year; Eid stays Eid.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "We dip apple in honey at Rosh Hashanah with my sister.",
            "Rosh Hashanah",
            "rosh-hashanah",
        ),
        ("My grandson rings me every Passover from Haifa.", "Passover", "eid-2"),
        ("Holi in the park is too loud for me now.", "Holi", "festival-2"),
        ("Lunar New Year means dumplings with my daughter.", "Lunar New Year", "festival-3"),
        ("Eid is the day my whole family comes.", "Eid", "eid"),
    ],
)
def test_round120_a_festival_is_named_as_itself(text, word, concept):
    assert concept_on(text, word) == concept


# Round 120: everyday food and drink words from other cultures get their own sense: kompot is a
# fruit drink (not a plate of food), the "slice" in a gin's "ice and a slice" is the lemon (not
# chopping), and methi grown in the garden among the herbs is a herb; methi cooked with potatoes
# stays a vegetable, and a slice of cake is still cake.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("A glass of kompot with my dinner, please.", "kompot", "drink-3-r30"),
        ("A vodka and tonic with a slice, and no ice.", "slice", "lemon"),
        ("A slice of cake with my tea at three.", "slice of cake", "cake"),
        ("My son grows methi and mint in pots by the back door.", "methi", "herbs"),
        ("Aloo methi with two chapatis is my favourite.", "methi", "vegetables-2"),
    ],
)
def test_round120_food_words_from_other_cultures_keep_their_sense(text, word, concept):
    assert concept_on(text, word) == concept


# Round 120: the shelf or altar where a family honours its ancestors is the household shrine
# (not a family picture and a bookcase); a shelf of books is still a shelf.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "Please dust the ancestor shelf gently; the photos stay in place.",
            "ancestor shelf",
            "altar-r31",
        ),
        ("I light incense at the ancestral altar each morning.", "ancestral altar", "altar-r31"),
    ],
)
def test_round120_the_ancestors_shelf_is_the_household_shrine(text, word, concept):
    assert concept_on(text, word) == concept


def test_round120_a_shelf_of_books_is_no_shrine():
    assert "altar-r31" not in {
        c for c, _ in got("My books are on the top shelf by the ancestors' photos.").values()
    }


# Round 120: sabzi, the cooked vegetable dish, is a curry (not the Indian takeaway), and a farm
# show is an agricultural show (the rosette), where "the farm shows signs of neglect" is a farm.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My daughter brings me sabzi and rice on a Sunday.", "sabzi", "curry"),
        ("We took the ewes to the farm shows every summer.", "farm shows", "show-prize"),
        ("The farm shows signs of neglect since my husband died.", "farm", "farm"),
    ],
)
def test_round120_sabzi_is_a_curry_and_a_farm_show_a_show(text, word, concept):
    assert concept_on(text, word) == concept


# Round 120: tea leaves boiled for chai or brewed in a pot are the tea, never leaves off a tree;
# the leaves one rakes or sweeps stay leaves, and "tea leaves" who nick a purse stay thieves.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("For my chai, boil the leaves with the milk and a little masala.", "leaves", "tea-leaves"),
        ("I like loose tea leaves in a proper pot.", "loose tea leaves", "tea-leaves"),
        ("Boil the kettle first, then rake the leaves.", "rake the leaves", "leaves"),
        ("Some tea leaves nicked my purse at the market.", "tea leaves", "burglar-idiom"),
    ],
)
def test_round120_tea_leaves_are_the_tea(text, word, concept):
    assert concept_on(text, word) == concept


# Round 119: an "it" the person will not use ("so I don't use it now", "I never use it", "I no
# longer use it") stands for the thing named before it, which is ruled out: the nearest thing
# of its number, passing over a place only where such a thing comes before it ("the buttons on
# the cooker": the cooker). Not an "it" the person is unable to use ("I cannot use it": a lost
# skill keeps its thing), nor a condition ("or I won't use it"), nor "I don't switch it off".
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I can't see the buttons on the cooker, so I don't use it now.", "cooker", True),
        ("The new commode is in the bedroom, but I won't use it.", "commode", True),
        ("My kettle sits on the side by the sink, but I never use it now.", "kettle", True),
        ("My son bought me a tablet computer, and I no longer use it.", "tablet computer", True),
        ("My old hoover is too heavy, so don't use it.", "hoover", True),
        ("My son set up the tablet computer, but I cannot use it.", "tablet computer", False),
        ("I'll have a commode, put it in the bedroom or I won't use it.", "commode", False),
        ("I love the radio, I don't switch it off.", "radio", False),
    ],
)
def test_round119_a_thing_not_used_is_ruled_out_through_its_it(text, word, negated):
    assert got(text)[word][1] is negated


# Round 119: "X is a treat I can't have" rules X out, as "X is something I can't have" does:
# "a" and a kind of thing, then the person refusing it with a doing that ends the clause. Not
# "a treat I can't resist" (wanted), "a treat I can't do without", nor a person ("a man I don't
# trust").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Cake is a treat I can't have any more.", "Cake", True),
        ("Whisky is a drink I never touch now.", "Whisky", True),
        ("Chocolate is a treat I can't resist.", "Chocolate", False),
        ("Cake is a treat I can't do without.", "Cake", False),
    ],
)
def test_round119_a_kind_of_thing_the_person_refuses_rules_it_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 119: a thing "not allowed on my diet" (or in my diet, on my list) is ruled out, the diet
# is not: the diet is the rule, not a thing ruled out ("Bananas are not allowed on my diet").
# "Dogs are not allowed on the settee" still rules out the settee.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Bananas are not allowed on my diet.", "diet", False),
        ("Bananas are not allowed on my diet.", "Bananas", True),
        ("Bananas aren't allowed on my kidney diet.", "Bananas", True),
        ("Crisps are not allowed in the diet the dietitian gave me.", "diet", False),
        ("Dogs are not allowed on the settee.", "settee", True),
    ],
)
def test_round119_not_allowed_on_my_diet_rules_out_the_thing_not_the_diet(text, word, negated):
    assert got(text)[word][1] is negated


# Round 119: a thing a short clause says is over ("has finished", "has stopped", "have ended",
# or "stopped years back", "ended last year") is no longer had, so it is ruled out: "The chemo
# has finished", "Me free coal stopped years back" (the plans4 labels). Not a bare "stopped"
# ("My watch stopped, so ...": it is mended, still wanted), a person ("My carer has finished
# for the day"), a time ("When the bingo has finished"), nor "has stopped working".
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("The physiotherapy has finished, so I do my exercises alone.", "physiotherapy", True),
        ("The lunch club ended years ago.", "lunch club", True),
        ("My watch stopped, so my grandson is taking it to be fixed.", "watch", False),
        ("When the bingo has finished, I have a cup of tea in the hall.", "bingo", False),
        ("My carer has finished for the day.", "carer", False),
    ],
)
def test_round119_a_thing_said_to_be_over_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Review of stop 32: a label is said to be a thing only where nothing more is said of that thing
# ("Mass: the church is cold" says how the church is; Mass keeps its own picture), while "Tea:
# the evening meal at six" still makes the label's tea the meal.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Mass: the church is cold in winter.", "church-3"),
        ("Mass: the chapel was full on Sunday.", "church-3"),
        ("Tea: the evening meal at six.", "meal"),
        ("Tea: the evening meal, please.", "meal"),
    ],
)
def test_a_label_is_said_to_be_a_thing_only_where_nothing_more_is_said_of_it(text, concept):
    assert got(text)[text.split(":")[0]][0] == concept


# Round 126: a warmer kept off (a heater, an electric blanket) gives no heat, so it is ruled out
# as a light or a radio kept off is ("I like a hot water bottle in winter and the electric
# blanket off"); not one a negated order keeps on, nor a plain blanket taken off, nor the fire
# (the fire exit "off limits", review of stop 33).
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I like my slippers by the bed and the electric blanket off.", "electric blanket", True),
        ("Please switch the fan heater off before I go to bed.", "fan heater", True),
        ("Don't turn the fire off, I feel the cold.", "fire", False),
        ("Take the blanket off my knees when I stand up.", "blanket", False),
        ("The fire exit stays off limits to visitors.", "fire exit", False),
    ],
)
def test_round126_a_warmer_kept_off_is_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 127: "Sunday lunch" and "Sunday dinner" are the day's main meal, whatever is on the
# plate ("fried plantain and fish is my Sunday lunch"): the day and the meal each keep their
# picture, never a roast the sentence may contradict; a roast said as one ("Sunday roast",
# "roast beef") keeps the roast dinner.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Curry goat and rice is what we have for Sunday lunch.", "Sunday", "sunday"),
        ("Curry goat and rice is what we have for Sunday lunch.", "lunch", "meal"),
        ("My daughter brings me a plate of her Sunday dinner.", "Sunday dinner", "meal"),
        ("My son does a Sunday roast with all the trimmings.", "Sunday roast", "roast-dinner"),
    ],
)
def test_round127_sunday_lunch_is_the_day_and_the_meal_not_a_roast(text, word, concept):
    assert got(text)[word][0] == concept


# Round 125: a long plan pasted as one text costs time in step with its length: the matcher
# finds each word's sentence, each sentence's words and each sentence's pictures in one walk,
# not one walk a sentence (800 sentences took about 18 times as long as 100, now about 8; the
# time is measured by benchmarks/symbols.py, not here, as timed tests flake on shared machines).
# The pictures of a long text are those of its sentences one by one, at their places in it.
def test_round125_a_long_text_holds_the_pictures_of_its_sentences():
    one = [(m.term, m.concept.id, m.start) for m in find_all("I like tea with milk.")]
    text = " ".join(["I like tea with milk."] * 5)
    step = len("I like tea with milk. ")
    many = [(m.term, m.concept.id, m.start) for m in find_all(text)]
    assert many == [(t, c, s + k * step) for k in range(5) for t, c, s in one]


# Review of stop 33: rules of rounds 125 and 126 that crossed or pictured the wrong thing on
# ordinary sentences were taken back; these rows failed on them and must stay as they are.
@pytest.mark.parametrize(
    ("text", "word", "concept", "negated"),
    [
        ("I put nothing in my tea, I take it black.", "tea", "tea", False),
        ("Don't put anything on the stairs or in the hall.", "stairs", "stairs", False),
        ("I don't eat cake at parties or drink at weddings.", "weddings", "wedding", False),
        (
            "The cat is scared of the hoover, so don't use it while he's asleep.",
            "cat",
            "cat",
            False,
        ),
        (
            "I have a walking frame but I don't use it while I sit.",
            "walking frame",
            "walking-frame",
            False,
        ),
        ("I need a wee badly after tea.", "wee", "bladder", False),
        ("Father Tom reads me the Bible every week.", "Father", None, False),
    ],
)
def test_review33_ordinary_sentences_keep_their_pictures(text, word, concept, negated):
    found = got(text)
    if concept is None:
        assert word not in found
    else:
        assert found[word] == (concept, negated)


# Round 130: a named day or month (a background word written with a capital) says which day
# the thing happens, and keeps its picture however busy the sentence is; a clock time in a
# sentence as busy still gives way to the things (a part of the day keeps its picture since
# round 159).
@pytest.mark.parametrize(
    ("text", "word", "pictured"),
    [
        (
            "On a Thursday my daughter takes me in the car"
            " to the market for fish, bread and apples.",
            "Thursday",
            True,
        ),
        (
            "In March my son takes me"
            " to the seaside with my sister for fish and chips and ice cream.",
            "March",
            True,
        ),
        (
            "At 6pm my daughter takes me in the car to the market for fish, bread and apples.",
            "6pm",
            True,  # round 200: a clock time is kept too (LABELLING.md's ruling of stop 41)
        ),
    ],
)
def test_round130_a_named_day_keeps_its_picture_in_a_busy_sentence(text, word, pictured):
    assert (word in got(text)) is pictured


# Round 131: peppers are the vegetable (Mulberry's pepper); pepper on food, black pepper and
# salt and pepper stay the seasoning, whose senses make no plural.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I like peppers.", "peppers", "pepper-vegetable"),
        ("Gran grows peppers on the windowsill.", "peppers", "pepper-vegetable"),
        ("Half a green pepper goes in my omelette.", "pepper", "pepper-vegetable"),
        ("I like pepper on my eggs.", "pepper", "pepper-seasoning"),
        ("A pinch of black pepper, please.", "pepper", "pepper-seasoning"),
        ("Salt and pepper on my chips.", "Salt and pepper", "salt-pepper"),
    ],
)
def test_round131_peppers_are_the_vegetable_pepper_on_food_the_seasoning(text, word, concept):
    assert got(text)[word][0] == concept


# Round 131: garlic has its own picture (Mulberry garlic), in every language; onions keep theirs.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mum crushes garlic into everything she cooks.", "garlic", "garlic"),
        ("Two cloves of garlic in the stew.", "cloves of garlic", "garlic"),
        ("Fried onions with my liver.", "onions", "onion"),
    ],
)
def test_round131_garlic_is_garlic_not_the_onion(text, word, concept):
    assert got(text)[word][0] == concept


def test_round131_garlic_is_garlic_in_other_languages():
    assert [m.concept.id for m in find_in("Lubię czosnek i cebulę.", "pl")] == ["garlic", "onion"]


# Round 131: a textphone (minicom) is a telephone a deaf person types on: the telephone, not
# signing; signing to someone keeps its own picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Dad rings his brother on the textphone every Sunday.", "textphone", "telephone"),
        ("My minicom is by the bed.", "minicom", "telephone"),
    ],
)
def test_round131_a_textphone_is_a_telephone(text, word, concept):
    assert got(text)[word][0] == concept


def test_round131_signing_keeps_its_picture():
    assert got("She signs to me in BSL.")["signs"][0] != "telephone"


# Round 131: a Sunday joint or a roast joint is roast meat, never the body's joints; "a joint of
# beef" shows the beef; a joint that hurts is a joint. A joint carved gets no picture (stop 34's
# review: "I cannot carve the meat because my joint is bad" is a knee).
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Our Sunday joint was always lamb.", "Sunday joint", "roast-dinner"),
        ("Grandad carves the joint at the table.", "joint", None),
        ("A joint of pork for Easter.", "pork", "pork"),
        ("The joint in my thumb swells up.", "joint", "joints"),
        ("Every joint aches in the cold.", "joint", "joints"),
    ],
)
def test_round131_a_sunday_joint_is_roast_meat(text, word, concept):
    assert concept_on(text, word) == concept


def test_round131_a_joint_of_meat_shows_no_body_joint():
    assert "joint" not in got("A joint of pork for Easter.")


# Round 131: Eton mess is a pudding, written with a capital: the pudding, not tidying up; a
# mess to clear up keeps the tidying picture.
def test_round131_eton_mess_is_a_pudding():
    assert got("Sue brings me Eton mess on my birthday.")["Eton mess"][0] == "pudding-eton"
    assert got("My room is a mess after the grandchildren visit.")["mess"][0] == "tidy-up"


# Round 131: "saw" is no function word: the past of see ("I saw the doctor") shows no saw, and
# the tool ("the saw in my shed", "my old saw") shows the woodwork saw.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Grandad's old saw still hangs in the garage.", "saw", "woodwork"),
        ("The saw in my shed is sharp.", "saw", "woodwork"),
        ("I saw the doctor on Tuesday.", "saw", None),
        ("We saw him last week.", "saw", None),
        ("The doctor saw me.", "saw", None),
    ],
)
def test_round131_saw_is_the_tool_only_as_a_thing(text, word, concept):
    assert concept_on(text, word) == concept


# Round 131: a pen right after a farm animal is that animal's pen, never a writing pen; a pig
# pen (pigpen, pigsty) is one thing, an animal pen (as "pig pen" was before round 131). A pen to
# write with keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Every morning I mucked out the pigpen.", "pigpen", "animal-pen"),
        ("Dad built a pig pen behind the barn.", "pig pen", "animal-pen"),
        ("We had a hen pen at the bottom of the garden.", "pen", None),
        ("Back home we kept a goat pen.", "pen", None),
        ("I sign my name with a pen.", "pen", "pen"),
        ("Pass me the pen, Tom.", "pen", "pen"),
    ],
)
def test_round131_an_animal_pen_is_no_writing_pen(text, word, concept):
    """A hen or goat pen gets no picture: blind set 8 showed the bird cage there as a wrong
    sense, and no picture beats a wrong one."""
    assert concept_on(text, word) == concept


# Round 131: the mild spices (cardamom, cumin, turmeric, garam masala) show a pestle and
# mortar, never the chilli that tells the reader the food is hot; chilli keeps the chilli.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Mum grinds cardamom for the rice pudding.", "cardamom", "spices-mild"),
        ("A pinch of turmeric in warm milk at bedtime.", "turmeric", "spices-mild"),
        ("I can't eat chilli any more.", "chilli", "chilli"),
    ],
)
def test_round131_mild_spices_are_no_chilli(text, word, concept):
    assert got(text)[word][0] == concept


# Round 131: pepper on food is the pepper mill, never the salt beside it ("no salt, but pepper
# is fine" showed the salt it rules out); salt and pepper said together keep their picture.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Salt is off the menu for my heart, but pepper is grand.", "pepper", "pepper-seasoning"),
        ("Dad likes a lot of black pepper on his steak.", "pepper", "pepper-seasoning"),
        ("Salt and pepper on my chips.", "Salt and pepper", "salt-pepper"),
        ("Salt on my chips.", "Salt", "salt"),
    ],
)
def test_round131_pepper_on_food_is_the_pepper_mill_not_the_salt(text, word, concept):
    assert got(text)[word][0] == concept


# Round 128: "weak" is weakness where an arm, leg, hand or side is weak ("my left arm and leg are
# weak"), after any form of "be"; it stays off where an organ or a sense is the weak thing (a weak
# bladder, weak eyesight: that thing's own picture says it) and off weak tea.
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Since the fall my hands are weak, so open the jars for me.", "weak", "weak"),
        ("My left arm and leg are weak.", "weak", "weak"),
        ("My knees were weaker after the winter.", "weaker", "weak"),
        ("My bladder is weak at night, so I keep a bottle by the bed.", "weak", None),
        ("My eyesight is weak now, so read my letters to me.", "weak", None),
        ("My hands shake, so I like my tea weak and half a cup.", "weak", None),
    ],
)
def test_round128_a_weak_limb_is_weakness_a_weak_organ_is_not(text, word, concept):
    assert concept_on(text, word) == concept


# Stop 34's blind review: sentences the stop's rounds pictured wrongly (or lost a right picture
# in) before the rules were taken back or narrowed: a name after "a bit of", "dies", "liquid"
# and "puffed" in their other senses, a knee joint near an oven, "that saw", "outside" before a
# town, a sense ruled out by the sentence before, and a pet named after a day.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I had a helping of Ivy's Christmas pudding.", "Ivy's", None, "holly"),
        ("A piece of Daisy's Victoria sponge.", "Daisy's", None, "flowers"),
        ("My hairdresser dies my hair every month.", "dies", None, "died"),
        ("My hearing aid dies if I forget to charge it.", "dies", None, "died"),
        ("I cannot swallow, so all liquid must be thickened.", "liquid", None, "medicine"),
        ("My ankles get puffed in the heat.", "puffed", None, "breathing"),
        ("My joint hurts when I lift the roasting tin into the oven.", "joint", "joints", None),
        ("I cannot carve the meat because my joint is bad.", "joint", None, "roast-dinner"),
        ("The doctor that saw Dad was very kind.", "saw", None, "woodwork"),
        ("Some saw Dad as strict.", "saw", None, "woodwork"),
        ("My son lives outside Leeds.", "outside", None, "fresh-air"),
        ("I watch films on my iPad. I take a tablet for my pain.", "tablet", "tablets", None),
        ("I sit in the garden. I go to the bank on a Friday for my pension.", "bank", "bank", None),
        (
            "My knee joint is bad so my son carves the Sunday joint.",
            "Sunday joint",
            "roast-dinner",
            None,
        ),
        ("Dad kept his saw in the shed.", "saw", "woodwork", None),
        ("My cat Friday sleeps on my bed with my bottle and my blanket.", "Friday", None, "friday"),
        ("My budgie is called Sunday.", "Sunday", None, "sunday"),
        ("We got married in June.", "June", "month", None),
        ("My dog goes to the vet on Friday.", "Friday", "friday", None),
    ],
)
def test_review34_ordinary_sentences_keep_their_pictures(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Stop 35: a day after Mr, Mrs, Ms or Miss is a surname ("Mrs Tuesday from next door"), where a
# day after a role ("Nurse Monday") may still say when; a day after a pet word is the pet's name
# only where no part of the day goes on with it ("I take the dog Sunday mornings").
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Mrs Tuesday from next door pops in.", "Tuesday", None),
        ("Mr Christmas brings my paper on Saturdays.", "Christmas", None),
        ("Miss May from the church rings me.", "May", None),
        ("I take the dog Sunday mornings to the park.", "Sunday", "sunday"),
        ("I walk the dog Friday afternoons.", "Friday", "friday"),
        ("My cat Friday sleeps on my bed.", "Friday", None),
        ("A budgie called Sunday sings to me.", "Sunday", None),
        ("The nurse comes on Tuesday.", "Tuesday", "tuesday"),
    ],
)
def test_a_day_after_a_surname_title_is_a_name_and_after_a_pet_may_say_when(text, word, wanted):
    assert concept_on(text, word) == wanted


# Round 133: a weekend said as when a thing happens is keyed in every such tuning use (7 of 7):
# it gets the calendar; the bare word, or a weekend that is a thing ("a race weekend", "for the
# weekend", "the weekend carers"), stays without one.
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My son comes at the weekend to do my shopping.", "at the weekend", "weekend"),
        ("I get lonely at weekends when nobody calls.", "at weekends", "weekend"),
        ("My family come every weekend and we play cards.", "every weekend", "weekend"),
        ("Over the weekend my leg got worse.", "Over the weekend", "weekend"),
        ("Last weekend I had a fall in the kitchen.", "Last weekend", "weekend"),
        ("Who do I call if my catheter blocks at the weekend?", "at the weekend", "weekend"),
        ("I never miss a race weekend with my pigeons.", "weekend", None),
        ("I pack a small case when I go to my sister's for the weekend.", "weekend", None),
        ("The weekend carers do not know my routine.", "weekend", None),
        ("Weekends are hard for me.", "Weekends", None),
    ],
)
def test_round133_weekend_as_when(text, word, wanted):
    assert concept_on(text, word) == wanted


# Round 137: where a thing is said to be good for one use, what it falls short for is not ruled
# out ("my English is all right for shopping but not for doctors").
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("My English is all right for shopping but not for doctors.", "doctors", False),
        ("My English is fine for the doctor, but not when I'm tired.", "tired", False),
        ("My eyes are good enough for the telly but not for the newspaper.", "newspaper", False),
        ("The wheelchair is grand for the shops but not for the beach.", "beach", False),
        ("I use my tablet for video calls, but not for the bank.", "bank", True),
        ("I wear my glasses for the television but not for reading.", "reading", True),
        ("Tea is fine, but not coffee.", "coffee", True),
        ("Chicken is fine for dinner, but not pork.", "pork", True),
    ],
)
def test_round137_what_a_thing_falls_short_for_is_not_ruled_out(text, word, negated):
    assert got(text)[word][1] is negated


# Round 137: "rather X than stay in the lounge / lie flat in bed" rules out the lounge, the bed.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I'd rather sit in the garden than stay in the lounge.", "lounge", True),
        ("I'd rather sit in the garden than stay in the lounge.", "garden", False),
        ("I'd rather sleep in the recliner than lie flat in bed.", "bed", True),
        ("Rather than stay in hospital, I'd go home.", "hospital", True),
        ("I'd rather go to the shop than stay at home all day.", "shop", False),
        ("I'd rather have tea than coffee.", "coffee", True),
    ],
)
def test_round137_rather_than_staying_somewhere_rules_out_where(text, word, negated):
    assert got(text)[word][1] is negated


# Round 137: "I do not like the carers to wear gloves", "I do not want carers to rush me": the
# doing (and its thing) is refused, not the carers; who does the person's care still is.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I do not like the carers to wear gloves when they shake my hand.", "carers", False),
        ("I do not like the carers to wear gloves when they shake my hand.", "gloves", True),
        ("I do not want carers to rush me in the mornings.", "carers", False),
        ("I don't want doctors to give me morphine.", "morphine", True),
        ("I don't want doctors to give me morphine.", "doctors", False),
        ("I don't like my tea to be cold.", "tea", False),
        ("I don't want carers.", "carers", True),
        ("I don't like nurses.", "nurses", True),
        ("I don't want a male carer to wash me.", "carer", True),
        ("I don't want carers to help me shower.", "carers", True),
    ],
)
def test_round137_people_asked_not_to_do_a_thing_are_not_refused(text, word, negated):
    assert got(text)[word][1] is negated


# Round 137: stopping a doing in an "if" clause is a sign to watch for, not a thing ruled out.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("If I stop eating or washing, please tell my doctor.", "eating", False),
        ("If I stop eating or washing, please tell my doctor.", "washing", False),
        ("If I stop taking my tablets, tell the nurse.", "tablets", False),
        ("Tell my son if I stop drinking tea.", "tea", False),
        ("I stopped eating meat last year.", "meat", True),
        ("I'll stop going to the club if the stairs get worse.", "club", True),
        ("I stop eating when I have pain.", "eating", True),
    ],
)
def test_round137_stopping_in_an_if_clause_is_a_sign_to_watch(text, word, negated):
    assert got(text)[word][1] is negated


# Round 137: a second doing joined by "or" after a negated doing's place is ruled out too ("I must
# not have salt on my food or eat crisps"), and "owt" (northern for anything) takes its "with".
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I must not have salt on my food or eat salty crisps.", "crisps", True),
        ("I can't have sugar in my tea or eat cake.", "cake", True),
        ("I don't eat in the lounge or sit at the table.", "table", True),
        ("I don't eat in the lounge or sit at the table.", "lounge", False),
        ("I can't sleep at night or rest in the day.", "rest", True),
        ("I don't go out in the rain or I get a chest infection.", "chest infection", False),
        ("I can't stand at the sink or walk without my frame.", "walk", False),
        # round 185: the mist is weather the going would be done in, ruled out with the snow
        # (the labels agree: tests/data/symbols_tuning16_en.yml); still no second doing
        ("I don't go up high in snow or mist any more.", "mist", True),
        ("Don't give me owt with garlic in, it doesn't agree with me.", "garlic", True),
        ("I don't want owt with onions.", "onions", True),
    ],
)
def test_round137_a_second_doing_after_or_and_owt_with(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    "text, word, wanted",
    [
        # round 134: singing keeps its picture beside the song it sings
        ("I love to sing hymns.", "sing", "singing"),
        ("We sing the psalms in Gaelic.", "sing", "singing"),
        ("I cannot sing the hymns any more since my stroke.", "sing", "singing"),
        ("I sing the old songs my mother taught me.", "sing", "singing"),
        ("I hum hymns in the bath, and it calms me down.", "hum", "singing"),
        # not twice the same picture: the carols show the singing
        ("I sing carols at Christmas.", "sing", None),
        # the other doings still give way to their things (but reading a book keeps its
        # picture since round 171: "I like to read the Bible" is about the reading)
        ("I like to read the Bible.", "read", "reading"),
        ("I listen to hymns on the radio.", "hymns", "hymns"),
        ("I eat halal meat.", "eat", None),
    ],
)
def test_round134_singing_keeps_its_picture_beside_the_song(text, word, wanted):
    assert concept_on(text, word) == wanted


# Round 136: words the labels agree on (keyed in 80% or more of their uses) for pictures the
# vocabulary has: an "aid" with the ear or hearing named is the hearing aid
# (never a walking, stand, legal or first aid, nor money raised in aid of a thing), and the
# herring gutting is the fish work (the fish named right after has its own picture).
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I see the hearing nurse soon. My right aid whistles.", "aid", "hearing-aid-r136", None),
        ("My right aid whistles.", "aid", None, "hearing-aid-r136"),
        ("I can't hear without my aid.", "aid", "hearing-aid-r136", None),
        ("Aid in right ear, check battery weekly.", "Aid", "hearing-aid-r136", None),
        ("I have a new aid for my left ear.", "aid", "hearing-aid-r136", None),
        ("The aid worker came to the ear clinic.", "aid", None, "hearing-aid-r136"),
        ("We raise money in aid of the deaf school.", "aid", None, "hearing-aid-r136"),
        ("The aid for the deaf club came from the council.", "aid", None, "hearing-aid-r136"),
        ("Legal aid helped me when my husband went deaf.", "Legal aid", "solicitor", None),
        ("I use a stand aid, and my hearing is poor.", "stand aid", "hoist", None),
        ("A herring quine at the gutting in my young days.", "gutting", "fish-gutting-r136", None),
        ("I worked on the fish docks, gutting, all my days.", "gutting", "fish-gutting-r136", None),
        ("It was gutting when the herring boats stopped.", "gutting", None, "fish-gutting-r136"),
        ("The women were gutting herring on the quay.", "gutting", None, "fish-gutting-r136"),
        ("I worked at the gutting in the fish house.", "gutting", "fish-gutting-r136", None),
        ("That was gutting, the day the fish docks shut.", "gutting", None, "fish-gutting-r136"),
        ("I spent my days gutting rabbits for the pot.", "gutting", None, "fish-gutting-r136"),
    ],
)
def test_round136_agreed_words_get_their_pictures(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 135 (wrong senses): "top half" is the body, not a top to wear; the buttons of a phone,
# cooker or radio are a push-button, not a clothes button; fence and gate posts are no letters;
# a boxing ring is no jewellery; "a fried slice" is no chopping. Each with the ordinary
# sentences that keep their picture.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Washing: I do my top half, you do the rest.", "top", None, "clothes"),
        ("I need a warm top, it's cold.", "top", "clothes", None),
        (
            "Big buttons on the phone - I can't see the little numbers any more.",
            "buttons",
            "push-button",
            None,
        ),
        ("My phone has big buttons.", "buttons", "push-button", None),
        (
            "I can't see the buttons on the cooker, so I don't use it now.",
            "buttons",
            "push-button",
            None,
        ),
        ("Radio 3 all day. Large buttons on the radio.", "buttons", "push-button", None),
        (
            "There's not much I can't do for myself, apart from the buttons on my coat.",
            "buttons",
            "button",
            None,
        ),
        ("Please sew the buttons back on my cardigan.", "buttons", "button", None),
        ("I can't do my buttons, so I phone my daughter.", "buttons", None, "push-button"),
        ("The button on my phone is stuck.", "button", "push-button", None),
        ("A button came off my coat, can you sew it back on?", "button", "button", None),
        ("Dave helped me paint the fence posts in the garden.", "posts", None, "post"),
        ("The gate posts need painting.", "posts", None, "post"),
        ("I like to open my post myself.", "post", "post", None),
        ("Please bring the post in from the mat.", "post", "post", None),
        (
            "I boxed as a young man and was never beaten in the ring.",
            "ring",
            None,
            "ring-jewellery",
        ),
        ("I keep my ring in a box by the bed.", "ring", "ring-jewellery", None),
        ("I lost my wedding ring in the garden.", "wedding ring", "ring-jewellery", None),
        ("I like bacon, egg and a fried slice.", "slice", None, "chop"),
        ("I'll have another slice, thank you.", "slice", None, "chop"),
        ("Cut it in a thin slice.", "slice", None, "chop"),
        ("Please slice my bread thin.", "slice", "chop", None),
        ("Slice the meat for me, please.", "Slice", "chop", None),
        ("I need help to slice and peel the vegetables.", "slice", "chop", None),
    ],
)
def test_round135_wrong_senses(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 135: a fish house, pump house or coffee house is a workplace or a business, not a home;
# a house someone lives in keeps the home picture.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I worked at the gutting in the fish house for twenty years.", "house", None, "home"),
        ("I worked in the pump house at the colliery.", "house", None, "home"),
        ("We met in a coffee house in Soho.", "house", None, "home"),
        ("I don't want to leave my house.", "house", "home", None),
        ("My son's house is in Leeds.", "house", "home", None),
        ("I grew up in a council house in Hull.", "house", "home", None),
        ("We lived in a farm house with no electric.", "house", "home", None),
    ],
)
def test_round135_a_workplace_house_is_no_home(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Stop 35's blind review of rounds 133-138: one microphone for "sang tenor" (the same picture,
# not only the same concept); a clothes button keeps its picture where a phone is named further
# off; a gold ring stays jewellery after boxing; carers asked to give a bath are still refused.
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("A button came off my coat, so I phoned my daughter.", "button", "button"),
        ("The buttons on my phone are too small.", "buttons", "push-button"),
        ("The button on my phone is stuck.", "button", "push-button"),
        ("I boxed for the army, and I still wear my gold ring.", "ring", "ring-jewellery"),
        ("I boxed in the ring for the army.", "ring", None),
    ],
)
def test_review35_ordinary_sentences_keep_their_pictures(text, word, wanted):
    assert concept_on(text, word) == wanted


def test_review35_one_microphone_for_a_song_with_the_same_picture():
    pictures = [m.concept.file for m in find_all("I sang tenor for forty years.")]
    assert pictures.count("openmoji/1F3A4.svg") == 1


def test_review35_carers_asked_to_give_a_bath_are_refused():
    found = {m.term: m.negated for m in find_all("I don't want carers to give me a bath.")}
    assert found.get("carers") is True


# Round 139: "a frame" or "the frame" beside a stick, crutches, a wheelchair or weak legs is the
# walking frame; a frame on the wall, for medals, for sweet peas or of snooker is not.
@pytest.mark.parametrize(
    ("text", "word", "walking"),
    [
        ("I use a quad stick on the flat and a frame in the house.", "frame", True),
        ("Me walking stick was me dad's; I won't have one of them frames.", "frames", True),
        ("I've had a new hip, so it's the frame for six weeks.", "frame", True),
        ("Crutches are no good for me; I prefer the frame.", "frame", True),
        ("My certificate from the walking club is in a frame.", "frame", False),
        ("I grow sweet peas up a frame; I lean on my stick to pick them.", "frame", False),
        ("My medals are in a frame on the wall, next to my old stick.", "frame", False),
        ("I play a frame of snooker on a Friday with my stick beside me.", "frame", False),
        (
            "My grandson built a frame for the tomatoes, and I watch from my wheelchair.",
            "frame",
            False,
        ),
    ],
)
def test_round139_a_frame_with_a_stick_is_the_walking_frame(text, word, walking):
    assert (concept_on(text, word) or "").startswith(("frame-", "walking-frame")) == walking


# Round 139: plain "oil" where the hair, scalp, beard or comb is named is the hair oil; oil for the
# car, the mower, the pan, the ears or the skin is not.
@pytest.mark.parametrize(
    ("text", "word", "hair"),
    [
        ("I use my own oil instead of the shampoo from the shop.", "oil", True),
        ("I oil my scalp and plait my hair every Sunday night.", "oil", True),
        ("My beard needs oil every morning.", "oil", True),
        ("The oil keeps my plaits soft.", "oil", True),
        ("I keep my mower in the shed and oil it every spring.", "oil", False),
        ("I check the tyres and the oil myself, and I comb the dog after.", "oil", False),
        ("I fry my eggs in a little oil; my hair smells of the pan.", "oil", False),
        ("The nurse rubs oil into my skin, then brushes my hair.", "oil", False),
        ("A drop of oil in my ears on a Sunday, then comb my hair.", "oil", False),
    ],
)
def test_round139_oil_with_the_hair_is_hair_oil(text, word, hair):
    assert (concept_on(text, word) == "hair") == hair


# Round 139's "the bar of" a hotel as the pub was taken back after stop 35's review (a grab bar
# with a drink named became a pub); a bar of chocolate, soap or gold, or the bar of a bed, rail
# or rollator, is no pub.
@pytest.mark.parametrize(
    ("text", "word", "pub"),
    [
        ("I like the bar of chocolate from the hotel shop.", "bar", False),
        ("Leave the bar of soap by the sink; the hotel ones are too small.", "bar", False),
        ("The bar of the grab rail is loose; I had a drink spilled on it.", "bar", False),
        ("I had the bar of the bed raised, then a drink.", "bar", False),
    ],
)
def test_round139_the_bar_of_a_hotel_is_the_pub(text, word, pub):
    assert (concept_on(text, word) == "pub") == pub


# Round 139: a plain "pad" that shakes or lies under the pillow for the smoke alarm is the vibrating
# pad, and a "pen and pad" is the notepad; a pad worn, changed or for heat is neither.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("My smoke alarm shakes a pad under my pillow at night.", "pad", "vibrating-alarm", None),
        ("The doorbell makes the pad under my pillow vibrate.", "pad", "vibrating-alarm", None),
        ("Keep a pen and pad by my chair so we can chat.", "pad", "notes", None),
        ("Keep a pencil and pad by the phone.", "pad", "notes", None),
        (
            "I wear a pad at night, and the smoke alarm shakes my pillow.",
            "pad",
            None,
            "vibrating-alarm",
        ),
        (
            "I put a heat pad under my pillow; the smoke alarm is tested on Mondays.",
            "pad",
            None,
            "vibrating-alarm",
        ),
        ("I wear knickers and a pad; the pen is for my insulin.", "pad", None, "notes"),
    ],
)
def test_round139_a_pad_under_the_pillow_or_with_a_pen(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 140 read a capitalised word as a pet's name by what follows it ("Biscuit needs feeding");
# stop 35's review took it back ("Lawn needs feeding", "Caravan sleeps four", "Kettle's lead"
# lost their pictures). These keep their pictures, with the rule or without it.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Fish needs feeding twice a day.", "Fish", "fish", None),
        ("Baby needs feeding.", "Baby", "baby", None),
        ("Afternoon sleeps help me.", "Afternoon", "afternoon", None),
        ("Tea hides the taste of the tablets.", "Tea", "tea", None),
        ("Lawn needs feeding in the spring.", "Lawn", "garden", None),
        ("Kettle's lead is too short.", "Kettle's", "kettle", None),
        ("Coffee loves me back.", "Coffee", "coffee", None),
        ("Mist hides the hills in the morning.", "Mist", "cloudy", None),
        ("Hair needs brushing every morning.", "Hair", "hair", None),
        ("Dog barks at the postman.", "Dog", "dog", None),
        ("Cats sleep a lot.", "Cats", "cat", None),
        ("Horse's lead is on the hook.", "Horse's", "horse", None),
    ],
)
def test_round140_a_pet_by_what_it_does(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 140: a name that is also a feeling or a virtue ("Joy", "Faith") is the person where it
# knows something or puts someone's thing on; "Summer knows no bounds" and "Joy puts a smile on
# my face" keep the thing.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Joy knows my routine.", "Joy", None, "happy"),
        ("Faith knows my wishes.", "Faith", None, "place-of-worship"),
        ("Joy puts my cream on.", "Joy", None, "happy"),
        ("Joy puts a smile on my face.", "Joy", "happy", None),
        ("Faith is my strength.", "Faith", "place-of-worship", None),
        ("Summer puts me in a good mood.", "Summer", "summer", None),
    ],
)
def test_round140_a_feeling_name_that_knows(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 140: a given name the plan does not list is the person where the sentence puts them
# where only a person is ("at university", "in hospital", "on holiday"), or has them remember or
# forget; a thing with the same word keeps its picture ("Holly is in the vase", "Sherry is twenty
# pounds a bottle"). An age or kin after "has" was taken back after stop 35's review ("Brandy is
# forty proof", "Summer had the grandchildren here").
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Holly is at university in Leeds.", "Holly", None, "holly"),
        ("Poppy is at nursery.", "Poppy", None, "remembrance"),
        ("Joy is on holiday in Spain.", "Joy", None, "happy"),
        ("Robin was at work when I fell.", "Robin", None, "birds"),
        ("Heather never forgets my birthday.", "Heather", None, "flowers-2"),
        ("Joy remembers how I like my tea.", "Joy", None, "happy"),
        ("Holly is in the vase.", "Holly", "holly", None),
        ("Holly is on the door at Christmas.", "Holly", "holly", None),
        ("Holly has red berries.", "Holly", "holly", None),
        ("Sherry is twenty pounds a bottle.", "Sherry", "wine", None),
        ("Brandy is on the top shelf.", "Brandy", "spirits", None),
        ("Heather is on the hills.", "Heather", "flowers-2", None),
        ("Rosemary is in the garden.", "Rosemary", "herbs", None),
        ("Summer is in full swing.", "Summer", "summer", None),
        ("Brandy is forty proof.", "Brandy", "spirits", None),
        ("Faith puts my mind at rest.", "Faith", "place-of-worship", None),
    ],
)
def test_round140_where_or_how_old_a_person_is(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 141: the back of a slipper, shoe or chair is part of the thing ("slippers with backs",
# "a chair with a high back"), not a person's back; a person's back keeps its picture.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Slippers: the ones with backs. No mules, they slip.", "backs", None, "back"),
        ("Footwear: slippers with backs, never the flip-flop sort.", "backs", None, "back"),
        ("Chairs with backs, please, not stools.", "backs", None, "back"),
        ("I need a chair with a high back.", "back", None, "back"),
        ("Shoes with a back on, not mules.", "back", None, "back"),
        ("Slippers with closed backs only, I trip in open ones.", "backs", None, "back"),
        ("I need help with my back.", "back", "back", None),
        ("Cream on my back after the shower.", "back", "back", None),
        ("He lies on his back with a pillow.", "back", "back", None),
        ("We worked in the fields with backs bent double.", "backs", "back", None),
        ("Nurses with backs aching after a long shift.", "backs", "back", None),
        ("I sit with my back straight.", "back", "back", None),
    ],
)
def test_round141_the_back_of_a_slipper_or_chair_is_no_body(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# Round 141: a thing that sits or sat somewhere stands there ("the box sits by the door"): no
# chair (":person", the doer must be a person); a person sitting keeps the chair.
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("I give tzedakah every Friday, and the box sits by the front door.", "sits", None),
        ("My rice cooker sits on the counter next to the kettle.", "sits", None),
        ("No more pasties, the pastry sits on my chest.", "sits", None),
        ("The processor sits behind my ear.", "sits", None),
        ("My seedlings sit in the greenhouse until the frost has gone.", "sit", None),
        ("The parcel sat on the step for a week.", "sat", None),
        ("My wife sits with me in the evening.", "sits", "chair"),
        ("The carer sits with me while I eat.", "sits", "chair"),
        ("My husband always sits in the same seat.", "sits", "chair"),
        ("My grandson sat with me.", "sat", "chair"),
        # round 176: "sitting up" is the sitting picture (the person sits), not the chair
        (
            "I must take the weekly tablet sitting up with a glass of water.",
            "sitting up",
            "sit-down",
        ),
        # round 179: the lap has its own picture, and a chair beside "sits" puts the cat on a chair
        ("My cat Mischief sits on my lap.", "sits", None),
    ],
)
def test_round141_a_thing_that_sits_somewhere_is_no_chair(text, word, wanted):
    assert concept_on(text, word) == wanted


# Round 141: a team "at home" plays on its own ground: no house picture; a person at home keeps it.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("I can't wait for the football on a Saturday, Hull City at home.", None),
        ("Leeds United at home is the best day of the month.", None),
        ("Next week it's Argyle at home.", None),
        ("Rovers at home, and my grandson takes me.", None),
        ("I watch the football at home with my son.", "home"),
        ("I like to be at home.", "home"),
        ("I watch City at home on the telly.", "home"),
        ("I stay at home on match days.", "home"),
    ],
)
def test_round141_a_team_at_home_is_no_house(text, wanted):
    assert concept_on(text, "home") == wanted


# Stop 35's third review: people who sit keep the chair ("My hubby sits with me", "The lady next
# door sits with me"), where a thing that sits has none; a fan watching at home keeps the house; a
# pet's name is told by what only a pet does or has, but not by "needs feeding" or "'s lead" (a
# lawn, a kettle); a name with an age or kin counted after "has" is a person, not "forty proof".
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My hubby sits with me in the evening.", "sits", "chair"),
        ("The sitter sits with me on Tuesdays.", "sits", "chair"),
        ("The lady next door sits with me.", "sits", "chair"),
        ("My daughter sits with me.", "sits", "chair"),
        ("The kettle sits on the side.", "sits", None),
        ("Since my stroke I watch Villa at home.", "home", "home"),
        ("Sooty sleeps on my bed.", "Sooty", None),
        ("Biscuit's bowl is by the back door.", "Biscuit's", None),
        ("Bramble needs walking twice a day.", "Bramble", None),
        ("Lawn needs feeding in the spring.", "Lawn", "garden"),
        ("Kettle's lead is too short.", "Kettle's", "kettle"),
        ("Caravan sleeps four.", "Caravan", "caravan"),
        ("Olive is ninety this year.", "Olive", None),
        ("Holly has two little boys.", "Holly", None),
        ("Summer had the grandchildren here.", "Summer", "summer"),
        ("Brandy is forty proof.", "Brandy", "spirits"),
        ("Holly is thirty feet tall.", "Holly", "holly"),
        ("Joy puts my hearing aids in.", "Joy", None),
    ],
)
def test_review35_people_sit_pets_and_names_by_what_follows(text, word, wanted):
    assert concept_on(text, word) == wanted


# Stop 35's fourth review: round 145 let a thing after "and a" out of an earlier "no", and round
# 146 left "gently" bare at the end of its clause; both were taken back. A pair ruled out together
# keeps both crosses (a lighter and an ashtray near oxygen is a safety rule), and "gently" stays
# the picture of an instruction that has no other.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No lighter and an ashtray near my oxygen.", "ashtray"),
        ("No tea and a biscuit before my fasting blood test.", "biscuit"),
        ("No tea and a biscuit before my fasting blood test.", "tea"),
    ],
)
def test_review35_a_pair_ruled_out_together_keeps_both_crosses(text, word):
    found = {m.term: m.negated for m in find_all(text)}
    assert found.get(word) is True


@pytest.mark.parametrize(
    "text", ["Move me gently, my hip is sore.", "Speak gently, I get frightened easily."]
)
def test_review35_gently_is_the_picture_of_an_instruction_with_no_other(text):
    assert concept_on(text, "gently") == "gentle"


# A kettle's or a hoover's lead is no dog's lead (stop 35's second review found "Kettle's lead").
@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        ("Kettle's lead is too short.", "lead", "dog"),
        ("The hoover's lead is frayed.", "lead", "dog"),
    ],
)
def test_an_appliance_lead_is_no_dog_lead(text, word, not_wanted):
    assert concept_on(text, word) != not_wanted


def test_a_dog_lead_is_still_the_dog_lead():
    """Round 253: the lead is shown as the pets' kit a "dog lead" names, not the dog again."""
    assert concept_on("Put the lead on the dog before we go out.", "lead") == "pet-care"


# ---- round 156: a negation reaches the place a person is put, what a thing is made into, and the
# state nobody goes in ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Divvent put us in the bath, I cannot abide sitting in water.", "bath"),
        ("Don't put him in the bath, he hates it.", "bath"),
        ("Please do not put her in the hoist on her own.", "hoist"),
        ("Please do not turn my rosary beads into a necklace, they are for praying.", "necklace"),
        ("Please don't make the dining room into a bedroom.", "bedroom"),
        ("I cooked school dinners for years - nobody goes hungry in my house.", "hungry"),
    ],
)
def test_round156_the_place_the_result_and_the_state_are_crossed(text, word):
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dinnae put us by the window, it's cold.", "cold"),
        ("Don't give me fish, it's too bony.", "bony"),
        (
            "Please do not turn my rosary beads into a necklace, they are for praying.",
            "rosary beads",
        ),
        ("Please don't make the dining room into a bedroom.", "dining room"),
        ("I don't want to turn into my mother.", "mother"),
        ("I cooked school dinners for years - nobody goes hungry in my house.", "house"),
        ("No one will go thirsty.", "thirsty"),
    ],
)
def test_round156_what_stays_bare(text, word):
    found = got(text)
    assert word not in found or found[word][1] is False


# ---- round 156: the smell of a thing refused is no crossed nose ----
@pytest.mark.parametrize(
    ("text", "sense", "thing"),
    [
        ("I can't stand the smell of fish, so please don't cook it here.", "smell", "fish"),
        ("I cannot bear the smell of fish cooking.", "smell", "fish"),
        ("I hate the taste of instant coffee.", "taste", "instant coffee"),
    ],
)
def test_round156_the_thing_smelt_is_crossed_not_the_sense(text, sense, thing):
    found = got(text)
    assert found[thing][1] is True
    assert sense not in found or found[sense][1] is False


def test_round156_a_smell_with_no_thing_keeps_its_cross():
    found = got("I gave up smoking and I can't stand the smell of it now.")
    assert "smell" not in found or found["smell"][1] is True


# ---- round 156: "yes and no cards" offer both answers; a second place to go is ruled out too ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Yes and no cards help me when I am tired.", "cards", False),
        ("I point to yes or no cards.", "cards", False),
        ("Yes, and no sugar please.", "sugar", True),
    ],
)
def test_round156_yes_and_no_rules_nothing_out(text, word, negated):
    assert got(text)[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I must not sit in low chairs or on the settee, only in my riser chair.", "settee", True),
        (
            "I must not sit in low chairs or on the settee, only in my riser chair.",
            "riser chair",
            False,
        ),
        ("I can't sit on the sofa or in the armchair.", "armchair", True),
        ("I don't go out in the rain or at night.", "night", False),
    ],
)
def test_round156_a_second_place_to_go_is_ruled_out(text, word, negated):
    found = got(text)
    assert found[word][1] is negated


# ---- round 159: a part of the day keeps its picture in a busy sentence ----
# "at night", "every morning" say when the thing happens, as a named day does: labellers key them
# beside four other pictures 4 times in 5. Clock times and "today" stay background.
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        (
            "I take my tablets, my inhaler, my eye drops and my cream with a cup of tea at night.",
            "night",
            "night",
        ),
        (
            "My daughter brings my shopping, my paper, my tablets and my pension in the morning.",
            "morning",
            "morning-routine",
        ),
        (
            "I have my bath, my cream, my clean clothes, my paper and my cup of tea every evening.",
            "evening",
            "evening",
        ),
        (
            "My son brings my paper, my tablets, my shopping and my pension in the afternoon.",
            "afternoon",
            "afternoon",
        ),
    ],
)
def test_round159_a_part_of_the_day_is_pictured_in_a_busy_sentence(text, word, wanted):
    shows(text, word, wanted, None)


@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        # round 200: "at 8pm" beside four other pictures is now kept (LABELLING.md's ruling of
        # stop 41 keys clock times); "today" still gives way
        (
            "My daughter brings my shopping, my paper, my tablets and my pension from the post "
            "office today.",
            "today",
            "today",
        ),
    ],
)
def test_round159_a_clock_time_stays_background_in_a_busy_sentence(text, word, not_wanted):
    shows(text, word, None, not_wanted)


# ---- round 160: "Sunday dinner" is one meal; "visitors" is the visitor ----
# "Sunday dinner" is the day's meal as one idea (the labels key it as one): one meal picture
# over the phrase, not a calendar on "Sunday" beside it (still no roast, as round 127 holds);
# "Sunday dinner time" is when, and "Sunday lunch" stays the day and the meal.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I like lamb with mint sauce for my Sunday dinner.", "Sunday dinner", "meal", None),
        ("The whole family comes round for Sunday dinner.", "Sunday dinner", "meal", None),
        ("No Sunday dinner for me this week, I'm fasting.", "Sunday dinner", "meal", None),
        ("Pint of mild at the Legion on a Sunday dinner time.", "Sunday", "sunday", None),
        ("Curry goat and rice is what we have for Sunday lunch.", "Sunday", "sunday", None),
        ("My son visits every Sunday.", "Sunday", "sunday", None),
        (
            "My son does a Sunday roast with all the trimmings.",
            "Sunday roast",
            "roast-dinner",
            None,
        ),
    ],
)
def test_round160_sunday_dinner_is_one_meal(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


def test_round160_a_sunday_dinner_ruled_out_keeps_its_cross():
    assert got("No Sunday dinner for me this week, I'm fasting.")["Sunday dinner"][1] is True


# "visitors" is the plural of "visitor" (the labels' picture), the same person as one visitor;
# the waving hand stays for the doing ("visit me", "pop in").
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("No visitors before ten because I am praying.", "visitors", "visitor", None),
        ("I love having visitors at the weekend.", "visitors", "visitor", None),
        ("A visitor from the church comes on Tuesday.", "visitor", "visitor", None),
        ("My son drops in most days on his way home.", "drops in", "visitors", None),
        ("Sue likes to visit me on a Friday.", "visit me", "visitors", None),
    ],
)
def test_round160_visitors_are_the_visitor(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 160: a night carer is a carer; the men and the women are a man and a woman ----
# "night carer", "night staff", "day staff", "live-in carer" are carers: the carer's picture, as
# "carer" has, not a second picture for the same role (the labels name the carer).
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("The night carer checks on me every two hours.", "night carer", "carer", None),
        ("The night staff empty the bag at six.", "night staff", "carer", None),
        ("My live-in carer is from Krakow.", "live-in carer", "carer", None),
        ("The care assistant comes at eight.", "care assistant", "care-assistant", None),
        ("A carer comes at eight to help me dress.", "carer", "carer", None),
    ],
)
def test_round160_a_night_carer_is_a_carer(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# "the men at the club", "the women at the lunch club": men and women, as the labels picture
# them, not a crowd of people.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I play backgammon with the men at the café on the corner.", "men", "man", None),
        ("I play cards with the men at the community centre.", "men", "man", None),
        ("I have a natter with the women at the lunch club.", "women", "woman", None),
        ("The men's toilets are upstairs.", "men's", None, "people-2"),
    ],
)
def test_round160_the_men_and_the_women_are_a_man_and_a_woman(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 160: a bulb is a light bulb ----
# The bulb a person changes or cannot reach is the light bulb's picture, not the ceiling light
# (the labels name the light bulb); the garden's bulbs stay flowers.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("The light in my hall has gone, and I can't reach the bulb.", "bulb", "lightbulb", None),
        ("Please change the bulb in the lamp.", "bulb", "lightbulb", None),
        ("My grandson put a new bulb in the landing light.", "bulb", "lightbulb", None),
        ("I planted the bulbs in the garden in autumn.", "bulbs", None, "lightbulb"),
        ("The squirrels dig up my tulip bulbs.", "bulbs", None, "lightbulb"),
        ("I planted a new bulb in the garden pot.", "bulb", None, "lightbulb"),
        ("The big light is too bright for me.", "big light", "light-2", None),
    ],
)
def test_round160_a_bulb_is_a_light_bulb(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 160: the Qur'an is the holy book; a butty is a sandwich ----
# "Qur'an" is the holy book, as "Quran" and "Koran" are (it was the praying picture); a butty or
# a bacon sandwich is the sandwich whatever is in it, as a ham, cheese or egg sandwich and a
# bacon barm already are. Bacon on its own stays bacon.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("When I feel low, I listen to the Qur'an on my phone.", "Qur'an", "holy-book", None),
        ("I read the Quran every morning.", "Quran", "holy-book", None),
        ("I like a bacon butty on a Saturday morning.", "bacon butty", "bacon", None),
        ("I take a ham butty and a flask to the allotment.", "ham butty", "sandwich", None),
        ("A bacon sandwich and a mug of tea, please.", "bacon sandwich", "bacon", None),
        ("I have two rashers of bacon for breakfast.", "bacon", "bacon", None),
        ("No bacon, I don't eat pork.", "bacon", "bacon", None),
    ],
)
def test_round160_the_quran_is_the_holy_book_and_a_butty_a_sandwich(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 155: things with their own picture ----
# A zip is a zip (not a button); sauces are their own bottle (not vinegar); tonic and soda water
# are a drink; the navy is the sailor however it was joined; noon and midday are twelve o'clock;
# hair rollers are curlers; a runny nose is the sneeze, a symptom without a cartoon face.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I can't do up a zip fast enough.", "zip", "zip", None),
        ("I wear zips, not buttons.", "zips", "zip", None),
        ("Please zip up my coat.", "zip up", "zip", None),
        ("I went down a zip wire for charity.", "zip", None, "zip"),
        ("Time zips by.", "zips", None, "zip"),
        ("Sausage and chips with ketchup.", "ketchup", "ketchup", None),
        ("A bacon sandwich with brown sauce.", "brown sauce", "brown-sauce", None),
        ("Mayonnaise on my salad.", "Mayonnaise", "mayonnaise", None),
        ("Roast pork with apple sauce.", "apple sauce", "apple-sauce", None),
        ("Spaghetti with tomato sauce.", "tomato sauce", "pasta-sauce", None),
        ("Chips and tomato sauce.", "tomato sauce", "ketchup", None),
        ("Malt vinegar on my chips.", "vinegar", "vinegar", None),
        ("I drink tonic water for the cramp.", "tonic water", "drink", None),
        ("A glass of soda water with lime.", "soda water", "drink", None),
        ("I joined the navy at seventeen.", "navy", "navy", None),
        ("Both my sons joined the Navy.", "Navy", "navy", None),
        ("I joined the army in 1950.", "joined the army", "army-3", None),
        ("She likes to wear navy.", "navy", None, "navy"),
        ("Dinner at midday, please.", "midday", "clock-noon", None),
        ("My tablets are at noon.", "noon", "clock-noon", None),
        ("I'm on the go morning, noon and night.", "noon", "clock-noon", None),
        ("I put my hair rollers in on a Sunday.", "hair rollers", "hair-rollers", None),
        ("Can you set my hair in rollers?", "rollers", "hair-rollers", None),
        ("My son bought paint rollers for the hall.", "rollers", None, "hair-rollers"),
        ("The rollers on my frame are stiff.", "rollers", None, "hair-rollers"),
        ("I have a runny nose in winter.", "runny nose", "sneeze", None),
    ],
)
def test_round155_things_with_their_own_picture(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 155: lost ----
# A person getting lost is the lost picture (not a signpost); losing a thing (a stick, a card, a bus
# pass) is never a death, even where the sentence names a husband; losing a person still is.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("I get lost in town.", "lost", "lost", None),
        ("I got lost in the post office.", "lost", "lost", None),
        ("I feel lost since my wife died.", "lost", None, "lost"),
        ("I lost my bus pass and my husband was cross.", "lost", None, "died-2"),
        ("I lost my stick on the bus and my wife was upset.", "lost", None, "died-2"),
        ("I lost my bank card, and my son sorted it.", "lost", None, "died-2"),
        ("I lost my husband in 2019.", "lost", "died-2", None),
        ("I lost my brother in the war and I cannot watch films about it.", "lost", "died-2", None),
    ],
)
def test_round155_lost_person_and_lost_things(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 155: helps and puffed ----
# "helps" with a thing or "that" before it is the verb (it is useful), not the noun help: no picture
# of helping hands on "That helps."; a person helping keeps it. "Puffed" after a feeling word or
# "when" is out of breath; puffed sleeves, puffed rice and a puffed-up ankle are not.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("That helps.", "helps", None, "help"),
        ("This helps with the pain.", "helps", None, "help"),
        ("Amina helps me every morning.", "helps", "help", None),
        ("I need some help.", "help", "help", None),
        ("I get puffed when I walk uphill.", "puffed", "breathing", None),
        ("I still get puffed on the stairs.", "puffed", "breathing", None),
        ("Blue inhaler when he's puffed.", "puffed", "breathing", None),
        ("A dress with puffed sleeves.", "puffed", None, "breathing"),
        ("I like puffed rice.", "puffed", None, "breathing"),
        ("He puffed on his pipe.", "puffed", None, "breathing"),
        ("My ankles are puffed up.", "puffed", None, "breathing"),
        ("My eyes get puffed in the morning.", "puffed", None, "breathing"),
    ],
)
def test_round155_helps_is_no_help_and_puffed_is_breath(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 157: vocabulary gaps (small creatures, feathers, crumbs, wires, specialist doctors,
# EpiPens, scanners, latex, pollen, caffeine, hospital gowns, openers, shade, TV programmes) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("I won't go in the garden when the wasps are about.", "wasps", "wasp-r157"),
        ("Please check the bath for spiders before I get in.", "spiders", "spider-r157"),
        ("Ants in the kitchen again, so put the sugar away.", "Ants", "ants-r157"),
        ("Flies in the kitchen in summer, use the fly spray.", "fly spray", "flies-r157"),
        ("The midges are bad on the allotment.", "midges", "flies-r157"),
        ("Put cream on my insect bites.", "insect bites", "sting-r157"),
        ("I have a feather pillow.", "feather pillow", "feather-r157"),
        ("Even crumbs make me ill.", "crumbs", "crumbs-r157"),
        ("No trailing wires on the floor, I could trip.", "trailing wires", "wires-r157"),
        ("The cardiologist was clear about the salt.", "cardiologist", "doctor"),
        ("No salt on my chips, the heart doctor says.", "heart doctor", "doctor"),
        ("My EpiPen goes everywhere with me.", "EpiPen", "epipen-r157"),
        ("I can't go through the scanner at the hospital.", "scanner", "x-ray"),
        ("My cholesterol test came back high.", "cholesterol test", "blood-test"),
        ("Carers wear latex gloves for my catheter.", "latex gloves", "gloves"),
        ("When the pollen count is high I keep the windows shut.", "pollen count", "allergy"),
        ("Never again in a hospital gown, bring my own nightie.", "hospital gown", "nightwear"),
        ("Open the jar with my opener.", "opener", "tin-opener"),
        ("I sit in the shade when it's hot.", "shade", "parasol"),
        ("Evenings are for my programmes.", "programmes", "tv"),
        ("I watch my programmes on the telly.", "programmes", "tv"),
    ],
)
def test_round157_everyday_things_get_their_picture(text, word, wanted):
    shows(text, word, wanted, None)


@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        ("Water the spider plant on Monday.", "spider", "spider-r157"),
        ("Time flies when I'm with my grandson.", "flies", "flies-r157"),
        ("My son flies home from Canada at Christmas.", "flies", "flies-r157"),
        ("Light as a feather these days.", "feather", "feather-r157"),
        ("Crumbs, I forgot my keys!", "Crumbs", "crumbs-r157"),
        ("I do my exercise programme every morning.", "programme", "tv"),
        ("I like the radio programmes about gardening.", "programmes", "tv"),
        ("I like to watch the gardening programmes on television.", "programmes", "tv"),
        ("A lovely shade of blue for the bedroom.", "shade", "parasol"),
        ("The bank cables the money to my son.", "cables", "wires-r157"),
    ],
)
def test_round157_words_with_other_senses_stay_unpictured(text, word, not_wanted):
    shows(text, word, None, not_wanted)


# ---- stop 37's review of rounds 155-160: what the new rules must leave alone ----
# A second place after "or" is refused with the first; after "and" a new clause starts, and what
# it names is wanted. "yes and no" offers both answers only before a card, question or the like.
# A bacon sandwich refused is the bacon refused. "morning, noon and night" names three times.
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I can't go upstairs and in the lounge I have my bed and commode.", "commode", False),
        ("I can't go upstairs and in the lounge I have my bed and commode.", "lounge", False),
        ("I must not go in the shower alone and on the stool I sit to wash.", "stool", False),
        ("I must not sit in low chairs or on the settee.", "settee", True),
        ("Milk yes and no sugar.", "sugar", True),
        ("Yes and no cards help me answer.", "cards", False),
        ("Don't put us by the window, we're worried about the draught.", "worried", False),
        ("Don't put us by the window, we're worried about the draught.", "window", True),
    ],
)
def test_stop37_a_refusal_stops_where_its_clause_stops(text, word, negated):
    found = got(text)
    assert word in found and found[word][1] is negated


@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("No bacon sandwich, I'm Muslim.", "bacon sandwich", "bacon", None),
        ("A ham butty and a flask, please.", "ham butty", "sandwich", None),
        ("I take my tablets morning, noon and night.", "noon", "clock-noon", None),
        ("I take my tablets morning, noon and night.", "morning", "morning-routine", None),
        ("I'm in pain morning noon and night.", "pain", "pain", None),
        (
            "I read the morning paper with my coffee, my biscuits and my tablets at the table.",
            "morning",
            None,
            "morning-routine",
        ),
        (
            "Morning sickness was the worst part of carrying my son.",
            "Morning",
            None,
            "morning-routine",
        ),
    ],
)
def test_stop37_the_new_pictures_keep_to_their_sense(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 163: a place before the thing it owns ----
# A place of worship, a hospital or a village before a pictured thing says which one: labellers
# key both ("the chapel organist" is the chapel and the organist). Not the place's food or the
# clothes worn there (food and a hat), nor the body part a nurse cares for ("the heart nurse").
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("My hospital appointment is on Tuesday.", "hospital", "hospital", None),
        ("The chapel organist is my nephew.", "chapel", "church", None),
        ("I sing in the church choir on Sundays.", "church", "church", None),
        ("My daughter books the taxi for my hospital trip.", "hospital", "hospital", None),
        ("The chapel roof leaks when it rains.", "chapel", "church", None),
        ("The hospital food is bland.", "hospital", None, "hospital"),
        ("My church hat is in the wardrobe.", "church", None, "church"),
        ("My chapel coat is on the peg.", "chapel", None, "church"),
        ("The heart nurse rings me.", "heart", None, "heart"),
        ("Please shut my bedroom door at night.", "bedroom", None, "bedroom"),
    ],
)
def test_round163_place_before_its_thing_keeps_its_picture(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 163: "help" after a thing ----
# "help" straight after a pictured thing is what the thing does ("plenty of water help"), not a
# kind of help the thing names: the thing keeps its picture. "home help" is still the carer.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Prunes and plenty of water help.", "water", "water", None),
        ("Cold packs on my knee help.", "knee", "knee", None),
        ("My home help comes on a Monday.", "home help", "carer", None),
        # help needed, said as a thing, is the need the sentence is about (round 240)
        ("I need help with my tablets.", "help", "help", None),
    ],
)
def test_round163_help_after_a_thing_is_what_it_does(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 162: reading the post ----
# Reading post, letters, a paper, bills or forms keeps its picture beside the thing's: the letter
# alone says post has come, the reading is what the person does or needs help with. Eating or
# drinking a thing still gives way to the thing (reading a book or the Bible keeps its picture
# since round 171: the labellers key it, and by LABELLING.md it is what the sentence is about).
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Please read my post to me slowly.", "read", "reading", None),
        ("I use a magnifier to read my letters.", "read", "reading", None),
        ("I can't read the paper now, so my wife reads it to me.", "read", "reading", None),
        ("Please read the gas bill out loud to me.", "read", "reading", None),
        ("My son helps me read forms from the council.", "read", "reading", None),
        ("I read the Bible every day.", "read", "reading", None),
        ("I like to read large print books.", "read", "reading", None),
        ("I eat halal meat only.", "eat", None, "eat"),
    ],
)
def test_round162_reading_the_post_keeps_reading(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- round 162: talking in a busy sentence ----
# Talking, chatting or speaking keeps its picture in a busy sentence, as a part of the day does:
# it is how the person keeps in touch. Sitting and clock times there still give way.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        (
            "My daughter rings every evening and we talk about the grandchildren, the garden"
            " and the dog.",
            "talk",
            "talk",
            None,
        ),
        (
            "My friends from the mosque visit after Friday prayers and we talk about the old days.",
            "talk",
            "talk",
            None,
        ),
        (
            "After lunch I chat with Doreen about the cats, the grandchildren, the garden and the"
            " church.",
            "chat",
            "talk",
            None,
        ),
        # round 200: sitting and a clock time are kept too (LABELLING.md's ruling of stop 41)
        ("My legs swell in the heat, so I sit with my feet up on a stool.", "sit", "chair", None),
        (
            "At 6pm my son brings my tea, my tablets, my paper and the post.",
            "6pm",
            "clock-6",
            None,
        ),
    ],
)
def test_round162_talking_keeps_its_picture_in_a_busy_sentence(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- stop 37's second review: the new words keep to the thing they name ----
# Latex is no glove ("allergic to latex": carers still wear gloves), cholesterol no syringe
# (a statin is a tablet), caffeine no coffee ("no caffeine, decaf only" wants the coffee), pollen
# no allergy, a window shade no parasol; idioms with creatures and wires are idioms.
@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        ("I am allergic to latex, so carers wear other gloves.", "latex", "gloves"),
        ("I take a statin for my cholesterol.", "cholesterol", "blood-test"),
        ("Decaf only, no caffeine after lunch.", "caffeine", "coffee"),
        ("The bees are busy with the pollen on my lavender.", "pollen", "allergy"),
        (
            "Please pull the shade down on the window when the sun is on the telly.",
            "shade",
            "parasol",
        ),
        ("I got my wires crossed about the day of the visit.", "wires", "wires-r157"),
        ("A walk by the sea blows the cobwebs away.", "cobwebs", "spider-r157"),
        ("I was spitting feathers by the time the tea came.", "feathers", "feather-r157"),
    ],
)
def test_stop37_the_new_words_keep_to_their_thing(text, word, not_wanted):
    shows(text, word, None, not_wanted)


def test_stop37_yes_and_no_picture_cards_rule_nothing_out():
    found = got("Yes and no picture cards help me answer the carers.")
    assert not any(negated for _, negated in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "The hospital chair by the window is the comfiest.",
        "My hospital commode stays by the bed at night.",
        "The hospital trolley table fits over my chair.",
    ],
)
def test_stop37_hospital_kit_at_home_is_no_hospital(text):
    """Round 163 pictures a place before its thing ("the chapel choir"); kit of a hospital's
    kind in the person's own room is not the hospital."""
    assert "hospital" not in {concept for concept, _ in got(text).values()}


# ---- round 165: shaking a person's hand is the handshake; cards ruled out beside a game ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The new doctor shook my hand and smiled at me.", "shook my hand", "shake-hands"),
        ("I like visitors to shake my hand when they arrive.", "shake my hand", "shake-hands"),
        (
            "My grandson shakes your hand like a proper gentleman.",
            "shakes your hand",
            "shake-hands",
        ),
    ],
)
def test_r165_shaking_my_hand_is_the_handshake(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("I play bingo at the club on a Tuesday, but not cards.", True),
        ("A game of dominoes or cards with my brother cheers me up.", False),
    ],
)
def test_r165_cards_beside_a_game_are_playing_cards(text, negated):
    assert got(text)["cards"] == ("dominoes-cards", negated)


# ---- round 165: a wee, tiny, round or square box is the box ----
@pytest.mark.parametrize(
    "text",
    [
        "My rings are kept in the wee box on the dresser.",
        "The birthday cake came home in a round box.",
        "My spare batteries are in a square box on the shelf.",
    ],
)
def test_r165_a_wee_or_round_box_is_the_box(text):
    assert concept_on(text, "box") == "box-3"


# ---- round 166: a clock face agrees with the time written ----
@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        ("The minibus comes for me at quarter past nine.", "nine", "clock-9"),
        ("My grandson phones at ten to seven on a Sunday.", "ten", "clock-10"),
        ("Breakfast at 7.45am, please, with the radio on.", "7", "clock-7"),
        ("We eat our supper at eight fifteen.", "eight", "clock-8"),
        ("The chemist opens at 9.15 on a Saturday.", "9", "clock-9"),
    ],
)
def test_r166_no_o_clock_face_for_minutes_past_or_to(text, word, not_wanted):
    """ "quarter past nine", "ten to seven", "7.45am", "eight fifteen": a picture of the hour
    on the dot would show a time the text does not say."""
    shows(text, word, None, not_wanted)


def test_r166_ten_to_a_doing_is_still_ten_o_clock():
    """ "at ten to wash me" is ten o'clock and a reason; "at ten to seven" is no ten o'clock."""
    assert concept_on("The carer comes at ten to wash my hair.", "ten") == "clock-10"
    assert concept_on("The carer comes at ten to seven.", "ten") != "clock-10"
    assert concept_on("I nap from two till four.", "two") == "clock-2"


# ---- round 167: feeding someone ----
# Feeding the poor, the hungry or someone is feeding a person (round 167's feeding of a pet the
# sentence names, "feed Tibbles, my cat", was taken back: "Don't feed Patch, my dog, chocolate"
# crossed out the feeding, where only the chocolate is ruled out).
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("At Eid we give money to feed the hungry.", "feed", "feed"),
        ("My zakat helps to feed someone who has nothing.", "feed", "feed"),
    ],
)
def test_r167_feeding_someone_keeps_its_picture(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 168: wrong senses on keys (a time before prayers, the water in a jug, a cake
# slice named cake) ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My aunt says her morning prayers by the window.", "morning", "morning-routine"),
        ("My aunt says her morning prayers by the window.", "prayers", "pray"),
        ("Grandad kept his evening prayers short when he was tired.", "evening", "evening"),
    ],
)
def test_r168_a_time_before_prayers_keeps_its_picture(text, word, concept):
    assert concept_on(text, word) == concept


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Fill a jug of water for the flowers on the table.", "jug", "measuring-jug"),
        ("Fill a jug of water for the flowers on the table.", "water", "water"),
        ("Jug of water on the tray at night.", "water", "water"),
    ],
)
def test_r168_the_water_in_a_jug_keeps_its_picture(text, word, concept):
    assert concept_on(text, word) == concept


def test_r168_a_slice_of_cake_is_named_cake():
    found = {m.term: m.concept for m in find_all("A slice of coffee and walnut cake, please.", [])}
    assert found["coffee and walnut cake"].alt == "cake"


# ---- round 169: vocabulary gaps (words the tuning keys picture, unknown before) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My sister was never a churchgoer, but she loved the hymns.", "churchgoer", "church"),
        ("Friday is pie and mash with green liquor from the shop.", "liquor", "liquor-r169"),
        ("Mind my antiques when you hoover the front room.", "antiques", "antiques-r169"),
        ("Keep the draughts out with the curtain over the back door.", "draughts", "draught-r169"),
        (
            "There's a draught from the letterbox, so put a cushion there.",
            "draught",
            "draught-r169",
        ),
        ("Small mouthfuls, please, and wait till I swallow.", "mouthfuls", "eat-mouthful-r169"),
        ("My husband drove a Land Rover round the farm.", "Land Rover", "car-brand-r169"),
        ("I'm allowed fourteen units a week, so a glass of wine.", "units", "alcohol-units-r169"),
        ("There's some leakage when I laugh, so I keep spare pads.", "leakage", "leakage-r169"),
        ("It embarrasses me when I spill my tea.", "embarrasses", "embarrassed"),
        ("I can't swallow capsules, so the chemist gets me the liquid one.", "liquid", "medicine"),
        ("I always keep a peppermint in my coat pocket.", "peppermint", "sweets"),
        ("My father was a jeweller in Birmingham.", "jeweller", "jewellery"),
        ("My niece video-calls me from Perth on a Sunday.", "video-calls", "video-call"),
        ("Dry my hair properly or I catch a chill.", "catch a chill", "cold"),
        ("I worked as a clerk in the gas board for years.", "clerk", "office"),
        ("The nurse struggles to find a vein, so warm my arm first.", "vein", "blood-test"),
        ("Chicken soup with lokshen on a Friday night.", "lokshen", "noodles"),
        ("The new nurse is ever so smiley.", "smiley", "happy"),
        ("We couldn't visit Mum in the pandemic.", "pandemic", "ill"),
        ("Keep it moist with a bit of sauce so I can swallow my fish.", "moist", "soft-food"),
        ("Put my wellies on the rack by the back door.", "rack", "shoes"),
        ("An ice cream cone with a flake is my treat.", "flake", "chocolate"),
        (
            "My granddaughter graduates from nursing college in June.",
            "graduates",
            "graduation-r169",
        ),
        ("Her graduation photo is on the mantelpiece.", "graduation photo", "graduation-r169"),
    ],
)
def test_r169_new_words_get_their_picture(text, word, wanted):
    shows(text, word, wanted, None)


@pytest.mark.parametrize(
    ("text", "word", "concept", "other_text", "other_word"),
    [
        (
            "The draught under the door goes right through me.",
            "draught",
            "draught-r169",
            "I like a pint of draught bitter at the club.",
            "draught",
        ),
        (
            "I can't abide draughts, so shut the door.",
            "draughts",
            "draught-r169",
            "My grandson beats me at draughts every time.",
            "draughts",
        ),
        (
            "The doctor says six units a week, so a sherry on Sunday.",
            "units",
            "alcohol-units-r169",
            "I take ten units of insulin before my breakfast.",
            "units",
        ),
        (
            "Pie and mash with liquor, and no eels.",
            "liquor",
            "liquor-r169",
            "The liquor licence at the club ran out.",
            "liquor",
        ),
        (
            "Give me small mouthfuls of food and time to swallow.",
            "mouthfuls",
            "eat-mouthful-r169",
            "That word is a bit of a mouthful for me.",
            "mouthful",
        ),
        (
            "Suck a peppermint if my mouth is dry.",
            "peppermint",
            "sweets",
            "I like peppermint tea after my dinner.",
            "peppermint",
        ),
        (
            "The nurse can't always find a vein for my bloods.",
            "vein",
            "blood-test",
            "I have varicose veins in both legs.",
            "veins",
        ),
    ],
)
def test_r169_new_words_keep_to_their_sense(text, word, concept, other_text, other_word):
    shows(text, word, concept, None)
    shows(other_text, other_word, None, concept)


def test_r169_graduated_stockings_are_no_graduation():
    assert concept_on("My grandson graduated last summer.", "graduated") == "graduation-r169"
    assert "graduation-r169" not in {
        c for c, _ in got("I wear graduated compression stockings.").values()
    }


def test_r169_food_that_must_be_soft_is_soft_food():
    assert concept_on("My porridge must be soft, I have no back teeth.", "soft") == "soft-food"
    assert concept_on("I like soft music in the evening.", "soft") is None
    assert concept_on("The pillow is too soft for me.", "soft") is None


def test_r169_a_breather_is_a_rest():
    assert concept_on("I stop for a breather halfway up the stairs.", "breather") == "rest"


# ---- round 170 (its second commit): a professional's visit is the professional ----
# "The chiropodist visits" is about the chiropodist (whose picture the sentence has), not a
# social visit; family and friends who visit keep the visitors' picture.
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        (
            "The district nurse visits me on a Tuesday to dress my leg.",
            "visits me",
            None,
            "visitors",
        ),
        ("The vicar visiting is a comfort to me now.", "visiting", None, "visitors"),
        ("My niece visits me most Saturdays with her little boy.", "visits me", "visitors", None),
    ],
)
def test_r170_a_professionals_visit_is_no_social_visit(text, word, wanted, not_wanted):
    shows(text, word, wanted, not_wanted)


# ---- stop 38's review of rounds 165-170 ----
@pytest.mark.parametrize(
    "text",
    ["I have jugs of flowers all round the house.", "I keep jugs of sweet peas on the sill."],
)
def test_stop38_a_jug_of_flowers_is_the_flowers(text):
    """Round 168 pictures the jug of "a jug of water"; a jug that holds flowers is a vase, and
    the flowers are the picture (a measuring jug would say something else)."""
    assert "measuring-jug" not in {concept for concept, _ in got(text).values()}


def test_stop38_a_pet_named_after_feed_is_no_crossed_feeding():
    """Round 167 pictured feeding a pet named after "feed"; in "don't feed Patch, my dog,
    chocolate" it crossed out the feeding, where only the chocolate is ruled out. Taken back."""
    found = got("Don't feed Patch, my dog, chocolate.")
    assert not any(c.startswith("feed") for c, _ in found.values())


@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("My tablets are in the wee tin box by the kettle.", "wee", None, "bladder"),
        ("I keep my rings in a wee round box on the dresser.", "wee", None, "bladder"),
        ("The wee red purse has my bus pass in it.", "wee", None, "bladder"),
        ("I need a wee in the night, so leave the landing light on.", "wee", "bladder", None),
        ("My wee smells strong, please test it.", "wee", "bladder", None),
    ],
)
def test_stop38_wee_before_a_describing_word_is_small(text, word, wanted, not_wanted):
    """Scots "wee" before a describing word ("the wee tin box", "a wee round box") is small: a
    bladder picture there is the wrong sense, and an undignified one."""
    shows(text, word, wanted, not_wanted)


@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("If I fall, ring my son before anyone else.", "ring", "phone", None),
        ("He frets; ring my daughter if I am poorly.", "ring", "phone", None),
        ("If my legs swell, ring the surgery before ten.", "ring", "phone", None),
        ("The ring my husband gave me is on the dresser.", "ring", None, "phone"),
        ("Please ring the bell twice when you come.", "ring", None, "phone"),
    ],
)
def test_stop38_ring_after_a_comma_is_phoning(text, word, wanted, not_wanted):
    """ "If I fall, ring my son": an order after a comma or a semicolon, which the part of speech
    guess reads as a noun (rounds 165 and 167 both found labellers key it, 10 times in 13); a ring
    one wears, or a bell, is no phone."""
    shows(text, word, wanted, not_wanted)


# ---- round 173: wrong senses (dishes, langar, chiropodist, model railway, anniversary Mass) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("On a Friday my sister serves langar to everyone at the temple.", "langar", "meal", None),
        ("The podiatrist visits on the first Monday.", "podiatrist", "chiropody", None),
        ("My chiropodist is called Jean and she is very gentle.", "chiropodist", "chiropody", None),
        ("My grandson and I built a model railway in the garage.", "model railway", "train", None),
        ("Auntie makes the best goat curry for birthdays.", "goat curry", "curry", None),
        ("Mutton curry on a Saturday, not too hot.", "Mutton curry", "curry", None),
        ("Rabbit stew reminds me of my gran.", "Rabbit stew", "stew", None),
        ("Keep my heart pills in the top drawer.", "heart pills", "tablets-2", None),
    ],
)
def test_r173_a_thing_gets_its_own_picture_not_a_neighbour(text, word, wanted, not_wanted):
    """Langar is the free meal a gurdwara serves (not the Sikh khanda); a chiropodist gets the
    chiropody picture; a model railway is a train set, not scissors for crafts; a curry or a stew
    of goat, mutton or rabbit is the dish, not a cut of meat; heart pills are tablets."""
    shows(text, word, wanted, not_wanted)


def test_r173_a_dish_of_two_things_shows_both():
    """Mince and tatties is the mince and the potatoes: each part its own picture, not the meat
    alone for the whole dish."""
    found = got("Mince and tatties on a cold night is a treat.")
    assert found.get("Mince", (None,))[0] == "meat"
    assert found.get("tatties", (None,))[0] == "potatoes"


def test_r173_an_anniversary_mass_is_a_mass_not_a_funeral_or_a_couple():
    """A Mass said on the anniversary of a death is a church service: no tomb for a funeral, and
    no couple with a heart for "anniversary" (a wedding anniversary keeps it)."""
    found = got("Dad's anniversary Mass is on the ninth of May.")
    assert "funeral" not in {c for c, _ in found.values()}
    assert "partner" not in {c for c, _ in found.values()}
    assert concept_on("Our wedding anniversary is in June.", "wedding anniversary") == "partner"


# ---- round 176: phrases (phrasal verbs, fixed expressions and compounds) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Could you sit me up against the pillows after lunch?", "sit me up", "sit-down", None),
        ("She sits up in bed to eat her porridge.", "sits up", "sit-down", None),
        ("Sit him up slowly if he starts to cough.", "Sit him up", "sit-down", None),
        ("He sat up all night with worry about the bills.", "sat", None, "chair"),
        ("I sit up late when the snooker is on.", "sit up", None, "sit-down"),
    ],
)
def test_r176_sit_up_is_sitting(text, word, wanted, not_wanted):
    """ "sit up", "sit me up": sitting upright (labellers key it as sitting, 9 times in 11),
    which had no picture at all; "sat up all night", "sit up late" stay up, no chair."""
    shows(text, word, wanted, not_wanted)


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("On Thursdays I go to a lunch club at the library.", "lunch club", "meal"),
        ("The lunch clubs in town stopped during the winter.", "lunch clubs", "meal"),
    ],
)
def test_r176_lunch_club_is_the_lunch(text, word, wanted):
    """A lunch club is keyed as the lunch or a meal (11 times in 12), not a group of people."""
    assert concept_on(text, word) == wanted


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Please look at me when you ask me a question.", "look at", "look-r40"),
        ("My granddaughter looks at me when she signs.", "looks at", "look-r40"),
    ],
)
def test_r176_look_at_me_is_looking(text, word, wanted):
    """ "look at me when you speak": a care plan's plea to be looked at (keyed 4 times in 4),
    which had no picture where a person, not a thing, is looked at."""
    assert concept_on(text, word) == wanted


# ---- round 171: reading a book or a holy book keeps its picture ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Each night before bed I read the Bible by the lamp.", "read", "reading", None),
        (
            "My grandson bought me a magnifier so I can read my prayer book.",
            "read",
            "reading",
            None,
        ),
        ("On the ward I liked to read a good novel after tea.", "read", "reading", None),
        ("I read the Koran each morning before breakfast.", "read", "reading", None),
    ],
)
def test_r171_reading_a_book_keeps_the_reading(text, word, wanted, not_wanted):
    """ "I read the Bible every morning": the reading is the habit the plan speaks of, as with
    post and papers (round 162); labellers key it beside the book in 27 of 37 such uses on the
    tuning parts."""
    shows(text, word, wanted, not_wanted)


# ---- round 171: someone who taught the person a skill is no teacher ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("My granddad taught me to fish on the canal.", "taught", None, "teacher"),
        ("I was taught to darn socks at school.", "taught", None, "teacher"),
        ("My niece is teaching me to use the tablet.", "teaching", None, "teacher"),
        ("Auntie Grace teaches us to bake bread.", "teaches", None, "teacher"),
    ],
)
def test_r171_taught_me_is_no_teacher(text, word, wanted, not_wanted):
    """ "My granddad taught me to fish": the skill is the point, and a teacher picture names a
    job the granddad never had (tuning parts: 0 of 12 such uses keyed as a teacher). A teacher's
    own work keeps the picture: "I taught infants for twenty years"."""
    shows(text, word, wanted, not_wanted)
    assert concept_on("I taught infants for twenty years.", "taught") == "teacher"


# ---- round 174: negation scope (none of a described thing, "why don't you", the main clause
# after an "if" clause with no comma, an order that opens with "Stop", a relative clause) ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("None of that tinned soup, it is far too salty.", "tinned soup"),
        ("None of the boiled sweets, please, they pull my fillings.", "boiled sweets"),
    ],
)
def test_r174_none_of_a_described_thing_is_ruled_out(text, word):
    """ "None of that tinned soup": a word that says what the thing is like, before it, is no
    doing ("None of my children live near me" keeps the children)."""
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Why don't you bring the dog when you visit?", "dog"),
        ("Why not take the bus to the market?", "bus"),
        ("Why won't you let me have a bath?", "bath"),
    ],
)
def test_r174_why_not_suggests_rather_than_rules_out(text, word):
    """ "Why don't you bring the dog?" asks for the dog: a question that suggests, so no cross."""
    assert got(text)[word][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If it rains I don't go to the shops.", "shops"),
        ("If I feel sick I don't eat my dinner.", "dinner"),
    ],
)
def test_r174_main_clause_after_an_if_clause_without_a_comma(text, word):
    """ "If it rains I don't go to the shops": the not is in the main clause (its doer "I"
    comes after a clause that is whole), so the shops are ruled out on rainy days; not "If I
    don't eat breakfast I get shaky", where the breakfast is needed."""
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Stop giving me porridge, I have it every day.", "porridge"),
        ("Stop bringing me biscuits, I'm diabetic.", "biscuits"),
    ],
)
def test_r174_an_order_that_opens_with_stop(text, word):
    """ "Stop giving me porridge" opens with its order (no "please" or "I" before it): what it
    stops is ruled out ("Stop at the shop" stays a stopping place)."""
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "kept", "ruled_out"),
    [
        ("I don't drink milk, which upsets my stomach.", "stomach", "milk"),
        ("I won't go to the club where my husband drank.", "husband", "club"),
    ],
)
def test_r174_a_relative_clause_ends_what_the_not_rules_out(text, kept, ruled_out):
    """ "I don't drink milk, which upsets my stomach": the clause after ", which" or "where"
    tells more about the milk or the club; the stomach and the husband are not ruled out."""
    found = got(text)
    assert found[ruled_out][1] is True
    assert found[kept][1] is False


# ---- round 174: "disagrees with me", "isn't my cup of tea"; a person who disagrees ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fried eggs disagree with me, so a boiled one please.", "Fried eggs"),
        ("Garlic disagrees with me.", "Garlic"),
        ("Darts isn't my cup of tea.", "Darts"),
        ("Opera isn't really my thing.", "Opera"),
    ],
)
def test_r174_a_thing_that_disagrees_with_me_is_ruled_out(text, word):
    """ "Garlic disagrees with me" says what "doesn't agree with me" says; "isn't my cup of tea"
    what "not my cup of tea" says."""
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My daughter doesn't agree with me about the care home.", "daughter"),
        ("The doctor doesn't agree with me, but I feel fine.", "doctor"),
    ],
)
def test_r174_a_person_who_disagrees_rules_nothing_out(text, word):
    """ "My daughter doesn't agree with me": a difference of views, not a thing refused."""
    assert got(text)[word][1] is False


# ---- round 174: a refusal put first ("Not for me, the darts"; "No way am I ...") ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Not for me, the darts.", "darts"),
        ("Not my thing, the opera.", "opera"),
        ("No way am I going in the bath.", "bath"),
        ("No way will I wear a pad.", "pad"),
        ("Gravy is a no for me.", "Gravy"),
    ],
)
def test_r174_a_refusal_put_first(text, word):
    """ "Not for me, the darts": the thing is named after the refusal that opens the sentence;
    "No way am I going in the bath": "no way" put first, the helping verb before "I"."""
    assert got(text)[word][1] is True


# ---- round 174: "anything with X in", "..., and nothing with X" ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm not allowed liquorice, or anything with liquorice in.", "liquorice"),
        ("Nothing too salty, and nothing with nuts.", "nuts"),
        ("No pork, and nothing with bacon in it.", "bacon"),
    ],
)
def test_r174_what_a_refused_anything_has_in_it(text, word):
    """ "not allowed X, or anything with X in": the X in it is ruled out too, and a second
    "nothing with" after a comma is read in its turn."""
    assert got(text)[word][1] is True  # the last one named, where it is named twice


# ---- round 174: "dangerous for me", "brings me out in a rash" ----


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peanuts are dangerous for me, even a crumb.", "Peanuts"),
        ("Tomatoes bring me out in a rash.", "Tomatoes"),
    ],
)
def test_r174_a_thing_that_harms_me_is_ruled_out(text, word):
    """ "Peanuts are dangerous for me" says what "bad for me" says; "Tomatoes bring me out in a
    rash": the tomatoes are ruled out, not the rash."""
    assert got(text)[word][1] is True


# ---- round 175: known words whose sense conditions reject them (phone, counting) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("Please remember to call my nephew if the pump alarm goes off.", "call", "phone", None),
        ("She had the sense to call the surgery when I went grey.", "call", "phone", None),
        ("If my lips go blue, call an ambulance straight away.", "call", "phone", None),
        ("Don't argue with me at night; call my niece if I get upset.", "call", "phone", None),
    ],
)
def test_r175_to_call_my_son_is_phoning(text, word, wanted, not_wanted):
    """ "Remember to call my nephew", "call an ambulance" after a comma: phoning. The sense
    asked for a verb, which the part of speech guess misses after a comma, and shut out "to";
    "I used to call my son Bobby" (naming) stays out."""
    shows(text, word, wanted, not_wanted)


@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("If my feet stick in the doorway, count to five and I will go.", "count", "count", None),
        ("Count one, two, three, then help me stand.", "Count", "count", None),
        ("My pension cash goes in a tin, and my son counts it with me.", "counts", "count", None),
    ],
)
def test_r175_count_to_three_is_counting(text, word, wanted, not_wanted):
    """ "Count to five", "Count one, two, three", "my niece counts it with me": counting, which the
    sense left out where the part of speech guess did not read a verb (after "so", at the start
    of a sentence, after "my son"). A blood count, "count me out" and "every penny counts" stay
    out."""
    shows(text, word, wanted, not_wanted)


# ---- round 175 (its first commit, taken into round 176's "sit up"): sit me down ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("If I go grey and clammy, sit me down and stay close.", "sit me down", "sit-down"),
        ("The carer sat her down on the edge of the bed.", "sat her down", "sit-down"),
        ("After my bath, sit me up on the pillows.", "sit me up", "sit-down"),
        ("The nurse sat him up to listen to his chest.", "sat him up", "sit-down"),
    ],
)
def test_r175_sit_me_down_is_sitting(text, word, wanted):
    """ "Sit me down", "sat her down": the person is sat down, which the chair's "sit" leaves out
    (it waits for the place sat on). Round 175 found labellers key it 8 times in 8; round 176's
    "sit me up" had only the up."""
    assert concept_on(text, word) == wanted


# ---- stop 39 (lead, from the blind review): what goes wrong without a thing is no refusal ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I get constipated if I don't eat prunes.", "prunes"),
        ("I feel faint if I don't eat breakfast.", "breakfast"),
        ("Ring my daughter if I don't answer the door.", "answer the door"),
    ],
)
def test_stop39_what_goes_wrong_without_it_is_not_crossed(text, word):
    """An "if I don't" that closes its sentence says what goes wrong without the doing, as one
    that opens it does ("If I don't eat breakfast I get shaky"): the prunes are needed."""
    found = got(text)
    assert word in found and found[word][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wellies by the back door, even if I don't farm now.", "farm"),
        ("I won't have a bath if I don't want one.", "bath"),
    ],
)
def test_stop39_what_is_refused_keeps_its_cross(text, word):
    """ "Even if I don't farm now" is a concession (the farming is over); a wish after "if I
    don't" refuses."""
    found = got(text)
    assert word in found and found[word][1] is True


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("I taught myself to knit after the war.", "taught", None),
        ("My husband taught himself to cook after my stroke.", "taught", None),
        ("I taught infants at the village school.", "taught", "teacher"),
    ],
)
def test_stop39_teaching_oneself_is_no_teacher(text, word, wanted):
    """ "I taught myself to knit" names no teacher, as "my granddad taught me" names none (round
    171, found again by stop 39's blind review); a person who taught a class was one."""
    assert concept_on(text, word) == wanted


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("There is no need to cut up my food.", "food", False),
        ("There is no need to cut up my food.", "cut up", True),
        ("No need to switch off my radio at night.", "radio", False),
    ],
)
def test_stop39_no_need_to_do_it_up_to_mine(text, word, negated):
    """ "No need to cut up my food": the cutting is not needed, the food is wanted, as in "no
    need to cut my toast" (the particle "up" stood between the doing and "my"; found by stop
    39's blind review)."""
    found = got(text)
    assert word in found and found[word][1] is negated


# ---- round 177: kinds the vocabulary does not list, pictured as their category (WordNet) ----


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("A pair of guppies swim in the tank on my sideboard.", "guppies", "fish"),
        ("My late husband bred bloodhounds on the farm.", "bloodhounds", "dog"),
        ("She always wore a camisole under her good frock.", "camisole", "clothes"),
        ("He played the oboe in the town band for years.", "oboe", "musical-instrument"),
        ("I like a bit of marzipan at Christmas.", "marzipan", "sweets"),
        ("The egrets come down to the pond in summer.", "egrets", "birds"),
        ("Dad grew delphiniums along the back fence.", "delphiniums", "flowers"),
    ],
)
def test_r177_a_kind_gets_its_category_picture(text, word, wanted):
    """A kind the vocabulary does not list gets its category's picture, as a careful Easy Read
    writer gives it (data/categories.tsv, made from WordNet by scripts/build_categories.py)."""
    assert concept_on(text, word) == wanted


def test_r177_a_kind_ruled_out_gets_the_cross():
    """The category's picture of a kind the text rules out carries the not cross, as a listed
    word's does."""
    found = got("No marzipan on my cake, please, I can't stand it.")
    assert found["marzipan"] == ("sweets", True)


def test_r177_category_table_is_sound():
    """The table names only concepts the vocabulary has, and only words it does not know: a
    listed word and its rules always come first."""
    from plugins.symbols.vocabulary import CATEGORIES, load

    vocabulary = load()
    rows = [
        line.split("\t")
        for line in CATEGORIES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(rows) > 100
    for word, concept in rows:
        assert concept in vocabulary.concepts, word
        senses = vocabulary.lookup((word,))
        assert all(s.kind for s in senses) or not any(s.kind for s in senses), word


# ---- round 178: reading and singing keep their picture in a busy sentence ----


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        (
            "My son set up the lamp, the magnifier and a big cushion in the conservatory so I"
            " can still read my prayer book after breakfast.",
            "read",
            "reading",
        ),
        (
            "Put my glasses, my tablets, the remote and a cup of tea by the chair so I can read"
            " in the garden.",
            "read",
            "reading",
        ),
        (
            "On a Sunday my grandchildren come with the guitar and a cake, and we sing in the"
            " kitchen with the dog.",
            "sing",
            "singing",
        ),
    ],
)
def test_r178_reading_and_singing_are_no_background(text, word, wanted):
    """Reading and singing are what the person does, the point of a busy sentence as talking is
    (round 178: on the tuning parts 7 such drops were keyed, none was not)."""
    assert concept_on(text, word) == wanted


# ---- round 178: a place word after the name of the one meant ----


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My father worked forty years at Bentinck pit.", "pit", "mine"),
        ("I used to take the grandchildren to the Moorside pool.", "pool", "swimming-r35"),
        ("My doctor is at the Hillcrest surgery on the corner.", "surgery", "doctor"),
        ("My daughter Janet rings me every evening.", "rings", "phone"),
    ],
)
def test_r178_place_word_after_a_name(text, word, wanted):
    """A generic place word ending a place's name is keyed as that place (LABELLING.md, stop
    32), also where it is written small: "down Bentinck pit" is a coal mine, the name works as
    "the" does; a doing after a person's name is left as it was."""
    assert concept_on(text, word) == wanted


# ---- round 178: the one place of its kind in town ----


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Please bring me Communion from the Cathedral on a Sunday.", "Cathedral", "church"),
        ("I sang in the choir at the Minster.", "Minster", "church"),
    ],
)
def test_r178_the_cathedral_is_the_place(text, word, wanted):
    """ "The Cathedral", "the Minster": a place named by its kind, with a capital, is that kind
    of place (keyed 3 of 3 times on the tuning parts), not a name with no picture."""
    assert concept_on(text, word) == wanted


# ---- round 181: crushed tablets, greetings in the person's own language, tenements, bury me ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "negated"),
    [
        ("The nurse crushes my water tablet and stirs it into custard.", "crushes", "crush", False),
        ("Please crush the big pills, they stick in my throat.", "crush", "crush", False),
        (
            "My heart tablets must never be crushed, they are slow release.",
            "crushed",
            "crush",
            True,
        ),
        ("Gran keeps a pill crusher by the kettle.", "pill crusher", "crush", False),
    ],
)
def test_r181_crushed_tablets_are_the_pestle(text, word, wanted, negated):
    """Tablets crushed into food (or never to be crushed) show a pestle and mortar (crushed ice
    stays ice: the word asks for tablets or pills in the sentence)."""
    found = got(text)
    assert word in found and found[word] == (wanted, negated)


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        (
            "I was brought up in Krakow, so a cheery dzień dobry in the morning means a lot.",
            "dzień dobry",
            "hello-r50",
        ),
        (
            "My first language is Gaelic; a madainn mhath at the door makes me smile.",
            "madainn mhath",
            "hello-r50",
        ),
        (
            "We grew up in a tenement near the docks, six of us in two rooms.",
            "tenement",
            "home-rooms",
        ),
        ("When I go, bury me beside my mother in the old chapel yard.", "bury", "cemetery"),
    ],
)
def test_r181_greetings_tenements_and_burial(text, word, wanted):
    """A greeting in the person's own language is a hello; a tenement is a house; "bury me" is
    the grave, as "buried" is."""
    assert concept_on(text, word) == wanted


# ---- round 181: the month of May after 'in', 'since', 'until' ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My granddaughter gets married in May, and I want to be there.", "in May"),
        ("I have not been out to the allotment since May.", "since May"),
        ("The physio comes weekly until May.", "until May"),
    ],
)
def test_r181_may_after_in_is_the_month(text, word):
    """ "in May", "since May", "until May" name the month (the calendar picture), as "in June"
    does; a bare "may" stays a modal word with no picture."""
    assert concept_on(text, word) == "may"
    assert concept_on("I may ring you later.", "may") is None


# ---- round 179: sitting on a seat, a lap or a bank; idioms on new plans ----


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("When I shower I sit on a seat that folds down from the wall.", "sit", None),
        ("Our old tabby sits on my lap after tea.", "sits", None),
        ("I talk to the parrot when he sits in his cage.", "sits", None),
        ("We sat on the bank of the canal with a flask.", "sat", None),
        ("I like to sit in the park near the bowling green.", "sit", None),
        ("I sit on a perching stool to peel the carrots.", "sit", None),
        ("Please don't let me sit in the same chair all morning.", "sit", "chair"),
        ("I sit by the window to read.", "sit", "chair"),
    ],
)
def test_r179_sitting_on_a_bank_or_a_lap_is_no_chair(text, word, wanted):
    """One sits on a seat, a bank or a perching stool, in a park; a pet sits on a lap or in its
    cage: a chair beside "sit" says a different seat. "sit in the chair", "sit by the window"
    keep it."""
    assert concept_on(text, word) == wanted


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Never speak ill of my late husband in my hearing.", "hearing", None),
        ("I can shower alone with my daughter standing by.", "standing", None),
        ("I still beat him at dominoes, God forgive me.", "God", None),
        ("Don't give me crackers that crumble, I choke on the bits.", "crumble", None),
        ("My GP offered happy pills but I said no.", "happy pills", "tablets"),
        ("I stand by the door to wave the children off.", "stand", "standing"),
        ("Apple crumble and custard on a Sunday.", "Apple crumble", "pudding"),
    ],
)
def test_r179_idioms_on_new_plans(text, word, wanted):
    """ "in my hearing" is where one can hear, no ear; a carer "standing by" is at hand, no
    standing picture; "God forgive me" is a way of speaking, no prayer; biscuits "that crumble"
    are no pudding; "happy pills" are tablets, not a happy face."""
    assert concept_on(text, word) == wanted


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Breakfast: tea wi' honey and a boiled egg.", "tea", "tea"),
        ("I take a drop of rum in my tea at night.", "tea", "tea"),
        ("I'm fed up wi' these tablets.", "wi", None),
        ("I have my tea at five, something light.", "tea", "meal"),
    ],
)
def test_r179_tea_with_milk_in_scots_is_a_cup_of_tea(text, word, wanted):
    """ "tea wi' milk" is the drink as "tea with milk" is, and "a drop of rum in my tea" is
    a cup of tea, not a meal; the Scots "wi'" is no Women's Institute."""
    assert concept_on(text, word) == wanted


@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("I was born Deaf and BSL is my first language, so sign slowly.", "first language", None),
        ("My first language is British Sign Language.", "first language", None),
        # a spoken first language keeps its balloon; beside the language it names ("Tamil is
        # my first language") the named language carries it (round 233: one key per idea)
        ("I still count in my first language when I'm tired.", "first language", "languages"),
        ("Tamil is my first language, and my English goes when I'm tired.", "Tamil", "languages-3"),
        ("The lads should mind their language when my grandson visits.", "language", None),
    ],
)
def test_r179_sign_language_first_is_no_speech_balloon(text, word, wanted):
    """Where BSL is the first language, the sign picture on BSL says it, and a speech balloon on
    "first language" says the opposite; "mind your language" is about swearing."""
    assert concept_on(text, word) == wanted


# ---- round 180: letting a pet out, what goes wrong after "or my", "but I do" ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please never let the dog out on his own after dark.", "dog"),
        ("Don't let my rabbit outside when the fox is about.", "rabbit"),
        ("Do not let her out of the hutch if it is raining.", "hutch"),
    ],
)
def test_r180_letting_a_pet_out_keeps_the_pet(text, word):
    """ "Don't let my cat out" rules out the letting out: the pet is kept in and wanted, and
    so is the hutch or cage it is kept in (stop 40's blind review)."""
    found = got(text)
    assert word in found and found[word][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My son won't eat fish, but I do.", "fish"),
        ("My husband doesn't drink coffee but I do.", "coffee"),
    ],
)
def test_r180_but_i_do_is_not_ruled_out(text, word):
    """What someone else does not do, where the person says "but I do", is done by the person:
    no cross (stop 40's blind review); the person's own "I don't ..." still rules it out."""
    found = got(text)
    assert word in found and found[word][1] is False


# ---- round 180: a thing that makes the person ill is ruled out, as "allergic to" is ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("Aspirin makes me really poorly.", "Aspirin", True),
        ("Walnuts give me a rash.", "Walnuts", True),
        ("Strawberries make my lips swell up.", "Strawberries", True),
    ],
)
def test_r180_what_makes_me_ill_is_ruled_out(text, word, negated):
    """A kind of thing the person reacts to ("Penicillin makes me very ill", "Strawberries make
    my lips swell") is ruled out, as "I'm allergic to" rules it out (stop 40's blind review)."""
    found = got(text)
    assert word in found and found[word][1] is negated


# ---- round 180: what carers do to my things is refused, not the carers ----
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I don't want nurses reading my diary.", "nurses", False),
        ("I don't like carers moving my photos about.", "carers", False),
    ],
)
def test_r180_carers_doing_to_mine_keeps_the_carers(text, word, negated):
    """ "I don't want carers touching my money", "I don't like young staff using my first name":
    the doing to the person's own thing is refused; the carers, who are needed, are not (not
    "men carers", whose kind is what is refused)."""
    found = got(text)
    assert word in found and found[word][1] is negated


# ---- round 180: sitting on my bed; "I don't want no ..." ----
def test_r180_sitting_on_my_bed_keeps_the_bed():
    """ "Do not sit on my bed": the sitting is refused, not the person's own bed."""
    found = got("Please don't sit on my bed with your coat on.")
    assert "bed" in found and found["bed"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't want no physio.", "physio"),
        ("We haven't got no car now.", "car"),
    ],
)
def test_r180_a_no_that_says_the_not_again_rules_out(text, word):
    """ "I don't want no counselling", "I haven't got no religion": the "no" says the not again,
    as people speak, and the thing is ruled out (not "I never say no to a scone")."""
    found = got(text)
    assert word in found and found[word][1] is True


# ---- round 180: "nobody ..., not even my sons": the sons are among the nobody ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nobody is to light a cigarette in here, not even my grandson.", "grandson"),
        ("No one can pronounce my name, not even the doctor.", "doctor"),
    ],
)
def test_r180_not_even_a_person_after_nobody_is_not_refused(text, word):
    """ "Nobody to smoke near me, not even my sons": the sons are among the nobody, whose doing
    is refused; they are not a thing refused (not "No visitors, not even my son")."""
    found = got(text)
    assert word in found and found[word][1] is False


# ---- stop 40's blind review: a kind written with a capital may be a name ----
@pytest.mark.parametrize(
    "text",
    [
        "Drake rings me on Sundays.",
        "Tam comes on a Tuesday to do my hair.",
        "Mullet from the church brings my paper.",
    ],
)
def test_stop40_a_kind_with_a_capital_is_no_kind(text):
    """A word of the kinds table (data/categories.tsv) written with a capital, even opening its
    sentence, may be a name the plan does not list ("Drake rings me"): no category picture.
    The vocabulary's own words are read at a sentence's start as before."""
    assert text.split()[0] not in got(text)


def test_stop40_a_kind_in_small_letters_keeps_its_picture():
    assert concept_on("We had a drake and two ducks on the pond.", "drake") == "duck"


# ---- stop 40's blind review: what does not agree with my tablets or my stomach ----
@pytest.mark.parametrize(
    ("text", "crossed", "kept"),
    [
        ("Grapefruit doesn't agree with my tablets.", "Grapefruit", "tablets"),
        ("Onions don't agree with my stomach.", "Onions", "stomach"),
        ("Coffee disagrees with my stomach these days.", "Coffee", "stomach"),
    ],
)
def test_stop40_what_does_not_agree_with_my_insides_is_ruled_out(text, crossed, kept):
    """The thing that "doesn't agree with my stomach" is ruled out, as the one that "doesn't
    agree with me" is; the stomach or the tablets it upsets are not."""
    found = got(text)
    assert found[crossed][1] is True
    assert found[kept][1] is False


# ---- round 182: wrong senses (tablet boxes, idioms, ladybirds, interpreters) ----
@pytest.mark.parametrize(
    ("text", "word", "wanted", "not_wanted"),
    [
        ("My tablet boxes are on the windowsill by the kettle.", "tablet boxes", "dosette", None),
        ("Leave my tablet box where I can reach it.", "tablet box", "dosette", None),
        ("The ladybirds were all over the roses this year.", "ladybirds", "insect-r157", None),
        (
            "Book a BSL interpreter when the social worker visits.",
            "BSL interpreter",
            "sign-language",
            None,
        ),
        ("Since Dad passed, Mum wears white every day.", "wears white", "clothes", None),
    ],
)
def test_r182_the_sense_that_fits(text, word, wanted, not_wanted):
    """A tablet box holds tablets (no computer tablet); a ladybird is a beetle, no butterfly; a
    BSL interpreter signs (no dictionary); wearing white is about clothes."""
    shows(text, word, wanted, not_wanted)


@pytest.mark.parametrize(
    ("text", "word", "not_wanted"),
    [
        ("The new stairlift cost a mint, but it was worth it.", "mint", "sweets"),
        ("My old boss was a lame duck by the end.", "duck", "duck"),
        ("I don't want to be a guinea pig for any new drugs.", "guinea pig", "guinea-pig"),
        ("The service was in the chapel, with all my favourite hymns.", "service", "cremation"),
    ],
)
def test_r182_idioms_and_services_get_no_wrong_picture(text, word, not_wanted):
    """ "cost a mint" is money (no sweet), a lame duck and being a guinea pig for a new drug show
    no animal, and hymns alone do not make a church service a funeral."""
    shows(text, word, None, not_wanted)


# ---- round 183: a family word written with a capital is still the kin ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Every night I light a candle for Mum and Dad.", "Mum", "mother"),
        ("Every night I light a candle for Mum and Dad.", "Dad", "father"),
        ("The little ones all call me Grandpa now.", "Grandpa", "father"),
        # a nan is the grandmother picture since round 320 (an older generation than a mother)
        ("I still miss Nan; she taught me to knit.", "Nan", "grandparents"),
    ],
)
def test_r183_a_capitalised_family_word_is_the_kin(text, word, wanted):
    """ "I pray for Mum and Dad", "they call me Grandad": what a person calls their kin, written
    as a name is, still names the mother or father (not a name with no picture)."""
    shows(text, word, wanted, None)


# ---- round 183: a two-word breed is a dog, even before "called" ----
def test_r183_a_breed_before_called_is_a_dog():
    """ "a Jack Russell called Bobby": the breed is the kind, not a Russell who called Bobby."""
    shows("We used to have a Jack Russell called Patch.", "Jack Russell", "dog-2", None)


# ---- round 183: vocabulary: video on the phone, a box of Celebrations, a shower seat ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My nephew phones me on video from Leeds.", "video", "video-call-r35"),
        (
            "We sit with a box of Celebrations on a Sunday night.",
            "box of Celebrations",
            "chocolate-brand",
        ),
        ("I sit on the shower seat to wash my feet.", "shower seat", "shower-chair"),
    ],
)
def test_r183_vocabulary_gaps(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 183: "my team" a supporter names; a death said as "passed" after a name ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Stoke City are my team and I hate it when they lose.", "team", "sport"),
        ("My man Billy passed eleven years ago.", "passed", "died-r50"),
    ],
)
def test_r183_team_and_passed(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 183: the day beside the night ----
def test_r183_day_and_night_pictures_the_day():
    """ "pads day and night": where the night gets its picture, the day beside it does too."""
    shows("I keep my hearing aids in day and night.", "day", "day-r183", None)


def test_stop40_a_box_of_roses_may_be_flowers():
    """ "a box of roses" from the garden is flowers: only the makers' other boxes are
    chocolates (a name in small letters says nothing of the maker)."""
    assert concept_on("He brought me a box of roses from his garden.", "roses") != "chocolate-brand"


# ---- round 185: the weather a refused doing would be done in ----
@pytest.mark.parametrize(
    ("text", "weather"),
    [
        ("I do not like being out in the rain.", "rain"),
        ("We never walk the dog in the snow or ice.", "snow"),
        ("I won't sit on the bench in the sun.", "sun"),
    ],
)
def test_r185_weather_of_a_refused_doing_is_crossed(text, weather):
    """The weather named after "in" where a doing before it in the same clause is refused is
    the condition ruled out: no bare picture of rain or snow beside "I don't like being out"."""
    assert got(text)[weather][1] is True


# ---- round 185: trips to a place, being pushed in a wheelchair, putting anything somewhere ----
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("No trips to the seaside this year.", "seaside"),
        ("No more trips to the cinema for me.", "cinema"),
    ],
)
def test_r185_the_place_refused_trips_go_to_is_crossed(text, place):
    """ "No trips to the pub": the place the trips would go to is what is ruled out, as it is
    for "no more trips to hospital"."""
    assert got(text)[place][1] is True


def test_r185_the_vehicle_one_refuses_to_be_driven_in_is_crossed():
    """Being moved by someone says how one goes, as "go ... in the minibus" does: the vehicle."""
    assert got("I won't be driven in the minibus any more.")["minibus"][1] is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Please don't put anything in my ears.", "ears"),
        ("My prayer beads must never be put on the floor.", "the floor"),
    ],
)
def test_r185_the_place_nothing_may_be_put_is_crossed(text, place):
    """Where nothing may be put ("don't put anything in my mouth") or a thing must never be put
    ("it must never be put on the floor"), the place is the thing refused."""
    assert got(text)[place][1] is True


# ---- round 185: setting foot somewhere ----
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I haven't set foot in the pub since my wife died.", "pub"),
        ("I've no set foot in the kirk for years.", "kirk"),
    ],
)
def test_r185_the_place_one_will_not_set_foot_in_is_crossed(text, place):
    """Setting foot in a place is going there: "I haven't set foot in the pub since" rules out
    the pub, as "I don't go to the pub" does (Scots "I've no set foot" too)."""
    assert got(text)[place][1] is True


# ---- round 184: a word said again in the sentence is pictured once ----
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I love my garden, and on a fine day the garden is where you'll find me.", "garden"),
        ("Sundays I go to chapel, and after chapel we have a roast.", "church"),
    ],
)
def test_r184_a_word_said_again_is_pictured_once(text, concept):
    """The same word, used the same way with the same picture, said twice in one sentence gets
    one picture, on its first use: one picture for one idea."""
    assert [m.concept.id for m in find_all(text)].count(concept) == 1


# ---- round 184: a language right before a pictured thing gives way to it ----
@pytest.mark.parametrize(
    "text",
    [
        "My grandson reads my English letters to me.",
        "My English writing is poor now, so fill in the forms for me.",
    ],
)
def test_r184_a_language_naming_which_thing_gives_way_to_it(text):
    """ "my English letters": the letters carry the idea; the language says which ones."""
    assert "English" not in got(text)


# ---- lead, stop 41: greetings in other languages, and reading about something somewhere ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please say namaste when you come in.", "namaste"),
        ("My son greets me with vanakkam every morning.", "vanakkam"),
    ],
)
def test_lead41_a_greeting_in_the_persons_language_is_hello(text, word):
    """A hello in Hindi or Tamil is a hello, as "salaam alaikum" already is (not "Sat Sri Akal":
    labellers left it unkeyed where a man introduces himself with it)."""
    assert got(text)[word][0] == "hello-r50"


def test_lead41_having_read_something_somewhere_is_no_reading():
    """ "I read somewhere that ..." passes on what was heard: the reading is not the idea."""
    assert "read" not in got("I read somewhere that prunes are good for you.")


# ---- round 187: "the day" kept track of (a whiteboard, getting muddled) is the day ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Could you put the day on the whiteboard when you arrive?", "the day"),
        ("I muddle the days up since my stroke.", "the days"),
        ("Since the fall I lose track of the days.", "the days"),
    ],
)
def test_r187_the_day_kept_track_of_is_pictured(text, word):
    """Where the sentence is about keeping track of the day (a whiteboard, getting muddled,
    forgetting), "the day" is the day of the week: the day picture."""
    assert concept_on(text, word) == "day-date-r187"


def test_r187_which_day_it_is_is_what_day_it_is():
    """Round 197: "which day it is" is the calendar, as "what day it is" is (one picture)."""
    text = "My husband always knew which day it is, and now I ask you."
    assert concept_on(text, "which day it is") == "calendar-2"


@pytest.mark.parametrize(
    ("kept_track", "not_kept_track"),
    [
        (
            "I forget the day, so my son writes it on the board.",
            "I wear my splint in the day and forget it at night.",
        ),
        (
            "I get the day wrong, so please tell me gently.",
            "Ring the day before you come, I get things wrong.",
        ),
        (
            "Please put the day and the date on the whiteboard.",
            "The big clock shows the day and the date for me.",
        ),
    ],
)
def test_r187_the_day_as_daytime_or_beside_a_clock_is_not_kept_track_of(kept_track, not_kept_track):
    """ "in the day" is the daytime, "the day before" says when, and a clock that shows the day
    already says it: not the day kept track of, where the day on a whiteboard is."""
    assert "day-date-r187" in {concept for concept, _ in got(kept_track).values()}
    assert "day-date-r187" not in {concept for concept, _ in got(not_kept_track).values()}


def test_r187_writing_the_day_keeps_the_writing():
    """ "write the day on the board": the writing is what the person asks for, beside the day."""
    found = got("Please write the day on the kitchen board for me.")
    assert found.get("write", ("",))[0] == "writing"
    assert found.get("the day", ("",))[0] == "day-date-r187"


# ---- round 187: "in the day" set against the night is the day ----
@pytest.mark.parametrize(
    ("against_night", "ruled_out"),
    [
        (
            "My hearing aids go in in the day and in the pot at night.",
            "I don't want the heating on in the day, only at night.",
        ),
        (
            "I can walk with the frame in the day, but at night I need the commode.",
            "I won't nap in the day, or I lie awake at night.",
        ),
    ],
)
def test_r187_in_the_day_against_the_night_is_the_day(against_night, ruled_out):
    """ "in the day" beside the night in its sentence says when, as "day and night" does: the
    day picture; in a sentence that rules a thing out labellers leave it."""
    assert concept_on(against_night, "in the day") == "day-r183"
    assert concept_on(ruled_out, "in the day") is None


# ---- lead, stop 41: "on time", "first thing" and "last thing at night" say when ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My Parkinson's tablets must come on time, or I freeze.", "on time", "clock"),
        ("First thing, before breakfast, I say my prayers.", "First thing", "morning-routine"),
        ("I like a hot milk last thing at night.", "last thing at night", "night"),
    ],
)
def test_lead41_a_time_said_in_words_gets_its_picture(text, word, concept):
    """Labellers writing to today's rules key these as the clock, the morning and the night (9
    fitting pictures for 1 unwanted on the sets labelled by the written rules, 3 to 1 on blind
    sets 5 to 19), as they key "in the morning"."""
    assert got(text)[word][0] == concept


def test_lead41_the_first_or_last_thing_as_a_thing_is_no_time():
    """ "The last thing I want is a fuss" names no time of day."""
    found = got("The last thing I want is a fuss, and the first thing to go is my temper.")
    assert "last thing" not in found and "first thing" not in found


# ---- round 189: foods of many cultures by their kind (noodles, curry, soup, snacks) ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("On a cold night my daughter brings me udon from the market.", "udon", "noodles"),
        ("We always have pancit at a birthday in our family.", "pancit", "noodles"),
        ("I like saag aloo with a chapati for my lunch.", "saag aloo", "curry"),
        ("My son cooks shaak and rice on a Thursday.", "shaak", "curry"),
        ("A bowl of phở warms me up on a grey morning.", "phở", "soup"),
        ("My sister makes dolma for the family at Nowruz.", "dolma", "dumplings-2"),
        ("Please keep a tin of namkeen by my chair.", "namkeen", "crisps"),
        ("Give me fish and taters on a Friday.", "taters", "potatoes"),
        ("A spoon of shito makes my rice taste of home.", "shito", "chilli-2"),
        ("My wife cooked lutefisk every winter.", "lutefisk", "fish"),
    ],
)
def test_r189_a_dish_shows_its_kind(text, word, concept):
    """A dish a family cooks is pictured as its kind: a noodle dish shows noodles, a potato and
    spinach curry the curry, a savoury mix the snacks."""
    shows(text, word, concept, None)


# ---- round 189: faith objects by the names families give them ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Put some Ganga jal in a little cup by my bed.", "Ganga jal", "holy-water-r189"),
        ("At the end I want zamzam water on my lips.", "zamzam water", "holy-water-r189"),
        ("Each morning I put holy ash on my forehead.", "holy ash", "pray"),
        ("I light the kandili each evening before I sleep.", "kandili", "candle"),
        ("From my window I can see the spire and the trees.", "spire", "church"),
    ],
)
def test_r189_faith_objects_get_their_picture(text, word, concept):
    """Holy water, holy ash, the vigil lamp and the church's spire are things the faith life
    of the plan turns on."""
    shows(text, word, concept, None)


# ---- round 189: everyday things the vocabulary did not know ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My whole body aches when the weather turns.", "body", "body-r189"),
        ("Please wash my body gently, my skin tears easily.", "body", "body-r189"),
        ("My dog hurt her paw on the gravel.", "paw", "paw-r189"),
        ("I only wear one earphone so I can hear the door.", "earphone", "headphones"),
        ("I read the small print with a loupe.", "loupe", "magnifier"),
        ("I have a mammogram every three years.", "mammogram", "x-ray"),
        ("I wear my slip-ons in the house.", "slip-ons", "shoes"),
        ("The grandchildren wave sparklers on Bonfire Night.", "sparklers", "sparkler-r189"),
        ("My husband had asbestosis from the shipyard.", "asbestosis", "lungs"),
        ("Keep my bathroom spotless, please.", "spotless", "clean-r189"),
    ],
)
def test_r189_everyday_things_get_their_picture(text, word, concept):
    """Body, paw, earphone, loupe, mammogram, slip-ons, sparklers, a dust disease of the lungs,
    a room kept spotless: each gets the picture of what it is."""
    shows(text, word, concept, None)


@pytest.mark.parametrize(
    "other",
    [
        "The council is the governing body for the park.",
        "Body language tells you a lot about how I feel.",
        "My body temperature is checked every morning.",
    ],
)
def test_r189_a_body_of_people_is_no_body(other):
    """A person's body is pictured; a governing body, body language or the body's temperature
    (the thermometer's) is not."""
    assert concept_on("After I die, my body should go to the medical school.", "body") == (
        "body-r189"
    )
    assert "body-r189" not in {concept for concept, _ in got(other).values()}


# ---- round 189: languages, the priesthood and HIV the vocabulary did not know ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("I speak Hokkien with my son and English with the carers.", "Hokkien", "languages-3"),
        ("I only speak a little Teochew now.", "Teochew", "languages-3"),
        ("I was ordained in Rome in 1965.", "ordained", "ordained-r189"),
        ("I served forty years in the priesthood.", "priesthood", "ordained-r189"),
        ("My brother has been HIV positive for years.", "HIV positive", "hiv-r189"),
        ("I take my HIV tablets with my breakfast.", "HIV", "hiv-r189"),
    ],
)
def test_r189_languages_priesthood_and_hiv(text, word, concept):
    """A language the person speaks, being made a priest, and HIV (the red ribbon) are what
    the sentence is about."""
    shows(text, word, concept, None)


# ---- round 188: "don't leave me alone at night": being on my own, ruled out ----
@pytest.mark.parametrize(
    "text",
    [
        "Please don't leave me alone in the bath.",
        "Do not leave her alone overnight; she wanders.",
        "Never leave him alone with the chip pan.",
    ],
)
def test_r188_not_left_alone_rules_out_being_on_my_own(text):
    """Not to be left alone somewhere or with something: the person on their own, crossed, as
    the reader is to have someone with them (not a bare "on my own" beside a "don't")."""
    assert got(text)["alone"] == ("alone-r188", True)


# ---- round 188: being on my own as a state, not as how a thing is done ----
@pytest.mark.parametrize(
    "text",
    [
        "The nights are long when I am on my own.",
        "Since Frank died I feel I'm better off on my own than in a home.",
        "After the doctor's visit, give me half an hour on my own.",
    ],
)
def test_r188_being_on_my_own_gets_the_person_alone(text):
    """ "When I am on my own", "better off on my own", "an hour on my own" say how the person
    lives or wants to be: the person on their own. "I go to the shop on my own" (how it is done)
    stays bare."""
    assert concept_on(text, "on my own") == "alone-r188"


# ---- round 191: listening keeps its picture beside what is listened to ----
@pytest.mark.parametrize(
    "text",
    [
        "On a Sunday I listen to the hymns on the wireless.",
        "My eyes are too poor for print, so I listen to audiobooks in bed.",
        "Every night I listen to the radio before I go to sleep.",
    ],
)
def test_r191_listening_keeps_its_picture_beside_its_thing(text):
    """ "I listen to the radio": the listening is the pastime (the newer sets key it beside its
    thing every time), as singing keeps its picture beside the song."""
    assert concept_on(text, "listen") == "listen"


# ---- round 191: watching the telly's programmes is pictured ----
@pytest.mark.parametrize(
    "text",
    [
        "In the evening I watch the snooker with a cup of cocoa.",
        # round 414: on a tablet, a laptop or a computer it is watching, the looking picture
        # (the newer sets key it so), and beside the satellite, itself pictured as the
        # television: test_symbols_doings_r414.py (code review 60d item 6)
        "I like to watch Turkish dramas in the evening.",
        "After tea we watch a film together in the lounge.",
    ],
)
def test_r191_watching_a_programme_shows_the_television(text):
    """ "I watch the snooker": the watching is the pastime (the newer sets key it beside its
    programme in most such uses), pictured as watching television."""
    assert concept_on(text, "watch") == "watch-tv"


# ---- round 191: opening jars, tins and the post is pictured ----
@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("My wrists are too weak now, I cannot open jars.", True),
        ("Please open my letters with me on a Friday.", False),
        ("I need someone to open the tins of soup for me.", False),
    ],
)
def test_r191_opening_a_jar_or_the_post_is_pictured(text, negated):
    """ "I cannot open jars": the opening is what the sentence is about (a lost skill, both
    forms are right), so it gets the open picture."""
    assert got(text)["open"] == ("open-things", negated)


# ---- round 190: a thing needed for want of which the person is deaf or blind ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I am quite deaf without my hearing aids, so check the batteries.", "hearing aids"),
        ("I'm blind without my glasses, so leave them by the kettle.", "glasses"),
    ],
)
def test_r190_deaf_without_the_aids_needs_them(text, word):
    """ "deaf without my aids" says the aids are needed: no not mark on them."""
    assert got(text)[word][1] is False


# ---- round 190: sorting the bills is dealing with them, not sorting things ----
@pytest.mark.parametrize(
    "text",
    [
        "My nephew sorts my bills every month.",
        "My grandson sorts my pension forms and the bills.",
    ],
)
def test_r190_sorting_the_bills_is_no_sorting_picture(text):
    assert "sort-things" not in [m.concept.id for m in find_all(text)]


# ---- round 251: someone sorting my post deals with it: the post is pictured, not sorting ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Every Tuesday my niece sorts my post for me.", "post"),
        ("My son sorts the letters that come from the council.", "letters"),
    ],
)
def test_r251_sorting_the_post_shows_the_post_not_sorting(text, word):
    assert "sort-things" not in [m.concept.id for m in find_all(text)]
    assert concept_on(text, word) in ("post", "letter")


# ---- round 190: a retired dog or horse is no briefcase ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bess is a retired sheepdog and she sleeps by my chair.", "retired"),
        ("My old racehorse Dandy retired to the paddock behind the house.", "retired"),
    ],
)
def test_r190_a_retired_animal_gets_no_work_picture(text, word):
    assert concept_on(text, word) not in ("work", "retire")
    # a person: the retire picture (round 219)
    assert concept_on("I drove the buses until I retired.", "retired") == "retire"


# ---- round 190: "a bit mutton" is rhyming slang for deaf ----
def test_r190_a_bit_mutton_is_deaf():
    shows("I'm a bit mutton these days, so speak up for me.", "mutton", "deaf", None)
    shows("I love a bit of mutton in a stew.", "mutton", "lamb", None)


# ---- round 190: navy before a thing to wear is a colour ----
def test_r190_a_navy_scarf_is_a_colour():
    shows("I wear a navy scarf to chapel.", "navy", None, "navy")
    shows("I joined the Navy at seventeen.", "Navy", "navy", None)


# ---- round 190: a blind man is a blind person, not a window blind ----
def test_r190_a_blind_man_is_no_window():
    shows("My neighbour is a blind man and he walks with me.", "blind", "blind", None)
    shows("Please pull the blind down at night.", "blind", "window", None)


# ---- round 190: "X is my weakness" is a fondness ----
def test_r190_my_weakness_is_a_fondness():
    shows("Custard creams are my weakness.", "weakness", None, "weak")


# ---- round 190: "X only" after a refusal names what IS wanted ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No male nurses, a woman only please.", "woman"),
        ("No visitors, family only.", "family"),
        ("I won't have men carers dressing me, a lady only please.", "lady"),
    ],
)
def test_r190_a_thing_named_with_only_after_a_refusal_is_wanted(text, word):
    assert got(text)[word][1] is False


# ---- round 190: ", and my X" after a refused list is a new thing, wanted ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At my funeral, no flowers and no fuss, and my medals on the coffin.", "medals"),
        ("No lilies, and my rosary in my hands.", "rosary"),
    ],
)
def test_r190_and_my_after_a_refused_list_is_wanted(text, word):
    assert got(text)[word][1] is False


# ---- round 190: "I'm not a child" says how to be treated, it shows no child ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm a grown woman, not a baby, so let me choose my own clothes.", "baby"),
        ("Speak to me properly; I'm a grown man, not a child.", "child"),
    ],
)
def test_r190_not_a_child_shows_no_child(text, word):
    assert word not in got(text)


# ---- round 190: "vanilla ice cream" is one ice cream, "a ham tea" a meal ----
def test_r190_vanilla_ice_cream_gets_no_second_cream():
    assert "cream" not in got("For pudding I'd like some vanilla ice cream and a wafer.")


def test_r190_a_ham_tea_is_a_meal():
    shows(
        "After the service there's a ham tea in the chapel schoolroom.", "ham tea", "meal-tea", None
    )


# ---- round 190: learning one's letters is the alphabet, not the post ----
def test_r190_learning_my_letters_is_no_envelope():
    assert "letters" not in got("My granddaughter is learning her letters at nursery.")
    shows("Please open my letters and read them to me.", "letters", "letter", None)


# ---- round 193: everyday words the vocabulary did not know, on pictures already shipped ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Ask the priest to anoint me if I am very poorly.", "anoint", "anointing-r193"),
        ("I hate the noise of the jets going over the garden.", "jets", "aeroplane-r193"),
        ("The nurse changes my sheath every morning.", "sheath", "catheter-r193"),
        ("My arthritic knees stiffen up in the cold.", "arthritic", "arthritis-r193"),
        ("I miss the steering wheel of my old van.", "steering wheel", "car-r193"),
        ("I like to wash my own smalls in the basin.", "smalls", "underwear-r193"),
        ("My son shaves my head with his clippers on a Sunday.", "clippers", "hairdresser-r193"),
        ("The nurse puts the clip on my finger to see my oxygen.", "clip", "oxygen-r193"),
        ("My nose can bleed for an hour with these tablets.", "bleed", "blood-r193"),
    ],
)
def test_r193_everyday_words_get_their_picture(text, word, concept):
    """Anointing, jets, a urinary sheath, arthritic joints, a steering wheel,
    smalls, hair clippers, the oxygen finger clip and bleeding are what the sentence says."""
    shows(text, word, concept, None)


@pytest.mark.parametrize(
    ("wanted", "other", "word", "concept"),
    [
        (
            "The jets from the airbase are loud.",
            "The bath has water jets that help my back.",
            "jets",
            "aeroplane-r193",
        ),
        (
            "I wear a sheath at night.",
            "My grandfather's kirpan sits in its sheath by my bed.",
            "sheath",
            "catheter-r193",
        ),
        (
            "The clip on my finger reads my oxygen.",
            "Keep my hair clip on the side so I can find it.",
            "clip",
            "oxygen-r193",
        ),
        (
            "I cut my hair with clippers.",
            "Keep the nail clippers in the bathroom drawer.",
            "clippers",
            "hairdresser-r193",
        ),
        (
            "My gums bleed a lot.",
            "My son will bleed the radiators before winter.",
            "bleed",
            "blood-r193",
        ),
    ],
)
def test_r193_the_other_senses_keep_off(wanted, other, word, concept):
    """The word gets its picture in its care sense, but bath jets, a kirpan's
    sheath, a hair clip, nail clippers and bleeding the radiators get none of it."""
    assert concept in {c for c, _ in got(wanted).values()}
    assert concept not in {c for c, _ in got(other).values()}


# ---- round 193: a nun's veil and habit ----
def test_r193_a_nuns_veil_and_habit():
    """A religious sister's veil and habit get the sister's picture; a habit of doing something
    and a bride's veil do not."""
    assert concept_on("Sister Bernadette still wears her veil to the convent chapel.", "veil") == (
        "nun-r193"
    )
    assert concept_on(
        "When I die, dress me in my habit as the sisters of my order do.", "habit"
    ) == ("nun-r193")
    assert concept_on("Walking the dog after tea is a habit of mine.", "habit") is None
    assert concept_on("I wore my mother's veil at my wedding.", "veil") is None


# ---- round 192: a thing the person is helpless without is needed; nothing from a tin ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm hopeless without my walking frame, so leave it by the bed.", "walking frame"),
        ("I'm stuck without my scooter since the bus stopped coming.", "scooter"),
        ("My mum is blind without her glasses, so put them on first thing.", "glasses"),
        ("I'm helpless without my reading glasses.", "reading glasses"),
        (
            "I'm stone deaf without my hearing aids, so put them in before you talk to me.",
            "hearing aids",
        ),
        ("She is lost without her handbag.", "handbag"),
        ("Mam is deaf without her hearing aid, so check the battery.", "hearing aid"),
        ("I'm useless without my stick on the stairs.", "stick"),
        ("I'd be stranded without my mobility scooter.", "mobility scooter"),
        ("Grandad is totally blind without his specs.", "specs"),
        ("I'd be stuck without my microwave now.", "microwave"),
        ("I'm helpless without my walking frame in the morning.", "walking frame"),
    ],
)
def test_r192_helpless_without_a_thing_needs_it(text, word):
    """ "I'm deaf without my hearing aids", "useless without my stick", "stuck without my
    scooter": the thing after "without" is what the person needs, as "I'd be lost without my
    cat", so it is shown bare, never crossed."""
    found = got(text)
    assert word in found
    assert not found[word][1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nothing from a jar on my toast, my daughter makes jam.", "jar"),
        ("Nothing from a tin in my soup, please.", "tin"),
        ("I eat fresh food, nothing from a packet.", "packet"),
        ("Nil by mouth from midnight before the scan.", "mouth"),
        ("Nothing by mouth until the nurse has checked my swallow.", "mouth"),
        ("I'm on nil by mouth after the stroke, so no drinks by the bed.", "mouth"),
        ("After the operation it was nothing by mouth for two days.", "mouth"),
        ("Please give me nothing from a bottle, only fresh juice.", "bottle"),
    ],
)
def test_r192_nothing_from_a_tin_or_by_mouth_is_ruled_out(text, word):
    """ "Nothing from a tin", "nothing from a packet" and the ward's "nil by mouth" and
    "nothing by mouth" rule out the tin, the packet and eating by mouth: crossed, never bare."""
    found = got(text)
    assert word in found
    assert found[word][1]


# ---- round 192: who a thing is not told to is not ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't mention it to my son, he only worries.", "son"),
        ("Never say that to my wife, she gets upset.", "wife"),
        ("I'd never confess that to the priest.", "priest"),
        ("I won't repeat it to my sister.", "sister"),
        ("I'd not admit it to my doctor, but my knee is worse.", "doctor"),
    ],
)
def test_r192_who_is_not_told_is_not_crossed(text, word):
    """ "Don't mention it to my son": the telling is what is not done; the son, who is not
    told, is still the person's son, so he is shown bare, never crossed."""
    found = got(text)
    assert word in found
    assert not found[word][1]


# ---- lead, stop 41: from the blind review of the stop's change ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No coffee last thing at night or I'm up all night.", "last thing at night"),
        ("I don't want anything first thing, just a glass of water.", "first thing"),
    ],
)
def test_lead41_a_time_said_in_words_is_never_crossed(text, word):
    """ "first thing" and "last thing at night" say when the refused thing is not wanted, as
    "in the morning" does: a crossed night would say "no night"."""
    assert got(text)[word][1] is False


def test_lead41_letters_to_open_after_i_die_are_no_help_to_open_them():
    """Letters left to be opened later are not a thing the person needs help to open."""
    assert "open" not in got("There are letters in the drawer to open after I die.")
    assert got("Please help me open my letters.")["open"][0] == "open-things"


# ---- round 194: missing a place, a thing or a doing one longs for is sad ----
@pytest.mark.parametrize(
    "text",
    [
        "I still miss the mountains where I grew up.",
        "I miss the allotment since I moved into the flat.",
        "I really miss baking bread on a Saturday.",
    ],
)
def test_r194_missing_what_one_longs_for_is_sad(text):
    assert concept_on(text, "miss") == "sad"


def test_r194_missing_the_bus_is_not_sad_the_mountains_are():
    assert concept_on("I miss the bus if the lift is broken.", "miss") != "sad"
    assert concept_on("I never miss the football on a Saturday.", "miss") != "sad"
    assert concept_on("I still miss the mountains of home.", "miss") == "sad"


# ---- round 197: open after "you", leave me on my own, which day it is, listening to a chest ----
def test_r197_open_after_you():
    shows("Would you open the parcels for me when they come", "open", "open-things", None)


def test_r197_leave_on_my_own_crossed():
    assert got("Please never leave me on my own after my shower")["on my own"] == (
        "alone-r188",
        True,
    )
    assert got("Do not leave him on his own by the fire")["on his own"] == ("alone-r188", True)


def test_r197_which_day_is_what_day():
    assert concept_on("Tell me which day it is when you wake me", "which day it is") == (
        concept_on("Tell me what day it is when you wake me", "what day it is")
    )


def test_r197_listen_to_chest_is_the_check():
    shows("The doctor listened to his lungs on Friday", "listened", "stethoscope", None)
    shows("She listens to my heart every month", "listens", "stethoscope", None)
    shows("I listen to the wireless in bed", "listen", "listen", None)


# ---- round 196: "the last thing I want is X" rules X out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The last thing I want is to go back into hospital.", "hospital"),
        ("The last thing I need is a commode by my bed.", "commode"),
    ],
)
def test_r196_the_last_thing_i_want_rules_out_what_follows(text, word):
    assert got(text)[word][1] is True


def test_r196_the_last_thing_i_need_is_a_refusal_the_last_thing_i_do_is_not():
    assert got("The last thing I need is more tablets.")["tablets"][1] is True
    assert got("The last thing I do at night is a cup of cocoa.")["cup of cocoa"][1] is False


# ---- round 196: "X only" after a refusal names what is wanted, with or without a comma ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No gifts, grandchildren only at my birthday.", "grandchildren"),
        ("No speeches friends only at the wake.", "friends"),
    ],
)
def test_r196_x_only_after_a_refusal_is_wanted(text, word):
    assert got(text)[word][1] is False


# ---- round 196: "I don't want that for my children": the event is refused, not whom for ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My sister was in a home for years and I don't want that for my son.", "son"),
        ("Grandad had a long illness and I don't wish it for my wife.", "wife"),
    ],
)
def test_r196_whom_an_event_would_befall_is_not_ruled_out(text, word):
    assert got(text)[word][1] is False


# ---- round 202: a refused "shut X out (of Y)": the shutting out is refused, X and Y wanted ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't shut the dog out of the kitchen when I eat.", "dog"),
        ("Please don't shut the dog out of the kitchen when I eat.", "kitchen"),
        ("I won't have my cat shut out of the lounge in the evening.", "lounge"),
    ],
)
def test_r202_shutting_out_is_refused_not_the_pet_or_room(text, word):
    assert got(text)[word][1] is False


# ---- round 202: "if/when ... too X to do Y" is a condition: Y is still needed, not ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If my hands shake too much to hold the mug, use the beaker.", "mug"),
        ("When I am too poorly to walk to the mosque, my son takes me.", "mosque"),
    ],
)
def test_r202_too_much_to_in_a_condition_leaves_the_thing(text, word):
    assert got(text)[word][1] is False


def test_r202_too_much_to_said_plainly_still_rules_out():
    assert got("I am too tired to go to church now.")["church"][1] is True


# ---- round 202: idioms: "passed my lips" shows no lips, "a yarn" (a chat) no wool, and words
# that "swim before my eyes" are blurred sight, not swimming ----
def test_r202_passed_my_lips_shows_no_lips():
    assert "lips" not in got("Not one drop of whisky has passed my lips since 1990.")


def test_r202_a_yarn_with_a_neighbour_is_no_knitting():
    found = got("I had a yarn with my neighbour over the fence this morning.")
    assert "knitting" not in {concept for concept, _ in found.values()}
    # stop 43: a yarn is a chat, and a chat has the talking picture (tuning labels key it so)
    assert found["had a yarn"] == ("talk", False)


@pytest.mark.parametrize(
    "text, word",
    [
        ("I love a yarn about the old days with the lads.", "yarn"),
        ("Dad and his pals swapped yarns about the pit.", "yarns"),
    ],
)
def test_stop43_a_yarn_about_things_is_talking_not_wool(text, word):
    assert concept_on(text, word) == "talk"


def test_stop43_a_ball_of_yarn_is_still_knitting():
    assert concept_on("I keep a ball of yarn and my needles by the chair.", "yarn") == "knitting-2"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Our Gary takes me to the match when Rovers play at home.", "home"),
        ("I'm itching to get back out on the allotment.", "itching"),
        ("No nursing home for me while there's breath in my body.", "breath"),
        ("Send me off in a carriage drawn by two grey horses.", "drawn"),
    ],
)
def test_stop43_idioms_show_no_picture_of_their_words(text, word):
    assert concept_on(text, word) is None


def test_stop43_a_glass_hearse_is_the_funeral_not_a_drinking_glass():
    assert got("I'd like a glass hearse, like my mother had.")["glass hearse"] == ("funeral", False)


def test_stop43_real_breathing_itching_and_drawing_keep_their_pictures():
    assert concept_on("I get short of breath on the stairs.", "short of breath") == "breathing"
    assert concept_on("My legs are itching again at night.", "itching") == "rash"
    assert concept_on("My grandson's drawing of the cat is on the fridge.", "drawing")


@pytest.mark.parametrize(
    "text, word",
    [
        ("My sister's birthday is on 21 March, please remind me.", "March"),
        ("The eye clinic moved my appointment to June 4.", "June"),
        ("Bill and I married on 9 August 1958.", "August"),
    ],
)
def test_stop43_a_date_with_the_days_number_shows_its_month(text, word):
    assert concept_on(text, word) == "month"


@pytest.mark.parametrize(
    "text", ["My eyes swim when I get up too fast.", "Some days my eyes go swimmy after lunch."]
)
def test_stop43_eyes_that_swim_are_blurred_sight_not_swimming(text):
    found = got(text)
    assert "swimming" not in {concept for concept, _ in found.values()}
    assert ("blurred", False) in found.values()


def test_r202_words_that_swim_before_my_eyes_are_blurred_sight():
    found = got("The words swim before my eyes when I'm tired.")
    assert "swim" not in found
    assert ("swim before my eyes", ("blurred", False)) in found.items()


# ---- round 202: a pension "paid into the bank" is money coming in: no paying picture ----
@pytest.mark.parametrize(
    "text",
    [
        "My widow's pension is paid into the bank every four weeks.",
        "I have my pension paid at the post office on a Monday.",
    ],
)
def test_r202_pension_paid_into_the_bank_shows_no_paying(text):
    assert "paid" not in got(text)


def test_r202_paying_for_something_keeps_its_picture():
    assert concept_on("I paid the window cleaner on Friday.", "paid") == "pay-r40"


# ---- round 202: "no X off my Y": Y says where X would come from, as "from" does ----
def test_r202_no_scraps_off_my_plate_leaves_the_plate():
    assert got("The cat gets her own bowl, and no scraps off my plate.")["plate"][1] is False


# ---- round 201: "knock on door", as a terse plan says it, is the knock ----
@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Knock on door, then wait for me to call you in.", "Knock on door", "knock"),
        ("The carer is knocking on door after door on her round.", "knocking on door", "knock"),
    ],
)
def test_r201_knock_on_door_without_the(text, word, concept):
    assert concept_on(text, word) == concept


# ---- round 201: the day or time of a service is its own key: "Sunday" is the day ----
def test_r201_sunday_service_keeps_the_day_and_the_church():
    text = "My daughter takes me to the Sunday service in her car."
    assert concept_on(text, "Sunday") == "sunday"
    assert concept_on(text, "service") == "church"


# ---- round 201: "photographs" is the photos picture, as "photo" and "photograph" are ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please dust the photographs on the sideboard gently.", "photographs"),
        ("My grandson scanned the old photographs for me.", "old photographs"),
    ],
)
def test_r201_photographs_are_the_photos_picture(text, word):
    assert concept_on(text, word) == "photos"


# ---- round 201: "the days of the week" is the day picture the plain "the days" gets ----
def test_r201_days_of_the_week_is_the_day_picture():
    text = "My pill organiser has the days of the week printed on the lids."
    assert concept_on(text, "days of the week") == "day-date-r187"


# ---- round 201: "mashed potato" is the mash picture "mash" gets ----
def test_r201_mashed_potato_is_the_mash_picture():
    assert concept_on("Mashed potato with a knob of butter, please.", "Mashed potato") == "mash"


# ---- round 201: "my mat" where the sentence prays is the prayer mat, not a rug ----
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("After wudu I unroll my mat and face the qibla.", "pray"),
        ("Please keep my mat rolled up by the bed for my namaz.", "pray"),
    ],
)
def test_r201_a_mat_for_prayer_is_the_prayer_mat(text, concept):
    assert concept_on(text, "mat") == concept


# ---- round 198: new words for pictures already shipped: ajar, backyard, a proper soak ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Please leave my bedroom door ajar so I can hear the landing.", "ajar", "open-door"),
        ("At bedtime the door stays ajar and the hall light on.", "ajar", "open-door"),
        ("My tomatoes grow in pots in the backyard.", "backyard", "garden"),
        ("On a Saturday I like a long soak with bubbles.", "soak", "bath"),
        ("I have a proper soak once a week with the hoist.", "soak", "bath"),
    ],
)
def test_r198_new_words_get_the_picture_already_shipped(text, word, wanted):
    assert (concept_on(text, word) or "").split("-r")[0] == wanted


def test_r198_soak_is_a_bath_only_as_a_long_soak_and_ajar_only_by_a_door():
    assert (concept_on("Friday is my night for a nice soak before bed.", "soak") or "").startswith(
        "bath"
    )
    assert concept_on("Soak my top plate overnight in the pot.", "Soak") != "bath-r198"
    assert concept_on("Sunday is a long soak in the bath.", "soak") != "bath-r198"
    assert concept_on("My dentures go in the pot to soak at night.", "soak") != "bath-r198"
    assert concept_on("Keep the back door ajar for the cat.", "ajar") == "open-door-r198"
    assert concept_on("The lid sits ajar on the biscuit tin.", "ajar") is None


# ---- round 198: home and family words said in the plan's own tongue, and the house's passage ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("My great-grandwean draws me pictures of the dog.", "great-grandwean", "grandchildren"),
        ("The chavvies come round on a Sunday with cake.", "chavvies", "children"),
        ("My faither kept pigeons on the allotment.", "faither", "father"),
        ("Put the night-light on in the passage for me.", "passage", "hall"),
    ],
)
def test_r198_own_tongue_family_words_and_the_lit_passage(text, word, wanted):
    assert (concept_on(text, word) or "").split("-r")[0] == wanted


def test_r198_a_passage_read_aloud_is_no_hall():
    assert concept_on("Put the light on in the passage, love.", "passage") == "hall-r198"
    assert concept_on("Read me a passage of the Bible when the light is low.", "passage") is None


# ---- round 200: writing a thing and watching things go by keep their picture beside it ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Each Sunday I write my birthday cards at the dining table.", "write", "writing"),
        ("Please write my hospital dates in the diary on the sideboard.", "write", "writing"),
        ("From the porch I watch the squirrels in the oak tree.", "watch", "watch-r40"),
        ("After lunch I sit by the glass door and watch the swans.", "watch", "watch-r40"),
    ],
)
def test_r200_writing_and_watching_beside_their_thing(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 200: which day of the month: "the first Wednesday of the month" keeps the month ----
@pytest.mark.parametrize(
    "text",
    [
        "The chiropodist calls on the second Wednesday of the month.",
        "My pension goes in on the last day of the month, and I pay the rent then.",
    ],
)
def test_r200_day_of_the_month_keeps_its_calendar(text):
    shows(text, "month", "week", None)


# ---- round 200: sitting and writing are kept in a busy sentence, as reading and singing are ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        (
            "My hips ache after the bus, so at the gurdwara I sit on a bench by the door "
            "with my stick and my shawl.",
            "sit",
            "chair",
        ),
        (
            "I muddle my tablets, so each night I write the pills and the times in a notebook "
            "by the kettle in the kitchen.",
            "write",
            "writing",
        ),
    ],
)
def test_r200_sitting_and_writing_kept_in_a_busy_sentence(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 200: a clock time is kept in a busy sentence, as a part of the day is ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        (
            "The district nurse changes the dressing on my leg ulcer at eleven, "
            "then my son brings the shopping and the paper.",
            "eleven",
            "clock-11",
        ),
        (
            "My granddaughter phones from Leeds at seven, so keep the telephone "
            "by my chair near the radio.",
            "seven",
            "clock-7",
        ),
    ],
)
def test_r200_clock_time_kept_in_a_busy_sentence(text, word, wanted):
    shows(text, word, wanted, None)


# ---- round 203: what a refused thing has in it, said as the reason, is ruled out too ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I won't touch the coleslaw, there's raw onion in it.", "onion"),
        ("Please don't buy me those biscuits, they've got peanuts in them.", "peanuts"),
        ("I can't have the trifle, it has sherry in it.", "sherry"),
    ],
)
def test_r203_what_a_refused_thing_has_in_it_is_ruled_out(text, word):
    assert got(text)[word][1] is True


# ---- round 204: a "Requiem Mass" is the Mass picture a "funeral Mass" already gets ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Father Dominic will say a Requiem Mass for my brother next month.", "Requiem Mass"),
        ("I would like a requiem mass at St Anne's when my time comes.", "requiem mass"),
    ],
)
def test_r204_requiem_mass_is_the_mass_picture(text, word):
    assert concept_on(text, word) == "mass-2"


# ---- round 204: someone who "drives me" gives me a lift: the car, not the person driving ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My neighbour drives me to the market on a Saturday.", "drives"),
        ("Our Tom drove us to the seaside last summer.", "drove"),
        ("I only go to the club when my niece can drive me.", "drive"),
    ],
)
def test_r204_drives_me_is_the_car(text, word):
    assert concept_on(text, word) == "car-lift"


# ---- round 204: "jelly sweets" and "gelatine sweets" are sweets, not a jelly or gelatine ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jelly sweets stick to my teeth, so I leave them.", "Jelly sweets"),
        ("My grandson brings me gelatine sweets I cannot eat.", "gelatine sweets"),
    ],
)
def test_r204_jelly_and_gelatine_sweets_are_sweets(text, word):
    assert concept_on(text, word) == "sweets"


# ---- round 204: someone who "signs" for me beside an interpreter is signing, not a placard ----
def test_r204_signs_beside_an_interpreter_is_signing():
    text = "My nephew signs for me when the interpreter does not turn up."
    assert concept_on(text, "signs") == "deaf"


# ---- round 204: an eye or foot "poor from the sugar" is the illness, not the sugar bowl ----
@pytest.mark.parametrize(
    "text",
    [
        "My feet are numb with the sugar, so I wear soft slippers.",
        "My eyesight went poor from the sugar years ago.",
    ],
)
def test_r204_a_body_part_harmed_by_the_sugar_is_diabetes(text):
    assert concept_on(text, "sugar") == "diabetes-2"


# ---- stop 42 review: a door not to be left ajar shows no bare open door, and a long soak shows
# the bath once where the sentence names the bath ----
@pytest.mark.parametrize(
    "text",
    [
        "Please never leave my bedroom door ajar, the cat gets out.",
        "Don't leave the kitchen door ajar when the oven is on.",
    ],
)
def test_stop42_a_door_not_to_be_left_ajar_shows_no_bare_open_door(text):
    assert "ajar" not in got(text)


def test_stop42_a_door_left_ajar_still_shows_the_open_door():
    assert concept_on("Leave my bedroom door ajar so I can hear the landing.", "ajar") == (
        "open-door-r198"
    )


def test_stop42_a_long_soak_shows_the_bath_once_where_the_bath_is_named():
    found = got("I enjoy a long soak, then my son helps me out of the bath.")
    assert "soak" not in found and found["bath"][0] == "bath"
    assert concept_on("A hot soak on a Friday night sets me up.", "soak") == "bath-r198"


# ---- stop 42 review: the thing that "never passed my lips" is refused, though the never comes
# after it ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Beer has never passed my lips, I was brought up chapel.", "Beer"),
        ("I like fish, but pork never touches my plate.", "pork"),
    ],
)
def test_stop42_what_never_passed_my_lips_is_ruled_out(text, word):
    assert got(text)[word][1] is True


def test_stop42_someone_who_never_touched_my_plate_is_not_crossed():
    found = got("My grandson has never touched my plate, he brings his own.")
    assert not found.get("grandson", ("", False))[1]


# ---- round 206: feeding a pet or the birds shows that, never a person being spoon-fed ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Every morning I feed Toffee and wash out her bowl.", "feed", "feed-pet-r206"),
        ("My nephew feeds Bonzo and takes him for a walk.", "feeds", "feed-dog-r206"),
        ("Cat: Whisky. Please feed him at eight, one pouch.", "feed", "feed-pet-r206"),
        ("On Sundays we feed the swans by the weir.", "feed", "feed-birds-r206"),
        ("I still feed my goldfish, a pinch of flakes at breakfast.", "feed", "feed-fish-r206"),
    ],
)
def test_r206_feeding_an_animal_shows_the_animal_being_fed(text, word, wanted):
    shows(text, word, wanted, None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # nothing says it is an animal: no picture rather than a wrong one
        ("I feed Bill his porridge when his hands are bad.", "feed"),
        # the sentence rules the feeding out: no picture saying the opposite
        ("Please never feed the ducks white bread.", "feed"),
        ("I worry the cat hasn't been fed, even when she has, so check her bowl.", "fed"),
    ],
)
def test_r206_no_feeding_picture_where_no_animal_or_it_is_ruled_out(text, word):
    # the same feeding, said plainly of an animal, is pictured
    assert concept_on("I feed Bramble and fill her water bowl.", "feed") == "feed-pet-r206"
    assert concept_on(text, word) is None


# ---- round 206: breaking the fast shows eating, not food crossed out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At sunset we break the fast with a glass of milk and a date.", "break the fast"),
        ("My son comes round for iftar and we open our fast together.", "open our fast"),
    ],
)
def test_r206_breaking_the_fast_shows_eating_not_food_crossed_out(text, word):
    assert concept_on(text, word) == "break-fast-r206"
    # fasting itself keeps its picture
    assert concept_on("I fast in Ramadan if my doctor says I can.", "fast") == "fasting"


# ---- round 209: "when I die" speaks of the death itself (the grave picture); round 334: so does
# "I want to die at home" (the newest plans key it as the death, no older set keys the hospice) ----
@pytest.mark.parametrize(
    "text",
    [
        "When I die, please play my Elvis records at the crematorium.",
        "After I die my son will have the clock.",
        "Once we die the house goes to Margaret.",
    ],
)
def test_r209_when_i_die_shows_the_death(text):
    shows(text, "die", "died", None)
    shows("I would like to die in my own bed with the cat beside me.", "die", "died", None)
    shows("I will keep my own teeth till I die.", "die", "died", None)


# ---- round 210: a medicine the person cannot swallow is still taken, not ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I can't swallow tablets, please crush them into my yoghurt.", "tablets"),
        ("If I cannot swallow my big pills, ask the chemist for a liquid.", "pills"),
        ("I am unable to swallow tablets now, so the nurse brings syrup.", "tablets"),
    ],
)
def test_r210_a_medicine_not_swallowed_is_not_crossed(text, word):
    assert got(text)[word][1] is False


# ---- round 210: a clause of its own after a comma, with a past doing, is not carried on ----
@pytest.mark.parametrize(
    ("text", "refused", "kept"),
    [
        ("I no longer feed the ducks, the neighbours complained.", "ducks", "neighbours"),
        ("I don't go to the bingo now, the bus stopped running.", "bingo", "bus"),
    ],
)
def test_r210_a_clause_with_its_own_past_doing_is_not_ruled_out(text, refused, kept):
    found = got(text)
    assert found[refused][1] is True
    assert found[kept][1] is False


# ---- round 210: a food that upsets the stomach is ruled out, with no not word ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The mango upsets my stomach.", "mango"),
        ("Fried onions give me heartburn every time.", "onions"),
    ],
)
def test_r210_a_food_that_upsets_the_stomach_is_ruled_out(text, word):
    assert got(text)[word][1] is True


# ---- round 208: laxatives by their names on the box, and the Ismaili jamatkhana ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Give me my Movicol after supper if I have not been.", "Movicol"),
        ("The Laxido goes in a glass of squash at teatime.", "Laxido"),
    ],
)
def test_r208_a_laxative_named_with_a_capital_is_a_medicine(text, word):
    assert concept_on(text, word) == "medicine-r208"


def test_r208_the_jamatkhana_shows_the_mosque():
    assert concept_on("My nephew drives me to the jamatkhana on Friday.", "jamatkhana") == (
        "mosque-r208"
    )


# ---- round 208: the docks named by their town, and "the shingles" ----
def test_r208_the_docks_of_a_town_show_the_boat():
    text = "Dad unloaded the trawlers at Hull docks every winter."
    assert concept_on(text, "docks") == "boat-r208"
    assert concept_on("I pull up docks and nettles by the fish pond.", "docks") is None


def test_r208_the_shingles_is_the_rash():
    assert concept_on("I had the shingles last spring and it still stings.", "shingles") == (
        "rash-r208"
    )
    assert concept_on("The shingles on the roof blew off in the gale.", "shingles") is None


# ---- stop 43 blind review: a caged bird or the hens are fed bird seed, not a cat's bowl, and
# feeding a person their biscuits is no pet's feeding ----
@pytest.mark.parametrize(
    "text",
    [
        "Please help me feed Pepper, my budgie, and change her water.",
        "I feed the hens before breakfast and collect the eggs.",
    ],
)
def test_stop43_a_pet_bird_is_fed_bird_seed(text):
    assert ("feed", ("feed-pet-bird", False)) in got(text, names=("Pepper",)).items()


def test_stop43_feeding_a_person_their_biscuits_is_no_pets_feeding():
    found = got("I feed Bill his biscuits at night.", names=("Bill",))
    assert not {concept for concept, _ in found.values()} & {"feed-pet-r206", "feed-dog-r206"}


def test_stop43_the_cat_is_still_fed_from_its_bowl():
    found = got("I feed Biscuit and clean her bowl.", names=("Biscuit",))
    assert found["feed"] == ("feed-pet-r206", False)


# ---- round 214: a clock time said in words before "or" (not "six or seven") ----
def test_r214_a_time_before_or_keeps_its_clock_face():
    assert concept_on("No cheese after eight or I get bad dreams.", "eight") == "clock-8"
    assert concept_on("I stop the fizzy pop after five, or my bladder is bad.", "five") == (
        "clock-5"
    )
    assert concept_on("My niece comes at five or six most days.", "five") is None


# ---- round 214: "X rings from / every / twice" is the phone, whoever X is ----
def test_r214_someone_named_rings_every_week_is_the_phone():
    assert concept_on("Our Kevin rings from Spain most weekends.", "rings") == "phone"
    assert concept_on("The chiropodist rings twice before she comes.", "rings") == "phone"
    assert concept_on("If the dentist's office rings back, take a message.", "rings") == "phone"
    assert concept_on("Aunt Flo wears her rings every day.", "rings") != "phone"


# ---- round 214: "at the end" among end-of-life wishes is the end of life (round 387: the death,
# as the labels key it) ----
def test_r214_at_the_end_beside_last_wishes_is_the_end_of_life():
    text = "I want the vicar with me at the end, and no machines."
    assert concept_on(text, "end") == "died"
    text = "When it gets to the end, scatter my ashes on the hill."
    assert concept_on(text, "end") == "died"
    assert concept_on("I sit at the end of the pew near the vicar.", "end") is None


# ---- round 212: "I don't want the bank ringing me": the doing is ruled out too ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't want the surgery ringing me on a Sunday.", "ringing"),
        ("I don't like a nurse of an evening rushing me out of bed.", "rushing"),
    ],
)
def test_r212_someone_doing_a_thing_to_me_rules_out_the_doing(text, word):
    assert got(text)[word][1] is True


# ---- round 212: "no pad thai with seafood in it": what the dish has in it is ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("No sweet and sour with pineapple in it.", "pineapple"),
        ("I won't eat a Chinese with chicken in it.", "chicken"),
    ],
)
def test_r212_what_a_refused_dish_has_in_it_is_ruled_out(text, word):
    assert got(text)[word][1] is True


# ---- round 212: "I won't take my tablets if they are crushed in jam": the jam, not the tablets --
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("I won't take my pills if they are mixed with yoghurt.", "pills", False),
        ("I won't take my pills if they are mixed with yoghurt.", "yoghurt", True),
        ("I won't have my tea if it is made with powdered milk.", "tea", False),
        ("I won't have my tea if it is made with powdered milk.", "milk", True),
    ],
)
def test_r212_a_thing_refused_if_served_with_another_rules_out_the_other(text, word, negated):
    assert got(text)[word][1] is negated


# ---- stop 43 blind review: the nurse who dresses a leg dresses a wound, not the person ----
@pytest.mark.parametrize(
    "text",
    [
        "The practice nurse comes on Thursdays to dress my leg.",
        "Sharon will dress the sore on my heel after my bath.",
    ],
)
def test_stop43_dressing_a_leg_or_a_sore_is_wound_care(text):
    assert concept_on(text, "dress") == "wound-care-r61"


def test_stop43_dressing_my_bottom_half_is_still_getting_dressed():
    assert concept_on("Please help me dress my bottom half first.", "dress") == "dressing"


# ---- round 220: "must not cross my legs or sit on a low chair": the second doing is ruled out --
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I must not drink coffee or sit on a low sofa.", "sofa"),
        ("I must not cross my legs or lift the shopping.", "shopping"),
        ("I must not cross my legs or bend too far.", "bend"),
    ],
)
def test_r220_a_second_doing_after_or_is_ruled_out_with_its_thing(text, word):
    assert got(text)[word][1] is True


# ---- round 220: "with no sugar, and sweeteners instead of honey": what is had instead is wanted --
@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("A coffee with no milk, and cream instead of sugar.", "cream", False),
        ("A coffee with no milk, and cream instead of sugar.", "sugar", True),
        ("Toast with no butter, and jam rather than marmalade.", "jam", False),
    ],
)
def test_r220_what_is_had_instead_after_a_comma_is_wanted(text, word, negated):
    assert got(text)[word][1] is negated


# ---- round 220: "not even in hospital": where the refusal still holds, not a thing ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Never take my wedding ring off, not even in hospital.", "hospital"),
        ("I don't want my glasses taken off, not even in bed.", "bed"),
    ],
)
def test_r220_a_place_after_not_even_in_is_not_ruled_out(text, word):
    assert got(text)[word][1] is False


# ---- round 220: "no one to visit only my niece": "only my" says "except", the one named wanted --
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There's no one to ring only my nephew in Leeds.", "nephew"),
        ("I have no family only my sister in Cork.", "sister"),
    ],
)
def test_r220_only_mine_after_a_no_is_the_exception(text, word):
    assert got(text)[word][1] is False


# ---- round 221: states in plain words (outside, slow and slowly) ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I take my crutches when I go to the shops, and my rollator outside.", "outside"),
        ("Outside I hold my grandson's arm on the kerb.", "Outside"),
        ("The path outside gets icy, so I keep salt by the door.", "outside"),
    ],
)
def test_r221_outside_on_its_own_is_outdoors(text, word):
    assert concept_on(text, word) == "outside-r221"


@pytest.mark.parametrize(
    ("passing", "word"),
    [
        ("My nephew parks outside the chemist when he fetches me.", "outside"),
        ("Outside of the pain in my hip I sleep well.", "Outside"),
        ("The outside world feels far away since Frank died.", "outside"),
    ],
)
def test_r221_outside_a_place_or_in_passing_is_no_outdoors(passing, word):
    # the same word said on its own is outdoors; before a place or in passing it is not
    assert concept_on("I wear my big coat outside.", "outside") == "outside-r221"
    assert concept_on(passing, word) != "outside-r221"


# ---- round 216: times, counts and periods said in words ----
@pytest.mark.parametrize(
    "text, word",
    [
        ("After my water tablet I rest on the sofa for half an hour.", "half an hour"),
        ("The bus takes half-an-hour to get to town, so I go early.", "half-an-hour"),
    ],
)
def test_r216_half_an_hour_is_a_length_of_time(text, word):
    assert concept_on(text, word) == "clock"


def test_r216_a_no_never_crosses_out_a_length_of_time():
    found = got("Don't give me anything to drink for half an hour after the eye drops.")
    assert found["drink"] == ("drink", True)
    assert found["half an hour"] == ("clock", False)


@pytest.mark.parametrize(
    "text",
    [
        "Ring the nurse if my bowels haven't moved for four days.",
        "The carers change my dressing every three days.",
    ],
)
def test_r216_a_count_of_days_is_a_calendar_period(text):
    assert got(text)["days"] == ("days-counted-r216", False)


# ---- round 218: a hotel (a place to work or stay) gets a picture; a hotel's name does not ----
@pytest.mark.parametrize(
    "text",
    [
        "My sister worked as a receptionist in a hotel by the harbour.",
        "My brother carried bags as a porter at a hotel in Blackpool.",
    ],
)
def test_r218_a_hotel_shows_the_hotel(text):
    assert concept_on(text, "hotel") == "hotel"


def test_r218_a_hotel_shows_but_a_hotels_own_name_stays_a_name():
    assert concept_on("Mum made the beds at a hotel in town for twenty years.", "hotel") == "hotel"
    assert concept_on("We had our wedding do at the Station Hotel.", "Hotel") is None


# ---- round 218: the angina (GTN) spray is a medicine ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Keep my angina spray on the bedside table.", "angina spray"),
        ("I carry my heart spray in my coat pocket.", "heart spray"),
    ],
)
def test_r218_the_angina_spray_is_a_medicine(text, word):
    assert concept_on(text, word) == "medicine-r218"


# ---- round 218: a stall on the market or at the fete is a small shop; a car that stalls is not ---
def test_r218_a_market_stall_shows_the_shop():
    assert concept_on("My dad kept a fish stall outside the station.", "stall") == "stall"
    assert concept_on("I helped on the cake stall at the church fete.", "stall") == "stall"


def test_r218_a_stall_is_a_shop_but_a_stalled_engine_is_not():
    assert concept_on("Nan ran the tombola stall every summer.", "stall") == "stall"
    shows("The old van would stall on the hill every winter.", "stall", None, "stall")


# ---- round 218: a cap named by its kind is a man's cap; a tooth's or a bottle's cap is not -------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grandad never left the house without his tweed cap.", "tweed cap"),
        ("Put my school cap from 1950 in the memory box.", "school cap"),
    ],
)
def test_r218_a_cap_named_by_its_kind_is_a_cap(text, word):
    assert concept_on(text, word) == "cap"


def test_r218_a_sunday_cap_is_a_cap_but_a_tooth_cap_is_not():
    assert concept_on("Keep Bert's best Sunday cap on the hook.", "Sunday cap") == "cap"
    shows("The old cap on my tooth is loose again.", "cap", None, "cap")


# ---- round 218: videos watched on a phone or tablet show the video picture ----------------------
def test_r218_videos_on_a_phone_show_the_video():
    text = "My niece sends me videos of the garden on the tablet."
    assert concept_on(text, "videos") == "videos-r218"


# ---- round 217: death said gently (went in a year, been gone, when I'm gone, when I go) ----


def test_r217_went_in_a_year_is_a_death_not_a_knee_or_a_journey():
    assert concept_on("My brother Alfie went in 2003, and I keep his medals.", "went in") == (
        "died-r217"
    )
    assert concept_on("My knee went in 2018 and I had it replaced.", "went in") is None
    assert concept_on("I went in 1957 to work on the buses.", "went in") is None


def test_r217_been_gone_and_when_im_gone_are_a_death():
    # r427: "Frank's been" says "Frank has been", read by died-r228's "has been gone" (the same
    # picture)
    assert concept_on("My Frank's been gone ten years this June.", "been gone") in (
        "died-r217",
        "died-r228",
    )
    shows("The brooch is for my granddaughter when I'm gone.", "when I'm gone", "died-r217", None)
    assert "died-r217" not in {c for c, _ in got("Feed the cat when I'm gone out.").values()}


def test_r217_when_i_go_beside_the_grave_is_a_death_not_bedtime():
    shows("When I go, put me in the grave with my mother.", "When I go", "died-r217", None)
    assert "died-r217" not in {c for c, _ in got("When I go to bed, I take my teeth out.").values()}


def test_r217_when_my_time_comes_keeps_the_end_of_life_picture():
    # the sets split between the end of life and the death here; stop 44's gate kept the hospice
    shows(
        "When my time comes, I want the pipes played.",
        "When my time comes",
        "end-of-life-r38",
        None,
    )


# ---- round 217: dialect and rhyming slang pictured by what they mean ----


def test_r217_the_apples_and_pears_are_the_stairs_not_fruit():
    found = got("Watch the apples and pears, duck, they're steep.")
    assert found.get("apples and pears", ("",))[0] == "stairs-r217"
    assert "apples" not in found and "pears" not in found
    assert "apples and pears" not in got("I like the apples and pears from the greengrocer.")


def test_r217_mutt_and_jeff_and_my_barnet_with_capitals():
    shows(
        "My brother is Mutt and Jeff, so write it down for him.", "Mutt and Jeff", "deaf-r217", None
    )
    shows("Brush my Barnet gently, it's thinning on top.", "Barnet", "hair-r217", None)


def test_r217_a_pearly_kings_whistle_is_his_suit_not_a_dogs_whistle():
    shows(
        "He wore his whistle with the pearly buttons to the wedding.", "whistle", "suit-r217", None
    )
    assert concept_on("My dog comes to my whistle.", "whistle") != "suit-r217"


def test_r217_ow_bist_is_hello():
    shows("Ow bist, our kid? Come in and sit down.", "Ow bist", "hello-r217", None)


# ---- round 217: "Nora passed last March": passed before when or how is a death ----


def test_r217_a_named_person_passed_last_year_or_peacefully_is_a_death():
    shows("Alf passed last spring, and I keep his cap on the peg.", "passed", "died-r217", None)
    shows("Dot passed peacefully in the hospice.", "passed", "died-r217", None)
    assert concept_on("I passed last in the egg and spoon race.", "passed") is None
    assert concept_on("The bus passed last of all.", "passed") is None


# ---- round 219: a person who retired shows Mulberry's retire, not the work briefcase ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My brother drove a taxi for thirty years until he retired.", "retired"),
        ("Since my retirement I have grown tomatoes.", "retirement"),
    ],
)
def test_r219_retiring_is_the_retire_picture(text, word):
    assert concept_on(text, word) == "retire"


# ---- round 219: a nursing home, or living in "a home", is a care home ----
@pytest.mark.parametrize(
    "text",
    [
        "My aunt Dora is in a nursing home near the coast.",
        "My brother lives in a home now, since his stroke.",
        "I'm not going into any home, I'll stay put.",
    ],
)
def test_r219_a_nursing_home_is_a_care_home(text):
    found = {concept for concept, _ in got(text).values()}
    assert "care-home" in found
    assert "home" not in found


# ---- round 219: a pension book is the pension (money), not the post office ----
def test_r219_a_pension_book_is_money():
    assert concept_on("My nephew collects my pension book on Fridays.", "pension book") == "money"


# ---- round 219: "a fry" (a noun) is a fried breakfast; "fry the bacon" is cooking ----
def test_r219_a_fry_is_a_fried_breakfast():
    assert concept_on("A good fry on a Saturday sets me up.", "fry") == "fried-breakfast"
    assert concept_on("Please fry the mushrooms in butter.", "fry") == "cooking"


# ---- round 219: lentil soup is a soup (the dish's head word), not a bag of lentils ----
def test_r219_lentil_soup_is_soup():
    assert concept_on("Mum made lentil soup every Friday.", "lentil soup") == "soup"


# ---- stop 44's blind review: senses the review found wrong in old and new ----


def test_retiring_to_bed_goes_to_bed_not_retiring_from_work():
    found = got("I retired to bed early with my cocoa.")
    assert "retire" not in {c for c, _ in found.values()}
    assert "retired to bed" in found
    assert concept_on("I retired to the coast in 1990.", "retired") == "retire"


def test_a_chain_or_spray_of_things_is_no_lock_necklace_or_cleaner():
    for text, word in [
        ("He ran a chain of coffee shops in Leeds.", "chain"),
        ("She sent a spray of roses to the funeral.", "spray"),
    ]:
        assert word not in got(text), text
    assert concept_on("Put the chain on the door at night.", "chain") == "lock"
    assert concept_on("Please use the cleaning spray on the table.", "spray") == "duster"


# ---- round 225: lifting a pot of something rules out the lifting and the pot ----


def test_r225_lifted_pot_not_its_stew():
    found = got("I must not lift the heavy pan of stew since my operation.")
    assert found["lift"][1] is True
    assert found["stew"][1] is False


def test_r225_carried_basket_not_its_washing():
    found = got("Please don't let me carry the basket of washing down the stairs.")
    assert found["washing"][1] is False


# ---- round 223: "once a year", "twice a year" say how often: the calendar with no date ----


def test_r223_once_or_twice_a_year_is_the_year_calendar():
    shows("The chiropodist from the clinic visits once a year.", "once a year", "year-r223", None)
    shows("My cousin rings from Canada twice a year.", "twice a year", "year-r223", None)
    assert concept_on("I moved here last year.", "last year") is None
    assert concept_on("I worked at the pit for forty years.", "forty years") is None


# ---- round 223: goodbye said as a word is a wave ----


def test_r223_goodbye_is_a_wave_but_not_to_someone_dying_or_a_thing_given_up():
    shows(
        "My grandson says goodbye at the gate and blows me a kiss.", "goodbye", "goodbye-r223", None
    )
    shows("In Dudley we say ta-ra-a-bit when we leave.", "ta-ra-a-bit", "goodbye-r223", None)
    assert concept_on("I sat with Mam in the hospice to say goodbye.", "goodbye") is None
    assert concept_on("Cream cakes I have had to say goodbye to.", "goodbye") is None


# ---- round 230: carrying, mending and spilling a thing keep their picture beside it ----


def test_r230_carrying_mending_spilling_beside_their_thing():
    shows("I carry the washing basket out to the line myself.", "carry", "carry", None)
    shows("My grandson fixes my old radio when it goes wrong.", "fixes", "mend", None)
    shows("I often spill my tea, so please use the mug with a lid.", "spill", "spill", None)


# ---- round 230: reading keeps its picture beside whatever is read, but not beside a face ----


def test_r230_reading_beside_the_thing_read():
    shows("I read knitting patterns in the evening.", "read", "reading", None)
    shows("I still read my crossword magazines every week.", "read", "reading", None)
    assert concept_on("I read her lips when she talks to me.", "read") is None


# ---- round 230: how often a thing happens is kept in a busy sentence, as a named day is ----


def test_r230_how_often_kept_in_a_busy_sentence():
    text = (
        "The chiropodist cuts my toenails at the health centre every eight weeks, "
        "and my daughter drives me there in her car."
    )
    shows(text, "every eight weeks", "weeks", None)
    text = (
        "My son takes me to the bank in town twice a month to pay in my pension "
        "and get cash for the hairdresser."
    )
    shows(text, "twice a month", "month-often", None)


# ---- round 227: "wait" as a doing, wherever it is one ----


def test_r227_wait_as_a_doing_gets_the_waiting_picture():
    shows("Ring the doorbell and wait before you come in.", "wait", "waiting-r227", None)
    shows("I wait for my niece to drive me to the market.", "wait", "waiting-r227", None)
    assert concept_on("I can't wait for the brass band concert.", "wait") is None


# ---- round 227: a leak of a pad or a stoma bag is the continence picture ----


def test_r227_a_bag_or_pad_that_leaks_gets_the_continence_picture():
    shows(
        "If my stoma bag leaks when I am out, I go straight home.",
        "leaks",
        "continence-r227",
        None,
    )
    assert concept_on("The kitchen tap leaks, so please ring the landlord.", "leaks") is None


# ---- round 227: "big letters", "large letters" are the large print picture ----


def test_r227_big_letters_are_large_print():
    shows(
        "Please write the bin days on my calendar in big letters.",
        "big letters",
        "magnifier-r227",
        None,
    )
    shows(
        "My grandson made me a shopping list in large letters.",
        "large letters",
        "magnifier-r227",
        None,
    )


# ---- round 228: a named person who has been gone years has died ----
def test_r228_a_named_person_long_gone_has_died():
    shows(
        "Walter has been gone six years this Easter, and I still lay his place.",
        "been gone",
        "died-r228",
        None,
    )
    assert concept_on("The rash has been gone two years now, thank goodness.", "been gone") is None


# ---- round 228: what people think of me is no drinking ----
def test_r228_thought_drunk_is_no_drink():
    assert concept_on("My balance is poor and folk think I'm drunk in the street.", "drunk") is None
    assert concept_on("I wobble so much I look drunk on the bus.", "drunk") is None
    assert concept_on("I think I drunk too much coffee today.", "drunk") == "drink"


# ---- round 228: a hospital trip is the journey there, not an outing ----
def test_r228_a_hospital_trip_is_a_journey_not_an_outing():
    shows("My grandson drives me on my hospital trip each month.", "trip", "travel-r228", None)
    assert concept_on("We had a lovely coach trip to Whitby.", "trip") != "travel-r228"


# ---- round 228: a machine playing up is no pain ----
def test_r228_a_machine_playing_up_is_no_pain():
    assert concept_on("The washing machine is playing up again.", "playing up") is None
    shows("My shoulder is playing up again.", "playing up", "pain-dialect", None)


# ---- round 228: a chair someone pushes is a wheelchair ----
def test_r228_a_pushed_chair_is_a_wheelchair():
    shows("My nephew pushes me round the market in my chair.", "chair", "wheelchair-r228", None)
    shows("I need a firm chair with arms to push up from.", "chair", "chair", None)
    shows("Please push my chair nearer the fire after tea.", "chair", "chair", None)


# ---- round 228: a back green or back court is a garden, a back shop a shop ----
def test_r228_a_back_green_is_a_garden_not_a_back():
    shows(
        "We hang the washing out on the back green on a Monday.", "back green", "garden-r228", None
    )
    shows("The wheelie bins live in the back court.", "back court", "garden-r228", None)
    shows("Dad kept the sacks of flour in the back shop.", "back shop", "shop-r228", None)


# ---- round 228: Lewy body dementia is a dementia, not a body ----
def test_r228_lewy_body_is_dementia():
    shows(
        "My husband has Lewy body dementia and gets muddled at night.",
        "Lewy body dementia",
        "memory-r228",
        None,
    )


# ---- round 228: sharp as a tack is a clear mind, no knife ----
def test_r228_sharp_as_a_tack_is_no_knife():
    assert concept_on("At ninety my aunt is sharp as a tack.", "sharp") is None


# ---- round 229: a place not reached in time is not ruled out ----


def test_r229_toilet_not_reached_in_time_keeps_no_cross():
    found = got("My legs are slow, so I can't always get to the bathroom in time at night.")
    assert found["bathroom"][1] is False
    assert got("I cannot get to the toilet on my own.")["toilet"][1] is True


# ---- round 229: a thing a doing is not to be kept up on is not ruled out ----


def test_r229_not_kept_refilling_keeps_the_glass():
    found = got("Please don't keep refilling my glass, I'm on a fluid limit.")
    assert found["glass"][1] is False


# ---- round 229: a habit that stopped because a place or thing is now too hard ----


def test_r229_used_to_but_cannot_reach_keeps_what_was_made():
    found = got("I used to bake bread for my neighbours, but I can't stand at the oven any more.")
    assert found["bake"][1] is True
    assert found["bread"][1] is False
    assert got("I used to play golf, but I can't do it now.")["golf"][1] is True


# ---- round 229: "keep me away from X" rules X out ----


def test_r229_keep_me_away_from_rules_it_out():
    assert got("Please keep me away from the bonfire on the fifth.")["bonfire"][1] is True


# ---- round 229: what the person is kept waiting for is wanted ----


def test_r229_not_kept_waiting_for_breakfast():
    assert got("Don't keep me waiting for my breakfast, I get shaky.")["breakfast"][1] is False


# ---- round 226: an island (home, a place) gets OpenMoji's island; its own name does not ----
def test_r226_an_island_shows_the_island_but_not_a_kitchen_island_or_a_name():
    assert concept_on("I was born on a small island and I miss the boats.", "island") == "island"
    assert concept_on("The kitchen island is too high for me to work at.", "island") is None
    assert concept_on("My ashes are to go off Canvey Island.", "Island") is None


# ---- round 226: everyday words for pictures the vocabulary has ----
@pytest.mark.parametrize(
    ("text", "word", "wanted"),
    [
        ("Mum was a chambermaid at the Grand for years.", "chambermaid", "cleaner-r226"),
        ("I was a bedmaker at one of the colleges.", "bedmaker", "cleaner-r226"),
        ("My brother was a cabbie in Leeds all his life.", "cabbie", "taxi-driver-r226"),
        ("I worked as a barmaid at the British Legion.", "barmaid", "pub-r226"),
        ("My mother lies in the kirkyard at Dornoch.", "kirkyard", "cemetery-r226"),
        ("Please pass me my hymnbook on a Sunday.", "hymnbook", "pray-r226"),
        ("My glasses live on the locker beside the bed.", "locker", "cupboard-r226"),
        ("My son talks to me on the webcam from Perth.", "webcam", "computer-r226"),
        ("The mask for my apnoea goes on at bedtime.", "apnoea", "breathing-r226"),
        ("The nurse looks at the scabs on my shins.", "scabs", "skin-r226"),
        ("Mince and dumplins on a Tuesday, please.", "dumplins", "stew-r226"),
        ("I played in a steelband at the carnival.", "steelband", "steel-drum-r226"),
        ("I take the calcium after my breakfast.", "calcium", "tablets-r226"),
    ],
)
def test_r226_everyday_words_show_the_picture_they_name(text, word, wanted):
    assert concept_on(text, word) == wanted


def test_r226_an_adults_nappy_is_the_pad_but_a_babys_nappy_and_a_gym_locker_are_not():
    assert got("I will not wear a nappy in the day.")["nappy"] == ("continence-r226", True)
    assert concept_on("I changed my grandson's nappy when he was a baby.", "nappy") is None
    assert concept_on("They call them pads here; never say nappy.", "nappy") is None
    assert concept_on("My son keeps his boots in a locker at the gym.", "locker") is None


def test_r226_a_sedative_is_a_tablet_and_a_scab_on_strike_is_no_sore():
    assert got("I want no sedatives at night.")["sedatives"] == ("tablets-r226", True)
    assert concept_on("He was called a scab after the pit strike.", "scab") is None
    assert concept_on("I need calcium, so I eat plenty of cheese.", "calcium") is None


# ---- round 226: the law a plan names is the scales of justice ----
def test_r226_the_law_shows_the_scales_but_a_hill_called_the_law_does_not():
    assert concept_on("Bury me within a day, as our law asks of us.", "law") == "law-r226"
    assert concept_on("Nobody may see my papers unless the law says so.", "law") == "law-r226"
    assert concept_on("We walked up the Law every Sunday as bairns.", "Law") is None
    assert (
        concept_on("My daughter-in-law does my shopping.", "daughter-in-law")
        == "daughter-in-law-r290"
    )


# ---- round 226: the volume of the telly or radio is the speaker, not a person covering ears ----
def test_r226_the_volume_shows_the_speaker():
    assert concept_on("I need the volume on the radio turned right up.", "volume") == "volume-r226"
    assert concept_on("Can you put the volume up on my telly?", "volume up") == "volume-r226"
    assert concept_on("Keep the volume down on the telly after ten.", "volume") is None


# ---- lead, stop 45: pork is the pig, so a crossed pork never crosses the meat a person eats ----


def test_pork_ruled_out_is_a_crossed_pig_beside_the_meat_eaten():
    assert got("I eat halal meat but never pork.") == {
        "meat": ("meat", False),
        "pork": ("pork", True),
    }
    assert concept_on("We had pork and apple sauce.", "pork") == "pork"
    assert got("No beef for me, but chicken is fine.")["beef"] == ("beef", True)


# ---- lead, stop 45: a doing that is no longer a must is not shown as done ----


def test_a_doing_one_does_not_have_to_do_is_crossed_but_its_things_are_kept():
    assert got("I do not have to wait in the queue at the surgery.")["wait"] == (
        "waiting-r227",
        True,
    )
    assert got("I don't have to take the pink tablets with food.")["tablets"] == ("tablets", False)


# ---- round 231: tea after a clock time is the drink ----
def test_r231_tea_after_a_clock_time_is_the_drink_not_the_meal():
    assert got("Please don't bring me tea after seven, or I'm up all night.")["tea"] == (
        "tea",
        True,
    )
    assert got("I won't have tea after six, it keeps me awake.")["tea"] == ("tea", True)
    assert concept_on("Bring me my tea at six, egg and chips.", "tea") in ("meal", "meal-dialect")


# ---- round 231: a brush beside a comb or the hair is a hairbrush, not a broom ----
def test_r231_a_brush_with_a_comb_or_hair_is_the_hairbrush():
    assert concept_on("Use a comb on my curls, I don't like a brush.", "brush") == "hairbrush"
    assert concept_on("A soft brush for my wig, please.", "brush") == "hairbrush"
    assert concept_on("Sweep the step with a stiff brush.", "brush") != "hairbrush"


# ---- round 231: glasses or teeth that don't sit right are no chair ----
def test_r231_things_that_dont_sit_right_get_no_chair():
    assert concept_on("I got new glasses but they don't sit right on my ears.", "sit") is None
    assert concept_on("That doesn't sit right with me.", "sit") is None
    assert concept_on("I can't sit in a low chair now.", "sit") == "chair"


# ---- round 231: a fire people gather round is the fire, not the fireplace ----
def test_r231_round_the_fire_is_the_fire():
    assert concept_on("We sat round the fire telling stories.", "fire") == "fire"
    assert concept_on("A sing-song around the fire at the caravan.", "fire") == "fire"
    assert concept_on("I like to sit by the fire.", "fire") == "fireplace"


# ---- round 232: puffs of an inhaler, covering the hair, a dialysis session ----
def test_r232_puffs_of_an_inhaler_show_the_inhaler_but_not_a_spray_or_a_doughnut():
    text = "When my chest is wheezy, give me three puffs of the brown inhaler."
    assert concept_on(text, "puffs") == "inhaler-r232"
    spray = "If the angina comes, two puffs of my spray under the tongue."
    assert concept_on(spray, "puffs") is None
    assert concept_on("My aunt made puffs with jam for the chapel tea.", "puffs") is None


def test_r232_a_dialysis_session_shows_the_kidneys_but_a_pool_session_does_not():
    text = "I doze through the whole session while the machine cleans my blood."
    assert concept_on(text, "session") == "dialysis-r232"
    assert concept_on("The gym session on a Friday keeps my legs strong.", "session") is None


# ---- round 232: a razor blade, the wartime bombs, the precentor, wax in the ears ----
def test_r232_a_blade_to_shave_with_is_the_razor_but_the_blades_are_a_team():
    assert concept_on("I shave every morning with a blade and a brush.", "blade") == "shave-r232"
    assert concept_on("Dad took me to see the Blades at Bramall Lane.", "Blades") is None
    assert concept_on("The blade of the lawnmower needs sharpening.", "blade") is None


def test_r232_the_wartime_bombs_show_the_war_but_a_bath_bomb_does_not():
    assert concept_on("I was six when the bombs fell, and I still have nightmares.", "bombs") == (
        "wartime-r232"
    )
    assert concept_on("My granddaughter gave me bath bombs for Christmas.", "bath bombs") != (
        "wartime-r232"
    )


def test_r232_the_precentor_shows_the_singing():
    assert concept_on("Our precentor has a fine voice for the Gaelic psalms.", "precentor") == (
        "singing-r232"
    )


def test_r232_wax_in_the_ears_shows_the_ear_but_candle_wax_does_not():
    text = "The nurse syringes the wax out of my ears every few months."
    assert concept_on(text, "wax") == "ears-r232"
    assert concept_on("Mind the candle wax on the tablecloth.", "wax") is None


# ---- round 234: Scots "-na" nots and Trinidad "doh" rule a thing out ----
def test_r234_scots_na_and_trinidad_doh_are_nots():
    assert got("Doh put salt on my chips, the doctor said.")["salt"] == ("salt", True)
    assert got("Dinna gie me a biscuit wi' my tea.")["biscuit"][1] is True
    assert got("I canna eat eggs any more.")["eggs"][1] is True
    assert got("Ye canna beat a fish supper on a Friday.")["fish supper"][1] is False


# ---- round 234: a name the plan lists in small letters gets no picture ----
def test_r234_a_name_listed_in_small_letters_gets_no_picture():
    assert "sangat" not in got("On Sundays I sit with the sangat for kirtan.", names=["sangat"])
    assert "sangat" not in got("The sangat bring me langar.", names=["sangat"])
    found = got("My niece Dawn rings me at dawn.", names=["Dawn"])
    assert "Dawn" not in found and "dawn" in found


# ---- round 233: "my first language" beside the language it names gets no second picture ----
def test_r233_first_language_gives_way_to_the_language_named():
    text = "Polish is my first language, so keep your words short."
    assert concept_on(text, "first language") is None
    assert concept_on(text, "Polish") is not None
    assert concept_on("My mother tongue is Urdu, and I pray in Arabic.", "mother tongue") is None
    # with no language named, it is the only picture of the idea and stays
    assert concept_on("I dream in my first language.", "first language") == "languages"


# ---- lead, stop 45: a thing a person has been clean from is given up ----


def test_a_drink_one_has_been_clean_from_is_crossed():
    assert got("I have been clean from drink since 1998.")["drink"] == ("drink", True)
    assert got("Please clean from the kitchen to the hall.")["kitchen"] == ("kitchen", False)


# ---- lead, stop 45: a case a social worker or solicitor looks at is no suitcase ----


def test_my_case_with_a_social_worker_is_no_suitcase():
    assert concept_on("The social worker is reviewing my case next week.", "case") is None
    assert concept_on("My case is by the door, packed for the respite stay.", "case") == "suitcase"


# ---- round 236: "mum and dad" is two people, each with a picture ----
def test_r236_mum_and_dad_get_a_picture_each():
    found = got("I still talk to my mum and dad at the graveside every spring.")
    assert "mum and dad" not in found
    assert found["mum"][0] == "mother" and found["dad"][0] == "father"
    # "my parents" keeps the one picture of the two
    assert concept_on("My parents came over from Jamaica in 1958.", "My parents") == "parents"


# ---- round 236: "when my time comes" beside the burial or the ashes is the death ----
def test_r236_when_my_time_comes_beside_the_burial_is_the_death():
    text = "When my time comes, lay me in the cemetery at Hebburn next to my Tom."
    assert concept_on(text, "When my time comes") == "died-r236"
    text = "When my time's up, my ashes go in the Tyne."
    assert concept_on(text, "When my time's up") == "died-r236"
    # with nothing of the funeral in the sentence, the end of life picture stays
    text = "When my time comes, I want my daughter holding my hand."
    assert concept_on(text, "When my time comes") == "end-of-life-r38"


# ---- round 236: "married" as the day itself is the wedding ----
def test_r236_married_as_the_day_is_the_wedding():
    shows("We were married at the Baptist chapel in Treharris.", "married", "wedding", None)
    shows("In 1962 I married a miner from Blaenavon.", "married", "wedding", None)
    # married for years is the couple, not the day
    shows("Sid and I have been married fifty-four years.", "married", "married", None)


# ---- round 236: a document is the papers picture, as documents are ----
def test_r236_a_document_is_the_papers():
    assert concept_on("The legal document is in the bureau.", "legal document") == "documents"
    assert concept_on("My daughter read the document out to me.", "document") == "documents"


# ---- round 236: "my water" that is poorly, has accidents or works badly is the urine ----
def test_r236_my_water_with_trouble_is_the_bladder():
    shows("I've been poorly with my water since Easter.", "water", "bladder-r44", None)
    shows("My water works are not good, so the commode stays close.", "water", "bladder-r44", None)
    # the water to drink stays the drink
    shows("Leave my water by the bed in the blue beaker.", "water", None, "bladder-r44")


# ---- round 236: black worn for a death is the clothes, as white worn for one is ----
def test_r236_black_worn_is_the_clothes():
    shows("After Stelios died I wore black for forty days.", "wore black", "clothes-r236", None)
    assert "black" not in got("I wore black for forty days after Stelios died.")
    # a black thing worn keeps its own picture
    assert concept_on("I wear black shoes to chapel.", "shoes") == "shoes"


# ---- round 239: a person's words give way to "speech" pictured earlier in the sentence ----
def test_r239_words_give_way_to_speech_said_before():
    text = "My speech has been poor since the stroke, so wait while I find my words."
    assert concept_on(text, "find my words") is None
    assert concept_on(text, "speech") is not None
    # after "speak" the words stay: there they are what the carer is asked to use
    text = "I speak Italian first, so learn a few words of it if you can."
    assert concept_on(text, "words") == "speech-and-words"


# ---- round 240: help the person needs, said as a thing, keeps its picture ----
def test_r240_help_needed_keeps_its_picture_beside_the_thing():
    text = "I need help to fasten the strap on my watch."
    assert concept_on(text, "help") == "help"
    assert concept_on("I would like help with the crossword on a Sunday.", "help") == "help"
    # help said as a doing stays the frame; help ruled out gets no bare picture
    assert concept_on("A long shoe horn helps me put my slippers on.", "helps") is None
    assert concept_on("I don't need help with my slippers; I manage them myself.", "help") is None


# ---- round 238: 'can't see' says the person's sight, whatever they cannot see ----


def test_r238_cannot_see_a_thing_is_sight():
    assert got("I can't see the dots on the dice now.")["see"] == ("eyes-2", True)
    assert got("I cannot see the hands of the kitchen clock.")["see"] == ("eyes-2", True)
    # no sight in a point one cannot see, nor in a doctor one cannot see this week
    assert concept_on("I can't see the point of the new rota.", "see") is None
    assert concept_on("I can't see the doctor until Friday.", "see") is None


# ---- round 235: sleep or breath that fails in a place or position: the place is ruled out ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Since my stroke I don't sleep in the double bed.", "sleep"),
        ("I can't sleep on my left side since the operation.", "sleep"),
        ("My chest is bad and I cannot breathe lying down.", "breathe"),
    ],
)
def test_r235_sleep_and_breath_that_fail_in_a_place_are_not_crossed(text, word):
    assert got(text)[word][1] is False


def test_r235_the_place_sleep_fails_in_keeps_its_cross_and_orders_still_rule_out():
    found = got("I can't sleep in the spare room now.")
    assert found["sleep"][1] is False and found["spare room"][1] is True
    assert got("Don't let the puppy sleep on my pillow.")["sleep"][1] is True
    assert got("I don't want to sleep in the chair after lunch.")["sleep"][1] is True


# ---- round 235: the person's own body a lost doing acts on is not crossed ----
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My hips are stiff, so I can't wash my own feet.", "feet"),
        ("I can't lift my arm since the fall.", "arm"),
        ("I cannot dry my toes after a bath.", "toes"),
    ],
)
def test_r235_own_body_a_lost_doing_acts_on_is_not_crossed(text, word):
    assert got(text)[word][1] is False


def test_r235_the_lost_doing_keeps_its_cross_and_an_order_still_rules_out():
    found = got("My hips are stiff, so I can't wash my own feet.")
    assert found["feet"][1] is False and found["wash"][1] is True
    assert got("Please do not cut my hair, it is my faith.")["hair"][1] is True


# ---- round 237: new words for pictures we have ----


def test_r237_the_crem_is_the_cemetery():
    assert concept_on("My brother's service is at the crem on Friday.", "crem") == "cemetery-r242"


def test_r237_the_rec_is_the_park_not_a_rec_room():
    assert concept_on("My grandson takes me round the rec in the chair.", "rec") == "park-r242"
    assert concept_on("We play bingo in the rec room.", "rec") is None


def test_r237_frankincense_is_the_incense():
    assert concept_on("My daughter burns frankincense when the priest visits.", "frankincense") == (
        "incense-r237"
    )


def test_r237_the_lobby_is_the_hall():
    assert concept_on("Keep my walking frame in the lobby by the stairs.", "lobby") == "hall-r242"


def test_r237_tiring_is_tired():
    assert concept_on("Getting dressed is very tiring for me now.", "tiring") == "tired-r237"


def test_r237_marag_is_the_black_pudding():
    assert concept_on("I like a slice of marag with my egg.", "marag") == "sausages-r237"


def test_r237_a_lutheran_is_the_church():
    assert concept_on("My wife was a Lutheran from Riga.", "Lutheran") == "christian-r237"


def test_r237_gospel_is_the_music():
    assert concept_on("Put some gospel on for me after tea.", "gospel") == "music-r237"


def test_r237_shrimps_are_the_fish():
    assert concept_on("My dad caught shrimps off the beach at Southport.", "shrimps") == "fish-r237"


def test_r237_harris_tweed_is_the_fabric():
    assert (
        concept_on("My coat is Harris Tweed and I want it kept.", "Harris Tweed") == "fabric-r237"
    )


def test_r237_the_dale_is_the_hills():
    assert concept_on("I farmed sheep in the dale all my life.", "dale") == "mountains-r242"


def test_r237_hwatu_is_the_playing_cards():
    assert concept_on("My sister and I play hwatu at the weekend.", "hwatu") == "cards-r237"


def test_r237_tayto_is_the_crisps():
    assert concept_on("Bring me a bag of Tayto when you come.", "Tayto") == "crisps-r237"


# ---- round 237: food, clothes, music and dialect words from new plans ----


def test_r237_a_netela_is_the_shawl():
    assert concept_on("Help me put my netela over my head for the service.", "netela") == (
        "scarf-r237"
    )


def test_r237_berbere_is_the_spice():
    assert concept_on("I like berbere in my lentils.", "berbere") == "chilli-r237"


def test_r237_cepelinai_are_the_dumplings():
    assert concept_on("My niece makes cepelinai on my birthday.", "cepelinai") == "dumplings-r237"


def test_r237_ladob_is_the_pudding():
    assert concept_on("A small bowl of ladob is my treat.", "ladob") == "pudding-r237"


def test_r237_bishy_barnabees_are_the_ladybirds():
    assert concept_on(
        "The grandchildren hunt for bishy barnabees in the hedge.", "bishy barnabees"
    ) == ("insect-r242")


def test_r237_the_sega_is_the_music_not_the_games():
    assert concept_on("Play me the sega when I am low.", "sega") == "music-2-r237"
    assert concept_on("My grandson plays Sega in his room.", "Sega") is None


def test_r237_foundered_is_cold_not_a_sinking_ship():
    assert (
        concept_on("I get foundered in the bathroom, so warm it first.", "foundered") == "cold-r242"
    )
    assert concept_on("The trawler foundered in the storm.", "foundered") is None


# ---- round 237: dishes, a dance and faiths from home ----


def test_r237_cazuela_lamprais_and_espada_are_the_dishes():
    assert concept_on("Cazuela is the soup I miss from Santiago.", "Cazuela") == "stew-2-r237"
    assert concept_on("My aunt sent lamprais for the wedding.", "lamprais") == "rice-r237"
    assert concept_on("Grilled espada is my Sunday dinner.", "espada") == "fish-2-r237"


def test_r237_the_cueca_is_the_dance():
    assert concept_on("At the party we always danced the cueca.", "cueca") == "dance-r237"


def test_r237_episcopal_ismaili_and_kol_nidre_name_the_faith():
    assert concept_on("I was raised Episcopalian in Boston.", "Episcopalian") == "christian-2-r237"
    assert concept_on("My family are Ismaili and go to the jamatkhana.", "Ismaili") == (
        "muslim-faith-r237"
    )
    assert concept_on("Take me to hear Kol Nidre this year.", "Kol Nidre") == "pray-r237"


# ---- stop 46 review: a thing left on, then a second thing, are both ruled out ----
def test_a_second_thing_after_one_left_on_is_ruled_out_too():
    found = got("I can't stand the wireless on, or the telly, after my tea.")
    assert found["wireless"][1] and found["telly"][1]
    found = got("Please don't have the heating on or the fan when I'm in bed.")
    assert found["heating"][1] and found["fan"][1]
    # a place after "on" still ends what is ruled out
    assert not got("I don't want the telly on the sideboard, put it by the fire.")["fire"][1]


# ---- round 241: a medicine named by a drug that comes as a tablet shows the tablets ----
def test_r241_tablet_drug_names_show_the_tablets():
    shows(
        "Mum has her atorvastatin with her supper every evening.",
        "atorvastatin",
        "tablets-r241",
        None,
    )
    shows("I take a statin and a water tablet before bed.", "statin", "tablets-r241", None)
    shows(
        "Remind me about the blood thinners, I bruise if I miss them.",
        "blood thinners",
        "tablets-r241",
        None,
    )
    shows(
        "The folic acid goes in with my porridge on a Friday.", "folic acid", "tablets-r241", None
    )
    # a drug that also comes as a liquid or a patch stays the medicines picture
    shows("The morphine is kept locked in the cupboard.", "morphine", "medicine", None)


# ---- round 241: a pendant alarm shows the alarm button, as an alarm pendant does ----
def test_r241_pendant_alarm_shows_the_alarm_button():
    def picture(text: str, word: str) -> str:
        return next(m.concept.file for m in find_all(text, ()) if m.term == word)

    button = picture("Nan wears her alarm pendant in the bath.", "alarm pendant")
    assert picture("Nan wears her pendant alarm in the bath.", "pendant alarm") == button
    assert (
        picture("The lifeline pendant goes on my dressing gown at night.", "lifeline pendant")
        == button
    )


# ---- round 241: lips read are lip reading, not a pair of lips ----
def test_r241_reading_lips_is_lip_reading():
    assert (
        concept_on("The nurse knows I read lips, so she lowers her mask.", "read lips")
        == "lip-reading-r241"
    )
    text = "Sit where the light is on your face; I'm reading your lips."
    assert concept_on(text, "reading your lips") == "lip-reading-r241"
    # lips that are not read keep their own picture
    assert concept_on("My lips get dry and cracked in the cold.", "lips") == "lips"


# ---- round 241: the bottle of eye drops is a bottle, not the urine bottle ----
def test_r241_eye_drops_bottle_is_no_urine_bottle():
    text = "My eye drops go in at night, but the bottle is too stiff for me to squeeze."
    assert concept_on(text, "bottle") == "bottle"
    # the bottle by the bed at night, with nothing about drops, stays the urine bottle
    assert concept_on(
        "Leave the bottle by my bed at night so I don't need the commode.", "bottle"
    ) in {"urine-bottle-r38", "toilet"}


# ---- round 242: dialect and regional words for things we have a picture of ----
def test_r242_dialect_places():
    assert (
        concept_on("My ashes are to be scattered after the service at the crem.", "crem")
        == "cemetery-r242"
    )
    assert (
        concept_on("My grandson kicks a ball about on the rec on a Saturday.", "rec") == "park-r242"
    )
    assert (
        concept_on("Snow lies on the tops long after it has gone from the dale.", "dale")
        == "mountains-r242"
    )
    assert (
        concept_on("Keep the lobby light on, I get up for the toilet at night.", "lobby")
        == "hall-r242"
    )
    assert (
        concept_on("We took the bus into the toon every Saturday for the market.", "toon")
        == "town-r242"
    )
    assert (
        concept_on("The bins go out the back down the tenfoot on a Monday.", "tenfoot")
        == "path-r242"
    )
    # the lobby of a hotel or of parliament is no hall of the house; a 'rec room' is no park
    assert concept_on("We met in the lobby of the hotel before the wedding.", "lobby") is None
    assert concept_on("The rec room has a pool table.", "rec") is None


def test_r242_dialect_things_and_doings():
    assert concept_on("On a Friday I have a mince peh from the baker.", "peh") == "pie-r242"
    assert (
        concept_on("My father carried a creel of fish up from the harbour.", "creel")
        == "shopping-bag-r242"
    )
    assert (
        concept_on("I like to sit out and watch the dumbledores on the foxgloves.", "dumbledores")
        == "bee-r242"
    )
    assert (
        concept_on("The grandchildren count the bishy barnabees on the nettles.", "bishy barnabees")
        == "insect-r242"
    )
    assert concept_on("I cannot hear the bell, so chap the door hard.", "chap") == "knock-r242"
    assert concept_on("When the doctor has been I just want to gan yam.", "gan yam") == "home-r242"
    assert (
        concept_on("I'm foundered in the mornings till the heating comes on.", "foundered")
        == "cold-r242"
    )
    assert concept_on("I miss a bit of craic with the neighbours.", "craic") == "talk-r242"
    # a chap is a man, a yam is a yam, a ship founders, chapped lips are no knock
    assert concept_on("A nice chap from the council came to the door.", "chap") is None
    assert concept_on("My lips get chapped in the wind.", "chapped") is None
    assert concept_on("I like a roast yam with my fish.", "yam") != "home-r242"
    assert concept_on("My uncle's boat foundered off Whitby.", "foundered") is None


def test_r242_bag_of_messages_is_the_shopping():
    text = "My neighbour drops in a bag of messages on a Thursday."
    assert concept_on(text, "messages") == "shopping-r242"
    # messages left on a phone stay messages
    assert concept_on("He left a load of messages on my mobile.", "messages") != "shopping-r242"


def test_r242_the_fens_are_fields():
    assert concept_on("We picked sprouts on the fens every winter.", "fens") == "field-r242"


# ---- round 243: new words for pictures we have ----
def test_r243_koi_and_a_creel():
    assert concept_on("My husband feeds the koi every evening.", "koi") == "fish-r243"
    assert (
        concept_on("My father carried the creel down to the shore.", "creel") == "shopping-bag-r242"
    )


def test_r243_churros_kutia_and_muriwo_are_the_food():
    assert concept_on("I like churros dipped in thick chocolate.", "churros") == "cake-r243"
    assert concept_on("My daughter makes the kutia every Christmas Eve.", "kutia") == (
        "pudding-r243"
    )
    assert concept_on("I eat muriwo with my sadza at lunch.", "muriwo") == "vegetables-r243"


def test_r243_a_ships_cabin_is_where_one_slept():
    assert concept_on("On the voyage out my cabin was tiny and hot.", "cabin") == "bedroom-r243"
    assert concept_on("We stayed in a log cabin by the lake.", "cabin") is None
    assert concept_on("I worked as cabin crew on the ferry for years.", "cabin") is None


def test_r243_riluzole_is_a_medicine():
    assert concept_on("The nurse gives me riluzole at breakfast.", "riluzole") == "medicine-r243"


def test_r243_agpeya_spiritualist_church_and_ikebana():
    assert concept_on("Read me a psalm from the Agpeya.", "Agpeya") == "holy-book-r243"
    assert concept_on("Take me to the Spiritualist church on Fridays.", "Spiritualist church") == (
        "church-r243"
    )
    assert concept_on("I learned ikebana in Kyoto.", "ikebana") == "flowers-r243"


def test_r243_divali_phagwa_festa_and_wassail_are_the_festival():
    assert concept_on("My grandson comes home for Divali every year.", "Divali") == "diwali-r243"
    assert concept_on("We played with colours at Phagwa in Guyana.", "Phagwa") == "festival-r243"
    assert concept_on("Take me to the festa in Birkirkara if I am well.", "festa") == (
        "festival-r243"
    )
    assert concept_on("The orchard wassail was the best night of the year.", "wassail") == (
        "festival-r243"
    )


def test_r243_dagli_molokhia_and_the_spar():
    assert concept_on("Hang my dagli where I can see it.", "dagli") == "coat-r243"
    assert concept_on("My sister brings molokhia on Fridays.", "molokhia") == "soup-r243"
    assert concept_on("I pop to the Spar for my paper.", "Spar") == "shop-r243"
    assert concept_on("My grandson likes to spar at the boxing club.", "spar") is None


# ---- round 244: "never late" gets no crossed clock ----


def test_r244_never_late_has_no_crossed_clock():
    assert concept_on("My eye drops go in on time, never late, or my eyes sting.", "late") is None
    assert concept_on("Give me my eye drops on time and never late.", "late") is None
    assert concept_on("In forty years at the mill I was never late for a shift.", "late") == "late"
    assert concept_on("If the district nurse is late, phone the surgery.", "late") == "late"


# ---- round 251: "my wee", "the wee" before a word of its own means small, not urine ----
@pytest.mark.parametrize(
    "text",
    [
        "Put my glasses on the wee shelf above the sink.",
        "Bonnie is my wee terrier and she sleeps at my feet.",
    ],
)
def test_r251_wee_before_a_word_of_its_own_is_small(text):
    assert "bladder" not in [m.concept.id for m in find_all(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tell the nurse if my wee smells sweet.",
        "My wee is very dark in the mornings.",
        "Send the wee to the surgery in the pot.",
    ],
)
def test_r251_my_wee_said_of_itself_is_still_urine(text):
    assert concept_on(text, "wee") == "bladder"


# ---- round 250: faith, food of every culture and the end of life ----


def test_r250_a_death_said_gently_is_the_death():
    assert concept_on("When I pass, sing 'Abide with Me' for me.", "When I pass") == "died-r250"
    assert concept_on("Albert went very sudden in the spring of 1990.", "went very sudden") == (
        "died-r250"
    )
    assert concept_on("The asbestos took him when he was only sixty.", "took him") is None
    assert concept_on("The war took him from us in 1944.", "took him") == "died-r250"
    assert concept_on("I am ready to go to my Maker whenever it comes.", "go to my Maker") == (
        "died-r250"
    )
    assert concept_on("Bridget passed in 1998 and I miss her still.", "passed") == "died-r250"
    # passing a place or a test is no death
    assert concept_on("When I pass the bakery I buy a loaf.", "When I pass") is None


def test_r250_buried_beside_a_death_is_the_grave():
    text = "After I die, wash me, wrap me and have me buried near my mother."
    assert concept_on(text, "buried") == "cemetery-r250"
    assert got("I'd sooner be cremated than buried in the cold ground.")["buried"] == (
        "cemetery-r250",
        True,
    )
    # a bone buried by the dog is no grave
    assert concept_on("The dog dug a hole and buried his bone by the shed.", "buried") is None


def test_r250_waked_and_ashes_scattered():
    text = "I'd like to be waked in the front room with the candles lit."
    assert concept_on(text, "waked") == "funeral-r250"
    text = "Put my ashes in a tin and have them scattered over the moor."
    assert concept_on(text, "scattered") == "urn-r250"
    assert concept_on("The seeds were scattered over the lawn.", "scattered") is None


def test_r250_a_luncheon_club_is_the_meal():
    """The church hall stays round 245's hall; the lunch club held there is the meal."""
    assert concept_on("Take me to the luncheon club on a Wednesday.", "luncheon club") == (
        "meal-r250"
    )


def test_r250_food_and_drink_of_other_cultures():
    assert concept_on("My niece makes fattoush with crispy bread.", "fattoush") == "salad-r250"
    assert concept_on("On a Friday we share a big mezze together.", "mezze") == "meal-mezze-r250"
    assert concept_on("Mama made mamaliga with feta every Sunday.", "mamaliga") == "corn-r250"
    text = "I want a tinto with panela first thing, like in Cali."
    assert concept_on(text, "tinto") == "coffee-r250"
    assert concept_on("A glass of tinto de verano in the sun.", "tinto") is None


def test_r250_praying_five_times_a_day_is_the_time():
    text = "Ahmed prays five times a day, so keep his prayer mat clean."
    assert concept_on(text, "five times a day") == "clock-r250"
    assert concept_on("I feed the cat five times a day.", "five times a day") is None


def test_r250_faith_roles_and_places():
    text = "Dad was a local preacher on the Methodist circuit."
    assert concept_on(text, "local preacher") == "vicar-r250"
    assert concept_on("Light the lamp on my puja shelf at dusk.", "puja shelf") == "altar-r250"
    assert concept_on("Our chapel holds sacrament meeting at ten.", "sacrament meeting") == (
        "church-r250"
    )
    assert concept_on("Uncle Winston ran a balti house for years.", "balti house") == (
        "restaurant-r250"
    )


def test_r250_glory_and_the_other_side():
    text = "When the Lord calls me home to glory, play the steel band."
    assert concept_on(text, "home to glory") == "died-2-r250"
    text = "The medium brings me messages from the other side every month."
    assert concept_on(text, "the other side") == "heaven-r250"
    assert concept_on(text, "messages") != "shopping-3"
    assert concept_on("The chemist is on the other side of the square.", "the other side") is None


def test_r250_promoted_to_glory_and_a_number_up_are_the_death():
    text = "Dad was promoted to Glory in 1987, in his Salvation Army uniform."
    assert concept_on(text, "promoted to Glory") == "died-3-r250"
    text = "When my number's up, take me back to Cork."
    assert concept_on(text, "When my number's up") == "died-3-r250"
    assert concept_on("I'd like to end my days by the sea.", "end my days") == "end-of-life-r250"


def test_r250_butter_lamps_evensong_citadel_and_kofte():
    text = "Please light the butter lamp at my shrine."
    assert concept_on(text, "butter lamp") == "candle-r250"
    text = "On Sundays I sang Evensong in the choir."
    assert concept_on(text, "Evensong") == "church-2-r250"
    text = "The Salvation Army band plays outside the Citadel at Christmas."
    assert concept_on(text, "Citadel") == "church-2-r250"
    assert concept_on("Köfte with rice is my Sunday meal.", "Köfte") == "meat-r250"


def test_r250_a_plain_box_is_the_coffin_and_not_burnt_no_cremation():
    text = "When my time's up, a cheap pine box will do me, and no limousines."
    assert concept_on(text, "box") == "cremation-r250"
    assert concept_on("My buttons are in the wooden box on the dresser.", "box") != (
        "cremation-r250"
    )
    found = got("Bury me beside my husband in Glasnevin, never burnt.")
    assert found["burnt"] == ("cremation-r250", True)


def test_r250_harvest_festival_stollen_and_someone_dying():
    text = "Take me to chapel for the Harvest Festival; I like the hymns."
    assert concept_on(text, "Harvest Festival") == "harvest-r250"
    assert concept_on("My daughter brings Stollen every December.", "Stollen") == "cake-2-r250"
    text = "In our village, when somebody dies, the bell tolls."
    assert concept_on(text, "dies") == "died-4-r250"
    assert concept_on("The wind dies down by evening.", "dies") is None


def test_r250_praying_5_times_a_day_in_figures_is_the_time():
    text = "I pray 5 times a day and need a quiet corner for my mat."
    assert concept_on(text, "5 times a day") == "clock-r250"


# ---- round 287: how often in a day, said in words: once or twice the day, more the clock ----


def test_r287_twice_a_day_is_the_day_and_four_times_a_day_the_clock():
    shows(
        "The nurse calls in twice a day to do my insulin.",
        "twice a day",
        "day-how-often-r287",
        None,
    )
    shows("My cream goes on three times a day.", "three times a day", "clock-how-often-r287", None)
    shows("I use the spray 4 times a day.", "4 times a day", "clock-how-often-r287", None)
    assert concept_on("I walk a mile a day with the dog.", "a day") is None
