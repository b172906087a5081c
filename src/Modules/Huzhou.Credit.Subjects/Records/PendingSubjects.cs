
namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// What a subject created from a delivery (待核实) gets from its code alone: the kind from a credit code's
/// prefix, the district from the code's division (a credit code's registering authority, an ID number's
/// address code): a Huzhou district when the division is one, otherwise the city (330500).
/// </summary>
internal static class PendingSubjects
{
    public const string CityDistrict = "330500";

    private static readonly HashSet<string> HuzhouDistricts = new(StringComparer.Ordinal)
    {
        "330502", "330503", "330521", "330522", "330523",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HuzhouDistrictsBySpan =
        HuzhouDistricts.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string DistrictOf(string divisionCode) => DistrictOf(divisionCode.AsSpan());

    /// <summary>As <see cref="DistrictOf(string)"/>, for a division read in place (positions 3-8 of a credit code).</summary>
    public static string DistrictOf(ReadOnlySpan<char> divisionCode) =>
        HuzhouDistrictsBySpan.TryGetValue(divisionCode, out var district) ? district : CityDistrict;
}
