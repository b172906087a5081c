using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.IntegrationTests.Infrastructure;
using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.IntegrationTests.Collection;

/// <summary>
/// Rows of 行政处罚 (XZCF) and 行政许可 (XZXK) written the ways real department exports write them (issue #22 §5), each
/// with the outcome a clerk expects: stored with its normalised values, or refused with the field and a piece of the
/// Chinese reason. One instance has its own subjects, decision numbers and name marker, so a test can deliver it fresh.
/// </summary>
/// <remarks>
/// Every stored row's expectation is its whole payload (by field position, ID numbers masked), built from a base row
/// already in normal form with the variant's cell and expected value changed. The published ID test vectors
/// (GB 11643) and the Huzhou division codes (GB/T 2260) are the standards' own; credit codes are composed with both
/// check characters right unless a row says otherwise.
/// </remarks>
internal sealed class RealExportCorpus
{
    public const string Code1 = "行政相对人代码_1";
    public const string Code1Label = "行政相对人代码_1（统一社会信用代码）";
    public const string Category = "行政相对人类别";

    /// <summary>GB 11643 published test vectors.</summary>
    public const string FemaleVector = "11010519491231002X";
    public const string MaleVector = "440524188001010014";

    /// <summary>吴兴区, 南浔区, 德清县, 长兴县, 安吉县.</summary>
    private static readonly string[] Divisions = ["330502", "330503", "330521", "330522", "330523"];

    private static readonly string[] Towns = ["吴兴", "南浔", "德清", "长兴", "安吉"];

    private static readonly string[] Trades =
        ["新材料科技有限公司", "蓄电池有限公司", "竹木制品有限公司", "餐饮管理有限公司", "建材有限公司", "生物科技有限公司", "纺织品有限公司",
         "物流有限公司", "食品有限公司", "机械制造有限公司", "木业有限公司", "湖羊养殖专业合作社"];

    private static readonly string[] CounterpartKeys =
    [
        "行政相对人名称", Category, Code1, "行政相对人代码_2", "行政相对人代码_3", "行政相对人代码_4", "行政相对人代码_5",
        "行政相对人代码_6", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码",
    ];

    /// <summary>The 行政处罚 columns of domain.md §2 in order, with the Zhejiang 案件程序类别 last.</summary>
    public static readonly string[] PenaltyKeys =
    [
        .. CounterpartKeys, "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）",
        "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期", "处罚机关",
        "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注", "案件程序类别",
    ];

    /// <summary>The 行政许可 columns of domain.md §2 in order.</summary>
    public static readonly string[] LicenceKeys =
    [
        .. CounterpartKeys, "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期",
        "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位", "数据来源单位统一社会信用代码", "备注",
    ];

    private static readonly string Authority = UnifiedSocialCreditCode.Compose("11", "330500", "00254613").Value;

    private readonly int _serial = RandomNumberGenerator.GetInt32(100, 9999);
    private int _next;

    public RealExportCorpus()
    {
        Marker = Unique.ChineseFragment(3);
        Penalties = new CorpusSheet("XZCF", PenaltyKeys, "行政处罚决定书文号", "处罚决定日期");
        Licences = new CorpusSheet("XZXK", LicenceKeys, "行政许可决定文书号", "许可决定日期");
        AddPenalties();
        AddLicences();
        KindsWithoutLeadingZero = new CorpusSheet("XZCF", PenaltyKeys, "行政处罚决定书文号", "处罚决定日期");
        AddKindsWithoutLeadingZero();
    }

    /// <summary>In every subject name of this instance (organisations and persons alike).</summary>
    public string Marker { get; }

    public CorpusSheet Penalties { get; }

    public CorpusSheet Licences { get; }

    public IEnumerable<CorpusSheet> Sheets => [Penalties, Licences];

    /// <summary>
    /// 处罚类别 codes as a spreadsheet writes them once the cell became a number: “3” for 03, “1” for 01. Kept apart
    /// from <see cref="Penalties"/> because the intake refuses them today (see the test that delivers them).
    /// </summary>
    public CorpusSheet KindsWithoutLeadingZero { get; }

    /// <summary>A credit code of a Huzhou division with both check characters right: 91330502MA2…</summary>
    public static string Code(string prefix = "91", string? division = null)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "MA2" + string.Concat(Enumerable.Range(0, 5).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
        return UnifiedSocialCreditCode.Compose(prefix, division ?? Divisions[RandomNumberGenerator.GetInt32(Divisions.Length)], body).Value;
    }

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    private static string Replace(string code, int index, char c) =>
        string.Concat(code.AsSpan(0, index), c.ToString(), code.AsSpan(index + 1));

    private string Number(string prefix, string year = "2026") => $"{prefix}〔{year}〕{_serial}{_next++:000}号";

    private string Name(int i) => Towns[i % Towns.Length] + Marker + Trades[i % Trades.Length];

    // ---------------------------------------------------------------------------------------------------------
    // 行政处罚
    // ---------------------------------------------------------------------------------------------------------

    private Dictionary<string, string> PenaltyOnOrganisation(string code, int i)
    {
        var row = PenaltyKeys.ToDictionary(k => k, _ => "", StringComparer.Ordinal);
        row["行政相对人名称"] = Name(i);
        row[Category] = "02";
        row[Code1] = code;
        row["法定代表人"] = "沈建国";
        row["法定代表人证件类型"] = "01";
        row["行政处罚决定书文号"] = Number(i % 3 == 0 ? "湖市监处罚" : i % 3 == 1 ? "湖长市监处罚" : "湖德市监罚");
        row["违法行为类型"] = "未按规定公示年度报告";
        row["违法事实"] = "经查，当事人未按规定期限公示2025年度报告，事实清楚，证据确凿。";
        row["处罚依据"] = "《中华人民共和国市场主体登记管理条例》第四十六条";
        row["处罚类别"] = "03";
        row["处罚内容"] = "罚款人民币五千元";
        row["罚款金额（万元）"] = "0.5";
        row["处罚决定日期"] = "2026-10-12";
        row["处罚有效期"] = "2027-10-11";
        row["公示截止期"] = "2027-10-11";
        row["处罚机关"] = "湖州市市场监督管理局";
        row["处罚机关统一社会信用代码"] = Authority;
        row["数据来源单位"] = "湖州市市场监督管理局";
        row["数据来源单位统一社会信用代码"] = Authority;
        row["案件程序类别"] = "02";
        return row;
    }

    private Dictionary<string, string> PenaltyOnPerson(string idNumber, string name)
    {
        var row = PenaltyOnOrganisation("", 0);
        row["行政相对人名称"] = name;
        row[Category] = "01";
        row["法定代表人"] = "";
        row["法定代表人证件类型"] = "";
        row["证件类型"] = "01";
        row["证件号码"] = idNumber;
        row["违法行为类型"] = "无证经营";
        row["违法事实"] = "当事人未取得营业执照，在吴兴区织里镇路边摆摊销售童装。";
        row["处罚依据"] = "《无证无照经营查处办法》第十三条";
        row["处罚类别"] = "01";
        row["处罚内容"] = "警告";
        row["罚款金额（万元）"] = "";
        row["处罚决定日期"] = "2026-09-03";
        row["处罚有效期"] = "";
        row["公示截止期"] = "";
        row["案件程序类别"] = "01";
        return row;
    }

    /// <summary>A penalty on an organisation stored with the base values, except as <paramref name="change"/> says.</summary>
    private void PenaltyStored(string variant, Action<Dictionary<string, string>, Dictionary<string, string?>> change,
        string? prefix = null, string? division = null, string? synonymField = null, bool checkWarning = false)
    {
        var code = Code(prefix ?? "91", division);
        var row = PenaltyOnOrganisation(code, Penalties.Rows.Count);
        Penalties.AddStored(variant, row, change, synonymField, checkWarning);
    }

    private void PenaltyRefused(string variant, Action<Dictionary<string, string>> change, string field, string reason)
    {
        var row = PenaltyOnOrganisation(Code(), Penalties.Rows.Count);
        change(row);
        Penalties.AddRefused(variant, row, field, reason);
    }

    private void AddPenalties()
    {
        // 行政相对人类别: the four-value codes, labels, code+label, spreadsheet "2", full width.
        PenaltyStored("类别 code 02 (baseline)", (_, _) => { });
        PenaltyStored("类别 label 法人", (c, e) => c[Category] = "法人");
        PenaltyStored("类别 “02 法人”", (c, e) => c[Category] = "02 法人");
        PenaltyStored("类别 “法人（02）”", (c, e) => c[Category] = "法人（02）");
        PenaltyStored("类别 “2” (leading zero lost)", (c, e) => c[Category] = "2");
        PenaltyStored("类别 full-width ０２", (c, e) => c[Category] = "０２");
        PenaltyStored("类别 label 非法人组织 on a 91 code (the text decides)", (c, e) => (c[Category], e[Category]) = ("非法人组织", "03"));
        PenaltyStored("类别 code 03", (c, e) => (c[Category], e[Category]) = ("03", "03"), prefix: "31");
        PenaltyStored("类别 synonym 其他组织", (c, e) => (c[Category], e[Category]) = ("其他组织", "03"), prefix: "31", synonymField: Category);

        // The current three-value standard: 法人及非法人组织 decided by the credit code, delivered text kept.
        PenaltyStored("法人及非法人组织 + 91 enterprise → 02", (c, e) => c[Category] = "法人及非法人组织", synonymField: Category);
        PenaltyStored("法人及非法人组织 + 12 public institution → 02", (c, e) =>
        {
            c[Category] = "法人及非法人组织";
            c["行政相对人名称"] = e["行政相对人名称"] = "湖州市" + Marker + "中心医院";
        }, prefix: "12", synonymField: Category);
        PenaltyStored("法人及非法人组织 + 31 law firm → 03", (c, e) =>
        {
            (c[Category], e[Category]) = ("法人及非法人组织", "03");
            c["行政相对人名称"] = e["行政相对人名称"] = "浙江" + Marker + "律师事务所";
        }, prefix: "31", synonymField: Category);
        PenaltyStored("法人及非法人组织 + 93 co-operative → 02", (c, e) => c[Category] = "法人及非法人组织", prefix: "93", synonymField: Category);
        PenaltyStored("法人及非法人组织 + 92 individual business → 04", (c, e) =>
            (c[Category], e[Category]) = ("法人及非法人组织", "04"), prefix: "92", synonymField: Category);
        PenaltyStored("older wording 法人和其他组织 + 91 → 02", (c, e) => c[Category] = "法人和其他组织", synonymField: Category);
        PenaltyStored("个体工商户 label + 92 code", (c, e) => (c[Category], e[Category]) = ("个体工商户", "04"), prefix: "92");
        PenaltyStored("个体户 synonym + 92 code", (c, e) => (c[Category], e[Category]) = ("个体户", "04"), prefix: "92", synonymField: Category);
        PenaltyStored("“04 个体工商户”", (c, e) => (c[Category], e[Category]) = ("04 个体工商户", "04"), prefix: "92");
        PenaltyRefused("法人及非法人组织 without a credit code", c => (c[Category], c[Code1]) = ("法人及非法人组织", ""), Category, "据以区分法人与非法人组织");

        // Natural persons: the published ID test vectors, lower-case x, full width, 证件类型 synonyms.
        AddPerson("published vector 11010519491231002X, 自然人, 身份证", FemaleVector, "钱" + Marker + "芳", c => c[Category] = "自然人");
        AddPerson("published vector 440524188001010014, 01, 居民身份证", MaleVector, "沈" + Marker + "明", c => c["证件类型"] = "居民身份证",
            synonymField: "证件类型");
        AddPerson("vector with lower-case x, category synonym 个人", "11010519491231002x", "钱" + Marker + "芳", c => c[Category] = "个人",
            expectedId: FemaleVector, synonymField: Category);
        AddPerson("full-width ID number, category “1”", FullWidth(MaleVector), "沈" + Marker + "明", c => c[Category] = "1",
            expectedId: MaleVector);
        var valid = Unique.ResidentId("330502");
        var warned = valid[..17] + "0123456789X"[("0123456789X".IndexOf(valid[17], StringComparison.Ordinal) + 1) % 11];
        AddPerson("ID number failing its check character (warning, 待核实)", warned, "姚" + Marker + "强", _ => { }, checkWarning: true);
        Penalties.AddRefused("15-digit old ID number", PenaltyOnPerson("110105491231002", "钱" + Marker + "芳"), "证件号码", "15位旧版身份证号码");
        Penalties.AddRefused("自然人 without an ID number", PenaltyOnPerson("", "陆" + Marker + "华"), "证件号码", "行政相对人为自然人时");

        // The subject's credit code: case, width, padding; the check character warns, everything else refuses.
        PenaltyStored("credit code in lower case", (c, e) => c[Code1] = c[Code1].ToLowerInvariant());
        PenaltyStored("credit code in full width", (c, e) => c[Code1] = FullWidth(c[Code1]));
        PenaltyStored("credit code padded with spaces", (c, e) => c[Code1] = "  " + c[Code1] + " ");
        var warnedCode = "";
        PenaltyStored("credit code with a wrong 18th character (warning, 待核实)", (c, e) =>
            c[Code1] = e[Code1] = warnedCode = Unique.WithWrongCheckCharacter(c[Code1]), checkWarning: true);
        PenaltyStored("the same warned code in a second decision joins the 待核实 subject", (c, e) =>
        {
            c[Code1] = e[Code1] = warnedCode;
            c["行政相对人名称"] = e["行政相对人名称"] = Penalties.Rows[^1].Payload![0]!;
            (c["处罚类别"], e["处罚类别"]) = ("警告", "01");
            (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("", null);
        }, checkWarning: true);
        PenaltyStored("wrong 18th character, 法人及非法人组织 still decided by the code", (c, e) =>
        {
            c[Code1] = e[Code1] = Unique.WithWrongCheckCharacter(c[Code1]);
            c[Category] = "法人及非法人组织";
        }, checkWarning: true, synonymField: Category);
        PenaltyStored("wrong 18th character, lower case (warning)", (c, e) =>
        {
            e[Code1] = Unique.WithWrongCheckCharacter(c[Code1]);
            c[Code1] = e[Code1]!.ToLowerInvariant();
        }, checkWarning: true, division: "330523");
        PenaltyRefused("credit code of 17 characters", c => c[Code1] = c[Code1][..17], Code1Label, "应为18位");
        PenaltyRefused("credit code containing O", c => c[Code1] = Replace(c[Code1], 10, 'O'), Code1Label, "不能出现在统一社会信用代码中");
        PenaltyRefused("credit code containing I", c => c[Code1] = Replace(c[Code1], 12, 'I'), Code1Label, "不能出现在统一社会信用代码中");
        PenaltyRefused("credit code containing Z", c => c[Code1] = Replace(c[Code1], 15, 'Z'), Code1Label, "不能出现在统一社会信用代码中");
        PenaltyRefused("credit code with prefix 00", c => c[Code1] = "00" + c[Code1][2..], Code1Label, "不是有效的登记管理部门和机构类别代码");
        PenaltyRefused("法人 without a credit code", c => c[Code1] = "", Code1Label, "行政相对人为法人或其他组织时");
        PenaltyRefused("authority code with a wrong check character (not a subject: refused)",
            c => c["处罚机关统一社会信用代码"] = Unique.WithWrongCheckCharacter(Authority), "处罚机关统一社会信用代码", "批量报送不接受校验位不符的代码");

        // 处罚类别: codes, labels, combinations, "3", several kinds, the 1996 law's wording, unknown kinds.
        PenaltyStored("处罚类别 label 罚款", (c, e) => c["处罚类别"] = "罚款");
        PenaltyStored("处罚类别 “03 罚款”", (c, e) => c["处罚类别"] = "03 罚款");
        PenaltyStored("处罚类别 “罚款（03）”", (c, e) => c["处罚类别"] = "罚款（03）");
        PenaltyStored("处罚类别 full-width ０３", (c, e) => c["处罚类别"] = "０３");
        PenaltyStored("处罚类别 padded with ideographic spaces", (c, e) => c["处罚类别"] = "\u3000罚 款\u3000");
        PenaltyStored("处罚类别 警告、罚款", (c, e) => (c["处罚类别"], e["处罚类别"]) = ("警告、罚款", "01,03"));
        PenaltyStored("处罚类别 “警告,罚款” (quoted comma)", (c, e) => (c["处罚类别"], e["处罚类别"]) = ("警告,罚款", "01,03"));
        PenaltyStored("没收违法所得、没收非法财物 with the amount", (c, e) =>
        {
            (c["处罚类别"], e["处罚类别"]) = ("没收违法所得、没收非法财物", "04,05");
            c["没收违法所得、没收非法财物的金额（万元）"] = e["没收违法所得、没收非法财物的金额（万元）"] = "0.36";
            (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("", null);
        });
        PenaltyStored("吊销营业执照 (1996 wording)", (c, e) =>
        {
            (c["处罚类别"], e["处罚类别"]) = ("吊销营业执照", "08");
            c["暂扣或吊销证照名称及编号"] = e["暂扣或吊销证照名称及编号"] = "营业执照 " + e[Code1];
        }, synonymField: "处罚类别");
        PenaltyStored("责令停产停业整顿 (synonym)", (c, e) => (c["处罚类别"], e["处罚类别"]) = ("责令停产停业整顿", "10"), synonymField: "处罚类别");
        PenaltyStored("法律、行政法规规定的其他行政处罚 (one kind)", (c, e) =>
            (c["处罚类别"], e["处罚类别"]) = ("法律、行政法规规定的其他行政处罚", "99"), synonymField: "处罚类别");
        PenaltyRefused("unknown 处罚类别 罚金 (a criminal penalty)", c => c["处罚类别"] = "罚金", "处罚类别", "“罚金”不是有效值");
        PenaltyRefused("处罚类别 left empty", c => c["处罚类别"] = "", "处罚类别", "处罚类别不能为空");
        PenaltyRefused("违法事实 left empty", c => c["违法事实"] = "  ", "违法事实", "违法事实不能为空");

        // Money in 万元: never negative, the column's own unit read, another unit refused.
        PenaltyStored("罚款 “2万元”", (c, e) => (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("2万元", "2"));
        PenaltyStored("罚款 full-width “２万元”", (c, e) => (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("２万元", "2"));
        PenaltyStored("罚款 with thousands separator “1,234.50” (quoted)", (c, e) =>
            (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("1,234.50", "1234.50"));
        PenaltyStored("罚款 padded “ 1.5 ”", (c, e) => (c["罚款金额（万元）"], e["罚款金额（万元）"]) = (" 1.5 ", "1.5"));
        PenaltyStored("罚款 0 with 警告", (c, e) =>
        {
            (c["处罚类别"], e["处罚类别"]) = ("警告", "01");
            c["罚款金额（万元）"] = e["罚款金额（万元）"] = "0";
        });
        PenaltyRefused("罚款 “20000元” in a 万元 column", c => c["罚款金额（万元）"] = "20000元", "罚款金额（万元）", "本列以万元为单位");
        PenaltyRefused("罚款 negative", c => c["罚款金额（万元）"] = "-0.5", "罚款金额（万元）", "不能为负数");
        PenaltyRefused("没收 amount negative", c => c["没收违法所得、没收非法财物的金额（万元）"] = "-1",
            "没收违法所得、没收非法财物的金额（万元）", "不能为负数");
        PenaltyRefused("罚款 in words “五千元”", c => c["罚款金额（万元）"] = "五千元", "罚款金额（万元）", "不是有效数值");

        // Validity columns: 长期 and its wordings; dates in many styles; impossible and future dates.
        PenaltyStored("处罚有效期 长期", (c, e) => (c["处罚有效期"], e["处罚有效期"]) = ("长期", "长期"));
        PenaltyStored("处罚有效期 永久", (c, e) => (c["处罚有效期"], e["处罚有效期"]) = ("永久", "长期"));
        PenaltyStored("公示截止期 长期有效", (c, e) => (c["公示截止期"], e["公示截止期"]) = ("长期有效", "长期"));
        PenaltyStored("公示截止期 无固定期限", (c, e) => (c["公示截止期"], e["公示截止期"]) = ("无固定期限", "长期"));
        PenaltyStored("处罚决定日期 2026/3/5", (c, e) => (c["处罚决定日期"], e["处罚决定日期"]) = ("2026/3/5", "2026-03-05"));
        PenaltyStored("处罚决定日期 2026.3.5", (c, e) => (c["处罚决定日期"], e["处罚决定日期"]) = ("2026.3.5", "2026-03-05"));
        PenaltyStored("处罚决定日期 20260305", (c, e) => (c["处罚决定日期"], e["处罚决定日期"]) = ("20260305", "2026-03-05"));
        PenaltyStored("处罚决定日期 2026年3月5日", (c, e) => (c["处罚决定日期"], e["处罚决定日期"]) = ("2026年3月5日", "2026-03-05"));
        PenaltyStored("处罚决定日期 with a midnight time", (c, e) =>
            (c["处罚决定日期"], e["处罚决定日期"]) = ("2026-03-05 00:00:00", "2026-03-05"));
        PenaltyStored("处罚有效期 2027年6月30日", (c, e) => (c["处罚有效期"], e["处罚有效期"]) = ("2027年6月30日", "2027-06-30"));
        PenaltyRefused("处罚决定日期 2026-02-30", c => c["处罚决定日期"] = "2026-02-30", "处罚决定日期", "“2026-02-30”不是有效日期");
        PenaltyRefused("处罚决定日期 长期 (a decision has a date)", c => c["处罚决定日期"] = "长期", "处罚决定日期", "须填写具体日期");
        PenaltyRefused("处罚决定日期 in the future", c => c["处罚决定日期"] = "2099-01-15", "处罚决定日期", "晚于今天");

        // Texts: quoted commas and line breaks kept, padding trimmed; 案件程序类别 wordings.
        PenaltyStored("违法事实 with commas, quotes and line breaks", (c, e) => c["违法事实"] = e["违法事实"] =
            "经查，当事人于2026年3月1日至3月20日,在其经营场所销售\"过期\"食品。\n货值金额3200元，违法所得860元。\n以上事实有现场笔录、询问笔录为证。");
        PenaltyStored("名称 and 文号 padded", (c, e) =>
        {
            c["行政相对人名称"] = "  " + c["行政相对人名称"] + "\u3000";
            c["行政处罚决定书文号"] = " " + c["行政处罚决定书文号"] + "  ";
        });
        PenaltyStored("案件程序类别 简易 (synonym)", (c, e) =>
        {
            (c["案件程序类别"], e["案件程序类别"]) = ("简易", "01");
            (c["处罚类别"], e["处罚类别"]) = ("警告", "01");
            (c["罚款金额（万元）"], e["罚款金额（万元）"]) = ("", null);
        }, synonymField: "案件程序类别");
        PenaltyStored("案件程序类别 label 一般程序", (c, e) => c["案件程序类别"] = "一般程序");
    }

    private void AddKindsWithoutLeadingZero()
    {
        void Add(string variant, string kinds, string expected, string fine)
        {
            var row = PenaltyOnOrganisation(Code(), KindsWithoutLeadingZero.Rows.Count);
            KindsWithoutLeadingZero.AddStored(variant, row, (c, e) =>
            {
                (c["处罚类别"], e["处罚类别"]) = (kinds, expected);
                (c["罚款金额（万元）"], e["罚款金额（万元）"]) = (fine, fine.Length == 0 ? null : fine);
            }, null, false);
        }

        Add("处罚类别 “3” (罚款, leading zero lost)", "3", "03", "0.5");
        Add("处罚类别 “1” (警告, leading zero lost)", "1", "01", "");
        Add("处罚类别 “1、3” (警告、罚款)", "1、3", "01,03", "0.2");
        Add("处罚类别 “10” (责令停产停业, no zero to lose)", "10", "10", "");
    }

    private void AddPerson(string variant, string idNumber, string name, Action<Dictionary<string, string>> change,
        string? expectedId = null, string? synonymField = null, bool checkWarning = false)
    {
        var row = PenaltyOnPerson(idNumber, name);
        Penalties.AddStored(variant, row, (c, e) =>
        {
            change(c);
            e["证件号码"] = Masking.IdNumber((expectedId ?? idNumber).ToUpperInvariant());
        }, synonymField, checkWarning, personId: expectedId ?? idNumber);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 行政许可
    // ---------------------------------------------------------------------------------------------------------

    private Dictionary<string, string> Licence(string code, int i)
    {
        var row = LicenceKeys.ToDictionary(k => k, _ => "", StringComparer.Ordinal);
        row["行政相对人名称"] = Name(i + 3);
        row[Category] = "02";
        row[Code1] = code;
        row["法定代表人"] = "钱卫东";
        row["法定代表人证件类型"] = "01";
        row["行政许可决定文书名称"] = "食品经营许可决定书";
        row["行政许可决定文书号"] = Number(i % 2 == 0 ? "湖市监许" : "湖南市监食许");
        row["许可类别"] = "01";
        row["许可证书名称"] = "食品经营许可证";
        row["许可编号"] = "JY1330502" + Unique.Digits(7);
        row["许可内容"] = "预包装食品销售（含冷藏冷冻食品）";
        row["许可决定日期"] = "2026-09-15";
        row["有效期自"] = "2026-09-15";
        row["有效期至"] = "2031-09-14";
        row["许可机关"] = "湖州市市场监督管理局";
        row["许可机关统一社会信用代码"] = Authority;
        row["当前状态"] = "1";
        row["数据来源单位"] = "湖州市市场监督管理局";
        row["数据来源单位统一社会信用代码"] = Authority;
        return row;
    }

    private void LicenceStored(string variant, Action<Dictionary<string, string>, Dictionary<string, string?>> change,
        string? prefix = null, string? synonymField = null, bool checkWarning = false) =>
        Licences.AddStored(variant, Licence(Code(prefix ?? "91"), Licences.Rows.Count), change, synonymField, checkWarning);

    private void LicenceRefused(string variant, Action<Dictionary<string, string>> change, string field, string reason)
    {
        var row = Licence(Code(), Licences.Rows.Count);
        change(row);
        Licences.AddRefused(variant, row, field, reason);
    }

    private void AddLicences()
    {
        LicenceStored("许可 baseline (codes)", (_, _) => { });
        LicenceStored("许可类别 label 普通", (c, e) => c["许可类别"] = "普通");
        LicenceStored("许可类别 synonym 普通许可", (c, e) => c["许可类别"] = "普通许可", synonymField: "许可类别");
        LicenceStored("许可类别 “登记（05）”", (c, e) => (c["许可类别"], e["许可类别"]) = ("登记（05）", "05"));
        LicenceStored("许可类别 “4”", (c, e) => (c["许可类别"], e["许可类别"]) = ("4", "04"));
        LicenceStored("许可类别 其它 (synonym)", (c, e) => (c["许可类别"], e["许可类别"]) = ("其它", "06"), synonymField: "许可类别");
        LicenceStored("有效期至 长期", (c, e) => (c["有效期至"], e["有效期至"]) = ("长期", "长期"));
        LicenceStored("有效期至 永久", (c, e) => (c["有效期至"], e["有效期至"]) = ("永久", "长期"));
        LicenceStored("有效期至 长期有效", (c, e) => (c["有效期至"], e["有效期至"]) = ("长期有效", "长期"));
        LicenceStored("有效期至 无固定期限", (c, e) => (c["有效期至"], e["有效期至"]) = ("无固定期限", "长期"));
        LicenceStored("有效期至 2031年9月14日, 有效期自 2026/9/15", (c, e) =>
        {
            c["有效期至"] = "2031年9月14日";
            c["有效期自"] = "2026/9/15";
        });
        LicenceStored("当前状态 label 有效", (c, e) => c["当前状态"] = "有效");
        LicenceStored("当前状态 synonym 正常", (c, e) => c["当前状态"] = "正常", synonymField: "当前状态");
        LicenceStored("当前状态 synonym 已注销", (c, e) => (c["当前状态"], e["当前状态"]) = ("已注销", "2"), synonymField: "当前状态");
        LicenceStored("法人及非法人组织 + 52 private non-enterprise unit → 02", (c, e) =>
        {
            c[Category] = "法人及非法人组织";
            c["行政相对人名称"] = e["行政相对人名称"] = "湖州市" + Marker + "培训学校";
        }, prefix: "52", synonymField: Category);
        LicenceStored("法人及非法人组织 + 31 → 03", (c, e) =>
        {
            (c[Category], e[Category]) = ("法人及非法人组织", "03");
            c["行政相对人名称"] = e["行政相对人名称"] = "浙江" + Marker + "律师事务所湖州分所";
        }, prefix: "31", synonymField: Category);
        LicenceStored("个体工商户 + 92 code", (c, e) => (c[Category], e[Category]) = ("个体工商户", "04"), prefix: "92");
        LicenceStored("credit code in lower case and 许可内容 with line breaks and commas", (c, e) =>
        {
            c[Code1] = c[Code1].ToLowerInvariant();
            c["许可内容"] = e["许可内容"] = "预包装食品销售（含冷藏冷冻食品）,散装食品销售\n热食类食品制售，冷食类食品制售";
        });
        LicenceStored("credit code with a wrong 18th character (warning, 待核实)", (c, e) =>
            c[Code1] = e[Code1] = Unique.WithWrongCheckCharacter(c[Code1]), checkWarning: true);
        var person = Licence("", Licences.Rows.Count);
        (person["行政相对人名称"], person[Category], person[Code1], person["法定代表人"], person["法定代表人证件类型"]) =
            ("沈" + Marker + "明", "自然人", "", "", "");
        (person["证件类型"], person["证件号码"], person["许可证书名称"]) = ("身份证", MaleVector, "食品小经营店备案证明");
        Licences.AddStored("自然人 with published vector 440524188001010014", person, (c, e) =>
        {
            e[Category] = "01";
            e["证件类型"] = "01";
            e["证件号码"] = Masking.IdNumber(MaleVector);
        }, null, false, personId: MaleVector);
        LicenceRefused("许可决定日期 2026-02-30", c => c["许可决定日期"] = "2026-02-30", "许可决定日期", "“2026-02-30”不是有效日期");
        LicenceRefused("许可类别 备案 (not a licence category)", c => c["许可类别"] = "备案", "许可类别", "“备案”不是有效值");
        LicenceRefused("有效期自 长期", c => c["有效期自"] = "长期", "有效期自", "须填写具体日期");
        LicenceRefused("有效期至 empty (required)", c => c["有效期至"] = "", "有效期至", "有效期至不能为空");
        LicenceRefused("许可机关 code with prefix 00", c => c["许可机关统一社会信用代码"] = "00" + Authority[2..], "许可机关统一社会信用代码",
            "不是有效的登记管理部门和机构类别代码");
        LicenceRefused("credit code containing V", c => c[Code1] = Replace(c[Code1], 11, 'V'), Code1Label, "不能出现在统一社会信用代码中");
    }
}

/// <summary>The rows of one item, written as a department's CSV or XLSX export.</summary>
internal sealed class CorpusSheet(string itemCode, string[] keys, string sourceKeyField, string decisionField)
{
    private static readonly HashSet<string> DateColumns =
        ["处罚决定日期", "处罚有效期", "公示截止期", "许可决定日期", "有效期自", "有效期至"];

    private static readonly HashSet<string> MoneyColumns = ["罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）"];

    private readonly List<CorpusRow> _rows = [];

    public string ItemCode { get; } = itemCode;

    /// <summary>The field keys in the item version's order (= payload positions).</summary>
    public string[] Keys { get; } = keys;

    public string SourceKeyField { get; } = sourceKeyField;

    public string DecisionField { get; } = decisionField;

    public IReadOnlyList<CorpusRow> Rows => _rows;

    public IEnumerable<CorpusRow> Stored => _rows.Where(r => r.Refusal is null);

    public IEnumerable<CorpusRow> Refused => _rows.Where(r => r.Refusal is not null);

    /// <summary>The CSV headers exactly as domain.md §2 and the catalogue name them: 行政相对人代码_1（统一社会信用代码）.</summary>
    public string[] CsvHeaders => Keys.Select(LabelHeader).ToArray();

    /// <summary>The XLSX headers in the short form some platforms export: 行政相对人代码_1.</summary>
    public string[] XlsxHeaders => Keys;

    public int IndexOf(string key) => Array.IndexOf(Keys, key);

    public void AddStored(
        string variant, Dictionary<string, string> cells, Action<Dictionary<string, string>, Dictionary<string, string?>> change,
        string? synonymField, bool checkWarning, string? personId = null)
    {
        var expected = cells.ToDictionary(c => c.Key, c => c.Value.Length == 0 ? null : c.Value, StringComparer.Ordinal);
        change(cells, expected);
        var values = Keys.Select(k => expected[k] is { Length: > 0 } v ? v : null).ToArray();
        var row = new CorpusRow(_rows.Count + 2, variant, Keys.Select(k => cells[k]).ToArray(), values, null,
            (expected[SourceKeyField] ?? "").Trim(), personId is null ? values[2] : null, personId?.ToUpperInvariant(), checkWarning,
            synonymField is null ? null : (synonymField, cells[synonymField]));
        _rows.Add(row);
    }

    public void AddRefused(string variant, Dictionary<string, string> cells, string field, string reason) =>
        _rows.Add(new CorpusRow(_rows.Count + 2, variant, Keys.Select(k => cells[k]).ToArray(), null, (field, reason),
            cells[SourceKeyField].Trim(), null, null, false, null));

    /// <summary>
    /// The CSV a department's system writes: CRLF lines, cells with a comma, quote or line break quoted (quotes doubled),
    /// everything else as is (padding and full-width characters included).
    /// </summary>
    public byte[] ToCsv(Encoding encoding)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', CsvHeaders)).Append("\r\n");
        foreach (var row in _rows)
        {
            text.Append(string.Join(',', row.Cells.Select(Quote))).Append("\r\n");
        }

        return encoding.GetBytes(text.ToString());
    }

    /// <summary>
    /// The same rows as an Excel workbook: shared strings for the headers, inline strings for text, real date cells
    /// (serial number, short-date style) for ISO dates in date columns and numbers for plain amounts and small integers.
    /// </summary>
    public byte[] ToXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < XlsxHeaders.Length; i++)
            {
                header.Append(new Cell(new CellValue(i)) { CellReference = Column(i) + "1", DataType = CellValues.SharedString });
            }

            var data = new SheetData(header);
            foreach (var row in _rows)
            {
                var number = (uint)row.RowNumber;
                data.Append(new Row(row.Cells.Select((value, i) => XlsxCell(Keys[i], value, Column(i) + number))) { RowIndex = number });
            }

            sheet.Worksheet = new Worksheet(data);
            var name = ItemCode == "XZCF" ? "行政处罚" : "行政许可";
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = name, SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable =
                new SharedStringTable(XlsxHeaders.Select(h => new SharedStringItem(new Text(h))));
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        }

        return stream.ToArray();
    }

    private static Cell XlsxCell(string key, string value, string reference)
    {
        if (DateColumns.Contains(key)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
            return new Cell(new CellValue(serial)) { CellReference = reference, StyleIndex = 1 };
        }

        var plainNumber = value.Length is > 0 and <= 8 && (value == "0" || value[0] is >= '1' and <= '9')
            && value.All(c => char.IsAsciiDigit(c) || c == '.') && value.Count(c => c == '.') <= 1 && !value.EndsWith('0');
        if (plainNumber && (MoneyColumns.Contains(key) || !value.Contains('.', StringComparison.Ordinal)))
        {
            return new Cell(new CellValue(value)) { CellReference = reference, DataType = CellValues.Number };
        }

        if (value.Length == 0)
        {
            return new Cell { CellReference = reference };
        }

        var text = new Text(value);
        if (value.Trim().Length != value.Length || value.Contains('\n', StringComparison.Ordinal))
        {
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(text)) { CellReference = reference, DataType = CellValues.InlineString };
    }

    private static string LabelHeader(string key)
    {
        string[] meanings = ["统一社会信用代码", "工商注册号", "组织机构代码", "税务登记号", "事业单位证书号", "社会组织登记证号"];
        return key.StartsWith("行政相对人代码_", StringComparison.Ordinal)
            ? $"{key}（{meanings[int.Parse(key[^1..], CultureInfo.InvariantCulture) - 1]}）"
            : key;
    }

    private static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : string.Concat((char)('A' + (index / 26) - 1), (char)('A' + (index % 26)));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

/// <summary>
/// One delivered row and what must come of it.
/// </summary>
/// <param name="RowNumber">The row as Excel shows it (the header is row 1).</param>
/// <param name="Variant">What the row exercises.</param>
/// <param name="Cells">The cells as written in the file, in <see cref="CorpusSheet.Keys"/> order.</param>
/// <param name="Payload">For a stored row: the record payload by field position (normalised, ID numbers masked).</param>
/// <param name="Refusal">For a refused row: the field label and a piece of the reason.</param>
/// <param name="SourceKey">The decision number the record is found by.</param>
/// <param name="Uscc">The stored subject's credit code (organisations).</param>
/// <param name="PersonId">The person's ID number (persons), normalised.</param>
/// <param name="CheckWarning">The subject identifier fails its check character: stored, counted, subject 待核实.</param>
/// <param name="Synonym">A field whose value was read through a synonym, with the text as delivered.</param>
internal sealed record CorpusRow(
    int RowNumber,
    string Variant,
    string[] Cells,
    string?[]? Payload,
    (string Field, string Reason)? Refusal,
    string SourceKey,
    string? Uscc,
    string? PersonId,
    bool CheckWarning,
    (string Field, string Delivered)? Synonym)
{
    public override string ToString() => $"row {RowNumber} ({Variant})";
}
