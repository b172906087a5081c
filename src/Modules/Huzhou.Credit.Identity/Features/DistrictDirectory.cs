using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Identity.Features;

/// <summary>Districts change a few times a decade: cache them for a few minutes.</summary>
internal sealed class DistrictDirectory(CreditIdentityDbContext db, IMemoryCache cache) : IDistrictDirectory
{
    public async Task<IReadOnlyList<DistrictInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("identity:districts", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Districts.AsNoTracking()
                .OrderBy(d => d.SortOrder)
                .Select(d => new DistrictInfo(d.Code, d.Name, d.IsCity, d.IsFunctionalZone))
                .ToListAsync(cancellationToken);
        }))!;
}
