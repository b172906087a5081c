
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>A point rule (积分规则): an event and its points, positive or negative.</summary>
internal sealed class PointRule
{
    public long Id { get; set; }

    public long SchemeId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>加分 / 扣分 grouping shown on the pages, e.g. 诚信经营, 邻里和睦, 遵纪守法.</summary>
    public string Category { get; set; } = "";

    public int Points { get; set; }

    public PointRuleSource Source { get; set; }

    /// <summary>For <see cref="PointRuleSource.CreditRecord"/>: the catalogue item whose records score (XZCF, BZRY, XYWN, ZYFW ...).</summary>
    public string? ItemCode { get; set; }

    /// <summary>At most this many events of the rule per member and year (null: no limit).</summary>
    public int? MaxTimesPerYear { get; set; }

    public bool Active { get; set; } = true;
}
