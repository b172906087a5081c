using System.Globalization;
using System.Text;
using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// The demo's delivery files, as departments really send them: GB18030 CSV with the standard Chinese headers, decisions
/// 0..MaxLagDays calendar days before the delivery (history rows in 2023–2024), the department's usual mistakes at their
/// row indexes (a short credit code, an impossible date, a missing document number), document numbers unique per
/// department, item and batch.
/// </summary>
internal static class DemoFiles
{
    private static readonly string[] PenaltyHeaders =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    private static readonly string[] LicenceHeaders =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号",
        "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位",
        "数据来源单位统一社会信用代码", "备注",
    ];

    private static readonly string[] CertificateHeaders =
        ["持证主体名称", "统一社会信用代码", "身份证号码", "证照名称", "证照编号", "资质等级", "颁发机关", "发证日期", "有效期至", "证照状态"];

    private static readonly string[] InspectionHeaders =
        ["主体名称", "统一社会信用代码", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查事项", "抽查机关", "抽查完成日期", "抽查结果"];

    /// <summary>The file of one batch of <paramref name="delivery"/> about <paramref name="organisations"/>.</summary>
    public static byte[] Batch(DemoDelivery delivery, DemoAuthority authority, List<OrganisationEntry> organisations, Random random, DateOnly deliveredOn, int batchIndex)
    {
        var headers = delivery.ItemCode switch
        {
            "XZCF" => PenaltyHeaders,
            "XZXK" => LicenceHeaders,
            "ZZXX" => CertificateHeaders,
            "SSJCC" => InspectionHeaders,
            _ => throw new ArgumentOutOfRangeException(nameof(delivery), delivery.ItemCode, "演示数据没有该目录项的样例。"),
        };
        var text = new StringBuilder();
        text.Append(string.Join(',', headers)).Append("\r\n");
        var historyRows = batchIndex == 0 ? delivery.HistoryRows : 0;
        for (var i = 0; i < organisations.Count; i++)
        {
            var org = organisations[i];
            // Most decisions arrive within a few days; the lag is skewed towards the department's usual pace.
            var lag = (int)Math.Round(Math.Pow(random.NextDouble(), 2) * delivery.MaxLagDays);
            var decision = i < historyRows ? new DateOnly(2023, 3, 1).AddDays(random.Next(600)) : deliveredOn.AddDays(-lag);
            var row = new Row(org, decision, Array.IndexOf(delivery.Errors, i), $"{batchIndex + 1}{i + 100:D3}");
            var cells = delivery.ItemCode switch
            {
                "XZCF" => Penalty(row, authority, random),
                "XZXK" => Licence(row, authority, random),
                "ZZXX" => Certificate(row, authority, random),
                _ => Inspection(row, authority, random),
            };
            text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text.ToString());
    }

    private static string[] Penalty(Row row, DemoAuthority a, Random random)
    {
        var cases = DemoCases.Penalties[a.Department];
        var c = cases[random.Next(cases.Length)];
        var org = row.Organisation;
        return
        [
            org.Name, "02", row.Code, "", "", "", "", "", org.LegalRepresentative ?? "", "01", RepresentativeIdOf(org), "", "",
            row.Number(a.PenaltyPrefix), c.Act, $"经查，当事人{c.Act}，事实清楚，证据确凿。", c.Basis, c.Kinds, c.Content, c.Fine, "", "",
            row.Date, row.Date, "", a.Name, a.Code, a.Name, a.Code, "", c.Procedure,
        ];
    }

    private static string[] Licence(Row row, DemoAuthority a, Random random)
    {
        var kinds = DemoCases.Licences[a.Department];
        var k = kinds[random.Next(kinds.Length)];
        var org = row.Organisation;
        var until = row.Decision.AddYears(5).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            org.Name, "02", row.Code, "", "", "", "", "", org.LegalRepresentative ?? "", "01", RepresentativeIdOf(org), "", "",
            k.Document, row.Number($"{a.Prefix}许"), k.Category, k.Certificate, $"{k.NumberPrefix}{row.Decision.Year}{row.Sequence}",
            k.Content, row.Date, row.Date, until, a.Name, a.Code, "有效", a.Name, a.Code, "",
        ];
    }

    private static string[] Certificate(Row row, DemoAuthority a, Random random)
    {
        var kinds = DemoCases.Certificates[a.Department];
        var k = kinds[random.Next(kinds.Length)];
        var until = row.Decision.AddYears(k.Years).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var number = row.Error == 2 ? "" : $"{k.NumberPrefix}{row.Decision.Year}{row.Sequence}";
        return [row.Organisation.Name, row.Code, "", k.Name, number, k.Grade, a.Name, row.Date, until, "有效"];
    }

    private static string[] Inspection(Row row, DemoAuthority a, Random random)
    {
        var tasks = DemoCases.Inspections[a.Department];
        var t = tasks[random.Next(tasks.Length)];
        // Most inspected firms are fine; a few had something to correct or could not be reached at their address.
        var result = random.Next(20) switch
        {
            0 => "发现问题已责令改正",
            1 => "通过登记的住所（经营场所）无法联系",
            2 => "未发现开展本次抽查涉及的经营活动",
            _ => "未发现问题",
        };
        var number = row.Error == 2 ? "" : $"{a.Prefix}抽〔{row.Decision.Year}〕{row.Sequence}号";
        return [row.Organisation.Name, row.Code, number, $"{row.Decision.Year}年{t.Task}", "不定向抽查", t.Matters, a.Name, row.Date, result];
    }

    /// <summary>A value quoted only when it must be (commas, quotes, line breaks), as spreadsheet programs write CSV.</summary>
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The legal representative's resident ID, as departments deliver it: stored encrypted, shown masked (ADR 0015).</summary>
    private static string RepresentativeIdOf(OrganisationEntry org) => org.LegalRepresentative is null ? "" : RepresentativeId(org.Uscc);

    /// <summary>A made-up but well-formed resident ID for an organisation's legal representative, the same for the same code.</summary>
    private static string RepresentativeId(string uscc)
    {
        var h = 2166136261u; // FNV-1a: deterministic across runs, unlike string.GetHashCode
        foreach (var c in uscc)
        {
            h = (h ^ c) * 16777619u;
        }

        string[] districts = ["330502", "330503", "330521", "330522", "330523"];
        return ResidentIdNumber.Compose(districts[h % 5], new DateOnly(1960, 1, 1).AddDays((int)(h / 5 % 12_000)), (int)(h / 60_000 % 999) + 1).Value;
    }

    /// <summary>One row's subject, decision date and the mistake made in it (-1: none; 0 short code, 1 impossible date, 2 no number).</summary>
    private sealed record Row(OrganisationEntry Organisation, DateOnly Decision, int Error, string Sequence)
    {
        public string Code => Error == 0 ? Organisation.Uscc[..17] : Organisation.Uscc;

        public string Date => Error == 1 ? $"{Decision.Year}-02-30" : Decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public string Number(string prefix) => Error == 2 ? "" : $"{prefix}〔{Decision.Year}〕{Sequence}号";
    }
}
