"""Classifiers shared by the judge, the verifier and the bench, so they can never disagree.

* :mod:`guard.classify.answers`: does an answer evade or disclose the asked category?
* :mod:`guard.classify.questions`: which categories does a question (or its output schema) ask about?
* :mod:`guard.classify.text`: the folding both use (homoglyphs, invisible characters, accents, case).
"""
