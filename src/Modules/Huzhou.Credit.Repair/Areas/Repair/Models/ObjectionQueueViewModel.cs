using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record ObjectionQueueViewModel(IReadOnlyList<(Objection Objection, string Countdown, bool Late)> Rows);
