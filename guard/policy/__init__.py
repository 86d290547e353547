"""User policies, operator settings and the decision rule that combines them."""

from guard.policy.decision import Decision, Reason, Resolution, Resolved, decide, resolve
from guard.policy.load import LoadedPolicy, load_policy, parse_policy, user_for_file
from guard.policy.model import CustomCategorySpec, Entry, Policy, PolicySpec
from guard.policy.operator import OperatorSettings, RenderMode, ScenarioOverride, load_operator
from guard.policy.problems import FileProblems, Problem

__all__ = [
    "CustomCategorySpec",
    "Decision",
    "Entry",
    "FileProblems",
    "LoadedPolicy",
    "OperatorSettings",
    "Policy",
    "PolicySpec",
    "Problem",
    "Reason",
    "RenderMode",
    "Resolution",
    "Resolved",
    "ScenarioOverride",
    "decide",
    "load_operator",
    "load_policy",
    "parse_policy",
    "resolve",
    "user_for_file",
]
