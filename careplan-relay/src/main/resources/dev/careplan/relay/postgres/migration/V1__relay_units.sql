-- The relay's units in PostgreSQL: shared by every relay node on one database.

-- One row per unit ever accepted. The primary key makes a re-send idempotent and a different unit under the
-- same id a conflict on every node at once, without locks held in one process.
CREATE TABLE relay_unit (
    unit_key    text        PRIMARY KEY,
    sender      text        NOT NULL,
    receiver    text        NOT NULL,
    sequence    text        NOT NULL,
    fingerprint text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('WAITING', 'DELIVERED', 'REJECTED', 'EXPIRED')),
    reason      text,
    bytes       bigint      NOT NULL,
    accepted_at timestamptz NOT NULL,
    finished_at timestamptz
);

-- A receiver's mailbox: its waiting units by sequence number.
CREATE INDEX relay_unit_mailbox ON relay_unit (receiver, sequence) WHERE status = 'WAITING';
-- The retention sweep reads only the oldest waiting units: its cost does not grow with the mailboxes.
CREATE INDEX relay_unit_expiry ON relay_unit (accepted_at) WHERE status = 'WAITING';

-- The files of a waiting unit; deleted with their bytes when the unit is delivered, rejected or expired.
CREATE TABLE relay_file (
    unit_key text   NOT NULL REFERENCES relay_unit (unit_key) ON DELETE CASCADE,
    name     text   NOT NULL,
    ordinal  int    NOT NULL,
    size     bigint NOT NULL,
    PRIMARY KEY (unit_key, name)
);

-- File bytes in chunks of a fixed size, written and read one chunk at a time.
CREATE TABLE relay_chunk (
    unit_key text  NOT NULL,
    name     text  NOT NULL,
    chunk    int   NOT NULL,
    data     bytea NOT NULL,
    PRIMARY KEY (unit_key, name, chunk),
    FOREIGN KEY (unit_key, name) REFERENCES relay_file (unit_key, name) ON DELETE CASCADE
);
-- Sealed files do not compress: store them out of line without trying.
ALTER TABLE relay_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- What happened to each unit and when (STORED, DELIVERED, REJECTED, EXPIRED), for operators; no personal data.
CREATE TABLE relay_journal (
    id       bigserial   PRIMARY KEY,
    unit_key text        NOT NULL,
    outcome  text        NOT NULL,
    reason   text,
    at       timestamptz NOT NULL
);
CREATE INDEX relay_journal_unit ON relay_journal (unit_key);
