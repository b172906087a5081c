namespace Huzhou.Credit.Repair.Domain;

/// <summary>Local exclusions (地方性限制), configuration under <c>Repair:Exclusions</c>; all off by default.</summary>
internal sealed class RepairExclusions
{
    /// <summary>Refuse a subject that already had this many repairs within five years (0: off).</summary>
    public int MaxRepairsInFiveYears { get; set; }

    /// <summary>Refuse a subject whose last repair is less than a year old.</summary>
    public bool OneYearSinceLastRepair { get; set; }

    /// <summary>Departments whose records are not repaired early (e.g. HZ-STHJJ for environment).</summary>
    public List<string> ExcludedDepartments { get; set; } = [];
}
