"""The user policy: the YAML file as written (``PolicySpec``) and its compiled form (``Policy``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from guard.policy.names import DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS
from guard.taxonomy import Category

USER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$"
MAX_ENTRIES = 256
"""Entries per list (private, public): more than every category and family twice over."""
MAX_CUSTOM = 64
EntryName = Annotated[str, Field(min_length=1, max_length=2 * NAME_MAX_CHARS)]
"""A category, alias or family name as written in a list (longer text is never a name)."""


class CustomCategorySpec(BaseModel):
    """A category the user defines; its ``name`` is rendered exactly like a built-in display name."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=64,
        description="a short id of lower-case letters, digits and underscores, e.g. pet_name",
    )
    name: str = Field(
        min_length=1,
        description=f"the text used in prompts: a short noun phrase (at most {NAME_MAX_CHARS} characters) "
        'such as "name of pets"',
    )
    description: str = Field(default="", max_length=DESCRIPTION_MAX_CHARS, description="one line saying what it covers")
    aliases: list[EntryName] = Field(
        default_factory=list, max_length=16, description="other names you may use for it (short noun phrases)"
    )


class PolicySpec(BaseModel):
    """One end user's privacy policy as written in ``policies/users/<user>.yaml``."""

    model_config = ConfigDict(extra="forbid", title="spy-guard user policy")

    version: int = Field(default=1, ge=1, le=1, description="the policy format version: 1")
    user: str = Field(
        pattern=USER_PATTERN,
        description="an end-user id such as alice: letters, digits and . _ @ + - (sent as X-Guard-User)",
    )
    description: str = Field(default="", max_length=DESCRIPTION_MAX_CHARS, description="free text for humans")
    private: list[EntryName] = Field(
        default_factory=list,
        max_length=MAX_ENTRIES,
        description="a list of categories this user keeps private, by id, name, alias or family "
        "(e.g. [age, gender, address])",
    )
    public: list[EntryName] = Field(
        default_factory=list,
        max_length=MAX_ENTRIES,
        description="a list of categories this user shares, by id, name, alias or family "
        "(absolute ones stay protected)",
    )
    custom: list[CustomCategorySpec] = Field(
        default_factory=list,
        max_length=MAX_CUSTOM,
        description="a list of user-defined categories {id, name, description}",
    )


@dataclass(frozen=True)
class Entry:
    """One list entry as written and the categories it covered (several when it names a family)."""

    section: str
    """``private`` or ``public``."""
    written: str
    ids: tuple[str, ...]
    family: str | None = None

    def describe(self) -> str:
        """``address -> a74_..., a75_...`` (what ``policy show`` prints for this entry)."""
        return f"{self.written} -> {', '.join(self.ids)}"


@dataclass(frozen=True)
class Policy:
    """A validated policy: category ids in the order written, plus the user's custom categories.

    ``version`` is the sha256 of the file bytes, so audit records can name the exact policy applied.
    """

    user: str
    private: tuple[str, ...]
    public: tuple[str, ...]
    custom: dict[str, Category] = field(default_factory=dict)
    version: str = ""
    source: str = ""
    entries: tuple[Entry, ...] = ()
    """What each written entry covered, in file order (empty for policies built in code)."""

    def stance(self, category_id: str) -> bool | None:
        """True if stated private, False if stated public, None if not mentioned."""
        if category_id in self.private:
            return True
        if category_id in self.public:
            return False
        return None
