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
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class TextBox:
    """One line of text the OCR read, with its bounding box (pixels)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

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
        boxes.append(TextBox(" ".join(text.split()), min(xs), min(ys), max(xs), max(ys)))
    return boxes


def label_pairs(boxes: Sequence[TextBox]) -> list[tuple[str, str]]:
    """(label, value) for each box: the box alone (label ""), "LABEL: value" printed in one box, and
    the box with its likely label, the box to its left on the same row or just above it (forms print
    "Surname" over "Berg", or "Tel." before the number)."""
    out: list[tuple[str, str]] = []
    for b in boxes:
        out.append(("", b.text))
        head, sep, tail = b.text.partition(":")
        if sep and head.strip() and tail.strip():
            out.append((head.strip(), tail.strip()))
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
        self._limit = max(1, cache_images)
        self._futures: OrderedDict[str, Future[list[TextBox]]] = OrderedDict()
        self._lock = threading.Lock()
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
            with self._lock:  # a failed read is not cached: the next request may try again
                key = hashlib.sha256(image).hexdigest()
                if self._futures.get(key) is future:
                    del self._futures[key]
            raise

    def _future(self, image: bytes) -> Future[list[TextBox]]:
        key = hashlib.sha256(image).hexdigest()
        with self._lock:
            hit = self._futures.get(key)
            if hit is not None:
                self._futures.move_to_end(key)
                return hit
            future = self._pool.submit(self._engine, image)
            self._futures[key] = future
            while len(self._futures) > self._limit:
                self._futures.popitem(last=False)
            return future

    def warm_up(self) -> None:
        if self._engine is ocr_boxes:
            _engine()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
