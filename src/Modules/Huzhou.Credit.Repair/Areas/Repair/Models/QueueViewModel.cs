namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record QueueViewModel(IReadOnlyList<QueueRow> Rows, RepairStatistics Statistics, bool MayExecute, string Scope);
