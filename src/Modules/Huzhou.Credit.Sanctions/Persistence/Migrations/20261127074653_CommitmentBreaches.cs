using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CommitmentBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "breaches",
                schema: "credit",
                table: "sanction_credit_status",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "breaches",
                schema: "credit",
                table: "sanction_credit_status");
        }
    }
}
