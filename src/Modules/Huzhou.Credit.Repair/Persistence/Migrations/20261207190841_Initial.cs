using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Repair.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261127060743_Initial",
        "20261127063426_Objections",
        "20261127081607_ListEntryRepairs",
        "20261127082807_NoticeEmail")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "calendar_days",
                schema: "credit",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.date);
                });

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

            migrationBuilder.CreateTable(
                name: "repair_applications",
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
                    item_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    item_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    record_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    record_decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    penalty_class = table.Column<short>(type: "smallint", nullable: true),
                    rule_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accept_due = table.Column<DateOnly>(type: "date", nullable: false),
                    decide_due = table.Column<DateOnly>(type: "date", nullable: true),
                    extended = table.Column<bool>(type: "boolean", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    list_entry_id = table.Column<long>(type: "bigint", nullable: true),
                    notice_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "repair_materials",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_materials", x => x.id);
                    table.ForeignKey(
                        name: "fk_repair_materials_repair_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "credit",
                        principalTable: "repair_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "repair_notices",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    read = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_repair_notices_repair_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "credit",
                        principalTable: "repair_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "repair_steps",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_repair_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_repair_steps_repair_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "credit",
                        principalTable: "repair_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateIndex(
                name: "ix_repair_applications_department_code_status",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_applications_number",
                schema: "credit",
                table: "repair_applications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_repair_applications_status_accept_due",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "status", "accept_due" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_applications_subject_id_submitted_at",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ux_repair_applications_open",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "record_id" },
                unique: true,
                filter: "status IN (1, 2, 4) AND list_entry_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_repair_applications_open_list",
                schema: "credit",
                table: "repair_applications",
                columns: new[] { "subject_id", "list_entry_id" },
                unique: true,
                filter: "status IN (1, 2, 4) AND list_entry_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_repair_materials_application_id",
                schema: "credit",
                table: "repair_materials",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_repair_notices_application_id",
                schema: "credit",
                table: "repair_notices",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_repair_notices_subject_id_at",
                schema: "credit",
                table: "repair_notices",
                columns: new[] { "subject_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_repair_steps_application_id_at",
                schema: "credit",
                table: "repair_steps",
                columns: new[] { "application_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "objections",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "repair_materials",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "repair_notices",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "repair_steps",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "repair_applications",
                schema: "credit");
        }
    }
}
