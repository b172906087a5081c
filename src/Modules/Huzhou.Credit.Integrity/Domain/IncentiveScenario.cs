namespace Huzhou.Credit.Integrity.Domain;

/// <summary>An incentive scenario (守信激励场景) an integrity level opens.</summary>
internal sealed class IncentiveScenario
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>One of the 13 categories (交通出行, 文化旅游 ...).</summary>
    public string Category { get; set; } = "";

    public string Name { get; set; } = "";

    public string Provider { get; set; } = "";

    /// <summary>The lowest level that opens it (scenarios open by level only: the code carries no score).</summary>
    public int MinLevel { get; set; }

    public string Benefit { get; set; } = "";

    public bool Active { get; set; } = true;
}
