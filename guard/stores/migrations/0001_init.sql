-- spy-guard fleet schema, version 1: policies (current + history) and the audit trail.

CREATE TABLE guard_policies (
    user_id     text PRIMARY KEY,
    version     text NOT NULL,              -- sha256 of body: the ETag and the audit's policy_version
    body        bytea NOT NULL,             -- the policy document exactly as stored (YAML or JSON)
    seq         bigint NOT NULL,            -- the history row that produced this state
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL
);

CREATE TABLE guard_policy_history (
    seq         bigserial PRIMARY KEY,      -- replicas follow changes by this number
    user_id     text NOT NULL,
    action      text NOT NULL CHECK (action IN ('put', 'delete')),
    version     text,                       -- NULL for a delete
    body        bytea,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text NOT NULL
);
CREATE INDEX guard_policy_history_user ON guard_policy_history (user_id, seq);

CREATE TABLE guard_audit (
    request_id      text PRIMARY KEY,
    ts              double precision NOT NULL,
    key_id          text,
    user_id         text,
    policy_version  text,
    scenario        text,
    model           text,
    served_by       text,
    stream          boolean NOT NULL DEFAULT false,
    evaded          jsonb NOT NULL DEFAULT '[]',
    outcome         text NOT NULL,
    status          integer NOT NULL,
    error           text,
    total_ms        double precision,
    upstream_ms     double precision,
    guard_ms        double precision,
    content         jsonb
);
CREATE INDEX guard_audit_user_ts ON guard_audit (user_id, ts);
CREATE INDEX guard_audit_ts ON guard_audit (ts);
