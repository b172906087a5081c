using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Catalogue.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class DeliveryPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "expected_period_count",
                schema: "credit",
                table: "catalogue_items",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expected_period_set_at",
                schema: "credit",
                table: "catalogue_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "expected_period_set_by",
                schema: "credit",
                table: "catalogue_items",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "expected_period_unit",
                schema: "credit",
                table: "catalogue_items",
                type: "smallint",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_catalogue_items_expected_period",
                schema: "credit",
                table: "catalogue_items",
                sql: "(expected_period_count IS NULL AND expected_period_unit IS NULL) OR (expected_period_count BETWEEN 1 AND 250 AND expected_period_unit IN (1, 2))");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_catalogue_items_expected_period",
                schema: "credit",
                table: "catalogue_items");

            migrationBuilder.DropColumn(
                name: "expected_period_count",
                schema: "credit",
                table: "catalogue_items");

            migrationBuilder.DropColumn(
                name: "expected_period_set_at",
                schema: "credit",
                table: "catalogue_items");

            migrationBuilder.DropColumn(
                name: "expected_period_set_by",
                schema: "credit",
                table: "catalogue_items");

            migrationBuilder.DropColumn(
                name: "expected_period_unit",
                schema: "credit",
                table: "catalogue_items");
        }
    }
}
