-- A person's own views (/me) read their service records and volunteer profiles across every
-- organization they serve, by person. Measured with 10,000 organizations (bench/tenants.sh): the
-- records function scanned the whole table (its person index is partial, PENDING/APPROVED only,
-- while it returns every status) and the profile lookup scanned all of UNIQUE (tenant_id,
-- person_id). These two are the only indexes not led by tenant_id: on Citus these person-wide
-- reads fan out to every shard (docs/decisions, the distribution plan), as they must.
CREATE INDEX service_record_person_idx ON service_record (person_id, service_date DESC, id);
CREATE INDEX volunteer_person_idx ON volunteer (person_id);
