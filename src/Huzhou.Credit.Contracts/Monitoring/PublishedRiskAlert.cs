namespace Huzhou.Credit.Contracts.Monitoring;

/// <summary>
/// A risk alert (风险提示) the credit office published about an organisation, exactly as the public may see it: the
/// organisation's registered name and credit code, the title and text the office wrote, and when. It carries no
/// personal data and nothing the office did not write (no level, no 可能关联).
/// </summary>
/// <param name="Id">Alert id.</param>
/// <param name="SubjectId">The organisation's registry id.</param>
/// <param name="OrganisationName">Its registered name at publication.</param>
/// <param name="CreditCode">Its unified social credit code.</param>
/// <param name="DistrictCode">Its district.</param>
/// <param name="Title">The title (at most 60 characters).</param>
/// <param name="Text">The text (at most 1,000 characters; line breaks kept).</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record PublishedRiskAlert(
    long Id,
    long SubjectId,
    string OrganisationName,
    string CreditCode,
    string DistrictCode,
    string Title,
    string Text,
    DateTimeOffset PublishedAt);
