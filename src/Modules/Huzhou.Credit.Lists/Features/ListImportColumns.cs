using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The standard columns (Chinese headers) and the few obvious other names platforms and spreadsheets use for them.
/// A header matches a column by its name or an alias, ignoring spaces and the width of brackets, or as the name
/// followed by a bracketed note (统一社会信用代码（身份证号码）). Other headers are ignored and listed.
/// </summary>
internal static class ListImportColumns
{
    public static IReadOnlyList<ImportColumnDefinition> All { get; } =
    [
        new(ImportColumn.ListType, "名单类型", true, null, "名单类别代码（如 SXBZXR）或名单名称（如 失信被执行人）",
            ["名单类别", "名单名称", "名单类型代码", "名单类别代码", "名单代码"]),
        new(ImportColumn.SubjectName, "主体名称", true, 200, "与主体库登记的名称一致",
            ["失信主体名称", "当事人名称", "企业名称", "单位名称", "被执行人名称", "被执行人姓名/名称", "名称", "姓名/名称"]),
        new(ImportColumn.SubjectCode, "统一社会信用代码或身份证号码", true, null, "主体库中已登记的主体",
            ["统一社会信用代码", "统一社会信用代码/身份证号码", "身份证号码", "证件号码", "主体代码", "代码"]),
        new(ImportColumn.DocumentNumber, "认定文书号", true, 100, "同一名单、同一主体、同一文书号只列入一次",
            ["认定文书编号", "决定文书号", "决定书文号", "文书号", "执行案号", "案号"]),
        new(ImportColumn.DecidingAuthority, "认定机关", true, 200, "",
            ["认定部门", "认定单位", "决定机关", "作出决定机关", "执行法院"]),
        new(ImportColumn.DecisionDate, "认定日期", true, null, "不晚于今天",
            ["决定日期", "认定时间", "作出决定日期"]),
        new(ImportColumn.EffectiveFrom, "列入日期", true, null, "不早于认定日期，不晚于今天",
            ["列入时间", "生效日期", "公布日期", "发布时间"]),
        new(ImportColumn.ExpiresOn, "有效期至", false, null, "留空按名单类别的有效期计算；须晚于列入日期",
            ["有效期截止日期", "有效期截止", "截止日期", "移出日期"]),
        new(ImportColumn.Basis, "认定依据", false, 1000, "留空取名单类别的认定依据",
            ["列入依据", "法律依据", "依据"]),
        new(ImportColumn.Reason, "列入事由", false, 1000, "留空写明认定机关和文书号",
            ["列入原因", "失信行为", "失信情形", "主要失信事实", "事由"]),
        new(ImportColumn.DecidingAuthorityCode, "认定机关统一社会信用代码", false, null, "",
            ["认定机关代码", "认定部门统一社会信用代码"]),
    ];

    public static ImportColumnDefinition Of(ImportColumn column) => All[(int)column];

    public static string Header(ImportColumn column) => All[(int)column].Header;

    /// <summary>
    /// For each standard column (indexed by <see cref="ImportColumn"/>), its position among <paramref name="headers"/>
    /// or -1; the required columns the file lacks; the headers that matched nothing.
    /// </summary>
    public static (int[] Positions, IReadOnlyList<string> MissingRequired, IReadOnlyList<string> Ignored) Map(IReadOnlyList<string> headers)
    {
        var normalised = headers.Select(CellText.NormaliseHeader).ToArray();
        var used = new bool[headers.Count];
        var positions = new int[All.Count];
        foreach (var definition in All)
        {
            var names = definition.Aliases.Prepend(definition.Header).Select(CellText.NormaliseHeader).ToArray();
            var at = Find(normalised, used, names, (header, name) => header == name);
            if (at < 0)
            {
                at = Find(normalised, used, names, (header, name) => header.Length > name.Length && header.StartsWith(name, StringComparison.Ordinal) && header[name.Length] == '(');
            }

            positions[(int)definition.Column] = at;
            if (at >= 0)
            {
                used[at] = true;
            }
        }

        var missing = All.Where(d => d.Required && positions[(int)d.Column] < 0).Select(d => d.Header).ToList();
        var ignored = headers.Where((h, i) => !used[i] && h.Length > 0).ToList();
        return (positions, missing, ignored);
    }

    private static int Find(string[] headers, bool[] used, string[] names, Func<string, string, bool> matches)
    {
        // Names in order of preference: the standard header first, then the aliases.
        foreach (var name in names)
        {
            for (var i = 0; i < headers.Length; i++)
            {
                if (!used[i] && matches(headers[i], name))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
