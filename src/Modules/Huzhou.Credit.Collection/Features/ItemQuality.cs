namespace Huzhou.Credit.Collection.Features;

/// <summary>One catalogue item of a department's scorecard: its quality in the period and its delivery standing.</summary>
internal sealed record ItemQuality(string ItemCode, string ItemName, bool IsExpected, DepartmentQuality Quality, ProviderDue? Due)
{
    /// <summary>How bad the item is, for the 最差信息项 ordering: expected but not delivered, then the lower of 合规率 and 及时率.</summary>
    public double Badness => (IsExpected && Quality.Batches == 0 ? 2 : 0) + (Due?.IsOverdue == true ? 1 : 0) + 1 - Math.Min(Quality.ComplianceRate, Quality.TimelinessRate);
}
