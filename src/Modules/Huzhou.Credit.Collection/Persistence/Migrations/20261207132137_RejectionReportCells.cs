using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Collection.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RejectionReportCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "cells",
                schema: "credit",
                table: "collection_rejections",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "headers",
                schema: "credit",
                table: "collection_batches",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cells",
                schema: "credit",
                table: "collection_rejections");

            migrationBuilder.DropColumn(
                name: "headers",
                schema: "credit",
                table: "collection_batches");
        }
    }
}
