using System.Globalization;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;
using Huzhou.Credit.Monitoring.Features;
using Huzhou.Credit.SharedKernel.Jobs;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Monitoring.Jobs;

/// <summary>
/// <c>monitoring:repairable-day</c> (nightly, 01:10 Asia/Shanghai): "the day a penalty becomes repairable" — the bad records
/// whose minimum publicity period ends today (and the two days before, so a missed night catches up) are read through
/// <see cref="IRepairableDays"/> (the Subjects module's partial index), 5,000 a page, and each page is matched against the
/// watches set-based (<see cref="AlertMatcher.RaiseAsync"/>). One alert per watcher and record (fact key <c>m</c>+record):
/// a second run of the same night, or the next night's catch-up, adds nothing. A singleton job (ADR 0016): a run that
/// finds another under way skips.
/// </summary>
internal sealed partial class RepairableDayJob(IRepairableDays records, AlertMatcher matcher, JobRuns runs, TimeProvider clock, ILogger<RepairableDayJob> logger)
{
    public const string JobId = "monitoring:repairable-day";
    public const string Title = "监测预警：可申请信用修复提醒";
    public const int PageSize = 5000;

    /// <summary>Days before today still looked at (a night the job did not run is caught up).</summary>
    public const int CatchUpDays = 2;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var run = await runs.TryStartAsync(JobId, Title, cancellationToken);
        if (run is null)
        {
            LogSkipped(logger, JobId);
            return 0;
        }

        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow();
        var total = 0;
        long afterSubject = 0, afterRecord = 0;
        while (true)
        {
            var page = await records.BecomingRepairableAsync(today.AddDays(-CatchUpDays), today, afterSubject, afterRecord, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            await matcher.RaiseAsync(page.Select(r => Fact(r, now)).ToList(), cancellationToken);
            total += page.Count;
            (afterSubject, afterRecord) = (page[^1].SubjectId, page[^1].RecordId);
            await run.ProgressAsync(total, checkpoint: $"{afterSubject}/{afterRecord}", cancellationToken: cancellationToken);
            if (page.Count < PageSize)
            {
                break;
            }
        }

        await run.CompleteAsync($"{today:yyyy-MM-dd}：{total} 条失信记录最短公示期届满", cancellationToken);
        return total;
    }

    /// <summary>The alert's fact for one record (told when the job runs; the day is in the text).</summary>
    public static AlertFact Fact(RepairableDayFact r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        var cls = r.PenaltyClass is { } pc ? $"（{CreditRecordNames.Of(pc)}）" : "";
        return new(r.SubjectId, AlertTrigger.BecameRepairable, "m" + r.RecordId.ToString(CultureInfo.InvariantCulture), $"可申请信用修复：{r.ItemName}{cls}",
            $"文书号 {r.Reference}，最短公示期于 {r.MinimumEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 届满，可依法申请信用修复", false,
            AlertLink.Record, r.RecordId, null, now, []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: another run is under way, this one skips")]
    private static partial void LogSkipped(ILogger logger, string job);
}
