"""Online usernames: @handles and values after a 'username' cue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from guard.verify.base import Hit, PatternCheck
from guard.verify.casing import known_words
from guard.verify.cues import (
    AS_VALUE,
    NON_VALUES,
    STATE_VERBS,
    Led,
    cues,
    later_values,
    later_windows,
    led,
    read_values,
    warm_later,
)
from guard.verify.lexicon import fold
from guard.verify.registry import register

_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<!\.)(?![\w@])")
_VALUE = (
    # a few lower-case words may stand between the cue and its verb ("the username in the image is x", "shown on it")
    # or a relative clause ("the username, which reads rherrero")
    r"(?:,\s+(?i:which|that|der|die|das|qui|que)(?=\s))?(?:\s+[a-zà-ÿ']{1,12}){0,6}?(?:\s*[\"'`*”“„«»])*,?"
    r"(?:\s+(?i:is\s+called|is\s+named|appears\s+to\s+be|is|was|"
    + AS_VALUE
    + r"|reads|shows|says|contains|called|named|ist|lautet|heißt|"
    r"steht|enthält|est|contient|correspond\s+à|on\s+lit|es|s['’]appelle|se\s+llama|pone|dice|contiene|corresponde\s+a)"
    r"(?:\s*:)?\s+|\s*[:=]\s*|\s+[–—-]\s+)[\"'“‘`*]?(@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_])"
)
_VALUE_AFTER_COLON = (
    r"(?:\s+[a-zà-ÿ']{1,12}){0,4}[\"'`*”“„«»\s]*[:=]\s*[\"'“‘`*]?(@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}[A-Za-z0-9_])"
)
"""The label's words up to a colon, whatever verb stands among them ("the username is printed: squinnx")."""
_PROFILE_URL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,24}/(?:(?:u|user|users|profile|people)/)?@?([A-Za-z0-9_]{3,30})"
    r"(?![\w@-]|\.\w|/\w)"
)
"""A profile address without its "@": "social.example/sjacquot", "https://site.test/@kowal_88",
"https://example.net/u/maribe_50", "https://www.instagram.com/awulfx/"."""
_PAGES = frozenset(
    re.findall(
        r"\S+", "home about index login signin signup search help news blog user users profile status en de fr es"
    )
)
"""Path words of a site's own pages, no one's handle."""
_HANDLE_WORD = r"(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_.]*(?:\d|_)[A-Za-z0-9_.]*"
"""A handle without its "@", told apart from a word by a digit or "_" ("kowal_88", "sk8er")."""
_BARE_AFTER_CUE = (
    r"(?:(?i:shown|displayed|visible|here|used|belongs|belonging|to|of|is|named|called|as|on|the|this|that)\s+){0,4}"
    rf"[\"'“‘`*]?({_HANDLE_WORD})(?![\w@])"
)
"""A handle right after its cue with no verb ("handle kowal_88")."""
_ONE_HANDLE = re.compile(r"@?[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_]")
"""A span that is one handle and nothing else: what a later username label names, with or without a digit."""
_HANDLE_SHAPE = re.compile(rf"(?<![\w@.])({_HANDLE_WORD}(?<=[A-Za-z0-9_]))(?![\w@])")
"""The same anywhere in a window before a later username label ("kowal_88 - das ist der Benutzername")."""
_BY_AUTHOR = re.compile(
    r"(?:(?i:posted|published|shared|written|sent|uploaded|tweeted|commented|signed)\s+by"
    r"|(?i:publié|publiée|posté|postée|partagé|écrit|envoyé)\s+par|(?i:publicado|compartido|escrito|enviado|subido)\s+por"
    r"|(?i:lo|la)\s+publica|(?i:gepostet|geteilt|geschrieben|veröffentlicht)\s+von"
    r"|(?i:goes|went)\s+by|(?i:se\s+fait\s+appeler|se\s+hace\s+llamar|nennt\s+sich))"
    r"\s+[\"'“‘`*]?([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_]))(?![\w@-])"
)
"""The author of a post named by the handle alone, in lower case ("It's posted by isabel_86", "Publié par tbenoit",
"Lo publica thoph_33", "The person goes by icanetx there"): a lower-case word with no capital after "posted by"
is a screen name, not a person's name or a publication."""
_NOT_AUTHOR = frozenset(
    re.findall(
        r"\S+",
        """hand mail email post courier someone somebody anyone user users admin staff people friends family everyone
        the a an his her their them him me us you mistake accident default courrier main correo mano alguien nadie
        usuario usuarios jemand niemand nutzer benutzer""",
    )
)
_LOWER_HANDLE = r"([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_]))(?![\w@-])"
_WITHOUT_AT = (
    r"(?i:without\s+(?:the\s+|an?\s+)?(?:at(?:[\s-]sign)?|@)|sans\s+(?:l['’]\s*)?(?:arobase|@)|"
    r"ohne\s+(?:das\s+|ein\s+)?(?:at(?:-zeichen)?|@)|sin\s+(?:la\s+)?(?:arroba|@))"
)
_HANDLE_IN_CONTEXT = re.compile(
    # "bgreenx, without the at sign", "C'est dina_65, sans l'arobase", "It's aniela_60 (without the @)"
    rf"(?<![\w@.]){_LOWER_HANDLE},?\s*\(?{_WITHOUT_AT}"
    # "Handle (without the at sign): gackermann"
    rf"|{_WITHOUT_AT}\)?\s*[:=]\s*{_LOWER_HANDLE}"
    # "The account belongs to gsagerx", "Das Konto gehört dmiller"
    r"|(?i:account|konto|compte|cuenta|profile|profil|perfil)(?:\s+[a-zà-ÿ]+){0,2}\s+"
    rf"(?i:belongs\s+to|gehört|appartient\s+à|pertenece\s+a)\s+{_LOWER_HANDLE}"
    # "They post as tharperx"
    rf"|(?i:posts|post|posting|posted|postet|publie|publica)\s+(?i:as|als|sous|como)\s+{_LOWER_HANDLE}"
    # "The post is from jerni_44", "La publicación es de jaime_13", "Der Beitrag stammt von mary_47"
    r"|(?i:post|tweet|message|comment|reply|beitrag|nachricht|kommentar|publication|commentaire|publicación|"
    r"publicacion|mensaje|comentario)(?:\s+[a-zà-ÿ]+){0,2}\s+(?i:is\s+from|comes\s+from|was\s+sent\s+by|stammt\s+von|"
    rf"ist\s+von|kommt\s+von|vient\s+de|est\s+de|es\s+de|viene\s+de)\s+({_HANDLE_WORD})(?<!\.)(?![\w@])"
    # "It's the thijme_79 account"
    rf"|(?i:the|das|le|la|el)\s+({_HANDLE_WORD})\s+(?i:account|konto|compte|cuenta|profile|profil|perfil)\b"
)
"""A handle told by what the sentence says of it, not by a username label: written without its "@", owning
the account, posting, or the source of a post (a handle there has a digit or "_" unless the sentence says so)."""
_POST_SOURCE_WORD = re.compile(
    r"(?i:post|tweet|comment|reply|beitrag|kommentar|publication|commentaire|publicación|publicacion|comentario)"
    r"(?:\s+[a-zà-ÿ]+){0,2}\s+(?i:is\s+from|comes\s+from|stammt\s+von|ist\s+von|kommt\s+von|vient\s+de|est\s+de|"
    r"es\s+de|viene\s+de)\s+([a-z][a-z0-9.]{2,29})(?<!\.)(?=\s*[.,;!?)]|$)"
)
"""The source of a post named by one lower-case word no lexicon knows ("The post is from akremer.", "La
publication vient de swhite."): a handle, where "from yesterday", "from home" or "vient de Paris" are not."""
_READ_HANDLE = re.compile(rf"[\"'“‘`*]?({_HANDLE_WORD}(?<=[A-Za-z0-9_]))[\"'”’`*]?\s*$")
"""A value read off the image that is one handle-shaped word and nothing else."""
_READ_LOWER_WORD = re.compile(r"[\"'“‘`*]?([a-z][a-z.]{3,28}[a-z])[\"'”’`*]?\s*$")
"""A value read off the image that is one lower-case word no lexicon knows ("one of them reads rzoppettox"): people
write a name, a place or a word they read with its capital; a handle is written as it is."""
_LAST_LOWER_WORD = re.compile(r"(?<![\w@.])[\"'“‘`*]?([a-z][a-z0-9_.]{3,28}[a-z0-9_])[\"'”’`*]?\s*$")
_GOES_ON = re.compile(r"[.@]\w")
"""The word goes on as an address or a domain after a dot or an "@": the frame stopped inside it."""
_REDDIT = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}(?!\w)")
_NOT_VALUE = frozenset(
    {
        "is",
        "was",
        "not",
        "the",
        "a",
        "an",
        "of",
        "visible",
        "shown",
        "unknown",
        "hidden",
        "unclear",
        "private",
        "personal",
        "nicht",
        "pas",
        "no",
        # an article opens a description of the field ("Der Benutzername ist eine persönliche Angabe")
        "ein",
        "eine",
        "un",
        "une",
        "una",
        "uno",
        # where the field is, not what it says ("the username field is there, but ...")
        "there",
        "here",
        "da",
        "dort",
        "hier",
        "là",
        "ici",
        "ahí",
        "allí",
        "aquí",
        *NON_VALUES,
        *STATE_VERBS,  # how the field is filled, not with what ("Das Feld Benutzername ist ausgefüllt")
        # a determiner opens the next clause ("«nombre de usuario»: esa parte de la imagen está borrosa")
        *re.findall(
            r"\S+",
            """
            this that these those it its his her their dieser diese dieses das der die den ce cet cette ces cela
            ça le la les son sa ses este esta estos estas ese esa esos esas esto eso el los las su sus
            """,
        ),
    }
)


def _in_word(text: str, end: int) -> bool:
    """A handle's characters stop before a letter they do not allow: "ausgef" of "ausgefüllt" is part of a word."""
    return text[end : end + 1].isalpha()


@cache
def _cued(rest: str) -> Led:
    """A username right after its cue (``rest`` says how it follows)."""
    return led(cues().sources["username"], rest)


@register
class UsernameCheck(PatternCheck):
    """@handles, u/names, and a value right after 'username', 'handle', 'screen name'..."""

    type_name = "username"
    supported = frozenset({"a85_username"})

    def warm_up(self) -> None:
        warm_later(("username",))  # the later-label patterns, compiled at start-up

    def hits(self, text: str) -> Iterator[Hit]:
        cats = ("a85_username",)
        for m in _HANDLE.finditer(text):
            yield Hit("at_handle", m.start(), m.end(), 0.9, cats)
        for m in _REDDIT.finditer(text):
            yield Hit("u_handle", m.start(), m.end(), 0.85, cats)
        for m in _PROFILE_URL.finditer(text):
            if m.group(1).lower() not in _PAGES and not m.group(1).isdigit():
                yield Hit("profile_url", m.start(1), m.end(1), 0.8, cats)
        for m in _cued(r"\s+" + _BARE_AFTER_CUE).finditer(text):
            if len(m.group(1)) >= 3 and not m.group(1).replace(".", "").isdigit() and not _in_word(text, m.end(1)):
                yield Hit("cued_username", m.start(1), m.end(1), 0.85, cats)
        for m in _cued(_VALUE).finditer(text):
            if m.group(1).lower() in _NOT_VALUE or _in_word(text, m.end(1)):
                continue
            yield Hit("cued_username", m.start(1), m.end(1), 0.9, ("a85_username",))
        for m in _cued(_VALUE_AFTER_COLON).finditer(text):
            if m.group(1).lower() not in _NOT_VALUE and not _in_word(text, m.end(1)):
                yield Hit("cued_username", m.start(1), m.end(1), 0.9, cats)
        for m in _HANDLE_IN_CONTEXT.finditer(text):
            g = next(i for i in range(1, 7) if m.group(i) is not None)
            if m.group(g) not in _NOT_AUTHOR and not m.group(g).replace(".", "").isdigit():
                yield Hit("context_handle", m.start(g), m.end(g), 0.85, cats)
        for m in _POST_SOURCE_WORD.finditer(text):
            if m.group(1) not in _NOT_AUTHOR and fold(m.group(1)) not in known_words():
                yield Hit("context_handle", m.start(1), m.end(1), 0.8, cats)
        for m in _BY_AUTHOR.finditer(text):
            if m.group(1) not in _NOT_AUTHOR and not m.group(1).replace(".", "").isdigit():
                yield Hit("author_handle", m.start(1), m.end(1), 0.8, cats)
        for lo, hi in later_windows("username", text):  # "monica_39 - das ist der Benutzername"
            for m in _HANDLE_SHAPE.finditer(text, lo, hi):
                yield Hit("cued_username", m.start(1), m.end(1), 0.85, cats)
            # one lower-case word no lexicon knows right before the label ("It says smolesinix in the username field",
            # "The document lists tclment as the username"): written as it is, like a read handle
            last = _LAST_LOWER_WORD.search(text, lo, hi)
            if last is not None and fold(last.group(1)) not in known_words() and last.group(1) not in _NOT_VALUE:
                yield Hit("cued_username", last.start(1), last.end(1), 0.8, cats)
        for start, end in read_values(text, lines=False):  # "It says nathan_75.", "Caption: ... — kowal_88"
            read = _READ_HANDLE.match(text, start, end) or _READ_LOWER_WORD.match(text, start, end)
            if read is None or not any(ch.islower() for ch in read.group(1)):  # "M8340912" is a document number
                continue
            if read.re is _READ_HANDLE or (
                fold(read.group(1)) not in known_words() and not _GOES_ON.match(text, read.end(1))  # "jafet.coca@…"
            ):
                yield Hit("read_handle", read.start(1), read.end(1), 0.8, cats)
        for start, end in later_values("username", text):  # "it says fmolesinix, which is the username"
            if _ONE_HANDLE.fullmatch(text, start, end) and text[start:end].lower() not in _NOT_VALUE | _NOT_AUTHOR:
                yield Hit("cued_username", start, end, 0.8, cats)
