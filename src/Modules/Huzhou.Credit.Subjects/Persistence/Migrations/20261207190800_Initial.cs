using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261126203048_Initial",
        "20261126210747_CreditRecords",
        "20261126230617_CompactRecords",
        "20261127002536_OrganisationNameBigrams",
        "20261127004557_DossierRecordIndex",
        "20261207125339_RegistrationAsOf",
        "20261207153446_PersonalPayloadFields")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "subject_count_snapshots",
                schema: "credit",
                columns: table => new
                {
                    snapshot_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    subject_count = table.Column<long>(type: "bigint", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subject_count_snapshots", x => new { x.snapshot_date, x.kind, x.district_code });
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    kind_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    uscc = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: true),
                    uscc_check_warning = table.Column<bool>(type: "boolean", nullable: false),
                    uscc_warning_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    legal_representative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_capital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    industry_code = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    id_number_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_index = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    birth_year = table.Column<short>(type: "smallint", nullable: true),
                    sex = table.Column<short>(type: "smallint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    verification = table.Column<short>(type: "smallint", nullable: false, defaultValue: (short)1),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    registration_as_of = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subjects", x => x.id);
                    table.CheckConstraint("ck_subjects_identifier", "(kind = 5 AND id_number_index IS NOT NULL AND uscc IS NULL) OR (kind <> 5 AND uscc IS NOT NULL AND id_number_index IS NULL)");
                    table.CheckConstraint("ck_subjects_warning_reason", "NOT uscc_check_warning OR uscc_warning_reason IS NOT NULL");
                });

            migrationBuilder.CreateTable(
                name: "subject_changes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    old_value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    new_value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subject_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_subject_changes_subjects_subject_id",
                        column: x => x.subject_id,
                        principalSchema: "credit",
                        principalTable: "subjects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subject_changes_subject_id_changed_at",
                schema: "credit",
                table: "subject_changes",
                columns: new[] { "subject_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subjects_district_code_kind",
                schema: "credit",
                table: "subjects",
                columns: new[] { "district_code", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_subjects_id_number_index",
                schema: "credit",
                table: "subjects",
                column: "id_number_index",
                unique: true,
                filter: "id_number_index IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subjects_uscc",
                schema: "credit",
                table: "subjects",
                column: "uscc",
                unique: true,
                filter: "uscc IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subjects_uscc_check_warning",
                schema: "credit",
                table: "subjects",
                column: "uscc_check_warning",
                filter: "uscc_check_warning");

            migrationBuilder.CreateIndex(
                name: "ix_subjects_verification",
                schema: "credit",
                table: "subjects",
                column: "verification",
                filter: "verification = 2");

            // Name search by any fragment of two or more characters (Chinese names have no word breaks):
            // an immutable function yields a name's distinct character bigrams and a GIN index answers
            // "contains every bigram of the fragment"; LIKE then confirms the fragment is contiguous (ADR 0004).
            migrationBuilder.Sql("""
                CREATE FUNCTION credit.cjk_bigrams(t text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}')
                    FROM generate_series(1, char_length(t) - 1) AS i
                $$;
                CREATE INDEX ix_subjects_name_bigrams ON credit.subjects USING gin (credit.cjk_bigrams(name));
                """);

            // The record store (see docs/modules/record-store.md, ADR 0007). Created in SQL because EF cannot express hash
            // partitions; SubjectsDbContext maps both tables with ExcludeFromMigrations for reads.
            // - 16 hash partitions by subject_id: one subject's records and history live in one partition, the
            //   same key a distributed (Citus) table would use; every index leads with subject_id except the
            //   partial index that serves the publicity-expiry job.
            // - a record's id is derived from its key (Records/RecordKey.cs: 63 bits of SHA-256 over item code,
            //   U+001F, source key), so the primary key (subject_id, id) also enforces the idempotency key;
            //   history ids come from a sequence with a cache, so a bulk merge does not contend on nextval.
            // - payloads are stored as text (validated by the writer; a cast gives json): no second JSON parse on
            //   every insert. Payloads are JSON arrays in the order of the item version's fields; older object
            //   payloads stay readable. Their personal values are encrypted apart (personal, old_personal: ADR 0015).
            // - ix_credit_records_dossier serves the dossier's reads of one subject (RecordDossierSections): tab counts
            //   per item and one page of a section, newest first, index-only but for the 20 rows shown. Index-only scans
            //   skip the heap only for pages vacuum marked all-visible: the record store only grows, and by default
            //   autovacuum visits an insert-only table after inserts of 20% of its rows; at 2% recent records stay cheap too.
            migrationBuilder.Sql("""
                CREATE TABLE credit.credit_records (
                    subject_id bigint NOT NULL,
                    id bigint NOT NULL,
                    item_code varchar(50) NOT NULL,
                    item_version integer NOT NULL,
                    provider_department varchar(20) NOT NULL,
                    source_key varchar(200) NOT NULL,
                    decision_date date NOT NULL,
                    publicity_start date NOT NULL,
                    publicity_end date NULL,
                    publicity_minimum_end date NULL,
                    penalty_class smallint NULL,
                    rule_version varchar(20) NOT NULL,
                    published boolean NOT NULL,
                    status smallint NOT NULL,
                    payload text NOT NULL,
                    payload_hash bytea NOT NULL,
                    batch_id bigint NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    personal bytea NULL,
                    CONSTRAINT pk_credit_records PRIMARY KEY (subject_id, id),
                    CONSTRAINT ck_credit_records_status CHECK (status BETWEEN 1 AND 5)
                ) PARTITION BY HASH (subject_id);
                -- Serves one named query: the nightly publicity-expiry job (active records past their end).
                CREATE INDEX ix_credit_records_expiry ON credit.credit_records (publicity_end) WHERE status = 1;

                CREATE SEQUENCE credit.credit_record_changes_id_seq AS bigint CACHE 1000;
                CREATE TABLE credit.credit_record_changes (
                    subject_id bigint NOT NULL,
                    id bigint NOT NULL DEFAULT nextval('credit.credit_record_changes_id_seq'),
                    record_id bigint NOT NULL,
                    changed_at timestamptz NOT NULL,
                    actor varchar(256) NOT NULL,
                    batch_id bigint NULL,
                    what smallint NOT NULL,
                    old_status smallint NULL,
                    new_status smallint NULL,
                    old_payload text NULL,
                    reason varchar(500) NULL,
                    old_personal bytea NULL,
                    CONSTRAINT pk_credit_record_changes PRIMARY KEY (subject_id, id)
                ) PARTITION BY HASH (subject_id);
                ALTER SEQUENCE credit.credit_record_changes_id_seq OWNED BY credit.credit_record_changes.id;
                CREATE INDEX ix_credit_record_changes_record ON credit.credit_record_changes (subject_id, record_id);

                DO $$
                BEGIN
                    FOR i IN 0..15 LOOP
                        EXECUTE format('CREATE TABLE credit.credit_records_p%s PARTITION OF credit.credit_records FOR VALUES WITH (MODULUS 16, REMAINDER %s)', lpad(i::text, 2, '0'), i);
                        EXECUTE format('CREATE TABLE credit.credit_record_changes_p%s PARTITION OF credit.credit_record_changes FOR VALUES WITH (MODULUS 16, REMAINDER %s)', lpad(i::text, 2, '0'), i);
                    END LOOP;
                END $$;

                CREATE INDEX ix_credit_records_dossier ON credit.credit_records (subject_id, item_code, decision_date DESC, id DESC)
                    INCLUDE (status, published, publicity_end);
                DO $$
                BEGIN
                    FOR i IN 0..15 LOOP
                        EXECUTE format('ALTER TABLE credit.credit_records_p%s SET (autovacuum_vacuum_insert_scale_factor = 0.02)', lpad(i::text, 2, '0'));
                    END LOOP;
                END $$;

                -- The progress of the data step that encrypts personal values written before ADR 0015
                -- (Jobs/PersonalPayloadMigration.cs, run by migrate after the schema migrations).
                CREATE TABLE credit.record_data_migrations (
                    name varchar(100) PRIMARY KEY,
                    records_after_subject bigint NOT NULL DEFAULT 0,
                    records_after_id bigint NOT NULL DEFAULT 0,
                    history_after_subject bigint NOT NULL DEFAULT 0,
                    history_after_id bigint NOT NULL DEFAULT 0,
                    completed_at timestamptz
                );
                """);

            // The portal's name search over organisations (ADR 0004, update 2026-11-27): for every organisation in the
            // public registry (kind <> 5, with a USCC) one row per distinct bigram of its name, kept in the portal's
            // ranking order by the primary key (bigram, name length, name, id). The first 30 names containing a bigram
            // are then the first 30 index entries under it, however many names contain it.
            // Kept in step with credit.subjects by triggers, so every writer (seeder COPY, registration, the record
            // writer's pending subjects) maintains it without knowing of it. Natural persons are never in it.
            migrationBuilder.Sql("""
                CREATE TABLE credit.organisation_name_bigrams (
                    bigram text NOT NULL,
                    name_length smallint NOT NULL,
                    name varchar(200) NOT NULL,
                    subject_id bigint NOT NULL
                );
                ALTER TABLE credit.organisation_name_bigrams
                    ADD CONSTRAINT pk_organisation_name_bigrams PRIMARY KEY (bigram, name_length, name, subject_id);
                -- The search tells common bigrams apart by these statistics (NameSearch.OrganisationsByNameOrder): the
                -- 1,000 most common cover every bigram in more than ~2,000 names even at 1.2 million organisations.
                ALTER TABLE credit.organisation_name_bigrams ALTER COLUMN bigram SET STATISTICS 1000;

                -- Inserts: once per statement (a seeding COPY of 120,000 organisations is one set-based insert).
                CREATE FUNCTION credit.organisation_name_bigrams_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO credit.organisation_name_bigrams (bigram, name_length, name, subject_id)
                        SELECT b, char_length(n.name), n.name, n.id
                        FROM inserted n CROSS JOIN LATERAL unnest(credit.cjk_bigrams(n.name)) AS b
                        WHERE n.kind <> 5 AND n.uscc IS NOT NULL;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_insert AFTER INSERT ON credit.subjects
                    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION credit.organisation_name_bigrams_inserted();

                -- Renames, kind or code changes, deletions: per row, and only when the name or the membership changes.
                CREATE FUNCTION credit.organisation_name_bigrams_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind <> 5 AND OLD.uscc IS NOT NULL THEN
                        DELETE FROM credit.organisation_name_bigrams
                        WHERE bigram = ANY (credit.cjk_bigrams(OLD.name)) AND name_length = char_length(OLD.name)
                            AND name = OLD.name AND subject_id = OLD.id;
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW.kind <> 5 AND NEW.uscc IS NOT NULL THEN
                        INSERT INTO credit.organisation_name_bigrams (bigram, name_length, name, subject_id)
                            SELECT b, char_length(NEW.name), NEW.name, NEW.id FROM unnest(credit.cjk_bigrams(NEW.name)) AS b;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_update AFTER UPDATE OF name, kind, uscc ON credit.subjects
                    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR (OLD.kind = 5) IS DISTINCT FROM (NEW.kind = 5)
                        OR (OLD.uscc IS NULL) IS DISTINCT FROM (NEW.uscc IS NULL))
                    EXECUTE FUNCTION credit.organisation_name_bigrams_changed();
                CREATE TRIGGER tr_subjects_name_bigrams_delete AFTER DELETE ON credit.subjects
                    FOR EACH ROW WHEN (OLD.kind <> 5 AND OLD.uscc IS NOT NULL)
                    EXECUTE FUNCTION credit.organisation_name_bigrams_changed();

                CREATE FUNCTION credit.organisation_name_bigrams_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    TRUNCATE credit.organisation_name_bigrams;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_subjects_name_bigrams_truncate AFTER TRUNCATE ON credit.subjects
                    FOR EACH STATEMENT EXECUTE FUNCTION credit.organisation_name_bigrams_truncated();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE IF EXISTS credit.organisation_name_bigrams;
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_inserted() CASCADE;
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_changed() CASCADE;
                DROP FUNCTION IF EXISTS credit.organisation_name_bigrams_truncated() CASCADE;
                DROP TABLE IF EXISTS credit.record_data_migrations;
                DROP TABLE IF EXISTS credit.credit_record_changes;
                DROP TABLE IF EXISTS credit.credit_records;
                DROP INDEX IF EXISTS credit.ix_subjects_name_bigrams;
                DROP FUNCTION IF EXISTS credit.cjk_bigrams(text);
                """);

            migrationBuilder.DropTable(
                name: "subject_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "subject_count_snapshots",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "subjects",
                schema: "credit");
        }
    }
}
