using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Areas.Repair.Models;

internal sealed record QueueRow(RepairApplication Application, string? Countdown, bool Late);
