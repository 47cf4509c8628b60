"""Messages the code passes around before they are translated, marked here for extraction.

Babel finds `_("...")` calls in the code and templates; words kept in constants (a label, a
page title) or handed to a helper are listed here so `python scripts/i18n.py` sees them too.
"""


def N_(message: str) -> str:  # noqa: N802 - the gettext name for "mark, do not translate yet"
    return message


MESSAGES = (
    N_("About the pictures"),
    N_("What I said"),
    N_("What changed"),
    N_("We last checked my plan together on %(date)s."),
    N_("We will check it again on %(date)s."),
    N_("We were due to check it again on %(date)s."),
    N_("%(name)s's plan"),
    N_("%(name)s's plan, in their own words"),
)

# The words of `new`'s template that are the person's (headings and the lines to replace):
# a plan started with --language begins in that language (plugins/checks/newplan.py).
TEMPLATE_WORDS = (
    N_("What matters to me"),
    N_("A good day"),
    N_("My mornings"),
    N_("The support I want"),
    N_("Keeping safe, in my words"),
    N_("How I like to be reminded"),
    N_("People who matter to me"),
    N_("Checking my plan together"),
    N_("How I tell you I want a change"),
    N_("We will write this part together."),
    N_("We will check my plan together at least every four weeks."),
    N_("I can tell any of the staff that I want a change to my plan."),
    N_("We will change it together."),
)
