using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CompactRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Compact record rows (ADR 0007, docs/modules/record-store.md):
            // - a record's id is derived from its key (Records/RecordKey.cs: 63 bits of SHA-256 over item code,
            //   U+001F, source key), so the primary key (subject_id, id) also enforces the idempotency key and the
            //   second unique index goes; existing ids are recomputed and the history follows them;
            // - payloads are stored as text (validated by the writer; a cast gives json): no second JSON parse on
            //   every insert. Payloads written from now on are JSON arrays in the order of the item version's
            //   fields; older object payloads stay readable.
            migrationBuilder.Sql("""
                CREATE TEMP TABLE record_id_map ON COMMIT DROP AS
                    SELECT subject_id, id AS old_id,
                        ((('x' || encode(substr(sha256(convert_to(item_code || chr(31) || source_key, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint) & 9223372036854775807) AS new_id
                    FROM credit.credit_records;
                UPDATE credit.credit_record_changes h SET record_id = m.new_id
                    FROM record_id_map m WHERE h.subject_id = m.subject_id AND h.record_id = m.old_id;
                ALTER TABLE credit.credit_records DROP CONSTRAINT ux_credit_records_key;
                ALTER TABLE credit.credit_records ALTER COLUMN id DROP DEFAULT;
                DROP SEQUENCE credit.credit_records_id_seq;
                UPDATE credit.credit_records r SET id = m.new_id
                    FROM record_id_map m WHERE r.subject_id = m.subject_id AND r.id = m.old_id;
                ALTER TABLE credit.credit_records ALTER COLUMN payload TYPE text USING payload::text;
                ALTER TABLE credit.credit_record_changes ALTER COLUMN old_payload TYPE text USING old_payload::text;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Ids stay derived (a sequence would not know them); the second unique index and json come back.
            migrationBuilder.Sql("""
                ALTER TABLE credit.credit_record_changes ALTER COLUMN old_payload TYPE json USING old_payload::json;
                ALTER TABLE credit.credit_records ALTER COLUMN payload TYPE json USING payload::json;
                ALTER TABLE credit.credit_records ADD CONSTRAINT ux_credit_records_key UNIQUE (subject_id, item_code, source_key);
                """);
        }
    }
}
