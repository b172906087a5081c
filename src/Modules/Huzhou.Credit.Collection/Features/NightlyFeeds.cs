using Huzhou.Credit.Collection.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Nightly collection from departments' systems: (a) a drop folder per department
/// (<c>{DropFolder}/{department code}/{ITEM CODE}_anything.csv|xlsx</c>), each file becoming a batch and moved to
/// <c>processed/</c>; (b) HTTP pulls from configured addresses, each response becoming a batch. Batches are
/// then processed by the same job as uploads. Each batch is confirmed (queued) as soon as it is created, before its file
/// is moved; a run interrupted by a crash is resumed by the job server, and the resumed run first confirms the feed
/// batches the crash left unconfirmed (issue #24). A crash between queueing a drop-folder file and moving it makes the
/// resumed run read the file again: the second batch stores nothing twice (re-delivery is idempotent), its rows count as
/// unchanged.
/// </summary>
internal sealed class NightlyFeeds(
    BatchIntake intake,
    IHttpClientFactory http,
    IOptions<CollectionOptions> options,
    ILogger<NightlyFeeds> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var created = new List<long>();
        foreach (var left in await intake.UnconfirmedFeedBatchesAsync(cancellationToken))
        {
            logger.LogWarning("Nightly feeds: batch {BatchId} of an interrupted run is confirmed now", left);
            await intake.ConfirmAsync(left, cancellationToken);
            created.Add(left);
        }

        if (options.Value.DropFolder is { Length: > 0 } root && Directory.Exists(root))
        {
            foreach (var departmentFolder in Directory.EnumerateDirectories(root))
            {
                var department = Path.GetFileName(departmentFolder);
                foreach (var file in Directory.EnumerateFiles(departmentFolder).Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                {
                    var itemCode = Path.GetFileName(file).Split('_', '.')[0].ToUpperInvariant();
                    await using (var stream = File.OpenRead(file))
                    {
                        var batch = await intake.CreateAsync(itemCode, department, "", "feed:drop-folder", BatchSource.DropFolder, Path.GetFileName(file), stream, cancellationToken);
                        if (batch.Succeeded)
                        {
                            await intake.ConfirmAsync(batch.Value.Id, cancellationToken);
                            created.Add(batch.Value.Id);
                        }
                        else
                        {
                            logger.LogWarning("Drop-folder file of {Department} not accepted: {Reason}", department, batch.Error);
                        }
                    }

                    var processed = Path.Combine(departmentFolder, "processed");
                    Directory.CreateDirectory(processed);
                    File.Move(file, Path.Combine(processed, DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "_" + Path.GetFileName(file)), overwrite: true);
                }
            }
        }

        foreach (var feed in options.Value.PullFeeds)
        {
            try
            {
                using var client = http.CreateClient(nameof(NightlyFeeds));
                using var response = await client.GetAsync(new Uri(feed.Url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                response.EnsureSuccessStatusCode();
                var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                    ?? feed.ItemCode + (response.Content.Headers.ContentType?.MediaType?.Contains("sheet", StringComparison.Ordinal) == true ? ".xlsx" : ".csv");
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                var batch = await intake.CreateAsync(feed.ItemCode, feed.DepartmentCode, "", "feed:http-pull", BatchSource.HttpPull, name, stream, cancellationToken);
                if (batch.Succeeded)
                {
                    await intake.ConfirmAsync(batch.Value.Id, cancellationToken);
                    created.Add(batch.Value.Id);
                }
                else
                {
                    logger.LogWarning("Pull feed {Url} not accepted: {Reason}", feed.Url, batch.Error);
                }
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "Pull feed {Url} failed", feed.Url);
            }
        }

        logger.LogInformation("Nightly feeds: {Batches} batches queued", created.Count);
        return created.Count;
    }
}
