-- Service records from government-purchase service orders (issue 20): when a worker who is one of
-- the provider's volunteers completes an order, the visit becomes a pending service record. The
-- order id is kept and unique per tenant, so an order is never counted twice.

ALTER TABLE service_record ADD COLUMN service_order_id text;

ALTER TABLE service_record DROP CONSTRAINT service_record_source_check;
ALTER TABLE service_record ADD CONSTRAINT service_record_source_check
    CHECK (source IN ('CHECK_IN', 'STAFF', 'SERVICE_ORDER'));

-- The unnamed "CHECK (source = 'CHECK_IN' OR entry_reason IS NOT NULL)" of V2: a record from an
-- order carries its evidence (the order's hash-chained check-in and check-out), not a reason.
DO $$
DECLARE c text;
BEGIN
    SELECT conname INTO STRICT c FROM pg_constraint
     WHERE conrelid = 'service_record'::regclass AND contype = 'c'
       AND pg_get_constraintdef(oid) LIKE '%entry_reason IS NOT NULL%';
    EXECUTE format('ALTER TABLE service_record DROP CONSTRAINT %I', c);
END $$;
ALTER TABLE service_record ADD CONSTRAINT service_record_reason_check
    CHECK (source IN ('CHECK_IN', 'SERVICE_ORDER') OR entry_reason IS NOT NULL);
ALTER TABLE service_record ADD CONSTRAINT service_record_order_check
    CHECK ((source = 'SERVICE_ORDER') = (service_order_id IS NOT NULL));

CREATE UNIQUE INDEX service_record_service_order_uq ON service_record (tenant_id, service_order_id)
    WHERE service_order_id IS NOT NULL;
