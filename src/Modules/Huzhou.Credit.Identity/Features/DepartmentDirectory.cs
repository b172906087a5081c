using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Departments change rarely: cache them briefly (an edit shows within a minute).</summary>
internal sealed class DepartmentDirectory(CreditIdentityDbContext db, IMemoryCache cache) : IDepartmentDirectory
{
    public async Task<IReadOnlyList<DepartmentInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("identity:departments", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return await db.Departments.AsNoTracking()
                .OrderByDescending(d => d.IsActive).ThenBy(d => d.DistrictCode).ThenBy(d => d.Name)
                .Select(d => new DepartmentInfo(d.Code, d.Name, d.ShortName, d.DistrictCode, d.IsActive))
                .ToListAsync(cancellationToken);
        }))!;
}
