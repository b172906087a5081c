using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Collection.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ColumnChoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "column_mapping",
                schema: "credit",
                table: "collection_batches",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "collection_column_mappings",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    header = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    field_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_column_mappings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collection_column_mappings_department_code_item_code_header",
                schema: "credit",
                table: "collection_column_mappings",
                columns: new[] { "department_code", "item_code", "header" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collection_column_mappings",
                schema: "credit");

            migrationBuilder.DropColumn(
                name: "column_mapping",
                schema: "credit",
                table: "collection_batches");
        }
    }
}
