"""The user policy: the YAML file as written (``PolicySpec``) and its compiled form (``Policy``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from guard.taxonomy import Category

USER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$"


class CustomCategorySpec(BaseModel):
    """A category the user defines; its ``name`` is rendered exactly like a built-in display name."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        description="a short id of lower-case letters, digits and underscores, e.g. pet_name",
    )
    name: str = Field(min_length=1, description='the text used in prompts, e.g. "name of pets"')
    description: str = Field(default="", description="one line saying what it covers")
    aliases: list[str] = Field(default_factory=list, description="other names you may use for it")


class PolicySpec(BaseModel):
    """One end user's privacy policy as written in ``policies/users/<user>.yaml``."""

    model_config = ConfigDict(extra="forbid", title="spy-guard user policy")

    version: int = Field(default=1, ge=1, le=1, description="the policy format version: 1")
    user: str = Field(
        pattern=USER_PATTERN,
        description="an end-user id such as alice: letters, digits and . _ @ + - (sent as X-Guard-User)",
    )
    description: str = Field(default="", description="free text for humans")
    private: list[str] = Field(
        default_factory=list,
        description="a list of categories this user keeps private, by id, name or alias, e.g. [age, gender]",
    )
    public: list[str] = Field(
        default_factory=list,
        description="a list of categories this user shares, by id, name or alias (absolute ones stay protected)",
    )
    custom: list[CustomCategorySpec] = Field(
        default_factory=list, description="a list of user-defined categories {id, name, description}"
    )


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

    def stance(self, category_id: str) -> bool | None:
        """True if stated private, False if stated public, None if not mentioned."""
        if category_id in self.private:
            return True
        if category_id in self.public:
            return False
        return None
