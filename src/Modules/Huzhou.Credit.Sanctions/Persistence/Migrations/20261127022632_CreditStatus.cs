using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CreditStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    lists = table.Column<string>(type: "jsonb", nullable: true),
                    bad_records = table.Column<string>(type: "jsonb", nullable: true),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_sanction_credit_status_lookup_key",
                schema: "credit",
                table: "sanction_credit_status",
                column: "lookup_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sanction_credit_status",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "sanction_credit_status_rebuilds",
                schema: "credit");
        }
    }
}
