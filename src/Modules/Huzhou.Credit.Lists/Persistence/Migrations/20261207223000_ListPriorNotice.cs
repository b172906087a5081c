using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <summary>
    /// Issue #26 §4: the prior notice (事前告知) of a black-list entry and the subject's statement (陈述申辩) on the entry,
    /// and each list type's statement period in working days (default 5).
    /// </summary>
    internal partial class ListPriorNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "notice_sent_on",
                schema: "credit",
                table: "list_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_means",
                schema: "credit",
                table: "list_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_recorded_by",
                schema: "credit",
                table: "list_entries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "statement_due_on",
                schema: "credit",
                table: "list_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "statement_answer",
                schema: "credit",
                table: "list_entries",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "statement_recorded_by",
                schema: "credit",
                table: "list_entries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "statement_recorded_at",
                schema: "credit",
                table: "list_entries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "statement_period_working_days",
                schema: "credit",
                table: "list_types",
                type: "integer",
                nullable: false,
                defaultValue: 5);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notice_sent_on",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "notice_means",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "notice_recorded_by",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "statement_due_on",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "statement_answer",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "statement_recorded_by",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "statement_recorded_at",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "statement_period_working_days",
                schema: "credit",
                table: "list_types");
        }
    }
}
