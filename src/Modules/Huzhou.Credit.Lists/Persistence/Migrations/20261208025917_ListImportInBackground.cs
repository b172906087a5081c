using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ListImportInBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "credit",
                table: "list_imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "error",
                schema: "credit",
                table: "list_imports",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "finished_at",
                schema: "credit",
                table: "list_imports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "heartbeat_at",
                schema: "credit",
                table: "list_imports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "phase",
                schema: "credit",
                table: "list_imports",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.AddColumn<int>(
                name: "rows_accepted",
                schema: "credit",
                table: "list_imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "rows_read",
                schema: "credit",
                table: "list_imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<short>(
                name: "status",
                schema: "credit",
                table: "list_imports",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            // Imports made before ran inside their request and are all complete.
            migrationBuilder.Sql("UPDATE credit.list_imports SET status = 3, rows_read = received, rows_accepted = imported + unchanged, finished_at = imported_at;");

            migrationBuilder.CreateTable(
                name: "list_import_files",
                schema: "credit",
                columns: table => new
                {
                    import_id = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_import_files", x => x.import_id);
                    table.ForeignKey(
                        name: "fk_list_import_files_list_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "credit",
                        principalTable: "list_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_list_imports_status",
                schema: "credit",
                table: "list_imports",
                column: "status",
                filter: "status IN (1, 2)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_import_files",
                schema: "credit");

            migrationBuilder.DropIndex(
                name: "ix_list_imports_status",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "error",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "finished_at",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "heartbeat_at",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "phase",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "rows_accepted",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "rows_read",
                schema: "credit",
                table: "list_imports");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "credit",
                table: "list_imports");
        }
    }
}
