using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AlertEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "escalate_to",
                schema: "credit",
                table: "monitoring_watch_lists",
                type: "character varying(280)",
                maxLength: 280,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "escalated_at",
                schema: "credit",
                table: "monitoring_alerts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "escalated_to",
                schema: "credit",
                table: "monitoring_alerts",
                type: "character varying(280)",
                maxLength: 280,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_escalated",
                schema: "credit",
                table: "monitoring_alerts",
                columns: new[] { "escalated_to", "created_at" },
                filter: "escalated_to IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_escalation",
                schema: "credit",
                table: "monitoring_alerts",
                column: "created_at",
                filter: "serious AND acknowledged_at IS NULL AND escalated_at IS NULL AND summary_id IS NULL");

            // Lists from before: a department list escalates to that department's reviewers (a personal one falls back to its district's credit office).
            migrationBuilder.Sql("UPDATE credit.monitoring_watch_lists SET escalate_to = 'r:' || owner_department WHERE owner_department IS NOT NULL AND escalate_to IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_monitoring_alerts_escalated",
                schema: "credit",
                table: "monitoring_alerts");

            migrationBuilder.DropIndex(
                name: "ix_monitoring_alerts_escalation",
                schema: "credit",
                table: "monitoring_alerts");

            migrationBuilder.DropColumn(
                name: "escalate_to",
                schema: "credit",
                table: "monitoring_watch_lists");

            migrationBuilder.DropColumn(
                name: "escalated_at",
                schema: "credit",
                table: "monitoring_alerts");

            migrationBuilder.DropColumn(
                name: "escalated_to",
                schema: "credit",
                table: "monitoring_alerts");
        }
    }
}
