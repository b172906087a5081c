using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class EarlyExitAfterMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "early_exit_after_months",
                schema: "credit",
                table: "list_types",
                type: "integer",
                nullable: true);

            // The standards' minimum time on the list before early exit (列入满一年 / 满六个月).
            migrationBuilder.Sql("UPDATE credit.list_types SET early_exit_after_months = 12 WHERE code IN ('SJYZWF', 'AQSCYZSX'); UPDATE credit.list_types SET early_exit_after_months = 6 WHERE code = 'TQNMGGZ';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "early_exit_after_months",
                schema: "credit",
                table: "list_types");
        }
    }
}
