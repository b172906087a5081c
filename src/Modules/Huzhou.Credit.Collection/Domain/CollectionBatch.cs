namespace Huzhou.Credit.Collection.Domain;

/// <summary>
/// One delivery of records by a department (归集批次): a file upload, an API call or a nightly feed. The file is
/// kept until the batch completes, so a batch interrupted by a crash re-runs from it to the same end state.
/// </summary>
internal sealed class CollectionBatch
{
    public long Id { get; set; }

    public string ItemCode { get; set; } = "";

    public int ItemVersion { get; set; }

    public string DepartmentCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public BatchSource Source { get; set; }

    public BatchStatus Status { get; set; }

    public string? FileName { get; set; }

    public string? StoredPath { get; set; }

    public long? FileSize { get; set; }

    public string? Format { get; set; }

    public string? EncodingName { get; set; }

    public long Received { get; set; }

    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Rejected { get; set; }

    public long SubjectsCreated { get; set; }

    /// <summary>Accepted rows delivered within the timeliness limit (<c>Collection:TimelinessDays</c> working days) after their decision date.</summary>
    public long Timely { get; set; }

    /// <summary>Sum over accepted rows of the working days from decision to delivery (calendar days for batches before issue #26).</summary>
    public long DelayDaysTotal { get; set; }

    /// <summary>
    /// Accepted rows decided more than <see cref="Features.DeliveryTimeliness.HistoryYears"/> year before the delivery (older history
    /// delivered late on purpose): counted apart, outside <see cref="Timely"/> and <see cref="DelayDaysTotal"/>.
    /// </summary>
    public long HistoryRows { get; set; }

    /// <summary>Accepted rows whose subject code or ID number failed its check character (their subjects wait for the credit office).</summary>
    public long CheckWarnings { get; set; }

    /// <summary>The synonyms the batch's values were read through (jsonb), so a department sees how its values were read.</summary>
    public List<BatchSynonymUse> SynonymsUsed { get; set; } = [];

    /// <summary>
    /// The clerk's column choices for this batch (jsonb: normalised header → field key), for columns the header
    /// matcher did not recognise; null until chosen, when the department's remembered choices apply.
    /// </summary>
    public Dictionary<string, string>? ColumnMapping { get; set; }

    /// <summary>The delivered file's header row (jsonb), the columns of the rejection report.</summary>
    public List<string> Headers { get; set; } = [];

    /// <summary>Rows read so far while running (progress).</summary>
    public long RowsRead { get; set; }

    public string? Error { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>How many times processing started (a re-run after a crash counts).</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Written every few seconds by the worker processing the batch (and when the batch is queued or requeued): a batch
    /// 处理中 whose heartbeat stopped, and whose job lock no session holds, was interrupted (ADR 0016).
    /// </summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>
    /// A batch processed from its stored file that is 处理中 (or queued after a failed attempt) with no heartbeat for a
    /// while: its worker is gone, recovery will requeue it. (API and platform batches run inside their request, no file.)
    /// </summary>
    public bool LooksInterrupted(DateTimeOffset now) =>
        StoredPath is not null
        && (Status == BatchStatus.Running || (Status == BatchStatus.Queued && Error is not null))
        && (HeartbeatAt is null || now - HeartbeatAt > BatchLabels.InterruptedAfter);

    /// <summary>The same test as a query filter, in one place for the recovery's candidates and the job page's list.</summary>
    public static System.Linq.Expressions.Expression<Func<CollectionBatch, bool>> InterruptedAt(DateTimeOffset now)
    {
        var seen = now - BatchLabels.InterruptedAfter;
        return b => b.StoredPath != null
            && (b.Status == BatchStatus.Running || (b.Status == BatchStatus.Queued && b.Error != null))
            && (b.HeartbeatAt == null || b.HeartbeatAt < seen);
    }

    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
