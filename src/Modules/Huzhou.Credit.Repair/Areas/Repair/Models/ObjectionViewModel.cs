using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record ObjectionViewModel(Objection Objection, Huzhou.Credit.Contracts.Records.RepairableRecord? Record, string Countdown, bool MayDecide);
