"""Fonts found at run time: matplotlib's bundled DejaVu family, else system DejaVu, else PIL's default.

Nothing is downloaded; the suite renders anywhere the ``bench`` extra is installed. Which family was
used goes into the manifest, because a different font means different image bytes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

STYLES: dict[str, str] = {
    "sans": "DejaVuSans.ttf",
    "sans_bold": "DejaVuSans-Bold.ttf",
    "sans_oblique": "DejaVuSans-Oblique.ttf",
    "serif": "DejaVuSerif.ttf",
    "serif_bold": "DejaVuSerif-Bold.ttf",
    "serif_italic": "DejaVuSerif-Italic.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono_bold": "DejaVuSansMono-Bold.ttf",
}

_SYSTEM_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")


@cache
def font_dir() -> Path | None:
    """The folder holding the DejaVu TTFs, or ``None`` when only PIL's default font is available."""
    try:
        import matplotlib

        bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        if (bundled / STYLES["sans"]).is_file():
            return bundled
    except ImportError:  # matplotlib is optional here; fall through to system fonts
        pass
    for root in _SYSTEM_DIRS:
        base = Path(root)
        if base.is_dir():
            for hit in base.rglob(STYLES["sans"]):
                return hit.parent
    return None


def font_source() -> str:
    """A short description of the fonts in use (recorded in the manifest)."""
    where = font_dir()
    return "DejaVu (matplotlib)" if where and "matplotlib" in str(where) else ("DejaVu" if where else "PIL default")


@cache
def font(style: str, size: int) -> Font:
    """A font in ``style`` (a key of :data:`STYLES`) at ``size`` pixels; cached."""
    if style not in STYLES:
        raise KeyError(f"unknown font style {style!r}; valid: {', '.join(STYLES)}")
    where = font_dir()
    if where is not None:
        path = where / STYLES[style]
        if not path.is_file():
            path = where / STYLES["sans"]
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)
