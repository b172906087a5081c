using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huzhou.Credit.Lists.Persistence.Migrations
{
    /// <summary>
    /// Issue #26 §2/§3: the day an entry's obligation was met (<c>obligation_met_on</c>: wage arrears paid), the list
    /// types whose early exit counts from it (<c>early_exit_counts_from</c>: 拖欠农民工工资 counts from 清偿拖欠工资), and
    /// 失信被执行人 without a computed validity (the court delivers each entry's period).
    /// </summary>
    internal partial class ListExitRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "obligation_met_on",
                schema: "credit",
                table: "list_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "early_exit_counts_from",
                schema: "credit",
                table: "list_types",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE credit.list_types
                   SET early_exit_counts_from = '清偿拖欠工资',
                       early_exit_conditions = '已改正拖欠工资违法行为（清偿全部拖欠工资），且自改正之日起满六个月未再发生拖欠的，可申请提前移出。'
                 WHERE code = 'TQNMGGZ';
                UPDATE credit.list_types SET validity_months = NULL WHERE code = 'SXBZXR';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE credit.list_types SET validity_months = 24 WHERE code = 'SXBZXR';");

            migrationBuilder.DropColumn(
                name: "obligation_met_on",
                schema: "credit",
                table: "list_entries");

            migrationBuilder.DropColumn(
                name: "early_exit_counts_from",
                schema: "credit",
                table: "list_types");
        }
    }
}
