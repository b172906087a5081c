namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// A watch over a set of subjects (a district, a list type, an industry field with a grade band). Matching is by
/// <see cref="DistrictCode"/> for districts and by <see cref="Tags"/> otherwise: <c>L:</c>list type, <c>F:</c>field, or
/// <c>F:</c>field<c>:</c>grade, compared with the tags the handler gives each subject from the owning modules' facts.
/// </summary>
internal sealed class SetWatch
{
    public long Id { get; set; }

    public long WatchListId { get; set; }

    public SetWatchKind Kind { get; set; }

    public string? DistrictCode { get; set; }

    public string[] Tags { get; set; } = [];

    /// <summary>What it watches, in Chinese (长兴县, 失信被执行人名单, 建筑业 C/D 级).</summary>
    public string Label { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
