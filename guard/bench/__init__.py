"""SPY-Bench harness: load, expand, run, judge, score, report and certify (docs/design.md, "SPY-Bench protocol").

The pipeline follows data -> generation -> judge -> metrics: a benchmark file expands into samples
(:mod:`guard.bench.expand`), the runner asks a model for each (:mod:`guard.bench.runner`), a judge
labels each answer ``respond``/``reject`` (:mod:`guard.bench.judges`), and :mod:`guard.bench.metrics`
computes the paper's metrics. :mod:`guard.bench.certify` runs the same machinery for one user's policy.
"""
