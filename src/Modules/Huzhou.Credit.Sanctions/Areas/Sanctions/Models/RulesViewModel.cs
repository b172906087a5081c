using Huzhou.Credit.Sanctions.Domain;
using Huzhou.Credit.Sanctions.Features;

namespace Huzhou.Credit.Sanctions.Areas.Sanctions.Models;

internal sealed record RulesViewModel(IReadOnlyList<RuleSet> Versions, int Shown, IReadOnlyList<Rule> Rules, IReadOnlyDictionary<string, Measure> Measures, IReadOnlyList<Matter> Matters)
{
    public bool MayEdit { get; init; }

    public bool IsDraft => Versions.FirstOrDefault(v => v.Version == Shown)?.Status == RuleSetStatus.Draft;

    public string? Error { get; init; }

    /// <summary>The trial on one subject, when one was asked for.</summary>
    public (CheckDecision Decision, IReadOnlyList<CheckHit> Hits, Huzhou.Credit.Contracts.Subjects.ResolvedSubject Subject)? Trial { get; init; }

    public ReplayResult? Replay { get; init; }

    /// <summary>What the trial form was last asked with (code, matter, stage), shown again.</summary>
    public string? TryCode { get; init; }

    public string? TryMatter { get; init; }

    public CheckStages TryStage { get; init; } = CheckStages.Acceptance;

    public RuleForm Form { get; init; } = new();

    /// <summary>The draft's rule the form changes (null: the form adds a rule).</summary>
    public long? EditingRuleId { get; init; }

    /// <summary>List-type, field and grade names behind the rules' parameters.</summary>
    public RuleVocabulary Vocabulary { get; init; } = RuleVocabulary.Empty;
}
