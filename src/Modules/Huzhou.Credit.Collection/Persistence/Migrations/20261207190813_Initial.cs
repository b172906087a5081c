using System;
using Huzhou.Credit.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Collection.Persistence.Migrations
{
    /// <summary>
    /// The module's schema in one migration: its migrations up to issue #25 squashed (docs/operations.md, "Changing the
    /// database"); <c>migrate</c> rebaselines a database that has all of them applied.
    /// </summary>
    [ReplacesMigrations(
        "20261126211310_Initial",
        "20261207125828_BatchReadingNotes",
        "20261207132137_RejectionReportCells",
        "20261207133750_ColumnChoices",
        "20261207162030_BatchHeartbeat")]
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateTable(
                name: "collection_batches",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_version = table.Column<int>(type: "integer", nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    source = table.Column<short>(type: "smallint", nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    stored_path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    file_size = table.Column<long>(type: "bigint", nullable: true),
                    format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    encoding_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    received = table.Column<long>(type: "bigint", nullable: false),
                    inserted = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    subjects_created = table.Column<long>(type: "bigint", nullable: false),
                    timely = table.Column<long>(type: "bigint", nullable: false),
                    delay_days_total = table.Column<long>(type: "bigint", nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    // The default the column was added with, kept so the schema is the one the migrations before the squash built.
                    check_warnings = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    synonyms_used = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'[]'::jsonb"),
                    headers = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'[]'::jsonb"),
                    column_mapping = table.Column<string>(type: "jsonb", nullable: true),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_batches", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "collection_daily_statistics",
                schema: "credit",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    item_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    batches = table.Column<int>(type: "integer", nullable: false),
                    received = table.Column<long>(type: "bigint", nullable: false),
                    accepted = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false),
                    timely = table.Column<long>(type: "bigint", nullable: false),
                    delay_days_total = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_daily_statistics", x => new { x.day, x.department_code, x.item_code });
                });

            migrationBuilder.CreateTable(
                name: "collection_rejections",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    batch_id = table.Column<long>(type: "bigint", nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    field_label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    raw_row = table.Column<string>(type: "text", nullable: false),
                    cells = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_rejections", x => x.id);
                    table.ForeignKey(
                        name: "fk_collection_rejections_collection_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "credit",
                        principalTable: "collection_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collection_batches_created_at",
                schema: "credit",
                table: "collection_batches",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_collection_batches_department_code_created_at",
                schema: "credit",
                table: "collection_batches",
                columns: new[] { "department_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_collection_column_mappings_department_code_item_code_header",
                schema: "credit",
                table: "collection_column_mappings",
                columns: new[] { "department_code", "item_code", "header" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collection_rejections_batch_id_row_number",
                schema: "credit",
                table: "collection_rejections",
                columns: new[] { "batch_id", "row_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collection_column_mappings",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "collection_daily_statistics",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "collection_rejections",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "collection_batches",
                schema: "credit");
        }
    }
}
