using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MailInboxOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "inbox_owners",
                schema: "credit",
                table: "monitoring_mail_preferences",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            // Choices saved before: the user's own and his department's inbox (saving the choice again adds a credit office's or a reviewer's).
            migrationBuilder.Sql("UPDATE credit.monitoring_mail_preferences SET inbox_owners = CASE WHEN department_code IS NULL THEN ARRAY['u:' || user_name] ELSE ARRAY['u:' || user_name, 'd:' || department_code] END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "inbox_owners",
                schema: "credit",
                table: "monitoring_mail_preferences");
        }
    }
}
