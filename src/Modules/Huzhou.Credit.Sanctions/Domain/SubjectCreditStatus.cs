namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>
/// 主体信用状态: one row per subject of the registry with what the check rules ask about it — who it is (by the key a
/// check finds it with), its approved list entries, and its newest bad records of each class — kept up to date by
/// the Subjects and Lists events (<c>CreditStatusProjector</c>), so a check is one indexed lookup plus the rules held
/// in memory. Time-dependent conditions (an entry's validity, "within N months") are decided at check time from the
/// dates kept here, so the row does not go stale as days pass.
/// </summary>
internal sealed class SubjectCreditStatus
{
    public long SubjectId { get; set; }

    /// <summary>An organisation's credit code (ASCII) or a person's blind index; never a raw ID number.</summary>
    public byte[] LookupKey { get; set; } = [];

    public bool IsPerson { get; set; }

    public bool PendingVerification { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The credit code, or a person's masked ID number.</summary>
    public string DisplayCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    /// <summary>Approved, not removed list entries as JSON text (null: none).</summary>
    public string? Lists { get; set; }

    /// <summary>The newest bad records that count, a few per penalty class, newest first, as JSON (null: none).</summary>
    public string? BadRecords { get; set; }

    /// <summary>Current industry credit grades (分级分类评价) as JSON (null: none).</summary>
    public string? Grades { get; set; }

    /// <summary>Breached commitments (违诺) as JSON, newest first (null: none).</summary>
    public string? Breaches { get; set; }

    /// <summary>When the row was last computed from the owning modules: "the time the data was current".</summary>
    public DateTimeOffset RefreshedAt { get; set; }

    /// <summary>
    /// The refresh that wrote the row: a number drawn from <c>sanction_credit_status_refreshes</c> before that refresh
    /// read its sources. A refresh writes only over an older number, so a slow refresh that read the sources before a
    /// change cannot overwrite the row a later refresh (after the change) has written.
    /// </summary>
    public long RefreshNumber { get; set; }
}
