using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Evaluation.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RunResultsTotal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "results_total",
                schema: "credit",
                table: "evaluation_runs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "results_total",
                schema: "credit",
                table: "evaluation_runs");
        }
    }
}
