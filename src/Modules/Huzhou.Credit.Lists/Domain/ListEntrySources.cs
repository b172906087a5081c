namespace Huzhou.Credit.Lists.Domain;

internal static class ListEntrySources
{
    /// <summary>The platforms a file can be imported from, in the order the import form offers them.</summary>
    public static IReadOnlyList<ListEntrySource> Platforms { get; } = [ListEntrySource.ProvincialPlatform, ListEntrySource.NationalPlatform];

    public static string DisplayName(ListEntrySource source) => source switch
    {
        ListEntrySource.Local => "本地认定（部门提出、信用办审核）",
        ListEntrySource.ProvincialPlatform => "省公共信用信息平台",
        ListEntrySource.NationalPlatform => "全国信用信息共享平台",
        _ => source.ToString(),
    };

    /// <summary>The change-history reason of an entry imported in force from <paramref name="source"/>.</summary>
    public static string ImportReason(ListEntrySource source) =>
        source == ListEntrySource.NationalPlatform ? "国家平台推送，直接列入" : "省平台推送，直接列入";
}
