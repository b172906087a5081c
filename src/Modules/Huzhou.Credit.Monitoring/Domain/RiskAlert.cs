namespace Huzhou.Credit.Monitoring.Domain;

/// <summary>
/// A risk alert (风险提示) the city credit office published about an organisation for the public site: what it wrote,
/// with the organisation's name and code at publication. Withdrawn alerts are kept (with who, when and why) and no
/// longer handed over (<see cref="Contracts.Monitoring.IPublishedRiskAlerts"/>).
/// </summary>
internal sealed class RiskAlert
{
    public const int TitleMax = 60;

    public const int TextMax = 1000;

    public const int ReasonMax = 200;

    public long Id { get; set; }

    public long SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    public string SubjectCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public string PublishedBy { get; set; } = "";

    public DateTimeOffset PublishedAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawReason { get; set; }

    public bool IsWithdrawn => WithdrawnAt is not null;
}
