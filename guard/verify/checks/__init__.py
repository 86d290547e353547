"""Built-in checks; importing this package registers them."""

from guard.verify.checks.address import AddressCheck
from guard.verify.checks.card import CardNumberCheck, luhn_ok
from guard.verify.checks.contact import EmailCheck, PhoneCheck
from guard.verify.checks.cued import CuedValueCheck
from guard.verify.checks.dates import DateCheck
from guard.verify.checks.fields import StructuredFieldCheck
from guard.verify.checks.ids import IdNumberCheck
from guard.verify.checks.image_text import ImageTextCheck
from guard.verify.checks.judge import JudgeCheck
from guard.verify.checks.learned import LearnedLeakCheck
from guard.verify.checks.names import NameCheck
from guard.verify.checks.obfuscated import ObfuscatedCheck
from guard.verify.checks.plate import LicensePlateCheck
from guard.verify.checks.read import ReadValueCheck
from guard.verify.checks.refusal import RefusalCheck, refusal_score
from guard.verify.checks.shapes import ValueShapeCheck
from guard.verify.checks.username import UsernameCheck
from guard.verify.checks.withheld import WithheldValueCheck

__all__ = [
    "AddressCheck",
    "CardNumberCheck",
    "CuedValueCheck",
    "DateCheck",
    "EmailCheck",
    "IdNumberCheck",
    "ImageTextCheck",
    "JudgeCheck",
    "LearnedLeakCheck",
    "LicensePlateCheck",
    "NameCheck",
    "ObfuscatedCheck",
    "PhoneCheck",
    "ReadValueCheck",
    "RefusalCheck",
    "StructuredFieldCheck",
    "UsernameCheck",
    "ValueShapeCheck",
    "WithheldValueCheck",
    "luhn_ok",
    "refusal_score",
]
