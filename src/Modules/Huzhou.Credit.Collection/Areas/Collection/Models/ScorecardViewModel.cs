using Huzhou.Credit.Collection.Features;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record ScorecardViewModel(DepartmentScorecard Card, bool IsCreditOffice, int Months)
{
    /// <summary>The bar width of a rate in the trend chart's 0..200 scale (SVG attributes, not inline styles: the CSP forbids those).</summary>
    public static string Bar(double rate) => Math.Round(Math.Clamp(rate, 0, 1) * 200).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
