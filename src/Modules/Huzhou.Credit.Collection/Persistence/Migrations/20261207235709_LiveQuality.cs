using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Collection.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class LiveQuality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "history_rows",
                schema: "credit",
                table: "collection_daily_statistics",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "history_rows",
                schema: "credit",
                table: "collection_batches",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "collection_overdue_notices",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    noticed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_overdue_notices", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collection_daily_statistics_department_code_item_code_day",
                schema: "credit",
                table: "collection_daily_statistics",
                columns: new[] { "department_code", "item_code", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_collection_overdue_notices_department_code_item_code_due_on",
                schema: "credit",
                table: "collection_overdue_notices",
                columns: new[] { "department_code", "item_code", "due_on" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collection_overdue_notices",
                schema: "credit");

            migrationBuilder.DropIndex(
                name: "ix_collection_daily_statistics_department_code_item_code_day",
                schema: "credit",
                table: "collection_daily_statistics");

            migrationBuilder.DropColumn(
                name: "history_rows",
                schema: "credit",
                table: "collection_daily_statistics");

            migrationBuilder.DropColumn(
                name: "history_rows",
                schema: "credit",
                table: "collection_batches");
        }
    }
}
