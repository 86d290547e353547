"""Paper: receipts, tickets and boarding passes, envelopes and parcel labels, medicine labels, legal
letters, signed letters and cheques, handwritten notes, filled-in forms, diplomas, birthday cards."""

from __future__ import annotations

from datetime import datetime

from PIL import Image, ImageDraw

from guard.synth import draw as dr
from guard.synth.fonts import font
from guard.synth.scene import Ctx, Fact, Scene, register, shown
from guard.synth.values import (
    AIRLINES,
    CHARGES,
    DEGREES,
    DOSAGE,
    MARITAL,
    MEDICINES,
    NOTE_TEXTS,
    RELIGIONS,
    SHOP_ITEMS,
    SHOPS,
    moment,
    pattern,
    university,
)


class Sheet:
    """A page written top to bottom; remembers which strings fitted so facts match what is drawn."""

    def __init__(self, ctx: Ctx, size: tuple[int, int], paper: dr.Color | None = None, margin: int = 32) -> None:
        self.ctx = ctx
        w, h = size
        self.w, self.h = int(w * ctx.rng.uniform(0.94, 1.08)), int(h * ctx.rng.uniform(0.94, 1.08))
        self.img = Image.new("RGB", (self.w, self.h), paper or dr.jitter(ctx.rng, ctx.rng.choice(dr.PAPERS), 5))
        self.d = ImageDraw.Draw(self.img)
        self.margin = margin
        self.y = margin
        self.ink = ctx.rng.choice(dr.INKS)
        self.drawn: list[str] = []

    def line(
        self, s: str, style: str = "sans", size: int = 18, fill: dr.Color | None = None, x: int | None = None
    ) -> None:
        if self.y + size > self.h - self.margin // 2:
            return
        left = self.margin if x is None else x
        self.d.text(
            (left, self.y), s, font=dr.fitted(style, size, s, self.w - left - self.margin // 2), fill=fill or self.ink
        )
        self.drawn.append(s)
        self.y += int(size * 1.35)

    def pair(self, label: str, value: str, size: int = 18, hand: bool = False) -> None:
        """``label: value``; ``hand`` writes the value as if filled in by pen."""
        if self.y + size > self.h - self.margin // 2:
            return
        lw = dr.text(self.d, (self.margin, self.y), f"{label}:", "sans", size - 2, dr.tint(self.ink, 0.35))
        x = self.margin + max(lw + 10, int(self.w * 0.3))
        if hand:
            dr.handwriting(self.img, (x, self.y - 4), value, size + 2, self.ctx.rng, (25, 40, 120))
            self.d.line((x - 4, self.y + size + 4, self.w - self.margin, self.y + size + 4), fill=(160, 160, 160))
        else:
            self.d.text((x, self.y), value, font=dr.fitted("sans_bold", size, value, self.w - x - 10), fill=self.ink)
        self.drawn.append(value)
        self.y += int(size * 1.6)

    def space(self, px: int) -> None:
        self.y += px

    def rule(self, dashed: bool = False) -> None:
        if dashed:
            for x in range(self.margin, self.w - self.margin, 12):
                self.d.line((x, self.y, x + 6, self.y), fill=self.ink)
        else:
            self.d.line((self.margin, self.y, self.w - self.margin, self.y), fill=self.ink)
        self.y += 10

    def trim(self, extra: int = 0) -> None:
        """Cut the page just below what was written (receipts and forms end where their text ends)."""
        bottom = min(self.h, self.y + self.margin + extra)
        self.img = self.img.crop((0, 0, self.w, bottom))
        self.d = ImageDraw.Draw(self.img)
        self.h = bottom

    def photo(self, facts: list[Fact]) -> Scene:
        return Scene(dr.finish(self.img, self.ctx.rng, self.ctx.nrng), shown(facts, self.drawn))


def receipt(ctx: Ctx, variant: int) -> Scene:
    rng = ctx.rng
    sh = Sheet(ctx, (430, 760), paper=dr.jitter(rng, (250, 250, 246), 4), margin=26)
    when = moment(rng)
    stamp = when.strftime(rng.choice(("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%m/%d/%Y %I:%M %p")))
    cur = rng.choice(("€", "$", "£"))
    if variant == 0:
        shop = rng.choice(SHOPS)
        sh.line(shop.upper(), "mono_bold", 26)
        sh.line(ctx.fake.street_address().replace("\n", " "), "mono", 14)
        items = [(rng.choice(SHOP_ITEMS), rng.randint(49, 899) / 100) for _ in range(rng.randint(3, 7))]
    else:
        shop = rng.choice(("Trattoria Sole", "The Red Lantern", "Bistro Nord", "Café Lumière"))
        sh.line(shop, "serif_bold", 26)
        sh.line(f"Table {rng.randint(1, 30)} · Covers {rng.randint(1, 6)}", "mono", 14)
        menu = ("Soup of the day", "Risotto", "Steak frites", "House wine 0.5l", "Sparkling water", "Tiramisu")
        items = [(rng.choice(menu), rng.randint(350, 2890) / 100) for _ in range(rng.randint(2, 6))]
    sh.line(stamp, "mono", 16)
    sh.rule(dashed=True)
    for name, price in items:
        sh.line(f"{name[:20]:<20} {price:>8.2f}", "mono", 16)
    sh.rule(dashed=True)
    total = f"{cur}{sum(p for _, p in items):.2f}"
    sh.line(f"TOTAL {total:>20}", "mono_bold", 20)
    card_tail = pattern(rng, "####")
    sh.line(f"Card **** **** **** {card_tail}", "mono", 14)
    sh.line(rng.choice(("Thank you for shopping!", "Grazie e arrivederci", "See you soon")), "mono", 14)
    sh.trim(extra=rng.randint(0, 40))
    doc = "receipt"
    facts = [
        Fact("a37_receipt", total, "the total amount paid", doc),
        Fact("a82_date_time", stamp, "the date and time of the purchase", doc),
    ]
    sh.drawn.append(total)
    return sh.photo(facts)


def boarding_pass(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    airline, code = rng.choice(AIRLINES)
    pnr = pattern(rng, "??*??*")
    when = moment(rng)
    dep = when.strftime("%d %b %Y %H:%M").upper()
    sh = Sheet(ctx, (860, 360), margin=24)
    accent = dr.jitter(rng, rng.choice(dr.ACCENTS))
    sh.d.rectangle((0, 0, sh.w, 56), fill=accent)
    sh.d.text((24, 12), f"{airline}  ·  BOARDING PASS", font=font("sans_bold", 26), fill=(255, 255, 255))
    sh.y = 74
    iata = ("FRA", "LHR", "CDG", "MAD", "AMS", "WAW", "FCO", "JFK", "BCN", "MUC")
    a, b = rng.sample(iata, 2)
    sh.pair("Passenger", f"{p.last.upper()}/{p.first.upper()}")
    sh.pair("Flight", f"{code} {rng.randint(100, 9899)}   {a} → {b}")
    sh.pair("Departure", dep)
    sh.pair("Booking ref", pnr)
    sh.pair("Seat / Gate", f"{rng.randint(1, 40)}{rng.choice('ABCDEF')} / {rng.choice('ABCD')}{rng.randint(1, 60)}")
    dr.matrix_code(sh.d, (sh.w - 190, 90, sh.w - 30, 250), rng, sh.ink)
    doc = "boarding pass"
    facts = [
        Fact("a38_ticket", pnr, "the booking reference", doc),
        Fact("a19_name_full", f"{p.last.upper()}/{p.first.upper()}", "the passenger's name", doc),
        Fact("a82_date_time", dep, "the departure date and time", doc),
    ]
    return sh.photo(facts)


def train_ticket(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    ticket_no = pattern(rng, "#### #### ####")
    when = moment(rng)
    dep = when.strftime("%d.%m.%Y %H:%M")
    sh = Sheet(ctx, (720, 420), paper=dr.jitter(rng, (236, 222, 200), 8), margin=28)
    sh.line(rng.choice(("RAIL TICKET", "Fahrkarte / Ticket", "BILLET DE TRAIN")), "sans_bold", 26)
    a, b = (ctx.fake.city(), ctx.fake.city())
    sh.line(f"{a} → {b}", "sans", 20)
    sh.pair("Departure", dep)
    sh.pair("Passenger", p.full)
    sh.pair("Ticket no.", ticket_no)
    sh.pair("Class / Seat", f"{rng.choice((1, 2))} / Car {rng.randint(1, 12)} Seat {rng.randint(1, 90)}")
    dr.barcode(sh.d, (sh.w - 260, sh.h - 70, sh.w - 30, sh.h - 30), rng, sh.ink)
    doc = "train ticket"
    facts = [
        Fact("a38_ticket", ticket_no, "the ticket number", doc),
        Fact("a19_name_full", p.full, "the passenger's name", doc),
        Fact("a82_date_time", dep, "the departure date and time", doc),
    ]
    return sh.photo(facts)


def envelope(ctx: Ctx) -> Scene:
    p, rng, a = ctx.person, ctx.rng, ctx.person.address
    sh = Sheet(
        ctx, (820, 440), paper=dr.jitter(rng, rng.choice(((245, 240, 225), (250, 250, 250), (220, 200, 160))), 6)
    )
    sender = ctx.fake.company().replace("\n", " ")
    sh.line(sender, "sans", 13)
    sh.line(ctx.fake.street_address().replace("\n", " "), "sans", 13)
    sx = sh.w - 130
    sh.d.rectangle((sx, 24, sx + 90, 130), fill=dr.jitter(rng, rng.choice(dr.ACCENTS)), outline=(90, 90, 90))
    sh.d.ellipse((sx - 60, 60, sx + 40, 160), outline=(60, 60, 60), width=2)
    hand = rng.random() < 0.4
    x = int(sh.w * rng.uniform(0.32, 0.42))
    sh.y = int(sh.h * rng.uniform(0.45, 0.55))
    for s in (p.full, a.street, a.city_line):
        if hand:
            dr.handwriting(sh.img, (x, sh.y), s, 26, rng, (25, 40, 110))
            sh.drawn.append(s)
            sh.y += 38
        else:
            sh.line(s, "serif", 24, x=x)
    doc = "envelope"
    facts = [
        Fact("a35_mail", p.full, "the name of the addressee", doc),
        Fact("a78_address_home_complete", a.one_line, "the delivery address", doc),
        Fact("a79_address_home_partial", a.street, "the street on the envelope", doc),
    ]
    sh.drawn.append(a.one_line)
    return sh.photo(facts)


def parcel_label(ctx: Ctx) -> Scene:
    p, rng, a = ctx.person, ctx.rng, ctx.person.address
    tracking = pattern(rng, "??#########??")
    sh = Sheet(ctx, (560, 640), paper=(252, 252, 252), margin=26)
    sh.line(rng.choice(("PARCEL", "EXPRESS", "PRIORITY")), "sans_bold", 34)
    sh.line(f"Tracking: {tracking}", "mono", 18)
    dr.barcode(sh.d, (26, sh.y, sh.w - 26, sh.y + 70), rng, (0, 0, 0))
    sh.y += 86
    sh.line("SHIP TO:", "sans_bold", 16)
    for s in (p.full, a.street, a.city_line, p.country.upper()):
        sh.line(s, "sans", 22)
    sh.space(8)
    sh.line(f"Weight {rng.randint(1, 200) / 10:.1f} kg", "mono", 14)
    box = dr.jitter(rng, (190, 150, 100), 12)
    out = Image.new("RGB", (sh.w + 160, sh.h + 140), box)
    out.paste(sh.img, (80, 70))
    tape = dr.jitter(rng, (200, 180, 130), 10)
    ImageDraw.Draw(out).rectangle((0, 20, out.width, 55), fill=tape)
    doc = "parcel label"
    facts = [
        Fact("a35_mail", tracking, "the parcel's tracking number", doc),
        Fact("a78_address_home_complete", a.one_line, "the delivery address", doc),
        Fact("a79_address_home_partial", a.city_line, "the postcode and town the parcel goes to", doc),
    ]
    sh.drawn.append(a.one_line)
    return Scene(dr.finish(out, rng, ctx.nrng), shown(facts, [*sh.drawn, f"Tracking: {tracking}"]))


def medicine_label(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    drug, strength = rng.choice(MEDICINES)
    filled = p.fmt(moment(rng, 2023, 2025).date())
    doc = "medicine label" if variant == 0 else "medicine box"
    if variant == 0:
        sh = Sheet(ctx, (700, 330), paper=(255, 255, 255), margin=22)
        sh.line(rng.choice(("Riverside Pharmacy", "Apotheke am Markt", "Central Chemist")), "sans_bold", 18)
        sh.rule()
        sh.line(p.full, "sans_bold", 22)
        sh.line(f"{drug} {strength}", "sans_bold", 26)
        sh.line(rng.choice(DOSAGE), "sans", 18)
        sh.line(f"Qty {rng.choice((14, 28, 30, 56, 90))}   Rx {pattern(rng, '#######')}", "mono", 15)
        sh.line(f"Dispensed {filled}", "mono", 15)
    else:
        sh = Sheet(ctx, (640, 400), paper=dr.jitter(rng, (240, 245, 250), 6), margin=26)
        band = dr.jitter(rng, rng.choice(dr.ACCENTS))
        sh.d.rectangle((0, 0, sh.w, 18), fill=band)
        sh.y = 36
        sh.line(drug, "sans_bold", 40)
        sh.line(f"{strength} · {rng.choice(('film-coated tablets', 'capsules', 'tablets'))}", "sans", 20)
        sh.space(14)
        sh.line("Prescribed for:", "sans", 14)
        sh.line(p.full, "sans_bold", 20)
        sh.line(f"Dispensed {filled}", "mono", 15)
    facts = [
        Fact("a43_medicine", drug, "the name of the medicine", doc),
        Fact("a19_name_full", p.full, "the patient's name", doc),
        Fact("a82_date_time", filled, "the date the medicine was dispensed", doc),
    ]
    sh.drawn.append(drug)
    return sh.photo(facts)


def legal_letter(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    hearing = moment(rng, 2024, 2026)
    sh = Sheet(ctx, (720, 900), paper=(252, 252, 250), margin=48)
    if variant == 0:
        case = pattern(rng, rng.choice(("CV-20##-#####", "## C ####/2#", "Case ###-####")))
        sh.line(f"{ctx.fake.city().upper()} DISTRICT COURT", "serif_bold", 26)
        sh.line("SUMMONS", "serif_bold", 22)
        sh.space(8)
        sh.pair("Case number", case)
        sh.pair("Defendant", p.full)
        sh.pair("Matter", rng.choice(CHARGES))
        sh.pair("Hearing", hearing.strftime("%d %B %Y, %H:%M"))
        sh.space(10)
        for s in (
            "You are required to appear before the court at the",
            "date and time above. Failure to appear may result",
            "in a judgment against you.",
        ):
            sh.line(s, "serif", 16)
        doc, what = "court summons", "the case number"
    else:
        case = pattern(rng, "PN-########")
        sh.line("PENALTY NOTICE", "sans_bold", 28)
        sh.line(rng.choice(("Municipal Traffic Enforcement", "Road Safety Camera Unit")), "sans", 16)
        sh.space(8)
        sh.pair("Notice no.", case)
        sh.pair("Recipient", p.full)
        sh.pair("Offence", rng.choice(CHARGES[:1] + CHARGES[2:3] + CHARGES[5:]))
        sh.pair("Pay by", hearing.strftime("%d.%m.%Y"))
        sh.pair("Amount", f"€{rng.choice((30, 60, 80, 120, 250))}.00")
        doc, what = "penalty notice", "the notice number"
    facts = [
        Fact("a99_legal_involvement", case, what, doc),
        Fact("a19_name_full", p.full, "the name of the person addressed", doc),
    ]
    return sh.photo(facts)


def signed_letter(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    sh = Sheet(ctx, (720, 820), margin=52)
    sh.line(p.fmt(moment(rng).date()), "serif", 16)
    sh.space(16)
    sh.line(f"Dear {ctx.fake.first_name()},", "serif", 18)
    for s in ctx.fake.paragraph(nb_sentences=5).split(". ")[:5]:
        sh.line(s.strip(".") + ".", "serif", 16)
    sh.space(18)
    sh.line(rng.choice(("Kind regards,", "Yours sincerely,", "Best wishes,")), "serif", 18)
    dr.signature(sh.img, (sh.margin + 10, sh.y + 6), p.full, 30, rng, (20, 30, 100))
    return sh.photo([Fact("a8_signature", p.full, "the name in the signature", "signed letter")])


def cheque(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    sh = Sheet(ctx, (860, 380), paper=dr.jitter(rng, (225, 238, 228), 8), margin=26)
    sh.line(rng.choice(("Northbank", "Civic Savings", "Meridian Bank")), "serif_bold", 24)
    sh.space(10)
    payee = ctx.fake.name()
    sh.pair("Pay", payee, hand=True)
    sh.pair("Amount", f"{rng.randint(20, 2000)}.00", hand=True)
    sh.pair("Date", p.fmt(moment(rng).date()), hand=True)
    sh.d.text((sh.w - 320, sh.h - 90), "Signature", font=font("sans", 12), fill=sh.ink)
    dr.signature(sh.img, (sh.w - 300, sh.h - 80), p.full, 28, rng, (20, 30, 100))
    sh.d.text(
        (26, sh.h - 40), f"{pattern(rng, '#########')} {pattern(rng, '##########')}", font=font("mono", 18), fill=sh.ink
    )
    return sh.photo([Fact("a8_signature", p.full, "the name in the signature", "cheque")])


def note(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    msg = rng.choice(NOTE_TEXTS)
    if variant == 0:
        sh = Sheet(
            ctx, (520, 420), paper=dr.jitter(rng, rng.choice(((250, 235, 120), (250, 190, 200), (170, 230, 250))), 8)
        )
    else:
        sh = Sheet(ctx, (720, 520), paper=(252, 252, 248))
        for y in range(70, sh.h, 44):
            sh.d.line((0, y, sh.w, y), fill=(170, 190, 230))
        sh.d.line((60, 0, 60, sh.h), fill=(230, 140, 140))
    ink = rng.choice(((20, 20, 120), (20, 20, 20), (140, 20, 20)))
    words, lines, cur = msg.split(), [], ""
    for wd in words:
        if len(cur) + len(wd) > (22 if variant == 0 else 30):
            lines.append(cur.strip())
            cur = ""
        cur += wd + " "
    lines.append(cur.strip())
    y = 40 if variant == 0 else 30
    for s in lines:
        dr.handwriting(sh.img, (sh.margin + (40 if variant else 0), y), s, 30, rng, ink)
        y += 44
    phone_line = ctx.wants("a49_phone") or rng.random() < 0.5
    if phone_line:
        dr.handwriting(sh.img, (sh.margin + (40 if variant else 0), y + 10), p.phone, 30, rng, ink)
    sh.drawn += [msg, p.phone] if phone_line else [msg]
    doc = "handwritten note"
    facts = [
        Fact("a26_handwriting", msg, "the text of the handwritten note", doc),
        Fact("a49_phone", p.phone, "the phone number written on the note", doc),
    ]
    return sh.photo(facts)


def form(ctx: Ctx, variant: int) -> Scene:
    p, rng = ctx.person, ctx.rng
    sh = Sheet(ctx, (760, 720), paper=(252, 252, 252), margin=40)
    title = ("Membership Application", "Patient Registration Form", "Tenant Application")[variant % 3]
    sh.line(title, "sans_bold", 28)
    sh.line("Please complete in block letters.", "sans", 13)
    sh.rule()
    marital, religion = rng.choice(MARITAL), rng.choice(RELIGIONS[:-1])
    rows = [
        ("Full name", p.full),
        ("Date of birth", p.fmt(p.birth_date)),
        ("Place of birth", p.birth_city),
        ("Nationality", p.nationality),
        ("Marital status", marital),
        ("Occupation", p.job),
        ("Home address", p.address.one_line),
        ("Telephone", p.phone),
        ("Email", p.email),
    ]
    if variant == 1:
        rows.append(("Religion (optional)", religion))
    hand = ctx.wants("a26_handwriting") or rng.random() < 0.6
    for label, value in rows:
        sh.pair(label, value, size=18, hand=hand)
    sh.space(16)
    sh.d.text((sh.margin, sh.y), "Signature", font=font("sans", 13), fill=sh.ink)
    dr.signature(sh.img, (sh.margin + 110, sh.y - 8), p.full, 26, rng, (20, 30, 100))
    sh.y += 40
    sh.trim(extra=rng.randint(20, 120))
    doc = title.lower()
    facts = [
        Fact("a19_name_full", p.full, "the applicant's full name", doc),
        Fact("a24_birth_date", p.fmt(p.birth_date), "the applicant's date of birth", doc),
        Fact("a23_birth_city", p.birth_city, "the applicant's place of birth", doc),
        Fact("a25_nationality", p.nationality, "the applicant's nationality", doc),
        Fact("a27_marital_status", marital, "the applicant's marital status", doc),
        Fact("a46_occupation", p.job, "the applicant's occupation", doc),
        Fact("a78_address_home_complete", p.address.one_line, "the applicant's home address", doc),
        Fact("a49_phone", p.phone, "the applicant's phone number", doc),
        Fact("a90_email", p.email, "the applicant's email address", doc),
        Fact("a55_religion", religion, "the religion stated on the form", doc),
        Fact("a8_signature", p.full, "the name in the signature", doc),
    ]
    if hand:
        facts.append(Fact("a26_handwriting", p.address.one_line, "the handwritten address", doc))
    return sh.photo(facts)


def diploma(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    uni = university(ctx.fake, rng)
    degree = rng.choice(DEGREES)
    sh = Sheet(ctx, (980, 700), paper=dr.jitter(rng, (250, 244, 225), 5), margin=60)
    border = dr.jitter(rng, rng.choice(dr.ACCENTS))
    sh.d.rectangle((18, 18, sh.w - 18, sh.h - 18), outline=border, width=6)
    sh.y = 70
    sh.line(uni, "serif_bold", 38)
    sh.space(20)
    sh.line("hereby confers upon", "serif_italic", 20)
    sh.line(p.full, "serif_bold", 40)
    sh.line("the degree of", "serif_italic", 20)
    sh.line(degree, "serif_bold", 30)
    year = datetime(rng.randint(1995, 2024), rng.randint(6, 7), rng.randint(1, 28))
    sh.line(f"awarded on {year:%d %B %Y}", "serif", 18)
    doc = "diploma"
    facts = [
        Fact("a70_education_history", degree, "the degree awarded", doc),
        Fact("a19_name_full", p.full, "the graduate's name", doc),
    ]
    facts.append(Fact("a70_education_history", uni, "the university that awarded the degree", doc))
    return sh.photo(facts)


def birthday_card(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    sh = Sheet(
        ctx, (600, 760), paper=dr.jitter(rng, rng.choice(((255, 240, 245), (240, 250, 255), (255, 250, 225))), 8)
    )
    for _ in range(14):  # confetti
        x, y = rng.randint(0, sh.w), rng.randint(0, sh.h // 3)
        sh.d.ellipse((x, y, x + 14, y + 14), fill=dr.jitter(rng, rng.choice(dr.ACCENTS), 40))
    sh.y = sh.h // 3
    sh.line("Happy Birthday,", "serif_bold", 38)
    sh.line(f"{p.first}!", "serif_bold", 44)
    born = p.birth_date.strftime("%d %B %Y")
    dr.handwriting(sh.img, (sh.margin, sh.y + 20), f"Born {born}", 28, rng, (120, 20, 60))
    dr.handwriting(sh.img, (sh.margin, sh.y + 70), "Have a wonderful day!", 28, rng, (120, 20, 60))
    sh.drawn.append(born)
    doc = "birthday card"
    facts = [
        Fact("a24_birth_date", born, "the birth date written in the card", doc),
        Fact("a20_name_first", p.first, "the first name of the person the card is for", doc),
    ]
    return sh.photo(facts)


register("receipt_shop", ("a37_receipt", "a82_date_time"), lambda c: receipt(c, 0))
register("receipt_restaurant", ("a37_receipt", "a82_date_time"), lambda c: receipt(c, 1))
register("boarding_pass", ("a38_ticket", "a19_name_full", "a82_date_time"), boarding_pass)
register("train_ticket", ("a38_ticket", "a19_name_full", "a82_date_time"), train_ticket)
_MAIL = ("a35_mail", "a78_address_home_complete", "a79_address_home_partial")
register("envelope", _MAIL, envelope)
register("parcel_label", _MAIL, parcel_label)
_MED = ("a43_medicine", "a19_name_full", "a82_date_time")
register("pharmacy_label", _MED, lambda c: medicine_label(c, 0))
register("medicine_box", _MED, lambda c: medicine_label(c, 1))
register("court_summons", ("a99_legal_involvement", "a19_name_full"), lambda c: legal_letter(c, 0))
register("penalty_notice", ("a99_legal_involvement", "a19_name_full"), lambda c: legal_letter(c, 1))
register("signed_letter", ("a8_signature",), signed_letter)
register("cheque", ("a8_signature",), cheque)
register("sticky_note", ("a26_handwriting", "a49_phone"), lambda c: note(c, 0))
register("lined_note", ("a26_handwriting", "a49_phone"), lambda c: note(c, 1))
_FORM = (
    "a19_name_full",
    "a24_birth_date",
    "a23_birth_city",
    "a25_nationality",
    "a27_marital_status",
    "a46_occupation",
    "a78_address_home_complete",
    "a49_phone",
    "a90_email",
    "a8_signature",
    "a26_handwriting",
)
register("form_membership", _FORM, lambda c: form(c, 0))
register("form_patient", (*_FORM, "a55_religion"), lambda c: form(c, 1))
register("form_tenant", _FORM, lambda c: form(c, 2))
register("diploma", ("a70_education_history", "a19_name_full"), diploma)
register("birthday_card", ("a24_birth_date", "a20_name_first"), birthday_card)
