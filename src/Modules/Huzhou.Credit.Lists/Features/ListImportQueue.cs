using Hangfire;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Lists.Domain;
using Huzhou.Credit.Lists.Jobs;
using Huzhou.Credit.Lists.Persistence;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Lists.Features;

/// <summary>
/// The upload of a platform file (<c>POST /lists/import</c>): checks what can be checked at once (who, the source,
/// the format, the columns, a data row), stores the file with a queued import in one transaction, and queues the
/// background job (<see cref="ListImportJob"/>). The browser goes to the import's progress page at once instead of
/// waiting for a 50,000-row file to be checked and written.
/// </summary>
internal sealed class ListImportQueue(ListsDbContext db, ICurrentStaff staff, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<Result<long>> QueueAsync(ListEntrySource source, string fileName, Stream content, CancellationToken cancellationToken)
    {
        if (!ListImporter.MayImport(staff))
        {
            return Result<long>.Failure("只有市信用办可以导入省、国家平台推送的名单。");
        }

        if (!ListEntrySources.Platforms.Contains(source))
        {
            return Result<long>.Failure("请选择名单文件的来源（省公共信用信息平台或全国信用信息共享平台）。", "Source");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > ListImporter.MaxFileBytes)
        {
            return Result<long>.Failure($"文件超过 {ListImporter.MaxFileBytes / 1024 / 1024} MB 的上限，请拆分为多个文件后分别导入。", "File");
        }

        var bytes = buffer.ToArray();
        var name = Path.GetFileName(fileName);
        using (var probe = new MemoryStream(bytes, writable: false))
        {
            var preflight = await ListImporter.PreflightAsync(name, probe, cancellationToken);
            if (!preflight.Succeeded)
            {
                return Result<long>.Failure(preflight.Error!, "File");
            }

            var now = clock.GetUtcNow();
            var import = new ListImport
            {
                Source = source,
                FileName = name.Length > 260 ? name[..260] : name,
                FileFormat = preflight.Value.Format,
                EncodingName = preflight.Value.EncodingName,
                DepartmentCode = staff.DepartmentCode ?? "",
                ImportedBy = staff.UserName ?? "",
                ImportedAt = now,
                Status = ListImportStatus.Queued,
                HeartbeatAt = now,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Imports.Add(import);
            await db.SaveChangesAsync(cancellationToken);
            db.ImportFiles.Add(new ListImportFile { ImportId = import.Id, Content = bytes });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            jobs.Enqueue<ListImportJob>(j => j.RunAsync(import.Id, CancellationToken.None));
            return Result<long>.Success(import.Id);
        }
    }
}
