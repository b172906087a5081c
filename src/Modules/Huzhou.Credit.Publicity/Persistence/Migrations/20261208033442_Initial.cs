using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Publicity.Persistence.Migrations
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
                name: "publicity_columns",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    slug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    content_version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_columns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "publicity_articles",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    column_id = table.Column<long>(type: "bigint", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_articles", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_articles_publicity_columns_column_id",
                        column: x => x.column_id,
                        principalSchema: "credit",
                        principalTable: "publicity_columns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_article_changes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    from_status = table.Column<short>(type: "smallint", nullable: true),
                    to_status = table.Column<short>(type: "smallint", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_article_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_article_changes_publicity_articles_article_id",
                        column: x => x.article_id,
                        principalSchema: "credit",
                        principalTable: "publicity_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_article_versions",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_article_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_article_versions_publicity_articles_article_id",
                        column: x => x.article_id,
                        principalSchema: "credit",
                        principalTable: "publicity_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_attachments",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_attachments_publicity_articles_article_id",
                        column: x => x.article_id,
                        principalSchema: "credit",
                        principalTable: "publicity_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_publicity_article_changes_article_id",
                schema: "credit",
                table: "publicity_article_changes",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_article_versions_article_id_number",
                schema: "credit",
                table: "publicity_article_versions",
                columns: new[] { "article_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_publicity_articles_department_code_status_updated_at",
                schema: "credit",
                table: "publicity_articles",
                columns: new[] { "department_code", "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_publicity_articles_public",
                schema: "credit",
                table: "publicity_articles",
                columns: new[] { "column_id", "published_at", "id" },
                descending: new[] { false, true, true },
                filter: "status = 3");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_articles_scheduled",
                schema: "credit",
                table: "publicity_articles",
                column: "scheduled_at",
                filter: "status = 5");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_articles_status_updated_at",
                schema: "credit",
                table: "publicity_articles",
                columns: new[] { "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_publicity_attachments_article_id",
                schema: "credit",
                table: "publicity_attachments",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_columns_slug",
                schema: "credit",
                table: "publicity_columns",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "publicity_article_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_article_versions",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_attachments",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_articles",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "publicity_columns",
                schema: "credit");
        }
    }
}
