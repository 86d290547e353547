"""Drawing primitives shared by the layouts: text, handwriting, placeholders, and the photo finish.

Every random choice goes through the caller's seeded ``random.Random`` / numpy ``Generator`` so an
image is a pure function of its seed (Pillow's own noise generators are not seedable, so not used).
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from guard.synth.fonts import Font, font

Color = tuple[int, int, int]

INKS: tuple[Color, ...] = ((20, 20, 30), (25, 35, 90), (40, 40, 40), (10, 50, 70))
PAPERS: tuple[Color, ...] = ((250, 250, 245), (245, 242, 232), (255, 255, 255), (238, 240, 236))
ACCENTS: tuple[Color, ...] = (
    (30, 70, 140),
    (140, 30, 40),
    (20, 110, 80),
    (110, 60, 150),
    (200, 110, 20),
    (40, 40, 60),
    (0, 120, 150),
)
TABLES: tuple[Color, ...] = ((120, 90, 60), (70, 70, 75), (180, 170, 150), (40, 60, 50), (150, 150, 160))


def tint(c: Color, amount: float) -> Color:
    """``c`` mixed with white (``amount`` > 0) or black (< 0)."""
    if amount >= 0:
        return (
            int(c[0] + (255 - c[0]) * amount),
            int(c[1] + (255 - c[1]) * amount),
            int(c[2] + (255 - c[2]) * amount),
        )
    return (int(c[0] * (1 + amount)), int(c[1] * (1 + amount)), int(c[2] * (1 + amount)))


def jitter(rng: random.Random, c: Color, spread: int = 12) -> Color:
    return (
        max(0, min(255, c[0] + rng.randint(-spread, spread))),
        max(0, min(255, c[1] + rng.randint(-spread, spread))),
        max(0, min(255, c[2] + rng.randint(-spread, spread))),
    )


def width(f: Font, s: str) -> int:
    return int(f.getlength(s))


def fitted(style: str, size: int, s: str, max_width: int) -> Font:
    """The largest font of ``style`` up to ``size`` whose rendering of ``s`` fits ``max_width``."""
    while size > 8 and width(font(style, size), s) > max_width:
        size -= 1
    return font(style, size)


def text(d: ImageDraw.ImageDraw, xy: tuple[int, int], s: str, style: str, size: int, fill: Color) -> int:
    """Draw ``s``; returns its width."""
    f = font(style, size)
    d.text(xy, s, font=f, fill=fill)
    return width(f, s)


def handwriting(
    img: Image.Image,
    xy: tuple[int, int],
    s: str,
    size: int,
    rng: random.Random,
    ink: Color,
    style: str = "serif_italic",
) -> int:
    """Draw ``s`` as uneven handwriting (per-letter tilt, baseline drift, size wobble); returns the width."""
    x: float = xy[0]
    y = xy[1]
    drift = 0.0
    for ch in s:
        f = font(style, max(8, size + rng.randint(-2, 2)))
        advance = max(1, width(f, ch))
        if ch != " ":
            tile = Image.new("RGBA", (advance + size, size * 2), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((size // 2, size // 3), ch, font=f, fill=(*ink, 255))
            tile = tile.rotate(rng.uniform(-9, 9), resample=Image.Resampling.BICUBIC)
            img.paste(tile, (int(x - size // 2), int(y - size // 3 + drift)), tile)
        drift = max(-size / 4, min(size / 4, drift + rng.uniform(-1.2, 1.2)))
        x += advance + rng.uniform(-1, 1.5)
    return int(x - xy[0])


def signature(img: Image.Image, xy: tuple[int, int], name: str, size: int, rng: random.Random, ink: Color) -> int:
    """A signature: the name in slanted handwriting with a flourish underneath; returns the width."""
    w = handwriting(img, xy, name, size, rng, ink, style=rng.choice(("serif_italic", "sans_oblique")))
    d = ImageDraw.Draw(img)
    x0, y0 = xy[0] - 4, xy[1] + int(size * 1.25)
    points = [(x0 + w * t / 6, y0 + rng.randint(-3, 3) + (6 if t in (0, 6) else 0)) for t in range(7)]
    d.line(points, fill=ink, width=2, joint="curve")
    return w


def avatar(d: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """A drawn head-and-shoulders silhouette where an ID photo would be (no face is depicted)."""
    x0, y0, x1, y1 = box
    bg = jitter(rng, (200, 210, 220), 20)
    d.rectangle(box, fill=bg, outline=(120, 120, 120))
    w, h = x1 - x0, y1 - y0
    shade = jitter(rng, (110, 115, 125), 25)
    cx = x0 + w // 2
    d.ellipse((cx - w * 0.22, y0 + h * 0.15, cx + w * 0.22, y0 + h * 0.55), fill=shade)
    d.pieslice((x0 + w * 0.08, y0 + h * 0.58, x1 - w * 0.08, y1 + h * 0.45), 180, 360, fill=shade)


def barcode(d: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random, ink: Color) -> None:
    x0, y0, x1, y1 = box
    x = x0
    while x < x1:
        bar = rng.choice((1, 1, 2, 3))
        if rng.random() < 0.55:
            d.rectangle((x, y0, min(x1, x + bar - 1), y1), fill=ink)
        x += bar + rng.choice((1, 1, 2))


def matrix_code(d: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random, ink: Color) -> None:
    """A QR-like block pattern (decorative; encodes nothing)."""
    x0, y0, x1, _ = box
    cells = 21
    cell = max(2, (x1 - x0) // cells)
    for i in range(cells):
        for j in range(cells):
            corner = (i < 7 and j < 7) or (i < 7 and j >= cells - 7) or (i >= cells - 7 and j < 7)
            on = (i in (0, 6) or j in (0, 6) or 2 <= i <= 4) if corner else rng.random() < 0.5
            if corner and i >= cells - 7:
                on = i in (cells - 7, cells - 1) or j in (0, 6) or (cells - 5 <= i <= cells - 3 and 2 <= j <= 4)
            if corner and j >= cells - 7:
                on = i in (0, 6) or j in (cells - 7, cells - 1) or (2 <= i <= 4 and cells - 5 <= j <= cells - 3)
            if on:
                d.rectangle((x0 + i * cell, y0 + j * cell, x0 + (i + 1) * cell - 1, y0 + (j + 1) * cell - 1), fill=ink)


def finish(
    doc: Image.Image,
    rng: random.Random,
    nrng: np.random.Generator,
    *,
    max_angle: float = 5.0,
    margin: tuple[int, int] = (30, 110),
    background: Color | None = None,
) -> Image.Image:
    """Photograph ``doc``: lay it on a surface, tilt it, vary light and add sensor noise."""
    angle = rng.uniform(-max_angle, max_angle) if rng.random() < 0.8 else 0.0
    rgba = doc.convert("RGBA")
    if angle:
        rgba = rgba.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
    mx, my = rng.randint(*margin), rng.randint(*margin)
    surface = background or jitter(rng, rng.choice(TABLES), 20)
    canvas = Image.new("RGB", (rgba.width + 2 * mx, rgba.height + 2 * my), surface)
    shade = ImageDraw.Draw(canvas)
    for band in range(0, canvas.height, 8):  # a soft light gradient across the surface
        shade.rectangle((0, band, canvas.width, band + 8), fill=tint(surface, -0.25 * band / canvas.height))
    canvas.paste(rgba, (mx + rng.randint(-mx // 2, mx // 2), my + rng.randint(-my // 2, my // 2)), rgba)
    gain, contrast = rng.uniform(0.88, 1.1), rng.uniform(0.85, 1.1)
    lut = [max(0, min(255, int(((v - 128) * contrast + 128) * gain))) for v in range(256)]
    canvas = canvas.point(lut * 3)  # light and contrast in one table look-up
    if rng.random() < 0.25:
        canvas = canvas.filter(ImageFilter.SMOOTH)  # a slightly soft focus
    return add_noise(canvas, nrng, rng.uniform(1.5, 7.0))


def add_noise(img: Image.Image, nrng: np.random.Generator, sigma: float) -> Image.Image:
    """Gaussian luminance noise (one draw per pixel, shared by the channels: cheaper, looks the same)."""
    grain = nrng.standard_normal((img.height, img.width), dtype=np.float32)
    grain *= sigma
    grain += 128.0
    layer = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8), "L")
    return ImageChops.add(img, Image.merge("RGB", (layer, layer, layer)), 1.0, -128)
