using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ThresholdRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_threshold_rules",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    metric = table.Column<short>(type: "smallint", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    field_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    watch_list_id = table.Column<long>(type: "bigint", nullable: true),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    window_days = table.Column<int>(type: "integer", nullable: false),
                    comparison = table.Column<short>(type: "smallint", nullable: false),
                    threshold = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    serious = table.Column<bool>(type: "boolean", nullable: false),
                    notify_concerned = table.Column<bool>(type: "boolean", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    last_summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    last_breaches = table.Column<int>(type: "integer", nullable: false),
                    dirty_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_threshold_rules", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_threshold_rules_dirty_since",
                schema: "credit",
                table: "monitoring_threshold_rules",
                column: "dirty_since",
                filter: "dirty_since IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_threshold_rules",
                schema: "credit");
        }
    }
}
