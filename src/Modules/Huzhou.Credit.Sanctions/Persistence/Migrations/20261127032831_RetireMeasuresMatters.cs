using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RetireMeasuresMatters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "retired",
                schema: "credit",
                table: "sanction_measures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "retired",
                schema: "credit",
                table: "sanction_matters",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retired",
                schema: "credit",
                table: "sanction_measures");

            migrationBuilder.DropColumn(
                name: "retired",
                schema: "credit",
                table: "sanction_matters");
        }
    }
}
