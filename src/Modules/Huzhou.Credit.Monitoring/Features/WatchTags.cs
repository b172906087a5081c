namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The tags set watches match on: a list type, an industry field, a field's grade, a supervising department, a saved search.</summary>
internal static class WatchTags
{
    public static string List(string listTypeCode) => "L:" + listTypeCode;

    public static string Field(string fieldCode) => "F:" + fieldCode;

    public static string Grade(string fieldCode, string grade) => "F:" + fieldCode + ":" + grade;

    /// <summary>A subject graded in a field this department supervises.</summary>
    public static string Department(string departmentCode) => "D:" + departmentCode;

    /// <summary>A saved registry search: the district (empty for any) and the name fragment.</summary>
    public static string Search(string? districtCode, string fragment) => "S:" + (districtCode ?? "") + ":" + fragment;

    /// <summary>The search a <see cref="Search"/> tag names, or null for another tag.</summary>
    public static (string? District, string Fragment)? ParseSearch(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var parts = tag.Split(':', 3);
        return parts.Length == 3 && parts[0] == "S" ? (parts[1].Length == 0 ? null : parts[1], parts[2]) : null;
    }
}
