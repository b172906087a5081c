using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Commitments.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "credit");

            migrationBuilder.CreateSequence(
                name: "commitment_numbers",
                schema: "credit");

            migrationBuilder.CreateTable(
                name: "commitment_templates",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<short>(type: "smallint", nullable: false),
                    matter = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    term_months = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    number = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: false),
                    is_person = table.Column<bool>(type: "boolean", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    display_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    type = table.Column<short>(type: "smallint", nullable: false),
                    matter = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    department_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<short>(type: "smallint", nullable: false),
                    source = table.Column<short>(type: "smallint", nullable: false),
                    signed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    template_id = table.Column<long>(type: "bigint", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    verification_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    evidence_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    evidence_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    breach_number = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commitment_evidence",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    commitment_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitment_evidence_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalSchema: "credit",
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitment_evidence_commitment_id",
                schema: "credit",
                table: "commitment_evidence",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitment_templates_code",
                schema: "credit",
                table: "commitment_templates",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_department_code_status_due_on",
                schema: "credit",
                table: "commitments",
                columns: new[] { "department_code", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_number",
                schema: "credit",
                table: "commitments",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_status_due_on",
                schema: "credit",
                table: "commitments",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_subject_id_number",
                schema: "credit",
                table: "commitments",
                columns: new[] { "subject_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commitments_subject_id_status",
                schema: "credit",
                table: "commitments",
                columns: new[] { "subject_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitment_evidence",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "commitment_templates",
                schema: "credit");

            migrationBuilder.DropTable(
                name: "commitments",
                schema: "credit");

            migrationBuilder.DropSequence(
                name: "commitment_numbers",
                schema: "credit");
        }
    }
}
