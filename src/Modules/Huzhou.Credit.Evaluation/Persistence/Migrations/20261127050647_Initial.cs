using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Evaluation.Persistence.Migrations
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
                name: "evaluation_dirty_subjects",
                schema: "credit",
                columns: table => new
                {
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_dirty_subjects", x => x.subject_id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_fields",
                schema: "credit",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    department_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    industry_sections = table.Column<string[]>(type: "text[]", nullable: false),
                    name_keywords = table.Column<string[]>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_fields", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_grade_changes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    field_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    old_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    new_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    old_score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    new_score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    model_version = table.Column<int>(type: "integer", nullable: true),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_grade_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_results",
                schema: "credit",
                columns: table => new
                {
                    field_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    model_version = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    points = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    facts = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    counts = table.Column<int[]>(type: "integer[]", nullable: false),
                    adjustment = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_results", x => new { x.field_code, x.subject_id });
                });

            migrationBuilder.CreateTable(
                name: "evaluation_runs",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    field_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    buckets_done = table.Column<int>(type: "integer", nullable: false),
                    bucket_total = table.Column<int>(type: "integer", nullable: false),
                    subjects_scored = table.Column<long>(type: "bigint", nullable: false),
                    grades_changed = table.Column<long>(type: "bigint", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_models",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    field_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_models", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_models_evaluation_fields_field_code",
                        column: x => x.field_code,
                        principalSchema: "credit",
                        principalTable: "evaluation_fields",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_grade_changes_run_id",
                schema: "credit",
                table: "evaluation_grade_changes",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_grade_changes_subject_id_changed_at",
                schema: "credit",
                table: "evaluation_grade_changes",
                columns: new[] { "subject_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_models_field_code_version",
                schema: "credit",
                table: "evaluation_models",
                columns: new[] { "field_code", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_evaluation_models_published",
                schema: "credit",
                table: "evaluation_models",
                column: "field_code",
                unique: true,
                filter: "status = 2");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_results_field_code_grade_score",
                schema: "credit",
                table: "evaluation_results",
                columns: new[] { "field_code", "grade", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_results_field_code_run_id",
                schema: "credit",
                table: "evaluation_results",
                columns: new[] { "field_code", "run_id" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_results_subject_id",
                schema: "credit",
                table: "evaluation_results",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_runs_started_at",
                schema: "credit",
                table: "evaluation_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_dirty_subjects",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "evaluation_grade_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "evaluation_models",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "evaluation_results",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "evaluation_runs",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "evaluation_fields",
                schema: "credit");
        }
    }
}
