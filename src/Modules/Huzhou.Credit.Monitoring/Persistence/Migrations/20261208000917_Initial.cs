using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Monitoring.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "monitoring_alerts",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    owner = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    watch_list_id = table.Column<long>(type: "bigint", nullable: false),
                    set_watch_id = table.Column<long>(type: "bigint", nullable: true),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    is_person = table.Column<bool>(type: "boolean", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    trigger = table.Column<short>(type: "smallint", nullable: false),
                    fact_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    serious = table.Column<bool>(type: "boolean", nullable: false),
                    link = table.Column<short>(type: "smallint", nullable: false),
                    link_id = table.Column<long>(type: "bigint", nullable: true),
                    link_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    summary_id = table.Column<long>(type: "bigint", nullable: true),
                    subject_count = table.Column<int>(type: "integer", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    read_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    acknowledge_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    assigned_to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    mailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_mail_preferences",
                schema: "credit",
                columns: table => new
                {
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    mode = table.Column<short>(type: "smallint", nullable: false),
                    last_digest_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_mail_preferences", x => x.user_name);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_watch_lists",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    owner = table.Column<string>(type: "character varying(280)", maxLength: 280, nullable: false),
                    owner_department = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    owner_user = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    scope_district = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_watch_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_set_watches",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    watch_list_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_set_watches", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_set_watches_monitoring_watch_lists_watch_list_id",
                        column: x => x.watch_list_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_watch_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_watch_items",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    watch_list_id = table.Column<long>(type: "bigint", nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: true),
                    lookup_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    display_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    is_person = table.Column<bool>(type: "boolean", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    added_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monitoring_watch_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_watch_items_monitoring_watch_lists_watch_list_id",
                        column: x => x.watch_list_id,
                        principalSchema: "credit",
                        principalTable: "monitoring_watch_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_inbox",
                schema: "credit",
                table: "monitoring_alerts",
                columns: new[] { "owner", "created_at" },
                filter: "summary_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_owner_subject_id_trigger_fact_key",
                schema: "credit",
                table: "monitoring_alerts",
                columns: new[] { "owner", "subject_id", "trigger", "fact_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_subject_id",
                schema: "credit",
                table: "monitoring_alerts",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_alerts_summary_id",
                schema: "credit",
                table: "monitoring_alerts",
                column: "summary_id",
                filter: "summary_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_set_watches_watch_list_id",
                schema: "credit",
                table: "monitoring_set_watches",
                column: "watch_list_id");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_watch_items_pending_key",
                schema: "credit",
                table: "monitoring_watch_items",
                column: "lookup_key",
                filter: "subject_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_watch_items_subject_id",
                schema: "credit",
                table: "monitoring_watch_items",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_watch_items_watch_list_id_lookup_key",
                schema: "credit",
                table: "monitoring_watch_items",
                columns: new[] { "watch_list_id", "lookup_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_watch_lists_owner",
                schema: "credit",
                table: "monitoring_watch_lists",
                column: "owner");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_alerts",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_mail_preferences",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_set_watches",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_watch_items",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "monitoring_watch_lists",
                schema: "credit");
        }
    }
}
