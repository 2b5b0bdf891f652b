-- Modern CRM: the target database of Ferry's demo project (demo.ferry.json).
-- Every migrated row keeps the legacy key in legacy_id (UNIQUE), so the project can upsert by it and
-- running the demo twice creates no duplicates. Lengths are enforced by Ferry before writing, since
-- SQLite itself would store a 75-character name in a VARCHAR(60) without complaint.
BEGIN TRANSACTION;
CREATE TABLE account (
  id          INTEGER PRIMARY KEY,
  legacy_id   INTEGER NOT NULL UNIQUE,
  name        VARCHAR(60) NOT NULL,
  industry    VARCHAR(40),
  phone       VARCHAR(20),
  website     VARCHAR(200),
  status      VARCHAR(12) NOT NULL,
  created_on  DATE
);
CREATE TABLE contact (
  id          INTEGER PRIMARY KEY,
  legacy_id   INTEGER NOT NULL UNIQUE,
  account_id  INTEGER REFERENCES account(id),
  first_name  VARCHAR(60),
  last_name   VARCHAR(80) NOT NULL,
  email       VARCHAR(254),
  phone       VARCHAR(20),
  country     CHAR(2),
  job_title   VARCHAR(100),
  status      VARCHAR(12) NOT NULL,
  created_at  TIMESTAMP
);
CREATE INDEX contact_account ON contact(account_id);
CREATE INDEX contact_email ON contact(email);
CREATE TABLE activity (
  id          INTEGER PRIMARY KEY,
  legacy_id   INTEGER NOT NULL UNIQUE,
  contact_id  INTEGER NOT NULL REFERENCES contact(id),
  type        VARCHAR(10) NOT NULL,
  subject     VARCHAR(200),
  notes       TEXT,
  due_on      DATE,
  completed   BOOLEAN NOT NULL,
  amount      NUMERIC(14,2)
);
CREATE INDEX activity_contact ON activity(contact_id);
COMMIT;
