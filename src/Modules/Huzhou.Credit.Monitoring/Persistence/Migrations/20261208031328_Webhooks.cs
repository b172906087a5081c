using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_webhook_subscriptions",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    owner = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    watch_list_id = table.Column<long>(type: "bigint", nullable: true),
                    set_watch_id = table.Column<long>(type: "bigint", nullable: true),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    protected_secret = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    secret_hint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    triggers = table.Column<short[]>(type: "smallint[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    disabled_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_webhook_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_webhook_subscriptions_monitoring_set_watches_set",
                        column: x => x.set_watch_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_set_watches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_monitoring_webhook_subscriptions_monitoring_watch_lists_wat",
                        column: x => x.watch_list_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_watch_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_webhook_deliveries",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    subscription_id = table.Column<long>(type: "bigint", nullable: false),
                    alert_id = table.Column<long>(type: "bigint", nullable: true),
                    @event = table.Column<string>(name: "event", type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_status_code = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_webhook_deliveries_monitoring_webhook_subscripti",
                        column: x => x.subscription_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_webhook_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_webhook_attempts",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    subscription_id = table.Column<long>(type: "bigint", nullable: false),
                    attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    excerpt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_webhook_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_webhook_attempts_monitoring_webhook_deliveries_d",
                        column: x => x.delivery_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_webhook_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_attempts_delivery_id",
                schema: "credit",
                table: "monitoring_webhook_attempts",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_attempts_subscription_id_attempted_at",
                schema: "credit",
                table: "monitoring_webhook_attempts",
                columns: new[] { "subscription_id", "attempted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_deliveries_due",
                schema: "credit",
                table: "monitoring_webhook_deliveries",
                column: "next_attempt_at",
                filter: "status = 0");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_deliveries_subscription_id_alert_id",
                schema: "credit",
                table: "monitoring_webhook_deliveries",
                columns: new[] { "subscription_id", "alert_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_deliveries_subscription_id_created_at",
                schema: "credit",
                table: "monitoring_webhook_deliveries",
                columns: new[] { "subscription_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_subscriptions_owner",
                schema: "credit",
                table: "monitoring_webhook_subscriptions",
                column: "owner",
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_subscriptions_set_watch_id",
                schema: "credit",
                table: "monitoring_webhook_subscriptions",
                column: "set_watch_id");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_webhook_subscriptions_watch_list_id",
                schema: "credit",
                table: "monitoring_webhook_subscriptions",
                column: "watch_list_id");

            // A delivery is queued in the transaction that inserts the alert, whichever code inserts it (the matcher, the
            // overdue handler, any later trigger): one statement-level trigger over the inserted rows, so no alert is
            // committed without its deliveries and a crash before sending loses nothing (the worker finds the row).
            // Summaries (trigger 99) are not sent: a business system receives every alert of a grouped set watch itself.
            migrationBuilder.Sql("""
                CREATE FUNCTION credit.monitoring_webhook_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO credit.monitoring_webhook_deliveries (subscription_id, alert_id, event, status, attempts, next_attempt_at, created_at)
                    SELECT s.id, a.id, 'alert.created', 0, 0, a.created_at, a.created_at
                    FROM new_alerts a
                    JOIN credit.monitoring_webhook_subscriptions s
                      ON s.active AND s.owner = a.owner
                     AND (s.watch_list_id IS NULL OR s.watch_list_id = a.watch_list_id)
                     AND (s.set_watch_id IS NULL OR s.set_watch_id = a.set_watch_id)
                     AND (cardinality(s.triggers) = 0 OR a.trigger = ANY (s.triggers))
                    WHERE a.trigger <> 99
                    ON CONFLICT (subscription_id, alert_id) DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER monitoring_alerts_webhooks AFTER INSERT ON credit.monitoring_alerts
                    REFERENCING NEW TABLE AS new_alerts FOR EACH STATEMENT EXECUTE FUNCTION credit.monitoring_webhook_enqueue();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS monitoring_alerts_webhooks ON credit.monitoring_alerts; DROP FUNCTION IF EXISTS credit.monitoring_webhook_enqueue();");

            migrationBuilder.DropTable(
                name: "monitoring_webhook_attempts",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_webhook_deliveries",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_webhook_subscriptions",
                schema: "credit");
        }
    }
}
