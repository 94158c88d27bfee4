-- Working-day calendar (Art. 11 "10 working days"): per calendar year, the public holidays and the
-- make-up working days (调休, a Saturday or Sunday that is a working day). Platform-wide, not a
-- tenant table: no tenant_id and no row level security; only the platform admin writes it (API).
-- A year without a row here is counted Monday to Friday.

CREATE TABLE working_calendar_year (
    year       int         PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    source     text,                          -- provenance, e.g. the State Council notice
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL,
    version    bigint      NOT NULL DEFAULT 1
);

CREATE TABLE working_calendar_day (
    day  date NOT NULL PRIMARY KEY,
    year int  NOT NULL REFERENCES working_calendar_year (year),
    kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    CHECK (extract(year FROM day) = year),
    CHECK (kind = 'HOLIDAY' OR extract(isodow FROM day) IN (6, 7))
);
CREATE INDEX working_calendar_day_year_idx ON working_calendar_day (year);

GRANT SELECT, INSERT, UPDATE ON working_calendar_year TO ${appRole};
GRANT SELECT, INSERT, DELETE ON working_calendar_day TO ${appRole};

-- Seed: 2026 only, from 国务院办公厅关于2026年部分节假日安排的通知 (dated 2025年11月4日, published by
-- 新华社 the same day; dates checked against its text).
-- Holidays are the notice's whole spans (weekend days inside a span included, as the notice reads).
-- 2027 is not seeded: its arrangement was not known when this was written; until the platform admin
-- enters it (PUT /api/v1/platform/calendars/2027), 2027 counts Monday to Friday.
INSERT INTO working_calendar_year (year, source, updated_at, updated_by)
VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知 (seeded by migration V2)', now(), 'migration');

INSERT INTO working_calendar_day (day, year, kind)
SELECT d::date, 2026, 'HOLIDAY' FROM (VALUES
    -- 元旦 1月1日至3日
    ('2026-01-01'), ('2026-01-02'), ('2026-01-03'),
    -- 春节 2月15日至23日
    ('2026-02-15'), ('2026-02-16'), ('2026-02-17'), ('2026-02-18'), ('2026-02-19'),
    ('2026-02-20'), ('2026-02-21'), ('2026-02-22'), ('2026-02-23'),
    -- 清明节 4月4日至6日
    ('2026-04-04'), ('2026-04-05'), ('2026-04-06'),
    -- 劳动节 5月1日至5日
    ('2026-05-01'), ('2026-05-02'), ('2026-05-03'), ('2026-05-04'), ('2026-05-05'),
    -- 端午节 6月19日至21日
    ('2026-06-19'), ('2026-06-20'), ('2026-06-21'),
    -- 中秋节 9月25日至27日
    ('2026-09-25'), ('2026-09-26'), ('2026-09-27'),
    -- 国庆节 10月1日至7日
    ('2026-10-01'), ('2026-10-02'), ('2026-10-03'), ('2026-10-04'), ('2026-10-05'),
    ('2026-10-06'), ('2026-10-07')
) AS h (d);

INSERT INTO working_calendar_day (day, year, kind)
SELECT d::date, 2026, 'MAKE_UP_WORKDAY' FROM (VALUES
    ('2026-01-04'),                 -- 元旦: 1月4日（周日）上班
    ('2026-02-14'), ('2026-02-28'), -- 春节: 2月14日（周六）、2月28日（周六）上班
    ('2026-05-09'),                 -- 劳动节: 5月9日（周六）上班
    ('2026-09-20'), ('2026-10-10')  -- 国庆节: 9月20日（周日）、10月10日（周六）上班
) AS m (d);
