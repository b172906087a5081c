namespace Huzhou.Credit.Contracts.Identity;

/// <summary>The districts and functional zones of the city, which are data in the Identity module.</summary>
public interface IDistrictDirectory
{
    /// <summary>All districts, city first, then counties/districts, then functional zones.</summary>
    Task<IReadOnlyList<DistrictInfo>> ListAsync(CancellationToken cancellationToken = default);
}
