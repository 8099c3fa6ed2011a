"""WCAG 2.1 colour contrast for the city's brand colours. No Django import.

A city may configure any primary/accent colour; the page must stay readable (AA: 4.5:1 for body
text). ``branding_css`` therefore publishes, beside each colour, the text colour to put on it and a
variant dark enough to be used as text on white and on the light grey surfaces of site.css.
"""

WHITE = "#ffffff"
INK = "#1a1a1a"  # the body text colour of site.css
SURFACE = "#f1f3f5"  # the darkest background links sit on (footer, back-office user bar)
AA_TEXT = 4.5


def _channels(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(hex_colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: str) -> str:
    """White or near-black, whichever reads better on ``background``."""
    return WHITE if contrast(background, WHITE) >= contrast(background, INK) else INK


def darken_for_text(colour: str, background: str = SURFACE, ratio: float = AA_TEXT) -> str:
    """``colour`` itself when it reaches ``ratio`` on ``background``, else the lightest darker
    shade (mixed towards black) that does."""
    r, g, b = _channels(colour)
    for step in range(0, 101):
        keep = 1 - step / 100
        shade = f"#{round(r * keep):02x}{round(g * keep):02x}{round(b * keep):02x}"
        if contrast(shade, background) >= ratio:
            return shade
    return "#000000"
