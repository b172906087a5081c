using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CreditRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "verification",
                schema: "credit",
                table: "subjects",
                type: "smallint",
                nullable: false,
                defaultValue: (short)1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verified_at",
                schema: "credit",
                table: "subjects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verified_by",
                schema: "credit",
                table: "subjects",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_subjects_verification",
                schema: "credit",
                table: "subjects",
                column: "verification",
                filter: "verification = 2");

            // The record store (see docs/modules/record-store.md). Created in SQL because EF cannot express hash
            // partitions; SubjectsDbContext maps both tables with ExcludeFromMigrations for reads.
            // - 16 hash partitions by subject_id: one subject's records and history live in one partition, the
            //   same key a distributed (Citus) table would use; every index leads with subject_id except the
            //   partial index that serves the publicity-expiry job.
            // - ids come from sequences with a cache, so a bulk merge does not contend on nextval.
            migrationBuilder.Sql("""
                CREATE SEQUENCE credit.credit_records_id_seq AS bigint CACHE 1000;
                CREATE TABLE credit.credit_records (
                    subject_id bigint NOT NULL,
                    id bigint NOT NULL DEFAULT nextval('credit.credit_records_id_seq'),
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
                    payload json NOT NULL,
                    payload_hash bytea NOT NULL,
                    batch_id bigint NOT NULL,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    CONSTRAINT pk_credit_records PRIMARY KEY (subject_id, id),
                    CONSTRAINT ux_credit_records_key UNIQUE (subject_id, item_code, source_key),
                    CONSTRAINT ck_credit_records_status CHECK (status BETWEEN 1 AND 5)
                ) PARTITION BY HASH (subject_id);
                ALTER SEQUENCE credit.credit_records_id_seq OWNED BY credit.credit_records.id;
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
                    old_payload json NULL,
                    reason varchar(500) NULL,
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS credit.credit_record_changes; DROP TABLE IF EXISTS credit.credit_records;");

            migrationBuilder.DropIndex(
                name: "ix_subjects_verification",
                schema: "credit",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "verification",
                schema: "credit",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "verified_at",
                schema: "credit",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "verified_by",
                schema: "credit",
                table: "subjects");
        }
    }
}
