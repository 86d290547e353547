"""Identity documents and cards: ID card, passport page, driver's licence, student id, credit card,
vehicle registration, business card. Each layout varies band position, photo side, field order,
label style, fonts and colours with the image's seed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from guard.synth import draw as dr
from guard.synth.fonts import font
from guard.synth.scene import Ctx, Fact, Scene, register, shown
from guard.synth.values import CARD_NETWORKS, card_number, moment, pattern, university


@dataclass
class Card:
    """A rectangular document with a coloured band, an optional photo and labelled fields."""

    title: str
    subtitle: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    size: tuple[int, int] = (680, 430)
    photo: bool = True
    signature: str | None = None
    mrz: tuple[str, ...] = ()
    barcode: bool = False


def render_card(ctx: Ctx, card: Card) -> tuple[Image.Image, list[str]]:
    """The card image and the field values actually drawn (fields that do not fit are dropped)."""
    rng = ctx.rng
    w, h = card.size
    w, h = int(w * rng.uniform(0.92, 1.1)), int(h * rng.uniform(0.92, 1.1))
    accent = dr.jitter(rng, rng.choice(dr.ACCENTS))
    paper = dr.jitter(rng, dr.tint(accent, rng.uniform(0.82, 0.95)), 6)
    ink = rng.choice(dr.INKS)
    img = Image.new("RGB", (w, h), paper)
    d = ImageDraw.Draw(img)
    family = rng.choice(("sans", "serif"))
    bold = f"{family}_bold"
    band_left = rng.random() < 0.3
    band = int(h * 0.17)
    top = 14
    left = 18
    if band_left:
        d.rectangle((0, 0, int(w * 0.07), h), fill=accent)
        left = int(w * 0.07) + 16
        d.text((left, 12), card.title, font=dr.fitted(bold, 28, card.title, w - left - 20), fill=accent)
        top = 52
    else:
        d.rectangle((0, 0, w, band), fill=accent)
        d.text((left, 12), card.title, font=dr.fitted(bold, 28, card.title, w - 40), fill=(255, 255, 255))
        top = band + 12
    if card.subtitle:
        d.text((left, top - 6), card.subtitle, font=font(family, 14), fill=dr.tint(ink, 0.3))
        top += 16
    photo_w = int(w * 0.24) if card.photo else 0
    photo_right = rng.random() < 0.35
    if card.photo:
        px = w - photo_w - 18 if photo_right else left
        dr.avatar(d, (px, top + 4, px + photo_w, top + 4 + int(photo_w * 1.25)), rng)
    fx = left + (0 if photo_right or not card.photo else photo_w + 22)
    fmax = (w - photo_w - 40 if photo_right else w - 20) - fx
    above = rng.random() < 0.5
    label_size = rng.randint(11, 13)
    value_size = rng.randint(17, 21)
    y = top + 4
    drawn: list[str] = []
    two_cols = len(card.fields) > 5 and fmax > 360
    col_w = fmax // 2 if two_cols else fmax
    bottom = h - 22 - (18 * len(card.mrz)) - (40 if card.signature else 0)
    for i, (label, value) in enumerate(card.fields):
        col = i % 2 if two_cols else 0
        x = fx + col * col_w
        if above:
            d.text((x, y), label.upper(), font=font(family, label_size), fill=dr.tint(accent, -0.2))
            d.text((x, y + label_size + 2), value, font=dr.fitted(bold, value_size, value, col_w - 8), fill=ink)
            step = label_size + value_size + 10
        else:
            lab = f"{label}: "
            lw = dr.text(d, (x, y), lab, family, value_size - 3, dr.tint(accent, -0.2))
            d.text((x + lw, y), value, font=dr.fitted(bold, value_size - 1, value, col_w - lw - 8), fill=ink)
            step = value_size + 9
        drawn.append(value)
        if not two_cols or col == 1:
            y += step
        if y > bottom:
            break
    if card.signature:
        sy = h - 50 - 18 * len(card.mrz)
        d.text((fx, sy - 4), "Signature", font=font(family, 10), fill=dr.tint(ink, 0.4))
        dr.signature(img, (fx + 70, sy - 10), card.signature, 24, rng, rng.choice(dr.INKS))
    if card.barcode:
        dr.barcode(d, (w - 200, h - 50, w - 20, h - 16), rng, ink)
    for i, line in enumerate(card.mrz):
        d.text((18, h - 14 - 18 * (len(card.mrz) - i)), line, font=font("mono", 15), fill=ink)
    return img, drawn


def _shuffled(ctx: Ctx, fields: list[tuple[str, str]], keep_first: int = 1) -> list[tuple[str, str]]:
    head, tail = fields[:keep_first], fields[keep_first:]
    ctx.rng.shuffle(tail)
    return head + tail


def _mrz_name(last: str, first: str) -> str:
    clean = "".join(ch if ch.isascii() and ch.isalpha() else "<" for ch in f"{last}<<{first}".upper())
    return clean.replace(" ", "<")


def id_card(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    number = pattern(rng, rng.choice(("?##?#####", "ID#########", "##?? ######", "???#####?#")))
    doc = "identity card"
    fields = [
        ("Surname", p.last),
        ("Given names", p.first),
        ("Date of birth", p.fmt(p.birth_date)),
        ("Place of birth", p.birth_city),
        ("Nationality", p.nationality),
        ("Card no.", number),
    ]
    if variant == 1:
        fields = [("Name", p.full), *fields[2:]]
    signed = ctx.wants("a8_signature") or rng.random() < 0.7
    card = Card(
        title=rng.choice(("IDENTITY CARD", "NATIONAL ID CARD", "IDENTITY DOCUMENT")),
        subtitle=p.country,
        fields=_shuffled(ctx, fields, keep_first=2 if variant == 0 else 1),
        signature=p.full if signed else None,
        size=(700, 440),
    )
    img, drawn = render_card(ctx, card)
    facts = [
        Fact("a29_ausweis", number, "the identity card number", doc),
        Fact("a24_birth_date", p.fmt(p.birth_date), "the date of birth", doc),
        Fact("a23_birth_city", p.birth_city, "the place of birth", doc),
        Fact("a25_nationality", p.nationality, "the holder's nationality", doc),
    ]
    if variant == 0:
        facts += [
            Fact("a21_name_last", p.last, "the holder's surname", doc),
            Fact("a20_name_first", p.first, "the holder's given name", doc),
        ]
    else:
        facts.append(Fact("a19_name_full", p.full, "the holder's full name", doc))
    if card.signature:
        facts.append(Fact("a8_signature", p.full, "the name in the signature", doc))
    return Scene(dr.finish(img, rng, ctx.nrng), shown(facts, drawn))


def passport(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    number = pattern(rng, rng.choice(("?########", "##?######", "??#######")))
    doc = "passport"
    expiry = moment(rng, 2026, 2035).date()
    fields = [
        ("Type / Code", f"P / {p.country_code}"),
        ("Passport No.", number),
        ("Surname", p.last),
        ("Given names", p.first),
        ("Nationality", p.nationality),
        ("Date of birth", p.fmt(p.birth_date)),
        ("Place of birth", p.birth_city),
        ("Date of expiry", p.fmt(expiry)),
    ]
    name = _mrz_name(p.last, p.first)
    mrz = (
        f"P<{p.country_code}{name}".ljust(44, "<")[:44],
        f"{number.replace(' ', '')}<{p.country_code}{p.birth_date:%y%m%d}".ljust(44, "<")[:44],
    )
    card = Card(
        title="PASSPORT" if variant == 0 else f"PASSPORT · {p.country.upper()}",
        subtitle="" if variant == 0 else "Personal data page",
        fields=_shuffled(ctx, fields, keep_first=2),
        mrz=mrz if variant == 0 or rng.random() < 0.5 else (),
        signature=p.full if variant == 1 else None,
        size=(740, 500),
    )
    facts = [
        Fact("a31_passport", number, "the passport number", doc),
        Fact("a21_name_last", p.last, "the holder's surname", doc),
        Fact("a20_name_first", p.first, "the holder's given name", doc),
        Fact("a25_nationality", p.nationality, "the holder's nationality", doc),
        Fact("a24_birth_date", p.fmt(p.birth_date), "the date of birth", doc),
        Fact("a23_birth_city", p.birth_city, "the place of birth", doc),
    ]
    if card.signature:
        facts.append(Fact("a8_signature", p.full, "the name in the signature", doc))
    img, drawn = render_card(ctx, card)
    return Scene(dr.finish(img, rng, ctx.nrng), shown(facts, drawn))


def drivers_licence(ctx: Ctx, variant: int) -> Scene:
    p, rng, a = ctx.person, ctx.rng, ctx.person.address
    number = pattern(rng, rng.choice(("?###-####-####", "D########", "??######?#", "#########")))
    doc = "driver's licence"
    expiry = moment(rng, 2026, 2034).date()
    if variant == 0:  # US-style: address on the card
        fields = [
            ("DL", number),
            ("Name", p.full),
            ("Address", a.one_line),
            ("DOB", p.fmt(p.birth_date)),
            ("EXP", p.fmt(expiry)),
            ("Class", rng.choice(("C", "D", "B"))),
        ]
    else:  # EU-style numbered fields
        fields = [
            ("1.", p.last),
            ("2.", p.first),
            ("3.", f"{p.fmt(p.birth_date)} {p.birth_city}"),
            ("4b.", p.fmt(expiry)),
            ("5.", number),
            ("9.", rng.choice(("AM/A1/B", "B/BE", "B"))),
        ]
    card = Card(
        title=rng.choice(("DRIVER LICENSE", "DRIVING LICENCE", "DRIVER'S LICENSE")),
        subtitle=p.country,
        fields=fields,
        signature=p.full if ctx.wants("a8_signature") or rng.random() < 0.6 else None,
    )
    facts = [
        Fact("a32_drivers_license", number, "the licence number", doc),
        Fact("a82_date_time", p.fmt(expiry), "the expiry date", doc),
    ]
    if variant == 0:
        facts += [
            Fact("a19_name_full", p.full, "the licence holder's name", doc),
            Fact("a78_address_home_complete", a.one_line, "the holder's home address", doc),
            Fact("a24_birth_date", p.fmt(p.birth_date), "the holder's date of birth", doc),
        ]
    else:
        facts += [
            Fact("a21_name_last", p.last, "the holder's surname", doc),
            Fact("a20_name_first", p.first, "the holder's first name", doc),
        ]
    if card.signature:
        facts.append(Fact("a8_signature", p.full, "the name in the signature", doc))
    img, drawn = render_card(ctx, card)
    return Scene(dr.finish(img, rng, ctx.nrng), shown(facts, drawn))


def student_id(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    number = pattern(rng, rng.choice(("S#######", "########", "##-####-##", "?#######")))
    uni = university(ctx.fake, rng)
    valid = moment(rng, 2025, 2029).date()
    doc = "student id card"
    fields = [("Name", p.full), ("Student no.", number), ("Valid until", p.fmt(valid))]
    if variant == 1:
        fields.insert(2, ("Programme", rng.choice(("Computer Science", "Medicine", "History", "Economics", "Law"))))
    card = Card(
        title=uni,
        subtitle="STUDENT ID" if variant == 0 else "Student card · Library card",
        fields=_shuffled(ctx, fields),
        size=(640, 400) if variant == 0 else (420, 620),
        barcode=True,
    )
    facts = (
        Fact("a33_student_id", number, "the student number", doc),
        Fact("a19_name_full", p.full, "the student's name", doc),
        Fact("a70_education_history", uni, "the university the student attends", doc),
        Fact("a82_date_time", p.fmt(valid), "the date the card is valid until", doc),
    )
    img, drawn = render_card(ctx, card)
    return Scene(dr.finish(img, rng, ctx.nrng), shown(list(facts), [*drawn, uni]))


def credit_card(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    network = rng.choice(list(CARD_NETWORKS))
    number = card_number(rng, network)
    w, h = int(680 * rng.uniform(0.95, 1.05)), 428
    base = (
        dr.jitter(rng, rng.choice(((20, 20, 30), (30, 40, 80), (60, 20, 40), (20, 60, 50))))
        if variant == 0
        else dr.jitter(rng, rng.choice(((220, 225, 235), (235, 215, 160), (200, 225, 215))))
    )
    ink = (235, 235, 235) if variant == 0 else (25, 25, 35)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), radius=28, fill=255)
    card = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(card)
    for i in range(0, w, 6):  # a diagonal sheen
        d.line((i, 0, i - h // 2, h), fill=dr.tint(base, 0.06 if (i // 60) % 2 else -0.04), width=6)
    bank = rng.choice(("Northbank", "Civic Savings", "Harbor Credit Union", "Meridian Bank", "Lumen Pay"))
    d.text((36, 28), bank, font=font("sans_bold", 28), fill=ink)
    d.rounded_rectangle((50, 150, 130, 210), radius=8, fill=(212, 175, 90), outline=(150, 120, 60))
    for k in range(1, 4):
        d.line((50, 150 + 15 * k, 130, 150 + 15 * k), fill=(150, 120, 60))
    size = rng.randint(34, 40)
    d.text((50, 240), number, font=dr.fitted("mono_bold", size, number, w - 90), fill=ink)
    exp = moment(rng, 2026, 2031)
    d.text((50, 300), "VALID THRU", font=font("sans", 11), fill=ink)
    d.text((140, 294), f"{exp:%m/%y}", font=font("mono", 22), fill=ink)
    holder = p.full.upper()
    d.text((50, 350), holder, font=dr.fitted("sans", 26, holder, w - 250), fill=ink)
    d.text((w - 200, h - 70), network, font=font("sans_bold", 30), fill=ink)
    card.putalpha(mask)  # rounded corners stay transparent until the card is laid on a surface
    doc = "credit card"
    facts = (
        Fact("a30_credit_card", number, "the card number", doc),
        Fact("a19_name_full", holder, "the cardholder's name", doc),
    )
    return Scene(dr.finish(card, rng, ctx.nrng, margin=(20, 70)), facts)


def vehicle_registration(ctx: Ctx, variant: int) -> Scene:
    p, rng, a = ctx.person, ctx.rng, ctx.person.address
    plate = _plate(ctx)
    vin = pattern(rng, "?????##?#?######").replace("I", "J").replace("O", "P")
    make = rng.choice(("Volkswagen Golf", "Toyota Corolla", "Ford Focus", "Renault Clio", "Skoda Octavia", "Fiat 500"))
    doc = "vehicle registration certificate"
    fields = [
        ("Registration no.", plate),
        ("Registered keeper", p.full),
        ("Address", a.one_line),
        ("Make / model", make),
        ("VIN", vin),
        ("First registered", p.fmt(moment(rng, 2012, 2024).date())),
    ]
    card = Card(
        title="VEHICLE REGISTRATION CERTIFICATE" if variant == 0 else "REGISTRATION DOCUMENT",
        subtitle=p.country,
        fields=_shuffled(ctx, fields, keep_first=1),
        photo=False,
        size=(820, 470),
        barcode=variant == 1,
    )
    facts = (
        Fact("a102_vehicle_ownership", p.full, "the registered keeper of the vehicle", doc),
        Fact("a103_license_plate_complete", plate, "the registration number", doc),
        Fact("a78_address_home_complete", a.one_line, "the keeper's address", doc),
    )
    img, drawn = render_card(ctx, card)
    return Scene(dr.finish(img, rng, ctx.nrng), shown(list(facts), drawn))


def business_card(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    company = ctx.fake.company().replace("\n", " ")
    w, h = 640, 370
    paper = dr.jitter(rng, rng.choice(dr.PAPERS), 6)
    accent = dr.jitter(rng, rng.choice(dr.ACCENTS))
    ink = rng.choice(dr.INKS)
    img = Image.new("RGB", (w, h), paper)
    d = ImageDraw.Draw(img)
    family = rng.choice(("sans", "serif"))
    if variant == 0:
        d.rectangle((0, h - 26, w, h), fill=accent)
        x, y = 40, 50
    else:
        d.rectangle((0, 0, 200, h), fill=accent)
        d.text((20, 30), company[:18], font=dr.fitted(f"{family}_bold", 22, company[:18], 170), fill=(255, 255, 255))
        x, y = 225, 60
    d.text((x, y), p.full, font=dr.fitted(f"{family}_bold", 30, p.full, w - x - 20), fill=ink)
    d.text((x, y + 42), p.job, font=dr.fitted(family, 18, p.job, w - x - 20), fill=accent)
    if variant == 0:
        d.text((x, y + 70), company, font=dr.fitted(family, 16, company, w - x - 20), fill=dr.tint(ink, 0.3))
    for i, line in enumerate((f"Tel. {p.phone}", p.email)):
        d.text((x, y + 150 + 30 * i), line, font=dr.fitted(family, 18, line, w - x - 20), fill=ink)
    doc = "business card"
    facts = (
        Fact("a46_occupation", p.job, "the person's job title", doc),
        Fact("a19_name_full", p.full, "the name on the card", doc),
        Fact("a49_phone", p.phone, "the phone number", doc),
        Fact("a90_email", p.email, "the email address", doc),
    )
    return Scene(dr.finish(img, rng, ctx.nrng), facts)


def _plate(ctx: Ctx) -> str:
    plate = str(ctx.fake.license_plate()).upper().strip()
    return " ".join(plate.split()) or pattern(ctx.rng, "??## ???")


register(
    "id_card_split_name",
    (
        "a29_ausweis",
        "a24_birth_date",
        "a23_birth_city",
        "a25_nationality",
        "a21_name_last",
        "a20_name_first",
        "a8_signature",
    ),
    lambda c: id_card(c, 0),
)
register(
    "id_card_full_name",
    ("a29_ausweis", "a24_birth_date", "a23_birth_city", "a25_nationality", "a19_name_full", "a8_signature"),
    lambda c: id_card(c, 1),
)
_PASSPORT = (
    "a31_passport",
    "a21_name_last",
    "a20_name_first",
    "a25_nationality",
    "a24_birth_date",
    "a23_birth_city",
)
register("passport_mrz", _PASSPORT, lambda c: passport(c, 0))
register("passport_data_page", (*_PASSPORT, "a8_signature"), lambda c: passport(c, 1))
register(
    "licence_us",
    (
        "a32_drivers_license",
        "a82_date_time",
        "a19_name_full",
        "a78_address_home_complete",
        "a24_birth_date",
        "a8_signature",
    ),
    lambda c: drivers_licence(c, 0),
)
register(
    "licence_eu",
    ("a32_drivers_license", "a82_date_time", "a21_name_last", "a20_name_first", "a8_signature"),
    lambda c: drivers_licence(c, 1),
)
_STUDENT = ("a33_student_id", "a19_name_full", "a70_education_history", "a82_date_time")
register("student_id_landscape", _STUDENT, lambda c: student_id(c, 0))
register("student_id_portrait", _STUDENT, lambda c: student_id(c, 1))
register("credit_card_dark", ("a30_credit_card", "a19_name_full"), lambda c: credit_card(c, 0))
register("credit_card_light", ("a30_credit_card", "a19_name_full"), lambda c: credit_card(c, 1))
_REG = ("a102_vehicle_ownership", "a103_license_plate_complete", "a78_address_home_complete")
register("vehicle_registration", _REG, lambda c: vehicle_registration(c, 0))
register("vehicle_registration_barcode", _REG, lambda c: vehicle_registration(c, 1))
_BUSINESS = ("a46_occupation", "a19_name_full", "a49_phone", "a90_email")
register("business_card_band", _BUSINESS, lambda c: business_card(c, 0))
register("business_card_side", _BUSINESS, lambda c: business_card(c, 1))
