-- Residents kept by the civil-affairs roster (integration, docs/decisions/0021-inbound-rosters.md): which source keeps
-- a resident's eligibility and the last roster file that listed them. A monthly roster is the whole
-- list of its source: a resident it kept who is missing from a newer file has their eligibility
-- ended; residents entered by staff (roster_source NULL) are never ended by a file.
ALTER TABLE purchase_resident ADD COLUMN roster_source text;
ALTER TABLE purchase_resident ADD COLUMN roster_file text;
CREATE INDEX purchase_resident_roster_idx ON purchase_resident (tenant_id, roster_source, roster_file)
    WHERE roster_source IS NOT NULL;
CREATE INDEX purchase_order_resident_day_idx ON purchase_order (tenant_id, resident_id, service_date);
