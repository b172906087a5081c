namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>A demo sign-in seeded by the Identity module.</summary>
public sealed record DemoAccount(string UserName, string DisplayName);

/// <summary>
/// The demo accounts of <c>IdentityDemoSeeder</c> (internal to its module, hence repeated here): if the
/// seeder changes, the tests that sign in say so.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Huzhou@2026";

    public static DemoAccount Administrator { get; } = new("admin", "平台管理员");

    /// <summary>City-level credit office (信用办): sees every district.</summary>
    public static DemoAccount CreditOffice { get; } = new("xinyongban", "信用办 李主任");

    public static DemoAccount MarketSupervisionStaff { get; } = new("scjg.staff", "市场监管 王科员");

    public static DemoAccount MarketSupervisionReviewer { get; } = new("scjg.reviewer", "市场监管 陈审核");

    /// <summary>District-level staff (吴兴区).</summary>
    public static DemoAccount WuxingStaff { get; } = new("wuxing.staff", "吴兴分局 沈科员");

    /// <summary>District-level staff (长兴县).</summary>
    public static DemoAccount ChangxingStaff { get; } = new("changxing.staff", "长兴县市场监管 钱科员");

    /// <summary>District-level credit office (长兴县).</summary>
    public static DemoAccount ChangxingCreditOffice { get; } = new("changxing.xyb", "长兴县信用办 姚科长");

    public static DemoAccount Kiosk { get; } = new("kiosk", "市民服务中心查询终端");

    /// <summary>核验员 at the city library (integrity code scan page).</summary>
    public static DemoAccount LibraryVerifier { get; } = new("hexiao.tsg", "市图书馆 核验员");

    /// <summary>信息编辑 of the city market regulation bureau (publicity CMS: its own department's articles).</summary>
    public static DemoAccount MarketSupervisionEditor { get; } = new("scjg.editor", "市场监管 孙编辑");

    /// <summary>信息发布 of the city credit office (publicity CMS: review, publish, withdraw).</summary>
    public static DemoAccount PublicityPublisher { get; } = new("xyb.publisher", "信用办 徐发布");
}
