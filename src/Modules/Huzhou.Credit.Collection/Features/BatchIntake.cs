using Hangfire;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Jobs;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Receives deliveries: stores the file, creates the batch, previews it, queues it. Files are stored under
/// <see cref="CollectionOptions.StoragePath"/> by batch id and removed when the batch completes.
/// </summary>
internal sealed class BatchIntake(
    CollectionDbContext db,
    ICatalogue catalogue,
    IDepartmentDirectory departments,
    IBackgroundJobClient jobs,
    ColumnChoices columns,
    BatchProcessor processor,
    IOptions<CollectionOptions> options,
    TimeProvider clock)
{
    public const int PreviewRows = 10;

    public async Task<Result<CollectionBatch>> CreateAsync(string itemCode, string departmentCode, string districtCode, string actor, BatchSource source, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var item = await catalogue.GetCurrentAsync(itemCode, cancellationToken);
        if (item is null)
        {
            return Result<CollectionBatch>.Failure("请选择有效的目录信息项。", "ItemCode");
        }

        if (item.IsRetired)
        {
            return Result<CollectionBatch>.Failure($"目录信息项“{item.Name}”已停用，不再接收报送。", "ItemCode");
        }

        if (!Providers.Provides(item, departmentCode))
        {
            var name = (await departments.ListAsync(cancellationToken)).FirstOrDefault(d => d.Code == departmentCode)?.Name;
            return Result<CollectionBatch>.Failure(Providers.Refusal(item, name), "ItemCode");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".xlsx"))
        {
            return Result<CollectionBatch>.Failure($"不支持的文件格式“{extension}”：请上传 .csv 或 .xlsx 文件（.xls 请先另存为 .xlsx）。", "File");
        }

        var batch = new CollectionBatch
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            DepartmentCode = departmentCode,
            DistrictCode = districtCode,
            Source = source,
            Status = BatchStatus.Draft,
            FileName = ShortFileName(fileName, extension),
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        var path = StoragePathFor(batch.Id, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
            batch.FileSize = file.Length;
        }

        batch.StoredPath = path;
        if (batch.FileSize > options.Value.MaxUploadBytes)
        {
            File.Delete(path);
            db.Batches.Remove(batch);
            await db.SaveChangesAsync(cancellationToken);
            return Result<CollectionBatch>.Failure($"文件超过 {options.Value.MaxUploadBytes / 1024 / 1024} MB 的上限，请分批上传。", "File");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<CollectionBatch>.Success(batch);
    }

    public async Task<BatchPreview?> PreviewAsync(long batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch?.StoredPath is null || !File.Exists(batch.StoredPath))
        {
            return null;
        }

        var item = (await catalogue.GetVersionAsync(batch.ItemCode, batch.ItemVersion, cancellationToken))!;
        var manual = await columns.EffectiveAsync(batch, cancellationToken);
        try
        {
            await using var stream = File.OpenRead(batch.StoredPath);
            await using var source = await RowSources.OpenAsync(stream, batch.FileName!, cancellationToken);
            if (BatchProcessor.TooWide(source) is { } wide)
            {
                return new BatchPreview(batch, item, HeaderMap.Build(item, []), [], [], wide);
            }

            // The first rows as the clerk sees them: long cells cut, personal columns and ID-like cells masked (the page
            // is seen by the department and the credit office; the file itself is not shown in clear).
            var map = HeaderMap.Build(item, source.Headers, manual);
            var personal = RejectedCells.PersonalColumns(map, source.Headers.Count);
            var rows = new List<(int, string[])>();
            while (rows.Count < PreviewRows && await source.ReadAsync(cancellationToken))
            {
                var cells = Enumerable.Range(0, source.Headers.Count).Select(c => CellText.Printable(source.GetString(c), 100)).ToArray();
                rows.Add((source.RowNumber, RejectedCells.Mask(cells, personal)));
            }

            PreviewCheck? check = null;
            if (map.CanImport)
            {
                await using var again = File.OpenRead(batch.StoredPath);
                await using var all = await RowSources.OpenAsync(again, batch.FileName!, cancellationToken);
                check = await processor.CheckAsync(batch, item, map, all, cancellationToken);
            }

            return new BatchPreview(batch, item, map, source.Headers, rows, null, check, manual);
        }
        catch (TabularFileException ex)
        {
            return new BatchPreview(batch, item, HeaderMap.Build(item, []), [], [], ex.Message);
        }
    }

    /// <summary>Queues a previewed batch for processing by the <c>CollectionJobs.ProcessBatchAsync</c> Hangfire job.</summary>
    public async Task<Result> ConfirmAsync(long batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status != BatchStatus.Draft)
        {
            return Result.Failure("该批次已提交或不存在。");
        }

        batch.Status = BatchStatus.Queued;
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<CollectionJobs>(j => j.ProcessBatchAsync(batch.Id, CancellationToken.None));
        return Result.Success();
    }

    /// <summary>Feed batches (drop folder, HTTP pull) still waiting for confirmation: a nightly run was interrupted between creating and queueing them.</summary>
    public async Task<IReadOnlyList<long>> UnconfirmedFeedBatchesAsync(CancellationToken cancellationToken) =>
        await db.Batches.AsNoTracking()
            .Where(b => b.Status == BatchStatus.Draft && (b.Source == BatchSource.DropFolder || b.Source == BatchSource.HttpPull))
            .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);

    /// <summary>Abandons a draft: the file is deleted, the batch is kept as cancelled.</summary>
    public async Task<Result> CancelAsync(long batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Status != BatchStatus.Draft)
        {
            return Result.Failure("只能取消尚未提交的批次。");
        }

        DeleteFile(batch);
        batch.Status = BatchStatus.Cancelled;
        batch.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The file name as stored (at most 200 characters, the extension kept: the readers go by it).</summary>
    internal static string ShortFileName(string fileName, string extension)
    {
        const int MaxLength = 200;
        var name = Path.GetFileName(fileName);
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var keep = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[keep - 1]))
        {
            keep--; // never half of a character outside the BMP
        }

        return name[..keep] + extension;
    }

    public string StoragePathFor(long batchId, string extension) =>
        Path.GetFullPath(Path.Combine(options.Value.StoragePath, (batchId / 1000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture), batchId.ToString(System.Globalization.CultureInfo.InvariantCulture) + extension));

    public static void DeleteFile(CollectionBatch batch)
    {
        if (batch.StoredPath is not null && File.Exists(batch.StoredPath))
        {
            File.Delete(batch.StoredPath);
        }
    }
}
