using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.Monitoring.Domain;

namespace Huzhou.Credit.Monitoring.Features;

/// <summary>A rule with its figures: when tried (现在试算), the measures of every scope value now (nothing raised), and for serious penalties the month's newest records of the chosen scope the user may see.</summary>
internal sealed record ThresholdRuleFigures(
    ThresholdRule Rule,
    IReadOnlyList<ThresholdMeasure>? Measures,
    string? Scope,
    IReadOnlyList<SeriousPenaltyEntry> Records,
    bool MayManage,
    string? WatchListName);
