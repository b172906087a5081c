namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record RepairStatistics(int Applications, int Executed, int Approved, int Denied, int Refused, int Open, double? ApprovalRate, double? MeanAcceptDays, double? MeanDecideDays);
