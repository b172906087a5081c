using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MeasuresMattersRulesChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "sanction_checks",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    caller = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: true),
                    name_mismatch = table.Column<bool>(type: "boolean", nullable: false),
                    matter_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    stage = table.Column<short>(type: "smallint", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision = table.Column<short>(type: "smallint", nullable: false),
                    rule_set_version = table.Column<int>(type: "integer", nullable: false),
                    hits = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sanction_matters",
                schema: "credit",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    domain = table.Column<short>(type: "smallint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_matters", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "sanction_measures",
                schema: "credit",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    action = table.Column<short>(type: "smallint", nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    implementing_department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_measures", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "sanction_rule_sets",
                schema: "credit",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    effective_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_rule_sets", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "sanction_rules",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    rule_set_version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    condition = table.Column<short>(type: "smallint", nullable: false),
                    parameter = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    months = table.Column<int>(type: "integer", nullable: true),
                    minimum_class = table.Column<short>(type: "smallint", nullable: true),
                    scope = table.Column<short>(type: "smallint", nullable: false),
                    domains = table.Column<short[]>(type: "smallint[]", nullable: false),
                    stages = table.Column<short>(type: "smallint", nullable: false),
                    measure_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_sanction_rules_sanction_measures_measure_code",
                        column: x => x.measure_code,
                        principalSchema: "credit",
                        principalTable: "sanction_measures",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sanction_rules_sanction_rule_sets_rule_set_version",
                        column: x => x.rule_set_version,
                        principalSchema: "credit",
                        principalTable: "sanction_rule_sets",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_caller_checked_at",
                schema: "credit",
                table: "sanction_checks",
                columns: new[] { "caller", "checked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks",
                column: "checked_at");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_subject_id_checked_at",
                schema: "credit",
                table: "sanction_checks",
                columns: new[] { "subject_id", "checked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sanction_rules_measure_code",
                schema: "credit",
                table: "sanction_rules",
                column: "measure_code");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_rules_rule_set_version",
                schema: "credit",
                table: "sanction_rules",
                column: "rule_set_version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sanction_checks",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_matters",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_rules",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_measures",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_rule_sets",
                schema: "credit");
        }
    }
}
