namespace Huzhou.Credit.Repair.Domain;

/// <summary>A message to the applicant in the organisation portal (and by e-mail once SMTP is configured).</summary>
internal sealed class RepairNotice
{
    public long Id { get; set; }

    public long ApplicationId { get; set; }

    public long SubjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Text { get; set; } = "";

    public bool Read { get; set; }
}
