using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Integrity.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

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
                    min_score = table.Column<int>(type: "integer", nullable: true),
                    benefit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_scenarios", x => x.id);
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integrity_redemptions",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_scenarios",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "integrity_signing_keys",
                schema: "credit");
        }
    }
}
