using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Reads of the collection pages, within what the user may see: the credit office sees its districts' batches (the
/// city level all of them), department staff their own department's.
/// </summary>
internal sealed class BatchQueries(CollectionDbContext db, ICurrentStaff staff)
{
    public const int PageSize = 20;

    /// <summary>Submitted batches (drafts are not listed), newest first.</summary>
    public async Task<PagedList<CollectionBatch>> ListAsync(int page, CancellationToken cancellationToken)
    {
        var query = Visible(db.Batches.AsNoTracking()).Where(b => b.Status != BatchStatus.Draft);
        page = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(b => b.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new PagedList<CollectionBatch>(rows, page, PageSize, total);
    }

    /// <summary>The batch, or null when it does not exist or the user may not see it.</summary>
    public Task<CollectionBatch?> FindAsync(long id, CancellationToken cancellationToken) =>
        Visible(db.Batches.AsNoTracking()).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public async Task<BatchRejections> RejectionsAsync(long batchId, int first, CancellationToken cancellationToken)
    {
        var rejections = db.Rejections.AsNoTracking().Where(r => r.BatchId == batchId);
        return new BatchRejections(
            await rejections.OrderBy(r => r.RowNumber).ThenBy(r => r.Id).Take(first).ToListAsync(cancellationToken),
            await rejections.LongCountAsync(cancellationToken));
    }

    private IQueryable<CollectionBatch> Visible(IQueryable<CollectionBatch> batches) => VisibleTo(staff, batches);

    /// <summary>The batches <paramref name="user"/> may see: the credit office its districts' (the city level all), department staff their department's.</summary>
    internal static IQueryable<CollectionBatch> VisibleTo(ICurrentStaff user, IQueryable<CollectionBatch> batches)
    {
        if (user.IsInRole(CreditRoles.CreditOffice))
        {
            if (user.IsCityLevel)
            {
                return batches;
            }

            var district = user.DistrictCode ?? "";
            return batches.Where(b => b.DistrictCode == district);
        }

        var department = user.DepartmentCode ?? "";
        return batches.Where(b => b.DepartmentCode == department);
    }
}
