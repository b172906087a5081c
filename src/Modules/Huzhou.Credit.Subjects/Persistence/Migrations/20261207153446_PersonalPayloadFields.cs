using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <summary>
    /// ADR 0015: the encrypted personal values of a record's payload (<c>personal</c>) and of a history row's old payload
    /// (<c>old_personal</c>), and the progress of the data step that encrypts what was written before
    /// (<c>Jobs/PersonalPayloadMigration.cs</c>, run by <c>migrate</c> after the schema migrations: the key lives in
    /// configuration, so SQL cannot do it). Nullable columns: a metadata-only change on the partitioned tables.
    /// </summary>
    internal partial class PersonalPayloadFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE credit.credit_records ADD COLUMN personal bytea;
                ALTER TABLE credit.credit_record_changes ADD COLUMN old_personal bytea;
                CREATE TABLE credit.record_data_migrations (
                    name varchar(100) PRIMARY KEY,
                    records_after_subject bigint NOT NULL DEFAULT 0,
                    records_after_id bigint NOT NULL DEFAULT 0,
                    history_after_subject bigint NOT NULL DEFAULT 0,
                    history_after_id bigint NOT NULL DEFAULT 0,
                    completed_at timestamptz
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE credit.record_data_migrations;
                ALTER TABLE credit.credit_record_changes DROP COLUMN old_personal;
                ALTER TABLE credit.credit_records DROP COLUMN personal;
                """);
        }
    }
}
