using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class PlatformImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "import_id",
                schema: "credit",
                table: "list_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "source",
                schema: "credit",
                table: "list_entries",
                type: "smallint",
                nullable: false,
                defaultValue: (short)1); // every entry before this migration was a local proposal (ListEntrySource.Local)

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

            migrationBuilder.CreateIndex(
                name: "ix_list_entries_import_id",
                schema: "credit",
                table: "list_entries",
                column: "import_id",
                filter: "import_id IS NOT NULL");

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

            migrationBuilder.AddForeignKey(
                name: "fk_list_entries_imports_import_id",
                schema: "credit",
                table: "list_entries",
                column: "import_id",
                principalSchema: "credit",
                principalTable: "list_imports",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_list_entries_imports_import_id",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropTable(
                name: "list_import_rejections",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "list_imports",
                schema: "credit");

            migrationBuilder.DropIndex(
                name: "ix_list_entries_import_id",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "import_id",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "credit",
                table: "list_entries");
        }
    }
}
