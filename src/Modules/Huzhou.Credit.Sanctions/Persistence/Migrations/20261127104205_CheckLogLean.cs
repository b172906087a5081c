using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <summary>
    /// The check log made cheaper to write (issue #5 §5): hits as text (JSON the application parses; nothing queries
    /// inside it), the time index a BRIN index, the unused (subject_id, checked_at) index dropped. Rewrites the table
    /// (the column type changes) under an exclusive lock: on a large log, run it in a maintenance window.
    /// </summary>
    internal partial class CheckLogLean : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks");

            migrationBuilder.DropIndex(
                name: "ix_sanction_checks_subject_id_checked_at",
                schema: "credit",
                table: "sanction_checks");

            migrationBuilder.AlterColumn<string>(
                name: "hits",
                schema: "credit",
                table: "sanction_checks",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks",
                column: "checked_at")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks");

            // text → jsonb has no assignment cast.
            migrationBuilder.Sql("ALTER TABLE credit.sanction_checks ALTER COLUMN hits TYPE jsonb USING hits::jsonb;");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks",
                column: "checked_at");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_subject_id_checked_at",
                schema: "credit",
                table: "sanction_checks",
                columns: new[] { "subject_id", "checked_at" });
        }
    }
}
