using System.Globalization;
using Hangfire;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Features;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huzhou.Credit.Lists.Jobs;

/// <summary>
/// Runs one list import in the background (ADR 0016, as collection batches do): under the import's own job lock, so
/// an import queued twice (by the recovery and by Hangfire re-fetching it) runs once; with a heartbeat on the lock's
/// connection every few seconds, so a worker that died is seen at once as interrupted; and on an error the import goes
/// back to 排队中 for <see cref="ListImportRecovery"/> (its writing is one transaction, so nothing of the failed run
/// stays). Failed attempts are retried by the recovery only (one mechanism, the attempts counted on the import).
/// </summary>
internal sealed class ListImportJob(ListsDbContext db, ListImporter importer, JobLocks locks, ILogger<ListImportJob> logger)
{
    /// <summary>How often the running job writes the import's heartbeat.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(5);

    /// <summary>The job lock of one import.</summary>
    public static string LockName(long importId) => "lists:import:" + importId.ToString(CultureInfo.InvariantCulture);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long importId, CancellationToken cancellationToken)
    {
        await using var lease = await locks.TryAcquireAsync(LockName(importId), cancellationToken);
        if (lease is null)
        {
            logger.LogInformation("List import {ImportId} is being run by another worker; this run skips", importId);
            return;
        }

        await BeatAsync(lease, importId, cancellationToken);
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(lease, importId, leaseLost, stopBeating.Token);
        try
        {
            await importer.RunAsync(importId, leaseLost.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || (leaseLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            // An outage or a bug: nothing of this run was written; the import waits for the recovery to run it again.
            db.ChangeTracker.Clear();
            await db.Imports.Where(i => i.Id == importId && i.Status == ListImportStatus.Running).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, ListImportStatus.Queued)
                .SetProperty(i => i.Phase, ListImportPhase.None)
                .SetProperty(i => i.Error, "处理中断，系统将自动重新处理：" + ex.GetType().Name), CancellationToken.None);
            throw;
        }
        finally
        {
            await stopBeating.CancelAsync();
            await heartbeat;
        }
    }

    private static Task BeatAsync(JobLease lease, long importId, CancellationToken cancellationToken) =>
        lease.ExecuteAsync("UPDATE credit.list_imports SET heartbeat_at = now() WHERE id = $1", importId, cancellationToken);

    private async Task HeartbeatAsync(JobLease lease, long importId, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await BeatAsync(lease, importId, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "List import {ImportId}: heartbeat failed, the run stops", importId);
            await leaseLost.CancelAsync();
        }
    }
}
