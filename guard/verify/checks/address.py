"""Postal addresses: street lines (number + name + street type), 'City, ST 12345' lines, postcodes.

A street line with a city or postcode is a complete address; a street line, a city-and-postcode line
or a postcode after an address cue is a partial one. Current and home addresses look the same in
text, so a finding counts for whichever of them the request evades (and for postal mail, whose
envelopes carry addresses).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from guard.verify.base import Hit, PatternCheck
from guard.verify.checks.dates import DateMask, date_mask
from guard.verify.cues import cues, later_values, later_windows, only_state
from guard.verify.registry import register

_CURRENT = ("a74_address_current_complete", "a75_address_current_partial")
_HOME = ("a78_address_home_complete", "a79_address_home_partial")
_COMPLETE = ("a74_address_current_complete", "a78_address_home_complete")
_PARTIAL = ("a75_address_current_partial", "a79_address_home_partial")
_HOME_CUE = re.compile(
    r"(?i)\b(?:home|lives?|living|resides?|residence|residential|keeper|owner|tenant|parcel|envelope|delivery|"
    r"addressed|registered|domicile|household|mail(?:ing)?)\b"
)
_CURRENT_CUE = re.compile(
    r"(?i)\b(?:currently|right\s+now|at\s+the\s+moment|staying|hotel|pick-?up|drop-?off|check-?in|located|"
    r"meeting|venue|is\s+at|standing|taken\s+at|location)\b"
)
_MAIL = ("a35_mail",)
_NOTE = ("a26_handwriting",)
"""A handwritten note's content is its value, whatever it says: an address given from it discloses the note."""
_MAIL_CUE = re.compile(
    r"(?i)\b(?:envelopes?|parcels?|packages?|letters?|postcards?|postal|mail|mailing|post|addressed|addressee|recipient|"
    r"sender|delivery|deliver|shipping|shipment|courier|umschlag|briefumschlag|paket|päckchen|brief|sendung|"
    r"empfänger|absender|zustellung|enveloppe|colis|lettre|courrier|destinataire|expéditeur|livraison|sobre|"
    r"paquete|carta|correo|destinatario|remitente|envío|entrega)\b"
)

_STREET_TYPES = (
    r"(?i:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Terr|"
    r"Close|Crescent|Cres|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Row|Alley|Gardens|Grove|"
    r"Mews|Walk|Hill|Park|Plaza|Loop)\.?"
)
_LOW_STREET = re.compile(rf"(?<![\w-])\d{{1,5}}[A-Za-z]?\s+(?:[a-z][a-z'’]++\s+){{1,3}}{_STREET_TYPES}(?!\w)")
# a street named without its number (partial address): "lives on Baker Street", "wohnt in der Hauptstraße"
_BARE_STREET = re.compile(
    rf"(?<![\w-])(?:[A-Z][a-z'’]++\s+){{1,3}}{_STREET_TYPES}(?!\w)"
    r"|(?<!\w)[A-ZÄÖÜ][\w'’.-]{0,30}?(?i:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee)(?!\w)"
    r"|(?<!\w)(?i:rue|avenue|boulevard|chemin|allée|impasse|quai|calle|avenida|paseo|camino|via|viale|piazza|corso|ulica|ul\.)"
    r"\s+(?:(?:de|du|des|del|la|las|los|di|della)\s+){0,2}[A-ZÉ][\w'’.-]{1,40}+(?:\s+[A-ZÉ][\w'’.-]{1,40}+){0,2}"
)
_WORD = r"(?:[A-Z][a-z'’]++|[A-Z]{2,}+|\d{1,3}(?:st|nd|rd|th))"
_PARTICLES = r"(?:(?:de|del|la|di|da|van|von|der)\s+)?"
_CAPITALISED = rf"{_PARTICLES}[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-\s]+{_PARTICLES}[A-ZÀ-ÖØ-Þ][^\W\d_]+){{0,4}}"
_LATER_ADDRESS = re.compile(
    rf"\d{{1,5}}[A-Za-z]?,?\s+{_CAPITALISED}|{_CAPITALISED},?\s+\d{{1,5}}[A-Za-z]?(?:,?\s+{_CAPITALISED})?"
    rf"|{_CAPITALISED}(?:\s*\({_CAPITALISED}\))?"
)
"""What a later address label names ("29 Kalinowa", "Ortelle 02042", "Kalinowa 29, Piastów", "Strada Pratesi
(Valera)"): capitalised words, with a number either side or a town in brackets, and nothing else."""
_STREET = re.compile(
    rf"(?<![\w-])\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?\s+(?:[NSEW]\.?\s+)?(?:{_WORD}\s+){{0,3}}{_WORD}\s+{_STREET_TYPES}"
    rf"(?:\s*,?\s*(?:Apt|Apartment|Suite|Unit|Flat|#)\.?\s*[\w-]+)?(?!\w)"
)
_EU_STREET = re.compile(
    # Germanic suffixes: "Ahornweg 12", "Gerhard-Schröder-Str. 5", "Kerkstraat 3"
    r"(?<!\w)[A-ZÄÖÜ][\w'’.-]{0,30}?(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|"
    r"straat|laan|plein|gracht|kade|singel|dreef|steeg|pad|hof)\s+\d{1,4}[a-z]?(?!\w)"
    # Romance / Polish prefixes with the number after: "Via Roma 5", "Calle de Juan 3", "ul. Kwiatowa 7"
    r"|(?<!\w)(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Contrada|Strada|Borgo|Calle|Avenida|Avda\.|Plaza|Paseo|"
    r"Camino|Carrer|Ronda|Rambla|Pasaje|Callejón|Cañada|ul\.|ulica|al\.|aleja|plac|Rua)"
    r"(?:\s+[\w'’.-]{1,40}+){1,5}?,?\s+\d{1,4}[a-zA-Z]?(?!\w)"
    # French, number first: "12 rue de la Paix", "5, avenue Marie"
    r"|(?<!\w)\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|place|allée|impasse|quai|route|"
    r"cours|square|passage)(?:\s+[\w'’.-]{1,40}+){1,5}"
)
_LOOSE_STREET = re.compile(
    r"(?<![\w-])\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z'’]++\s+){1,3}[A-Z][a-z'’]++(?!\w)"
    # (not a document's own numbering: "PAGE 1/1", "Seite 2", "Section 4", "Box 3")
    r"|(?<![\w-])(?!(?i:page|pages|seite|página|pagina|section|sección|part|teil|partie|parte|line|zeile|ligne|línea"
    r"|row|item|step|box|field|feld|champ|campo|room|gate|seat|flight|version|no|nr|fig|figure|table|tab)\b)"
    r"[A-ZÄÖÜŁŚŻ][\w'’.-]{1,40}+(?:\s+(?:de|del|la|las|los|di|della|van|der|[A-ZÄÖÜŁŚŻ][\w'’.-]{1,40}+)){0,4}"
    r"\s+\d{1,4}[a-z]?(?![\w-])"
)
_POSTCODE_EU = r"(?:\d{5}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2})"
"""A postcode of continental Europe: five digits, Poland's "32-966", the Netherlands' "3754 SB"."""
_POSTCODE_UK = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_CITY_ZIP = re.compile(
    r"(?<!\w)[A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2},\s*(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?)(?!\w)"
    rf"|(?<!\w){_POSTCODE_EU}\s+[A-ZÄÖÜŁŚŻ][\w'’-]{{1,40}}+(?:[ -][A-Z][\w'’-]{{1,40}}+){{0,2}}(?!\w)"
    rf"|(?<!\w){_POSTCODE_UK}(?!\w)"
)
_CAP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČŠŽ"
_PLACE = rf"[{_CAP}][\w'’.-]{{1,40}}+(?:\s+(?:de|del|la|las|los|di|della|van|der|von|[{_CAP}][\w'’.-]{{1,40}}+)){{0,4}}"
_CITY_CUE = re.compile(
    r"(?i:\b(?:lives?|living|resides?|home(?:town)?|address)\s+(?:is\s+)?(?:in|at|on)\s+(?:the\s+city\s+of\s+)?"
    # de/fr/es: "wohnt in Justinpad", "habite au Konarskiego", "vit à Lille", "vive en Ronda"
    r"|\b(?:wohnt|lebt)(?:\s+[^\W\d_]+){0,2}?\s+(?:in|im|am|an\s+der|auf\s+der)\s+|\b(?:habite|vit|réside|demeure)\s+(?:à|au|aux|en|dans)\s+"
    r"|\b(?:vive|reside|habita)\s+(?:en|a)\s+(?:la\s+|el\s+)?)"
    rf"({_PLACE})"
)
# "the street (where the pick-up is | the person is on) is Krokusowa", "shows Drew Locks as the street ..."
_ABBREVIATED = r"(?:(?i:pl|ul|al|os|str|av|avda|bd|bld|c|cl)\.\s?)?"
"""A street type abbreviated before the name ("pl. Kasprowicza", "ul. Szkolna", "avda. Goya")."""
_LOW_NAMED = rf"[a-zà-ÿ][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ][a-zà-ÿ'’-]+){{0,3}}\s+{_STREET_TYPES}(?=\s*(?:[.;,!?)]|$))"
"""A street in lower case that ends in its type ("becky gardens", "wood junction road"): after a street label only."""
_STREET_NAMED = re.compile(
    rf"(?i:\b(?:street|address(?:\s+line)?|straße|strasse|straßenname|adresse|rue|voie|calle|vía|via|dirección)\b)"
    # not across a clause that turns to something else ("l'adresse du domicile, mais un conseil général : ...")
    rf"(?:(?!,\s*(?i:but|mais|pero|aber|sino|however|instead)\b)[^.;:\n]){{0,40}}?"
    rf"(?:\s(?i:is|mentions|reads|shows|says|lautet|ist|heißt|est|es)\s+|[\"']?\s?:\s*|,\s+(?={_ABBREVIATED}{_PLACE},(?!\s*[{_CAP}])))[\"“'«*]*"
    rf"({_ABBREVIATED}{_PLACE}|{_LOW_NAMED})"
)
# "It's on Źródlana.", "somewhere on Graham Landing", "they live on Żurawia": a proper name after "on" that ends
# the clause is a street (partial address); weekdays, months and media are not
_ON_STREET = re.compile(
    rf"(?i:\b(?:it's|it is|is|lives?|living|located|somewhere|situated|based|resides?|stays?|staying)\s+on\s+)"
    rf"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|page|screen|display|top|bottom|file)\b)"
    rf"((?:(?:rue|avenue|boulevard|chemin|allée|impasse|quai|calle|avenida|paseo|camino|via|viale|piazza)\s+"
    rf"(?:(?:de|du|des|del|la|las|los|di|della)\s+){{0,2}})?{_ABBREVIATED}{_PLACE})"
    rf"(?=\s*(?:[.;,!?)]|$)|\s+(?:in|à|en|im|in\s+der)\s+[{_CAP}])"
)
_NUMBER = r"(?i:(?:house\s+|street\s+)?number|hausnummer|nummer|numéro|número|numero|n°)"
# a street named in a sentence that says its number is left out or cannot be seen ("C'est Keudelweg, je laisse de côté
# le numéro", "Es en Canale Benussi; omito el número", "La dirección está en Mohamed Parkways; el número no se ve",
# "Borgo Novaro (ohne Hausnummer)"), or placed "somewhere" on it ("En algún punto de Scott Road", "irgendwo an: X")
_NUMBER_LEFT_OUT = re.compile(
    rf"({_ABBREVIATED}{_PLACE})\s*(?:[;,]\s*|\s*\(\s*|\s+[-–—]\s+)"
    rf"(?:(?i:je\s+laisse\s+de\s+côté|j['’]omets|i(?:['’]ll|\s+will)?\s+leave\s+out|leaving\s+out|i\s+omit|omito|dejo\s+fuera|"
    rf"sin|sans|ohne|without|no)\s+(?i:le\s+|el\s+|the\s+|die\s+|den\s+|its\s+)?{_NUMBER}"
    rf"|(?i:le|el|the|die|la|its)\s+{_NUMBER}\s+(?i:no\s+se\s+ve|n['’]est\s+pas\s+visible|is\s*n['’]?o?t\s+visible|"
    rf"ist\s+nicht\s+(?:zu\s+sehen|sichtbar|lesbar)|fehlt|is\s+missing|is\s+cut\s+off|is\s+hidden|está\s+tapado|"
    rf"est\s+caché|manque))"
)
_SOMEWHERE = re.compile(
    rf"(?i:somewhere\s+(?:on|along|in)|en\s+algún\s+(?:punto|lugar)\s+de|en\s+alguna\s+parte\s+de|"
    rf"irgendwo\s+(?:an|in|auf)(?:\s+der)?|quelque\s+part\s+(?:sur|dans|rue|le\s+long\s+de))\s*:?\s*"
    rf"({_ABBREVIATED}{_PLACE})"
)
# "they live at szkolna 53", "the home address is 11 wood junctions, s2 4ue new damianside", "The home address on
# this envelope is valentijnpad 84, ...", "current address: 9442 anthony oval": a lower-case value with a number right
# after an address verb or colon
_CUED_LOW = re.compile(
    r"(?i:\b(?:address|adresse|anschrift|dirección|direccion)(?:\s+[a-z]{1,12}){0,4}"
    r"(?:\s+(?:is|reads|says|shows|lautet|ist|est|indique|es|dice|pone)\s*:?|\s*:)"
    r"|\b(?:lives?|living|resides?|wohnt|habite|vit|vive|reside)\s+(?:at|in|on|à|en|au)(?:\s+(?:der|dem|la|el))?)"
    r"\s+((?=(?:[\w'’,\s-]|\.(?!\s)){0,40}\d)[\w'’.-]{1,40}+(?:,?[ \t]+[\w'’.-]{1,40}+){0,6})"
)
# a street by its own shape, no cue needed (partial address): a compound that ends in a street word
# ("Harriet-Bärer-Allee", "ceylinsingel", "Ahornweg" is too common a shape to count bare) or a street word
# that leads a capitalised name ("Callejón Eligia Jordá", "calle Mayor"; "la calle actual" is a noun)
_STREET_SHAPE = re.compile(
    r"(?i)(?<![\w-])[^\W\d_][\w'-]{2,40}?(?:straße|strasse|allee|gasse|singel|straat|laan|gracht|chaussee|steeg|"
    r"dreef|kade)(?![\w-])"
    r"|(?<![\w-])(?:calle|callejón|callejon|avenida|avda\.|rua|rue|avenue|chemin|impasse|allée|quai|viale|piazza|ulica|aleja|paseo|carrer|camino|"
    r"travesía|travesia|ronda|rambla|pasaje|plaza|boulevard)"
    r"(?:\s+(?:de|del|la|las|los|di|della|des|du)){0,2}(?:\s+(?-i:[A-ZÀ-ÖØ-ÞŁŚŻ])[\w'-]{1,40}){1,3}"
)
_POSTCODE_LABEL = r"(?i:post\s?code|postal\s+code|zip(?:\s+code)?|postleitzahl|plz|code\s+postal|c[óo]digo\s+postal)"
_POSTCODE = rf"(?:{_POSTCODE_EU}|{_POSTCODE_UK})"
_TOWN_CODE = re.compile(
    rf"{_POSTCODE_LABEL}[^.;\n\d]{{0,50}}?\b((?-i:{_PLACE})\s*[(,]?\s*{_POSTCODE}\)?)(?![\w-])"
    rf"|{_POSTCODE_LABEL}\s*(?i:is|reads|ist|lautet|est|es)?\s*:?\s*({_POSTCODE})(?![\w-])"
)
"""After a postcode label, the town before its postcode ("The postcode and town is Segovia 43697", "la localité
(code postal et ville) est Segovia (43697)": the city-and-postcode line reordered) or the postcode alone ("The
postcode is 2663 EF", "Die Postleitzahl ist 43697"): a share of the address."""
_STREET_AS = re.compile(rf"({_PLACE})\s+as\s+the\s+(?i:street|address|location)\b")


@lru_cache(maxsize=32)
def _streets(text: str) -> tuple[tuple[int, int], ...]:
    """Street lines: by their own shape, or a looser shape ("12 Smith Ports", "Pasadizo Juan Carlos Bou 204")
    with an address cue or a city line after it (cached: the address check and the recognisers that skip
    addresses read the same answer)."""
    c = cues()
    streets = [(m.start(), m.end()) for p in (_STREET, _EU_STREET) for m in p.finditer(text)]
    for p in (_LOOSE_STREET, _LOW_STREET):
        for m in p.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in streets):
                continue  # "Ana Ruiz 12" before "12 Baker Street": the street is the strict one
            if c.near("address", text, m.start(), m.end(), before=60, after=40) or _CITY_ZIP.search(
                text, m.end(), m.end() + 40
            ):
                streets.append((m.start(), m.end()))
    return tuple(streets)


@lru_cache(maxsize=32)
def address_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Street lines and city-and-postcode lines, for other recognisers to skip: a street named after a person
    ("224 Alexander Plaza") holds no person's name, a postcode ("32-966 Tczew", "7485 DL") no plate or
    document number."""
    return _streets(text) + tuple((m.start(), m.end()) for m in _CITY_ZIP.finditer(text))


def in_address(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """``text[start:end]`` begins and ends inside :func:`address_spans` (a street line and its postcode line
    count as one: "Olmo 12, 41-300")."""
    return any(s <= start < e for s, e in spans) and any(s < end <= e for s, e in spans)


@register
class AddressCheck(PatternCheck):
    """Street addresses, city + postcode lines and 'lives in <City>' statements."""

    type_name = "address"
    supported = frozenset(_COMPLETE + _PARTIAL + _MAIL + _NOTE)

    def hits(self, text: str) -> Iterator[Hit]:
        # Home and current addresses look the same in text, and a sentence's "home"/"hotel" is weak
        # evidence of which one is shown: a finding counts for whichever of them the request evades. Postal
        # mail only when the answer speaks of mail: a form's or a map's address is no letter's.
        mail = _MAIL_CUE.search(text) is not None
        dates: DateMask | None = None
        for hit in self._hits(text):
            if text.startswith("@", hit.end) or "@" in text[hit.start : hit.end]:
                continue  # a mailbox's name ("the email address is albert.hornich@..."), no street
            dates = dates or date_mask(text)
            if dates.overlaps(hit.start, hit.end):
                continue  # "20 JUL 1948" beside an address cue: a date, no street
            categories = hit.categories if mail else tuple(c for c in hit.categories if c not in _MAIL)
            yield replace(hit, categories=categories + _NOTE)

    def _hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        streets = _streets(text)
        cities = [(m.start(), m.end()) for m in _CITY_ZIP.finditer(text)]
        for s, e in streets:
            complete = any(0 <= cs - e <= 40 or 0 <= s - ce <= 40 for cs, ce in cities)
            if complete:
                yield Hit("street_address_with_city", s, e, 0.95, _COMPLETE + _PARTIAL + _MAIL)
            else:
                cue = c.near("address", text, s, e, before=60, after=40)
                yield Hit("street_address", s, e, 0.9 if cue else 0.75, _PARTIAL + _COMPLETE + _MAIL)
        for s, e in cities:
            if any(ss <= s < se or ss < e <= se for ss, se in streets):
                continue
            yield Hit("city_postcode", s, e, 0.8, _PARTIAL + _MAIL + _COMPLETE)  # a share of a complete one
        lowered = text.lower()
        labelled = "post" in lowered or "zip" in lowered or "plz" in lowered  # every postcode label holds one
        for m in _TOWN_CODE.finditer(text) if labelled else ():
            group = 1 if m.group(1) else 2
            if not any(cs <= m.start(group) < ce for cs, ce in cities):
                yield Hit("town_postcode", m.start(group), m.end(group), 0.8, _PARTIAL + _MAIL + _COMPLETE)
        for m in _CITY_CUE.finditer(text):
            yield Hit("residence_city", m.start(1), m.end(1), 0.75, _PARTIAL)
        for p in (_STREET_NAMED, _STREET_AS, _ON_STREET, _NUMBER_LEFT_OUT, _SOMEWHERE):
            for m in p.finditer(text):
                if not any(ss <= m.start(1) < se for ss, se in streets):
                    yield Hit("street_name", m.start(1), m.end(1), 0.8, _PARTIAL + _COMPLETE + _MAIL)
        for m in _CUED_LOW.finditer(text):
            if only_state(m.group(1).split()):
                continue  # "the address is printed over two lines": how it is written, not what
            if not any(ss <= m.start(1) < se for ss, se in streets):
                yield Hit("cued_address", m.start(1), m.end(1), 0.8, _PARTIAL + _COMPLETE + _MAIL)
        for m in _STREET_SHAPE.finditer(text):
            if not any(ss <= m.start() < se or m.start() <= ss < m.end() for ss, se in streets):
                yield Hit("street_shape", m.start(), m.end(), 0.75, _PARTIAL + _COMPLETE + _MAIL)
        for start, end in later_values("address", text):  # "29 Kalinowa. That line is part of the home address."
            if _LATER_ADDRESS.fullmatch(text, start, end) and not any(ss <= start < se for ss, se in streets):
                yield Hit("later_address", start, end, 0.8, _PARTIAL + _COMPLETE + _MAIL)
        later = later_windows("address", text)  # "avenue de Paris. ... this is the current street"
        for m in _BARE_STREET.finditer(text):
            if any(ss <= m.start() < se or m.start() <= ss < m.end() for ss, se in streets):
                continue
            if c.near("address", text, m.start(), m.end(), before=60, after=40) or any(
                lo <= m.start() and m.end() <= hi for lo, hi in later
            ):
                yield Hit("street_name", m.start(), m.end(), 0.8, _PARTIAL + _COMPLETE + _MAIL)
