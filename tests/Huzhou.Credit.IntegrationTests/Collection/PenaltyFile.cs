using System.Text;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>A double-publicity penalty file with the standard Chinese headers (domain.md §2), as a department exports it.</summary>
internal sealed class PenaltyFile
{
    public static readonly string[] Headers =
    [
        "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
        "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
        "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
        "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
        "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    private static readonly string Authority = UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;

    private readonly List<string[]> _rows = [];

    public string Marker { get; } = Unique.ChineseFragment(3);

    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>A valid penalty on an enterprise; returns the decision number (the source key).</summary>
    public string AddEnterprise(string uscc, string name, string date = "2026-10-12", string fine = "0.5", string kinds = "罚款", string procedure = "02", string? number = null)
    {
        number ??= $"湖市监处罚〔2026〕{Unique.Digits(6)}号";
        _rows.Add(Row(name, "02", uscc, "", "沈建国", "01", number, kinds, fine, date, procedure));
        return number;
    }

    /// <summary>A valid penalty on a natural person, named by ID number.</summary>
    public string AddPerson(string idNumber, string name)
    {
        var number = $"湖市监处罚〔2026〕{Unique.Digits(6)}号";
        _rows.Add(Row(name, "01", "", idNumber, "", "", number, "警告", "", "2026-09-03", "01"));
        return number;
    }

    /// <summary>Any row, for the rejection cases.</summary>
    public void AddRaw(string name, string uscc, string date) =>
        _rows.Add(Row(name, "02", uscc, "", "钱小明", "01", $"湖市监处罚〔2026〕{Unique.Digits(6)}号", "罚款", "1", date, "02"));

    public byte[] ToCsv(Encoding encoding)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Headers));
        foreach (var row in _rows)
        {
            text.AppendLine(string.Join(',', row.Select(Quote)));
        }

        return encoding.GetBytes(text.ToString());
    }

    private static string[] Row(string name, string kind, string uscc, string idNumber, string legalRep, string legalRepIdType, string number, string kinds, string fine, string date, string procedure) =>
    [
        name, kind, uscc, "", "", "", "", "", legalRep, legalRepIdType,
        legalRep.Length == 0 ? "" : Unique.ResidentId("330502"), idNumber.Length == 0 ? "" : "01", idNumber, number, "未按规定公示年度报告",
        "经查，当事人存在违法行为，事实清楚，证据确凿。", "《中华人民共和国市场主体登记管理条例》第四十六条", kinds, "罚款人民币五千元",
        fine, "", "", date, date, "2027-10-12",
        "湖州市市场监督管理局", Authority, "湖州市市场监督管理局", Authority, "", procedure,
    ];

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
