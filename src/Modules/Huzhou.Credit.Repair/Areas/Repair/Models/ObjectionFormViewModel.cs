namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record ObjectionFormViewModel(Huzhou.Credit.Contracts.Records.RepairableRecord Record, string? Claim, string? Error);
