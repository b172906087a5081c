using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Integrity.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261127090623_Initial",
        "20261127104031_PointsSchemesAndStoredScores",
        "20261207154058_CodeCarriesLevelOnly")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "integrity_personal_scores",
                schema: "credit",
                columns: table => new
                {
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    model_version = table.Column<int>(type: "integer", nullable: false),
                    explanation = table.Column<string>(type: "jsonb", nullable: false),
                    adjustment = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: false),
                    computed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    stale = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_personal_scores", x => x.subject_id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_redemptions",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    scenario_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    token_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    verifier = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    redeemed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_redemptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_scenarios",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    min_level = table.Column<int>(type: "integer", nullable: false),
                    benefit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_scenarios", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_schemes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    department_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    members_are_persons = table.Column<bool>(type: "boolean", nullable: false),
                    base_points = table.Column<int>(type: "integer", nullable: false),
                    bands = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    group_label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    public_board = table.Column<bool>(type: "boolean", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_schemes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_signing_keys",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    private_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    public_jwk = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_signing_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_point_rules",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    scheme_id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<int>(type: "integer", nullable: false),
                    item_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    max_times_per_year = table.Column<int>(type: "integer", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_point_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_integrity_point_rules_integrity_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalSchema: "credit",
                        principalTable: "integrity_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "integrity_scheme_members",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    scheme_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_scheme_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_integrity_scheme_members_integrity_schemes_scheme_id",
                        column: x => x.scheme_id,
                        principalSchema: "credit",
                        principalTable: "integrity_schemes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "integrity_point_events",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    scheme_id = table.Column<long>(type: "bigint", nullable: false),
                    member_id = table.Column<long>(type: "bigint", nullable: false),
                    rule_id = table.Column<long>(type: "bigint", nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    revoke_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_point_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_integrity_point_events_integrity_point_rules_rule_id",
                        column: x => x.rule_id,
                        principalSchema: "credit",
                        principalTable: "integrity_point_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_integrity_point_events_integrity_scheme_members_member_id",
                        column: x => x.member_id,
                        principalSchema: "credit",
                        principalTable: "integrity_scheme_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_personal_scores_computed_on",
                schema: "credit",
                table: "integrity_personal_scores",
                column: "computed_on");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_point_events_member_id_occurred_on",
                schema: "credit",
                table: "integrity_point_events",
                columns: new[] { "member_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_point_events_member_id_rule_id_source_key",
                schema: "credit",
                table: "integrity_point_events",
                columns: new[] { "member_id", "rule_id", "source_key" },
                unique: true,
                filter: "source_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_point_events_rule_id",
                schema: "credit",
                table: "integrity_point_events",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_point_events_scheme_id_occurred_on",
                schema: "credit",
                table: "integrity_point_events",
                columns: new[] { "scheme_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_point_rules_scheme_id_code",
                schema: "credit",
                table: "integrity_point_rules",
                columns: new[] { "scheme_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_integrity_redemptions_scenario_code_redeemed_at",
                schema: "credit",
                table: "integrity_redemptions",
                columns: new[] { "scenario_code", "redeemed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_redemptions_token_id_scenario_code",
                schema: "credit",
                table: "integrity_redemptions",
                columns: new[] { "token_id", "scenario_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_integrity_scenarios_code",
                schema: "credit",
                table: "integrity_scenarios",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_integrity_scheme_members_scheme_id_subject_id",
                schema: "credit",
                table: "integrity_scheme_members",
                columns: new[] { "scheme_id", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_integrity_scheme_members_subject_id",
                schema: "credit",
                table: "integrity_scheme_members",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_schemes_code",
                schema: "credit",
                table: "integrity_schemes",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integrity_personal_scores",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_point_events",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_redemptions",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_scenarios",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_signing_keys",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_point_rules",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_scheme_members",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_schemes",
                schema: "credit");
        }
    }
}
