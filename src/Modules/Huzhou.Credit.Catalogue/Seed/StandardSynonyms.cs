using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Seed;

/// <summary>
/// The wording of the double-publicity code lists in the standards in force and before, and in the exports of the
/// platforms departments use, as synonyms of the catalogue's options. Codes, labels, “03 罚款”-style combinations and
/// “1” for “01” need no synonym (the validator reads them anyway).
/// </summary>
internal static class StandardSynonyms
{
    private static readonly string[] DoublePublicity = ["XZXK", "XZCF"];

    public static IEnumerable<(string Item, string Field, string Code, string Text)> All()
    {
        // 行政相对人类别: the current national standard has three values; 法人及非法人组织 is decided by the credit code.
        foreach (var item in DoublePublicity)
        {
            foreach (var (code, texts) in SubjectCategory)
            {
                foreach (var text in texts)
                {
                    yield return (item, StandardColumns.SubjectCategory, code, text);
                }
            }

            foreach (var field in new[] { "法定代表人证件类型", "证件类型" })
            {
                foreach (var (code, texts) in CertificateTypes)
                {
                    foreach (var text in texts)
                    {
                        yield return (item, field, code, text);
                    }
                }
            }
        }

        foreach (var (code, texts) in LicenceCategories)
        {
            foreach (var text in texts)
            {
                yield return ("XZXK", "许可类别", code, text);
            }
        }

        foreach (var (code, texts) in LicenceStates)
        {
            foreach (var text in texts)
            {
                yield return ("XZXK", "当前状态", code, text);
            }
        }

        foreach (var (code, texts) in PenaltyKinds)
        {
            foreach (var text in texts)
            {
                yield return ("XZCF", StandardColumns.PenaltyKinds, code, text);
            }
        }

        foreach (var (code, texts) in Procedures)
        {
            foreach (var text in texts)
            {
                yield return ("XZCF", StandardColumns.Procedure, code, text);
            }
        }
    }

    private static readonly (string Code, string[] Texts)[] SubjectCategory =
    [
        ("01", ["个人", "自然人（个人）"]),
        ("02", ["法人组织", "法人单位"]),
        ("03", ["其他组织", "非法人组织（其他组织）", "非法人单位"]),
        ("04", ["个体户", "个体经营户"]),
        (FieldOption.ByCreditCode, ["法人及非法人组织", "法人和非法人组织", "法人或非法人组织", "法人及其他组织", "法人和其他组织", "法人或其他组织"]),
    ];

    private static readonly (string Code, string[] Texts)[] CertificateTypes =
    [
        ("01", ["居民身份证", "中华人民共和国居民身份证", "二代身份证", "身份证件"]),
        ("02", ["普通护照", "外国护照", "中国护照"]),
        ("03", ["港澳居民往来内地通行证", "港澳通行证", "回乡证"]),
        ("04", ["台湾居民往来大陆通行证", "台胞证"]),
        ("05", ["外国人永久居留证", "外国人永久居留身份证件", "永久居留身份证"]),
    ];

    private static readonly (string Code, string[] Texts)[] LicenceCategories =
    [
        ("01", ["普通许可"]),
        ("02", ["特许许可"]),
        ("03", ["认可许可"]),
        ("04", ["核准许可"]),
        ("05", ["登记许可"]),
        ("06", ["其它", "其他许可"]),
    ];

    private static readonly (string Code, string[] Texts)[] LicenceStates =
    [
        ("1", ["正常", "在用", "01"]),
        ("2", ["失效", "已失效", "注销", "已注销", "撤销", "已撤销", "吊销", "过期", "02"]),
    ];

    /// <summary>行政处罚法 2021 art. 9 and the wording of the 1996/2017 law's art. 8 (which earlier files use).</summary>
    private static readonly (string Code, string[] Texts)[] PenaltyKinds =
    [
        ("02", ["通报"]),
        ("06", ["暂扣许可证", "暂扣执照", "暂扣营业执照", "暂扣许可证件、执照", "暂扣证照"]),
        ("08", ["吊销许可证", "吊销执照", "吊销营业执照", "吊销证照", "吊销许可证件、执照"]),
        ("09", ["限制生产经营活动", "限制开展生产经营"]),
        ("10", ["停产停业", "责令停产停业整顿"]),
        ("12", ["禁止从业"]),
        ("13", ["拘留"]),
        ("99", ["其它", "其他行政处罚", "法律、行政法规规定的其他行政处罚"]),
    ];

    private static readonly (string Code, string[] Texts)[] Procedures =
    [
        ("01", ["简易", "当场处罚", "当场作出"]),
        ("02", ["普通程序", "一般", "普通", "听证程序"]),
    ];
}
