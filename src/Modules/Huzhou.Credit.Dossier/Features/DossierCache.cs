using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Time;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace Huzhou.Credit.Dossier.Features;

/// <summary>
/// Caches public dossier pages (portal and hall terminal) per node, keyed by the subject's data version, the section,
/// the page and the day. The version lives in the database (<c>credit.dossier_subject_versions</c>) and is bumped
/// by the records', registry's and lists' events, so every node stops serving a page the moment the subject's data
/// changes — a page costs one primary-key lookup instead of the counts over every record and the page query. The day
/// is in the key because publicity periods end at midnight. Staff views are not cached (they depend on the user).
/// </summary>
internal sealed class DossierCache(NpgsqlDataSource dataSource, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Pages kept per node at most (a page of 20 entries is a few dozen KB).</summary>
    public const int MaxPages = 5_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxPages });

    public void Dispose() => _cache.Dispose();

    public async Task<DossierPage> GetOrBuildAsync(long subjectId, DossierSection? section, int page, Func<Task<DossierPage>> build, CancellationToken cancellationToken)
    {
        var key = $"{subjectId}:{await VersionAsync(subjectId, cancellationToken)}:{section?.ToString() ?? "first"}:{page}:{ShanghaiTime.Today(clock):yyyyMMdd}";
        if (_cache.TryGetValue(key, out DossierPage? cached) && cached is not null)
        {
            return cached;
        }

        var built = await build();
        _cache.Set(key, built, new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        return built;
    }

    private async Task<long> VersionAsync(long subjectId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT version FROM credit.dossier_subject_versions WHERE subject_id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = subjectId });
        return await command.ExecuteScalarAsync(cancellationToken) is long version ? version : 0;
    }
}
