-- The relay's claim (OutboxStore.CLAIM_DUE) takes a tenant's oldest due events in seq order, a few at
-- a time. With only the due index (tenant_id, next_attempt_at, seq) it read the tenant's whole
-- pending backlog and sorted it on every pass: 21 ms per claim with 5,000 pending, growing with the
-- backlog that approvals outrunning the receiver's agreed rate build up (issue 22). Walking this
-- index in seq order stops after the claim's LIMIT: 0.4 ms, the same with stale statistics.
CREATE INDEX integration_outbox_pending_seq_idx ON integration_outbox (tenant_id, seq)
    WHERE status = 'PENDING';
