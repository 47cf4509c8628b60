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
