using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CreditStatusRefreshNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "sanction_credit_status_refreshes",
                schema: "credit");

            migrationBuilder.AddColumn<long>(
                name: "refresh_number",
                schema: "credit",
                table: "sanction_credit_status",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "refresh_number",
                schema: "credit",
                table: "sanction_credit_status");

            migrationBuilder.DropSequence(
                name: "sanction_credit_status_refreshes",
                schema: "credit");
        }
    }
}
