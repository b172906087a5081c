using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ListsAndEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "list_types",
                schema: "credit",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    deciding_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_kinds = table.Column<short[]>(type: "smallint[]", nullable: false),
                    entry_criteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    validity_months = table.Column<int>(type: "integer", nullable: true),
                    early_exit_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    early_exit_conditions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_types", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "list_entries",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    list_type_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    subject_is_person = table.Column<bool>(type: "boolean", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    deciding_authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    deciding_authority_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    source_department = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closing_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closing_basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_entries_list_types_list_type_code",
                        column: x => x.list_type_code,
                        principalSchema: "credit",
                        principalTable: "list_types",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "list_entry_changes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    old_status = table.Column<short>(type: "smallint", nullable: true),
                    new_status = table.Column<short>(type: "smallint", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_entry_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_entry_changes_list_entries_entry_id",
                        column: x => x.entry_id,
                        principalSchema: "credit",
                        principalTable: "list_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_list_entries_expires_on",
                schema: "credit",
                table: "list_entries",
                column: "expires_on",
                filter: "status = 2");

            migrationBuilder.CreateIndex(
                name: "ix_list_entries_list_type_code_status_effective_from",
                schema: "credit",
                table: "list_entries",
                columns: new[] { "list_type_code", "status", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_list_entries_list_type_code_subject_id_document_number",
                schema: "credit",
                table: "list_entries",
                columns: new[] { "list_type_code", "subject_id", "document_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_list_entries_subject_id_status",
                schema: "credit",
                table: "list_entries",
                columns: new[] { "subject_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_list_entry_changes_entry_id_changed_at",
                schema: "credit",
                table: "list_entry_changes",
                columns: new[] { "entry_id", "changed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_entry_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_entries",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_types",
                schema: "credit");
        }
    }
}
