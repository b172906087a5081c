using Huzhou.Credit.Publicity.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Huzhou.Credit.Publicity.Features;

/// <summary>
/// The public pages' cache, per node, bounded: entries are keyed by the column's content version
/// (<c>publicity_columns.content_version</c>), which every publish, withdrawal and column change bumps in its own
/// transaction, so a node serves the new page as soon as the change commits — on every node, without an event.
/// A cached page costs the column's one-row lookup.
/// </summary>
internal sealed class PublicityCache : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        if (_cache.TryGetValue(key, out T? found) && found is not null)
        {
            return found;
        }

        var value = await load();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        return value;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Moves a column's content version on (inside the caller's transaction).</summary>
    public static Task BumpAsync(PublicityDbContext db, long columnId, CancellationToken cancellationToken) =>
        db.Columns.Where(c => c.Id == columnId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ContentVersion, c => c.ContentVersion + 1), cancellationToken);
}
