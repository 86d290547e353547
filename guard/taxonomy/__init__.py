"""The privacy taxonomy: SPY-Bench's 67 categories and 24 scenarios, with look-up by id, name or alias."""

from guard.taxonomy.catalog import (
    SAFE_LABEL,
    Catalog,
    Category,
    Family,
    FamilyNameError,
    Scenario,
    default_catalog,
    fill_template,
)

__all__ = [
    "SAFE_LABEL",
    "Catalog",
    "Category",
    "Family",
    "FamilyNameError",
    "Scenario",
    "default_catalog",
    "fill_template",
]
