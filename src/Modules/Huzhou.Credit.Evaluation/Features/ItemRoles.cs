using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Evaluation.Features;

/// <summary>
/// How the catalogue's items feed the indicators: bad records are items of nature 失信 outside the list sections (lists
/// are counted from the Lists module), honours the good items of 表彰荣誉, commitments the 信用承诺 item by its 履约状态,
/// the provincial evaluation item by its score. Positions are those of each item's current version.
/// </summary>
internal sealed record ItemRoles(
    HashSet<string> BadItems,
    HashSet<string> HonourItems,
    string? CommitmentItem,
    string? ProvincialItem,
    int ProvincialScorePosition,
    int ProvincialBatchPosition)
{
    /// <summary>Position of 履约状态 in the commitment item's payload.</summary>
    public int CommitmentStatusPosition { get; init; } = -1;

    public const string CommitmentItemCode = WellKnownItems.Commitment.Code;
    public const string ProvincialItemCode = WellKnownItems.ProvincialEvaluation.Code;
    public const string KeptCode = WellKnownItems.Commitment.StatusKept;
    public const string BreachedCode = WellKnownItems.Commitment.StatusBreached;
}
