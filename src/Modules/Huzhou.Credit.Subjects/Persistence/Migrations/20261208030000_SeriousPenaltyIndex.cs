using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <summary>
    /// <c>ix_credit_records_serious</c>: the serious penalties (penalty class 3) by decision date, with what the monitoring
    /// thresholds count (<c>ICreditRecordAggregates</c>): a month of a city's serious penalties is an index range on each
    /// partition, never a scan of the records. Partial, so deliveries of other classes never touch it. No model change.
    /// </summary>
    [DbContext(typeof(SubjectsDbContext))]
    [Migration("20261208030000_SeriousPenaltyIndex")]
    internal partial class SeriousPenaltyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE INDEX IF NOT EXISTS ix_credit_records_serious ON credit.credit_records (decision_date)
                    INCLUDE (subject_id, status) WHERE penalty_class = 3;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS credit.ix_credit_records_serious;");
        }
    }
}
