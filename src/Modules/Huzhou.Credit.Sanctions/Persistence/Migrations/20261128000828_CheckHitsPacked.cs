using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Sanctions.Persistence.Migrations
{
    /// <summary>
    /// The check log keeps each check's hits packed (<c>hits_packed</c>, Brotli; <c>CheckHitsPacking</c>): about 44 %
    /// of the JSON's bytes, so fewer bytes of table and WAL per check on the check API's hot path. Rows written before
    /// keep their JSON text in <c>hits</c>, which becomes nullable: no row is rewritten, so the migration takes a moment
    /// whatever the size of the log.
    /// <para>
    /// On a log that already holds millions of rows, the smaller rows written after it fit into the leftover space the
    /// free-space map knows of in older pages, until that space is used up: each such page costs a random read and a
    /// full-page image in the WAL, and the BRIN index's range for it widens to the new time. On the bench's
    /// 46-million-row log that raised the WAL per check from about 1 KB to 6.7 KB for the first million checks
    /// (docs/benchmarks.md, check API, seventh pass). A deployment with a large log can avoid it by stopping
    /// PostgreSQL after the migration and removing the table's free-space map (<c>base/&lt;db oid&gt;/&lt;relfilenode&gt;_fsm</c>;
    /// PostgreSQL rebuilds it): new rows then go to new pages again.
    /// </para>
    /// </summary>
    internal partial class CheckHitsPacked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "hits",
                schema: "credit",
                table: "sanction_checks",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "hits_packed",
                schema: "credit",
                table: "sanction_checks",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hits kept as plain JSON (first byte '[') go back to the text column; Brotli-packed ones cannot be unpacked
            // in SQL, so going back is refused while any exist (it would lose them).
            migrationBuilder.Sql("""
                UPDATE credit.sanction_checks SET hits = convert_from(hits_packed, 'UTF8')
                WHERE hits IS NULL AND get_byte(hits_packed, 0) = 91;
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM credit.sanction_checks WHERE hits IS NULL) THEN
                        RAISE EXCEPTION 'credit.sanction_checks holds checks whose hits are Brotli-packed; they cannot be unpacked in SQL';
                    END IF;
                END $$;
                """);

            migrationBuilder.DropColumn(
                name: "hits_packed",
                schema: "credit",
                table: "sanction_checks");

            migrationBuilder.AlterColumn<string>(
                name: "hits",
                schema: "credit",
                table: "sanction_checks",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
