using Huzhou.Credit.Repair.Domain;

namespace Huzhou.Credit.Repair.Features;

/// <summary>Deadlines and limits of the repair workflow (configuration <c>Repair</c>).</summary>
internal sealed class RepairOptions
{
    /// <summary>N: working days the deciding department has to accept or refuse.</summary>
    public int AcceptWithinWorkingDays { get; set; } = 3;

    /// <summary>M: working days to approve or deny once accepted.</summary>
    public int DecideWithinWorkingDays { get; set; } = 7;

    /// <summary>The one extension of M, with a reason.</summary>
    public int ExtensionWorkingDays { get; set; } = 10;

    /// <summary>Working days the provider department has to verify an objection (异议申诉).</summary>
    public int ObjectionWithinWorkingDays { get; set; } = 10;

    public long MaxMaterialBytes { get; set; } = 10 * 1024 * 1024;

    public RepairExclusions Exclusions { get; set; } = new();
}
