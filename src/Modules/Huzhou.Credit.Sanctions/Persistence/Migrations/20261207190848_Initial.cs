using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261127004758_MeasuresMattersRulesChecks",
        "20261127011302_Cases",
        "20261127022632_CreditStatus",
        "20261127032831_RetireMeasuresMatters",
        "20261127035322_CreditStatusJsonAsText",
        "20261127050858_CreditStatusGrades",
        "20261127074653_CommitmentBreaches",
        "20261127104205_CheckLogLean",
        "20261128000828_CheckHitsPacked")]
    internal partial class Initial : Migration
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
                    hits = table.Column<string>(type: "text", nullable: true),
                    hits_packed = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sanction_credit_status",
                schema: "credit",
                columns: table => new
                {
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    lookup_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    is_person = table.Column<bool>(type: "boolean", nullable: false),
                    pending_verification = table.Column<bool>(type: "boolean", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    display_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    lists = table.Column<string>(type: "text", nullable: true),
                    bad_records = table.Column<string>(type: "text", nullable: true),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    grades = table.Column<string>(type: "text", nullable: true),
                    breaches = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_credit_status", x => x.subject_id);
                });

            migrationBuilder.CreateTable(
                name: "sanction_credit_status_rebuilds",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    last_subject_id = table.Column<long>(type: "bigint", nullable: false),
                    subjects = table.Column<long>(type: "bigint", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_credit_status_rebuilds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sanction_matters",
                schema: "credit",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    domain = table.Column<short>(type: "smallint", nullable: false),
                    // The default the column was added with, kept so the schema is the one the migrations before the squash built.
                    retired = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false)
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
                    implementing_department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    // The default the column was added with, kept so the schema is the one the migrations before the squash built.
                    retired = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false)
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
                name: "sanction_cases",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    check_id = table.Column<long>(type: "bigint", nullable: false),
                    caller = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: true),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    matter_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    domain = table.Column<short>(type: "smallint", nullable: false),
                    measure_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(100)", maxLength: 100, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_sanction_cases_sanction_checks_check_id",
                        column: x => x.check_id,
                        principalSchema: "credit",
                        principalTable: "sanction_checks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "ix_sanction_cases_check_id",
                schema: "credit",
                table: "sanction_cases",
                column: "check_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sanction_cases_received_at",
                schema: "credit",
                table: "sanction_cases",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_caller_checked_at",
                schema: "credit",
                table: "sanction_checks",
                columns: new[] { "caller", "checked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sanction_checks_checked_at",
                schema: "credit",
                table: "sanction_checks",
                column: "checked_at")
                .Annotation("Npgsql:IndexMethod", "brin");

            migrationBuilder.CreateIndex(
                name: "ix_sanction_credit_status_lookup_key",
                schema: "credit",
                table: "sanction_credit_status",
                column: "lookup_key",
                unique: true);

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
                name: "sanction_cases",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_credit_status",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_credit_status_rebuilds",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_matters",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_rules",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_checks",
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
