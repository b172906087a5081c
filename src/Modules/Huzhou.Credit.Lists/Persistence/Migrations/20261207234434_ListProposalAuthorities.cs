using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <summary>
    /// Issue #26 §3: the departments that are an authority for each list type and may propose on it
    /// (<c>list_types.authority_departments</c>, set here for the standard types an installation already has — new
    /// installations get them from <c>StandardListTypes</c>); the credit record a proposal was based on
    /// (<c>list_entries.basis_record_id</c> and its summary); the decision document attached to a proposal
    /// (<c>list_entry_documents</c>).
    /// </summary>
    internal partial class ListProposalAuthorities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "authority_departments",
                schema: "credit",
                table: "list_types",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<long>(
                name: "basis_record_id",
                schema: "credit",
                table: "list_entries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "basis_record_summary",
                schema: "credit",
                table: "list_entries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "list_entry_documents",
                schema: "credit",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_entry_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_entry_documents_list_entries_entry_id",
                        column: x => x.entry_id,
                        principalSchema: "credit",
                        principalTable: "list_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_list_entry_documents_entry_id",
                schema: "credit",
                table: "list_entry_documents",
                column: "entry_id",
                unique: true);

            migrationBuilder.Sql(StandardAuthoritiesSql);
        }

        /// <summary>The reference authorities of the standard list types (the same as <c>StandardListTypes</c>); only where none are set.</summary>
        internal const string StandardAuthoritiesSql = """
            UPDATE credit.list_types t SET authority_departments = a.departments
              FROM (VALUES
                ('SXBZXR',   ARRAY['HZ-ZY','WX-FY','NX-FY','DQ-FY','CX-FY','AJ-FY']),
                ('ZDSSWF',   ARRAY['HZ-SW','WX-SW','NX-SW','DQ-SW','CX-SW','AJ-SW']),
                ('SJYZWF',   ARRAY['HZ-SJJ','WX-SJJ','NX-SJJ','DQ-SJJ','CX-SJJ','AJ-SJJ','NTH-SJJ']),
                ('JYYCML',   ARRAY['HZ-SJJ','WX-SJJ','NX-SJJ','DQ-SJJ','CX-SJJ','AJ-SJJ','NTH-SJJ']),
                ('TQNMGGZ',  ARRAY['HZ-RSJ','WX-RSJ','NX-RSJ','DQ-RSJ','CX-RSJ','AJ-RSJ']),
                ('AQSCYZSX', ARRAY['HZ-YJJ','WX-YJJ','NX-YJJ','DQ-YJJ','CX-YJJ','AJ-YJJ']),
                ('AJNSR',    ARRAY['HZ-SW','WX-SW','NX-SW','DQ-SW','CX-SW','AJ-SW']),
                ('HGGJRZ',   ARRAY['HZ-HG']),
                ('SHTZXY',   ARRAY['HZ-SJJ','WX-SJJ','NX-SJJ','DQ-SJJ','CX-SJJ','AJ-SJJ','NTH-SJJ']),
                ('HZCXSF',   ARRAY['HZ-FGW'])
              ) AS a(code, departments)
             WHERE t.code = a.code AND cardinality(t.authority_departments) = 0;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_entry_documents",
                schema: "credit");

            migrationBuilder.DropColumn(
                name: "authority_departments",
                schema: "credit",
                table: "list_types");

            migrationBuilder.DropColumn(
                name: "basis_record_id",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "basis_record_summary",
                schema: "credit",
                table: "list_entries");
        }
    }
}
