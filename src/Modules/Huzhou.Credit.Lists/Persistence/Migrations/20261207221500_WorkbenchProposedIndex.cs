using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class WorkbenchProposedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_list_entries_district_code_proposed_at",
                schema: "credit",
                table: "list_entries",
                columns: new[] { "district_code", "proposed_at" },
                filter: "status = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_list_entries_district_code_proposed_at",
                schema: "credit",
                table: "list_entries");
        }
    }
}
