namespace Huzhou.Credit.Repair.Domain;

/// <summary>One step of an application: who, when, what and why.</summary>
internal sealed class RepairStep
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public RepairStepKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff user, or the organisation's handler (企业经办人 name shown to staff only).</summary>
    public string Actor { get; set; } = "";

    public string? Note { get; set; }
}
