using Huzhou.Credit.SharedKernel.Identifiers;

namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// A delivering city bureau of the demo: its department code, name as it signs decisions, document-number prefix (许可、抽查
/// numbers), credit code, and the prefix of its penalty decisions (湖市监处罚〔2026〕…号).
/// </summary>
internal sealed record DemoAuthority(string Department, string Name, string Prefix, string Code, string PenaltyPrefix)
{
    /// <summary>The bureaus that deliver in the demo; credit codes of organs (机关, category 11) of the city (330500).</summary>
    public static readonly IReadOnlyDictionary<string, DemoAuthority> All = new[]
    {
        Of("HZ-SJJ", "湖州市市场监督管理局", "湖市监", "00254613", "湖市监处罚"),
        Of("HZ-STHJJ", "湖州市生态环境局", "湖环", "00254615"),
        Of("HZ-ZHZF", "湖州市综合行政执法局", "湖综执", "00254631"),
        Of("HZ-YJJ", "湖州市应急管理局", "湖应急", "00254627"),
        Of("HZ-JSJ", "湖州市住房和城乡建设局", "湖建", "00254607"),
        Of("HZ-JTJ", "湖州市交通运输局", "湖交", "00254608"),
        Of("HZ-WJW", "湖州市卫生健康委员会", "湖卫", "00254619"),
        Of("HZ-MZJ", "湖州市民政局", "湖民", "00254603"),
        Of("HZ-JYJ", "湖州市教育局", "湖教", "00254601"),
        Of("HZ-NYJ", "湖州市农业农村局", "湖农", "00254611"),
        Of("HZ-SLJ", "湖州市水利局", "湖水", "00254610"),
        Of("HZ-WGLJ", "湖州市文化广电旅游局", "湖文旅", "00254618"),
        Of("HZ-GAJ", "湖州市公安局", "湖公", "00254602"),
        Of("HZ-ZGJ", "湖州市自然资源和规划局", "湖资规", "00254605"),
        Of("HZ-SW", "国家税务总局湖州市税务局", "湖税", "00254660"),
        Of("HZ-RSJ", "湖州市人力资源和社会保障局", "湖人社", "00254606"),
    }.ToDictionary(a => a.Department);

    private static DemoAuthority Of(string department, string name, string prefix, string organisationCode, string? penaltyPrefix = null) =>
        new(department, name, prefix, UnifiedSocialCreditCode.Compose("11", "330500", organisationCode).Value, penaltyPrefix ?? prefix + "罚");
}
