using Huzhou.Credit.Contracts.Evaluation;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Contracts.Lists;
using Huzhou.Credit.Monitoring.Persistence;
using Huzhou.Credit.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>The user's watch lists (his own and his department's) and one list's content.</summary>
internal sealed class WatchListQueries(MonitoringDbContext db, WatchListService lists, ICurrentStaff staff, IDistrictDirectory districts, IListTypes listTypes, IEvaluationFields fields, IDepartmentDirectory departments)
{
    public const int MaxItemsShown = 500;

    public async Task<IReadOnlyList<WatchListSummary>> ListsAsync(CancellationToken cancellationToken) =>
        await lists.Visible().AsNoTracking().OrderBy(l => l.OwnerDepartment == null).ThenBy(l => l.Name)
            .Select(l => new WatchListSummary(l, db.WatchItems.Count(i => i.WatchListId == l.Id), db.SetWatches.Count(w => w.WatchListId == l.Id)))
            .ToListAsync(cancellationToken);

    public async Task<Result<WatchListDetail>> DetailAsync(long id, CancellationToken cancellationToken)
    {
        var list = await lists.Visible().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (list is null)
        {
            return Result<WatchListDetail>.NotFound("找不到该关注名单。");
        }

        var items = await db.WatchItems.AsNoTracking().Where(i => i.WatchListId == id).OrderByDescending(i => i.AddedAt).ThenBy(i => i.Id).Take(MaxItemsShown).ToListAsync(cancellationToken);
        var sets = await db.SetWatches.AsNoTracking().Where(w => w.WatchListId == id).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var visibleDistricts = (await districts.ListAsync(cancellationToken)).Where(d => !d.IsCity && staff.CanSeeDistrict(d.Code)).ToList();
        var active = (await fields.FieldsAsync(cancellationToken)).Where(f => !f.Retired).ToList();
        var supervising = active.Select(f => f.DepartmentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var supervisors = (await departments.ListAsync(cancellationToken)).Where(d => d.IsActive && supervising.Contains(d.Code))
            .OrderBy(d => d.Code != staff.DepartmentCode).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return Result<WatchListDetail>.Success(new WatchListDetail(list, items, sets, visibleDistricts,
            (await listTypes.ListTypesAsync(cancellationToken)).Where(t => t.IsActive).ToList(),
            active, supervisors));
    }
}
