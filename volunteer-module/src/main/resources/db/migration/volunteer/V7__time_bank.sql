-- Time bank: balances live in the fund module's ledger (accounts of kind TIME_CREDIT owned by
-- ('VOLUNTEER', volunteer id)); this migration only adds the narrow cross-tenant read of one
-- person's own time accounts, like service_records_of_person in V2.

-- Both policies are read-only, for the owner running the function below, and match nothing unless
-- the function has set app.time_person (transaction-local) to the person asking.
CREATE POLICY time_person ON volunteer FOR SELECT TO CURRENT_USER
    USING (current_setting('app.time_person', true) = person_id);

CREATE POLICY time_person ON ledger_account FOR SELECT TO CURRENT_USER
    USING (kind = 'TIME_CREDIT' AND owner_type = 'VOLUNTEER'
           AND EXISTS (SELECT 1 FROM volunteer v
                       WHERE v.tenant_id = ledger_account.tenant_id AND v.id = ledger_account.owner_id
                         AND v.person_id = current_setting('app.time_person', true)));

CREATE FUNCTION time_accounts_of_person(p_person_id text)
    RETURNS TABLE (tenant_id text, org_name text, volunteer_id text, balance bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.time_person', p_person_id, true);
    RETURN QUERY SELECT a.tenant_id, o.name, v.id, a.balance
                 FROM ledger_account a
                 JOIN volunteer v ON v.tenant_id = a.tenant_id AND v.id = a.owner_id
                 JOIN organization o ON o.id = a.tenant_id
                 WHERE a.kind = 'TIME_CREDIT' AND a.owner_type = 'VOLUNTEER'
                   AND v.person_id = p_person_id
                 ORDER BY a.tenant_id, a.id;
    PERFORM set_config('app.time_person', '', true);
END $$;

REVOKE ALL ON FUNCTION time_accounts_of_person(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION time_accounts_of_person(text) TO ${appRole};
