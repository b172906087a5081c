using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Integrity.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CodeCarriesLevelOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "min_score",
                schema: "credit",
                table: "integrity_scenarios");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "min_score",
                schema: "credit",
                table: "integrity_scenarios",
                type: "integer",
                nullable: true);
        }
    }
}
