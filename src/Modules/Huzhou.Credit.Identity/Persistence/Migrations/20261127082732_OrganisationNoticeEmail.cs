using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OrganisationNoticeEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notice_email",
                schema: "credit",
                table: "organisation_accounts",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notice_email",
                schema: "credit",
                table: "organisation_accounts");
        }
    }
}
