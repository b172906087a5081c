using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RepresentativeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_subjects_district_legal_representative",
                schema: "credit",
                table: "subjects",
                columns: new[] { "district_code", "legal_representative" },
                filter: "legal_representative IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subjects_district_legal_representative",
                schema: "credit",
                table: "subjects");
        }
    }
}
