namespace Huzhou.Credit.Collection.Features;

internal sealed class PullFeed
{
    public string DepartmentCode { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public string Url { get; set; } = "";
}
