"""Read each request image once: OCR in a worker thread, cached by image hash, started early.

``ImageReader.prefetch(images)`` is called when the request arrives, so the OCR runs while the
upstream model is still answering; ``await reader.read(image)`` then returns the same (possibly
already finished) result. Results are text boxes with their positions, so labels can be paired with
the values printed next to or under them (:func:`label_pairs`).

OCR is rapidocr-onnxruntime (offline, models ship in the wheel; extra ``ocr``), imported lazily.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
import statistics
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from guard.verify.lru import Lru


@dataclass(frozen=True)
class TextBox:
    """One line of text the OCR read, with its bounding box (pixels)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    angle: float = 0.0
    """Slope of the text's baseline in radians (the OCR's quadrilateral; positive: it descends to the right)."""

    @property
    def height(self) -> float:
        return max(1.0, self.y1 - self.y0)


@cache
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise RuntimeError("image_text needs the OCR extra: pip install 'spy-guard[ocr]'") from exc
    return RapidOCR()


def ocr_boxes(image: bytes) -> list[TextBox]:
    """Text boxes the OCR engine reads in ``image`` (PNG/JPEG bytes), top to bottom."""
    result, _ = _engine()(image)
    boxes: list[TextBox] = []
    for item in result or []:
        points, text = item[0], str(item[1])
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) for p in points]
        angle = math.atan2(ys[1] - ys[0], xs[1] - xs[0]) if len(points) >= 2 else 0.0
        boxes.append(TextBox(" ".join(text.split()), min(xs), min(ys), max(xs), max(ys), angle))
    return boxes


def deskewed(boxes: Sequence[TextBox]) -> list[TextBox]:
    """The boxes of a photographed page turned back level: a page rotated by a few degrees puts a label
    and its value (far apart on one row) at heights that no longer overlap, and the label of the next
    row closer. The page's angle is the median baseline slope of its wider boxes; each box's upright
    width and height are recovered from its axis-aligned bounds and that angle."""
    slopes = [b.angle for b in boxes if b.x1 - b.x0 > 2 * b.height]
    theta = statistics.median(slopes) if slopes else 0.0
    if abs(theta) < 0.005 or abs(theta) > 0.5:  # level already, or not a small rotation
        return list(boxes)
    cos, sin = math.cos(theta), math.sin(abs(theta))
    denominator = cos * cos - sin * sin
    out: list[TextBox] = []
    for b in boxes:
        big_w, big_h = b.x1 - b.x0, b.y1 - b.y0
        w = max(1.0, (big_w * cos - big_h * sin) / denominator)
        h = max(1.0, (big_h * cos - big_w * sin) / denominator)
        if h < 0.3 * big_h:  # a tall narrow box: keep its bounds rather than invent a height
            w, h = big_w, big_h
        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
        x = cx * math.cos(theta) + cy * math.sin(theta)
        y = -cx * math.sin(theta) + cy * math.cos(theta)
        out.append(TextBox(b.text, x - w / 2, y - h / 2, x + w / 2, y + h / 2, b.angle - theta))
    return out


_GLUED = re.compile(
    r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])"  # "HannahThomas", "CornerofNaudhof"
    r"|(?<=[a-zà-ÿ]{2})(?=\d)"  # "Annebaan104", "at13:10"
    r"|(?<=\d)(?=[A-ZÀ-Þ][a-zà-ÿ])"  # "7927TxWittem", "45-487Wroctaw"
    r"|(?<=\d)(?=(?!(?:st|nd|rd|th|er|ème|eme|mo|kg|km|mg|ml|cm|mm|min)\b)[a-zà-ÿ]{3,})"  # "71chemin", "8rue"
    r"|(?<=[,;])(?=[^\W\d_])"  # "Congratulations,yourloan"
    r"|(?<=\d{4}-\d{2}-\d{2})(?=\d{1,2}:\d{2})"  # "2024-11-0915:16": a date, then its time
    r"|(?<=\d{2}[./]\d{2}[./]\d{4})(?=\d{1,2}:\d{2})"  # "09.11.202415:16"
    r"|(?<=[A-Za-z]{3}\d{4})(?=\d{1,2}:\d{2})"  # "17JUL202408:50"
)
_ZERO_IN_WORD = re.compile(r"(?<=[a-zà-ÿ])0(?=[a-zà-ÿ])")
"""A zero between two small letters is the OCR's reading of an "o" ("Wys0ka")."""


def unglued(text: str) -> str:
    """OCR text with the spaces it lost put back where the writing shows a word boundary (a capital
    after a small letter, a number after a word, a word after a comma); a run of capitals that is a
    given name followed by a surname of the name lexicon ("KATHERINEFRANCIS") is split too. Values
    are compared without spaces anyway; this lets the recognisers see the words."""
    out = _GLUED.sub(" ", _ZERO_IN_WORD.sub("o", text))
    if re.search(r"[A-ZÀ-Þ]{8}", out):
        out = re.sub(r"\b[A-ZÀ-Þ]{8,30}\b", _split_capitals, out)
    return out


def _split_capitals(m: re.Match[str]) -> str:
    from guard.verify.lexicon import names

    word = m.group()
    lexicon = names()
    if lexicon.is_name(word):
        return word
    for i in range(3, len(word) - 2):
        if lexicon.is_first(word[:i]) and lexicon.is_last(word[i:]):
            return f"{word[:i]} {word[i:]}"
    return word


FIELD_COLON = re.compile(r"(?<!\d):|:(?!\d)")
"""A colon that ends a label ("Tel:", "Cardno.:B50U"), not the one of a clock time ("21:40")."""


def inline_fields(text: str) -> list[tuple[str, str]]:
    """(label, value) for each "Label: value" printed in one line, also several in a row as OCR reads an
    ID card ("Dateofbirth:01APR1995 Cardno.:B50U43005", "Place of birth:Oldenzaal Nationality:Dutch"):
    the words before each colon that form a known label (or the word glued to it) are its label, the
    words up to the next label its value."""
    from guard.verify.cues import cues

    if ":" not in text:
        return []
    words = text.split()
    marks: list[tuple[int, int, int]] = []  # (word holding the colon, first word of its label, colon offset)
    for i, word in enumerate(words):
        colon = FIELD_COLON.search(word)  # not the colon of a clock time ("10:30")
        if colon is None or (colon.end() == len(word) and i + 1 == len(words)):
            continue
        start = i
        low = marks[-1][0] + 1 if marks else 0
        for j in range(max(low, i - 3), i):  # the longest run of words before it that is a label
            if cues().label_family(" ".join([*words[j:i], word[: colon.start()]])) is not None:
                start = j
                break
        marks.append((i, start, colon.start()))
    out: list[tuple[str, str]] = []
    for k, (i, start, at) in enumerate(marks):
        head, first = words[i][:at], words[i][at + 1 :]
        end = marks[k + 1][1] if k + 1 < len(marks) else len(words)
        label = " ".join([*words[start:i], head]).strip()
        value = " ".join([first, *words[i + 1 : end]]).strip()
        if label and value:
            out.append((label, value))
    return out


def label_pairs(boxes: Sequence[TextBox]) -> list[tuple[str, str]]:
    """(label, value) for each box: the box alone (label ""), "LABEL: value" printed in one box, and
    the box with its likely label, the box to its left on the same row or just above it (forms print
    "Surname" over "Berg", or "Tel." before the number), on the page turned level (:func:`deskewed`)."""
    boxes = [replace(b, text=unglued(b.text)) for b in deskewed(boxes)]
    out: list[tuple[str, str]] = []
    for b in boxes:
        out.append(("", b.text))
        out.extend(inline_fields(b.text))
        # its label: the nearest box to its left on the row, and the nearest one just above it
        left = [o for o in boxes if o is not b and _left_of(o, b)]
        if left:
            out.append((max(left, key=lambda o: o.x1).text, b.text))
        above = [o for o in boxes if o is not b and _above(o, b)]
        if above:
            out.append((max(above, key=lambda o: o.y1).text, b.text))
    return out


def _left_of(o: TextBox, b: TextBox) -> bool:
    """``o`` ends left of ``b`` on the same row (half their heights overlap)."""
    return o.x1 <= b.x0 + 2 and _overlap(o.y0, o.y1, b.y0, b.y1) > 0.5 * min(o.height, b.height)


def _above(o: TextBox, b: TextBox) -> bool:
    """``o`` is printed just above ``b`` (within 2.5 line heights) and overlaps it horizontally."""
    above = (o.y0 + o.y1) / 2 < (b.y0 + b.y1) / 2 - 0.4 * b.height and o.y1 <= b.y0 + 0.6 * b.height
    return above and b.y0 - o.y1 < 2.5 * b.height and _overlap(o.x0, o.x1, b.x0, b.x1) > 0


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


class ImageReader:
    """OCR results by SHA-256 of the image bytes, computed once in a background thread."""

    def __init__(self, *, cache_images: int = 64, engine: Callable[[bytes], list[TextBox]] | None = None) -> None:
        self._engine = engine or ocr_boxes
        self._futures: Lru[str, Future[list[TextBox]]] = Lru(cache_images)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard-ocr")

    def prefetch(self, images: Sequence[bytes]) -> None:
        """Start reading ``images`` now (returns at once; later reads await the same work)."""
        for image in images:
            self._future(image)

    async def read(self, image: bytes) -> list[TextBox]:
        """The image's text boxes (waits for the OCR started by :meth:`prefetch`, or starts it)."""
        future = self._future(image)
        try:
            return await asyncio.wrap_future(future)
        except Exception:
            self._futures.discard(hashlib.sha256(image).hexdigest(), future)  # the next request may try again
            raise

    def _future(self, image: bytes) -> Future[list[TextBox]]:
        return self._futures.setdefault(
            hashlib.sha256(image).hexdigest(), lambda: self._pool.submit(self._engine, image)
        )

    def warm_up(self) -> None:
        if self._engine is ocr_boxes:
            _engine()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
