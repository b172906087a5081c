namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal static class Percent
{
    public static string Of(double rate) => (rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
