-- Accounts a module opens on first use (one per kind and owner, e.g. a volunteer's time account)
-- carry a singleton key, so two transactions opening the same account at once end with one row:
-- the second INSERT ... ON CONFLICT DO NOTHING waits for the first and then finds its row.
ALTER TABLE ledger_account ADD COLUMN singleton_key text;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_singleton UNIQUE (tenant_id, singleton_key);

-- Time bank accounts opened before this migration: the oldest of each kind and owner is the one
-- the application has always used (it reads the oldest first).
UPDATE ledger_account a SET singleton_key = a.kind || '|' || coalesce(a.owner_type, '') || '|' || coalesce(a.owner_id, '')
WHERE a.kind LIKE 'TIME\_%'
  AND a.id = (SELECT b.id FROM ledger_account b
              WHERE b.tenant_id = a.tenant_id AND b.kind = a.kind
                AND b.owner_type IS NOT DISTINCT FROM a.owner_type
                AND b.owner_id IS NOT DISTINCT FROM a.owner_id
              ORDER BY b.created_at, b.id LIMIT 1);
