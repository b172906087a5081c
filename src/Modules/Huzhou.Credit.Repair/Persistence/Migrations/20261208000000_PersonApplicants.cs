using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Repair.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class PersonApplicants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "applicant_is_person",
                schema: "credit",
                table: "repair_applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "applicant_is_person",
                schema: "credit",
                table: "objections",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "applicant_is_person",
                schema: "credit",
                table: "repair_applications");

            migrationBuilder.DropColumn(
                name: "applicant_is_person",
                schema: "credit",
                table: "objections");
        }
    }
}
