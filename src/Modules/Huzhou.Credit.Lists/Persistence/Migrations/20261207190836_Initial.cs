using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261127003658_ListsAndEntries",
        "20261127025416_PlatformImports",
        "20261127081256_EarlyExitAfterMonths")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "list_imports",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    source = table.Column<short>(type: "smallint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    file_format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    encoding_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    received = table.Column<int>(type: "integer", nullable: false),
                    imported = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    ignored_columns = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_imports", x => x.id);
                });

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
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    early_exit_after_months = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_types", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "list_import_rejections",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    column_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    subject_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_import_rejections", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_import_rejections_list_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "credit",
                        principalTable: "list_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    import_id = table.Column<long>(type: "bigint", nullable: true),
                    // The default the column was added with (entries before it were local proposals), kept so the schema is the one the
                    // migrations before the squash built; SQL because EF drops a default of an enum-converted column.
                    source = table.Column<short>(type: "smallint", nullable: false, defaultValueSql: "1")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_entries_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "credit",
                        principalTable: "list_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "ix_list_entries_import_id",
                schema: "credit",
                table: "list_entries",
                column: "import_id",
                filter: "import_id IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_list_import_rejections_import_id_row_number",
                schema: "credit",
                table: "list_import_rejections",
                columns: new[] { "import_id", "row_number" });

            migrationBuilder.CreateIndex(
                name: "ix_list_imports_imported_at",
                schema: "credit",
                table: "list_imports",
                column: "imported_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_entry_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_import_rejections",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_entries",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_imports",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_types",
                schema: "credit");
        }
    }
}
