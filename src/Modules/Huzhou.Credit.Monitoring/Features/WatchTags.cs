namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The tags set watches match on: a list type, an industry field, a field's grade.</summary>
internal static class WatchTags
{
    public static string List(string listTypeCode) => "L:" + listTypeCode;

    public static string Field(string fieldCode) => "F:" + fieldCode;

    public static string Grade(string fieldCode, string grade) => "F:" + fieldCode + ":" + grade;
}
