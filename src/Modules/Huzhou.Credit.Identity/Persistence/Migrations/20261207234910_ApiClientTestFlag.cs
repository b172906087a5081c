using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ApiClientTestFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_test",
                schema: "credit",
                table: "api_clients",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_test",
                schema: "credit",
                table: "api_clients");
        }
    }
}
