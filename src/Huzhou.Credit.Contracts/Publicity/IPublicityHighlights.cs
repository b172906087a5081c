namespace Huzhou.Credit.Contracts.Publicity;

/// <summary>
/// The newest published articles of each public column of 信用公示 (信用动态, 政策法规, 典型案例, 风险提示, 诚信典型 and the
/// active 专题专栏), for the public home page. Implemented by the Publicity module; cached, and dropped on every publish or
/// withdrawal.
/// </summary>
public interface IPublicityHighlights
{
    /// <summary>The active columns in display order, each with at most <paramref name="perColumn"/> newest articles (1–20).</summary>
    Task<IReadOnlyList<PublicityColumnHighlights>> NewestAsync(int perColumn, CancellationToken cancellationToken = default);
}
