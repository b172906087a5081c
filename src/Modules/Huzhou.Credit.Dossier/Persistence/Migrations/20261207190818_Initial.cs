using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Dossier.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261127000126_ReportRegister",
        "20261127043020_SubjectDataVersions")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "dossier_reports",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    verification_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    channel = table.Column<short>(type: "smallint", nullable: false),
                    content_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_subject_versions",
                schema: "credit",
                columns: table => new
                {
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_subject_versions", x => x.subject_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_reports_issued_at",
                schema: "credit",
                table: "dossier_reports",
                column: "issued_at");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_reports_number",
                schema: "credit",
                table: "dossier_reports",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_reports_subject_id_issued_at",
                schema: "credit",
                table: "dossier_reports",
                columns: new[] { "subject_id", "issued_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_reports",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "dossier_subject_versions",
                schema: "credit");
        }
    }
}
