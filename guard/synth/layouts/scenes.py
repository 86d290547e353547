"""Drawn scenes: cars with licence plates (complete, partly hidden, for sale by their owner), a house
front with a street sign and name plate, and a photo with a camera date stamp."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from guard.synth import draw as dr
from guard.synth.fonts import font
from guard.synth.scene import Ctx, Fact, Scene, register
from guard.synth.values import moment, pattern

W, H = 860, 600


def _street(rng: random.Random) -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    """Sky, buildings and road; returns the image, its drawer and the road's top edge."""
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    sky = dr.jitter(rng, rng.choice(((150, 190, 230), (190, 200, 210), (230, 180, 140))), 15)
    for y in range(0, H, 6):
        d.rectangle((0, y, W, y + 6), fill=dr.tint(sky, 0.4 * y / H))
    horizon = int(H * rng.uniform(0.45, 0.55))
    x = 0
    while x < W:
        bw, bh = rng.randint(80, 200), rng.randint(90, 260)
        d.rectangle(
            (x, horizon - bh, x + bw, horizon),
            fill=dr.jitter(rng, rng.choice(((170, 160, 150), (120, 110, 100), (200, 190, 170))), 20),
        )
        for wy in range(horizon - bh + 12, horizon - 20, 36):
            for wx in range(x + 10, x + bw - 20, 30):
                d.rectangle((wx, wy, wx + 16, wy + 20), fill=(90, 110, 130))
        x += bw + rng.randint(0, 20)
    d.rectangle((0, horizon, W, H), fill=dr.jitter(rng, (90, 90, 95), 10))
    return img, d, horizon


def _plate_font(rng: random.Random) -> str:
    return rng.choice(("mono_bold", "sans_bold"))


def _car(ctx: Ctx, plate: str, front: bool) -> tuple[Image.Image, tuple[int, int, int, int], str, int]:
    """A car seen from the front or rear; returns the image, the plate box, the plate font and size."""
    rng = ctx.rng
    img, d, horizon = _street(rng)
    body = dr.jitter(rng, rng.choice(((180, 30, 30), (30, 60, 140), (220, 220, 225), (40, 40, 45), (200, 170, 40))), 20)
    cx = W // 2 + rng.randint(-80, 80)
    cw = rng.randint(460, 560)
    top = horizon - rng.randint(40, 80)
    bottom = top + rng.randint(300, 340)
    x0, x1 = cx - cw // 2, cx + cw // 2
    d.rounded_rectangle((x0 + 60, top, x1 - 60, top + 120), radius=40, fill=body)
    d.polygon(
        [(x0 + 90, top + 20), (x1 - 90, top + 20), (x1 - 110, top + 100), (x0 + 110, top + 100)], fill=(60, 80, 100)
    )
    d.rounded_rectangle((x0, top + 100, x1, bottom - 40), radius=30, fill=body)
    for wx in (x0 + 40, x1 - 110):
        d.rounded_rectangle((wx, bottom - 70, wx + 70, bottom), radius=12, fill=(20, 20, 20))
    light = (250, 240, 200) if front else (200, 30, 30)
    d.rounded_rectangle((x0 + 20, top + 130, x0 + 110, top + 165), radius=10, fill=light)
    d.rounded_rectangle((x1 - 110, top + 130, x1 - 20, top + 165), radius=10, fill=light)
    if front:
        d.rectangle((cx - 110, top + 140, cx + 110, top + 170), fill=dr.tint(body, -0.4))
    style = _plate_font(rng)
    size = 40
    pw = dr.width(font(style, size), plate) + 60
    while pw > cw - 120 and size > 20:
        size -= 2
        pw = dr.width(font(style, size), plate) + 60
    ph = int(size * 1.6)
    py = bottom - 40 - ph - 20
    box = (cx - pw // 2, py, cx + pw // 2, py + ph)
    yellow = not front and rng.random() < 0.35
    d.rounded_rectangle(
        box, radius=6, fill=(245, 200, 40) if yellow else (248, 248, 248), outline=(20, 20, 20), width=3
    )
    if rng.random() < 0.6:
        d.rectangle((box[0] + 3, box[1] + 3, box[0] + 26, box[3] - 3), fill=(30, 60, 160))
    d.text((box[0] + 40, box[1] + ph // 2 - size * 0.62), plate, font=font(style, size), fill=(15, 15, 15))
    return img, box, style, size


def _plate(ctx: Ctx) -> str:
    plate = " ".join(str(ctx.fake.license_plate()).upper().split())
    return plate if sum(ch.isalnum() for ch in plate) >= 5 else pattern(ctx.rng, "?? ### ??")


def car(ctx: Ctx, front: bool) -> Scene:
    plate = _plate(ctx)
    img, _, _, _ = _car(ctx, plate, front)
    doc = "photo of a car"
    return Scene(
        dr.finish(img, ctx.rng, ctx.nrng, max_angle=2.0, margin=(0, 8)),
        (Fact("a103_license_plate_complete", plate, "the licence plate", doc),),
    )


def car_occluded(ctx: Ctx, front: bool) -> Scene:
    """The plate's right part is hidden (a post, a bush, a bicycle); ground truth is the visible part."""
    rng = ctx.rng
    plate = _plate(ctx)
    img, box, style, size = _car(ctx, plate, front)
    seps = [i for i in range(2, len(plate) - 1) if plate[i] in " -" and plate[i - 1].isalnum()]
    inner = [i for i in range(3, len(plate) - 1) if plate[i - 1].isalnum() and plate[i].isalnum()]
    cut = rng.choice(seps or inner or [max(1, len(plate) - 2)])
    visible = plate[:cut].rstrip(" -")
    d = ImageDraw.Draw(img)
    x = box[0] + 40 + dr.width(font(style, size), plate[:cut]) + (2 if plate[cut] in " -" else 0)
    kind = rng.choice(("post", "bush", "sign"))
    if kind == "post":
        d.rectangle((x, 0, box[2] + 30, H), fill=dr.jitter(rng, (110, 110, 115), 15))
    elif kind == "bush":
        for _ in range(40):
            bx, by = rng.randint(x + 20, box[2] + 140), rng.randint(box[1] - 80, H)
            r = rng.randint(30, 70)
            d.ellipse((bx - r, by - r, bx + r, by + r), fill=dr.jitter(rng, (50, 110, 50), 25))
        d.rectangle((x, box[1] - 20, box[2] + 40, box[3] + 20), fill=dr.jitter(rng, (45, 105, 45), 10))
    else:
        d.rectangle((x, box[1] - 90, box[2] + 90, box[3] + 60), fill=(240, 240, 240), outline=(200, 0, 0), width=6)
        d.text((x + 16, box[1] - 60), "NO\nPARKING", font=font("sans_bold", 28), fill=(200, 0, 0))
    doc = "photo of a car"
    facts = (Fact("a104_license_plate_partial", visible, "the visible part of the licence plate", doc),)
    return Scene(dr.finish(img, rng, ctx.nrng, max_angle=2.0, margin=(0, 8)), facts)


def car_for_sale(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    plate = _plate(ctx)
    img, _, _, _ = _car(ctx, plate, front=rng.random() < 0.5)
    d = ImageDraw.Draw(img)
    sx, sy = 20 if rng.random() < 0.5 else W - 300, 30
    d.rectangle((sx, sy, sx + 280, sy + 170), fill=(255, 235, 60), outline=(20, 20, 20), width=4)
    d.text((sx + 16, sy + 10), "FOR SALE", font=font("sans_bold", 40), fill=(200, 0, 0))
    d.text((sx + 16, sy + 64), "by owner", font=font("sans", 18), fill=(20, 20, 20))
    d.text((sx + 16, sy + 90), p.full, font=dr.fitted("sans_bold", 22, p.full, 250), fill=(20, 20, 20))
    d.text((sx + 16, sy + 124), p.phone, font=dr.fitted("sans_bold", 22, p.phone, 250), fill=(20, 20, 20))
    doc = "photo of a car for sale"
    facts = (
        Fact("a102_vehicle_ownership", p.full, "the name of the car's owner", doc),
        Fact("a49_phone", p.phone, "the phone number on the sign", doc),
        Fact("a103_license_plate_complete", plate, "the licence plate", doc),
    )
    return Scene(dr.finish(img, rng, ctx.nrng, max_angle=2.0, margin=(0, 8)), facts)


def house_front(ctx: Ctx) -> Scene:
    p, rng, a = ctx.person, ctx.rng, ctx.person.address
    img = Image.new("RGB", (W, H), dr.jitter(rng, (150, 190, 230), 15))
    d = ImageDraw.Draw(img)
    wall = dr.jitter(rng, rng.choice(((220, 200, 170), (200, 120, 90), (235, 235, 230), (180, 190, 200))), 15)
    d.rectangle((60, 120, W - 60, H), fill=wall)
    d.polygon([(30, 130), (W // 2, 20), (W - 30, 130)], fill=dr.jitter(rng, (120, 60, 50), 20))
    door_x = rng.randint(120, W - 320)
    d.rectangle((door_x, 300, door_x + 130, H), fill=dr.jitter(rng, (80, 50, 30), 20))
    d.ellipse((door_x + 105, 440, door_x + 117, 452), fill=(210, 180, 60))
    for wx in (door_x - 120, door_x + 230):
        if 70 < wx < W - 180:
            d.rectangle((wx, 220, wx + 110, 330), fill=(120, 150, 180), outline=(250, 250, 250), width=6)
    sign_w = dr.width(font("sans_bold", 26), a.street) + 40
    sx = min(W - sign_w - 20, door_x + 150)
    d.rectangle((sx, 150, sx + sign_w, 200), fill=(20, 60, 140), outline=(255, 255, 255), width=3)
    d.text((sx + 20, 160), a.street, font=font("sans_bold", 26), fill=(255, 255, 255))
    bx = door_x + 150
    d.rectangle((bx, 380, bx + 150, 470), fill=(60, 60, 60))
    d.rectangle((bx + 10, 390, bx + 140, 420), fill=(240, 240, 230))
    d.text((bx + 16, 394), p.last, font=dr.fitted("serif_bold", 20, p.last, 120), fill=(20, 20, 20))
    doc = "photo of a house"
    facts = (
        Fact("a79_address_home_partial", a.street, "the street and house number", doc),
        Fact("a21_name_last", p.last, "the family name on the mailbox", doc),
    )
    return Scene(dr.finish(img, rng, ctx.nrng, max_angle=1.5, margin=(0, 6)), facts)


def dated_photo(ctx: Ctx) -> Scene:
    rng = ctx.rng
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    sky = dr.jitter(rng, rng.choice(((120, 170, 230), (250, 170, 120), (90, 110, 160))), 20)
    for y in range(0, H, 5):
        d.rectangle((0, y, W, y + 5), fill=dr.tint(sky, 0.5 * y / H))
    sun = (rng.randint(100, W - 100), rng.randint(60, 220))
    d.ellipse((sun[0] - 40, sun[1] - 40, sun[0] + 40, sun[1] + 40), fill=(255, 230, 150))
    for k in range(3):
        base = H - 80 * k
        pts = [(x, base - 140 - rng.randint(0, 120)) for x in range(0, W + 120, 120)]
        d.polygon([(0, H), *pts, (W, H)], fill=dr.jitter(rng, (60 + 30 * k, 110 + 20 * k, 70), 15))
    stamp_dt = moment(rng, 2005, 2024)
    stamp = stamp_dt.strftime(rng.choice(("%Y/%m/%d %H:%M", "%d.%m.%Y %H:%M", "'%y %m %d  %H:%M")))
    f = font("mono_bold", rng.randint(26, 34))
    tw = dr.width(f, stamp)
    d.text((W - tw - 30, H - 60), stamp, font=f, fill=(255, 150, 40))
    doc = "photo"
    facts = (Fact("a82_date_time", stamp, "the date and time stamped on the photo", doc),)
    return Scene(dr.finish(img, rng, ctx.nrng, max_angle=0.0, margin=(0, 4)), facts)


register("car_rear", ("a103_license_plate_complete",), lambda c: car(c, front=False))
register("car_front", ("a103_license_plate_complete",), lambda c: car(c, front=True))
register("car_rear_hidden_plate", ("a104_license_plate_partial",), lambda c: car_occluded(c, front=False))
register("car_front_hidden_plate", ("a104_license_plate_partial",), lambda c: car_occluded(c, front=True))
register("car_for_sale", ("a102_vehicle_ownership", "a49_phone", "a103_license_plate_complete"), car_for_sale)
register("house_front", ("a79_address_home_partial", "a21_name_last"), house_front)
register("dated_photo", ("a82_date_time",), dated_photo)
