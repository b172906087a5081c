using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class InboxIndexOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_monitoring_alerts_inbox",
                schema: "credit",
                table: "monitoring_alerts");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_inbox",
                schema: "credit",
                table: "monitoring_alerts",
                columns: new[] { "owner", "created_at", "id" },
                filter: "summary_id IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "read_at", "serious", "acknowledged_at", "escalated_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_monitoring_alerts_inbox",
                schema: "credit",
                table: "monitoring_alerts");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_inbox",
                schema: "credit",
                table: "monitoring_alerts",
                columns: new[] { "owner", "created_at" },
                filter: "summary_id IS NULL");
        }
    }
}
