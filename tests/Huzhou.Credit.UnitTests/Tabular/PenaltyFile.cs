using System.Text;

namespace Huzhou.Credit.UnitTests.Tabular;

/// <summary>The double-publicity penalty columns (domain.md §2) and sample rows as departments deliver them.</summary>
internal static class PenaltyFile
{
    public static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)",
        "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)",
        "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型",
        "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期",
        "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
        "数据来源单位统一社会信用代码", "备注",
    ];

    public static int Column(string header) => Array.IndexOf(Headers, header);

    /// <summary>One penalty row; <paramref name="n"/> makes the name, document number and amount unique.</summary>
    public static string[] Row(int n) =>
    [
        $"湖州市吴兴区某某建材有限公司{n}", "02", "91330502MA2B3C4D5E", "", "", "", "", "", "张三", "01",
        "", "", "", $"湖市监处罚〔2025〕{n}号", "违反价格管理规定", "未明码标价", "《中华人民共和国价格法》第四十二条",
        "罚款", "罚款人民币五千元", (n % 100 / 10m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "0", "", "2025-03-15", "2026-03-15", "2026-03-15", "湖州市市场监督管理局", "11330500002608837X",
        "湖州市市场监督管理局", "11330500002608837X", "",
    ];

    public static string CsvLine(IEnumerable<string> cells, char delimiter = ',') =>
        string.Join(delimiter, cells.Select(c => c.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    public static string Csv(params string[][] rows) =>
        string.Concat(new[] { Headers }.Concat(rows).Select(r => CsvLine(r) + "\r\n"));

    public static byte[] Bytes(string text, Encoding encoding, bool withBom) =>
        withBom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
}
