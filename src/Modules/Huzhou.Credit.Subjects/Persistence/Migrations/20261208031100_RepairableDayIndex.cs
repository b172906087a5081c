using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Subjects.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class RepairableDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "The day a penalty becomes repairable" (IRepairableDays, the monitoring job monitoring:repairable-day): active
            // records by the end of their minimum publicity period, without the records that have none.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_credit_records_minimum_end ON credit.credit_records (publicity_minimum_end) WHERE status = 1 AND publicity_minimum_end IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS credit.ix_credit_records_minimum_end;");
        }
    }
}
