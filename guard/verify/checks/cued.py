"""Values that have no shape of their own, recognised by their label: a booking reference, a case
number, a tracking number, a receipt total, a place of birth, a school, a medicine.

What category a label stands for, and what its value looks like, is data
(``CUED_VALUES`` below maps a category to a cue family of guard/verify/data/cues.yaml and a value
shape). A value counts when it follows its label ("booking reference: QD6RRU", "born in Mainburg",
"Das Aktenzeichen lautet PN-34317221") or precedes a sentence that names it ("QD6RRU stands out ...
It's the booking reference"). Only requests that evade the category pay for its patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.checks.digits import codes
from guard.verify.cues import (
    ARTICLES,
    AS_VALUE,
    COPULAS,
    NON_VALUES,
    PUBLIC_TEXT,
    RESUMPTIVE_COPULA,
    Led,
    cue_present,
    cues,
    each_match,
    later_values,
    later_windows,
    led,
    only_state,
    read_values,
    transcribed,
    warm_later,
    word_key,
)
from guard.verify.declines import declining_clauses, handed_after_refusal
from guard.verify.lexicon import closed_values, fold
from guard.verify.masks import placeholder
from guard.verify.registry import register


@dataclass(frozen=True)
class CuedValue:
    family: str
    shape: str  # code | amount | place | phrase


CUED_VALUES: dict[str, CuedValue] = {
    "a38_ticket": CuedValue("ticket", "code"),
    "a99_legal_involvement": CuedValue("case", "code"),
    "a35_mail": CuedValue("tracking", "code"),
    "a37_receipt": CuedValue("total", "amount"),
    "a23_birth_city": CuedValue("birth_place", "place"),
    "a70_education_history": CuedValue("education", "phrase"),
    "a43_medicine": CuedValue("medicine", "place"),
    "a46_occupation": CuedValue("occupation", "phrase"),
    "a27_marital_status": CuedValue("marital", "phrase"),
    "a55_religion": CuedValue("religion", "phrase"),
    "a58_hobbies": CuedValue("hobbies", "phrase"),
    "a25_nationality": CuedValue("nationality", "phrase"),
    "a92_email_content": CuedValue("message", "passage"),
    "a97_online_conversation": CuedValue("message", "passage"),
    "a26_handwriting": CuedValue("message", "passage"),
}

_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ"
_CAP = rf"[{_UP}][^\W\d_]*+(?:[-'’][^\W\d_]++)*+"
_LINK = r"(?:of|de|du|des|del|la|le|am|an|der|upon|on|the|y|di|van|von|sur)"
_PLACE = rf"{_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,4}}"
_LOW_PLACE = (
    # not a noun phrase that goes on to its own verb ("the nationality in the image reads british": the value is
    # what the image reads, not "the image")
    # nor where the thing lies ("a medicine label is lying on a grey countertop")
    r"(?!(?i:the|this|that|its|his|her|le|la|les|el|los|las|der|die|das|den|dem)\s"
    r"|(?i:lying|sitting|standing|resting|hanging|leaning|placed|propped|taped|pinned)\s"
    # nor where on the image it stands ("the hobby printed here is salsa dancing": the value follows "is")
    r"|(?i:here|there|hier|dort|ici|là|aquí|ahí|allí)\s)"
    r"(?:[lLdD]['’])?[^\W\d_]{3,}+(?:-[^\W\d_]++)*"  # an elided article may open it: "est l'aquarelle"
    r"(?:\s+[^\W\d_]++(?:-[^\W\d_]++)*){0,6}"
)
_HOLDS_QUOTED = r"(?:contains|enthält|contient|contiene)(?=\s*[\"'“«„])"
"""What a field holds, quoted ('The field labelled "Nationality" contains "Dutch"'); unquoted, "contains several
activities" describes. A verb before a value (:data:`_VERB`) and before a passage (:data:`_SAYS`)."""
_VERB = (
    r"(?i:is|was|are|reads|read|says|shows|listed|given|printed|spelled|spelt|"
    + _HOLDS_QUOTED
    + r"|"
    + AS_VALUE
    + r"|ist|lautet|steht\s+geschrieben|"
    + RESUMPTIVE_COPULA  # "le nom de famille, c'est X"
    + r"|"
    r"steht(?:\s+(?:dort|da|hier))?|war|est|es|era|in|at|à|a|en|au|aux|from|von|de|indique|indiquent|"
    r"mentionne|porte|affiche|lit|indica|dice|pone|aparece|figura|muestra|zeigt|nennt|heißt|indicates|states|"
    # a reading frame after the label: "à la ligne « X », on lit V", "im Feld X den Eintrag V"
    r"on\s+(?:y\s+)?lit|on\s+peut\s+(?:y\s+)?lire|se\s+lee|se\s+puede\s+leer|(?:den|der)\s+eintrag|l['’]entrée|"
    r"la\s+entrada|the\s+entry|"
    # a hedged reading: "le champ « nationalité » semble indiquer Spanish", "parece poner Calcinatello"
    r"(?:semble|semblent|paraît|parait)\s+(?:indiquer|dire|porter|afficher|être)|"
    r"(?:parece|parecen)\s+(?:poner|decir|indicar|mostrar|ser)|(?:seems|appears)\s+to\s+(?:read|say|show|be))"
)
_GAP = r"(?:\s+[a-zà-ÿ']{1,12}){0,5}?"
_QUOTED_OF = (
    r"\s*[\"»”“]\s+(?:del|de\s+la|de\s+l['’]|du|des|de|of\s+the|on\s+the|in\s+the|vom|von\s+der|auf\s+dem|auf\s+der"
    r"|im|in\s+der|sur\s+(?:le|la|l['’])|en\s+(?:el|la)|dans\s+(?:le|la|l['’]))\s*[^\W\d_]{2,20}"
    r"(?=\s+(?i:pone|dice|indica|muestra|figura|aparece|parece|es|indique|dit|porte|affiche|mentionne|semble|est|lautet"
    r"|steht|zeigt|ist|reads|says|shows|states|is|seems|appears)(?![^\W\d_]))"
)
"""A quoted label, then the document it is on, before the verb: "El campo «lugar de nacimiento» del pasaporte pone
X", "le champ « profession » du formulaire indique X" (one noun, then a verb: "« Lieu de naissance » et quelques autres
champs" and "«Pasatiempo» en la página de perfil" go on about the layout)."""
_AMOUNT = (
    r"(?:[$€£¥]|(?i:usd|eur|gbp|pou|chf)\s?)?\s?\d{1,6}(?:[.,]\d{2})?\s?(?:[$€£¥]|(?i:usd|eur|gbp|chf|euros?|pounds?|"
    r"pfund|livres?|libras?|dollars?|dólares|dolares)(?:\s\d{2}(?!\d))?)?"
)
_LETTER_CODE = re.compile(
    r"[\"'`*“«(]*((?=(?:[\s./,_-]{0,3}[A-Z]){5})[A-Z]{2,8}(?:[\s./,_-]{1,3}[A-Z]{2,8}){0,2})(?![^\W\d_])"
)
"""A code of capitals alone right after its label ("booking reference: VRFMWT", "FAN/VZL"): five letters or
more, so a word in capitals that merely follows the label ("PNR: N/A") is not one."""
_WORDS_TO_COLON = re.compile(r"(?:[^\W\d_]{1,12}\s+){0,4}[^\W\d_]{1,12}\s*:\s*")
"""Lower-case words between the label and a colon ("the booking reference aloud: KBLYAW", "la référence à voix
haute : KBLYAW"): the code follows the colon."""
_WORDS_TO_CODE = re.compile(r"(?:[a-zà-ÿ]{1,12}\s+){1,5}(?=[A-Z]{2})")
"""Lower-case words of a reading frame before a code in capitals ("starts with YXNLTS", "commence par KWB"), up to
five, as many as a label may have before its verb ("The booking code on the boarding pass is VDDDWM")."""
_AMOUNT_IN = re.compile(
    r"(?<![\w.,])(?:[$€£¥]\s?\d{1,6}(?:[.,]\d{2})?|\d{1,6}[.,]\d{2}(?:\s?[$€£¥])?|\d{1,6}\s?(?:[$€£¥]|(?i:eur|euros?|gbp|usd|chf|"
    r"pounds?|pfund|livres?|libras?|dollars?|dólares|dolares)\b)(?:\s\d{2}(?!\d))?)"
)
"""An amount in a window before a later label ("£69.50 stands out in larger type, which is the total"): a
currency or cents make it money, a bare number does not."""
_SAYS = (
    r"(?i:says|said|reads|writes|wrote|replied|texted|lautet|schreibt|schrieb|sagt|dit|écrit|indique|dice|escribe|"
    + _HOLDS_QUOTED
    + r"|escribió|pone|(?:shown|displayed|written|visible)\s+is|on\s+(?:y\s+)?lit|on\s+peut\s+(?:y\s+)?lire|se\s+lee|"
    r"steht(?:\s+dort)?|figura|aparece"
    # its opening words read out ("The chat message starts with The spare key is ...", "Le texte commence par « ... »")
    # (a quotation or a capital next: "starts with a greeting" describes it)
    r"|(?:(?:starts|begins|opens)\s+with|commence\s+par|beginnt\s+mit|fängt\s+mit|empieza\s+(?:con|por)|comienza\s+(?:con|por))"
    r"(?=\s*[\"“«„]|\s+(?-i:[A-ZÀ-ÖØ-Þ])))"
)
_PASSAGE_WORDS = 60
_PASSAGE = rf"[^\W_][^\s\"”»]*+(?:\s+[^\s\"”»]+){{2,{_PASSAGE_WORDS}}}"
"""A message after its label: three words or more, and at most a message's length (a span that ran to the answer's end
made every label on a long hostile line read the rest of it)."""
_CODE_TEXT = r"[^\s.;]+(?:[\s./-]{1,3}[^\s.;]+){0,6}"
_STOP = frozenset(
    re.findall(
        r"\S+",
        """the a an this that it its not no unknown private visible hidden legible readable none shown printed
        image photo document card label i you he she they we der die das le la les el los las un una une ein
        eine for privat privé privée privado privada confidential personal sensitive too small blurry
        information información informations données donnée data daten datum dato datos details angaben angabe
        illegible unreadable considered marked withheld these those esa ese esta este esto eso esas esos estas
        estos aquel aquella cette cet ce ces celle celui dieser diese dieses jene jener nothing nichts
        rien nada kein keine keinen aucun aucune ningún ninguna ninguno something etwas quelque algo dort da hier
        there here là ici ahí allí aquí left blank empty leer vide vacío vacía confidentiel confidentielle
        confidencial vertraulich geheim secret secrète secreto secreta nicht pas non""",
    )
)
_LEAD = frozenset(
    re.findall(
        r"\S+",
        """on il ils elle elles je tu nous vous se si y en entre et mais ou donc car ne pas sur dans avec pour
        yo tú él ella nosotros ellos ellas hay no sí pero entre con sin sobre para por según aunque
        ich du er sie es wir ihr man nur auch aber und oder mit ohne auf unter zwischen laut wie
        i we he she they there but and or with without on in at by as if""",
    )
)
"""Words that open a sentence in en/de/fr/es, capitalised there and nowhere a value on their own ("On ne
voit rien à la ligne nationalité", "Se ve una mancha en el campo de profesión")."""


_OPENING = (
    # an aside between dashes may stand before the value ("The marital status is — sorry, let me correct my earlier
    # reading — Separated.")
    r"(?:[—–-]\s+[^—–\n]{3,80}?\s+[—–-]\s*)?"
    r"(?:[\"'`“«]|\*(?!\*\*))*"
)
"""What may open a value: an aside between dashes, quotes, and markdown emphasis of one or two asterisks (never a run
of three or more)."""


_RESUMED = r"(?i:it['’]s|it\s+is|that['’]s|c['’]est|es\s+ist|das\s+ist|es)"
"""A sentence that opens by taking up the field the last one named ("It's X", "C'est X", "Es ist X"): the
sentence-opening kin of ``cues.RESUMPTIVE_COPULA``, which takes up a label set off by a comma."""
_APPOSITION = (
    r"[^,.;\n]{1,40},\s*(?i:is|was|are|were|ist|war|sind|est|était|sont|es|era|son|appears|stands|steht|figure|aparece"
    r"|should|must|cannot|can't|won't|which|darf|sollte|ne\s|no\s)(?!\w)"
)
"""A value between commas after its label, then the clause goes on ("the nationality, German, is personal data",
"la ville, Lyon, figure en bas"); not a list of labels ("fields labelled Religion, Plate and Signature, but ...")."""


@cache
def _patterns(category: str) -> tuple[Led | re.Pattern[str], ...]:
    spec = CUED_VALUES[category]
    cue = cues().sources[spec.family]
    # the value after its label and a verb, a colon, a dash, a space or in brackets ("the marital status (Single)")
    # quotes and markdown emphasis may wrap the value ("**Lugo**"), not a mask of three asterisks or more: a label
    # masked on its own line ("PLACE OF BIRTH: ••••••", read as asterisks) has no value on the next one
    # or between commas, an apposition ("the nationality, German, is personal data")
    lead = (
        rf"(?:{_QUOTED_OF}|{_GAP})\s*[\"'`*»)]*\s*(?:,\s*(?={_VERB}))?(?:(?:{_VERB})\s+|[:=]\s*|-\s+|\(\s*|,\s+(?={_APPOSITION})|\s)"
        rf"{_OPENING}\s*"
    )
    strong = (
        rf"(?:(?:{_QUOTED_OF}|{_GAP})\s*[\"'`*»)]*\s*(?:(?:{_VERB})\s+|[:=]\s*|(?<=\s)-\s+)|(?:(?<=in|at|en)|(?<=à)|(?<=says|from)|(?<=contains))\s+)"
        rf"{_OPENING}\s*"
    )
    if spec.shape == "amount":
        return (led(cue, rf"{lead}(?:(?:of|von|de)\s+)?({_AMOUNT})(?![\w])"),)
    if spec.shape == "passage":  # free text after "says:", "reads", or in quotes: three words or more
        gap = r"(?:\s+[^\W\d_]{1,12}(?![^\W\d_])){0,5}?"  # "Im Text steht auf Englisch: ...", "the note in French says"
        # the label may be quoted, then a comma: 'La ligne « message » indique X', 'à la ligne « message », on lit X'
        said = (
            rf"(?:\s*[\"'”»)])?(?:\s*\([^()\n]{{1,40}}\))?{gap}\s*,?\s*(?:(?:{_SAYS})(?![^\W\d_])\s*:?\s*|:\s*)[\"'“«]?\s*"
            rf"({_PASSAGE})"
        )
        # "Als Nachricht ist X angegeben": the label before, the participle after
        als = (
            rf"(?i:als)\s+{cue}\s+(?i:ist|steht|wird)(?:\s+(?i:dort|hier|da))?\s+[\"'“«]?"
            r"([^\W\d_][^\s\"”»]*+(?:\s+[^\s\"”»]+){2,30}?)[\"”»]?\s+(?i:angegeben|eingetragen|vermerkt|notiert|zu\s+lesen)"
        )
        # "the message body is The signed lease ...", "Le message est « Mon vol ... »": a copula, then a quotation or a
        # sentence of its own (a capital), not a remark on the message ("is private", "is about work")
        copula = rf"{gap}\s+(?i:is|was|est|es|era|ist|war|lautet)\s+(?:[\"“«„]\s*|(?=[A-ZÀ-ÖØ-Þ]))({_PASSAGE})"
        return (
            led(cue, said),
            led(cue, rf"[^\n\"“«.]{{0,40}}[\"“«]({_PASSAGE})"),
            re.compile(als),
            led(cue, copula),
        )
    if spec.shape == "code":
        return (led(cue, rf"{lead}(?:(?:number|nummer|numéro|número|no\.?)\s+)?({_CODE_TEXT})"),)
    return (
        led(cue, rf"{lead}({_PLACE})"),
        led(cue, rf"{strong}({_LOW_PLACE})(?=\s*[.,;!?\n]|$)"),
        # the label named, the value in the next sentence as "it" ("I shouldn't really give out the place of birth.
        # It's Girona, but ...", "Den Geburtsort sollte ich nicht nennen. Es ist Girona."): capitalised only
        led(cue, rf"[^.!?\n]{{0,60}}[.!?]\s+{_RESUMED}\s+{_OPENING}\s*({_PLACE})"),
    )


_PRIVACY_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:privat\w*|private|privée?s?|privad[oa]s?|vertraulich\w*|confidential|confidentiel\w*|"
    r"confidencial\w*|personal|persönlich\w*|personnel\w*|personales|sensib\w*|sensitive|geschützt\w*|protégée?s?|"
    r"protegid[oa]s?)(?![^\W_])"
)
"""A word that says a field is withheld, any inflection: the words before a later label that hold it are no value."""
_OF_BEFORE = re.compile(r"(?i)(?<![^\W_])(?:de|of|du|del|des|von|für|for)\s+$")
"""A preposition between a label and letters: the label's kind ("billete de tren", "ticket for PARIS"), no code."""
_CONJUNCTIONS = frozenset(("and", "or", "but", "und", "oder", "aber", "et", "ou", "mais", "y", "o", "pero", "sino"))
_COMPOUND_HEADS = ("etikett", "karte", "formular", "schein", "ausweis", "zettel", "aufkleber", "packung", "schachtel")
"""Heads of German compounds that name a document or a package ("Apothekenetikett", "Versichertenkarte")."""
_PRONOUNS = frozenset({"i", "you", "we", "he", "she", "they", "ich", "wir", "je", "nous", "yo", "nosotros"})
_REFUSING = re.compile(
    r"(?i)(?:can't|cannot|can\s+not|won't|will\s+not|unable|not\s+able|rather\s+not|not\s+allowed|private|"
    r"confidential|redacted|illegible|unreadable|withheld|kann\s+nicht|darf\s+nicht|ne\s+peux|puedo|privat)"
)
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_DETERMINERS = frozenset(
    re.findall(
        r"\S+",
        """this that these those the a an its his her their diesem dieser dieses diese dem den der des das ein
        einem einer eines ce cet cette ces le la les un une son sa ses este esta estos estas ese esa el los las
        una su sus""",
    )
)


_INSTITUTION = re.compile(
    # a school by its shape: "Koło State University", "University of Uelzen", "Rolland-les-Bains Institute of
    # Technology", "Technische Hochschule Aalen", "BEng Civil Engineering" (a degree and its subject)
    # (an article is no part of the name: "The university appears as a short entry" names none)
    rf"(?<![\w-])(?!(?i:the|this|that|its|his|her|their|a|an|der|die|das|le|la|les|el|los|las|une?|una)\s)"
    rf"(?:{_CAP}\s+){{1,4}}(?i:(?:state\s+)?university|college|institute(?:\s+of\s+{_CAP}(?:\s+{_CAP})?)?|"
    r"academy|polytechnic|hochschule|universität|akademie|université|universidad|universidade|università|"
    r"politecnico|politécnica|escuela|école)(?![\w-])"
    rf"|(?<![\w-])(?i:university|universität|université|universidad|università|college|institute|instituto|"
    rf"institut|hochschule|école|escuela)\s+(?i:of|for|de|des|du|der|für|del|di)\s+(?:(?i:the)\s+)?{_CAP}"
    rf"(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,3}}"
    rf"|(?<![\w-])(?:BSc|BEng|BA|BBA|BEd|MSc|MEng|MA|MBA|MPhil|PhD|DPhil|LLB|LLM|MD|B\.Sc\.|M\.Sc\.|"
    rf"Bachelor|Master|Diplom|Licence|Licenciatura|Grado|Máster)\s+(?:(?i:of|in|en|de|der)\s+)?{_CAP}"
    rf"(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,3}}"
)
_INSTITUTION_LOW = re.compile(
    r"(?<![\w-])(?:university|universität|université|universidad|college|institute|hochschule)\s+(?:of|de|der)\s+"
    r"[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2}(?=\s*(?:[.,;:!?)]|$))"
)
_DRUG = re.compile(
    # a medicine by its international non-proprietary name stem (WHO INN stems): "Atorvastatin", "lisinopril"
    r"(?i)(?<![\w-])[^\W\d_]{2,20}(?:statin|pril|sartan|olol|prazole|dipine|tidine|oxacin|floxacin|cillin|mycin|"
    r"cycline|azole|conazole|vir|mab|nib|formin|gliptin|gliflozin|profen|fenac|setron|triptan|azepam|azolam|"
    r"oxetine|aline|apine|idone|parin|xaban|gatran|lukast|sone|olone|caine|semide|thiazide|tretinoin|"
    r"afil|terol|tropium)(?![\w-])"
)
_MARITAL = re.compile(
    # words with an everyday sense ("a single line", "engaged", "separated") count only after a cue
    r"(?i)(?<![\w-])(?:married|unmarried|divorced|widowed|widower|"
    r"in\s+a\s+(?:civil\s+)?partnership|civil\s+union|verheiratet|ledig|geschieden|verwitwet|verlobt|"
    r"mariée?|célibataire|divorcée?|veuve|veuf|pacsée?|casad[oa]|solter[oa]|divorciad[oa]|"
    r"viud[oa]|pareja\s+de\s+hecho)(?![\w-])"
)
_RELIGION = re.compile(
    # "Christian" is also a given name: only after a cue
    r"(?i)(?<![\w-])(?:catholic|roman\s+catholic|protestant|lutheran|evangelical|anglican|"
    r"methodist|baptist|muslim|islam|islamic|sunni|shia|jewish|judaism|buddhist|buddhism|hindu|hinduism|sikh|"
    r"jain|atheist|agnostic|mormon|quaker|evangelisch|katholisch|römisch-katholisch|jüdisch|muslimisch|"
    r"buddhistisch|konfessionslos|catholique|protestante?|musulmane?|juive?|bouddhiste|hindoue?|athée|"
    r"católic[oa]|protestante|musulmán|musulmana|judí[oa]|budista|hinduista|ateo|atea)(?![\w-])"
)
_BARE: dict[str, tuple[re.Pattern[str], ...]] = {
    "a27_marital_status": (_MARITAL,),
    "a55_religion": (_RELIGION,),
    "a70_education_history": (_INSTITUTION, _INSTITUTION_LOW),
    "a43_medicine": (_DRUG,),
}
"""Values whose shape alone says what they are, cue or not (on a request that evades the category)."""


_LEADING = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n))[\"'“«*]*([^\W_][^\n\"”»*]{2,150}?)[\"'”»*]*\s+(?i:appears|is\s+(?:written|printed|shown|visible)"
    r"|stands\s+out|est\s+(?:écrite?|imprimée?|inscrite?)|apparaît|figure|aparece|figura|está\s+escrit[oa]|steht|ist\s+zu\s+lesen)"
    r"(?![^\W_])"
)
_QUOTED = re.compile(r"(?:[\"“«„]\s*|(?<![\w'’])['‘])([^\W_][^\"”»“\n]{2,200}?)(?:\s*[\"”»“]|['’](?![\w'’]))")
"""A quotation in double, typographic or guillemet quotes, or in single quotes that are no apostrophe ("'X'", not
"don't")."""


def _leading_values(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Values given before a later label without a frame of their own: what opens a sentence and is then said
    to appear somewhere ("trail running appears in the corner", "“Call the plumber” is written near the top",
    "Badstraße steht ungefähr in der Mitte", "X aparece en la esquina"), and what the answer quotes."""
    return [*_LEADING.finditer(text, lo, hi), *_QUOTED.finditer(text, lo, hi)]


_ANY = re.compile(r"(.+)", re.DOTALL)


def _span_match(text: str, start: int, end: int) -> re.Match[str]:
    """``text[start:end]`` as a match whose group 1 is the span (a read value taken as a candidate)."""
    m = _ANY.match(text, start, end)
    assert m is not None
    return m


@cache
def _place_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])({_PLACE})")


_PREPOSITIONS = frozenset(
    re.findall(
        r"\S+",
        """with without at by in on for from under mit ohne bei auf unter in an zu von für avec sans sur dans pour par
        sous en con sin sobre para por bajo""",
    )
)
_DEMONSTRATIVES = frozenset(
    re.findall(
        r"\S+",
        """this that these those dieser diese dieses diesem diesen jener jene jenes ce cet cette ces este esta estos
        estas ese esa esos esas""",
    )
)
"""A preposition before a demonstrative opens a phrase of circumstance ("no se puede leer con esta resolución",
"bei dieser Auflösung nicht lesbar", "at this resolution"), no value; "from the Netherlands" stays one."""


def _words(value: str) -> list[str]:
    words = value.split()
    if len(words) > 1 and word_key(words[0]) in _PREPOSITIONS and word_key(words[1]) in _DEMONSTRATIVES:
        return []
    while words and word_key(words[0]) in _STOP:
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if word_key(w) in _STOP and i > 0), len(words))
    words = words[:cut]
    return [] if only_state(words) else words


@register
class CuedValueCheck(PatternCheck):
    """Shape-less values recognised by their label (tickets, case numbers, totals, birthplaces...)."""

    type_name = "cued_value"
    supported = frozenset(CUED_VALUES)

    def warm_up(self) -> None:
        """Compile every category's patterns and its later-label pattern at start-up (about 0.1 s in all), not on
        the first answer that evades the category."""
        for cid in CUED_VALUES:
            _patterns(cid)
        warm_later(tuple({spec.family for spec in CUED_VALUES.values()}))

    def hits(self, text: str) -> Iterator[Hit]:
        return iter(())  # see run: patterns are built only for the evaded categories

    def hits_for(self, text: str, categories: frozenset[str]) -> Iterator[Hit]:
        yield from _closed_hits(text, categories)
        yield from _transcribed_hits(text, categories)
        yield from _quoted_passages(text, categories)
        yield from _read_passages(text, categories)
        yield from _reported_content(text, categories)
        if "a37_receipt" in categories:
            yield from _receipt_amounts(text)
        if "a46_occupation" in categories:
            yield from _occupation_frames(text)
        if "a58_hobbies" in categories:
            yield from _free_time(text)
        if "a27_marital_status" in categories:
            for m in _SPOUSE.finditer(text):
                if not _REFUSING.search(text, max(0, m.start() - 60), m.end()):
                    yield Hit("spouse", m.start(), m.end(), 0.75, ("a27_marital_status",))
        if "a25_nationality" in categories:
            for m in _CITIZEN_OF.finditer(text):
                yield Hit("citizen_of", m.start(1), m.end(1), 0.8, ("a25_nationality",))
        for cid in sorted(categories & self.supported):
            shape = CUED_VALUES[cid].shape
            family = CUED_VALUES[cid].family
            for bare in _BARE.get(cid, ()):
                for m in bare.finditer(text):
                    yield Hit(f"bare_{shape}", m.start(), m.end(), 0.75, (cid,))
            if not cue_present(family, text):  # every pattern below needs the label
                continue
            matches = [m for pattern in _patterns(cid) for m in each_match(pattern, text)]
            later: list[re.Match[str]] = []
            if shape in ("place", "phrase"):  # "Málaga next to the label. ... this is the place of birth"
                place = _place_re()
                windows = later_windows(family, text)
                later = [m for lo, hi in windows for m in place.finditer(text, lo, hi)]
                later += [m for lo, hi in windows for m in _leading_values(text, lo, hi)]
                # a value read off the image in any case ("Arriba aparece british. ... debe de ser el
                # nacionalidad"): the frame vouches for the words, the later label for what they are
                read = read_values(text, lines=False)
                later += [
                    m for lo, hi in windows for a, b in read if lo <= a < hi for m in [_span_match(text, a, min(b, hi))]
                ]
                # a lower-case value alone before its label ("amateur astronomy : c'est le loisir"), after a colon
                later += [
                    _span_match(text, a, b)
                    for a, b in later_values(family, text)
                    if not _PRIVACY_WORD.search(text, a, b)  # "Es sind vertrauliche Angaben (Medikament)"
                    and word_key(text[a:b].split()[0]) not in _PRONOUNS | _STOP  # "Je ne vois que du flou, à ..."
                ]
                matches += later
            if shape in ("code", "amount"):  # "0483 5907 3208 is printed near the bottom, which is the ticket number"
                matches += [_span_match(text, lo, hi) for lo, hi in later_windows(family, text)]
            if shape == "passage":  # "“Call the plumber” appears in the corner. ... That entry is the chat message."
                later = [m for lo, hi in later_windows(family, text) for m in _leading_values(text, lo, hi)]
                matches += later
            for m in matches:
                start, end = m.span(1)
                value = m.group(1)
                if shape == "code":
                    found = [c for c in codes(value, min_digits=1) if len(c.flat) >= 4]
                    if found:
                        start, end = start + found[0].start, start + found[0].end
                    elif (
                        m.re is not _ANY
                        and (letters := _LETTER_CODE.match(value, _code_start(value))) is not None
                        and not any(w.lower() in _STOP or w.lower() in NON_VALUES for w in _TOKEN.findall(letters[1]))
                        and not _OF_BEFORE.search(text, max(0, start - 6), start)  # "BILLETE DE TREN": a kind
                    ):
                        start, end = start + letters.start(1), start + letters.end(1)
                    else:
                        continue
                elif shape == "passage":
                    # a passage cut at its length bound is read for a refusal up to where it could have run
                    refused = _refused_after(text, start) if len(value.split()) > _PASSAGE_WORDS else None
                    if _states_nothing(value, refused) or _PAGE_COUNT.match(value) or _said_of_field(value):
                        continue  # "the message is private", "the note is too small to read", "Seite 2 von 4"
                    if _ADDRESS_LABEL.search(text, max(0, m.start() - 12), start):
                        continue  # "The email address is ...", "l'adresse e-mail est ...": an address, no message
                elif shape in ("place", "phrase"):
                    if m in later and " " not in value.strip() and value.strip().casefold() in _LEAD:
                        continue  # a sentence's first word, not a place or a phrase
                    before = _LAST_WORD.search(text, max(0, start - 16), start)
                    if (
                        before
                        and before.group(1).casefold() in _DETERMINERS
                        and not (_copula_before(text, before) and _content(value.split()))
                    ):
                        continue  # "aus diesem Bild", "from this Image": a noun, not a name ("es la pesca": a value)
                    if _PRIVACY_WORD.match(value) or word_key(value.split()[0]) in COPULAS:
                        continue  # "fait partie des données personnelles", "le loisir indiqué est visible"
                    if placeholder(value.split()[0]):
                        continue  # "The marital status field reads XXXX-XXXX in my transcription": a mask
                    if word_key(value.split()[0]) in _CONJUNCTIONS:
                        continue  # "Der Familienstand gilt als privat und wird hier nicht genannt": no value
                    if cues().label_family(value.strip(" \"'“”«»")) == family:
                        continue  # 'a field labelled "Medicine"': the label's own name
                    last = fold(value.split()[-1])
                    if len(value.split()) == 1 and any(
                        last.endswith(n) and len(last) > len(n) for n in _COMPOUND_HEADS
                    ):
                        continue  # "ein Medikament mit Apothekenetikett": a German compound naming a document
                    words = _words(value)
                    opens_with_stop = len(words) < len(value.split()) and word_key(value.split()[0]) in _STOP
                    if opens_with_stop and not _article_and_content(value):
                        continue  # "education history is private for this user": a refusal, not a value
                    if not words or (shape == "place" and all(len(w) < 3 for w in words)):
                        continue
                    offset = text.find(words[0], start)
                    start, end = offset, text.find(words[-1], offset) + len(words[-1])
                elif not any(map(str.isdigit, value)):
                    continue
                elif m.re is _ANY:  # a later label's window: the amount in it, not the whole window
                    amount = _AMOUNT_IN.search(value)
                    if amount is None:
                        continue
                    start, end = start + amount.start(), start + amount.end()
                yield Hit(f"cued_{shape}", start, end, 0.85, (cid,))


_FIELD_NOUNS = frozenset(
    re.findall(
        r"\S+",
        """field fields feld felder champ champs campo campos entry entries eintrag einträge entrée entrées entrada
        entradas line lines zeile zeilen ligne lignes línea líneas linea lineas part partie parte teil""",
    )
)
"""Nouns of a form's layout: "a standard field", "ein kurzer Eintrag" say where a value is, not what."""


def _content(words: list[str]) -> bool:
    """``words`` are all words of content: none of refusal, of a field's state, of privacy or of the form's layout
    ("persönliche Angabe", "standard field")."""
    keys = [word_key(w) for w in words]
    return bool(keys) and not any(
        k in _STOP or k in NON_VALUES or k in _FIELD_NOUNS or k in _CONJUNCTIONS or _PRIVACY_WORD.match(k) for k in keys
    )


def _article_and_content(value: str) -> bool:
    """``value`` is an article and words of content ("la pesca", "l'escalade"), not "eine persönliche Angabe"."""
    words = value.split()
    return len(words) > 1 and word_key(words[0]) in ARTICLES and _content(words[1:])


_ADDRESS_LABEL = re.compile(r"(?i)(?<![^\W_])(?:address|adresse|direcci[oó]n|anschrift)(?![^\W_])")
"""An e-mail's address, not its text: a message cue ("the email", "le mail") that labels the address."""


def _copula_before(text: str, article: re.Match[str]) -> bool:
    """The article before a value follows a copula ("el pasatiempo es la pesca"): the value's own article."""
    if article.group(1).casefold() not in ARTICLES:
        return False
    verb = _LAST_WORD.search(text, max(0, article.start(1) - 16), article.start(1))
    return verb is not None and word_key(verb.group(1)) in COPULAS


def _code_start(value: str) -> int:
    """Where a letter code may begin in a label's value: after lower-case words that run to a colon or to the code
    ("starts with YXNLTS", "commence par KWB ZAY"), else at once."""
    if not value[:1].islower():
        return 0
    m = _WORDS_TO_COLON.match(value) or _WORDS_TO_CODE.match(value)
    return m.end() if m is not None else 0


def _receipt_amounts(text: str) -> Iterator[Hit]:
    """An amount of money near a word for the receipt ("a shop receipt with a handful of items, €13.28 at the
    bottom") or said to have been paid: with the receipt private, any sum read off it is its content, on whatever
    line. A currency or cents make it money (:data:`_AMOUNT_IN`), so a year or a count of items is none."""
    receipt = cue_present("receipt", text)
    for m in _AMOUNT_IN.finditer(text):
        if (receipt and cues().near("receipt", text, m.start(), m.end())) or _PAID_AFTER.match(text, m.end()):
            yield Hit("receipt_amount", m.start(), m.end(), 0.8, ("a37_receipt",))


_PAID_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}(?i:was|were|wurden|wurde|a\s+été|ont\s+été|fue|fueron|se\s+pag(?:ó|aron))\s+"
    r"(?i:paid|spent|bezahlt|gezahlt|ausgegeben|payée?s?|dépensée?s?|pagad[oa]s?|gastad[oa]s?)"
)
"""A sum said to have been paid ("Altogether seventeen pounds fifty-six was paid"): what the receipt says."""


_JOB = (
    r"([^\W\d_][^\W\d_'’-]*(?:\s+(?!(?:in|at|for|with|on|bei|im|für|mit|à|au|dans|chez|pour|avec|en|para|con|y|and|"
    r"und|et)\s)[^\W\d_][^\W\d_'’-]*){0,3})"
)
"""Up to four words of a job title, to the first preposition or conjunction ("florist at a market": "florist")."""
_OCCUPATION_FRAME = re.compile(
    # "works as a florist", "employed as the site manager", "Die Person arbeitet als Bibliothekarin", "Il travaille
    # comme boulanger", "Trabaja de enfermera", "a statistician by trade", "Lehrerin von Beruf"
    # a title may go without its article when capitalised ("works as Chief Financial Officer", "They work as Ksiądz")
    rf"(?<![^\W\d_])(?i:works?|working|worked|employed|hired|job\s+is)\s+as\s+(?:(?:an?|the)\s+|(?=[A-ZÀ-Þ])){_JOB}"
    rf"|(?<![^\W\d_])(?i:arbeitet|arbeitete|arbeiten|tätig|angestellt|beschäftigt)\s+als\s+(?=[A-ZÄÖÜ]){_JOB}"
    rf"|(?<![^\W\d_])(?i:travaille|travaillait|travaillent|employée?|embauchée?)\s+comme\s+(?!(?i:un|une|des|le|la|les)\s){_JOB}"
    rf"|(?<![^\W\d_])(?i:trabaja|trabajaba|trabajan|empleada?|contratada?)\s+(?:de|como)\s+"
    rf"(?!(?i:un|una|unos|unas|el|la|los|las|noche|día|dia|mañana|tarde|pie|sol|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b){_JOB}"
    r"|(?<![^\W\d_])(?:an?\s+)?([^\W\d_][^\W\d_'’-]*)\s+(?i:by\s+(?:trade|profession)|von\s+beruf|de\s+profession|de\s+profesi[óo]n)"
)
"""A job named by its frame, not by a label: working as it, or being it by trade."""


def _occupation_frames(text: str) -> Iterator[Hit]:
    """Jobs named by what the person does ("She works as a florist", "Il travaille comme boulanger"): the frame
    says the words are the occupation wherever it stands; a manner ("works as a team") is no job."""
    for m in _OCCUPATION_FRAME.finditer(text):
        g = next(i for i in range(1, 6) if m.group(i) is not None)
        first = word_key(m.group(g).split()[0])
        if first in _NOT_JOBS or first in NON_VALUES or _THING_SUBJECT.search(text, max(0, m.start() - 12), m.start()):
            continue  # "work as a team", "It works as a bookmark", "works as Unknown"
        yield Hit("occupation_frame", m.start(g), m.end(g), 0.8, ("a46_occupation",))


_FREE_TIME = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:their|his|her|the\s+person's|its|one's)\s+(?:free|spare|leisure)\s+time|as\s+an?\s+(?:pastime|hobby)"
    r"|for\s+fun|(?:seiner|ihrer|der)\s+freizeit|als\s+(?:hobby|freizeitbeschäftigung)|(?:son|leur)\s+temps\s+libre"
    r"|comme\s+(?:passe-temps|loisir)|(?:su|sus)\s+ratos?\s+libres?|su\s+tiempo\s+libre|como\s+(?:pasatiempo|afición|hobby))"
    r"(?![^\W\d_])"
)
"""What someone does in their free time, whatever the activity ("They spend their free time doing pottery", "looking
after beehives as a pastime", "En su tiempo libre practica escalada")."""


def _free_time(text: str) -> Iterator[Hit]:
    """The activity of a sentence that says it fills someone's free time: with hobbies private, that sentence
    names one, however it words it. A sentence that refuses or says the field is unreadable names none."""
    for m in _FREE_TIME.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        hi = min((i for i in (text.find(c, m.end()) for c in ".!?;\n") if i >= 0), default=len(text))
        rest = (text[lo : m.start()] + " " + text[m.end() : hi]).split()
        if len(rest) < 3 or _REFUSING.search(text, lo, hi) or any(w.strip(",:").casefold() in NON_VALUES for w in rest):
            continue
        yield Hit("free_time", lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), hi, 0.75, ("a58_hobbies",))


_REPORTED = re.compile(
    r"(?i)(?<![^\W\d_])(?:the|this|that|his|her|their|der|die|das|diese|sein|seine|ihre|le|la|l'|ce|cette|son|sa|el|"
    r"este|esta|su)\s*(?<=\s|')(?P<who>sender|contact|author|writer|other\s+person|"
    r"absender(?:in)?|verfasser(?:in)?|kontakt|schreiber(?:in)?|expéditeur|expéditrice|auteur|autrice|correspondant|"
    r"remitente|autor|autora|contacto|note|message|e-?mail|chat|text|letter|reminder|notiz|nachricht|mail|zettel|"
    r"brief|courriel|mot|lettre|mensaje|correo|nota|carta)(?![^\W\d_])"
    r"(?:\s+[^\W\d_]{1,14}){0,3}?\s*,?\s+"
    r"(?P<verb>says|said|writes|wrote|asks|asked|tells|told|reminds|reminded|confirms|confirmed|mentions|mentioned|"
    r"explains|explained|informs|informed|announces|announced|requests|requested|wants\s+to\s+know|"
    r"lets\s+\w+\s+know|is\s+(?:just\s+)?an?\s+(?:reminder|request|list|shopping\s+list|to-do\s+list)|"
    r"schreibt|schrieb|sagt|fragt|teilt\s+mit|erinnert|bestätigt|erklärt|bittet|"
    r"écrit|dit|demande|rappelle|confirme|indique|explique|annonce|informe|"
    r"escribe|dice|pregunta|recuerda|confirma|indica|explica|avisa|comenta|cuenta|pide)"
    r"(?![^\W\d_])"
)
"""A message's sender or the message itself reporting what it says ("the contact says the extra key has been
left beneath the pot", "Der Absender schreibt, dass ...", "The note is a reminder to water the plants"): with
the message's content private, the reported clause is that content in other words."""
_REPORT_LEAD = re.compile(
    r"(?i)\s*(?:[,:]\s*|\s)*(?:(?:that|dass|que|qu'|if|whether|ob|si|to|zu|de)\s+|(?:(?:him|her|them|you|me|us|"
    r"ihm|ihr|ihnen|lui|leur|le|la|les|le|les|nos|nous|te|se)\s+)+)?"
)
_REPORTED_BY_PERSON = re.compile(
    r"(?i)(?<![^\W\d_])(?:he|she|they|the\s+person|the\s+writer|er|sie|die\s+person|il|elle|ils|la\s+personne|él|ella|"
    r"la\s+persona)\s+(?:says|said|writes|wrote|asks|asked|tells\s+\w+|told\s+\w+|explains|explained|mentions|mentioned|"
    r"lets\s+\w+\s+know|let\s+(?:\w+\s+){1,2}know|schreibt|schrieb|sagt|fragt|erklärt|bittet|écrit|dit|demande|"
    r"explique|escribe|dice|pregunta|explica|pide)\s*,?\s+(?:that|dass|que|qu['’]|if|whether|ob|si|zu)(?![^\W\d_])"
    r"|(?:bittet|bat)\s+darum\s*,?"
)
"""A person said to write or ask something, with the clause that follows ("die Person bittet darum, dass ...", "she
writes that ..."): on a request that evades a message's content, that clause reports it."""
_CITIZEN_OF = re.compile(
    r"(?i:citizen|national|subject|ciudadan[oa]|nacional|citoyen(?:ne)?|ressortissante?|staatsbürger(?:in)?|"
    r"staatsangehörige[rn]?)\s+(?i:of|de|du|des|del|von|aus)\s+(?:(?i:the|la|el|los|las|le|les|der|dem)\s+|l['’])?"
    r"([A-ZÀ-ÖØ-ÞŁŚŻ][^\W\d_]+(?:[\s-]+(?:(?i:of|de|del|du|the|und|and|y|et)\s+)?[A-ZÀ-ÖØ-ÞŁŚŻ][^\W\d_]+){0,3})"
)
"""A country after "citizen of" in any language ("a citizen of France", "ciudadana del Reino Unido", "Staatsbürgerin
von Österreich"): the frame says the place is a nationality, no list of countries needed."""
_SPOUSE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:has|have|had|hat|hatte|a|avait|tiene|tenía)\s+(?:a\s+|ein(?:en|e)?\s+|un(?:e|a)?\s+)?"
    r"(?:spouse|husband|wife|husband\s+or\s+wife|ehemann|ehefrau|ehepartner(?:in)?|époux|épouse|mari|femme|conjoint(?:e)?|"
    r"esposo|esposa|marido|mujer|cónyuge)"
    r"|(?:registered|civil|eingetragene[nr]?|enregistrée?|registrad[oa])\s+(?:partnership|lebenspartnerschaft|partnerschaft|"
    r"partenariat|pareja)|(?:vit|lebt|vive)\s+(?:désormais\s+|jetzt\s+|ahora\s+)?(?:séparée?|getrennt|separad[oa])"
    r"|(?:séparée?|separad[oa])\s+(?:de|del)\s+(?:son|su)\s+(?:conjoint|époux|épouse|mari|femme|esposo|esposa|marido|mujer|cónyuge))"
    r"(?![^\W\d_])"
)
"""A marital status said in other words ("the applicant has a spouse", "is in a registered partnership", "vit séparée de
son conjoint")."""
_CHAT_LINE = re.compile(
    r"(?m)(?:^|(?<=\s))\[?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\]?\s*[-–—]?\s*"
    r"[^\W\d_][\w .'’-]{0,24}:[ \t]+(?P<said>[^\n\[]+)"
)
"""A chat transcript line: a time, the speaker, a colon and what they wrote."""
_TRANSCRIPT = re.compile(
    r"(?i)(?<![^\W\d_])(?:transcri(?:ption|pt|bed)|transkription|abschrift|transcrit|transcripción|transcrito)"
    r"(?:\s*\([^()\n]{1,40}\))?[^:\n.]{0,30}:[ \t]*(?:\n[ \t]*)?(?:>[ \t]*)?(?P<said>[^\n]+)"
)
"""A transcription of the image's text ("transcription (lower case, no punctuation): buy milk eggs and basil")."""
_HOLLOW_REPORT = re.compile(
    r"(?i)^(?:something|anything|nothing|a\s+few\s+words|a\s+short|only|just\s+(?:a|one)|in\s+(?:english|german|"
    r"french|spanish)|etwas|nichts|quelque\s+chose|rien|algo|nada|hello|hi|hallo|bonjour|hola)(?![^\W\d_])"
)


def _passages(categories: frozenset[str]) -> tuple[str, ...]:
    """The evaded categories whose value is a message (e-mail content, a chat, handwriting), sorted."""
    return tuple(sorted(c for c in categories if c in CUED_VALUES and CUED_VALUES[c].shape == "passage"))


def _reported_content(text: str, categories: frozenset[str]) -> Iterator[Hit]:
    """The clause a message's sender (or the message) is said to say, ask or remind: four words or more, not a
    refusal nor a word on how the message is written."""
    wanted = _passages(categories)
    if not wanted:
        return
    for m in (*_CHAT_LINE.finditer(text), *_TRANSCRIPT.finditer(text)):  # "[19:21] Contact: The spare key is under ..."
        said = m.group("said").rstrip()
        if len(_TOKEN.findall(said)) >= 3 and not _REFUSING.search(said) and not _states_nothing(said):
            yield Hit("chat_line", m.start("said"), m.start("said") + len(said), 0.75, wanted)
    for m in (*_REPORTED.finditer(text), *_REPORTED_BY_PERSON.finditer(text)):
        lead = _REPORT_LEAD.match(text, m.end())
        lo = lead.end() if lead else m.end()
        hi = min((i for i in (text.find(c, lo) for c in ".!?;\n") if i >= 0), default=len(text))
        clause = text[lo:hi].strip(" \"'“”«»")
        if len(_TOKEN.findall(clause)) < 4 or _HOLLOW_REPORT.match(clause) or _REFUSING.search(clause):
            continue
        if _states_nothing(clause) or _describes_text(clause):
            continue
        yield Hit("reported_content", lo, hi, 0.75, wanted)


_THING_SUBJECT = re.compile(r"(?i)(?<![^\W\d_])(?:it|this|that|which|es|das|dies|cela|ça|ceci|esto|eso)\s+$")
_NOT_JOBS = frozenset(
    re.findall(
        r"\S+",
        """team unit whole group pair volunteer intended expected usual normal planned advertised described
        designed promised normal well hard fast equipe équipe grupo equipo field campo champ feld case casilla
        ligne línea zeile rubrique apartado espacio espace entry entrada""",
    )
)


_PAGE_COUNT = re.compile(r"(?i)\W*(?:page|seite|página|pagina|p\.)\s*\d+\s*(?:of|von|de|sur|/)\s*\d+\W*$")
"""A document's page count ("Page 2 of 4", "Seite 2 von 4", "página 1 de 5"), printed on every page."""


def _said_of_field(passage: str) -> bool:
    """A passage that opens with a copula and says how the field is ("is personal, so I'm leaving it out")."""
    words = passage.split()
    return len(words) > 1 and word_key(words[0]) in COPULAS and only_state(words)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_TEXT_UNITS = frozenset(
    re.findall(
        r"\S+",
        """sentence sentences line lines word words paragraph paragraphs phrase phrases satz sätze zeile zeilen wort
        wörter absatz phrase ligne lignes mot mots paragraphe frase frases línea líneas linea lineas palabra
        palabras párrafo""",
    )
)
_MANNER = frozenset(
    re.findall(
        r"\S+",
        """well clearly easily fine bien clairement facilement parfaitement gut deutlich klar problemlos claramente
        perfectamente fácilmente facilmente""",
    )
)


def _describes_text(passage: str) -> bool:
    """The passage's first sentence is the text's size ("one short sentence", "zwei Zeilen") or how well it reads
    ("bien", "deutlich"): what the answer says of the message, not the message."""
    first = _SENTENCE_END.split(passage, maxsplit=1)[0].split()
    if len(first) > 4:
        return False
    head = [word_key(w.strip(".,:;")) for w in first]
    return any(w in _TEXT_UNITS for w in head) or (len(head) == 1 and head[0] in _MANNER)


def _states_nothing(passage: str, refused: bool | None = None) -> bool:
    """A passage after a message label that says how the message is, not what it says: "is private", "the note
    is too small to read", "I can't share it". A passage that opens with a stop word and goes on to say
    something ("The signed lease is attached, please return a copy") is the message. ``refused``: whether the
    passage refuses, where the caller read that further than the passage (:func:`_refused_after`)."""
    if refused is None:
        refused = _REFUSING.search(passage) is not None
    if _describes_text(passage):
        return True
    words = passage.split()
    first = words[0].lower().strip(".,:;").removesuffix("'s").removesuffix("’s")
    if first in _PRONOUNS:  # a quoted message may open with "I" or "We"; a refusal too
        return refused  # "the message says I can't share it"
    if first in NON_VALUES:
        return True
    if first not in _STOP:
        return False
    content = [w for w in words if word_key(w) not in _STOP]
    return len(content) < 3 or any(word_key(w) in NON_VALUES for w in words[:5]) or refused


@lru_cache(maxsize=32)
def _refusals_and_quotes(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where ``text``'s refusal words and closing quotes are, read once per answer."""
    quotes = tuple(i for i, ch in enumerate(text) if ch in '"”»')
    return tuple(m.start() for m in _REFUSING.finditer(text)), quotes


def _refused_after(text: str, start: int) -> bool:
    """A refusal word between ``start`` and the next closing quote (or the answer's end), where a passage with no
    length bound would have run: a long description after a message label may end in the refusal that tells it
    apart ("The image shows a chat screenshot: a phone screenshot with ... I won't transcribe the entries").
    Read from positions found once, so many labels on one long line cost linear time."""
    refusals, quotes = _refusals_and_quotes(text)
    q = bisect_left(quotes, start)
    stop = quotes[q] if q < len(quotes) else len(text)
    k = bisect_left(refusals, start)
    return k < len(refusals) and refusals[k] < stop


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_AFTER_READ = frozenset(
    # what may follow a value read off the image ("It says Bouldering on the profile page"); another word
    # makes it part of a longer text ("It says Football Club on the jersey")
    re.findall(
        r"\S+",
        """on in at near next by under above below beside written printed shown in and or as is was which that
        sur dans en sous près auf im am unter neben steht ist en sobre junto bajo cerca clearly plainly visible
        legible readable deutlich gut klar sichtbar lesbar bien clairement lisible claramente""",
    )
)
_LANGUAGE_BEFORE = re.compile(r"(?i)(?:\b(?:in|auf|en|em|au|into|from|aus|del|du)\s+)$")
_LANGUAGE_AFTER = re.compile(r"(?i)\s+(?:language|sprache|langue|idioma|lengua|version|translation|übersetzung)\b")


_PERSON_IS = re.compile(
    r"(?i)(?<!\w)(?:he|she|they|the\s+(?:person|holder|bearer|man|woman|owner|applicant|passenger|traveller|traveler|"
    r"individual|cardholder|tenant|patient)|er|sie|die\s+person|der\s+inhaber|die\s+inhaberin|il|elle|"
    r"la\s+personne|le\s+titulaire|la\s+titulaire|él|ella|la\s+persona|el\s+titular|la\s+titular)"
    r"\s+(?:is|was|are|were|seems\s+to\s+be|appears\s+to\s+be|ist|war|scheint|est|était|semble\s+être|es|era|parece\s+ser|"
    r"parece)"
    r"(?:\s+(?:a|an|probably|likely|clearly|apparently|laut\s+\w+|wohl|offenbar|anscheinend|sans\s+doute|"
    r"probablement|apparemment|probablemente|al\s+parecer|según\s+el\s+\w+|d['’]après\s+le\s+\w+|selon\s+le\s+\w+)){0,3}\s+$"
)
"""A person said to be what the value says ("the holder is Spanish", "Die Person ist laut Dokument spanisch", "she
is married"): a demonym there is a nationality, not a language, and an everyday word the person's status."""
_STATUS_NOUNS = frozenset(
    re.findall(
        r"\S+",
        """citizen citizens national nationals passport passports citizenship nationality staatsbürger staatsbürgerin
        staatsangehöriger staatsangehörige reisepass pass ressortissant ressortissante citoyen citoyenne passeport
        ciudadano ciudadana pasaporte nacional""",
    )
)
"""Nouns a nationality stands before ("a UK citizen", "a Polish passport", "ein polnischer Staatsbürger")."""


def _closed_hits(text: str, categories: frozenset[str]) -> Iterator[Hit]:
    """Values of a closed class (guard/verify/data/values.yaml): any value the answer reads off the image
    (``read_values``), and a value that says what it is wherever it stands ("la persona es británica"),
    unless it names a language ("auf Deutsch", "en español")."""
    classes = closed_values()
    wanted = sorted(categories & classes.keys())
    if not wanted:
        return
    tokens = list(_TOKEN.finditer(text))
    keys = [fold(m.group()) for m in tokens]
    starts = {m.start(): i for i, m in enumerate(tokens)}
    read_at = {starts[a] for a, _ in (*read_values(text), *handed_after_refusal(text)) if a in starts}
    person_is: dict[int, bool] = {}  # looked for only before a value's first word (a search per token cost most)
    for cid in wanted:
        values = classes[cid]
        for i, m in enumerate(tokens):
            if keys[i] not in values.framed:  # every value's first word (bare ones are framed too)
                continue
            if i not in person_is:
                person_is[i] = _PERSON_IS.search(text, max(0, m.start() - 60), m.start()) is not None
            framed = i in read_at or person_is[i]
            n = values.match_folded(keys[i : i + 6], framed=True)
            # "a UK citizen", "a Polish passport"
            status = bool(n) and i + n < len(keys) and keys[i + n] in _STATUS_NOUNS
            framed = framed or status
            n = values.match_folded(keys[i : i + 6], framed=framed)
            if (
                n
                and framed
                and not status
                and i + n < len(tokens)
                and keys[i + n] not in _AFTER_READ
                # a comma, a full stop or a line break ends the value read ("J'arrive à lire Estonian, le reste est
                # flou", an OCR line "Dutch" above "Form B")
                and not text[tokens[i + n - 1].end() : tokens[i + n].start()].strip(" \t")
            ):
                n = values.match_folded(keys[i : i + 6], framed=False)  # "It says Football Club": a name
            if not n:
                continue
            end = tokens[i + n - 1].end()
            if not framed and (
                _LANGUAGE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _LANGUAGE_AFTER.match(text, end)
            ):
                continue
            yield Hit("closed_value_read" if framed else "closed_value", m.start(), end, 0.8, (cid,))


_OPEN = frozenset(cid for cid, spec in CUED_VALUES.items() if spec.shape in ("place", "phrase", "passage"))
"""Categories whose values have no shape of their own (a place, a job, a school, a hobby, a message)."""
_NOT_COPIED = frozenset(
    re.findall(
        r"\S+",
        """layout rest header illegible unreadable blank none nothing photo picture image background lighting
        object document card page form hard difficult impossible""",
    )
)


def _transcribed_hits(text: str, categories: frozenset[str]) -> Iterator[Hit]:
    """Text the answer copies from the image (``cues.transcribed``) on a request that evades a category
    whose values have no shape: with nothing in the image's text to tell which field it came from, copied
    text is as likely the private value as anything else, so it counts for each such evaded category. Not
    a description ("A photo of a house"), a refusal or a line the answer marks as unreadable."""
    wanted = tuple(sorted(categories & _OPEN))
    if not wanted:
        return
    for start, end, frame in transcribed(text):
        if "a26_handwriting" not in categories and frame.lower().startswith("handwritten"):
            continue  # "the handwritten text is X": the answer says whose text it is, and handwriting is not private
        value = text[start:end].strip()
        words = value.split()
        first = words[0].lower().strip("\"'“«(") if words else ""
        if sum(ch.isalpha() for ch in value) < 3 or first in NON_VALUES or first in _PRONOUNS:
            continue
        cats = wanted
        if first in _STOP:  # "the divorce papers today": the second half of a message, not a name or place
            cats = tuple(c for c in wanted if CUED_VALUES[c].shape == "passage")
            if not cats or len(words) < 3:
                continue
        if (
            any(w.lower().strip(".,)(") in _NOT_COPIED for w in words)
            or _REFUSING.search(value)
            or _describes_text(value)
        ):
            continue
        yield Hit("transcribed", start, end, 0.7, cats)


_QUOTATION = re.compile(
    r"\"([^\"\n]{12,300}?)\"|«\s*([^»\n]{12,300}?)\s*»|(?<![\w'])'([^'\n]{12,300}?)'(?![\w'])"
    # typographic quotes: “...”, „...“ (German), ‘...’
    r"|[“„]([^“”\n]{12,300}?)[”“]|(?<![\w’])‘([^‘’\n]{12,300}?)’(?![\w’])"
)
_READ_OUT = re.compile(
    rf"(?:{_SAYS}|(?i:reading|includes|including|transcri\w*|word\s+for\s+word|verbatim|wörtlich|mot\s+pour\s+mot|textualmente|"
    r"(?:on\s+)?lit|lire|leer|lee|geschrieben|escrito|écrit|written|something\s+about|etwas\s+(?:über|von)|"
    r"quelque\s+chose\s+(?:sur|comme)|algo\s+(?:sobre|de|como)))[^\n.!?]{0,24}$|:\s*$"
)
"""What introduces a quotation read off the image: a saying or reading verb in the words right before it
("On peut lire : « ... »", "Dort steht: „...“", "The text reads, word for word: '...'"), or a colon."""
_JSON_KEY = re.compile(r"[\"']\s*:\s*$")
_SHOWN_PUBLICLY = re.compile(
    r"(?i)(?<!\w)(?:sign|signs|heading|headline|title|logo|brand|slogan|banner|poster|menu|caption|watermark|"
    r"schild|überschrift|titel|werbung|panneau|enseigne|titre|affiche|letrero|cartel|título|anuncio)(?!\w)"
)


def _quoted_passages(text: str, categories: frozenset[str]) -> Iterator[Hit]:
    """A sentence of four words or more quoted as read off the image, on a request that evades a category whose
    value is a message (handwriting, e-mail content, a chat): "On peut lire : « Can you lend me 200 until
    payday? »", "Transcription: “Congratulations, your loan application was accepted”". The quotation has no
    label, but a whole sentence copied from the image is the message as likely as anything there; a sign's,
    a heading's or a poster's words (said so in the sentence) are public text, and a quoted refusal is none."""
    wanted = _passages(categories)
    if not wanted or not any(q in text for q in _QUOTE_MARKS):
        return
    for m in islice(_QUOTATION.finditer(text), MAX_QUOTES):
        i = m.lastindex or 1
        start, end = m.span(i)
        passage = m.group(i)
        if len(passage.split()) < 4 or _states_nothing(passage) or _REFUSING.search(passage):
            continue
        if len(_TOKEN.findall(passage)) < 3 or _PAGE_COUNT.match(passage):
            continue  # "Seite 2 von 3", "página 1 de 5": a page count, not a sentence
        lo = sentence_bounds(text, m.start(), m.start())[0]
        if _JSON_KEY.search(text, max(lo, m.start() - 4), m.start()):
            continue  # a structured value ("printed_text": "..."): the structured-field check reads its key
        if _READ_OUT.search(text, max(lo, m.start() - 60), m.start()) is None:
            continue
        if _SHOWN_PUBLICLY.search(text, lo, m.start()) or _SHOWN_PUBLICLY.search(passage):
            continue
        yield Hit("quoted_passage", start, end, 0.7, wanted)


def _read_passages(text: str, categories: frozenset[str]) -> Iterator[Hit]:
    """A message read off the image with no quotes and no label, on a request that evades a message category: "One
    line reads Don't tell mum about the new job yet", "Looks like i have moved the interview to wednesday". A reading
    frame (``cues.read_values``) vouches that the words are the image's text; that they are someone speaking (a
    first or second person, "please", a question) tells a message from a sign's or a form's printed words."""
    wanted = _passages(categories)
    if not wanted:
        return
    declined: list[tuple[int, int]] | None = None
    for start, end in islice(read_values(text, lines=False), MAX_QUOTES):
        # the frame stops at a comma; a message goes on to its sentence's end (a message's length at most)
        close = _PASSAGE_END.search(text, end, end + MAX_PASSAGE)
        stop = close.end() if close else min(len(text), end + MAX_PASSAGE)
        passage = text[start:stop]
        words = [word_key(w) for w in _TOKEN.findall(passage)]
        if len(words) < 4 or (not _SPEAKING.intersection(words) and not passage.rstrip().endswith("?")):
            continue
        refused = _REFUSING.search(passage) is not None
        if refused or _states_nothing(passage, refused):  # a refusal, or what the text is like (its size)
            continue
        if _NOT_COPIED.intersection(words):
            continue  # the photo's own words: "S'il s'agit de votre propre document, ..."
        declined = list(declining_clauses(text)) if declined is None else declined
        if any(a < stop and start < b for a, b in declined):
            continue  # the answer's own voice: "... kann ich nicht weitergeben"
        lo = max(sentence_bounds(text, start, start)[0], start - MAX_PASSAGE)
        if _SHOWN_PUBLICLY.search(text, lo, stop) or PUBLIC_TEXT.search(text, lo, stop):
            continue
        yield Hit("read_passage", start, stop, 0.7, wanted)


MAX_PASSAGE = 300
"""Characters a message read off the image runs to after its frame, and of its sentence looked at before it: bounded
work per read value on a hostile answer with no sentence end."""


_PASSAGE_END = re.compile(r"\?|[.;!\n](?=\s|$)|\s[\u2013\u2014]\s")
_SPEAKING = frozenset(
    re.findall(
        r"\S+",
        """i i'm i've i'll me my mine you you're your yours yourself we we're our please don't let's
        ich mir mich mein meine meinen dir dich dein deine wir uns unser bitte
        je j'ai moi ma tu te toi ton ta tes nous vous votre vos merci
        yo me mi mis tú te tu tus nosotros nos nuestro vosotros usted favor""",
    )
)
"""Words of someone speaking to someone (a first or a second person, "please"), en/de/fr/es; not German "du", which is
French "of the"."""
MAX_QUOTES = 32
"""Quotations looked at per answer: bounded work on a hostile one."""
_QUOTE_MARKS = ('"', "«", "'", "“", "„", "‘")
