using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
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
                name: "subject_count_snapshots",
                schema: "credit",
                columns: table => new
                {
                    snapshot_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    subject_count = table.Column<long>(type: "bigint", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subject_count_snapshots", x => new { x.snapshot_date, x.kind, x.district_code });
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    kind_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    uscc = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: true),
                    uscc_check_warning = table.Column<bool>(type: "boolean", nullable: false),
                    uscc_warning_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    legal_representative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_capital = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    industry_code = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    id_number_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_index = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    birth_year = table.Column<short>(type: "smallint", nullable: true),
                    sex = table.Column<short>(type: "smallint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subjects", x => x.id);
                    table.CheckConstraint("ck_subjects_identifier", "(kind = 5 AND id_number_index IS NOT NULL AND uscc IS NULL) OR (kind <> 5 AND uscc IS NOT NULL AND id_number_index IS NULL)");
                    table.CheckConstraint("ck_subjects_warning_reason", "NOT uscc_check_warning OR uscc_warning_reason IS NOT NULL");
                });

            migrationBuilder.CreateTable(
                name: "subject_changes",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    old_value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    new_value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subject_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_subject_changes_subjects_subject_id",
                        column: x => x.subject_id,
                        principalSchema: "credit",
                        principalTable: "subjects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_subject_changes_subject_id_changed_at",
                schema: "credit",
                table: "subject_changes",
                columns: new[] { "subject_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subjects_district_code_kind",
                schema: "credit",
                table: "subjects",
                columns: new[] { "district_code", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_subjects_id_number_index",
                schema: "credit",
                table: "subjects",
                column: "id_number_index",
                unique: true,
                filter: "id_number_index IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subjects_uscc",
                schema: "credit",
                table: "subjects",
                column: "uscc",
                unique: true,
                filter: "uscc IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subjects_uscc_check_warning",
                schema: "credit",
                table: "subjects",
                column: "uscc_check_warning",
                filter: "uscc_check_warning");

            // Name search by any fragment of two or more characters (Chinese names have no word breaks):
            // an immutable function yields a name's distinct character bigrams and a GIN index answers
            // "contains every bigram of the fragment"; LIKE then confirms the fragment is contiguous.
            migrationBuilder.Sql("""
                CREATE FUNCTION credit.cjk_bigrams(t text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}')
                    FROM generate_series(1, char_length(t) - 1) AS i
                $$;
                CREATE INDEX ix_subjects_name_bigrams ON credit.subjects USING gin (credit.cjk_bigrams(name));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS credit.ix_subjects_name_bigrams; DROP FUNCTION IF EXISTS credit.cjk_bigrams(text);");
            migrationBuilder.DropTable(
                name: "subject_changes",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "subject_count_snapshots",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "subjects",
                schema: "credit");
        }
    }
}
