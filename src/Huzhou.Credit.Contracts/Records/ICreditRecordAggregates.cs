namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// City-wide aggregates of the record store for monitoring thresholds, answered from a partial index of the serious
/// penalties (<c>ix_credit_records_serious</c>, by decision date) — never a scan of the records. Implemented by the
/// Subjects module.
/// </summary>
public interface ICreditRecordAggregates
{
    /// <summary>
    /// How many records of the serious penalty class (<see cref="Catalogue.PenaltyClass.Serious"/>, 严重) were decided
    /// between <paramref name="from"/> and <paramref name="to"/> (both inclusive), per district of the subject (revoked
    /// records not counted). Districts without one are absent.
    /// </summary>
    Task<IReadOnlyList<DistrictRecordCount>> SeriousPenaltiesByDistrictAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest such records (at most <paramref name="limit"/>, newest decision first) of one district, or of every
    /// district when <paramref name="districtCode"/> is null or the city (330500): the figures behind a threshold alert.
    /// </summary>
    Task<IReadOnlyList<SeriousPenaltyEntry>> SeriousPenaltiesAsync(DateOnly from, DateOnly to, string? districtCode, int limit, CancellationToken cancellationToken = default);
}
