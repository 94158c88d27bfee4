-- Idempotency-Key records are written in the transaction of the request they answer (ADR 0019).
-- That transaction is bound to the tenant its use cases act for, which is not always the key's
-- space (a platform endpoint keeps its keys under '_platform' while it creates an organization),
-- and is bound lazily, by the first use case, after the key was claimed. So a second policy admits
-- the key space named by the transaction-local setting app.idempotency_tenant, which only the
-- idempotency kernel sets (IdempotencyStore); app.tenant_id stays free for the use cases.
CREATE POLICY idempotency_key_space ON idempotency_record
    USING (tenant_id = current_setting('app.idempotency_tenant', true))
    WITH CHECK (tenant_id = current_setting('app.idempotency_tenant', true));

-- One run of a daily job per organization and day, however many nodes schedule it: the run claims
-- its row in the transaction that does the work (DailyJobRuns), so a second node's claim waits for
-- the first to commit and then finds the day done, or takes the day over when the first failed.
CREATE TABLE daily_job_run (
    tenant_id text        NOT NULL REFERENCES organization (id),
    job       text        NOT NULL,
    day       date        NOT NULL,
    ran_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, job, day)
);
ALTER TABLE daily_job_run ENABLE ROW LEVEL SECURITY;
ALTER TABLE daily_job_run FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON daily_job_run
    USING (tenant_id = current_setting('app.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT ON daily_job_run TO ${appRole};
