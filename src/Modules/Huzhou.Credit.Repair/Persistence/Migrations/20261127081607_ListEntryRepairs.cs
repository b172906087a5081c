using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Repair.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ListEntryRepairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_repair_applications_open",
                schema: "credit",
                table: "repair_applications");

            migrationBuilder.AddColumn<long>(
                name: "list_entry_id",
                schema: "credit",
                table: "repair_applications",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_repair_applications_open",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "record_id" },
                unique: true,
                filter: "status IN (1, 2, 4) AND list_entry_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_repair_applications_open_list",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "list_entry_id" },
                unique: true,
                filter: "status IN (1, 2, 4) AND list_entry_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_repair_applications_open",
                schema: "credit",
                table: "repair_applications");

            migrationBuilder.DropIndex(
                name: "ux_repair_applications_open_list",
                schema: "credit",
                table: "repair_applications");

            migrationBuilder.DropColumn(
                name: "list_entry_id",
                schema: "credit",
                table: "repair_applications");

            migrationBuilder.CreateIndex(
                name: "ux_repair_applications_open",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "record_id" },
                unique: true,
                filter: "status IN (1, 2, 4)");
        }
    }
}
