namespace Huzhou.Credit.SharedKernel;

/// <summary>Display and classification helpers for <see cref="SubjectKind"/>.</summary>
public static class SubjectKinds
{
    /// <summary>All subject kinds in display order.</summary>
    public static IReadOnlyList<SubjectKind> All { get; } =
    [
        SubjectKind.Enterprise,
        SubjectKind.GovernmentOrgan,
        SubjectKind.PublicInstitution,
        SubjectKind.SocialOrganisation,
        SubjectKind.NaturalPerson,
        SubjectKind.OtherOrganisation,
    ];

    /// <summary>The Chinese name shown to users (企业法人, 机关, 事业单位, 社会组织, 自然人, 其他组织).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined subject kind.</exception>
    public static string DisplayName(SubjectKind kind) => kind switch
    {
        SubjectKind.Enterprise => "企业法人",
        SubjectKind.GovernmentOrgan => "机关",
        SubjectKind.PublicInstitution => "事业单位",
        SubjectKind.SocialOrganisation => "社会组织",
        SubjectKind.NaturalPerson => "自然人",
        SubjectKind.OtherOrganisation => "其他组织",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的主体类别。"),
    };

    /// <summary>
    /// True for every kind identified by a unified social credit code; false for natural persons, who are
    /// identified by a resident ID number and whose data falls under the personal-information rules.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined subject kind.</exception>
    public static bool IsOrganisation(SubjectKind kind) => kind switch
    {
        SubjectKind.NaturalPerson => false,
        SubjectKind.Enterprise or SubjectKind.GovernmentOrgan or SubjectKind.PublicInstitution
            or SubjectKind.SocialOrganisation or SubjectKind.OtherOrganisation => true,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的主体类别。"),
    };
}
