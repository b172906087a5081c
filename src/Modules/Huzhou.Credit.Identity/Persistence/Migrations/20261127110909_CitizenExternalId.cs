using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CitizenExternalId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "external_id",
                schema: "credit",
                table: "citizen_accounts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_citizen_accounts_external_id",
                schema: "credit",
                table: "citizen_accounts",
                column: "external_id",
                unique: true,
                filter: "external_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_citizen_accounts_external_id",
                schema: "credit",
                table: "citizen_accounts");

            migrationBuilder.DropColumn(
                name: "external_id",
                schema: "credit",
                table: "citizen_accounts");
        }
    }
}
