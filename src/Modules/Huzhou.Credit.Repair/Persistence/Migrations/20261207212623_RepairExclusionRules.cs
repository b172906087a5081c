using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Repair.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RepairExclusionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "repair_exclusion_rules",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rule_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    penalty_kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_exclusion_rules", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_repair_exclusion_rules_department_code_rule_version",
                schema: "credit",
                table: "repair_exclusion_rules",
                columns: new[] { "department_code", "rule_version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "repair_exclusion_rules",
                schema: "credit");
        }
    }
}
