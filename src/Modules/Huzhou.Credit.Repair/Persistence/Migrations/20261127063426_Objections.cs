using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Repair.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Objections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "objections",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    handler_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    record_id = table.Column<long>(type: "bigint", nullable: false),
                    item_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    record_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    claim = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    evidence_file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    evidence_content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    evidence_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    evidence = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_objections_department_code_status",
                schema: "credit",
                table: "objections",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_objections_number",
                schema: "credit",
                table: "objections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_objections_subject_id_status",
                schema: "credit",
                table: "objections",
                columns: new[] { "subject_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_objections_open",
                schema: "credit",
                table: "objections",
                columns: new[] { "subject_id", "record_id" },
                unique: true,
                filter: "status = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "objections",
                schema: "credit");
        }
    }
}
