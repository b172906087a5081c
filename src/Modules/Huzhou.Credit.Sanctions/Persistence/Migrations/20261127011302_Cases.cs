using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sanction_cases",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    check_id = table.Column<long>(type: "bigint", nullable: false),
                    caller = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject_id = table.Column<long>(type: "bigint", nullable: true),
                    subject_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    matter_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    domain = table.Column<short>(type: "smallint", nullable: false),
                    measure_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(100)", maxLength: 100, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sanction_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_sanction_cases_sanction_checks_check_id",
                        column: x => x.check_id,
                        principalSchema: "credit",
                        principalTable: "sanction_checks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sanction_cases_check_id",
                schema: "credit",
                table: "sanction_cases",
                column: "check_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sanction_cases_received_at",
                schema: "credit",
                table: "sanction_cases",
                column: "received_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sanction_cases",
                schema: "credit");
        }
    }
}
