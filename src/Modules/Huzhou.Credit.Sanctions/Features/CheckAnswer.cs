using Huzhou.Credit.Sanctions.Domain;

namespace Huzhou.Credit.Sanctions.Features;

/// <summary>
/// The answer of <c>POST /api/v1/checks</c> (and of each 200 item of the batch): the logged check with the subject,
/// the decision, the hits with their basis and facts, the rule-set version and when the data was current.
/// </summary>
internal sealed record CheckAnswer(
    long CheckId,
    CheckAnswer.AnswerSubject Subject,
    bool NameMismatch,
    CheckAnswer.AnswerMatter Matter,
    string Stage,
    string Decision,
    string DecisionName,
    IReadOnlyList<CheckAnswer.AnswerHit> Hits,
    int RuleSetVersion,
    DateTimeOffset DataAsOf,
    string? Reference)
{
    public static CheckAnswer From(CheckOutcome outcome)
    {
        var r = outcome.Record;
        var s = outcome.Subject!;
        var hits = new AnswerHit[outcome.Hits.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var h = outcome.Hits[i];
            hits[i] = new AnswerHit(
                h.RuleName,
                new AnswerMeasure(h.Measure.Code, h.Measure.Name, h.Measure.Kind == MeasureKind.Reward ? "reward" : "punishment"),
                ActionWire(h.Measure.Action),
                SanctionNames.Action(h.Measure.Action),
                h.Measure.LegalBasis,
                h.Measure.ImplementingDepartment,
                h.Facts);
        }

        return new CheckAnswer(
            r.Id,
            new AnswerSubject(s.DisplayCode, s.Name, s.IsPerson, s.PendingVerification),
            r.NameMismatch,
            new AnswerMatter(outcome.Matter.Code, outcome.Matter.Name, SanctionNames.Domain(outcome.Matter.Domain)),
            SanctionNames.Stage(r.Stage),
            CheckDecisions.Wire(r.Decision),
            CheckDecisions.DisplayName(r.Decision),
            hits,
            r.RuleSetVersion,
            outcome.DataAsOf,
            r.Reference);
    }

    /// <summary>The action as the API writes it: the enum's name in lower case (block, restrict, warn, favour).</summary>
    public static string ActionWire(MeasureAction action) => action switch
    {
        MeasureAction.Block => "block",
        MeasureAction.Restrict => "restrict",
        MeasureAction.Warn => "warn",
        MeasureAction.Favour => "favour",
        _ => action.ToString().ToLowerInvariant(),
    };

    internal sealed record AnswerSubject(string Code, string Name, bool IsPerson, bool PendingVerification);

    internal sealed record AnswerMatter(string Code, string Name, string Domain);

    internal sealed record AnswerHit(string Rule, AnswerMeasure Measure, string Action, string ActionName, string LegalBasis, string ImplementingDepartment, IReadOnlyList<string> Facts);

    internal sealed record AnswerMeasure(string Code, string Name, string Kind);
}
