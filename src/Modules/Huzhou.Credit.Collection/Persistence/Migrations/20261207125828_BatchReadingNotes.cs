using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Collection.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class BatchReadingNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "check_warnings",
                schema: "credit",
                table: "collection_batches",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "synonyms_used",
                schema: "credit",
                table: "collection_batches",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "check_warnings",
                schema: "credit",
                table: "collection_batches");

            migrationBuilder.DropColumn(
                name: "synonyms_used",
                schema: "credit",
                table: "collection_batches");
        }
    }
}
