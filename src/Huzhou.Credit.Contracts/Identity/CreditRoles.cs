namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The staff roles of 统一用户. Role names are stable identifiers; display names are Chinese.</summary>
public static class CreditRoles
{
    /// <summary>系统管理员: users, departments, roles, API clients, jobs. Sees no personal data.</summary>
    public const string Administrator = "Administrator";

    /// <summary>信用办 / 信用中心: maintains the catalogue and registry, approves, sees the whole city.</summary>
    public const string CreditOffice = "CreditOffice";

    /// <summary>部门工作人员: submits and looks up data within its department and district.</summary>
    public const string DepartmentStaff = "DepartmentStaff";

    /// <summary>部门审核员: reviews its department's submissions and repair applications.</summary>
    public const string DepartmentReviewer = "DepartmentReviewer";

    /// <summary>查询终端: a hall terminal account, limited to the public kiosk path.</summary>
    public const string Kiosk = "Kiosk";

    /// <summary>核验员: a merchant's or service provider's clerk who scans personal integrity codes (phone page) and records their use.</summary>
    public const string Verifier = "Verifier";

    /// <summary>信息编辑: writes publicity articles (信用公示: news, policy, cases…) of its own department and submits them for review.</summary>
    public const string PublicityEditor = "PublicityEditor";

    /// <summary>信息发布: the credit office's publisher — reviews, publishes, schedules and withdraws publicity articles; keeps the columns.</summary>
    public const string PublicityPublisher = "PublicityPublisher";

    /// <summary>Roles that work with the publicity CMS (comma-separated for <c>[Authorize(Roles = ...)]</c>).</summary>
    public const string Publicity = PublicityEditor + "," + PublicityPublisher;

    /// <summary>Roles that work with the registry and dossiers (comma-separated for <c>[Authorize(Roles = ...)]</c>).</summary>
    public const string Staff = CreditOffice + "," + DepartmentStaff + "," + DepartmentReviewer;

    /// <summary>Every role, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, CreditOffice, DepartmentStaff, DepartmentReviewer, Kiosk, Verifier, PublicityEditor, PublicityPublisher];

    /// <summary>The Chinese name of a role as shown on screen.</summary>
    public static string DisplayName(string role) => role switch
    {
        Administrator => "系统管理员",
        CreditOffice => "信用办",
        DepartmentStaff => "部门工作人员",
        DepartmentReviewer => "部门审核员",
        Kiosk => "查询终端",
        Verifier => "核验员",
        PublicityEditor => "信息编辑",
        PublicityPublisher => "信息发布",
        _ => role,
    };
}
