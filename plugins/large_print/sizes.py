"""From the person's large-print size (points on paper) to CSS for the screen. Pure functions.

Why points: the Accessible Information Standard records large print as a point size for paper;
staff know it, the booklet uses it, and the website grows from the same number.
"""

from __future__ import annotations

MIN_BODY_PX = 20  # the user's floor: body text is never smaller on screen
PX_PER_PT = 4 / 3  # CSS: 1pt = 1/72in, 1px = 1/96in
SCREEN_FACTOR = 1.0  # a tablet on the lap is read at about the distance of paper
BROWSER_DEFAULT_PX = 16  # 1rem before anyone changes it; sizes are written in rem so a browser's
# own larger-text setting still makes everything larger


def body_px(points: int, factor: float = SCREEN_FACTOR) -> int:
    """Body text in CSS px for a person's large-print size: never under 20."""
    return max(MIN_BODY_PX, round(points * PX_PER_PT * factor))


def rem(px: float) -> str:
    """A CSS length in rem for a px size at the browser's default 16px ("1.5rem")."""
    value = px / BROWSER_DEFAULT_PX
    return f"{value:.4f}".rstrip("0").rstrip(".") + "rem"


def large_print_css(points: int, factor: float = SCREEN_FACTOR) -> str:
    """The custom properties the theme's planbook.css reads, for one person."""
    px = body_px(points, factor)
    return (
        "/* Made by planbook from needs.large_print: the person's own text size. */\n"
        ":root {\n"
        f"  --pb-base: {rem(px)}; /* {px}px on screen, from {points}pt */\n"
        f"  --pb-print-size: {max(points, 16)}pt;\n"
        "}\n"
    )
