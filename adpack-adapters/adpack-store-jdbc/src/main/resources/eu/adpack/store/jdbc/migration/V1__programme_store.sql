-- The programme store's schema, the same on H2 and PostgreSQL. ${json_type} is TEXT on PostgreSQL and on H2 its
-- longest character string, CHARACTER VARYING(1000000) (H2 keeps CLOBs apart, which makes every row far slower).
-- Each record is kept in AdPack's JSON form with the version that guards it against lost updates.

CREATE TABLE adpack_partnership (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL,
    body ${json_type} NOT NULL
);

-- The records of a partnership: clusters, organisations, intermediaries, ambassadors, training modules,
-- participations (parent: the module), webinars, missions, events (without their meetings), meetings (parent: the
-- event) and agreements (body with the first step only; the history is in adpack_agreement_step).
CREATE TABLE adpack_record (
    partnership_id VARCHAR(128) NOT NULL REFERENCES adpack_partnership (id) ON DELETE CASCADE,
    kind VARCHAR(32) NOT NULL,
    parent_id VARCHAR(128) NOT NULL,
    id VARCHAR(128) NOT NULL,
    position INTEGER NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(32),
    body ${json_type} NOT NULL,
    PRIMARY KEY (partnership_id, kind, parent_id, id)
);

CREATE INDEX adpack_record_status ON adpack_record (partnership_id, kind, status);

-- An agreement's lifecycle, appended to and never rewritten.
CREATE TABLE adpack_agreement_step (
    partnership_id VARCHAR(128) NOT NULL,
    agreement_id VARCHAR(128) NOT NULL,
    seq INTEGER NOT NULL,
    status VARCHAR(32) NOT NULL,
    changed_on DATE NOT NULL,
    PRIMARY KEY (partnership_id, agreement_id, seq),
    FOREIGN KEY (partnership_id) REFERENCES adpack_partnership (id) ON DELETE CASCADE
);

-- Registry profiles, synced from outside. body_hash tells a changed profile from an unchanged one without reading
-- its body back.
CREATE TABLE adpack_profile (
    reference VARCHAR(128) NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    body_hash VARCHAR(64) NOT NULL,
    body ${json_type} NOT NULL
);
