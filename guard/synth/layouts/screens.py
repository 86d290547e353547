"""Screenshots: email clients, chats, social and networking profiles, a hotel booking, a map pin,
a ride pick-up and a check-in post. Light and dark themes, phone and desktop frames."""

from __future__ import annotations

from PIL import Image, ImageDraw

from guard.synth import draw as dr
from guard.synth.fonts import font
from guard.synth.scene import Ctx, Fact, Scene, register, shown
from guard.synth.values import CAFES, CHAT_LINES, EMAIL_SENTENCES, HOBBIES, MARITAL, RELIGIONS, moment, university


class Screen:
    """A phone or desktop screen in a light or dark theme; text goes top to bottom."""

    def __init__(self, ctx: Ctx, phone: bool, dark: bool) -> None:
        rng = ctx.rng
        self.ctx = ctx
        self.w, self.h = (int(rng.uniform(400, 460)), int(rng.uniform(780, 860))) if phone else (900, 580)
        self.bg: dr.Color = (24, 26, 32) if dark else (250, 250, 252)
        self.fg: dr.Color = (230, 230, 235) if dark else (25, 25, 30)
        self.muted: dr.Color = (150, 150, 160) if dark else (110, 110, 120)
        self.accent = dr.jitter(rng, rng.choice(dr.ACCENTS))
        self.img = Image.new("RGB", (self.w, self.h), self.bg)
        self.d = ImageDraw.Draw(self.img)
        self.phone = phone
        self.x = 20
        self.y = 0
        self.drawn: list[str] = []
        if phone:
            self.d.text(
                (20, 8), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", font=font("sans_bold", 14), fill=self.fg
            )
            self.d.text((self.w - 70, 8), f"{rng.randint(12, 99)}%", font=font("sans", 14), fill=self.fg)
            self.y = 34
        else:
            self.d.rectangle((0, 0, self.w, 30), fill=dr.tint(self.bg, -0.08) if not dark else (40, 42, 50))
            for i, c in enumerate(((230, 80, 70), (230, 180, 60), (90, 190, 90))):
                self.d.ellipse((12 + 20 * i, 9, 24 + 20 * i, 21), fill=c)
            self.y = 44

    def header(self, title: str, sub: str = "") -> None:
        self.d.rectangle((0, self.y - 4, self.w, self.y + 50), fill=self.accent)
        self.d.text(
            (self.x, self.y + 2), title, font=dr.fitted("sans_bold", 22, title, self.w - 40), fill=(255, 255, 255)
        )
        if sub:
            self.d.text((self.x, self.y + 28), sub, font=dr.fitted("sans", 14, sub, self.w - 40), fill=(235, 235, 240))
        self.drawn += [title, sub]
        self.y += 62

    def text(self, s: str, size: int = 17, style: str = "sans", muted: bool = False, x: int | None = None) -> None:
        """Wrapped text; records the whole string as drawn only when every line fits."""
        left = self.x if x is None else x
        f = font(style, size)
        lines, cur = [], ""
        for word in s.split():
            trial = f"{cur} {word}".strip()
            if dr.width(f, trial) > self.w - left - 20 and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
        fits = self.y + len(lines) * int(size * 1.35) < self.h - 10
        for line in lines:
            if self.y + size < self.h - 10:
                self.d.text(
                    (left, self.y),
                    line,
                    font=dr.fitted(style, size, line, self.w - left - 10),
                    fill=self.muted if muted else self.fg,
                )
                self.y += int(size * 1.35)
        if fits:
            self.drawn.append(s)

    def bubble(self, s: str, mine: bool, when: str) -> None:
        f = font("sans", 16)
        maxw = int(self.w * 0.68)
        words, lines, cur = s.split(), [], ""
        for word in words:
            trial = f"{cur} {word}".strip()
            if dr.width(f, trial) > maxw - 24 and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
        bw = max(dr.width(f, line) for line in lines) + 24
        bh = 22 * len(lines) + 26
        if self.y + bh > self.h - 70:
            return
        x0 = self.w - bw - 14 if mine else 14
        fill = self.accent if mine else dr.tint(self.bg, -0.1) if self.bg[0] > 128 else (55, 58, 68)
        self.d.rounded_rectangle((x0, self.y, x0 + bw, self.y + bh), radius=14, fill=fill)
        ink = (255, 255, 255) if mine else self.fg
        for i, line in enumerate(lines):
            self.d.text((x0 + 12, self.y + 8 + 22 * i), line, font=f, fill=ink)
        self.d.text((x0 + bw - 46, self.y + bh - 16), when, font=font("sans", 10), fill=ink)
        self.drawn.append(s)
        self.y += bh + 10

    def space(self, px: int) -> None:
        self.y += px

    def photo(self, facts: list[Fact]) -> Scene:
        rng = self.ctx.rng
        if self.phone:  # a device bezel around the screen
            bezel = Image.new("RGB", (self.w + 36, self.h + 70), (15, 15, 18))
            bezel.paste(self.img, (18, 35))
            img = bezel
        else:
            img = self.img
        return Scene(dr.finish(img, rng, self.ctx.nrng, max_angle=3.0), shown(facts, self.drawn))


def email(ctx: Ctx, phone: bool) -> Scene:
    p, rng = ctx.person, ctx.rng
    sc = Screen(ctx, phone=phone, dark=rng.random() < 0.3)
    sent = moment(rng)
    when = sent.strftime(rng.choice(("%d %b %Y, %H:%M", "%a %d.%m.%Y %H:%M", "%Y-%m-%d %H:%M")))
    sc.header("Inbox" if phone else "Mail — Inbox", "1 unread")
    subject = rng.choice(("Re: your appointment", "Documents", "Quick update", "Confirmation", "Re: next steps"))
    sc.text(subject, 22, "sans_bold")
    sc.text(f"From: {p.full} <{p.email}>", 15)
    sc.text(f"To: {ctx.fake.first_name().lower()}@example.net", 15, muted=True)
    sc.text(when, 14, muted=True)
    sc.space(12)
    body = rng.choice(EMAIL_SENTENCES)
    sc.text(f"Hi {ctx.fake.first_name()},", 17)
    sc.text(body + ".", 17)
    sc.text(ctx.fake.sentence(nb_words=10), 17)
    sc.text(f"Best, {p.first}", 17)
    doc = "email"
    facts = [
        Fact("a90_email", p.email, "the sender's email address", doc),
        Fact("a92_email_content", body, "what the email says", doc),
        Fact("a19_name_full", p.full, "the sender's name", doc),
        Fact("a82_date_time", when, "the date and time the email was sent", doc),
    ]
    return sc.photo(facts)


def chat(ctx: Ctx, dark: bool) -> Scene:
    p, rng = ctx.person, ctx.rng
    sc = Screen(ctx, phone=True, dark=dark)
    unsaved = ctx.wants("a49_phone") or rng.random() < 0.5
    sc.header(p.phone if unsaved else p.first, p.username)
    lines = rng.sample(CHAT_LINES, 3)
    secret = rng.choice((lines[0], lines[2]))  # the contact's messages (left bubbles)
    t = moment(rng)
    for i, line in enumerate(("Hey, are you free later?", *lines)):
        sc.bubble(line, mine=i % 2 == 0, when=f"{(t.hour + i // 3) % 24:02d}:{(t.minute + 3 * i) % 60:02d}")
    doc = "chat screenshot"
    facts = [
        Fact("a97_online_conversation", secret, "what the contact wrote", doc),
        Fact("a85_username", p.username, "the contact's username", doc),
    ]
    if unsaved:
        facts.append(Fact("a49_phone", p.phone, "the contact's phone number", doc))
    return sc.photo(facts)


def profile(ctx: Ctx, network: bool) -> Scene:
    p, rng = ctx.person, ctx.rng
    sc = Screen(ctx, phone=not network, dark=rng.random() < 0.25)
    sc.header(p.full if network else p.username, "Profile")
    d = sc.d
    dr.avatar(d, (sc.x, sc.y, sc.x + 90, sc.y + 90), rng)
    d.text((sc.x + 110, sc.y + 10), p.username, font=font("sans_bold", 18), fill=sc.fg)
    sc.drawn.append(p.username)
    sc.y += 104
    uni = university(ctx.fake, rng)
    hobby = rng.choice(HOBBIES)
    marital = rng.choice(MARITAL)
    rows = [
        ("Works as", p.job),
        ("Studied at", uni),
        ("From", p.birth_city),
        ("Relationship", marital),
        ("Interests", hobby),
    ]
    religion = rng.choice(RELIGIONS[:-1])
    if not network:  # social profiles (not networking ones) have a "religious views" field
        rows.append(("Religious views", religion))
    rng.shuffle(rows)
    for label, value in rows:
        sc.text(f"{label}: {value}", 17)
    doc = "profile page"
    facts = [
        Fact("a85_username", p.username, "the username", doc),
        Fact("a46_occupation", p.job, "the person's occupation", doc),
        Fact("a70_education_history", uni, "where the person studied", doc),
        Fact("a23_birth_city", p.birth_city, "the person's home town", doc),
        Fact("a27_marital_status", marital, "the person's relationship status", doc),
        Fact("a58_hobbies", hobby, "the person's interests", doc),
        Fact("a55_religion", religion, "the person's religious views", doc),
    ]
    if network:
        facts.append(Fact("a19_name_full", p.full, "the person's name", doc))
    return sc.photo(facts)


def hotel_booking(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    sc = Screen(ctx, phone=rng.random() < 0.6, dark=False)
    hotel = f"Hotel {ctx.fake.last_name()}"
    street = ctx.fake.street_address().replace("\n", " ")
    addr = f"{street}, {ctx.fake.postcode()} {ctx.fake.city()}"
    start = moment(rng, 2024, 2026)
    checkin = start.strftime("%d %b %Y")
    sc.header("Your stay", "Booking confirmed")
    sc.text(hotel, 22, "sans_bold")
    sc.text(addr, 17)
    sc.space(10)
    sc.text(f"Guest: {p.full}", 17)
    sc.text(f"Check-in: {checkin}, from 15:00", 17)
    sc.text(f"Nights: {rng.randint(1, 9)}  ·  Room: {rng.choice(('Double', 'Single', 'Suite'))}", 17)
    doc = "hotel booking"
    facts = [
        Fact("a74_address_current_complete", addr, "the address where the guest is staying", doc),
        Fact("a19_name_full", p.full, "the guest's name", doc),
        Fact("a82_date_time", checkin, "the check-in date", doc),
    ]
    return sc.photo(facts)


def map_pin(ctx: Ctx) -> Scene:
    rng = ctx.rng
    sc = Screen(ctx, phone=True, dark=rng.random() < 0.3)
    land, road = ((232, 236, 226), (255, 255, 255)) if sc.bg[0] > 128 else ((40, 44, 52), (80, 84, 96))
    sc.d.rectangle((0, sc.y, sc.w, sc.h), fill=land)
    for _ in range(9):
        if rng.random() < 0.5:
            y = rng.randint(sc.y, sc.h)
            sc.d.line((0, y, sc.w, y + rng.randint(-80, 80)), fill=road, width=rng.randint(6, 14))
        else:
            x = rng.randint(0, sc.w)
            sc.d.line((x, sc.y, x + rng.randint(-80, 80), sc.h), fill=road, width=rng.randint(6, 14))
    cx, cy = sc.w // 2, sc.h // 2 - 60
    sc.d.ellipse((cx - 16, cy - 16, cx + 16, cy + 16), fill=(220, 50, 50), outline=(255, 255, 255), width=3)
    street = ctx.fake.street_address().replace("\n", " ")
    addr = f"{street}, {ctx.fake.postcode()} {ctx.fake.city()}"
    sc.y = sc.h - 190
    sc.d.rounded_rectangle((10, sc.y - 10, sc.w - 10, sc.h - 20), radius=16, fill=sc.bg)
    sc.text("You are here", 15, muted=True)
    sc.text(addr, 20, "sans_bold")
    sc.text(f"Shared location · {rng.randint(1, 59)} min ago", 14, muted=True)
    doc = "map screenshot"
    return sc.photo([Fact("a74_address_current_complete", addr, "the address of the current location", doc)])


def ride_pickup(ctx: Ctx) -> Scene:
    rng = ctx.rng
    sc = Screen(ctx, phone=True, dark=rng.random() < 0.4)
    street_name = ctx.fake.street_name()
    t = moment(rng)
    when = t.strftime("%H:%M")
    sc.header("Your ride", f"Driver arriving at {when}")
    sc.space(200)
    sc.text("Pick-up point", 15, muted=True)
    sc.text(f"Corner of {street_name}", 22, "sans_bold")
    sc.text(f"Arriving {when} · {rng.choice(('Toyota Prius', 'Skoda Octavia', 'Tesla Model 3'))}", 16)
    doc = "ride-hailing app"
    facts = [Fact("a75_address_current_partial", street_name, "the street where the pick-up is", doc)]
    return sc.photo(facts)


def checkin_post(ctx: Ctx) -> Scene:
    p, rng = ctx.person, ctx.rng
    sc = Screen(ctx, phone=True, dark=rng.random() < 0.3)
    place = rng.choice(CAFES)
    street_name = ctx.fake.street_name()
    sc.header(p.username, "just now")
    sc.text(f"{p.first} is at {place}, {street_name}", 19, "sans_bold")
    sc.text(rng.choice(("Best flat white in town!", "Finally some sun.", "Working from here today.")), 17)
    pic = (sc.x, sc.y + 10, sc.w - 20, sc.y + 290)
    sc.d.rectangle(pic, fill=dr.jitter(rng, (120, 150, 170), 30))
    sc.d.ellipse((pic[0] + 120, pic[1] + 120, pic[0] + 220, pic[1] + 220), fill=dr.jitter(rng, (240, 230, 210), 10))
    doc = "social media post"
    facts = [
        Fact("a75_address_current_partial", street_name, "the street the person is on", doc),
        Fact("a85_username", p.username, "the poster's username", doc),
    ]
    return sc.photo(facts)


_EMAIL = ("a90_email", "a92_email_content", "a19_name_full", "a82_date_time")
register("email_desktop", _EMAIL, lambda c: email(c, phone=False))
register("email_phone", _EMAIL, lambda c: email(c, phone=True))
_CHAT = ("a97_online_conversation", "a85_username", "a49_phone")
register("chat_light", _CHAT, lambda c: chat(c, dark=False))
register("chat_dark", _CHAT, lambda c: chat(c, dark=True))
_PROFILE = (
    "a85_username",
    "a46_occupation",
    "a70_education_history",
    "a23_birth_city",
    "a27_marital_status",
    "a58_hobbies",
)
register("profile_social", (*_PROFILE, "a55_religion"), lambda c: profile(c, network=False))
register("profile_network", (*_PROFILE, "a19_name_full"), lambda c: profile(c, network=True))
register("hotel_booking", ("a74_address_current_complete", "a19_name_full", "a82_date_time"), hotel_booking)
register("map_pin", ("a74_address_current_complete",), map_pin)
register("ride_pickup", ("a75_address_current_partial",), ride_pickup)
register("checkin_post", ("a75_address_current_partial", "a85_username"), checkin_post)
